// Finds actor mentions in normalised text.
//
// Matching is on word boundaries (a word character is an ASCII letter or
// digit or any non-ASCII byte; hyphens and dashes are boundaries, so
// "Russia-Iran" yields both actors), leftmost first and, at one position,
// longest alias first. A space in an alias matches any run of spaces and line
// breaks. A blocking phrase ("Persian Gulf") consumes its text and yields no
// mention. A possessive ending ('s, or ' after a final s) is included in the
// mention's span. Case-insensitive aliases compare ASCII letters
// case-insensitively, but a capitalised alias found written entirely in lower
// case ("does russia support iran", an SEO keyword string) is not a mention
// unless `lowercase_names` is set.
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
  // `lowercase_names`: count all-lower-case forms of capitalised names too
  // (default false; `--keep lowercase-names`).
  explicit ActorMatcher(const Gazetteer& gazetteer, bool lowercase_names = false);

  // Mentions in text[begin, end), in order of position, non-overlapping.
  // Lower-case name forms that were passed over are added to
  // *lowercase_skipped when it is not null.
  std::vector<Mention> find(const corpus::NormalizedText& text, std::size_t begin,
                            std::size_t end, std::size_t* lowercase_skipped = nullptr) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  const Gazetteer& gazetteer_;
  bool lowercase_names_;
  // Folded first word of an alias -> aliases starting with it, longest first.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
};

}  // namespace actornet::extract
