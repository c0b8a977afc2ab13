#include "corpus/sentence_splitter.hpp"

#include <algorithm>
#include <iterator>
#include <cctype>
#include <string>

namespace actornet::corpus {

namespace {

// Abbreviations after which a full stop does not end a sentence. Titles,
// ranks, months and reference words; "etc." is deliberately absent (it ends
// sentences more often than not). "No" and "Nos" are handled in
// is_abbreviation (only before a digit).
constexpr std::string_view kAbbreviations[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Adm",
    "Sgt", "Gov", "Sen", "Rep", "Pres", "Amb", "Rev", "Hon", "Mt",
    "Vol", "vol", "pp", "p", "ed", "eds", "Fig", "fig", "cf", "vs", "v", "al", "approx", "ca",
    "Inc", "Ltd", "Co", "Corp",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_space(char c) { return c == ' ' || c == '\n'; }

bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

bool is_token_boundary(char c) { return is_space(c) || c == '(' || c == '"'; }

// The token that ends before the current position, tracked while scanning
// forward so that splitting stays linear in the block length: every byte is
// looked at once here, however long a run without spaces is (a line of
// "abc.Def" repeated 80,000 times took 18 s when the token was found by
// scanning back from every '.').
class TokenTracker {
 public:
  TokenTracker(std::string_view text, std::size_t begin)
      : text_(text), start_(begin), scanned_(begin) {}

  // The token that ends at text[dot] (the '.'), without the dot. Calls must
  // come with non-decreasing `dot`.
  std::string_view before(std::size_t dot) {
    advance(dot);
    return text_.substr(start_, dot - start_);
  }
  // Whether that token looks like a URL or e-mail address ("://", "www." or
  // '@' inside it). Same condition on `dot` as before().
  bool url_before(std::size_t dot) {
    advance(dot);
    return url_;
  }

 private:
  void advance(std::size_t upto) {
    for (; scanned_ < upto; ++scanned_) {
      const char c = text_[scanned_];
      if (is_token_boundary(c)) {
        start_ = scanned_ + 1;
        url_ = false;
      } else if (c == '@' || ends_with(scanned_, "://") || ends_with(scanned_, "www.")) {
        url_ = true;
      }
    }
  }
  // Whether the token so far ends at text[last] with `suffix`.
  bool ends_with(std::size_t last, std::string_view suffix) const {
    return last + 1 >= start_ + suffix.size() &&
           text_.substr(last + 1 - suffix.size(), suffix.size()) == suffix;
  }

  std::string_view text_;
  std::size_t start_;
  std::size_t scanned_;
  bool url_ = false;
};

// `next` is the first character of the next word (0 at the end of the block).
bool is_abbreviation(std::string_view token, char next) {
  // "No. 5" abbreviates "number"; "No. They agreed." is the word "no".
  if (token == "No" || token == "Nos") return std::isdigit(static_cast<unsigned char>(next)) != 0;
  if (std::find(std::begin(kAbbreviations), std::end(kAbbreviations), token) !=
      std::end(kAbbreviations))
    return true;
  if (token == "e.g" || token == "i.e") return true;
  // A single initial ("J") or an initialism with inner dots ("U.S", "U.S.S.R").
  if (token.size() == 1 && is_upper(token[0])) return true;
  if (token.size() >= 3 && token.size() % 2 == 1) {
    bool initialism = true;
    for (std::size_t i = 0; i < token.size() && initialism; ++i) {
      initialism = i % 2 == 0 ? std::isalpha(static_cast<unsigned char>(token[i])) != 0 : token[i] == '.';
    }
    if (initialism) return true;
  }
  return false;
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
  TokenTracker token(text, block.begin);
  for (std::size_t i = block.begin; i < end; ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    while (j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
    while (j < end && is_closer(text[j])) ++j;

    // (b) glued heading: "built.Economic".
    if (c == '.' && j == i + 1 && i + 2 < end && is_upper(text[i + 1]) && is_lower(text[i + 2]) &&
        i >= block.begin + 2 && is_lower(text[i - 1]) && is_lower(text[i - 2]) &&
        !token.url_before(i)) {
      push_trimmed(text, start, i + 1, out);
      start = i + 1;
      continue;
    }
    // Every mark of the run [i, j) shares this j and k, so when the run
    // does not end a sentence here none of its later marks does either:
    // skipping them keeps long runs ("!!!!...") linear.
    if (j < end && !is_space(text[j])) {
      i = j - 1;
      continue;
    }
    std::size_t k = j;
    while (k < end && is_space(text[k])) ++k;
    if (k < end && !starts_sentence(text[k])) {
      i = j - 1;
      continue;
    }
    if (c == '.' && j == i + 1) {
      const std::string_view word = token.before(i);
      // URLs are exempt from rule (b) only: a URL that ends a sentence
      // ("... at www.example.org. Then ...") ends it, as rule (a) says.
      if (is_abbreviation(word, k < end ? text[k] : '\0')) continue;
      const bool list_number = !word.empty() && word.size() <= 3 &&
                               std::all_of(word.begin(), word.end(), [](char d) {
                                 return std::isdigit(static_cast<unsigned char>(d));
                               }) && i - word.size() == block.begin;
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
