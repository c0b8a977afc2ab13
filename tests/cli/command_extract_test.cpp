// End-to-end tests of `actornet extract` and `actornet merge`: one small
// fixture per messy-input rule (tests/fixtures/messy/<rule>/), shards that
// merge exactly, and bad input that is reported with file and line or byte
// offset while the rest is processed.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli/binary_runner.hpp"
#include "extract/tally.hpp"

namespace actornet::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = ACTORNET_SOURCE_DIR;

// Builds <dir>/data from a fixture corpus, the fixtures' gazetteer and the
// shipped boilerplate patterns.
void make_data(const TempDir& dir, const fs::path& corpus) {
  fs::create_directories(dir.path() / "data" / "filters");
  fs::copy(corpus, dir.path() / "data" / "corpus", fs::copy_options::recursive);
  fs::copy(kSource / "tests/fixtures/messy/gazetteer", dir.path() / "data" / "gazetteer",
           fs::copy_options::recursive);
  fs::copy(kSource / "data/filters/boilerplate.csv", dir.path() / "data/filters/boilerplate.csv");
}

std::int64_t pair_count(const std::string& tally_csv, const std::string& a, const std::string& b) {
  const extract::Tally t = extract::read_tally(tally_csv);
  int ia = -1, ib = -1;
  for (std::size_t i = 0; i < t.actors.size(); ++i) {
    if (t.actors[i].id == a) ia = static_cast<int>(i);
    if (t.actors[i].id == b) ib = static_cast<int>(i);
  }
  auto it = t.pairs.find({ia, ib});
  return it == t.pairs.end() ? 0 : it->second.count;
}

struct RuleCase {
  const char* rule;
  std::int64_t israel_china_default;  // CHN-ISR count with every rule on
  std::int64_t israel_china_kept;     // ... with this rule switched off
};

void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.rule; }

class MessyInputRule : public ::testing::TestWithParam<RuleCase> {};

// Each fixture holds a control sentence (Russia-Iran, always counted once or
// twice) and text that only the rule under test keeps out of the counts: an
// Israel-China co-occurrence.
TEST_P(MessyInputRule, ExcludedByDefaultAndKeptWhenSwitchedOff) {
  const RuleCase& c = GetParam();
  TempDir dir;
  make_data(dir, kSource / "tests/fixtures/messy" / c.rule / "corpus");
  const RunResult on = run_actornet("extract", dir.path().string());
  ASSERT_EQ(on.exit_code, 0) << on.err;
  EXPECT_EQ(pair_count(dir / "output/tally.csv", "CHN", "ISR"), c.israel_china_default);
  EXPECT_GE(pair_count(dir / "output/tally.csv", "IRN", "RUS"), 1);
  const RunResult off = run_actornet(std::string("extract --keep ") + c.rule, dir.path().string());
  ASSERT_EQ(off.exit_code, 0) << off.err;
  EXPECT_EQ(pair_count(dir / "output/tally.csv", "CHN", "ISR"), c.israel_china_kept);
}

INSTANTIATE_TEST_SUITE_P(Rules, MessyInputRule,
                         ::testing::Values(RuleCase{"boilerplate", 0, 2},
                                           RuleCase{"captions", 0, 1}, RuleCase{"bios", 0, 2},
                                           RuleCase{"references", 0, 1},
                                           RuleCase{"duplicates", 1, 2}, RuleCase{"contents", 0, 1},
                                           RuleCase{"footnote-markers", 0, 1},
                                           RuleCase{"markup", 0, 1}, RuleCase{"faq", 0, 1},
                                           RuleCase{"table-headers", 0, 1},
                                           RuleCase{"lowercase-names", 0, 1}),
                         [](const ::testing::TestParamInfo<RuleCase>& info) {
                           std::string name = info.param.rule;
                           for (char& ch : name)
                             if (ch == '-') ch = '_';
                           return name;
                         });

TEST(ShardedExtraction, MergedShardsEqualOneRun) {
  TempDir dir;
  fs::copy(kSource / "data", dir.path() / "data", fs::copy_options::recursive);
  const std::string cwd = dir.path().string();
  ASSERT_EQ(run_actornet("extract --output whole", cwd).exit_code, 0);
  for (int shard = 0; shard < 3; ++shard) {
    const std::string s = std::to_string(shard);
    const RunResult r = run_actornet("extract --shard " + s + "/3 --output shard" + s, cwd);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // Shards given in any order merge to the same result.
  const RunResult merged = run_actornet("merge shard2 shard0 shard1 --output merged", cwd);
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  for (const char* file : {"tally.csv", "evidence.csv", "excluded.csv", "relations.csv"}) {
    EXPECT_EQ(read_file(dir / (std::string("merged/") + file)),
              read_file(dir / (std::string("whole/") + file)))
        << file;
  }
}

TEST(ShardedExtraction, RefusesIncompleteOrRepeatedShards) {
  TempDir dir;
  fs::copy(kSource / "data", dir.path() / "data", fs::copy_options::recursive);
  const std::string cwd = dir.path().string();
  ASSERT_EQ(run_actornet("extract --shard 0/2 --output a", cwd).exit_code, 0);
  ASSERT_EQ(run_actornet("extract --shard 1/2 --output b", cwd).exit_code, 0);
  ASSERT_EQ(run_actornet("extract --shard 0/3 --output c", cwd).exit_code, 0);
  ASSERT_EQ(run_actornet("extract --shard 1/2 --keep bios --output d", cwd).exit_code, 0);
  struct Case {
    const char* shards;
    const char* message;
  } cases[] = {{"a", "shard 1/2 is missing"},
               {"a a b", "shard 0/2 is also in a/tally.csv"},
               {"a c", "c/tally.csv: shard count '3' differs"},
               {"a d", "d/tally.csv: rules"}};
  for (const Case& c : cases) {
    const RunResult r = run_actornet(std::string("merge ") + c.shards + " --output m", cwd);
    EXPECT_EQ(r.exit_code, 1) << c.shards;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.shards << ": " << r.err;
  }
  EXPECT_FALSE(fs::exists(dir / "m/tally.csv"));
}

TEST(OutputFolders, InsideTheInputFolderAreRefused) {
  TempDir dir;
  fs::copy(kSource / "data", dir.path() / "data", fs::copy_options::recursive);
  const std::string before = read_file(dir / "data/gazetteer/actors.csv");
  const RunResult r = run_actornet("run --output data/gazetteer", dir.path().string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("outputs must not overwrite inputs"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(dir / "data/gazetteer/actors.csv"), before);
}

TEST(ShardedExtraction, RefusesToMergeDifferentOptions) {
  TempDir dir;
  fs::copy(kSource / "data", dir.path() / "data", fs::copy_options::recursive);
  const std::string cwd = dir.path().string();
  ASSERT_EQ(run_actornet("extract --shard 0/2 --output a", cwd).exit_code, 0);
  ASSERT_EQ(run_actornet("extract --shard 1/2 --unit paragraph --output b", cwd).exit_code, 0);
  const RunResult r = run_actornet("merge a b --output m", cwd);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("b/tally.csv"), std::string::npos) << r.err;
}

// A sentence stopped by Link Grammar's time cap is tagged by the shallow
// rules and counted in a warning, since reaching the cap depends on the
// machine (a cap of 0 stops every parse; tagging/link_parser.hpp).
TEST(ParserTimeCap, StoppedSentencesAreShallowTaggedAndReported) {
  TempDir dir;
  make_data(dir, kSource / "tests/fixtures/messy/captions/corpus");
  fs::copy(kSource / "data/lexicon", dir.path() / "data/lexicon", fs::copy_options::recursive);
  dir.write("data/corpus/doc.txt", "Russia condemned Israel for its strikes on Iran.\n");
  const RunResult capped =
      run_actornet("extract --parse-seconds 0 --output capped", dir.path().string());
  ASSERT_EQ(capped.exit_code, 0) << capped.err;
  EXPECT_NE(capped.err.find("sentence(s) ran past Link Grammar's 0 s cap"), std::string::npos)
      << capped.err;
  const std::string shallow = read_file(dir / "capped/relations.csv");
  EXPECT_NE(shallow.find("shallow"), std::string::npos);
  EXPECT_EQ(shallow.find(",parser,"), std::string::npos);
  const RunResult plain = run_actornet("extract --output plain", dir.path().string());
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.err.find("ran past Link Grammar's"), std::string::npos) << plain.err;
  EXPECT_NE(read_file(dir / "plain/relations.csv").find(",parser,"), std::string::npos);
}

TEST(BadInput, InvalidUtf8IsReportedWithByteOffsetAndTheRestIsCounted) {
  TempDir dir;
  make_data(dir, kSource / "tests/fixtures/messy/captions/corpus");
  // Byte 28 is an invalid lone continuation byte inside the second sentence.
  dir.write("data/corpus/doc.txt", "Russia and Iran held talks. \x80 Israel and China met.\n");
  const RunResult r = run_actornet("extract", dir.path().string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("doc.txt: byte 28: invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_EQ(pair_count(dir / "output/tally.csv", "CHN", "ISR"), 1);
  EXPECT_EQ(pair_count(dir / "output/tally.csv", "IRN", "RUS"), 1);
}

TEST(BadInput, BadManifestRowIsSkippedAndNamedOthersAreProcessed) {
  TempDir dir;
  make_data(dir, kSource / "tests/fixtures/messy/captions/corpus");
  dir.write("data/corpus/two.txt", "Israel and China met.\n");
  dir.write("data/corpus/three.txt", "Russia and China met.\n");
  dir.write("data/corpus/manifest.csv",
            "id,file,title,authors,publisher,date,date_precision\n"
            "doc,doc.txt,,,,2024-05,month\n"
            "two,two.txt,,,,2024-13,month\n"
            "three,three.txt,,,,2023,year\n");
  const RunResult r = run_actornet("extract", dir.path().string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("manifest.csv:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("two.txt"), std::string::npos) << r.err;  // listed but not read: warned
  EXPECT_EQ(pair_count(dir / "output/tally.csv", "CHN", "ISR"), 0);
  EXPECT_EQ(pair_count(dir / "output/tally.csv", "CHN", "RUS"), 1);
}

TEST(BadInput, GazetteerConflictStopsWithFileAndLine) {
  TempDir dir;
  make_data(dir, kSource / "tests/fixtures/messy/captions/corpus");
  std::string aliases = read_file(dir / "data/gazetteer/aliases.csv");
  aliases += "ISR,moscow,insensitive,capital,,\n";
  dir.write("data/gazetteer/aliases.csv", aliases);
  const RunResult r = run_actornet("extract", dir.path().string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("aliases.csv:9"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 5"), std::string::npos) << r.err;
}

TEST(BadInput, MissingCorpusFolderIsADataError) {
  TempDir dir;
  const RunResult r = run_actornet("extract --data nowhere", dir.path().string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("nowhere"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace actornet::testing
