// A verb cue's agent and recipients (see clause_roles.hpp; its scope:
// clause_roles_scope.cpp).
#include "tagging/clause_roles_reader.hpp"

namespace actornet::tagging::roles {

bool RoleReader::passive(std::size_t v) const {
  return !g_.left(v, "P", "v").empty() || !g_.left(v, "M", "v").empty();
}

Actors RoleReader::by_phrase(std::size_t v, const std::set<int>& exclude) const {
  Actors out;
  std::vector<std::size_t> preps = joined(g_.right(v, "MV", "p"), g_.right(v, "M", "p"));
  // A "by" right after a participle is its agent even when the parser hangs
  // it higher ("accept the quotas proposed by Warsaw"): late closure
  // (Frazier 1978).
  if (v + 1 < g_.size() && g_.word(v + 1) == "by" && passive(v)) preps.push_back(v + 1);
  std::set<std::size_t> done;
  for (std::size_t p : preps) {
    if (!done.insert(p).second) continue;
    if (g_.word(p) != "by") continue;
    for (std::size_t x : g_.right(p, "J")) out.add(noun_phrase(x, exclude, false, 0));
  }
  return out;
}

Actors RoleReader::subject(std::size_t v, const std::set<int>& exclude, int depth) const {
  Actors out;
  if (depth > kMaxDepth || v == 0) return out;
  for (std::size_t x : g_.left(v, "S")) return noun_phrase(x, exclude, false, depth + 1);
  for (std::size_t x : g_.right(v, "SI")) return noun_phrase(x, exclude, false, depth + 1);
  for (std::size_t r : g_.left(v, "RS")) return antecedent(r, exclude, depth);
  for (std::size_t n : g_.left(v, "M", "g")) {
    if (g_.word(n) == "from" || g_.word(n) == "against") {
      // "prevented Russia from supporting Iran", "warned China against
      // arming Russia": the object does it.
      for (std::size_t u : g_.left(n, "MV")) {
        for (std::size_t o : g_.right(u, "O")) {
          Actors object = noun_phrase(o, exclude, false, depth + 1);
          if (!object.ids.empty()) return object;
        }
        return subject(u, exclude, depth + 1);
      }
      // "the two were far from establishing": the copula's subject.
      for (std::size_t u : g_.left(n, "P"))
        if (copula(u)) return subject(u, exclude, depth + 1);
    }
    // "Iran's involvement in aiding Russia", "Tehran's vision of opposing
    // American hegemony": a gerund after a noun's preposition is done by
    // the noun's holder.
    for (std::size_t noun : g_.left(n, "M")) {
      if (g_.is_verb(noun)) continue;
      Actors holder = own_agents(noun, exclude);
      if (!holder.ids.empty()) return holder;
    }
    // "while building links": the subject of the verb "while" hangs on.
    if (g_.is_verb(n) || !g_.left(n, "MV").empty()) {
      for (std::size_t u : g_.left(n, "MV")) return subject(u, exclude, depth + 1);
      return subject(n, exclude, depth + 1);
    }
    return noun_phrase(n, exclude, false, depth + 1);
  }
  // A participial adjunct ("Moscow has walked a fine line, maintaining
  // good ties with Israel") shares the main clause's subject.
  for (std::size_t u : g_.left(v, "MV", "g")) return subject(u, exclude, depth + 1);
  if (!g_.left(v, "W", "g").empty()) {
    for (std::size_t main : g_.right(0, "WV")) return subject(main, exclude, depth + 1);
  }
  // A bare infinitive after an object ("has seen them evolve", "helped
  // Iran build"; Link Grammar's I*j) is done by that object.
  for (std::size_t u : g_.left(v, "I", "*j"))
    for (std::size_t o : g_.right(u, "O")) {
      Actors object = noun_phrase(o, exclude, false, depth + 1);
      if (!object.ids.empty()) return object;
    }
  const std::size_t up = parent(v);
  if (up != 0) {
    const bool control = g_.word(up) != "to" && !g_.right(up, "TO").empty();
    if (control) {
      // Object control: "urged Iran to sign" -> Iran signs.
      for (std::size_t o : g_.right(up, "O")) {
        Actors object = noun_phrase(o, exclude, false, depth + 1);
        if (!object.ids.empty()) return object;
      }
    }
    return subject(up, exclude, depth + 1);
  }
  // Coordinated verbs share the subject, on the conjunction, on the first
  // conjunct, or on an auxiliary the parser hangs on the conjunction
  // ("Russia has not condemned or supported the strikes": "has" -PP- "or").
  for (std::size_t j : g_.left(v, "VJ")) {
    for (std::size_t x : g_.left(j, "S")) return noun_phrase(x, exclude, false, depth + 1);
    for (std::size_t l : g_.left(j, "VJ")) {
      Actors first = subject(l, exclude, depth + 1);
      if (!first.ids.empty()) return first;
    }
    const std::size_t above = parent(j);
    if (above != 0) return subject(above, exclude, depth + 1);
  }
  for (std::size_t j : g_.right(v, "VJ")) {
    for (std::size_t x : g_.left(j, "S")) return noun_phrase(x, exclude, false, depth + 1);
    const std::size_t above = parent(j);
    if (above != 0) return subject(above, exclude, depth + 1);
  }
  // "Both worked to oppose ...": a floating "both" is the subject.
  for (std::size_t x : g_.left(v, "E"))
    if (g_.word(x) == "both") return resolve(x, false, exclude, true);
  return out;
}

Actors RoleReader::antecedent(std::size_t relative, const std::set<int>& exclude, int depth) const {
  for (std::size_t x : joined(g_.left(relative, "MX"), g_.left(relative, "R")))
    return noun_phrase(x, exclude, false, depth + 1);
  return {};
}

Actors RoleReader::patient(std::size_t v, const std::set<int>& exclude) const {
  for (std::size_t n : g_.left(v, "M", "v")) return object_role(v, n, exclude);
  for (std::size_t be : g_.left(v, "P", "v")) {
    for (std::size_t up = be, depth = 0; up != 0 && depth < kMaxDepth; up = parent(up), ++depth) {
      for (std::size_t n : g_.left(up, "S")) return object_role(v, n, exclude);
    }
    return subject(be, exclude, 1);
  }
  return {};
}

Event RoleReader::verb_event(std::size_t h, std::size_t v) const {
  Event e;
  e.hit = h;
  e.word = v;
  Actors agents, recipients;
  if (passive(v)) {
    agents = by_phrase(v, {});
    recipients = patient(v, agents.ids);
  } else {
    agents = subject(v, {}, 0);
    if (agents.ids.empty()) agents = governor_agents(v);
  }
  for (std::size_t o : g_.right(v, "O")) recipients.add(object_role(v, o, agents.ids));
  for (std::size_t r : g_.left(v, "B")) recipients.add(antecedent(r, agents.ids, 0));
  // A reaction to a clause is directed at the clause's subject ("Moscow
  // appreciates that Israel has not joined ...").
  for (std::size_t c : joined(g_.right(v, "C"), g_.right(v, "TH"))) {
    for (std::size_t x : joined(g_.right(c, "C"), std::vector<std::size_t>{c})) {
      for (std::size_t subj : g_.left(x, "S"))
        recipients.add(noun_phrase(subj, agents.ids, false, 0));
      for (std::size_t subj : g_.right(x, "S"))
        recipients.add(noun_phrase(subj, agents.ids, false, 0));
    }
  }
  std::vector<std::size_t> preps = g_.right(v, "MV", "p");
  const bool adjective = !g_.left(v, "P", "a").empty();
  if (adjective) {  // "was critical of Israel", "hostile to the US"
    for (const char* type : {"M", "MV", "OF"})
      for (std::size_t p : g_.right(v, type)) preps.push_back(p);
  }
  // "supplied drones to Iran" with the phrase on the object; an act
  // object's phrases are the act's ("condemned the strikes on Iran" does
  // not condemn Iran; object_role reads them).
  for (std::size_t o : g_.right(v, "O"))
    if (!cued(o))
      for (std::size_t p : g_.right(o, "M", "p")) preps.push_back(p);
  // "from" names the other party only when no object does: "bought the
  // system from Russia", "received drones from Iran"; not "struck Iran
  // from Syria".
  const bool from_party = recipients.ids.empty();
  const bool cooperative = cued(v) && polarity_of(v) == "cooperation";
  Actors opponents, co_agents;
  // The cue's own preposition takes an act that names no party: "Israel
  // and Iran came closer to war" says where the two are headed, not that
  // they are close (the war reads for itself).
  bool toward_act = false;
  for (std::size_t p : preps) {
    // "condemned the strikes alongside China", "together with China": a
    // co-agent, not a target.
    if (accompanying(p)) {
      for (std::size_t x : g_.right(p, "J"))
        co_agents.add(noun_phrase(x, recipients.ids, false, 0));
      continue;
    }
    if (cooperative && g_.word(p) == "against") {  // "supports Iran against Israel"
      for (std::size_t x : g_.right(p, "J")) opponents.add(noun_phrase(x, agents.ids, false, 0));
      continue;
    }
    if (cooperative && cue_of(v).kind == CueKind::kMutual &&
        !ends_in_topic_preposition(cue_of(v).text) && topic_prepositions().count(g_.word(p)) > 0)
      continue;  // "Israel and the US coordinate on Iran": the topic
    if (nearer_act(v, p)) continue;  // "condemned Israel's strikes on Iran": the strikes' phrase
    // The preposition that ends the cue takes the act's object: "pulled
    // out of the deal with Iran", "withdrew from its pact with Hungary"
    // are read as "cancelled the deal with Iran" (object_role: cutting a
    // tie is done to its partner).
    const CueHit& hit = hits_[h];
    if (hit.last > hit.first && g_.token(p) == hit.last && tokens_[hit.last].text == g_.word(p)) {
      for (std::size_t x : g_.right(p, "J")) {
        recipients.add(object_role(v, x, agents.ids));
        toward_act = toward_act || cued(x);
      }
      continue;
    }
    const bool from = from_party && g_.word(p) == "from";
    if (recipient_prepositions().count(g_.word(p)) == 0 && !(adjective && g_.word(p) == "of") &&
        !from)
      continue;
    for (std::size_t x : g_.right(p, "J")) recipients.add(noun_phrase(x, agents.ids, false, 0));
  }
  Mood mood = mood_of(v);
  if (absent(v)) ++mood.negations;  // "without siding with Iran", "far from establishing"
  // "their agreements do not mean they will defend each other": a denied
  // implication denies the act it would imply.
  for (std::size_t u : g_.left(v, "CV"))
    if (implication(u) && mood_of(u).negations % 2 == 1) ++mood.negations;
  for (std::size_t o : g_.right(v, "O")) {
    // "offered little support", "provided no weapons": nothing was given.
    bool none = absent(o);
    for (std::size_t d : g_.left(o, "D")) none = none || g_.word(d) == "no";
    if (none) {
      ++mood.negations;
      break;
    }
  }
  const Mood governed = governor_mood(v);
  e.negated = (mood.negations + governed.negations) % 2 == 1;
  e.hedged = mood.hedged || governed.hedged;
  // A negated terminative ("did not stop", "did not rule out") is not an
  // act of its own: it restores the act it governs.
  e.cancelled = starts_with_word(v, ModifierType::kTerminative) && mood.negations % 2 == 1;
  agents.add(co_agents);
  e.companions = co_agents.ids;
  e.agents = agents.ids;
  e.recipients = recipients.ids;
  e.resolved = agents.resolved || recipients.resolved;
  // A mutual verb is joint whatever its object, unless the object is a
  // partner: "they coordinate energy policy", "Russia and Iran trade oil".
  const bool mutual = cues_.lexicon().cues()[hits_[h].cue].kind == CueKind::kMutual;
  // A reciprocal object ("accused each other", "defend one another") makes
  // the agents each other's partners.
  bool reciprocal = false;
  for (std::size_t o : g_.right(v, "O"))
    reciprocal = reciprocal || g_.word(o) == "other" || g_.word(o) == "another";
  // Co-agents share the role: "Iran fought alongside Russia" makes no
  // rivals of the two.
  e.joint = co_agents.ids.empty() && !(toward_act && recipients.ids.empty()) &&
            (g_.right(v, "O").empty() || ((mutual || reciprocal) && recipients.ids.empty()));
  e.unasserted = questioned(v);
  // A gerund after "against" hung on a verb with an object is a warning to
  // the object ("warned China against arming Russia"): no arming is
  // asserted. (Without an object it is a decision not to: mood_of.)
  if (const std::size_t u = against_governor(v); u != 0 && !g_.right(u, "O").empty())
    e.unasserted = true;
  e.opponents = opponents.ids;
  for (std::size_t t : g_.right(v, "TO"))
    for (std::size_t i : g_.right(t, "I"))
      if (cued(i) && g_.is_verb(i) && e.infinitive == 0) e.infinitive = i;
  return e;
}

Actors RoleReader::object_role(std::size_t v, std::size_t o, const std::set<int>& exclude) const {
  Actors direct = noun_phrase(o, exclude, true, 0);
  if (!direct.ids.empty() || !cued(o)) return direct;
  Actors own = own_agents(o, exclude);
  const bool terminative = starts_with_word(v, ModifierType::kTerminative);
  // Blocking a hostile act opposes whoever would do it: "Hungary blocked
  // EU sanctions against Moscow" is HUN>EU (the sanctions, negated, relate
  // no one); blocking a cooperative act is done to its recipient (below).
  if (!own.ids.empty() && (!terminative || polarity_of(o) == "rivalry")) return own;
  const bool cooperative_pair =
      cued(v) && polarity_of(v) == polarity_of(o) && polarity_of(v) == "cooperation";
  // A hostile act done to a cooperative one is done to its partner
  // (coding rules §6: cutting a tie reduces relations with the partner):
  // "cancelled meetings with Japan", "suspended talks with Iran".
  const bool cut = cued(v) && polarity_of(v) == "rivalry" && polarity_of(o) == "cooperation";
  if (terminative || cooperative_pair || cut || (cued(v) && cue_of(v).kind != CueKind::kAction)) {
    Actors out = noun_recipients(o, exclude);
    if (out.ids.empty()) {
      // "halt sales of weapons to Iran": the act's phrase hung on the verb.
      for (std::size_t p : g_.right(v, "MV", "p")) {
        if (recipient_prepositions().count(g_.word(p)) == 0) continue;
        for (std::size_t x : g_.right(p, "J")) out.add(noun_phrase(x, exclude, false, 0));
      }
    }
    return out;
  }
  return {};
}

}  // namespace actornet::tagging::roles
