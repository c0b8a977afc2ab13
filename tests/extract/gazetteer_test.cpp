#include "extract/gazetteer.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "io/errors.hpp"
#include "support/temp_dir.hpp"

namespace actornet::extract {
namespace {

using actornet::testing::TempDir;

const char* kActors =
    "id,name,type,description\n"
    "RUS,Russia,state,\n"
    "IRN,Iran,state,\n"
    "USA,United States,state,\n";

std::string load_error(const std::string& actors, const std::string& aliases) {
  TempDir dir;
  try {
    Gazetteer::load(dir.write("actors.csv", actors), dir.write("aliases.csv", aliases));
  } catch (const io::DataError& e) {
    return e.what();
  }
  return "";
}

TEST(Gazetteer, LoadsActorsSortedByIdAndAliases) {
  TempDir dir;
  const Gazetteer g = Gazetteer::load(
      dir.write("actors.csv", kActors),
      dir.write("aliases.csv",
                "actor,alias,case,kind,member,note\n"
                "RUS,Moscow,insensitive,capital,,\n"
                "USA,US,sensitive,name,,\n"
                "-,Persian Gulf,insensitive,block,,\n"));
  ASSERT_EQ(g.actors().size(), 3u);
  EXPECT_EQ(g.actors()[0].id, "IRN");
  EXPECT_EQ(g.actors()[1].id, "RUS");
  EXPECT_EQ(g.actors()[2].id, "USA");
  EXPECT_EQ(g.find_actor("RUS"), 1);
  EXPECT_EQ(g.find_actor("XXX"), -1);
  ASSERT_EQ(g.aliases().size(), 3u);
  EXPECT_EQ(g.aliases()[0].actor, 1);
  EXPECT_FALSE(g.aliases()[0].case_sensitive);
  EXPECT_TRUE(g.aliases()[1].case_sensitive);
  EXPECT_EQ(g.aliases()[2].actor, -1);  // blocking phrase
  EXPECT_EQ(g.aliases()[2].line, 4u);
}

TEST(Gazetteer, RejectsAliasClaimedByTwoActorsNamingBothLines) {
  const std::string message = load_error(kActors,
                                         "actor,alias,case,kind,member,note\n"
                                         "RUS,Kremlin,insensitive,capital,,\n"
                                         "IRN,Tehran,insensitive,capital,,\n"
                                         "IRN,kremlin,insensitive,capital,,\n");
  EXPECT_NE(message.find("aliases.csv:4"), std::string::npos) << message;
  EXPECT_NE(message.find("line 2"), std::string::npos) << message;
  EXPECT_NE(message.find("RUS"), std::string::npos) << message;
  EXPECT_NE(message.find("IRN"), std::string::npos) << message;
}

TEST(Gazetteer, CaseSensitiveAliasesThatDifferInCaseDoNotCollide) {
  TempDir dir;
  // "US" (the country) and "Us" (hypothetically another actor) are different
  // texts when both rows are case-sensitive.
  const Gazetteer g = Gazetteer::load(dir.write("a.csv", kActors),
                                      dir.write("b.csv",
                                                "actor,alias,case,kind,member,note\n"
                                                "USA,US,sensitive,name,,\n"
                                                "RUS,Us,sensitive,name,,\n"));
  EXPECT_EQ(g.aliases().size(), 2u);
  // ...but they collide when either is case-insensitive.
  const std::string message = load_error(kActors,
                                         "actor,alias,case,kind,member,note\n"
                                         "USA,US,sensitive,name,,\n"
                                         "RUS,us,insensitive,name,,\n");
  EXPECT_NE(message.find("claimed by"), std::string::npos) << message;
}

// Regression: a new alias was checked only against the FIRST row with the
// same lower-cased text. "XY" (sensitive) does not collide with "xy", so B's
// and C's "xy" rows were never compared with each other and both were kept.
TEST(Gazetteer, AliasIsCheckedAgainstEveryRowWithTheSameFoldedText) {
  const std::string message = load_error(kActors,
                                         "actor,alias,case,kind,member,note\n"
                                         "RUS,XY,sensitive,name,,\n"   // line 2
                                         "IRN,xy,sensitive,name,,\n"   // line 3
                                         "USA,xy,sensitive,name,,\n");  // line 4
  EXPECT_NE(message.find("aliases.csv:4"), std::string::npos) << message;
  EXPECT_NE(message.find("claimed by USA here and by IRN on line 3"), std::string::npos) << message;
}

TEST(Gazetteer, InsensitiveAliasIsCheckedAgainstEveryCaseVariant) {
  // "Xy" (insensitive, line 4) collides with line 3's "xy", not with line 2.
  const std::string message = load_error(kActors,
                                         "actor,alias,case,kind,member,note\n"
                                         "IRN,XY,sensitive,name,,\n"
                                         "RUS,xy,sensitive,name,,\n"
                                         "IRN,Xy,insensitive,name,,\n");
  EXPECT_NE(message.find("aliases.csv:4"), std::string::npos) << message;
  EXPECT_NE(message.find("by RUS on line 3"), std::string::npos) << message;
}

TEST(Gazetteer, RepeatAfterACaseVariantIsStillDropped) {
  // Line 4 repeats line 3 exactly (same actor): dropped, though line 2 comes first.
  TempDir dir;
  const Gazetteer g = Gazetteer::load(dir.write("a.csv", kActors),
                                      dir.write("b.csv",
                                                "actor,alias,case,kind,member,note\n"
                                                "USA,US,sensitive,name,,\n"
                                                "RUS,Us,sensitive,name,,\n"
                                                "RUS,Us,sensitive,name,,\n"));
  ASSERT_EQ(g.aliases().size(), 2u);
  EXPECT_EQ(g.aliases()[1].line, 3u);
}

TEST(Gazetteer, CurlyAndStraightApostropheAreTheSameAlias) {
  TempDir dir;
  const Gazetteer g = Gazetteer::load(
      dir.write("a.csv", kActors),
      dir.write("b.csv",
                "actor,alias,case,kind,member,note\n"
                "IRN,People's Mojahedin,insensitive,name,,\n"
                "IRN,People\xE2\x80\x99s Mojahedin,insensitive,name,,\n"));
  ASSERT_EQ(g.aliases().size(), 1u);  // the repeat for the same actor is dropped
  EXPECT_EQ(g.aliases()[0].text, "People's Mojahedin");
}

struct BadFileCase {
  const char* name;
  std::string actors;
  std::string aliases;
  const char* expected;  // substring of the error message
};

// Readable test names in ctest output instead of a byte dump.
void PrintTo(const BadFileCase& c, std::ostream* os) { *os << c.name; }

class GazetteerErrors : public ::testing::TestWithParam<BadFileCase> {};

TEST_P(GazetteerErrors, NameFileLineAndProblem) {
  const std::string message = load_error(GetParam().actors, GetParam().aliases);
  EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, GazetteerErrors,
    ::testing::Values(
        BadFileCase{"unknown_actor", kActors,
                    "actor,alias,case,kind,member,note\nCHN,Beijing,insensitive,capital,,\n",
                    "aliases.csv:2: alias 'Beijing' names actor 'CHN'"},
        BadFileCase{"bad_case", kActors,
                    "actor,alias,case,kind,member,note\nRUS,Moscow,maybe,capital,,\n",
                    "aliases.csv:2: case must be 'sensitive' or 'insensitive'"},
        BadFileCase{"empty_alias", kActors, "actor,alias,case,kind,member,note\nRUS,,insensitive,,,\n",
                    "aliases.csv:2: empty alias"},
        BadFileCase{"missing_column", kActors, "actor,alias,kind\nRUS,Moscow,capital\n",
                    "aliases.csv:1: missing column 'case'"},
        BadFileCase{"duplicate_actor", "id,name\nRUS,Russia\nRUS,Russland\n",
                    "actor,alias,case\n", "actors.csv:3: actor id 'RUS' is already defined on line 2"},
        BadFileCase{"reserved_id", "id,name\n-,Nobody\n", "actor,alias,case\n",
                    "actors.csv:2: actor id is empty or '-'"},
        // Control characters (< 0x20, 0x7F) would make igraph's GraphML
        // writer fail later without a location: refused here, with the line.
        BadFileCase{"control_in_id", "id,name\nRUS,Russia\n\"I\x01RN\",Iran\n", "actor,alias,case\n",
                    "actors.csv:3: actor id 'I...' contains the control character 0x01"},
        BadFileCase{"control_in_name", "id,name,type\nRUS,\"Rus\nsia\",state\n", "actor,alias,case\n",
                    "actors.csv:2: actor name 'Rus...' contains the control character 0x0A"},
        BadFileCase{"tab_in_name", "id,name,type\nRUS,Rus\tsia,state\n", "actor,alias,case\n",
                    "actors.csv:2: actor name 'Rus...' contains the control character 0x09"},
        BadFileCase{"del_in_type", "id,name,type\nRUS,Russia,sta\x7Fte\n", "actor,alias,case\n",
                    "actors.csv:2: actor type 'sta...' contains the control character 0x7F"},
        BadFileCase{"control_in_alias", kActors,
                    "actor,alias,case\nRUS,Moscow,insensitive\nRUS,Krem\x1Blin,insensitive\n",
                    "aliases.csv:3: alias 'Krem...' contains the control character 0x1B"},
        BadFileCase{"cr_in_alias", kActors, "actor,alias,case\nRUS,\"Mos\rcow\",insensitive\n",
                    "aliases.csv:2: alias 'Mos...' contains the control character 0x0D"},
        // With no alias for any actor nothing could ever be found.
        BadFileCase{"no_alias_rows", kActors, "actor,alias,case,kind,member,note\n",
                    "aliases.csv: no aliases: no actor can be found"},
        BadFileCase{"only_blocking_phrases", kActors,
                    "actor,alias,case\n-,Persian Gulf,insensitive\n",
                    "aliases.csv: no aliases: no actor can be found"}),
    [](const ::testing::TestParamInfo<BadFileCase>& info) { return info.param.name; });

TEST(Gazetteer, ActorsWithoutAliasesAreListedSortedById) {
  // kActors has IRN, RUS and USA; only RUS has an alias (the blocking phrase
  // names no actor). Loading succeeds: a missing alias is a warning for the
  // caller to report, not an error.
  TempDir dir;
  const Gazetteer g = Gazetteer::load(dir.write("a.csv", kActors),
                                      dir.write("b.csv",
                                                "actor,alias,case\n"
                                                "RUS,Moscow,insensitive\n"
                                                "-,Persian Gulf,insensitive\n"));
  EXPECT_EQ(g.actors_without_aliases(), (std::vector<std::string>{"IRN", "USA"}));
}

TEST(Gazetteer, DefaultDataLoadsWithSevenActors) {
  const std::string root = ACTORNET_SOURCE_DIR;
  const Gazetteer g =
      Gazetteer::load(root + "/data/gazetteer/actors.csv", root + "/data/gazetteer/aliases.csv");
  ASSERT_EQ(g.actors().size(), 7u);
  const char* ids[] = {"ARM", "CHN", "GULF", "IRN", "ISR", "RUS", "USA"};
  for (std::size_t i = 0; i < 7; ++i) EXPECT_EQ(g.actors()[i].id, ids[i]);
  // Every group member named in the issue is listed for the Gulf states.
  std::set<std::string> members;
  for (const Alias& a : g.aliases()) {
    if (!a.member.empty()) members.insert(a.member);
  }
  for (const char* m : {"Saudi Arabia", "United Arab Emirates", "Qatar", "Bahrain", "Kuwait", "Oman"}) {
    EXPECT_EQ(members.count(m), 1u) << m;
  }
  EXPECT_TRUE(g.actors_without_aliases().empty());
}

}  // namespace
}  // namespace actornet::extract
