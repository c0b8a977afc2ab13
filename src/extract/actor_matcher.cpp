#include "extract/actor_matcher.hpp"

#include <algorithm>

namespace actornet::extract {

namespace {

bool is_word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\n'; }

// Length of text matched by `alias` at `pos` (not beyond `end`), or npos. A
// space in the alias matches any run of spaces and line breaks, so names
// split by a hard line wrap or a double space are still found.
std::size_t match_length(const Alias& alias, const std::string& raw, const std::string& folded,
                         std::size_t pos, std::size_t end) {
  std::size_t t = pos;
  for (std::size_t k = 0; k < alias.text.size(); ++k) {
    const char c = alias.text[k];
    if (c == ' ') {
      if (t >= end || !is_space(raw[t])) return std::string::npos;
      while (t < end && is_space(raw[t])) ++t;
      continue;
    }
    if (t >= end) return std::string::npos;
    const bool equal = alias.case_sensitive ? raw[t] == c : folded[t] == fold(c);
    if (!equal) return std::string::npos;
    ++t;
  }
  return t - pos;
}

bool has_upper(const std::string& s, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (s[i] >= 'A' && s[i] <= 'Z') return true;
  }
  return false;
}

std::string first_word_folded(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (!is_word_char(c)) break;
    out.push_back(fold(c));
  }
  return out;
}

}  // namespace

ActorMatcher::ActorMatcher(const Gazetteer& gazetteer, bool lowercase_names)
    : gazetteer_(gazetteer), lowercase_names_(lowercase_names) {
  const auto& aliases = gazetteer_.aliases();
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    by_first_word_[first_word_folded(aliases[i].text)].push_back(i);
  }
  for (auto& [word, list] : by_first_word_) {
    // Longest first; ties by gazetteer order, so the result is deterministic.
    std::stable_sort(list.begin(), list.end(), [&aliases](std::size_t a, std::size_t b) {
      return aliases[a].text.size() > aliases[b].text.size();
    });
  }
}

std::vector<Mention> ActorMatcher::find(const corpus::NormalizedText& text, std::size_t begin,
                                        std::size_t end, std::size_t* lowercase_skipped) const {
  std::vector<Mention> out;
  const std::string& raw = text.text;
  const std::string& folded = text.folded;
  const auto& aliases = gazetteer_.aliases();
  std::size_t pos = begin;
  while (pos < end) {
    if (!is_word_char(raw[pos]) || (pos > begin && is_word_char(raw[pos - 1]))) {
      ++pos;
      continue;
    }
    std::size_t word_end = pos;
    while (word_end < end && is_word_char(raw[word_end])) ++word_end;
    auto it = by_first_word_.find(folded.substr(pos, word_end - pos));
    bool matched = false;
    if (it != by_first_word_.end()) {
      for (std::size_t a : it->second) {
        const Alias& alias = aliases[a];
        const std::size_t n = match_length(alias, raw, folded, pos, end);
        if (n == std::string::npos) continue;
        std::size_t stop = pos + n;
        if (stop < end && is_word_char(raw[stop]) && is_word_char(alias.text.back())) continue;
        // Possessive endings: "Iran's", "Gulf states'".
        if (stop < end && raw[stop] == '\'') {
          if (stop + 1 < end && (raw[stop + 1] == 's' || raw[stop + 1] == 'S') &&
              (stop + 2 >= end || !is_word_char(raw[stop + 2]))) {
            stop += 2;
          } else if (fold(alias.text.back()) == 's' && (stop + 1 >= end || !is_word_char(raw[stop + 1]))) {
            stop += 1;
          }
        }
        // A capitalised name written all in lower case ("does russia support
        // iran") is an SEO keyword string, not prose: not a mention.
        const bool lowercase_name = !alias.case_sensitive && !lowercase_names_ &&
                                    has_upper(alias.text, 0, alias.text.size()) &&
                                    !has_upper(raw, pos, pos + n);
        if (lowercase_name) {
          if (alias.actor >= 0 && lowercase_skipped != nullptr) ++*lowercase_skipped;
        } else if (alias.actor >= 0) {
          out.push_back({alias.actor, a, pos, stop});
        }
        pos = stop;
        matched = true;
        break;
      }
    }
    if (!matched) pos = word_end;
  }
  return out;
}

}  // namespace actornet::extract
