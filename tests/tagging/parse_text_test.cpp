// blank_asides (src/tagging/parse_text.hpp): which comma asides a second
// parse of a unit goes without. The expected strings are written out by
// hand from the rule (at most kAsideWords words between two commas, no
// actor, cue, negation or modality in them).
#include "tagging/parse_text.hpp"

#include <gtest/gtest.h>

#include <string>

#include "corpus/processed_document.hpp"
#include "extract/gazetteer.hpp"
#include "extract/lexicon.hpp"
#include "io/diagnostics.hpp"
#include "support/temp_dir.hpp"

namespace actornet::tagging {
namespace {

using actornet::testing::TempDir;

// One sentence as the tagger prepares it for the parser.
struct Prepared {
  corpus::ProcessedDocument doc;
  std::vector<Token> tokens;
  ParseText text;
};

Prepared prepare(const std::string& sentence, const extract::Gazetteer* gazetteer) {
  Prepared out;
  corpus::Document doc;
  doc.meta.id = "t";
  doc.bytes = sentence;
  io::Diagnostics diagnostics;
  out.doc = corpus::process_document(std::move(doc), {}, diagnostics);
  const corpus::Unit& unit = out.doc.units.front();
  std::vector<extract::Mention> mentions;
  if (gazetteer != nullptr)
    mentions = extract::ActorMatcher(*gazetteer).find(out.doc.normalized, unit.begin, unit.end);
  out.tokens = tokenize(out.doc, unit.begin, unit.end, mentions);
  out.text = parse_text(out.doc, unit.begin, unit.end, mentions);
  return out;
}

class BlankAsidesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    dir_->write("actors.csv",
                "id,name,type\nCHN,China,state\nJPN,Japan,state\nUSA,United States,state\n");
    dir_->write("aliases.csv",
                "actor,alias,case\nCHN,China,insensitive\nJPN,Japan,insensitive\n"
                "USA,Washington,insensitive\nUSA,United States,insensitive\n");
    gazetteer_ = new extract::Gazetteer(
        extract::Gazetteer::load(*dir_ / "actors.csv", *dir_ / "aliases.csv"));
    lexicon_ = new extract::Lexicon(
        extract::Lexicon::load(std::string(ACTORNET_SOURCE_DIR) + "/data/lexicon"));
    cues_ = new CueIndex(*lexicon_);
  }

  // The parser's text for `sentence` after blank_asides, runs of spaces
  // folded to one; `blanked` says whether anything was blanked.
  static std::string after(const std::string& sentence, bool* blanked) {
    Prepared u = prepare(sentence, gazetteer_);
    cues_->mark_modifiers(u.tokens);
    const std::size_t size = u.text.text.size();
    *blanked = blank_asides(u.text, u.tokens, cues_->find(u.tokens), *cues_);
    EXPECT_EQ(u.text.text.size(), size);  // blanked, not dropped: offsets still map
    EXPECT_EQ(u.text.start.size(), size);
    std::string folded;
    for (char c : u.text.text)
      if (c != ' ' || folded.empty() || folded.back() != ' ') folded.push_back(c);
    return folded;
  }

  static TempDir* dir_;
  static extract::Gazetteer* gazetteer_;
  static extract::Lexicon* lexicon_;
  static CueIndex* cues_;
};

TempDir* BlankAsidesTest::dir_ = nullptr;
extract::Gazetteer* BlankAsidesTest::gazetteer_ = nullptr;
extract::Lexicon* BlankAsidesTest::lexicon_ = nullptr;
CueIndex* BlankAsidesTest::cues_ = nullptr;

TEST_F(BlankAsidesTest, BlanksPlainAsidesWithBothCommas) {
  bool blanked = false;
  EXPECT_EQ(after("China blamed Japan and, by implication, Washington for the crisis.", &blanked),
            "China blamed Japan and Washington for the crisis.");
  EXPECT_TRUE(blanked);
  EXPECT_EQ(after("Japan, for its part, has refused to send troops, as it said, to the region.",
                  &blanked),
            "Japan has refused to send troops to the region.");
  EXPECT_TRUE(blanked);
}

TEST_F(BlankAsidesTest, KeepsAsidesThatSayAnythingAboutTheActors) {
  bool blanked = true;
  // An actor, a cue, a negation, a modality, more than kAsideWords words,
  // and a last phrase that no comma closes all stay.
  const char* kept[] = {"China, like Japan, blamed Washington for the crisis.",
                        "China, after condemning the strikes, blamed Japan.",
                        "China, though never openly, blamed Japan.",
                        "China, perhaps by mistake, blamed Japan.",
                        "China, in a statement issued late on Sunday night, blamed Japan.",
                        "China blamed Japan for the crisis, by implication.",
                        // Not a digit group's comma, nor across a semicolon.
                        "China sent 1,000 troops, 2,000 tanks to Japan.",
                        "China blamed Japan; by implication, Washington was blamed too."};
  for (const char* sentence : kept) {
    EXPECT_EQ(after(sentence, &blanked), sentence);
    EXPECT_FALSE(blanked) << sentence;
  }
}

// The parser's text of `sentence` after respell_coordination.
std::string respelled(const std::string& sentence, bool* changed) {
  Prepared u = prepare(sentence, nullptr);
  *changed = respell_coordination(u.text, u.tokens);
  return u.text.text;
}

TEST(RespellCoordination, RespellsNeitherNorAfterAnAuxiliaryAndWouldAfterAConjunction) {
  bool changed = false;
  EXPECT_EQ(respelled("Iran has neither confirmed nor denied it.", &changed),
            "Iran has not     confirmed or  denied it.");
  EXPECT_TRUE(changed);
  EXPECT_EQ(respelled("Iran rejected the plan and would not sign.", &changed),
            "Iran rejected the plan and will  not sign.");
  EXPECT_TRUE(changed);
  // "neither" before a subject, "nor" in a later clause, and "would" with
  // no conjunction before it stay.
  for (const char* kept :
       {"Neither Russia nor China sent aid.", "Iran has neither the means; nor the will.",
        "Iran said it would not sign."}) {
    EXPECT_EQ(respelled(kept, &changed), kept);
    EXPECT_FALSE(changed) << kept;
  }
}

}  // namespace
}  // namespace actornet::tagging
