// Finds actor mentions in normalised text.
//
// Matching is on word boundaries (a word character is an ASCII letter or
// digit or any non-ASCII byte; hyphens and dashes are boundaries, so
// "Russia-Iran" yields both actors), leftmost first and, at one position,
// longest alias first. A blocking phrase ("Persian Gulf") consumes its text
// and yields no mention. A possessive ending ('s, or ' after a final s) is
// included in the mention's span. Case-insensitive aliases compare ASCII
// letters case-insensitively.
//
// Cost: one hash look-up per word plus a comparison per alias that starts
// with that word, so the matcher scales with text length, not with the
// number of aliases.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/text_normalizer.hpp"
#include "extract/gazetteer.hpp"

namespace actornet::extract {

struct Mention {
  int actor = -1;         // index into Gazetteer::actors()
  std::size_t alias = 0;  // index into Gazetteer::aliases()
  std::size_t begin = 0;  // normalised offsets; end includes a possessive ending
  std::size_t end = 0;
};

class ActorMatcher {
 public:
  // Keeps a reference to `gazetteer`, which must outlive the matcher.
  explicit ActorMatcher(const Gazetteer& gazetteer);

  // Mentions in text[begin, end), in order of position, non-overlapping.
  std::vector<Mention> find(const corpus::NormalizedText& text, std::size_t begin,
                            std::size_t end) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  const Gazetteer& gazetteer_;
  // Folded first word of an alias -> aliases starting with it, longest first.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
};

}  // namespace actornet::extract
