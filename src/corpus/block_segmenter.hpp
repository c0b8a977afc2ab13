// Splits a normalised document into blocks: paragraphs, headings, list items
// and table rows, each a run of one or more lines.
//
// Line rules (documented in README, "How text is read"):
// - an empty line ends a block;
// - a line with two or more '|' is a table row, one block per row; a row made
//   only of '|', '-', ':' and spaces is the table's rule line;
// - a line starting with "- ", "* ", "• ", "+ " or "1. "/"1) " is a list item;
// - a line that does not end a sentence is joined with the next line (a hard
//   wrap inside a paragraph) when it ends with a comma, a hyphen or a function
//   word ("and", "with", "of", ...), or the next line starts in lower case;
// - a block that does not end with sentence punctuation and has at most
//   kMaxHeadingWords words is a heading.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace actornet::corpus {

enum class BlockKind { kParagraph, kHeading, kListItem, kTableRow, kTableRule };

const char* to_string(BlockKind kind);

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::size_t begin = 0;  // offsets into the normalised text, whitespace trimmed
  std::size_t end = 0;
  std::size_t first_line = 0;  // 1-based line numbers in the file
  std::size_t last_line = 0;
  std::string exclusion;  // name of the rule that excluded the block; empty = kept
  std::string reason;     // human-readable detail for the exclusion report
};

constexpr std::size_t kMaxHeadingWords = 20;

std::vector<Block> segment_blocks(std::string_view text);

// Number of whitespace-separated words in `text`.
std::size_t count_words(std::string_view text);

// True when `text` (trimmed) ends like a sentence: . ! ? or one of those
// followed by closing quotes/brackets, or ':' / ';'.
bool ends_sentence(std::string_view text);

}  // namespace actornet::corpus
