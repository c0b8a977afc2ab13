// LinkParser (src/tagging/link_parser.hpp) on sentences whose Link Grammar
// structure is known from the English dictionary's documentation: a
// subject is linked to its verb by S, a direct object by O (Sleator &
// Temperley 1993).
#include "tagging/link_parser.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace actornet::tagging {
namespace {

bool has_link(const Parse& p, const std::string& left, const std::string& type,
              const std::string& right) {
  for (const ParsedLink& l : p.links) {
    if (p.words[l.left].text == left && p.words[l.right].text == right &&
        l.label.rfind(type, 0) == 0)
      return true;
  }
  return false;
}

// Same links: labels and both word ends, in order.
bool same_links(const Parse& a, const Parse& b) {
  if (a.links.size() != b.links.size()) return false;
  for (std::size_t k = 0; k < a.links.size(); ++k) {
    const ParsedLink& x = a.links[k];
    const ParsedLink& y = b.links[k];
    if (x.label != y.label || x.left != y.left || x.right != y.right) return false;
  }
  return true;
}

TEST(LinkParser, LinksSubjectAndObjectOfASimpleClause) {
  const LinkParser parser;
  const std::optional<Parse> p = parser.parse("Russia condemned the strikes.");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->words.front().text, "LEFT-WALL");
  EXPECT_TRUE(has_link(*p, "Russia", "S", "condemned"));
  EXPECT_TRUE(has_link(*p, "condemned", "O", "strikes"));
  // Word offsets point back into the sentence.
  const auto strikes = std::find_if(p->words.begin(), p->words.end(),
                                    [](const ParsedWord& w) { return w.text == "strikes"; });
  ASSERT_NE(strikes, p->words.end());
  EXPECT_EQ(strikes->begin, 21U);  // "Russia condemned the " is 21 bytes
  EXPECT_EQ(strikes->end, 28U);
}

TEST(LinkParser, ParseAllGivesTheBestLinkageFirstAndAtMostTheCount) {
  const LinkParser parser;
  const std::string s = "Israeli and US strikes on Iran were condemned by Russia and China.";
  const std::vector<Parse> all = parser.parse_all(s, 3);
  ASSERT_FALSE(all.empty());
  EXPECT_LE(all.size(), 3U);
  const std::optional<Parse> first = parser.parse(s);
  ASSERT_TRUE(first.has_value());
  EXPECT_TRUE(same_links(all.front(), *first));
  // Repeatable: the same sentence gives the same linkages, link for link.
  const std::vector<Parse> again = parser.parse_all(s, 3);
  ASSERT_EQ(again.size(), all.size());
  for (std::size_t i = 0; i < all.size(); ++i) EXPECT_TRUE(same_links(again[i], all[i]));
}

TEST(LinkParser, ParseAllGivesDistinctReadingsOfAnAmbiguousAttachment) {
  // The classic prepositional-phrase ambiguity: "with the drones" attaches
  // to the verb (MV link) or to the noun (M link); Link Grammar returns
  // both readings as different linkages.
  const LinkParser parser;
  const std::vector<Parse> all = parser.parse_all("Russia attacked the convoy with the drones.", 8);
  ASSERT_GE(all.size(), 2U);
  EXPECT_FALSE(same_links(all[0], all[1]));
  bool verb_reading = false;
  bool noun_reading = false;
  for (const Parse& p : all) {
    verb_reading = verb_reading || has_link(p, "attacked", "MV", "with");
    noun_reading = noun_reading || has_link(p, "convoy", "M", "with");
  }
  EXPECT_TRUE(verb_reading);
  EXPECT_TRUE(noun_reading);
}

TEST(LinkParser, GivesUpOnSentencesPastTheWordCap) {
  ParserOptions options;
  options.max_words = 4;
  const LinkParser parser(options);
  EXPECT_FALSE(parser.parse("Russia and Iran signed a treaty in January.").has_value());
  EXPECT_TRUE(parser.parse_all("Russia and Iran signed a treaty in January.", 5).empty());
  EXPECT_TRUE(parser.parse("Russia signed it.").has_value());
}

TEST(LinkParser, CountsTheSentencesTheTimeCapStops) {
  // A zero cap stops every sentence before it is parsed (link_parser.hpp),
  // so the count does not depend on the machine.
  ParserOptions options;
  options.max_seconds = 0;
  const LinkParser capped(options);
  EXPECT_FALSE(capped.parse("Russia signed it.").has_value());
  EXPECT_TRUE(capped.parse_all("Russia and Iran signed a treaty.", 3).empty());
  EXPECT_EQ(capped.sentences_timed_out(), 2U);
  bool stopped = false;
  EXPECT_TRUE(capped.parse_all("Russia signed it.", 1, &stopped).empty());
  EXPECT_TRUE(stopped);
  const LinkParser parser;
  EXPECT_TRUE(parser.parse("Russia signed it.").has_value());
  EXPECT_FALSE(parser.parse_all("Russia signed it.", 1, &stopped).empty());
  EXPECT_FALSE(stopped);
  EXPECT_EQ(parser.sentences_timed_out(), 0U);
}

}  // namespace
}  // namespace actornet::tagging
