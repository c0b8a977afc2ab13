// sentence_case (src/tagging/headings.hpp): title-case headings are lowered
// except the first word, actor names and acronyms; offsets are untouched.
#include "tagging/headings.hpp"

#include <gtest/gtest.h>

#include <numeric>

namespace actornet::tagging {
namespace {

ParseText plain(const std::string& s) {
  ParseText t;
  t.text = s;
  t.start.resize(s.size());
  std::iota(t.start.begin(), t.start.end(), 0);
  t.end = t.start;
  return t;
}

extract::Mention mention(std::size_t begin, std::size_t end) {
  extract::Mention m;
  m.begin = begin;
  m.end = end;
  return m;
}

TEST(SentenceCase, LowersTitleCaseWordsButNotNamesOrAcronyms) {
  ParseText t = plain("Hungary Blocks EU Aid For Ukraine");
  // "Hungary" [0,7), "Ukraine" [26,33) are actor mentions.
  sentence_case(t, {mention(0, 7), mention(26, 33)});
  EXPECT_EQ(t.text, "Hungary blocks EU aid for Ukraine");
}

TEST(SentenceCase, LeavesSentencesThatAreNotTitleCase) {
  ParseText t = plain("Hungary blocked EU aid for Ukraine on Monday");
  sentence_case(t, {mention(0, 7), mention(27, 34)});
  EXPECT_EQ(t.text, "Hungary blocked EU aid for Ukraine on Monday");
  // Two words are too few to tell a heading from a name.
  ParseText short_heading = plain("Russia Condemns");
  sentence_case(short_heading, {mention(0, 6)});
  EXPECT_EQ(short_heading.text, "Russia Condemns");
}

TEST(SentenceCase, TitleCaseNeedsThreeWordsMoreThanHalfCapitalised) {
  EXPECT_TRUE(is_title_case(3, 2));
  EXPECT_FALSE(is_title_case(4, 2));  // exactly half is not more than half
  EXPECT_FALSE(is_title_case(2, 2));  // too short to tell from a name
  EXPECT_TRUE(is_title_case(10, 6));
}

}  // namespace
}  // namespace actornet::tagging
