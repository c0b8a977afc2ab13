// A noun cue's parties (see clause_roles.hpp; the event built from them:
// clause_roles_noun_event.cpp; its scope and a topic noun's qualifiers:
// clause_roles_scope.cpp).
#include "tagging/clause_roles_reader.hpp"

namespace actornet::tagging::roles {

std::size_t RoleReader::modifier_conjunction(std::size_t n) const {
  for (std::size_t j : g_.left(n, "SJ")) {
    if (g_.word(j) != "and" && g_.word(j) != "or") continue;
    for (std::size_t x : g_.left(j, "SJ"))
      if (!g_.actors(x).empty() || g_.subscript(x).rfind("a", 0) == 0) return j;
  }
  return 0;
}

std::vector<std::size_t> RoleReader::places(std::size_t n) const {
  std::vector<std::size_t> out{n};
  if (const std::size_t j = modifier_conjunction(n); j != 0) {
    out.push_back(j);
    return out;
  }
  // A quantity noun is transparent: "launched a wave of airstrikes
  // against Iranian sites", "fired hundreds of missiles", "imposed a new
  // package of sanctions" (the airstrikes are what was launched).
  static const std::set<std::string> quantities = {
      "wave",      "waves",    "series", "barrage", "barrages", "round",    "rounds",
      "package",   "packages", "spate",  "string",  "volley",   "volleys",  "salvo",
      "salvos",    "flurry",   "batch",  "batches", "number",   "hundreds", "dozens",
      "thousands", "set",      "raft",   "slew"};
  for (std::size_t p : g_.left(n, "J"))
    if (g_.word(p) == "of")
      for (std::size_t q : g_.left(p, "M"))
        if (quantities.count(g_.word(q)) > 0) out.push_back(q);
  // A conjunct of coordinated nouns shares the phrase's place: "keep up
  // [trade and defense cooperation]" (the conjunction is the object).
  for (std::size_t j : joined(g_.left(n, "SJ"), g_.right(n, "SJ")))
    if (g_.word(j) == "and" || g_.word(j) == "or" || g_.word(j) == ",") {
      out.push_back(j);
      break;
    }
  return out;
}

Actors RoleReader::own_agents(std::size_t n, const std::set<int>& exclude) const {
  std::set<std::size_t> visited{n};
  Actors out = modifier_actors(n, exclude, 0, visited);
  if (const std::size_t j = modifier_conjunction(n); j != 0) {
    for (std::size_t x : g_.left(j, "SJ")) out.add(noun_phrase(x, exclude, false, 0));
  }
  out.add(by_phrase(n, exclude));
  if (out.ids.empty() && cued(n) && polarity_of(n) == "cooperation") {
    // The "of" of a cooperative act names who offers it ("the proposal of
    // Poland", "the support of China"); of a hostile act, its target ("the
    // invasion of Ukraine"), read in noun_recipients.
    for (std::size_t p : g_.right(n, "M"))
      if (g_.word(p) == "of")
        for (std::size_t x : g_.right(p, "J")) out.add(noun_phrase(x, exclude, false, 0));
  }
  if (out.ids.empty() && cued(n) && cue_of(n).kind == CueKind::kAction &&
      polarity_of(n) == "cooperation")
    out.add(from_phrase(n, exclude));
  return out;
}

Actors RoleReader::from_phrase(std::size_t w, const std::set<int>& exclude) const {
  Actors out;
  if (separation_words().count(g_.word(w)) > 0) return out;
  for (const char* type : {"M", "MV"})
    for (std::size_t p : g_.right(w, type))
      if (g_.word(p) == "from")
        for (std::size_t x : g_.right(p, "J")) out.add(noun_phrase(x, exclude, false, 0));
  return out;
}

bool RoleReader::nearer_act(std::size_t n, std::size_t p) const {
  for (std::size_t k = n + 1; k < p; ++k)
    if (cued(k) && g_.head_of_cue(static_cast<std::size_t>(g_.cue(k))) == k && !g_.is_verb(k))
      return true;
  return false;
}

Actors RoleReader::noun_recipients(std::size_t n, const std::set<int>& exclude, bool joint) const {
  Actors out;
  std::vector<std::size_t> preps;
  for (std::size_t w : places(n))
    for (std::size_t p : g_.right(w, "M")) preps.push_back(p);
  // The parser may attach the preposition right after the noun higher up
  // ("a pillar of Russia's support for Iran"); the nearest attachment is
  // the likelier reading for an act noun (Frazier's late closure).
  if (n + 1 < g_.size() && g_.left(n + 1, "M").empty()) preps.push_back(n + 1);
  const bool cooperative = cued(n) && polarity_of(n) == "cooperation";
  for (std::size_t p : preps) {
    if (noun_prepositions().count(g_.word(p)) == 0 || accompanying(p)) continue;
    if (joint_prepositions().count(g_.word(p)) != (joint ? 1U : 0U)) continue;
    if (cooperative && g_.word(p) == "against")
      continue;  // the opponent (opponents_of), not a partner
    if (cooperative && cue_of(n).kind == CueKind::kMutual &&
        !ends_in_topic_preposition(cue_of(n).text) && topic_prepositions().count(g_.word(p)) > 0)
      continue;  // "talks on Iran": the topic
    if (nearer_act(n, p)) continue;
    for (std::size_t x : g_.right(p, "J")) out.add(noun_phrase(x, exclude, false, 0));
  }
  return out;
}

bool RoleReader::has_target_phrase(std::size_t n) const {
  for (std::size_t w : places(n))
    for (std::size_t p : g_.right(w, "M"))
      if (noun_prepositions().count(g_.word(p)) > 0 && !g_.right(p, "J").empty()) return true;
  return false;
}

Actors RoleReader::opponents_of(std::size_t n, const std::set<int>& exclude) const {
  Actors out;
  if (!cued(n) || polarity_of(n) != "cooperation") return out;
  std::vector<std::size_t> preps;
  for (std::size_t w : places(n))
    for (std::size_t p : g_.right(w, "M")) {
      preps.push_back(p);
      for (std::size_t x : g_.right(p, "J"))  // on the partner: "support for Iran against Israel"
        for (std::size_t q : g_.right(x, "M")) preps.push_back(q);
    }
  for (std::size_t p : preps) {
    if (g_.word(p) != "against" || nearer_act(n, p)) continue;
    for (std::size_t x : g_.right(p, "J")) out.add(noun_phrase(x, exclude, false, 0));
  }
  return out;
}

std::vector<std::size_t> RoleReader::prepositions_over(std::size_t n) const {
  std::vector<std::size_t> out;
  for (std::size_t w : places(n))
    for (std::size_t p : g_.left(w, "J")) out.push_back(p);
  return out;
}

Actors RoleReader::adverbial_target(std::size_t n, const std::set<int>& agents) const {
  Actors out;
  for (std::size_t p : prepositions_over(n)) {
    if (adverbial_prepositions().count(g_.word(p)) == 0) continue;
    for (std::size_t v : g_.left(p, "MV"))
      if (g_.is_verb(v)) out.add(subject(v, agents, 1));
  }
  return out;
}

}  // namespace actornet::tagging::roles
