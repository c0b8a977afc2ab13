// What governs a noun cue (the verb whose object it is, the word its
// preposition hangs on), who does that governing act, and the scope it
// lends (see clause_roles.hpp).
#include <algorithm>

#include "tagging/clause_roles_reader.hpp"

namespace actornet::tagging::roles {

std::size_t RoleReader::governor(std::size_t n) const {
  const std::vector<std::size_t> own = places(n);
  for (std::size_t w : own) {
    for (std::size_t v : g_.left(w, "O")) return v;
    for (std::size_t p : g_.left(w, "J")) {
      // The nearest word the preposition attaches to, when the parser gives
      // it two ("analyses Iran's commitment to a war": the commitment's).
      std::size_t nearest = 0;
      for (std::size_t x : joined(g_.left(p, "MV"), g_.left(p, "M")))
        nearest = std::max(nearest, x);
      // A transparent quantity noun is the noun's own place ("a wave of
      // airstrikes"): what governs it governs the noun.
      if (std::find(own.begin(), own.end(), nearest) != own.end()) continue;
      if (nearest != 0) return nearest;
    }
  }
  return 0;
}

bool RoleReader::copula_word(const std::string& w) {
  static const std::set<std::string> words = {
      "be",      "is",     "are",      "was",    "were",    "been",     "being",    "become",
      "becomes", "became", "becoming", "remain", "remains", "remained", "remaining"};
  return words.count(w) > 0;
}

bool RoleReader::copula(std::size_t v) const { return g_.is_verb(v) && copula_word(g_.word(v)); }

bool RoleReader::is_object_of(std::size_t n, std::size_t v) const {
  for (std::size_t w : places(n))
    for (std::size_t x : g_.left(w, "O"))
      if (x == v) return true;
  return false;
}

Actors RoleReader::complement_object(std::size_t n, const std::set<int>& exclude) const {
  Actors out;
  const std::vector<std::size_t> own = places(n);
  auto add_objects = [&](std::size_t v, bool before_only) {
    if (!g_.is_verb(v)) return;
    for (std::size_t o : g_.right(v, "O")) {
      if (std::find(own.begin(), own.end(), o) != own.end() || (before_only && o > n)) continue;
      out.add(noun_phrase(o, exclude, false, 0));
    }
  };
  for (std::size_t p : prepositions_over(n))
    if (g_.word(p) == "as" || g_.word(p) == "with")
      for (std::size_t v : g_.left(p, "MV")) add_objects(v, false);
  // Only the verbs that take an object complement ("cost Russia its
  // position" is two objects, not a complement).
  static const std::set<std::string> naming = {
      "consider", "considers", "considered", "considering", "call",    "calls",   "called",
      "calling",  "deem",      "deems",      "deemed",      "name",    "names",   "named",
      "label",    "labels",    "labelled",   "labeled",     "brand",   "brands",  "branded",
      "declare",  "declares",  "declared",   "make",        "makes",   "made",    "making"};
  for (std::size_t v : g_.left(n, "O"))
    if (naming.count(g_.word(v)) > 0 && g_.right(v, "O").size() > 1) add_objects(v, true);
  return out;
}

Actors RoleReader::governor_agents(std::size_t n) const {
  const std::size_t gov = governor(n);
  if (gov == 0) return {};
  if (g_.is_verb(gov)) {
    if (passive(gov)) return by_phrase(gov, {});
    Actors out = subject(gov, {}, 1);
    const std::size_t s = out.ids.empty() ? subject_word(gov) : 0;
    if (s != 0 && s != n && cued(s) && cue_of(s).kind != CueKind::kAction &&
        cue_polarity(cue_of(s)) == "cooperation") {
      // A tie's terms: "the treaty between Russia and Iran covers trade",
      // "this partnership includes arms deliveries" (the paragraph's pair).
      out.add(own_agents(s, {}));
      out.add(noun_recipients(s, {}, true));
      if (out.ids.empty() && definite_relation(s)) out.add(resolve(s, false, {}, true));
    }
    return out;
  }
  if (cued(gov)) return own_agents(gov, {});
  return {};
}

std::size_t RoleReader::subject_word(std::size_t v) const {
  for (int depth = 0; v != 0 && depth < kMaxDepth; ++depth) {
    for (std::size_t x : g_.left(v, "S")) {
      for (std::size_t antecedent : g_.left(x, "R")) return antecedent;  // "that"
      return x;
    }
    for (std::size_t r : g_.left(v, "RS"))  // "the treaty, which covers ..."
      for (std::size_t antecedent : g_.left(r, "R")) return antecedent;
    // Through an auxiliary, or the conjunction of coordinated verbs ("covers
    // trade but does not include").
    const std::vector<std::size_t> up =
        joined(g_.left(v, "I"), g_.left(v, "PP"), g_.left(v, "VJ"), g_.right(v, "VJ"));
    if (up.empty()) return 0;
    v = up.front();
  }
  return 0;
}

Mood RoleReader::governor_mood(std::size_t n) const {
  Mood m;
  const std::size_t gov = governor(n);
  if (gov == 0 || !g_.is_verb(gov)) return m;
  m = mood_of(gov);
  if (starts_with_word(gov, ModifierType::kTerminative)) {
    // "did not rule out sending troops": possible, not certain.
    if (m.negations % 2 == 1 && g_.word(gov) == "rule") m.hedged = true;
    ++m.negations;
  }
  if (is(gov, ModifierType::kRefusal)) ++m.negations;
  return m;
}

}  // namespace actornet::tagging::roles
