// Tests for corpus/block_segmenter.hpp: the line rules of the header comment
// (hard-wrap joining, headings, table rows and rule lines, list items, blank
// lines) and the line numbers and offsets of each block.
#include "corpus/block_segmenter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace actornet::corpus {
namespace {

struct Seen {
  std::string kind;
  std::string text;
  std::size_t first_line;
  std::size_t last_line;
  bool operator==(const Seen& o) const {
    return kind == o.kind && text == o.text && first_line == o.first_line && last_line == o.last_line;
  }
};

std::ostream& operator<<(std::ostream& os, const Seen& s) {
  return os << s.kind << " " << s.first_line << "-" << s.last_line << " [" << s.text << "]";
}

std::vector<Seen> blocks_of(const std::string& text) {
  std::vector<Seen> out;
  for (const Block& b : segment_blocks(text)) {
    out.push_back({to_string(b.kind), text.substr(b.begin, b.end - b.begin), b.first_line, b.last_line});
    EXPECT_TRUE(b.exclusion.empty());
  }
  return out;
}

TEST(SegmentBlocks, JoinsAWrapEndingInAFunctionWord) {
  const std::string text =
      "Russia signed a treaty with\n"      // ends with "with"
      "Iran in 2025. It covers trade.\n";
  EXPECT_EQ(blocks_of(text), (std::vector<Seen>{{"paragraph", "Russia signed a treaty with\nIran in 2025. It covers trade.", 1, 2}}));
}

struct WrapCase {
  const char* name;
  std::string first_line;
  std::string second_line;
  bool joined;
};

class WrapRule : public ::testing::TestWithParam<WrapCase> {};

TEST_P(WrapRule, JoinsOnlyUnfinishedLines) {
  const WrapCase& c = GetParam();
  const std::vector<Block> blocks = segment_blocks(c.first_line + "\n" + c.second_line);
  EXPECT_EQ(blocks.size(), c.joined ? 1u : 2u);
}

INSTANTIATE_TEST_SUITE_P(
    HeaderRules, WrapRule,
    ::testing::Values(
        WrapCase{"comma", "Moscow, Tehran,", "Beijing and Ankara met.", true},
        WrapCase{"hyphen", "The Russia-", "Iran corridor opened.", true},
        WrapCase{"function_word_and", "Russia and", "Iran met.", true},
        WrapCase{"function_word_of", "The fall of", "Assad surprised Moscow.", true},
        WrapCase{"function_word_case_insensitive", "Talks went on WITH", "Iran there.", true},
        WrapCase{"function_word_the", "They met the", "Foreign Minister.", true},
        WrapCase{"next_lower_case", "Russia supplied Iran", "with fighter jets.", true},
        WrapCase{"content_word_then_upper", "Russia supplied Iran", "Moscow denied it.", false},
        WrapCase{"full_stop", "Russia supplied jets.", "they arrived late.", false},
        WrapCase{"question_mark", "Is this an alliance?", "no, it is not.", false},
        WrapCase{"colon_ends_sentence", "He said the following:", "they will not help.", false},
        WrapCase{"semicolon_ends_sentence", "Iran waited;", "nothing came.", false},
        WrapCase{"quote_after_stop", "He called it \"baseless.\"", "and left.", false},
        WrapCase{"next_is_list_item", "The partners are", "- Russia", false},
        WrapCase{"next_is_table_row", "Values of", "| a | b |", false},
        // A word that merely ends in a function word is not one ("brand" is not "and").
        WrapCase{"suffix_is_not_function_word", "They launched a new brand", "Moscow liked it.", false}),
    [](const ::testing::TestParamInfo<WrapCase>& info) { return std::string(info.param.name); });

TEST(SegmentBlocks, BlankLinesEndBlocksAndCountAsLines) {
  const std::string text = "\nFirst paragraph ends here.\n\n\nSecond paragraph with\n\nthird block.\n";
  EXPECT_EQ(blocks_of(text), (std::vector<Seen>{
                                 {"paragraph", "First paragraph ends here.", 2, 2},
                                 {"heading", "Second paragraph with", 5, 5},  // a blank line stops the join
                                 {"paragraph", "third block.", 7, 7},
                             }));
}

TEST(SegmentBlocks, LinesOfOnlySpacesAreBlank) {
  EXPECT_EQ(blocks_of("Iran waited.\n   \nRussia answered.").size(), 2u);
}

TEST(SegmentBlocks, HeadingDetection) {
  const std::string text =
      "Economic Ties\n"                                    // 1 short, no punctuation
      "Russia and Iran signed a deal in 2025.\n"           // 2 sentence
      "Why Russia Hesitates?\n"                            // 3 punctuation: paragraph
      "Conclusion: A Partnership of Convenience\n"         // 4 heading with a colon inside
      "\n"
      "One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
      "fifteen sixteen seventeen eighteen nineteen twenty\n"  // 6 exactly 20 words
      "\n"
      "One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
      "fifteen sixteen seventeen eighteen nineteen twenty twentyone\n";  // 8 21 words
  const std::vector<Seen> blocks = blocks_of(text);
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0], (Seen{"heading", "Economic Ties", 1, 1}));
  EXPECT_EQ(blocks[1].kind, "paragraph");
  EXPECT_EQ(blocks[2].kind, "paragraph");
  EXPECT_EQ(blocks[3], (Seen{"heading", "Conclusion: A Partnership of Convenience", 4, 4}));
  EXPECT_EQ(blocks[4].kind, "heading");    // kMaxHeadingWords = 20
  EXPECT_EQ(blocks[5].kind, "paragraph");  // 21 words is too long for a heading
  static_assert(kMaxHeadingWords == 20, "the test text above counts to 20");
}

TEST(SegmentBlocks, TableRowsAreOneBlockEachAndTheRuleLineIsMarked) {
  const std::string text =
      "| Actor | Role |\n"
      "|:------|-----:|\n"
      "| Iran | supplier |\n"
      "| Russia | buyer |\n"
      "After the table.\n";
  EXPECT_EQ(blocks_of(text), (std::vector<Seen>{
                                 {"table_row", "| Actor | Role |", 1, 1},
                                 {"table_rule", "|:------|-----:|", 2, 2},
                                 {"table_row", "| Iran | supplier |", 3, 3},
                                 {"table_row", "| Russia | buyer |", 4, 4},
                                 {"paragraph", "After the table.", 5, 5},
                             }));
}

TEST(SegmentBlocks, TableEdgeCases) {
  // One '|' is not a table row; a table row ending in a function word is not
  // joined with the next line; a rule line needs at least three '-' (so a
  // row of only pipes and spaces is a row, not a rule; "|--|" is also a row).
  const std::string text =
      "A | B\n"
      "| Iran | and\n"
      "| rows | here |\n"
      "| | |\n"
      "|--|\n"
      "| --- |\n";
  const std::vector<Seen> blocks = blocks_of(text);
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].kind, "heading");
  EXPECT_EQ(blocks[1], (Seen{"table_row", "| Iran | and", 2, 2}));
  EXPECT_EQ(blocks[2].kind, "table_row");
  EXPECT_EQ(blocks[3].kind, "table_row");
  EXPECT_EQ(blocks[4].kind, "table_row");
  EXPECT_EQ(blocks[5].kind, "table_rule");
}

TEST(SegmentBlocks, ListItems) {
  const std::string text =
      "- Russia\n"
      "* Iran\n"
      "+ China\n"
      "\xE2\x80\xA2 Armenia\n"  // U+2022 bullet
      "1. Gulf states\n"
      "12) Israel\n"
      "- a long item that wraps\n"
      "  onto a second line\n"
      "-notalist\n"
      "1234. too many digits\n"
      "3.5 percent\n";
  const std::vector<Seen> blocks = blocks_of(text);
  ASSERT_EQ(blocks.size(), 10u);
  for (std::size_t i = 0; i < 7; ++i) EXPECT_EQ(blocks[i].kind, "list_item") << blocks[i];
  EXPECT_EQ(blocks[6], (Seen{"list_item", "- a long item that wraps\n  onto a second line", 7, 8}));
  EXPECT_EQ(blocks[7].kind, "heading");  // "-notalist": no space after the dash
  EXPECT_EQ(blocks[8].kind, "heading");  // at most three digits
  EXPECT_EQ(blocks[9].kind, "heading");  // "3.5" is a number, not "3. "
}

TEST(SegmentBlocks, ListItemsDoNotSwallowTheNextItem) {
  const std::string text = "- first item and\n- second item\n";
  const std::vector<Seen> blocks = blocks_of(text);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1], (Seen{"list_item", "- second item", 2, 2}));
}

TEST(SegmentBlocks, HeadingFollowedByParagraphWithoutBlankLine) {
  const std::string text =
      "Military Cooperation\n"
      "Iran sent drones to Russia. Russia sent\n"
      "jets in return.\n"
      "Outlook\n";
  EXPECT_EQ(blocks_of(text), (std::vector<Seen>{
                                 {"heading", "Military Cooperation", 1, 1},
                                 {"paragraph", "Iran sent drones to Russia. Russia sent\njets in return.", 2, 3},
                                 {"heading", "Outlook", 4, 4},
                             }));
}

TEST(SegmentBlocks, OffsetsAreTrimmedAndPointIntoTheText) {
  const std::string text = "  Padded heading  \n\n   Indented sentence.   ";
  const std::vector<Block> blocks = segment_blocks(text);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].begin, 2u);
  EXPECT_EQ(blocks[0].end, 16u);
  EXPECT_EQ(blocks[1].begin, 23u);
  EXPECT_EQ(blocks[1].end, 41u);
  EXPECT_EQ(text.substr(blocks[1].begin, blocks[1].end - blocks[1].begin), "Indented sentence.");
}

TEST(SegmentBlocks, EmptyAndBlankTextsHaveNoBlocks) {
  EXPECT_TRUE(segment_blocks("").empty());
  EXPECT_TRUE(segment_blocks("\n\n  \n").empty());
}

TEST(SegmentBlocks, SingleLineWithoutNewline) {
  EXPECT_EQ(blocks_of("Iran."), (std::vector<Seen>{{"paragraph", "Iran.", 1, 1}}));
}

TEST(CountWords, CountsWhitespaceSeparatedRuns) {
  EXPECT_EQ(count_words(""), 0u);
  EXPECT_EQ(count_words("   "), 0u);
  EXPECT_EQ(count_words("Iran"), 1u);
  EXPECT_EQ(count_words("  Russia  and\nIran "), 3u);
  EXPECT_EQ(count_words("Russia - Iran"), 3u);  // a dash between spaces is a word
}

TEST(EndsSentence, PunctuationQuotesAndBrackets) {
  EXPECT_TRUE(ends_sentence("Done."));
  EXPECT_TRUE(ends_sentence("Done!"));
  EXPECT_TRUE(ends_sentence("Done?"));
  EXPECT_TRUE(ends_sentence("As follows:"));
  EXPECT_TRUE(ends_sentence("First part;"));
  EXPECT_TRUE(ends_sentence("He said \"done.\""));
  EXPECT_TRUE(ends_sentence("(done.)  "));
  EXPECT_TRUE(ends_sentence("'done.']"));
  EXPECT_TRUE(ends_sentence("**Bold sentence.**"));
  EXPECT_FALSE(ends_sentence("Economic Synergy"));
  EXPECT_FALSE(ends_sentence("Russia,"));
  EXPECT_FALSE(ends_sentence("\"\")"));
  EXPECT_FALSE(ends_sentence(""));
}

TEST(BlockKindNames, AreStable) {
  EXPECT_STREQ(to_string(BlockKind::kParagraph), "paragraph");
  EXPECT_STREQ(to_string(BlockKind::kHeading), "heading");
  EXPECT_STREQ(to_string(BlockKind::kListItem), "list_item");
  EXPECT_STREQ(to_string(BlockKind::kTableRow), "table_row");
  EXPECT_STREQ(to_string(BlockKind::kTableRule), "table_rule");
}

}  // namespace
}  // namespace actornet::corpus
