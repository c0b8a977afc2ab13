// End-to-end: `actornet metrics --network` on networks that have nothing to
// do with the corpus, checked against published values.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/binary_runner.hpp"
#include "io/csv_reader.hpp"

namespace actornet::testing {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> balance_of(const std::string& path) {
  const io::CsvTable t = io::CsvTable::read_file(path);
  std::map<std::string, std::string> out;
  for (const auto& row : t.rows()) out[row.fields[0]] = row.fields[1];
  return out;
}

// Read's (1954) Gahuku-Gama tribes, as an edge list (tests/fixtures/edge_lists/
// gahuku_gama_edges.csv). Published for the same 58 signed ties (R package
// signnet, README and "Structural Balance" vignette, `tribes`):
// balance_score(method = "triangles") = 0.8676471 (59 of 68 triangles) and
// frustration_exact = 7 (signnet JOSS paper, GLPK integer programme).
TEST(MetricsOnAnEdgeList, GahukuGamaBalanceMatchesPublishedValues) {
  TempDir dir;
  const std::string edges = std::string(ACTORNET_SOURCE_DIR) + "/tests/fixtures/edge_lists/gahuku_gama_edges.csv";
  const RunResult r = run_actornet("metrics --network '" + edges + "'", dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto b = balance_of(dir / "output/balance.csv");
  EXPECT_EQ(b["signed_ties"], "58");
  EXPECT_EQ(b["triangles"], "68");
  EXPECT_EQ(b["balanced_triangles"], "59");
  EXPECT_NEAR(std::stod(b["triangle_index"]), 0.8676471, 5e-8);
  EXPECT_EQ(b["frustration_index"], "7");
  const auto j = nlohmann::json::parse(read_file(dir / "output/metrics.json"));
  EXPECT_EQ(j["network"]["actors"], 16);
  EXPECT_EQ(j["balance"]["frustration"]["exact"], true);
  EXPECT_EQ(j["balance"]["unbalanced_triangles"].size(), 9u);
  EXPECT_EQ(io::CsvTable::read_file(dir / "output/actors.csv").rows().size(), 16u);
  // The same network drawn: its caption speaks of an edge list, not a corpus.
  const RunResult drawn = run_actornet("render --network '" + edges + "'", dir.path().string());
  ASSERT_EQ(drawn.exit_code, 0) << drawn.err;
  const std::string svg = read_file(dir / "output/network.svg");
  EXPECT_NE(svg.find("network read from an edge list"), std::string::npos);
  EXPECT_EQ(svg.find("documents"), std::string::npos);
  EXPECT_NE(read_file(dir / "output/methods.md").find("Read from an edge list"), std::string::npos);
}

TEST(MetricsOnAnEdgeList, FiltersAndEgoNetworks) {
  TempDir dir;
  const std::string edges = std::string(ACTORNET_SOURCE_DIR) + "/tests/fixtures/edge_lists/gahuku_gama_edges.csv";
  // Gavev has 3 positive and 5 negative ties (counted in the file).
  const RunResult r = run_actornet("metrics --network '" + edges + "' --ego Gavev", dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(read_file(dir / "output/metrics.json"));
  EXPECT_EQ(j["network"]["actors"], 9);  // Gavev and its 8 neighbours
  const RunResult bad = run_actornet("metrics --network '" + edges + "' --ego Nobody", dir.path().string());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("Nobody"), std::string::npos) << bad.err;
}

TEST(MetricsOnAnEdgeList, PeriodsOfAnEdgeListAreMeasuredAndCompared) {
  TempDir dir;
  // A-B turns from ally to enemy; B-C appears in the second period.
  dir.write("net.csv", "source,target,sign,period\nA,B,1,early\nA,B,-1,late\nB,C,1,late\n");
  const RunResult r = run_actornet("metrics --network net.csv", dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string changes = read_file(dir / "output/period_changes.csv");
  EXPECT_NE(changes.find("early,late,tie,A-B,sign,1,-1,-2,flipped"), std::string::npos) << changes;
  EXPECT_NE(changes.find("early,late,tie,B-C,sign,0,1,1,appeared"), std::string::npos) << changes;
}

TEST(MetricsOnAnEdgeList, DirectedRowsGiveHubsAndAuthorities) {
  TempDir dir;
  // B -> A (weight 2) and C -> A (weight 1): A is the only authority; the
  // hub scores are proportional to the weights sent (Kleinberg 1999; igraph
  // scales the maximum to 1): B 1, C 1/2.
  dir.write("net.csv", "source,target,weight,directed\nB,A,2,yes\nC,A,1,yes\n");
  const RunResult r = run_actornet("metrics --network net.csv", dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const io::CsvTable t = io::CsvTable::read_file(dir / "output/actors.csv");
  std::map<std::string, std::map<std::string, double>> v;
  for (const auto& row : t.rows()) {
    for (const char* c : {"in_strength", "out_strength", "hub", "authority"}) {
      v[row.fields[t.require("actor")]][c] = std::stod(row.fields[t.require(c)]);
    }
  }
  EXPECT_DOUBLE_EQ(v["A"]["in_strength"], 3.0);
  EXPECT_DOUBLE_EQ(v["B"]["out_strength"], 2.0);
  EXPECT_NEAR(v["A"]["authority"], 1.0, 1e-9);
  EXPECT_NEAR(v["B"]["hub"], 1.0, 1e-9);
  EXPECT_NEAR(v["C"]["hub"], 0.5, 1e-9);
  EXPECT_NEAR(v["B"]["authority"], 0.0, 1e-9);
}

TEST(MetricsOnAnEdgeList, BadFilesNameTheLine) {
  TempDir dir;
  dir.write("net.csv", "source,target,sign\nA,B,1\nB,C,maybe\n");
  const RunResult r = run_actornet("metrics --network net.csv", dir.path().string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("net.csv:3"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace actornet::testing
