// Every command answers --help with exit 0 and its options; a bad command
// line exits 2 (osmium-tool's automatic --help test per command).
#include <gtest/gtest.h>

#include "cli/binary_runner.hpp"

namespace actornet::testing {
namespace {

struct HelpCase {
  const char* command;
  const char* must_mention;
};

class HelpTest : public ::testing::TestWithParam<HelpCase> {};

TEST_P(HelpTest, PrintsUsageAndExitsZero) {
  TempDir dir;
  const RunResult r = run_actornet(std::string(GetParam().command) + " --help", dir.path().string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(GetParam().must_mention), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");
}

INSTANTIATE_TEST_SUITE_P(
    Commands, HelpTest,
    ::testing::Values(HelpCase{"", "run"}, HelpCase{"run", "--unit"}, HelpCase{"extract", "--keep"},
                      HelpCase{"build", "--graphs"}, HelpCase{"metrics", "--weight"},
                      HelpCase{"render", "--size-by"}, HelpCase{"merge", "shards"}),
    [](const ::testing::TestParamInfo<HelpCase>& info) {
      return std::string(info.param.command).empty() ? std::string("top") : std::string(info.param.command);
    });

class UsageErrorTest : public ::testing::TestWithParam<const char*> {};

TEST_P(UsageErrorTest, ExitsTwoWithAMessage) {
  TempDir dir;
  const RunResult r = run_actornet(GetParam(), dir.path().string());
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_FALSE(r.err.empty());
}

INSTANTIATE_TEST_SUITE_P(Cases, UsageErrorTest,
                         ::testing::Values("", "frobnicate", "run --no-such-option",
                                           "extract --counting sometimes",
                                           "extract --unit window:0", "extract --keep everything",
                                           "extract --shard 3/2", "extract --shard 0/1x",
                                           "run --damping 1", "metrics --weight heaviness",
                                           "render --size-by shoe-size", "merge"));

}  // namespace
}  // namespace actornet::testing
