#include "tagging/clause_roles.hpp"

#include <algorithm>

namespace actornet::tagging {

namespace {

using extract::CueKind;
using extract::ModifierType;

struct Actors {
  std::set<int> ids;
  bool resolved = false;
  void add(const Actors& other) {
    ids.insert(other.ids.begin(), other.ids.end());
    resolved = resolved || other.resolved;
  }
};

// The mood of a verb: negations in scope (refusal and terminative verbs
// above it count as one each), and whether it is hedged.
struct Mood {
  int negations = 0;
  bool hedged = false;
};

constexpr int kMaxDepth = 8;

const std::set<std::string>& recipient_prepositions() {
  static const std::set<std::string> words = {"to",     "with", "against", "on",   "at",   "toward",
                                              "towards", "into", "for",    "over", "upon", "onto"};
  return words;
}
const std::set<std::string>& noun_prepositions() {
  static const std::set<std::string> words = {"to",      "with",    "against", "on",   "at", "toward", "towards",
                                              "into",    "for",     "over",    "upon", "of", "between", "among",
                                              "amongst", "involving"};
  return words;
}
const std::set<std::string>& joint_prepositions() {
  static const std::set<std::string> words = {"between", "among", "amongst", "involving"};
  return words;
}
const std::set<std::string>& pronouns() {
  // Not "he"/"his": the person is often no actor of the gazetteer.
  static const std::set<std::string> words = {"it",   "its",    "itself", "they",
                                              "them", "their", "theirs", "themselves"};
  return words;
}
bool plural_pronoun(const std::string& w) { return w == "they" || w == "them" || w.rfind("their", 0) == 0 || w == "themselves"; }
// Nouns that, after "both" or "the two", refer to two actors named before:
// "both countries", "the two capitals", "both sides".
const std::set<std::string>& group_nouns() {
  static const std::set<std::string> words = {"countries", "nations", "sides",    "capitals", "states",
                                              "powers",    "governments", "partners", "allies", "neighbours",
                                              "neighbors", "leaders", "two"};
  return words;
}
const std::set<std::string>& demonstratives() {
  static const std::set<std::string> words = {"the", "these", "those", "such", "this", "that"};
  return words;
}
bool is_negation_word(const std::string& w) {
  return w == "not" || w == "never" || w == "n't" || w == "cannot" ||
         (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0);
}

template <typename... Lists>
std::vector<std::size_t> joined(const Lists&... lists) {
  std::vector<std::size_t> out;
  (out.insert(out.end(), lists.begin(), lists.end()), ...);
  return out;
}

class RoleReader {
 public:
  RoleReader(const ParseGraph& graph, const std::vector<Token>& tokens, const std::vector<CueHit>& hits,
             const CueIndex& cues, const ReferenceResolver* resolver)
      : g_(graph), tokens_(tokens), hits_(hits), cues_(cues), resolver_(resolver) {}

  std::vector<Event> run() {
    std::vector<Event> events;
    for (std::size_t h = 0; h < hits_.size(); ++h) {
      const std::size_t w = g_.head_of_cue(h);
      if (w >= g_.size() || (cues_.lexicon().cues()[hits_[h].cue].verb_only && !g_.is_verb(w))) continue;
      Event e = g_.is_verb(w) ? verb_event(h, w) : noun_event(h, w);
      const std::size_t first = hits_[h].first;
      std::size_t from = first, to = first;
      while (from > 0 && tokens_[from - 1].clause == tokens_[first].clause) --from;
      while (to < tokens_.size() && tokens_[to].clause == tokens_[first].clause) ++to;
      if (cues_.modality_in(tokens_, from, to)) e.hedged = true;
      events.push_back(std::move(e));
    }
    return events;
  }

 private:
  // Whether word `w` heads a cue as the parse reads it: a CAMEO verb form
  // (verbs.csv) counts only as a verb ("targets" the noun is no act).
  bool cued(std::size_t w) const {
    if (w >= g_.size() || g_.cue(w) < 0) return false;
    return !cue_of(w).verb_only || g_.is_verb(w);
  }
  const extract::Cue& cue_of(std::size_t w) const {
    return cues_.lexicon().cues()[hits_[static_cast<std::size_t>(g_.cue(w))].cue];
  }
  bool is(std::size_t w, ModifierType type) const {
    if (w == 0 || w >= g_.size() || g_.word(w).empty()) return false;
    const std::size_t t = g_.token(w);
    return t < tokens_.size() && tokens_[t].text == g_.word(w) && cues_.modifier_at(tokens_, t, type);
  }
  bool starts_with_word(std::size_t w, ModifierType type) const {  // multi-word ("rule out") too
    if (w == 0 || w >= g_.size()) return false;
    const std::size_t t = g_.token(w);
    return t < tokens_.size() && cues_.modifier_at(tokens_, t, type);
  }

  // ---- actor roles ----

  Actors noun_phrase(std::size_t w, const std::set<int>& exclude, bool act, int depth) const {
    std::set<std::size_t> visited;
    return np(w, exclude, act, depth, visited);
  }

  Actors np(std::size_t w, const std::set<int>& exclude, bool act, int depth, std::set<std::size_t>& visited) const {
    Actors out;
    if (depth > kMaxDepth || w == 0 || w >= g_.size() || !visited.insert(w).second) return out;
    if (!g_.actors(w).empty() || g_.word(w) == "and" || g_.word(w) == "or") {
      // A name chain (G) may run through "and": the parser reads "Russia and
      // Iran" as one proper name.
      out.ids = g_.actors(w);
      for (std::size_t x : joined(g_.left(w, "G"), g_.right(w, "G"))) out.add(np(x, exclude, act, depth + 1, visited));
      if (!out.ids.empty()) return out;
    }
    const auto conjuncts = joined(g_.right(w, "SJ"), g_.left(w, "SJ"));
    if (!conjuncts.empty() && (g_.word(w) == "and" || g_.word(w) == "or" || g_.word(w) == "," ||
                               g_.word(w) == "nor" || g_.word(w) == "but")) {
      for (std::size_t x : conjuncts) out.add(np(x, exclude, act, depth + 1, visited));
      return out;
    }
    if (pronouns().count(g_.word(w)) > 0) {
      return resolve(w, act || g_.word(w) == "them", exclude, plural_pronoun(g_.word(w)));
    }
    if (group_reference(w)) return resolve(w, false, exclude, true);
    const bool standin = is(w, ModifierType::kStandIn);
    const bool topic = cued(w) && cue_of(w).kind == CueKind::kFrame;
    if (standin || topic) {
      out.add(modifier_actors(w, exclude, depth, visited));
      for (std::size_t p : g_.right(w, "M")) {
        const std::string& prep = g_.word(p);
        if (prep == "of" || (topic && (prep == "between" || prep == "with" || prep == "among"))) {
          for (std::size_t x : g_.right(p, "J")) out.add(np(x, exclude, act, depth + 1, visited));
        }
      }
      if (!out.ids.empty()) return out;
    }
    if (is(w, ModifierType::kReference) && has_demonstrative(w)) return resolve(w, true, exclude);
    if (!cued(w) || !act) {
      // What an actor owns or made stands for it as a role: "condemned
      // Israel's actions", "shelled Indian positions", "rejected the quotas
      // proposed by Warsaw" (PETRARCH2 likewise codes "Iranian sites" as IRN).
      out.add(modifier_actors(w, exclude, depth, visited));
      for (std::size_t v : g_.right(w, "M", "v")) out.add(by_phrase(v, exclude));
    }
    return out;
  }

  // "both countries", "the two countries", "the two".
  bool group_reference(std::size_t w) const {
    if (group_nouns().count(g_.word(w)) == 0) return false;
    if (g_.word(w) == "two") return !g_.left(w, "DD").empty();
    for (std::size_t d : g_.left(w, "D"))
      if (g_.word(d) == "both" || g_.word(d) == "two") return true;
    return false;
  }

  // A relational noun that presupposes known parties: after a demonstrative
  // ("the partnership", "this treaty") or modified by "bilateral".
  bool definite_relation(std::size_t n) const {
    if (has_demonstrative(n)) return true;
    for (std::size_t a : joined(g_.left(n, "A"), g_.left(n, "AN")))
      if (g_.word(a) == "bilateral") return true;
    return false;
  }

  bool has_demonstrative(std::size_t w) const {
    for (std::size_t d : g_.left(w, "D"))
      if (demonstratives().count(g_.word(d)) > 0) return true;
    return false;
  }

  Actors resolve(std::size_t w, bool act, const std::set<int>& exclude, bool plural = false) const {
    Actors out;
    if (resolver_ == nullptr) return out;
    out.ids = resolver_->resolve(tokens_[g_.token(w)].begin, act, exclude, plural);
    out.resolved = !out.ids.empty();
    return out;
  }

  // Actors modifying a noun: "Iranian sites", "Russia-Iran ties", "Iran's
  // government", "its partner".
  Actors modifier_actors(std::size_t w, const std::set<int>& exclude, int depth, std::set<std::size_t>& visited) const {
    Actors out;
    for (std::size_t x : joined(g_.left(w, "A"), g_.left(w, "AN"), g_.left(w, "G"), g_.left(w, "GN"))) {
      out.add(np(x, exclude, false, depth + 1, visited));  // "Iranian sites", "US and EU sanctions"
    }
    for (std::size_t d : g_.left(w, "D")) {
      if (g_.word(d) == "'s" || g_.word(d) == "'") {
        for (std::size_t y : joined(g_.left(d, "YS"), g_.left(d, "YP"))) out.add(np(y, exclude, false, depth + 1, visited));
      } else if (g_.word(d) == "its" || g_.word(d) == "their") {
        out.add(resolve(d, false, exclude, g_.word(d) == "their"));
      } else if (!g_.actors(d).empty()) {
        out.ids.insert(g_.actors(d).begin(), g_.actors(d).end());
      }
    }
    return out;
  }

  // ---- verbs ----

  // Auxiliary, "to" or control verb directly above a verb, or 0.
  std::size_t parent(std::size_t v) const {
    for (const char* type : {"I", "PP", "P", "IV"}) {
      for (std::size_t a : g_.left(v, type)) {
        if (g_.word(a) == "to") {
          for (std::size_t c : g_.left(a, "TO")) return c;
          for (std::size_t c : g_.left(a, "MV", "i")) return c;
        }
        return a;
      }
    }
    // "prevented Russia from supporting Iran": the gerund is in the scope
    // of the verb the "from" hangs on.
    for (std::size_t f : g_.left(v, "M", "g"))
      if (g_.word(f) == "from")
        for (std::size_t u : g_.left(f, "MV"))
          if (g_.is_verb(u)) return u;
    return 0;
  }

  bool passive(std::size_t v) const {
    return !g_.left(v, "P", "v").empty() || !g_.left(v, "M", "v").empty();
  }

  Actors by_phrase(std::size_t v, const std::set<int>& exclude) const {
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

  // The grammatical subject of a verb, through auxiliaries, control verbs
  // and coordination.
  Actors subject(std::size_t v, const std::set<int>& exclude, int depth) const {
    Actors out;
    if (depth > kMaxDepth || v == 0) return out;
    for (std::size_t x : g_.left(v, "S")) return noun_phrase(x, exclude, false, depth + 1);
    for (std::size_t x : g_.right(v, "SI")) return noun_phrase(x, exclude, false, depth + 1);
    for (std::size_t r : g_.left(v, "RS")) return antecedent(r, exclude, depth);
    for (std::size_t n : g_.left(v, "M", "g")) {
      if (g_.word(n) == "from") {
        // "prevented Russia from supporting Iran": the object does it.
        for (std::size_t u : g_.left(n, "MV")) {
          for (std::size_t o : g_.right(u, "O")) {
            Actors object = noun_phrase(o, exclude, false, depth + 1);
            if (!object.ids.empty()) return object;
          }
          return subject(u, exclude, depth + 1);
        }
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
    for (std::size_t j : g_.left(v, "VJ")) {
      for (std::size_t x : g_.left(j, "S")) return noun_phrase(x, exclude, false, depth + 1);
      for (std::size_t l : g_.left(j, "VJ")) return subject(l, exclude, depth + 1);
      const std::size_t above = parent(j);
      if (above != 0) return subject(above, exclude, depth + 1);
    }
    for (std::size_t j : g_.right(v, "VJ")) {
      for (std::size_t x : g_.left(j, "S")) return noun_phrase(x, exclude, false, depth + 1);
    }
    // "Both worked to oppose ...": a floating "both" is the subject.
    for (std::size_t x : g_.left(v, "E"))
      if (g_.word(x) == "both") return resolve(x, false, exclude, true);
    return out;
  }

  Actors antecedent(std::size_t relative, const std::set<int>& exclude, int depth) const {
    for (std::size_t x : joined(g_.left(relative, "MX"), g_.left(relative, "R")))
      return noun_phrase(x, exclude, false, depth + 1);
    return {};
  }

  // Patient of a passive verb: the subject of its "be" (through auxiliaries),
  // or the noun it modifies; read like an object, so that an act noun stands
  // for its agent ("the proposal of Poland was rejected by Hungary").
  Actors patient(std::size_t v, const std::set<int>& exclude) const {
    for (std::size_t n : g_.left(v, "M", "v")) return object_role(v, n, exclude);
    for (std::size_t be : g_.left(v, "P", "v")) {
      for (std::size_t up = be, depth = 0; up != 0 && depth < kMaxDepth; up = parent(up), ++depth) {
        for (std::size_t n : g_.left(up, "S")) return object_role(v, n, exclude);
      }
      return subject(be, exclude, 1);
    }
    return {};
  }

  Mood mood_of(std::size_t v) const {
    Mood m;
    std::size_t cur = v;
    std::set<std::size_t> negators;  // each "not" once, though it links to "did" (N) and to the verb (E)
    for (int depth = 0; cur != 0 && depth < kMaxDepth; ++depth) {
      if (is_negation_word(g_.word(cur))) negators.insert(cur);
      for (std::size_t x : joined(g_.right(cur, "N"), g_.left(cur, "N"), g_.left(cur, "E"), g_.left(cur, "EB"),
                                  g_.right(cur, "EB"))) {
        if (is_negation_word(g_.word(x))) negators.insert(x);
      }
      if (cur != v) {
        if (is(cur, ModifierType::kRefusal)) ++m.negations;
        if (starts_with_word(cur, ModifierType::kTerminative)) ++m.negations;
        if (is(cur, ModifierType::kModality)) m.hedged = true;
      }
      cur = parent(cur);
    }
    m.negations += static_cast<int>(negators.size());
    return m;
  }

  Event verb_event(std::size_t h, std::size_t v) const {
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
        for (std::size_t subj : g_.left(x, "S")) recipients.add(noun_phrase(subj, agents.ids, false, 0));
        for (std::size_t subj : g_.right(x, "S")) recipients.add(noun_phrase(subj, agents.ids, false, 0));
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
    Actors opponents;
    for (std::size_t p : preps) {
      if (cooperative && g_.word(p) == "against") {  // "supports Iran against Israel"
        for (std::size_t x : g_.right(p, "J")) opponents.add(noun_phrase(x, agents.ids, false, 0));
        continue;
      }
      const bool from = from_party && g_.word(p) == "from";
      if (recipient_prepositions().count(g_.word(p)) == 0 && !(adjective && g_.word(p) == "of") && !from) continue;
      if (nearer_act(v, p)) continue;  // "condemned Israel's strikes on Iran": the strikes' phrase
      for (std::size_t x : g_.right(p, "J")) recipients.add(noun_phrase(x, agents.ids, false, 0));
    }
    const Mood mood = mood_of(v);
    const Mood governed = governor_mood(v);
    e.negated = (mood.negations + governed.negations) % 2 == 1;
    e.hedged = mood.hedged || governed.hedged;
    // A negated terminative ("did not stop", "did not rule out") is not an
    // act of its own: it restores the act it governs.
    e.cancelled = starts_with_word(v, ModifierType::kTerminative) && mood.negations % 2 == 1;
    e.agents = agents.ids;
    e.recipients = recipients.ids;
    e.resolved = agents.resolved || recipients.resolved;
    e.joint = g_.right(v, "O").empty();
    e.unasserted = questioned(v);
    e.opponents = opponents.ids;
    for (std::size_t t : g_.right(v, "TO"))
      for (std::size_t i : g_.right(t, "I"))
        if (cued(i) && g_.is_verb(i)) e.controls_act = true;
    return e;
  }

  // Whether verb `v` is only asked about: the sentence is a yes/no question
  // (Link Grammar's Qd from the wall: "Does Russia support Iran?"), or `v`
  // heads an indirect question ("the question of whether Russia supports
  // Iran", "unclear if ...").
  bool questioned(std::size_t v) const {
    if (!g_.right(0, "Q", "d").empty()) return true;
    for (std::size_t up = v, depth = 0; up != 0 && depth < kMaxDepth; up = parent(up), ++depth) {
      for (std::size_t c : g_.left(up, "CV"))
        if (g_.word(c) == "whether" || (g_.word(c) == "if" && !g_.left(c, "QI").empty())) return true;
    }
    return false;
  }

  // What a verb does to its object `o`: an actor, or, when the object is an
  // act, the act's agent ("condemned Israel's strikes" -> Israel), or the
  // act's beneficiary for a terminative or cooperative verb ("blocked aid to
  // Ukraine" -> Ukraine; "signed the agreement with Ukraine" -> Ukraine).
  Actors object_role(std::size_t v, std::size_t o, const std::set<int>& exclude) const {
    Actors direct = noun_phrase(o, exclude, true, 0);
    if (!direct.ids.empty() || !cued(o)) return direct;
    Actors own = own_agents(o, exclude);
    const bool terminative = starts_with_word(v, ModifierType::kTerminative);
    if (!own.ids.empty() && !terminative) return own;
    const bool cooperative_pair = cued(v) && polarity_of(v) == polarity_of(o) && polarity_of(v) == "cooperation";
    if (terminative || cooperative_pair || (cued(v) && cue_of(v).kind != CueKind::kAction)) {
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

  std::string polarity_of(std::size_t w) const {
    const extract::Category* c = cues_.lexicon().category(cue_of(w).category);
    return c != nullptr ? c->polarity : "";
  }

  // ---- nouns ----

  // The conjunction whose right conjunct is noun `n` while its other
  // conjuncts are modifiers (actors or adjectives): the parser reads
  // "Israeli and US strikes" as "[Israeli] and [US strikes]" and "economic
  // and political ties" as "[economic] and [political ties]"; the
  // conjunction then holds the noun's place in the sentence. 0 if none.
  std::size_t modifier_conjunction(std::size_t n) const {
    for (std::size_t j : g_.left(n, "SJ")) {
      if (g_.word(j) != "and" && g_.word(j) != "or") continue;
      for (std::size_t x : g_.left(j, "SJ"))
        if (!g_.actors(x).empty() || g_.subscript(x).rfind("a", 0) == 0) return j;
    }
    return 0;
  }
  // Noun `n` and, if any, the conjunction that holds its place.
  std::vector<std::size_t> places(std::size_t n) const {
    std::vector<std::size_t> out{n};
    if (const std::size_t j = modifier_conjunction(n); j != 0) out.push_back(j);
    return out;
  }

  Actors own_agents(std::size_t n, const std::set<int>& exclude) const {
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
    return out;
  }

  // Late closure the other way: a phrase after a nearer act noun is that
  // noun's ("commitment to a war with the US": the US is the war's).
  bool nearer_act(std::size_t n, std::size_t p) const {
    for (std::size_t k = n + 1; k < p; ++k)
      if (cued(k) && g_.head_of_cue(static_cast<std::size_t>(g_.cue(k))) == k && !g_.is_verb(k)) return true;
    return false;
  }

  // Objects of the noun's prepositions: `joint` false, the partners or
  // targets (with, to, against, on, of ...); true, the parties that share
  // the act ("between", "among", "involving": "talks between A and B").
  Actors noun_recipients(std::size_t n, const std::set<int>& exclude, bool joint = false) const {
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
      if (noun_prepositions().count(g_.word(p)) == 0) continue;
      if (joint_prepositions().count(g_.word(p)) != (joint ? 1U : 0U)) continue;
      if (cooperative && g_.word(p) == "against") continue;  // the opponent (opponents_of), not a partner
      if (nearer_act(n, p)) continue;
      for (std::size_t x : g_.right(p, "J")) out.add(noun_phrase(x, exclude, false, 0));
    }
    return out;
  }

  // Whom a cooperative noun is against: "support for Iran against Israel".
  Actors opponents_of(std::size_t n, const std::set<int>& exclude) const {
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

  // The word that governs noun or gerund `n`: the verb whose object it is, or
  // the verb or noun that the preposition before it attaches to.
  std::size_t governor(std::size_t n) const {
    for (std::size_t w : places(n)) {
      for (std::size_t v : g_.left(w, "O")) return v;
      for (std::size_t p : g_.left(w, "J")) {
        // The nearest word the preposition attaches to, when the parser gives
        // it two ("analyses Iran's commitment to a war": the commitment's).
        std::size_t nearest = 0;
        for (std::size_t x : joined(g_.left(p, "MV"), g_.left(p, "M"))) nearest = std::max(nearest, x);
        if (nearest != 0) return nearest;
      }
    }
    return 0;
  }

  static bool copula_word(const std::string& w) {
    static const std::set<std::string> words = {"be",     "is",      "are",    "was",      "were",
                                                "been",   "being",   "become", "becomes",  "became",
                                                "becoming", "remain", "remains", "remained", "remaining"};
    return words.count(w) > 0;
  }
  bool copula(std::size_t v) const { return g_.is_verb(v) && copula_word(g_.word(v)); }
  bool is_object_of(std::size_t n, std::size_t v) const {
    for (std::size_t w : places(n))
      for (std::size_t x : g_.left(w, "O"))
        if (x == v) return true;
    return false;
  }

  Actors governor_agents(std::size_t n) const {
    const std::size_t gov = governor(n);
    if (gov == 0) return {};
    if (g_.is_verb(gov)) return passive(gov) ? by_phrase(gov, {}) : subject(gov, {}, 1);
    if (cued(gov)) return own_agents(gov, {});
    return {};
  }

  // The scope a governing verb lends: its negations and hedges, plus one
  // negation if it is terminative ("blocked aid", "ruled out sending").
  Mood governor_mood(std::size_t n) const {
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

  Event noun_event(std::size_t h, std::size_t n) const {
    Event e;
    e.hit = h;
    e.word = n;
    const extract::Cue& cue = cues_.lexicon().cues()[hits_[h].cue];
    Actors agents = own_agents(n, {});
    if (cue.kind != CueKind::kAction) agents.add(noun_recipients(n, {}, true));
    Actors recipients = noun_recipients(n, agents.ids);
    const std::size_t gov = governor(n);
    if (recipients.ids.empty() && gov != 0 && g_.is_verb(gov) && !g_.right(gov, "O").empty()) {
      // "halt sales of weapons to Iran": the parser may hang the recipient on the verb.
      for (std::size_t p : g_.right(gov, "MV", "p")) {
        if (recipient_prepositions().count(g_.word(p)) == 0 || nearer_act(n, p)) continue;
        for (std::size_t x : g_.right(p, "J")) recipients.add(noun_phrase(x, agents.ids, false, 0));
      }
    }
    const bool governed_by_cue = gov != 0 && cued(gov) && cue_of(gov).kind != CueKind::kFrame;
    bool inherits = false;
    if (gov != 0 && copula(gov) && is_object_of(n, gov)) {
      // A predicate noun is said of the subject, and its possessor is the
      // other party: "Russia has been Iran's main arms supplier" (RUS>IRN),
      // "Iran was not a major trade partner to Russia" (the copula's
      // negation is the noun's).
      Actors holder = subject(gov, {}, 1);
      if (!holder.ids.empty()) {
        recipients.add(agents);
        for (int a : holder.ids) recipients.ids.erase(a);
        agents = holder;
        inherits = true;
      }
    }
    if (agents.ids.empty()) {
      // A light verb lends its subject ("launched strikes on Iran", "signed
      // the agreement with Ukraine"); a cue verb does not ("condemned strikes
      // on Iran" is no strike by the condemner), unless both cooperate.
      const bool scoping = gov != 0 && (starts_with_word(gov, ModifierType::kTerminative) || is(gov, ModifierType::kRefusal));
      // A cooperative noun lends to the act it is for ("Iran's commitment
      // to a war with the US": Iran is a party; "support for the strikes").
      const bool noun_for = governed_by_cue && !g_.is_verb(gov) && polarity_of(gov) == "cooperation";
      const bool lends = !governed_by_cue || scoping || noun_for ||
                         (polarity_of(gov) == cue_polarity(cue) && cue_polarity(cue) != "rivalry");
      if (lends) {
        Actors inherited = governor_agents(n);
        inherits = !inherited.ids.empty();
        agents.add(inherited);
      }
    }
    if (agents.ids.empty() && cue.kind != CueKind::kAction && !recipients.ids.empty()) {
      // A tie with no holder of its own, in a phrase hung on the sentence
      // ("Given ... close ties with Israel, Russia has been compelled"):
      // the holder is the main clause's subject.
      for (std::size_t main : g_.right(0, "WV")) agents.add(subject(main, recipients.ids, 1));
    }
    if (cue.kind != CueKind::kAction && cue_polarity(cue) != "rivalry" && agents.ids.empty() &&
        recipients.ids.empty() && definite_relation(n)) {
      // "This partnership has been solidified", "the treaty covers trade",
      // "bilateral trade dropped": a definite relational noun names the
      // pair the paragraph is about (the two latest actors). Not a hostile
      // one: "the war" is as often one the paragraph has not named ("the
      // war in Ukraine").
      agents.add(resolve(n, false, {}, true));
    }
    Mood mood;
    for (std::size_t d : g_.left(n, "D"))
      if (g_.word(d) == "no") ++mood.negations;
    const Mood governed = governor_mood(n);
    const bool terminative_gov = gov != 0 && starts_with_word(gov, ModifierType::kTerminative);
    if (inherits || terminative_gov || is(gov, ModifierType::kRefusal)) {
      mood.negations += governed.negations;
      mood.hedged = governed.hedged;
    }
    if (cue.kind == CueKind::kFrame) e.qualifier = qualifier(n);
    e.asserted = asserted(n);
    e.unasserted = !g_.right(0, "Q", "d").empty();
    e.opponents = opponents_of(n, agents.ids).ids;
    for (int a : e.opponents) recipients.ids.erase(a);
    e.joint = cue.kind != CueKind::kAction;
    e.negated = mood.negations % 2 == 1;
    e.hedged = mood.hedged;
    e.agents = agents.ids;
    e.recipients = recipients.ids;
    e.resolved = agents.resolved || recipients.resolved;
    return e;
  }

  std::string cue_polarity(const extract::Cue& cue) const {
    const extract::Category* c = cues_.lexicon().category(cue.category);
    return c != nullptr ? c->polarity : "";
  }

  // Whether a topic noun is an argument of a clause ("Russia keeps
  // relations with Israel", "ties between Iran and Russia date back") rather
  // than the topic of another noun or a heading ("the limits of Russia-Iran
  // relations", "Russia-Iran Relations at a Glance"): the coding rules code
  // the first and not the second.
  bool asserted(std::size_t n) const {
    for (std::size_t w : places(n)) {
      // Not after a colon, which the parser links like a verb ("Hungary and
      // Poland: a partnership under strain" is a label).
      for (std::size_t v : g_.left(w, "O"))
        if ((!g_.actors(v).empty() || g_.is_verb(v)) && g_.word(v) != ":") return true;
      if (!g_.right(w, "S").empty()) return true;
    }
    return false;
  }

  // +1 for "close ties" / "ties are close", -1 for "strained relations", else 0.
  int qualifier(std::size_t n) const {
    std::vector<std::size_t> words = joined(g_.left(n, "A"), g_.left(n, "AN"));
    if (const std::size_t j = modifier_conjunction(n); j != 0) {
      for (std::size_t x : g_.left(j, "SJ")) words.push_back(x);  // "[close] and [friendly ties]"
      for (std::size_t x : joined(g_.left(j, "A"), g_.left(j, "AN"))) words.push_back(x);
    }
    for (std::size_t v : g_.right(n, "S")) {
      for (const char* type : {"P", "I", "O"}) {
        for (std::size_t x : g_.right(v, type)) words.push_back(x);
      }
      words.push_back(v);
    }
    for (std::size_t v : g_.left(n, "O")) words.push_back(v);
    for (std::size_t x : words) {
      if (is(x, ModifierType::kWarm)) return 1;
      if (is(x, ModifierType::kCold)) return -1;
    }
    return 0;
  }

  const ParseGraph& g_;
  const std::vector<Token>& tokens_;
  const std::vector<CueHit>& hits_;
  const CueIndex& cues_;
  const ReferenceResolver* resolver_;
};

}  // namespace

std::vector<Event> find_events(const ParseGraph& graph, const std::vector<Token>& tokens,
                               const std::vector<CueHit>& hits, const CueIndex& cues,
                               const ReferenceResolver* resolver) {
  return RoleReader(graph, tokens, hits, cues, resolver).run();
}

}  // namespace actornet::tagging
