#include "extract/actor_matcher.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace actornet::extract {
namespace {

using actornet::testing::TempDir;

// A small gazetteer made for these tests.
class ActorMatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gazetteer_ = Gazetteer::load(
        dir_.write("actors.csv",
                   "id,name,type\nIRN,Iran,state\nRUS,Russia,state\nUSA,United States,state\n"
                   "GULF,Gulf states,group\n"),
        dir_.write("aliases.csv",
                   "actor,alias,case,kind,member\n"
                   "RUS,Russia,insensitive,name,\n"
                   "RUS,Russian,insensitive,adjective,\n"
                   "RUS,Russian Federation,insensitive,name,\n"
                   "RUS,Soviet Union,insensitive,historical,\n"
                   "IRN,Iran,insensitive,name,\n"
                   "IRN,Persian,insensitive,adjective,\n"
                   "IRN,Tehran,insensitive,capital,\n"
                   "USA,US,sensitive,name,\n"
                   "USA,U.S.,sensitive,name,\n"
                   "USA,United States,insensitive,name,\n"
                   "GULF,Gulf states,insensitive,name,\n"
                   "GULF,Riyadh,insensitive,capital,Saudi Arabia\n"
                   "-,Persian Gulf,insensitive,block,\n"
                   "-,US$,sensitive,block,\n"));
  }

  // "ID@text" for each mention, in order.
  std::vector<std::string> find(const std::string& text) const {
    const corpus::NormalizedText norm = corpus::normalize_text(text, nullptr);
    const ActorMatcher matcher(gazetteer_);
    std::vector<std::string> out;
    for (const Mention& m : matcher.find(norm, 0, norm.text.size())) {
      out.push_back(gazetteer_.actors()[static_cast<std::size_t>(m.actor)].id + "@" +
                    norm.text.substr(m.begin, m.end - m.begin));
    }
    return out;
  }

  TempDir dir_;
  Gazetteer gazetteer_;
};

using V = std::vector<std::string>;

TEST_F(ActorMatcherTest, MatchesOnWordBoundariesOnly) {
  EXPECT_EQ(find("Iran and Russia met."), (V{"IRN@Iran", "RUS@Russia"}));
  EXPECT_EQ(find("Iranium Russiaville"), V{});  // inside longer words: no match
  EXPECT_EQ(find("Russia-Iran ties"), (V{"RUS@Russia", "IRN@Iran"}));  // hyphen is a boundary
  EXPECT_EQ(find("Russia\xE2\x80\x93Iran ties"), (V{"RUS@Russia", "IRN@Iran"}));  // en dash
  EXPECT_EQ(find("anti-US sentiment"), (V{"USA@US"}));
}

TEST_F(ActorMatcherTest, LongestMatchFirst) {
  // "Russian Federation" wins over "Russian"; one mention, not two.
  EXPECT_EQ(find("The Russian Federation said"), (V{"RUS@Russian Federation"}));
  EXPECT_EQ(find("The Russian side said"), (V{"RUS@Russian"}));
}

TEST_F(ActorMatcherTest, BlockingPhrasesConsumeTextWithoutAMention) {
  EXPECT_EQ(find("ships in the Persian Gulf"), V{});
  EXPECT_EQ(find("a Persian envoy"), (V{"IRN@Persian"}));
  // A blocking phrase ending in a symbol matches before a digit.
  EXPECT_EQ(find("worth US$4 billion"), V{});
}

TEST_F(ActorMatcherTest, PossessivesAreIncludedInTheMention) {
  EXPECT_EQ(find("Iran's drones and Tehran\xE2\x80\x99s envoy"), (V{"IRN@Iran's", "IRN@Tehran's"}));
  EXPECT_EQ(find("the Gulf states' position"), (V{"GULF@Gulf states'"}));
}

TEST_F(ActorMatcherTest, CaseSensitivityIsPerAlias) {
  EXPECT_EQ(find("does Russia support IRAN"), (V{"RUS@Russia", "IRN@IRAN"}));
  EXPECT_EQ(find("let us talk about US policy"), (V{"USA@US"}));  // "us" is not the US
  EXPECT_EQ(find("the U.S. and the United States"), (V{"USA@U.S.", "USA@United States"}));
}

TEST_F(ActorMatcherTest, LowerCaseFormsOfNamesAreSeoKeywordsUnlessAsked) {
  EXPECT_EQ(find("does russia support iran"), V{});
  std::size_t skipped = 0;
  const corpus::NormalizedText norm = corpus::normalize_text("does russia support iran", nullptr);
  ActorMatcher(gazetteer_).find(norm, 0, norm.text.size(), &skipped);
  EXPECT_EQ(skipped, 2u);
  const auto with = ActorMatcher(gazetteer_, true).find(norm, 0, norm.text.size());
  EXPECT_EQ(with.size(), 2u);
}

TEST_F(ActorMatcherTest, SpacesInAliasesMatchAnyWhitespaceRun) {
  EXPECT_EQ(find("the United  States and the United\nStates"),
            (V{"USA@United  States", "USA@United\nStates"}));
  EXPECT_EQ(find("ships in the Persian\nGulf"), V{});  // blocking phrase across a line break
}

TEST_F(ActorMatcherTest, GroupMembersMapToTheGroup) {
  EXPECT_EQ(find("Riyadh hosted talks"), (V{"GULF@Riyadh"}));
}

TEST_F(ActorMatcherTest, RespectsTheSpanLimits) {
  const std::string text = "Iran. Russia.";
  const corpus::NormalizedText norm = corpus::normalize_text(text, nullptr);
  const ActorMatcher matcher(gazetteer_);
  const auto mentions = matcher.find(norm, 6, text.size());
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].begin, 6u);
  EXPECT_EQ(mentions[0].end, 12u);
}

}  // namespace
}  // namespace actornet::extract
