// End-to-end: `actornet run` with no arguments on a copy of the repository's
// data/, as the README's quick start does.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "cli/binary_runner.hpp"
#include "io/csv_reader.hpp"

namespace actornet::testing {
namespace {

namespace fs = std::filesystem;

const char* kOutputs[] = {"output/network.svg",       "output/actors.csv",      "output/dyads.csv",
                          "output/evidence.csv",      "output/excluded.csv",    "output/tally.csv",
                          "output/methods.md",        "output/relations.csv",   "output/dyads_by_period.csv",
                          "output/agreement.md",      "output/disagreements.csv", "output/metrics.json",
                          "output/balance.csv",       "output/bootstrap.csv",
                          "output/period_metrics.csv", "output/period_changes.csv",
                          "graphs/network.graphml",
                          "graphs/network.dot"};

// A working folder holding a copy of data/, so outputs land in the temp folder.
class RunOnDefaultData : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(fs::path(ACTORNET_SOURCE_DIR) / "data", dir_.path() / "data", fs::copy_options::recursive);
  }
  std::string path(const std::string& name) const { return dir_ / name; }
  TempDir dir_;
};

TEST_F(RunOnDefaultData, WritesEveryOutputAndShowsTheSevenActors) {
  const RunResult r = run_actornet("run", dir_.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* output : kOutputs) EXPECT_TRUE(fs::exists(path(output))) << output;
  const std::string svg = read_file(path("output/network.svg"));
  for (const char* name : {"Russia", "Iran", "Israel", "United States", "China", "Gulf states", "Armenia"}) {
    EXPECT_NE(svg.find(std::string(">") + name + "<"), std::string::npos) << name;
  }
  EXPECT_EQ(io::CsvTable::read_file(path("output/actors.csv")).rows().size(), 7u);
  EXPECT_EQ(io::CsvTable::read_file(path("output/dyads.csv")).rows().size(), 21u);  // 7 choose 2
  // No temporary files are left next to the outputs.
  for (const char* folder : {"output", "graphs"}) {
    for (const auto& entry : fs::directory_iterator(path(folder))) {
      EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos) << entry.path();
    }
  }
  // The run reports what it excluded and why.
  EXPECT_NE(r.err.find("excluded:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("references"), std::string::npos) << r.err;
}

TEST_F(RunOnDefaultData, TwoRunsGiveByteIdenticalOutputs) {
  ASSERT_EQ(run_actornet("run", dir_.path().string()).exit_code, 0);
  std::map<std::string, std::string> first;
  for (const char* output : kOutputs) first[output] = read_file(path(output));
  ASSERT_EQ(run_actornet("run --threads 1", dir_.path().string()).exit_code, 0);
  for (const char* output : kOutputs) EXPECT_EQ(read_file(path(output)), first[output]) << output;
}

TEST_F(RunOnDefaultData, EvidenceAddsUpToTheDyadCountsAndQuotesTheFiles) {
  ASSERT_EQ(run_actornet("run", dir_.path().string()).exit_code, 0);
  // Independent check: sum the evidence rows per pair and compare with dyads.csv.
  const io::CsvTable evidence = io::CsvTable::read_file(path("output/evidence.csv"));
  std::map<std::pair<std::string, std::string>, long> sums;
  const io::CsvTable manifest = io::CsvTable::read_file(path("data/corpus/manifest.csv"));
  std::map<std::string, std::string> files;
  for (const auto& row : manifest.rows()) files[row.fields[manifest.require("id")]] = row.fields[manifest.require("file")];
  std::map<std::string, std::string> texts;
  for (const auto& [id, file] : files) texts[id] = read_file(path("data/corpus/" + file));
  ASSERT_GT(evidence.rows().size(), 100u);
  for (const auto& row : evidence.rows()) {
    const auto field = [&](const char* name) { return row.fields[evidence.require(name)]; };
    sums[{field("actor_a"), field("actor_b")}] += std::stol(field("weight"));
    // The quoted text is the original bytes at the stated offsets, with
    // whitespace runs folded (a sentence can span a hard line break).
    const std::string& doc = texts.at(field("doc_id"));
    const std::size_t start = std::stoul(field("start_byte"));
    const std::size_t end = std::stoul(field("end_byte"));
    ASSERT_LE(end, doc.size());
    std::string folded;
    for (char c : doc.substr(start, end - start)) {
      if (c == '\n' || c == ' ' || c == '\t' || c == '\r') {
        if (!folded.empty() && folded.back() != ' ') folded.push_back(' ');
      } else {
        folded.push_back(c);
      }
    }
    const std::string quote = field("text");
    if (quote.find(" [...] ") == std::string::npos) {
      EXPECT_EQ(folded, quote) << "line " << row.line;
    }
  }
  const io::CsvTable dyads = io::CsvTable::read_file(path("output/dyads.csv"));
  for (const auto& row : dyads.rows()) {
    const auto key = std::make_pair(row.fields[dyads.require("actor_a")], row.fields[dyads.require("actor_b")]);
    EXPECT_EQ(std::stol(row.fields[dyads.require("count")]), sums[key]) << key.first << "-" << key.second;
  }
}

TEST_F(RunOnDefaultData, StagesRunOneByOneGiveTheSameFilesAsRun) {
  ASSERT_EQ(run_actornet("run", dir_.path().string()).exit_code, 0);
  std::map<std::string, std::string> first;
  for (const char* output : kOutputs) first[output] = read_file(path(output));
  fs::remove_all(path("output"));
  fs::remove_all(path("graphs"));
  for (const char* stage : {"extract", "build", "metrics", "render", "agreement"}) {
    const RunResult r = run_actornet(stage, dir_.path().string());
    ASSERT_EQ(r.exit_code, 0) << stage << ": " << r.err;
  }
  for (const char* output : kOutputs) EXPECT_EQ(read_file(path(output)), first[output]) << output;
}

TEST_F(RunOnDefaultData, MissingInputIsADataErrorNamingTheFile) {
  fs::remove(path("data/gazetteer/aliases.csv"));
  const RunResult r = run_actornet("run", dir_.path().string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("data/gazetteer/aliases.csv"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(path("output/evidence.csv")));  // nothing half-written
}

TEST_F(RunOnDefaultData, InputsAreNotModified) {
  const std::string before = read_file(path("data/corpus/000_7c554e2cf5188480.txt"));
  ASSERT_EQ(run_actornet("run", dir_.path().string()).exit_code, 0);
  EXPECT_EQ(read_file(path("data/corpus/000_7c554e2cf5188480.txt")), before);
  EXPECT_EQ(read_file(path("data/corpus/000_7c554e2cf5188480.txt")),
            read_file(std::string(ACTORNET_SOURCE_DIR) + "/data/corpus/000_7c554e2cf5188480.txt"));
}

}  // namespace
}  // namespace actornet::testing

namespace actornet::testing {
namespace {

// Names from the data reach XML (GraphML, SVG) and CSV: they must be escaped
// everywhere, and every stage must still read what the previous one wrote.
TEST(RunWithHostileNames, EscapesMarkupInEveryOutput) {
  TempDir dir;
  fs::create_directories(dir.path() / "data" / "filters");
  fs::copy(fs::path(ACTORNET_SOURCE_DIR) / "tests/fixtures/messy/captions/corpus", dir.path() / "data/corpus",
           fs::copy_options::recursive);
  fs::copy(fs::path(ACTORNET_SOURCE_DIR) / "tests/fixtures/messy/gazetteer", dir.path() / "data/gazetteer",
           fs::copy_options::recursive);
  dir.write("data/gazetteer/actors.csv",
            "id,name,type,description\n"
            "CHN,China,state,\n"
            "IRN,\"Iran <script>alert(1)</script> & \"\"Co\"\"\",state,\n"
            "ISR,Israel,state,\n"
            "RUS,\"Russia, \\N \\G\",state,\n"
            "USA,United States,state,\n");
  const RunResult r = run_actornet("run", dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string svg = read_file(dir / "output/network.svg");
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  const std::string graphml = read_file(dir / "graphs/network.graphml");
  EXPECT_EQ(graphml.find("<script>"), std::string::npos);
  // The CSV keeps the name intact, quoted.
  const io::CsvTable actors = io::CsvTable::read_file(dir / "output/actors.csv");
  bool found = false;
  for (const auto& row : actors.rows()) {
    if (row.fields[actors.require("actor")] == "IRN") {
      EXPECT_EQ(row.fields[actors.require("name")], "Iran <script>alert(1)</script> & \"Co\"");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace actornet::testing

namespace actornet::testing {
namespace {

TEST(MethodsNote, StatesTheCleaningRulesActuallyInForce) {
  TempDir dir;
  fs::copy(fs::path(ACTORNET_SOURCE_DIR) / "data", dir.path() / "data", fs::copy_options::recursive);
  ASSERT_EQ(run_actornet("run --keep bios --keep faq", dir.path().string()).exit_code, 0);
  const std::string note = read_file(dir / "output/methods.md");
  EXPECT_NE(note.find("Cleaning rules in force"), std::string::npos) << note;
  EXPECT_NE(note.find("references,contents,table-headers,boilerplate,captions"), std::string::npos) << note;
  EXPECT_EQ(note.find("bios"), std::string::npos) << note;
  // Tool and library versions, seeds and the input hashes are stated.
  EXPECT_NE(note.find("generated by actornet " ACTORNET_VERSION), std::string::npos) << note;
  EXPECT_NE(note.find("computed with igraph 0."), std::string::npos) << note;
  EXPECT_NE(note.find("corpus contents"), std::string::npos) << note;
  EXPECT_NE(note.find("seed"), std::string::npos) << note;
}

}  // namespace
}  // namespace actornet::testing
