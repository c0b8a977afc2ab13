// End-to-end: tagged and curated relations through the real binary: the
// signed outputs of `run`, the three --relations modes, `agreement`, and
// errors in the hand-coded file.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "cli/binary_runner.hpp"
#include "io/csv_reader.hpp"

namespace actornet::testing {
namespace {

namespace fs = std::filesystem;

class RelationsEndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(fs::path(ACTORNET_SOURCE_DIR) / "data", dir_.path() / "data", fs::copy_options::recursive);
  }
  std::string cwd() const { return dir_.path().string(); }
  // dyads.csv rows by "A-B".
  std::map<std::string, std::map<std::string, std::string>> dyads() const {
    const io::CsvTable t = io::CsvTable::read_file(dir_ / "output/dyads.csv");
    std::map<std::string, std::map<std::string, std::string>> out;
    for (const auto& row : t.rows()) {
      auto& m = out[row.fields[t.require("actor_a")] + "-" + row.fields[t.require("actor_b")]];
      for (std::size_t i = 0; i < t.header().size(); ++i) m[t.header()[i]] = row.fields[i];
    }
    return out;
  }
  TempDir dir_;
};

TEST_F(RelationsEndToEnd, RunWritesSignedDyadsWhoseSignsAnAnalystWouldDefend) {
  const RunResult r = run_actornet("run", cwd());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* file : {"output/relations.csv", "output/dyads_by_period.csv"}) {
    EXPECT_TRUE(fs::exists(dir_ / file)) << file;
  }
  auto d = dyads();
  // The sources describe Russia-Iran as a limited partnership, Iran-Israel
  // and Iran-US as hostile (the 12-day war, US strikes).
  EXPECT_EQ(d["IRN-RUS"]["sign"], "1");
  EXPECT_EQ(d["IRN-ISR"]["sign"], "-1");
  EXPECT_EQ(d["IRN-USA"]["sign"], "-1");
  // Russia's withheld military help to Iran is counted, not hidden.
  EXPECT_GT(std::stol(d["IRN-RUS"]["withheld_count"]), 10);
  // net = (C - R) / (C + R), recomputed from the file's own columns.
  // actors.csv carries the actor scores: the US mostly at odds, Russia mostly cooperating.
  const io::CsvTable actors = io::CsvTable::read_file(dir_ / "output/actors.csv");
  std::map<std::string, double> stance;
  for (const auto& row : actors.rows()) {
    stance[row.fields[actors.require("actor")]] = std::stod(row.fields[actors.require("net_stance")]);
  }
  EXPECT_LT(stance["USA"], 0.0);
  EXPECT_GT(stance["RUS"], 0.0);
  const double c = std::stod(d["IRN-RUS"]["cooperation"]);
  const double rv = std::stod(d["IRN-RUS"]["rivalry"]);
  EXPECT_NEAR(std::stod(d["IRN-RUS"]["net"]), (c - rv) / (c + rv), 1e-12);
}

TEST_F(RelationsEndToEnd, BootstrapIntervalsContainTheEstimateAndFollowTheSeed) {
  ASSERT_EQ(run_actornet("run --bootstrap 100 --bootstrap-seed 7", cwd()).exit_code, 0);
  const io::CsvTable t = io::CsvTable::read_file(dir_ / "output/bootstrap.csv");
  std::size_t checked = 0;
  for (const auto& row : t.rows()) {
    const std::string& low = row.fields[t.require("low")];
    if (low.empty()) continue;
    const double lo = std::stod(low), hi = std::stod(row.fields[t.require("high")]);
    EXPECT_LE(lo, hi) << row.line;
    ++checked;
  }
  EXPECT_GT(checked, 20u);
  const std::string first = read_file(dir_ / "output/bootstrap.csv");
  ASSERT_EQ(run_actornet("metrics --bootstrap 100 --bootstrap-seed 7", cwd()).exit_code, 0);
  EXPECT_EQ(read_file(dir_ / "output/bootstrap.csv"), first);
  ASSERT_EQ(run_actornet("metrics --bootstrap 100 --bootstrap-seed 8", cwd()).exit_code, 0);
  EXPECT_NE(read_file(dir_ / "output/bootstrap.csv"), first);
}

TEST_F(RelationsEndToEnd, CommunitiesAndCampsAreDrawable) {
  ASSERT_EQ(run_actornet("run", cwd()).exit_code, 0);
  const io::CsvTable actors = io::CsvTable::read_file(dir_ / "output/actors.csv");
  std::map<std::string, std::string> community;
  for (const auto& row : actors.rows()) community[row.fields[0]] = row.fields[actors.require("community")];
  for (const char* by : {"community", "camp", "cluster"}) {
    const RunResult r = run_actornet(std::string("render --group-by ") + by, cwd());
    ASSERT_EQ(r.exit_code, 0) << by << ": " << r.err;
    const std::string svg = read_file(dir_ / "output/network.svg");
    EXPECT_NE(svg.find("node colour: "), std::string::npos) << by;
  }
  // Actors of community 0 are drawn in the first group colour (#F0E442 in
  // the SVG as Graphviz writes it, lower case).
  ASSERT_EQ(run_actornet("render --group-by community", cwd()).exit_code, 0);
  const std::string dot = read_file(dir_ / "graphs/network.dot");
  EXPECT_NE(dot.find("#F0E442"), std::string::npos);
  // Communities are numbered by first appearance in actor (id) order: ARM is
  // always in community 0.
  EXPECT_EQ(community["ARM"], "0");
}

TEST_F(RelationsEndToEnd, RelationModesChangeWhatCounts) {
  std::map<std::string, std::string> cooperation;
  for (const char* mode : {"auto", "curated", "both"}) {
    const RunResult r = run_actornet(std::string("run --relations ") + mode, cwd());
    ASSERT_EQ(r.exit_code, 0) << mode << ": " << r.err;
    cooperation[mode] = dyads()["IRN-RUS"]["cooperation_count"];
  }
  EXPECT_NE(cooperation["auto"], cooperation["curated"]);
  EXPECT_NE(cooperation["auto"], cooperation["both"]);
}

TEST_F(RelationsEndToEnd, AgreementReportsKappaAndDisagreements) {
  ASSERT_EQ(run_actornet("extract", cwd()).exit_code, 0);
  const RunResult r = run_actornet("agreement", cwd());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("kappa"), std::string::npos) << r.err;
  const std::string md = read_file(dir_ / "output/agreement.md");
  EXPECT_NE(md.find("Cohen's kappa"), std::string::npos);
  EXPECT_NE(md.find("| withheld |"), std::string::npos);
  EXPECT_GT(io::CsvTable::read_file(dir_ / "output/disagreements.csv").rows().size(), 10u);
}

TEST_F(RelationsEndToEnd, AgreementWithoutCuratedRowsIsADataError) {
  ASSERT_EQ(run_actornet("extract --no-curated", cwd()).exit_code, 0);
  const RunResult r = run_actornet("agreement", cwd());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("relations.csv"), std::string::npos) << r.err;
}

TEST_F(RelationsEndToEnd, BadCuratedRowsAreNamedAndTheRestIsUsed) {
  std::string curated = read_file(dir_ / "data/relations.csv");
  const std::size_t lines = static_cast<std::size_t>(std::count(curated.begin(), curated.end(), '\n'));
  curated += "003,A sentence that is nowhere in the text.,IRN,RUS,no,cooperation,05,3.5,,\n";
  curated += "003,Iran,IRN,CHN,maybe,cooperation,05,3.5,,\n";
  dir_.write("data/relations.csv", curated);
  const RunResult r = run_actornet("run", cwd());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("relations.csv:" + std::to_string(lines + 1) + ": quote not found"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("relations.csv:" + std::to_string(lines + 2) + ": directed must be yes or no"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "output/network.svg"));  // the rest went on
  EXPECT_EQ(dyads()["IRN-RUS"]["sign"], "1");
}

TEST_F(RelationsEndToEnd, EveryCuratedQuoteIsFoundInTheDefaultCorpus) {
  const RunResult r = run_actornet("extract", cwd());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("quote not found"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace actornet::testing
