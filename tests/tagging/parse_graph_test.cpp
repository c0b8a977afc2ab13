// ParseGraph (src/tagging/parse_graph.hpp) and the role helpers read off it
// (role_salience, subject_actors in clause_roles.hpp), on real Link Grammar
// linkages of sentences whose structure the English dictionary documents:
// a subject links to its verb by S, a direct object by O, a preposition's
// object by J, a bare infinitive after an object by I*j (Sleator &
// Temperley 1993; the dictionary's 4.0.dict).
#include "tagging/parse_graph.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <optional>

#include "corpus/processed_document.hpp"
#include "extract/actor_matcher.hpp"
#include "extract/gazetteer.hpp"
#include "io/diagnostics.hpp"
#include "support/temp_dir.hpp"
#include "tagging/clause_roles.hpp"
#include "tagging/link_parser.hpp"

namespace actornet::tagging {
namespace {

using actornet::testing::TempDir;

// One parsed sentence.
struct Parsed {
  corpus::ProcessedDocument doc;
  std::vector<extract::Mention> mentions;
  std::vector<Token> tokens;
  std::vector<CueHit> hits;
  ParseText text;
  std::unique_ptr<ParseGraph> graph;

  // The parse word naming `actor`, or 0.
  std::size_t word_of(int actor) const {
    for (std::size_t w = 1; w < graph->size(); ++w)
      if (graph->actors(w).count(actor) > 0) return w;
    return 0;
  }
  std::size_t word_of(const std::string& text) const {
    for (std::size_t w = 1; w < graph->size(); ++w)
      if (graph->word(w) == text) return w;
    return 0;
  }
};

class ParseGraphTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    dir_->write(
        "actors.csv",
        "id,name,type\nRUS,Russia,state\nIRN,Iran,state\nISR,Israel,state\nCHN,China,state\n");
    dir_->write(
        "aliases.csv",
        "actor,alias,case\nRUS,Russia,insensitive\nIRN,Iran,insensitive\nISR,Israel,insensitive\n"
        "CHN,China,insensitive\n");
    gazetteer_ = new extract::Gazetteer(
        extract::Gazetteer::load(*dir_ / "actors.csv", *dir_ / "aliases.csv"));
    parser_ = new LinkParser();
  }

  static std::unique_ptr<Parsed> parse(const std::string& sentence) {
    auto p = std::make_unique<Parsed>();
    corpus::Document doc;
    doc.meta.id = "t";
    doc.bytes = sentence;
    io::Diagnostics diagnostics;
    p->doc = corpus::process_document(std::move(doc), {}, diagnostics);
    const corpus::Unit& unit = p->doc.units.front();
    p->mentions = extract::ActorMatcher(*gazetteer_).find(p->doc.normalized, unit.begin, unit.end);
    p->tokens = tokenize(p->doc, unit.begin, unit.end, p->mentions);
    p->text = parse_text(p->doc, unit.begin, unit.end, p->mentions);
    std::optional<Parse> linkage = parser_->parse(p->text.text);
    if (!linkage) return nullptr;
    p->graph = std::make_unique<ParseGraph>(std::move(*linkage), p->text, p->tokens, p->hits);
    return p;
  }

  // The gazetteer's index of actor `id`.
  static int actor(const char* id) { return gazetteer_->find_actor(id); }

  static TempDir* dir_;
  static extract::Gazetteer* gazetteer_;
  static LinkParser* parser_;
};

TempDir* ParseGraphTest::dir_ = nullptr;
extract::Gazetteer* ParseGraphTest::gazetteer_ = nullptr;
LinkParser* ParseGraphTest::parser_ = nullptr;

TEST_F(ParseGraphTest, LinksAreReadFromBothEndsAndSubtypesMatchWithWildcards) {
  const auto p = parse("Russia condemned Israel.");
  ASSERT_NE(p, nullptr);
  const std::size_t russia = p->word_of(actor("RUS"));
  const std::size_t condemned = p->word_of("condemned");
  const std::size_t israel = p->word_of(actor("ISR"));
  ASSERT_NE(russia, 0U);
  ASSERT_NE(condemned, 0U);
  ASSERT_NE(israel, 0U);
  EXPECT_EQ(p->graph->right(russia, "S"), std::vector<std::size_t>{condemned});
  EXPECT_EQ(p->graph->left(condemned, "S"), std::vector<std::size_t>{russia});
  EXPECT_EQ(p->graph->left(israel, "O"), std::vector<std::size_t>{condemned});
  EXPECT_TRUE(p->graph->left(condemned, "O").empty());  // O leaves to the right only

  // "seen them become": an I link whose second subscript is j (I*j), with
  // whatever first subscript the linkage gives it.
  const auto q = parse("The war has seen them become close partners.");
  ASSERT_NE(q, nullptr);
  const std::size_t seen = q->word_of("seen"), become = q->word_of("become");
  ASSERT_NE(become, 0U);
  EXPECT_EQ(q->graph->left(become, "I", "*j"), std::vector<std::size_t>{seen});
  EXPECT_TRUE(q->graph->left(become, "I", "*x").empty());
  EXPECT_TRUE(q->graph->left(become, "I", "*j*").empty());  // longer than the subscript
}

TEST_F(ParseGraphTest, RoleSalienceRanksSubjectObjectOblique) {
  // Lappin & Leass (1994): subject 80, direct object 50, oblique 40.
  const auto p = parse("Russia condemned Israel.");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(role_salience(*p->graph, p->word_of(actor("RUS"))), 80);
  EXPECT_EQ(role_salience(*p->graph, p->word_of(actor("ISR"))), 50);
  // A possessor takes its noun's role: Russia is the subject's possessor.
  const auto q = parse("Russia's trade with Iran grew.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(role_salience(*q->graph, q->word_of(actor("RUS"))), 80);
  EXPECT_EQ(role_salience(*q->graph, q->word_of(actor("IRN"))), 40);
  EXPECT_EQ(role_salience(*q->graph, q->word_of("grew")), 0);
}

TEST_F(ParseGraphTest, SubjectActorsGroupCoordinatedNames) {
  const auto p = parse("Russia and Iran signed a deal with China.");
  ASSERT_NE(p, nullptr);
  const auto groups = subject_actors(*p->graph);
  ASSERT_EQ(groups.size(), 1U);
  EXPECT_EQ(groups[0].second,
            (std::set<int>{actor("RUS"), actor("IRN")}));  // not China, the oblique
  const auto q = parse("China condemned Israel.");
  ASSERT_NE(q, nullptr);
  const auto single = subject_actors(*q->graph);
  ASSERT_EQ(single.size(), 1U);
  EXPECT_EQ(single[0].second, (std::set<int>{actor("CHN")}));
}

TEST_F(ParseGraphTest, ParseTextBlanksEmphasisAndNoteMarksKeepingOffsets) {
  // Scraped articles carry Markdown emphasis (004: "**Russia built ...**") and
  // note references (002: "Israel[3]"), which the English dictionary does not
  // know. They become spaces byte for byte, so offsets still map one to one.
  const auto p = parse("**Russia** condemned Israel[3] and its strikes.");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text.text, "Russia   condemned Israel    and its strikes.");
  ASSERT_EQ(p->text.start.size(), p->text.text.size());
  // (The unit itself starts at "Russia": the segmenter leaves the leading marks out.)
  for (std::size_t k = 0; k < p->text.start.size(); ++k) EXPECT_EQ(p->text.start[k], k + 2);
  // The blanked sentence parses as a plain one: Russia is the subject of condemned.
  EXPECT_EQ(p->graph->right(p->word_of(actor("RUS")), "S"),
            std::vector<std::size_t>{p->word_of("condemned")});
}

TEST_F(ParseGraphTest, ParseTextSpellsOutNegativeContractions) {
  // Link Grammar 5.12 finds no complete linkage for "but didn't send" (VP
  // coordination with a contracted negation), and does for "but did not".
  const auto p = parse("Russia condemned the strikes but didn't send troops to Iran.");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text.text, "Russia condemned the strikes but did not send troops to Iran.");
  // Every byte of "did not" maps back to the contraction's bytes.
  const std::size_t at = p->text.text.find("did not");
  const std::size_t src = std::string("Russia condemned the strikes but ").size();
  for (std::size_t k = at; k < at + 7; ++k) {
    EXPECT_EQ(p->text.start[k], src);
    EXPECT_EQ(p->text.end[k], src + 6);
  }
  EXPECT_NE(p->word_of("not"), 0U);
  const auto q = parse("Russia won't arm Iran, and Iran can't pay.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text.text, "Russia will not arm Iran, and Iran can not pay.");
}

TEST_F(ParseGraphTest, ParseTextBlanksPairedSingleQuotesOnly) {
  // "for 'violating the law'" gets no complete linkage; a possessive "s'"
  // or an apostrophe inside a word stays.
  const auto p =
      parse("Russia condemned Israel for 'violating the law' and the countries' claims.");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text.text,
            "Russia condemned Israel for  violating the law  and the countries' claims.");
  EXPECT_EQ(p->text.start.size(), p->text.text.size());
  const auto q = parse("Iran's ally condemned the allies' strikes.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text.text, "Iran's ally condemned the allies' strikes.");
}

}  // namespace
}  // namespace actornet::tagging
