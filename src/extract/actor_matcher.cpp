#include "extract/actor_matcher.hpp"

#include <algorithm>

namespace actornet::extract {

namespace {

bool is_word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string first_word_folded(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (!is_word_char(c)) break;
    out.push_back(fold(c));
  }
  return out;
}

}  // namespace

ActorMatcher::ActorMatcher(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {
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
                                        std::size_t end) const {
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
        const std::size_t n = alias.text.size();
        if (pos + n > end) continue;
        bool equal = true;
        for (std::size_t k = 0; k < n && equal; ++k) {
          equal = alias.case_sensitive ? raw[pos + k] == alias.text[k]
                                       : folded[pos + k] == fold(alias.text[k]);
        }
        if (!equal) continue;
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
        if (alias.actor >= 0) out.push_back({alias.actor, a, pos, stop});
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
