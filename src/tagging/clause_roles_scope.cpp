// A cue's scope: what governs it (parent verbs, refusals, terminatives),
// whether it is negated, hedged, denied or asked about, whether a noun is
// asserted or only a topic, and how a topic noun is qualified (see
// clause_roles.hpp).
#include "tagging/clause_roles_reader.hpp"

namespace actornet::tagging::roles {

std::size_t RoleReader::parent(std::size_t v) const {
  for (const char* type : {"I", "PP", "P", "IV"}) {
    for (std::size_t a : g_.left(v, type)) {
      if (g_.word(a) == "to") {
        for (std::size_t c : g_.left(a, "TO")) return c;
        for (std::size_t c : g_.left(a, "MV", "i")) return c;
      }
      return a;
    }
  }
  // "has not committed to defending Iran": a gerund after "to" is in the
  // scope of the verb the "to" hangs on.
  for (std::size_t f : g_.left(v, "M", "g"))
    if (g_.word(f) == "to")
      for (std::size_t u : g_.left(f, "MV"))
        if (g_.is_verb(u)) return u;
  // "prevented Russia from supporting Iran": the gerund is in the scope
  // of the verb the "from" hangs on.
  // Likewise a gerund after a refusal word's preposition: "cautious about
  // sending missiles", "hesitant about investing".
  for (std::size_t f : g_.left(v, "M", "g")) {
    // "the two were far from establishing an alliance": a copula's.
    if (g_.word(f) == "from")
      for (std::size_t u : joined(g_.left(f, "MV"), g_.left(f, "P")))
        if (g_.is_verb(u)) return u;
    for (std::size_t u : joined(g_.left(f, "MV"), g_.left(f, "M"), g_.left(f, "OF")))
      if (is(u, ModifierType::kRefusal)) return u;
  }
  return 0;
}

std::size_t RoleReader::against_governor(std::size_t v) const {
  for (std::size_t f : g_.left(v, "M", "g"))
    if (g_.word(f) == "against")
      for (std::size_t u : g_.left(f, "MV"))
        if (g_.is_verb(u)) return u;
  return 0;
}

bool RoleReader::did_little(std::size_t v) const {
  // "did little to help", "has done nothing to support": the purpose
  // infinitive of a "do" whose object is next to nothing is not done.
  static const std::set<std::string> does = {"do", "does", "did", "done", "doing"};
  static const std::set<std::string> none = {"little", "nothing"};
  if (does.count(g_.word(v)) == 0) return false;
  for (std::size_t x : joined(g_.right(v, "O"), g_.right(v, "MV", "a")))
    if (none.count(g_.word(x)) > 0) return true;
  return false;
}

Mood RoleReader::mood_of(std::size_t v) const {
  Mood m;
  std::size_t cur = v;
  std::set<std::size_t>
      negators;  // each "not" once, though it links to "did" (N) and to the verb (E)
  for (int depth = 0; cur != 0 && depth < kMaxDepth; ++depth) {
    if (is_negation_word(g_.word(cur))) negators.insert(cur);
    for (std::size_t x : joined(g_.right(cur, "N"), g_.left(cur, "N"), g_.left(cur, "E"),
                                g_.left(cur, "EB"), g_.right(cur, "EB"))) {
      if (is_negation_word(g_.word(x))) negators.insert(x);
    }
    // "has not committed": the parser may link "not" as the auxiliary's object.
    for (std::size_t x : g_.right(cur, "O"))
      if (g_.word(x) == "not") negators.insert(x);
    // "Neither Russia nor China sent aid": a "nor" subject denies the verb.
    for (std::size_t x : g_.left(cur, "S"))
      if (g_.word(x) == "nor") negators.insert(x);
    // "Russia has yet to deliver the jets": not done so far. The parser
    // hangs "yet" on the "to" or on "has" itself ("has" -MVa- "yet",
    // "has" -TO- "to").
    for (std::size_t t : g_.left(cur, "I"))
      for (std::size_t y : g_.left(t, "E"))
        if (g_.word(t) == "to" && g_.word(y) == "yet") negators.insert(y);
    if (!g_.right(cur, "TO").empty())
      for (std::size_t y : g_.right(cur, "MV"))
        if (g_.word(y) == "yet") negators.insert(y);
    // "Poland will no longer supply weapons": "longer" -E- the verb, with
    // "no" before it.
    for (std::size_t x : g_.left(cur, "E"))
      if (g_.word(x) == "longer" && x > 1 && g_.word(x - 1) == "no") negators.insert(x);
    // "decided against sending troops", "voted against imposing sanctions":
    // not done.
    if (const std::size_t u = against_governor(cur); u != 0 && g_.right(u, "O").empty())
      negators.insert(u);
    // "far from establishing an alliance" denies it.
    for (std::size_t f : g_.left(cur, "M", "g"))
      for (std::size_t y : g_.left(f, "Y"))
        if (g_.word(f) == "from" && g_.word(y) == "far") ++m.negations;
    if (cur != v) {
      if (is(cur, ModifierType::kRefusal)) ++m.negations;
      if (did_little(cur)) ++m.negations;  // "did little to help Iran"
      if (starts_with_word(cur, ModifierType::kTerminative)) ++m.negations;
      if (is(cur, ModifierType::kModality)) m.hedged = true;
    }
    std::size_t up = parent(cur);
    // Coordinated verbs of one form share the scope of what the
    // conjunction hangs on: "has not condemned or supported the strikes"
    // ("has" -PP- "or", and "not" on "has"), "refused to send weapons and
    // allow transit" ("to" -I- "and"). Not through "but", nor across forms:
    // "did not condemn Israel but backed Iran" (the parser may still hang
    // both on "did").
    if (up == 0 && g_.is_verb(cur))
      for (std::size_t j : joined(g_.left(cur, "VJ"), g_.right(cur, "VJ"))) {
        if (g_.word(j) == "but") continue;
        bool same_form = true;
        for (std::size_t other : joined(g_.left(j, "VJ"), g_.right(j, "VJ")))
          same_form = same_form && g_.subscript(other) == g_.subscript(cur);
        if (same_form) up = j;
      }
    cur = up;
  }
  m.negations += static_cast<int>(negators.size());
  return m;
}

bool RoleReader::implication(std::size_t w) const {
  static const std::set<std::string> words = {"mean",    "means",  "meant",   "imply",   "implies",
                                              "implied", "entail", "entails", "entailed"};
  return g_.is_verb(w) && words.count(g_.word(w)) > 0;
}

bool RoleReader::questioned(std::size_t v) const {
  if (!g_.right(0, "Q", "d").empty()) return true;
  // A denied act is not asserted either (PLOVER: the event did not occur as
  // far as the sentence says): "Iran denied supplying Russia with
  // missiles", "Russia denies that it sold weapons to Iran".
  static const std::set<std::string> denial = {"deny", "denies", "denied", "denying"};
  for (std::size_t up = v, depth = 0; up != 0 && depth < kMaxDepth; up = parent(up), ++depth) {
    if (up != v && denial.count(g_.word(up)) > 0) return true;
    // The conjunction links to the clause's verb (CV) and to its subject
    // (Cs: "whether Russian support for Iran would last").
    for (std::size_t c : joined(g_.left(up, "CV"), g_.left(up, "C", "s"))) {
      if (g_.word(c) == "whether" || (g_.word(c) == "if" && !g_.left(c, "QI").empty())) return true;
      for (std::size_t d : g_.left(c, "TH"))
        if (denial.count(g_.word(d)) > 0) return true;
    }
  }
  return false;
}

bool RoleReader::aspect_of(std::size_t n) const {
  auto aspect = [this](std::size_t x) {
    if (is(x, ModifierType::kAspect)) return true;
    // "the depth and direction of Russia's support": coordinated aspects.
    if (g_.word(x) != "and" && g_.word(x) != "or") return false;
    for (std::size_t c : joined(g_.left(x, "SJ"), g_.right(x, "SJ")))
      if (is(c, ModifierType::kAspect)) return true;
    return false;
  };
  for (std::size_t p : prepositions_over(n)) {
    if (g_.word(p) != "of") continue;
    for (std::size_t x : g_.left(p, "M"))
      if (aspect(x)) return true;
  }
  // The parser may read "the extent of" as a determiner phrase ("a lot
  // of"): the aspect word then determines the noun or its possessor.
  std::vector<std::size_t> determined = {n};
  for (std::size_t d : g_.left(n, "D"))
    for (std::size_t y : g_.left(d, "YS")) determined.push_back(y);
  for (std::size_t w : determined)
    for (std::size_t d : g_.left(w, "D"))
      if (!g_.right(d, "OF").empty() && aspect(d)) return true;
  return false;
}

bool RoleReader::asserted(std::size_t n) const {
  for (std::size_t w : places(n)) {
    // Not after a colon, which the parser links like a verb ("Hungary and
    // Poland: a partnership under strain" is a label).
    for (std::size_t v : g_.left(w, "O"))
      if ((!g_.actors(v).empty() || g_.is_verb(v)) && g_.word(v) != ":") return true;
    if (!g_.right(w, "S").empty()) return true;
  }
  return false;
}

Qualifier RoleReader::qualifier(std::size_t n) const {
  std::vector<std::size_t> words = joined(g_.left(n, "A"), g_.left(n, "AN"));
  if (const std::size_t j = modifier_conjunction(n); j != 0) {
    for (std::size_t x : g_.left(j, "SJ")) words.push_back(x);  // "[close] and [friendly ties]"
    for (std::size_t x : joined(g_.left(j, "A"), g_.left(j, "AN"))) words.push_back(x);
  }
  // The noun's predicate, through auxiliaries: "relations are strained",
  // "ties have soured", "relations have been strained", "ties will improve".
  std::vector<std::size_t> predicate = g_.right(n, "S");
  for (std::size_t k = 0; k < predicate.size() && k < static_cast<std::size_t>(kMaxDepth); ++k) {
    const std::size_t v = predicate[k];
    for (const char* type : {"P", "I", "O"}) {
      for (std::size_t x : g_.right(v, type)) words.push_back(x);
    }
    for (const char* aux : {"PP", "I"})
      for (std::size_t x : g_.right(v, aux)) predicate.push_back(x);
    words.push_back(v);
  }
  for (std::size_t v : g_.left(n, "O")) words.push_back(v);
  for (std::size_t x : words) {
    if (is(x, ModifierType::kWarm)) return Qualifier::kWarm;
    if (is(x, ModifierType::kCold)) return Qualifier::kCold;
  }
  for (std::size_t x : words)
    if (is(x, ModifierType::kMixed)) return Qualifier::kMixed;
  return Qualifier::kNone;
}

bool RoleReader::absent(std::size_t w) const {
  for (std::size_t a : joined(g_.left(w, "A"), g_.left(w, "D")))
    if (g_.word(a) == "little") return true;
  // "practical, not a formal alliance": a conjunct negated on its conjunction.
  for (std::size_t j : g_.left(w, "SJ"))
    for (std::size_t x : joined(g_.right(j, "EB"), g_.left(j, "EB")))
      if (is_negation_word(g_.word(x))) return true;
  for (std::size_t p : joined(g_.left(w, "J"), g_.left(w, "M", "g"))) {
    const std::string& prep = g_.word(p);
    if (prep == "without") return true;
    // "a partnership rather than an alliance", "talks instead of sanctions".
    const std::string before = p > 1 ? g_.word(p - 1) : "";
    if ((prep == "than" && before == "rather") || (prep == "of" && before == "instead"))
      return true;
    if (prep == "of") {
      for (std::size_t x : g_.left(p, "M"))
        if (g_.word(x) == "lack" || g_.word(x) == "absence") return true;
      for (std::size_t x : g_.left(p, "OF"))
        if (g_.word(x) == "short") return true;
    }
    if (prep == "from") {
      for (std::size_t x : g_.left(p, "Y"))
        if (g_.word(x) == "far") return true;
      for (std::size_t x : g_.left(p, "M"))
        if (g_.word(x) == "cry") return true;
    }
  }
  return false;
}

}  // namespace actornet::tagging::roles
