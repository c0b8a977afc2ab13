#include "corpus/sentence_splitter.hpp"

#include <algorithm>
#include <iterator>
#include <cctype>
#include <string>

namespace actornet::corpus {

namespace {

// Abbreviations after which a full stop does not end a sentence. Titles,
// ranks, months and reference words; "etc." is deliberately absent (it ends
// sentences more often than not).
constexpr std::string_view kAbbreviations[] = {
    "Mr",  "Mrs",  "Ms",   "Dr",   "Prof", "Sr",   "Jr",   "St",  "Gen",   "Lt",  "Col",
    "Maj", "Capt", "Adm",  "Sgt",  "Gov",  "Sen",  "Rep",  "Pres", "Amb",  "Rev", "Hon",
    "No",  "Nos",  "Vol",  "vol",  "pp",   "p",    "ed",   "eds", "Fig",   "fig", "cf",
    "vs",  "v",    "al",   "approx", "ca", "Inc",  "Ltd",  "Co",  "Corp",  "Jan", "Feb",
    "Mar", "Apr",  "Jun",  "Jul",  "Aug",  "Sep",  "Sept", "Oct", "Nov",   "Dec", "Mt"};

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_space(char c) { return c == ' ' || c == '\n'; }

bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// The token that ends at text[dot] (the '.'), without the dot.
std::string_view token_before(std::string_view text, std::size_t begin, std::size_t dot) {
  std::size_t start = dot;
  while (start > begin && !is_space(text[start - 1]) && text[start - 1] != '(' &&
         text[start - 1] != '"')
    --start;
  return text.substr(start, dot - start);
}

bool is_abbreviation(std::string_view token) {
  if (std::find(std::begin(kAbbreviations), std::end(kAbbreviations), token) !=
      std::end(kAbbreviations))
    return true;
  if (token == "e.g" || token == "i.e") return true;
  // A single initial ("J") or an initialism with inner dots ("U.S", "U.S.S.R").
  if (token.size() == 1 && is_upper(token[0])) return true;
  if (token.size() >= 3 && token.size() % 2 == 1) {
    bool initialism = true;
    for (std::size_t i = 0; i < token.size(); ++i) {
      initialism = initialism && (i % 2 == 0 ? std::isalpha(static_cast<unsigned char>(token[i])) != 0
                                             : token[i] == '.');
    }
    if (initialism) return true;
  }
  return false;
}

bool in_url(std::string_view token) {
  return token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos ||
         token.find('@') != std::string_view::npos;
}

bool starts_sentence(char c) {
  return is_upper(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '"' || c == '\'' ||
         c == '(' || c == '[' || static_cast<unsigned char>(c) >= 0x80;
}

void push_trimmed(std::string_view text, std::size_t b, std::size_t e, std::vector<Span>& out) {
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  const bool has_content = std::any_of(text.begin() + static_cast<long>(b), text.begin() + static_cast<long>(e),
                                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; });
  if (has_content) out.push_back({b, e});
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, Span block) {
  std::vector<Span> out;
  std::size_t start = block.begin;
  const std::size_t end = block.end;
  for (std::size_t i = block.begin; i < end; ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    while (j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
    while (j < end && is_closer(text[j])) ++j;

    // (b) glued heading: "built.Economic".
    if (c == '.' && j == i + 1 && i + 2 < end && is_upper(text[i + 1]) && is_lower(text[i + 2]) &&
        i >= block.begin + 2 && is_lower(text[i - 1]) && is_lower(text[i - 2]) &&
        !in_url(token_before(text, block.begin, i))) {
      push_trimmed(text, start, i + 1, out);
      start = i + 1;
      continue;
    }
    if (j < end && !is_space(text[j])) continue;
    std::size_t k = j;
    while (k < end && is_space(text[k])) ++k;
    if (k < end && !starts_sentence(text[k])) continue;
    if (c == '.' && j == i + 1) {
      const std::string_view token = token_before(text, block.begin, i);
      // URLs are exempt from rule (b) only: a URL that ends a sentence
      // ("... at www.example.org. Then ...") ends it, as rule (a) says.
      if (is_abbreviation(token)) continue;
      const bool list_number = !token.empty() && token.size() <= 3 &&
                               std::all_of(token.begin(), token.end(), [](char d) {
                                 return std::isdigit(static_cast<unsigned char>(d));
                               }) && i - token.size() == block.begin;
      if (list_number) continue;
    }
    push_trimmed(text, start, j, out);
    start = j;
    i = j - 1;
  }
  push_trimmed(text, start, end, out);
  return out;
}

}  // namespace actornet::corpus
