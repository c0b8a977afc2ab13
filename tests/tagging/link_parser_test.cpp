// LinkParser (src/tagging/link_parser.hpp) on sentences whose Link Grammar
// structure is known from the English dictionary's documentation: a
// subject is linked to its verb by S, a direct object by O (Sleator &
// Temperley 1993).
#include "tagging/link_parser.hpp"

#include <gtest/gtest.h>

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

TEST(LinkParser, LinksSubjectAndObjectOfASimpleClause) {
  const LinkParser parser;
  const std::optional<Parse> p = parser.parse("Russia condemned the strikes.");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->words.front().text, "LEFT-WALL");
  EXPECT_TRUE(has_link(*p, "Russia", "S", "condemned"));
  EXPECT_TRUE(has_link(*p, "condemned", "O", "strikes"));
  // Word offsets point back into the sentence.
  for (const ParsedWord& w : p->words) {
    if (w.text == "strikes") {
      EXPECT_EQ(w.begin, 21U);  // "Russia condemned the " is 21 bytes
      EXPECT_EQ(w.end, 28U);
    }
  }
}

TEST(LinkParser, ParseAllGivesTheBestLinkageFirstAndAtMostTheCount) {
  const LinkParser parser;
  const std::string s = "Israeli and US strikes on Iran were condemned by Russia and China.";
  const std::vector<Parse> all = parser.parse_all(s, 3);
  ASSERT_FALSE(all.empty());
  EXPECT_LE(all.size(), 3U);
  const std::optional<Parse> first = parser.parse(s);
  ASSERT_TRUE(first.has_value());
  ASSERT_EQ(all.front().links.size(), first->links.size());
  for (std::size_t k = 0; k < first->links.size(); ++k)
    EXPECT_EQ(all.front().links[k].label, first->links[k].label);
  // Repeatable: the same sentence gives the same linkages.
  const std::vector<Parse> again = parser.parse_all(s, 3);
  ASSERT_EQ(again.size(), all.size());
  for (std::size_t i = 0; i < all.size(); ++i)
    EXPECT_EQ(again[i].links.size(), all[i].links.size());
}

TEST(LinkParser, GivesUpOnSentencesPastTheWordCap) {
  ParserOptions options;
  options.max_words = 4;
  const LinkParser parser(options);
  EXPECT_FALSE(parser.parse("Russia and Iran signed a treaty in January.").has_value());
  EXPECT_TRUE(parser.parse_all("Russia and Iran signed a treaty in January.", 5).empty());
  EXPECT_TRUE(parser.parse("Russia signed it.").has_value());
}

}  // namespace
}  // namespace actornet::tagging
