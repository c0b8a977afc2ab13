// Each shallow tagging rule on sentences written for the test, with a small lexicon
// made for it (so the tests describe the rules, not the shipped data).
#include "tagging/shallow_tagger.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace actornet::tagging {
namespace {

using namespace actornet::extract;

using actornet::testing::TempDir;

class ShallowTaggerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("lexicon/categories.csv",
               "category,label,goldstein,group,polarity\n"
               "01,make public statement,0.0,verbal cooperation,neutral\n"
               "03,express intent to cooperate,4.0,verbal cooperation,cooperation\n"
               "04,consult,1.0,verbal cooperation,cooperation\n"
               "05,engage in diplomatic cooperation,3.5,verbal cooperation,cooperation\n"
               "06,engage in material cooperation,6.0,material cooperation,cooperation\n"
               "07,provide aid,7.0,material cooperation,cooperation\n"
               "11,disapprove,-2.0,verbal conflict,rivalry\n"
               "12,reject,-4.0,verbal conflict,rivalry\n"
               "16,reduce relations,-4.0,material conflict,rivalry\n"
               "19,fight,-10.0,material conflict,rivalry\n");
    dir_.write("lexicon/cues.csv",
               "cue,category,intensity,kind,note\n"
               "supplied,07,,action,\n"
               "military aid,07,,action,\n"
               "send,07,,action,\n"
               "condemned,11,,action,\n"
               "rejected,12,,action,\n"
               "sanction*,16,-8.0,action,sub-code 163\n"
               "signed,05,8.0,mutual,sub-code 057\n"
               "treaty,05,8.0,mutual,\n"
               "partnership,05,,mutual,\n"
               "war,19,,mutual,\n"
               "strikes,19,,action,\n"
               "attacks,19,,action,\n"
               "aid,07,,action,\n"
               "relations,05,,frame,\n"
               "soured,11,,mutual,\n"
               "recognising,05,,action,\n"
               "stopped,16,,action,\n"
               "sold,06,,action,\n"
               "nemesis,11,,mutual,\n"
               "said,01,,action,\n"
               "seeks to,03,,action,\n"
               "destroy,19,,action,\n"
               "sided with,05,,action,\n"
               "side with,05,,action,\n"
               "joint,05,,mutual,\n"
               "jointly,05,,mutual,\n"
               "closer,05,,mutual,\n"
               "closer to,05,,mutual,\n");
    dir_.write("lexicon/modifiers.csv",
               "word,type,note\nnot,negation,\nn't,negation,\nrefused to,negation,\nno,negation,\n"
               "could,modality,\nreportedly,modality,\nstopped short of,negation,\n");
    dir_.write("actors.csv",
               "id,name,type\nCHN,China,state\nIRN,Iran,state\nISR,Israel,state\nRUS,Russia,state\n"
               "USA,United States,state\n");
    dir_.write("aliases.csv",
               "actor,alias,case\nCHN,China,insensitive\nIRN,Iran,insensitive\nIRN,Tehran,insensitive\n"
               "ISR,Israel,insensitive\nRUS,Russia,insensitive\nRUS,Moscow,insensitive\n"
               "USA,US,sensitive\nUSA,Trump,insensitive\nUSA,United States,insensitive\n");
    lexicon_ = Lexicon::load(dir_ / "lexicon");
    gazetteer_ = Gazetteer::load(dir_ / "actors.csv", dir_ / "aliases.csv");
  }

  // The relations of `sentence` as "SRC>TGT polarity cat intensity conf year"
  // (">" directed, "-" mutual), in output order.
  std::vector<std::string> tag(const std::string& sentence, const std::string& date = "2025-06") {
    corpus::Document doc;
    doc.meta.id = "t";
    doc.meta.date = date;
    doc.bytes = sentence;
    io::Diagnostics diagnostics;
    const corpus::ProcessedDocument processed = corpus::process_document(std::move(doc), {}, diagnostics);
    const ActorMatcher matcher(gazetteer_);
    const CueIndex cues(lexicon_);
    const ShallowTagger tagger(cues, gazetteer_);
    std::vector<std::string> out;
    for (const corpus::Unit& unit : processed.units) {
      const auto mentions = matcher.find(processed.normalized, unit.begin, unit.end);
      for (const Relation& r : tagger.tag(processed, unit, mentions)) {
        char buffer[160];
        std::snprintf(buffer, sizeof buffer, "%s%s%s %s %s %g %g %d", r.source.c_str(), r.directed ? ">" : "-",
                      r.target.c_str(), to_string(r.polarity), r.category.empty() ? "--" : r.category.c_str(),
                      r.intensity, r.confidence, r.year);
        out.push_back(buffer);
      }
    }
    return out;
  }

  TempDir dir_;
  Lexicon lexicon_;
  Gazetteer gazetteer_;
};

using V = std::vector<std::string>;

TEST_F(ShallowTaggerTest, DirectionFromAgentAndRecipient) {
  EXPECT_EQ(tag("Iran supplied drones to Russia."), V{"IRN>RUS cooperation 07 7 1 2025"});
  EXPECT_EQ(tag("Russia supplied Iran with fuel."), V{"RUS>IRN cooperation 07 7 1 2025"});
}

TEST_F(ShallowTaggerTest, OneAgentAndAListOfRecipientsGiveOneTieEach) {
  // Israel and the US are only co-mentioned: a neutral row.
  EXPECT_EQ(tag("Russia condemned Israel and the US."),
            (V{"RUS>ISR rivalry 11 -2 1 2025", "RUS>USA rivalry 11 -2 1 2025", "ISR-USA neutral -- 0 1 2025"}));
}

TEST_F(ShallowTaggerTest, ACooperativeActsAgainstGroupIsAnOpponent) {
  // Coding rules §5: "sided with X against Y" -> agent -> Y 11 (Goldstein -2),
  // as the parser path codes it; the opponent is no recipient of the siding.
  EXPECT_EQ(tag("Russia sided with Western powers against Iran."),
            V{"RUS>IRN rivalry 11 -2 1 2025"});
  EXPECT_EQ(tag("Russia sided with Western powers against the US."),
            V{"RUS>USA rivalry 11 -2 1 2025"});
  // Not for a hostile act ("sanctions against Iran" are done to Iran) ...
  EXPECT_EQ(tag("Russia imposed sanctions against Iran."), V{"RUS>IRN rivalry 16 -8 1 2025"});
  // ... and a negated siding opposes no one.
  EXPECT_EQ(tag("Russia did not side with Western powers against Iran."),
            V{"IRN-RUS neutral -- 0 1 2025"});
}

// A hostile act with a coordinated group as its only party makes no rivals:
// the group shares a role in it (coding rules §5; as the parser path reads
// "Russia and Iran condemned the strikes"). A cooperative one is a joint
// act, and "each other" names the group as both sides.
TEST_F(ShallowTaggerTest, AHostileActTheGroupSharesMakesNoRivals) {
  EXPECT_EQ(tag("Russia and Iran condemned the decision."), V{"IRN-RUS neutral -- 0 1 2025"});
  EXPECT_EQ(tag("Russia and Iran grew wary after the strikes."), V{"IRN-RUS neutral -- 0 1 2025"});
  EXPECT_EQ(tag("Russia and Iran condemned each other."), V{"IRN-RUS rivalry 11 -2 1 2025"});
  EXPECT_EQ(tag("Russia and Iran sold oil."), V{"IRN-RUS cooperation 06 6 1 2025"});
}

// The "from" right after an act cue names its agent (CAMEO codes the
// source of criticism or support as its actor); a "from" with no actor
// leaves the reading as it was.
TEST_F(ShallowTaggerTest, AFromAfterAnActCueNamesTheAgent) {
  EXPECT_EQ(tag("Iran suffered strikes from Israel."), V{"ISR>IRN rivalry 19 -10 1 2025"});
  EXPECT_EQ(tag("Iran relies on military aid from Russia."), V{"RUS>IRN cooperation 07 7 1 2025"});
  EXPECT_EQ(tag("Russia sent military aid from its stocks to Iran."),
            V{"RUS>IRN cooperation 07 7 1 2025"});
  // A hostile act's "from" with no incurring verb is a place ("strikes
  // from Iran on Israel"): the actor before the cue stays the agent.
  EXPECT_EQ(tag("Russia condemned strikes from Israel."), V{"RUS>ISR rivalry 11 -2 1 2025"});
}

TEST_F(ShallowTaggerTest, ATopicAfterACooperativeMutualCueIsNoParty) {
  // "on"/"over"/"about" name what the treaty is about (coding rules §5).
  EXPECT_EQ(tag("Russia and Iran signed a treaty on China."),
            (V{"IRN-RUS cooperation 05 8 1 2025", "CHN-IRN neutral -- 0 1 2025",
               "CHN-RUS neutral -- 0 1 2025"}));
  // A hostile mutual cue keeps its reach: "war on" names the other side.
  EXPECT_EQ(tag("Israel's war on Iran escalated."), V{"IRN-ISR rivalry 19 -10 1 2025"});
}

TEST_F(ShallowTaggerTest, JointActorsOfAMutualCueAreUndirected) {
  EXPECT_EQ(tag("Russia and Iran signed a treaty."), V{"IRN-RUS cooperation 05 8 1 2025"});
  EXPECT_EQ(tag("The partnership between Moscow and Tehran grew."), V{"IRN-RUS cooperation 05 3.5 1 2025"});
  EXPECT_EQ(tag("The Israel-Iran war escalated."), V{"IRN-ISR rivalry 19 -10 1 2025"});
}

// Explicitly joint action is cooperation between the co-actors only
// (coding rules section 3): the group before the marker, or the one after
// "by"; the act's target takes the act's own reading. (A mutual cue would
// also pair the target.)
TEST_F(ShallowTaggerTest, AJointMarkerRelatesOnlyTheCoActors) {
  EXPECT_EQ(tag("Russia and Iran jointly condemned Israel."),
            (V{"IRN>ISR rivalry 11 -2 1 2025", "IRN-RUS cooperation 05 3.5 1 2025",
               "RUS>ISR rivalry 11 -2 1 2025"}));
  EXPECT_EQ(tag("The joint statement by Russia and Iran was issued."),
            V{"IRN-RUS cooperation 05 3.5 1 2025"});
  EXPECT_EQ(tag("Russia held joint drills with Iran."), V{"IRN-RUS cooperation 05 3.5 1 2025"});
  // One actor before the marker and no partner: no one to share the act.
  EXPECT_EQ(tag("Iran held joint drills while Israel watched."), V{"IRN-ISR neutral -- 0 1 2025"});
}

// Coming closer is cooperation (coding rules section 5: "closer" -> 05),
// but a cue whose own preposition takes an act says where the parties are
// headed: the act reads for itself ("closer to war" is the war's).
TEST_F(ShallowTaggerTest, ClosenessRelatesTheGroupUnlessItHeadsForAnAct) {
  EXPECT_EQ(tag("Sanctions pushed Russia and Iran closer."),
            V{"IRN-RUS cooperation 05 3.5 1 2025"});
  EXPECT_EQ(tag("Israel and Iran came closer to war."), V{"IRN-ISR rivalry 19 -10 1 2025"});
  EXPECT_EQ(tag("Russia came closer to Iran."), V{"IRN-RUS cooperation 05 3.5 1 2025"});
}

TEST_F(ShallowTaggerTest, AControlCueYieldsToTheActRightAfterIt) {
  // "seeks to" (CAMEO 03 intent) is the destroying here, not an intent to cooperate.
  EXPECT_EQ(tag("Iran seeks to destroy Israel."), V{"IRN>ISR rivalry 19 -10 1 2025"});
  // Alone it is the stated intent.
  EXPECT_EQ(tag("Iran seeks to help Israel."), V{"IRN>ISR cooperation 03 4 1 2025"});
}

TEST_F(ShallowTaggerTest, ASingleParticipantPairsWithTheClauseSubject) {
  EXPECT_EQ(tag("Iran views Israel as its nemesis."), V{"IRN-ISR rivalry 11 -2 1 2025"});
}

TEST_F(ShallowTaggerTest, ARelationalNounWithAPartnerPairsWithTheSubject) {
  EXPECT_EQ(tag("Moscow kept a partnership with Tehran."), V{"IRN-RUS cooperation 05 3.5 1 2025"});
}

TEST_F(ShallowTaggerTest, AWarWithSomeoneElseRelatesNobody) {
  // "war" is next to Russia only; Ukraine is not an actor, no possessive, no
  // "with <actor>": the Russia-Iran pair is only co-mentioned.
  EXPECT_EQ(tag("Iran watched Russia's war in Ukraine."), V{"IRN-RUS neutral -- 0 1 2025"});
}

TEST_F(ShallowTaggerTest, MutualPartnersMustBeNextToTheNoun) {
  // China is more than six words before "partnership": not a partner.
  EXPECT_EQ(tag("China said little while it watched the long and slow growth of the partnership of Russia and Iran."),
            (V{"IRN-RUS cooperation 05 3.5 1 2025", "CHN-IRN neutral -- 0 1 2025", "CHN-RUS neutral -- 0 1 2025"}));
}

TEST_F(ShallowTaggerTest, AConjoinedClauseSharesTheSubject) {
  EXPECT_EQ(tag("Russia condemned Israel but did not send military aid to Iran."),
            (V{"RUS>ISR rivalry 11 -2 1 2025", "RUS>IRN withheld 07 0 1 2025", "IRN-ISR neutral -- 0 1 2025"}));
}

TEST_F(ShallowTaggerTest, ActorsInAListAllTakePart) {
  EXPECT_EQ(tag("Russia, Iran and China signed a treaty."),
            (V{"CHN-IRN cooperation 05 8 1 2025", "CHN-RUS cooperation 05 8 1 2025", "IRN-RUS cooperation 05 8 1 2025"}));
}

TEST_F(ShallowTaggerTest, AByPhraseIsTheAgentAndWhatFollowsTheRecipient) {
  EXPECT_EQ(tag("Israel fought on, helped by strikes conducted by the US on Iran."),
            (V{"USA>IRN rivalry 19 -10 1 2025", "IRN-ISR neutral -- 0 1 2025", "ISR-USA neutral -- 0 1 2025"}));
}

TEST_F(ShallowTaggerTest, ThePassiveSubjectIsTheRecipient) {
  // Iran and Israel are nearer the verb, but the proposal was Moscow's.
  EXPECT_EQ(tag("Moscow's proposal to talk to Iran and Israel was rejected by Trump."),
            (V{"USA>RUS rivalry 12 -4 1 2025", "IRN-ISR neutral -- 0 1 2025", "IRN-RUS neutral -- 0 1 2025",
               "IRN-USA neutral -- 0 1 2025", "ISR-RUS neutral -- 0 1 2025", "ISR-USA neutral -- 0 1 2025"}));
}

TEST_F(ShallowTaggerTest, TheSharedSubjectIsTheAgentOfThePreviousAction) {
  // A fronted phrase ("After Israeli and US attacks on Iran") is not the
  // subject: the agent of "condemned" is.
  const V got = tag("After Israeli and US attacks on Iran, Russia condemned them but did not send aid to Iran.");
  EXPECT_NE(std::find(got.begin(), got.end(), "RUS>IRN withheld 07 0 1 2025"), got.end()) << ::testing::PrintToString(got);
  EXPECT_EQ(std::count_if(got.begin(), got.end(), [](const std::string& s) { return s.rfind("ISR-USA withheld", 0) == 0; }), 0);
}

TEST_F(ShallowTaggerTest, AWarWithAListIsNotAWarWithinTheList) {
  EXPECT_EQ(tag("Iran fought its war with Israel and the US."),
            (V{"IRN-ISR rivalry 19 -10 1 2025", "IRN-USA rivalry 19 -10 1 2025", "ISR-USA neutral -- 0 1 2025"}));
}

// Regressions from the review of the tagger (sentences about other states).
TEST_F(ShallowTaggerTest, ACommaAndEndsTheGroup) {
  EXPECT_EQ(tag("Russia supplied drones to Iran, and Israel condemned the deal."),
            (V{"RUS>IRN cooperation 07 7 1 2025", "IRN-ISR neutral -- 0 1 2025", "ISR-RUS neutral -- 0 1 2025"}));
  EXPECT_EQ(tag("If Russia attacks Iran, Israel will respond."),
            (V{"RUS>IRN rivalry 19 -10 1 2025", "IRN-ISR neutral -- 0 1 2025", "ISR-RUS neutral -- 0 1 2025"}));
}

TEST_F(ShallowTaggerTest, AFrameNounGivesWayToTheRealCue) {
  EXPECT_EQ(tag("Relations between Russia and Israel have soured."), V{"ISR-RUS rivalry 11 -2 1 2025"});
  EXPECT_EQ(tag("Relations between Russia and Israel are old."), V{"ISR-RUS cooperation 05 3.5 1 2025"});
}

TEST_F(ShallowTaggerTest, AByPhraseFarFromTheCueIsNotTheAgent) {
  EXPECT_EQ(tag("Russia condemned the decision by Israel."), V{"RUS>ISR rivalry 11 -2 1 2025"});
}

TEST_F(ShallowTaggerTest, OnlyDateLikeNumbersAreYears) {
  EXPECT_EQ(tag("Russia sold 1500 tanks to Iran."), V{"RUS>IRN cooperation 06 6 1 2025"});
  EXPECT_EQ(tag("Russia sold tanks to Iran in 1995."), V{"RUS>IRN cooperation 06 6 1 1995"});
}

TEST_F(ShallowTaggerTest, NegationStopsAtCommasAndRelativeClauses) {
  EXPECT_EQ(tag("Israel, which has no oil, supplied arms to Iran."), V{"ISR>IRN cooperation 07 7 1 2025"});
  EXPECT_EQ(tag("There is no doubt that Russia supplied arms to Iran."), V{"RUS>IRN cooperation 07 7 1 2025"});
}

TEST_F(ShallowTaggerTest, AMultiWordModifierIsNotACue) {
  EXPECT_EQ(tag("Russia stopped short of recognising Israel."), V{"RUS>ISR withheld 05 0 1 2025"});
}

TEST_F(ShallowTaggerTest, PassiveVoiceMakesTheByPhraseTheAgent) {
  EXPECT_EQ(tag("The offer from Moscow was rejected by Trump."), V{"USA>RUS rivalry 12 -4 1 2025"});
}

TEST_F(ShallowTaggerTest, NegationTurnsCooperationIntoWithheld) {
  EXPECT_EQ(tag("Russia did not send military aid to Iran."), V{"RUS>IRN withheld 07 0 1 2025"});
  EXPECT_EQ(tag("Russia didn't send weapons to Iran."), V{"RUS>IRN withheld 07 0 1 2025"});
  EXPECT_EQ(tag("Russia refused to send jets to Iran."), V{"RUS>IRN withheld 07 0 1 2025"});
  EXPECT_EQ(tag("Russia and Iran signed no treaty."), V{"IRN-RUS cooperation 05 8 1 2025"})
      << "the negation is after 'signed', the nearest cue; documented limit";
}

TEST_F(ShallowTaggerTest, NegatedConflictIsNeutral) {
  EXPECT_EQ(tag("China has not condemned Russia."), V{"CHN>RUS neutral 11 0 1 2025"});
}

TEST_F(ShallowTaggerTest, NotOnlyDoesNotNegate) {
  EXPECT_EQ(tag("Iran not only supplied drones to Russia."), V{"IRN>RUS cooperation 07 7 1 2025"});
}

TEST_F(ShallowTaggerTest, ModalityLowersConfidence) {
  EXPECT_EQ(tag("Iran could supplied drones to Russia."), V{"IRN>RUS cooperation 07 7 0.5 2025"});
  EXPECT_EQ(tag("Iran reportedly supplied missiles to Russia."), V{"IRN>RUS cooperation 07 7 0.5 2025"});
}

TEST_F(ShallowTaggerTest, YearInTheSentenceElseTheDocumentYear) {
  EXPECT_EQ(tag("In 1995 Russia supplied Iran with a reactor."), V{"RUS>IRN cooperation 07 7 1 1995"});
  EXPECT_EQ(tag("Russia supplied Iran with a reactor.", "2024-03"), V{"RUS>IRN cooperation 07 7 1 2024"});
  // The year nearest the cue wins.
  EXPECT_EQ(tag("After 1991, and again in 2022, Russia supplied Iran with arms."),
            V{"RUS>IRN cooperation 07 7 1 2022"});
  // "20-year" is not a year.
  EXPECT_EQ(tag("Russia and Iran signed a 20-year treaty."), V{"IRN-RUS cooperation 05 8 1 2025"});
}

TEST_F(ShallowTaggerTest, ClausesKeepRelationsApart) {
  // The pairs across the clause boundary ("but", ";") are co-mentions only.
  const V expected = {"IRN-RUS cooperation 05 8 1 2025", "ISR>USA rivalry 11 -2 1 2025",
                      "IRN-ISR neutral -- 0 1 2025",     "IRN-USA neutral -- 0 1 2025",
                      "ISR-RUS neutral -- 0 1 2025",     "RUS-USA neutral -- 0 1 2025"};
  EXPECT_EQ(tag("Russia signed a treaty with Iran, but Israel condemned the US."), expected);
  EXPECT_EQ(tag("Russia signed a treaty with Iran; Israel condemned the US."), expected);
}

TEST_F(ShallowTaggerTest, CoMentionWithoutCueIsNeutral) {
  EXPECT_EQ(tag("Russia and Iran are neighbours of a kind."), V{"IRN-RUS neutral -- 0 1 2025"});
  EXPECT_EQ(tag("Russia is large."), V{});  // one actor: nothing
}

TEST_F(ShallowTaggerTest, NeutralCategoryCueIsNeutral) {
  EXPECT_EQ(tag("Russia said Iran was right."), V{"RUS>IRN neutral 01 0 1 2025"});
}

TEST_F(ShallowTaggerTest, PrefixCuesMatchWordEndings) {
  EXPECT_EQ(tag("The US sanctioned Iran."), V{"USA>IRN rivalry 16 -8 1 2025"});
  EXPECT_EQ(tag("The US sanctions on Iran hurt."), V{"USA>IRN rivalry 16 -8 1 2025"});
}

TEST_F(ShallowTaggerTest, NearestCueWinsForAPair) {
  // Two cues for the same pair in one clause: the one nearer the actors.
  // "condemned" (distance 1 + 1 tokens) beats "war" (paired with the
  // clause subject, distance 3 + 5).
  EXPECT_EQ(tag("Russia condemned Israel after the war."), V{"RUS>ISR rivalry 11 -2 1 2025"});
}

TEST_F(ShallowTaggerTest, EvidenceIsTheSentence) {
  corpus::Document doc;
  doc.meta.id = "t";
  doc.meta.position = 4;
  doc.bytes = "First sentence. Iran supplied drones to Russia.";
  io::Diagnostics diagnostics;
  const corpus::ProcessedDocument processed = corpus::process_document(std::move(doc), {}, diagnostics);
  const ActorMatcher matcher(gazetteer_);
  const CueIndex cues(lexicon_);
    const ShallowTagger tagger(cues, gazetteer_);
  const corpus::Unit& unit = processed.units.at(1);
  const auto relations = tagger.tag(processed, unit, matcher.find(processed.normalized, unit.begin, unit.end));
  ASSERT_EQ(relations.size(), 1u);
  EXPECT_EQ(relations[0].doc_seq, 4u);
  EXPECT_EQ(relations[0].unit, 1u);
  EXPECT_EQ(relations[0].cue, "supplied");
  EXPECT_EQ(relations[0].text, "Iran supplied drones to Russia.");
  EXPECT_EQ(relations[0].start_byte, 16u);
  EXPECT_EQ(relations[0].end_byte, 47u);
  EXPECT_EQ(relations[0].year, 0);  // no date anywhere
}

}  // namespace
}  // namespace actornet::tagging
