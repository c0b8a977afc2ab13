#include "tagging/institution_names.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace actornet::tagging {

namespace {

// Head words of institution names: a capitalised run that contains one is
// a name, and its words are no cues ("United Nations Charter", "Shanghai
// Cooperation Organisation", "Collective Security Treaty Organization").
const std::set<std::string>& institution_heads() {
  static const std::set<std::string> words = {
      "organisation", "organization", "council",    "charter", "nations", "union", "forum",
      "committee",    "agency",       "commission", "bank",    "corps",   "court", "assembly"};
  return words;
}

// In a title-case unit (a heading: most words capitalised) a capitalised
// run is no name ("China Blocks UN Security Council Resolution"): there the
// name is an institution word, at most the two capitalised words before it
// that are neither an actor nor a possible verb ("UN Security Council"), and
// an "of" phrase after it, so the heading's verb stays a cue.
constexpr std::size_t kTitleNameLead = 2;

}  // namespace

void mark_institution_names(const std::string& text, std::vector<Token>& tokens) {
  auto capitalised = [&](const Token& t) {
    return std::isupper(static_cast<unsigned char>(text[t.begin])) != 0;
  };
  std::size_t words = 0, capitals = 0;
  for (const Token& t : tokens) {
    if (!std::isalpha(static_cast<unsigned char>(text[t.begin]))) continue;
    ++words;
    if (capitalised(t)) ++capitals;
  }
  const bool title_case = is_title_case(words, capitals);
  auto head = [&](std::size_t k) { return institution_heads().count(tokens[k].text) > 0; };
  for (std::size_t i = 0; i < tokens.size();) {
    if (!capitalised(tokens[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;  // the run: capitalised words, with "of"/"for"/"on" between them
    while (j < tokens.size() && !tokens[j].comma_before) {
      const bool joiner =
          (tokens[j].text == "of" || tokens[j].text == "for" || tokens[j].text == "on") &&
          j + 1 < tokens.size() && capitalised(tokens[j + 1]);
      if (!capitalised(tokens[j]) && !joiner) break;
      ++j;
    }
    if (title_case) {
      for (std::size_t k = i; k < j; ++k) {
        if (!head(k)) continue;
        // Back over at most two words, not over an actor's name or a word
        // that may be the heading's verb ("Blocks", "Joins": title-case verbs
        // end in -s; "Nations" is a head of its own).
        std::size_t from = k;
        while (from > i && k - from < kTitleNameLead && tokens[from - 1].actor < 0 &&
               (tokens[from - 1].text.back() != 's' || head(from - 1)))
          --from;
        // On over "of" and the capitalised words after it ("Organization of
        // Islamic Cooperation").
        std::size_t to = k;
        if (to + 1 < j && tokens[to + 1].text == "of") {
          ++to;
          while (to + 1 < j && tokens[to + 1].actor < 0) ++to;
        }
        if (to > from)
          for (std::size_t m = from; m <= to; ++m) tokens[m].in_name = true;
      }
    } else {
      bool institution = false;
      for (std::size_t k = i; k < j; ++k) institution = institution || head(k);
      if (institution && j - i >= 2)
        for (std::size_t k = i; k < j; ++k) tokens[k].in_name = true;
    }
    i = j;
  }
}

}  // namespace actornet::tagging
