#include "corpus/block_segmenter.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace actornet::corpus {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Words after which an English sentence cannot end: a line ending in one of
// them was wrapped, not finished.
constexpr std::array<std::string_view, 40> kContinuationWords = {
    "a",    "an",   "and",  "as",   "at",    "between", "but",  "by",   "for",  "from",
    "in",   "into", "is",   "its",  "nor",   "of",      "on",   "or",   "than", "that",
    "the",  "their", "to",  "via",  "was",   "were",    "which", "while", "with", "within",
    "has",  "have", "are",  "be",   "been",  "both",    "such", "these", "this", "those"};

std::string_view last_word(std::string_view line) {
  std::size_t end = line.size();
  std::size_t start = end;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(line[start - 1]))) --start;
  return line.substr(start, end - start);
}

bool is_table_rule(std::string_view line) {
  if (line.find('|') == std::string_view::npos) return false;
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == '|' || c == '-' || c == ':' || c == ' '; }) &&
         std::count(line.begin(), line.end(), '-') >= 3;
}

bool is_table_row(std::string_view line) {
  return std::count(line.begin(), line.end(), '|') >= 2;
}

bool is_list_item(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ')
    return true;
  if (line.rfind("\xE2\x80\xA2", 0) == 0) return true;  // bullet U+2022
  std::size_t digits = 0;
  while (digits < line.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(line[digits])))
    ++digits;
  return digits > 0 && digits + 1 < line.size() &&
         (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ';
}

bool wrapped(std::string_view line, std::string_view next) {
  if (ends_sentence(line) || next.empty()) return false;
  const char last = line.back();
  if (last == ',' || last == '-') return true;
  if (std::islower(static_cast<unsigned char>(next.front()))) return true;
  std::string word(last_word(line));
  if (word.empty()) return false;
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(kContinuationWords.begin(), kContinuationWords.end(), word) !=
         kContinuationWords.end();
}

}  // namespace

const char* to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kTableRow: return "table_row";
    case BlockKind::kTableRule: return "table_rule";
  }
  return "paragraph";
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = is_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool ends_sentence(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == '"' || text.back() == '\'' || text.back() == ')' ||
                           text.back() == ']' || text.back() == '*')) {
    text.remove_suffix(1);
  }
  if (text.empty()) return false;
  const char c = text.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

std::vector<Block> segment_blocks(std::string_view text) {
  struct Line {
    std::size_t begin, end, number;
  };
  std::vector<Line> lines;
  std::size_t number = 1;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::size_t b = pos, e = nl;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    lines.push_back({b, e, number++});
    pos = nl + 1;
  }

  std::vector<Block> blocks;
  auto line_text = [&](const Line& l) { return text.substr(l.begin, l.end - l.begin); };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view first = line_text(lines[i]);
    if (first.empty()) continue;
    Block block;
    block.begin = lines[i].begin;
    block.end = lines[i].end;
    block.first_line = block.last_line = lines[i].number;
    if (is_table_rule(first)) block.kind = BlockKind::kTableRule;
    else if (is_table_row(first)) block.kind = BlockKind::kTableRow;
    else if (is_list_item(first)) block.kind = BlockKind::kListItem;
    if (block.kind == BlockKind::kParagraph || block.kind == BlockKind::kListItem) {
      // Join hard-wrapped lines into one block.
      while (i + 1 < lines.size()) {
        const std::string_view current = text.substr(block.begin, block.end - block.begin);
        const std::string_view next = line_text(lines[i + 1]);
        if (next.empty() || is_table_row(next) || is_list_item(next) || !wrapped(current, next))
          break;
        ++i;
        block.end = lines[i].end;
        block.last_line = lines[i].number;
      }
    }
    if (block.kind == BlockKind::kParagraph) {
      const std::string_view body = text.substr(block.begin, block.end - block.begin);
      if (!ends_sentence(body) && count_words(body) <= kMaxHeadingWords) {
        block.kind = BlockKind::kHeading;
      }
    }
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace actornet::corpus
