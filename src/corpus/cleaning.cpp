#include "corpus/cleaning.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "io/csv_reader.hpp"
#include "io/errors.hpp"
#include "io/field_text.hpp"

namespace actornet::corpus {

namespace {

std::string block_text(std::string_view text, const Block& b) {
  return std::string(text.substr(b.begin, b.end - b.begin));
}

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::string word;
  for (char c : s + " ") {
    if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      word.push_back(c);
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  return out;
}

const Pattern& references_heading() {
  static const Pattern re(
      R"(^(bibliography|references|reference list|works cited|notes|endnotes|footnotes|sources|further reading)\s*:?$)",
      {true, false});
  return re;
}

const Pattern& faq_heading() {
  static const Pattern re(R"(^(faqs?|frequently asked questions)\s*:?$)", {true, false});
  return re;
}

const Pattern& contents_heading() {
  static const Pattern re(R"(^(table of contents|contents|in this article|on this page)\s*:?$)",
                          {true, false});
  return re;
}

const Pattern& bio_start() {
  // Two to four capitalised name words (given and family name), then
  // "is/was a|an|the": "Emil Avdaliani is a professor".
  static const Pattern re(
      R"(^((?:\p{Lu}[\p{L}\p{M}.'-]*\s+){2,4})(?:is|was)\s+(?:a|an|the|currently|also)\s)",
      {false, false});
  return re;
}

const std::set<std::string>& profession_words() {
  static const std::set<std::string> words = {
      "fellow",     "professor", "researcher", "analyst",  "editor",
      "journalist", "director",  "scholar",    "lecturer", "candidate", "student",
      "author",     "correspondent", "writer", "consultant", "associate", "assistant"};
  return words;
}

std::set<std::string> author_name_words(const DocumentMeta& meta) {
  std::set<std::string> out;
  for (const std::string& author : meta.authors) {
    for (const std::string& w : words_of(author)) {
      if (w.size() >= 3) out.insert(io::ascii_lower(w));
    }
  }
  return out;
}

// When the manifest names the authors, a biography must name one of them
// ("Nikolai Patrushev is a former director of the FSB" in an article by
// someone else is content); without authors, a profession word decides.
bool is_bio_start(const std::string& body, const std::set<std::string>& authors) {
  const auto m = bio_start().find(body);
  if (m.size() < 2) return false;
  for (const std::string& w : words_of(body.substr(m[1].first, m[1].second - m[1].first))) {
    if (authors.count(io::ascii_lower(w)) > 0) return true;
  }
  if (!authors.empty()) return false;
  std::vector<std::string> words = words_of(body);
  if (words.size() > 16) words.resize(16);
  return std::any_of(words.begin(), words.end(),
                     [](const std::string& w) { return profession_words().count(io::ascii_lower(w)) > 0; });
}

bool continues_bio(const std::string& body, const std::set<std::string>& authors) {
  static const Pattern re(R"(^(Previously|Earlier|Before that|He|She)\b)",
                          {false, false});
  if (re.search(body)) return true;
  std::vector<std::string> words = words_of(body);
  if (words.size() > 4) words.resize(4);
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return authors.count(io::ascii_lower(w)) > 0; });
}

// A section title ending in ':' ("References:", "In this article:") is
// segmented as a paragraph, because ':' counts as sentence punctuation
// (block_segmenter.hpp). The section patterns match the whole block, so
// accepting paragraphs as well adds exactly those one-line titles; before
// this, the ':' alternatives of the patterns could never match.
bool may_be_section_title(const Block& b) {
  return b.kind == BlockKind::kHeading || b.kind == BlockKind::kParagraph;
}

void exclude(Block& b, const char* rule, std::string reason) {
  if (!b.exclusion.empty()) return;
  b.exclusion = rule;
  b.reason = std::move(reason);
}

}  // namespace

std::vector<BoilerplatePattern> load_boilerplate_patterns(const std::string& path) {
  const io::CsvTable table = io::CsvTable::read_file(path);
  const std::size_t c_pattern = table.require("pattern");
  const std::size_t c_reason = table.require("reason");
  const long c_case = table.find("case");
  std::vector<BoilerplatePattern> out;
  for (const io::CsvRecord& row : table.rows()) {
    BoilerplatePattern p;
    const std::string& pattern = row.fields[c_pattern];
    p.reason = row.fields[c_reason];
    p.line = row.line;
    if (pattern.empty()) throw io::DataError(table.where(row), "empty pattern");
    const std::string mode = c_case < 0 ? "insensitive" : row.fields[static_cast<std::size_t>(c_case)];
    if (mode != "sensitive" && mode != "insensitive" && !mode.empty()) {
      throw io::DataError(table.where(row), "case must be 'sensitive' or 'insensitive', not '" + mode + "'");
    }
    try {
      p.regex = std::make_shared<const Pattern>(pattern, Pattern::Flags{mode != "sensitive", false});
    } catch (const std::invalid_argument& e) {
      throw io::DataError(table.where(row),
                          "invalid regular expression '" + pattern + "': " + e.what());
    }
    out.push_back(std::move(p));
  }
  return out;
}

const std::vector<std::string>& cleaning_rule_names() {
  static const std::vector<std::string> names = {
      "references", "faq",        "contents",         "table-headers", "boilerplate",
      "bios",       "captions",   "duplicates",       "footnote-markers", "markup",
      "lowercase-names"};
  return names;
}

std::string active_rules(const CleaningOptions& o) {
  const bool on[] = {o.references, o.faq,        o.contents,         o.table_headers,
                     o.boilerplate, o.bios,      o.captions,         o.duplicates,
                     o.footnote_markers, o.markup, o.lowercase_names};
  std::string out;
  for (std::size_t i = 0; i < cleaning_rule_names().size(); ++i) {
    if (!on[i]) continue;
    if (!out.empty()) out += ",";
    out += cleaning_rule_names()[i];
  }
  return out.empty() ? "none" : out;
}

void keep_rule(CleaningOptions& options, const std::string& name) {
  if (name == "references") options.references = false;
  else if (name == "contents") options.contents = false;
  else if (name == "boilerplate") options.boilerplate = false;
  else if (name == "bios") options.bios = false;
  else if (name == "captions") options.captions = false;
  else if (name == "duplicates") options.duplicates = false;
  else if (name == "footnote-markers") options.footnote_markers = false;
  else if (name == "markup") options.markup = false;
  else if (name == "faq") options.faq = false;
  else if (name == "table-headers") options.table_headers = false;
  else if (name == "lowercase-names") options.lowercase_names = false;
  else throw io::UsageError("unknown rule '" + name + "' for --keep (expected one of: references, faq, contents, table-headers, boilerplate, bios, captions, duplicates, footnote-markers, markup, lowercase-names)");
}

MaskCounts apply_masks(NormalizedText& normalized, const CleaningOptions& options) {
  MaskCounts counts;
  std::string& text = normalized.text;
  auto blank = [&](std::size_t pos, std::size_t len) {
    for (std::size_t i = pos; i < pos + len; ++i) text[i] = normalized.folded[i] = ' ';
  };
  if (options.footnote_markers) {
    // [12], [3, 4], [5-7], and runs of superscript digits (U+00B9, U+00B2,
    // U+00B3, U+2070, U+2074..U+2079).
    static const Pattern marker(R"(\[\d{1,3}(?:\s*[,-]\s*\d{1,3})*\]|[\x{B9}\x{B2}\x{B3}\x{2070}\x{2074}-\x{2079}]+)",
                                {false, false});
    for (const auto& [b, e] : marker.find_all(text)) {
      blank(b, e - b);
      ++counts.footnote_markers;
    }
  }
  if (options.markup) {
    static const Pattern emphasis(R"(\*\*|__|^#{1,6}(?= ))", {false, true});
    for (const auto& [b, e] : emphasis.find_all(text)) {
      blank(b, e - b);
      ++counts.markup;
    }
  }
  return counts;
}

void apply_exclusion_rules(std::string_view text, std::vector<Block>& blocks,
                           const DocumentMeta& meta, const CleaningOptions& options) {
  // A trailing section: its title and everything after it. Only titles in
  // the second half of the text count, so a "Notes" or "Sources" heading in
  // the middle of an article does not swallow the rest of it.
  auto exclude_trailing_section = [&](const Pattern& title, const char* rule, const char* what) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const std::string body = block_text(text, blocks[i]);
      if (2 * blocks[i].begin < text.size() || !may_be_section_title(blocks[i]) ||
          !title.full_match(body))
        continue;
      for (std::size_t j = i; j < blocks.size(); ++j) {
        exclude(blocks[j], rule, std::string(what) + " '" + body + "' (line " +
                                     std::to_string(blocks[i].first_line) + ") to the end");
      }
      return;
    }
  };
  if (options.references) exclude_trailing_section(references_heading(), "references", "reference section");
  if (options.faq) exclude_trailing_section(faq_heading(), "faq", "FAQ section");
  if (options.table_headers) {
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
      if (blocks[i].kind == BlockKind::kTableRow && blocks[i + 1].kind == BlockKind::kTableRule) {
        exclude(blocks[i], "table-headers", "table header row (column labels)");
      }
    }
  }
  if (options.contents) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (!may_be_section_title(blocks[i]) ||
          !contents_heading().full_match(block_text(text, blocks[i])))
        continue;
      exclude(blocks[i], "contents", "table of contents heading");
      for (std::size_t j = i + 1; j < blocks.size() && blocks[j].kind == BlockKind::kListItem; ++j) {
        exclude(blocks[j], "contents", "table of contents entry");
      }
    }
  }
  if (options.boilerplate) {
    for (Block& b : blocks) {
      const std::string body = fold_whitespace(block_text(text, b));
      for (const BoilerplatePattern& p : options.patterns) {
        if (p.regex->search(body)) {
          exclude(b, "boilerplate", p.reason + " (pattern line " + std::to_string(p.line) + ")");
          break;
        }
      }
    }
  }
  if (options.bios) {
    const std::set<std::string> authors = author_name_words(meta);
    bool in_bio = false;
    for (Block& b : blocks) {
      if (!b.exclusion.empty() && b.exclusion != "bios") continue;
      const std::string body = fold_whitespace(block_text(text, b));
      if (b.kind == BlockKind::kParagraph &&
          (is_bio_start(body, authors) || (in_bio && continues_bio(body, authors)))) {
        exclude(b, "bios", in_bio ? "author biography (continued)" : "author biography");
        in_bio = true;
      } else {
        in_bio = false;
      }
    }
  }
  if (options.captions) {
    std::size_t last_paragraph = blocks.size();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (blocks[i].kind == BlockKind::kParagraph && blocks[i].exclusion.empty()) last_paragraph = i;
    }
    if (last_paragraph < blocks.size()) {
      for (std::size_t i = last_paragraph + 1; i < blocks.size(); ++i) {
        if (blocks[i].kind == BlockKind::kHeading) {
          exclude(blocks[i], "captions", "caption or link title after the last paragraph");
        }
      }
    }
  }
  if (options.duplicates) {
    std::map<std::string, std::size_t> seen;  // folded text -> first line
    for (Block& b : blocks) {
      if (b.kind == BlockKind::kTableRule) continue;
      const std::string key = fold_whitespace(block_text(text, b));
      if (count_words(key) < 6) continue;
      auto [it, inserted] = seen.emplace(key, b.first_line);
      if (!inserted) {
        exclude(b, "duplicates", "repeats the passage at line " + std::to_string(it->second));
      }
    }
  }
}

}  // namespace actornet::corpus
