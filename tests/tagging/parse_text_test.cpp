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
    corpus::Document doc;
    doc.meta.id = "t";
    doc.bytes = sentence;
    io::Diagnostics diagnostics;
    const corpus::ProcessedDocument p = corpus::process_document(std::move(doc), {}, diagnostics);
    const corpus::Unit& unit = p.units.front();
    const auto mentions =
        extract::ActorMatcher(*gazetteer_).find(p.normalized, unit.begin, unit.end);
    std::vector<Token> tokens = tokenize(p, unit.begin, unit.end, mentions);
    cues_->mark_modifiers(tokens);
    ParseText text = parse_text(p, unit.begin, unit.end, mentions);
    const std::size_t size = text.text.size();
    *blanked = blank_asides(text, tokens, cues_->find(tokens), *cues_);
    EXPECT_EQ(text.text.size(), size);  // blanked, not dropped: offsets still map
    EXPECT_EQ(text.start.size(), size);
    std::string folded;
    for (char c : text.text)
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
                        "China blamed Japan for the crisis, by implication."};
  for (const char* sentence : kept) {
    EXPECT_EQ(after(sentence, &blanked), sentence);
    EXPECT_FALSE(blanked) << sentence;
  }
}

}  // namespace
}  // namespace actornet::tagging
