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
const std::set<std::string>& pronouns() {
  static const std::set<std::string> words = {"it",   "its",   "they",   "them",
                                              "their", "theirs", "itself", "themselves"};
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
      if (w >= g_.size()) continue;
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
    if (pronouns().count(g_.word(w)) > 0) return resolve(w, act || g_.word(w) == "them", exclude);
    const bool standin = is(w, ModifierType::kStandIn);
    const bool topic = g_.cue(w) >= 0 && cue_of(w).kind == CueKind::kFrame;
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
    return out;
  }

  bool has_demonstrative(std::size_t w) const {
    for (std::size_t d : g_.left(w, "D"))
      if (demonstratives().count(g_.word(d)) > 0) return true;
    return false;
  }

  Actors resolve(std::size_t w, bool act, const std::set<int>& exclude) const {
    Actors out;
    if (resolver_ == nullptr) return out;
    const int a = resolver_->resolve(tokens_[g_.token(w)].begin, act, exclude);
    if (a >= 0) {
      out.ids.insert(a);
      out.resolved = true;
    }
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
        out.add(resolve(d, false, exclude));
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
    return 0;
  }

  bool passive(std::size_t v) const {
    return !g_.left(v, "P", "v").empty() || !g_.left(v, "M", "v").empty();
  }

  Actors by_phrase(std::size_t v, const std::set<int>& exclude) const {
    Actors out;
    for (std::size_t p : joined(g_.right(v, "MV", "p"), g_.right(v, "M", "p"))) {
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
    for (std::size_t n : g_.left(v, "M", "g")) return noun_phrase(n, exclude, false, depth + 1);
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
    return out;
  }

  Actors antecedent(std::size_t relative, const std::set<int>& exclude, int depth) const {
    for (std::size_t x : joined(g_.left(relative, "MX"), g_.left(relative, "R")))
      return noun_phrase(x, exclude, false, depth + 1);
    return {};
  }

  // Patient of a passive verb: the subject of its "be", or the noun it modifies.
  Actors patient(std::size_t v, const std::set<int>& exclude) const {
    for (std::size_t n : g_.left(v, "M", "v")) return noun_phrase(n, exclude, false, 1);
    for (std::size_t be : g_.left(v, "P", "v")) return subject(be, exclude, 1);
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
    for (std::size_t c : joined(g_.right(v, "C"), g_.right(v, "TH"), g_.right(v, "Ce"))) {
      for (std::size_t x : joined(g_.right(c, "C"), g_.right(c, "Ce"), std::vector<std::size_t>{c})) {
        for (std::size_t subj : g_.left(x, "S")) recipients.add(noun_phrase(subj, agents.ids, false, 0));
        for (std::size_t subj : g_.right(x, "S")) recipients.add(noun_phrase(subj, agents.ids, false, 0));
      }
    }
    std::vector<std::size_t> preps = g_.right(v, "MV", "p");
    const bool adjective = !g_.left(v, "P", "a").empty();
    if (adjective) {  // "was critical of Israel", "hostile to the US"
      for (std::size_t p : g_.right(v, "M")) preps.push_back(p);
      for (std::size_t p : g_.right(v, "MV")) preps.push_back(p);
    }
    for (std::size_t o : g_.right(v, "O"))
      for (std::size_t p : g_.right(o, "M", "p")) preps.push_back(p);
    for (std::size_t p : preps) {
      if (recipient_prepositions().count(g_.word(p)) == 0 && !(adjective && g_.word(p) == "of")) continue;
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
    return e;
  }

  // What a verb does to its object `o`: an actor, or, when the object is an
  // act, the act's agent ("condemned Israel's strikes" -> Israel), or the
  // act's beneficiary for a terminative or cooperative verb ("blocked aid to
  // Ukraine" -> Ukraine; "signed the agreement with Ukraine" -> Ukraine).
  Actors object_role(std::size_t v, std::size_t o, const std::set<int>& exclude) const {
    Actors direct = noun_phrase(o, exclude, true, 0);
    if (!direct.ids.empty() || g_.cue(o) < 0) return direct;
    Actors own = own_agents(o, exclude);
    const bool terminative = starts_with_word(v, ModifierType::kTerminative);
    if (!own.ids.empty() && !terminative) return own;
    const bool cooperative_pair = g_.cue(v) >= 0 && polarity_of(v) == polarity_of(o) && polarity_of(v) == "cooperation";
    if (terminative || cooperative_pair || (g_.cue(v) >= 0 && cue_of(v).kind != CueKind::kAction)) {
      return noun_recipients(o, exclude);
    }
    return {};
  }

  std::string polarity_of(std::size_t w) const {
    const extract::Category* c = cues_.lexicon().category(cue_of(w).category);
    return c != nullptr ? c->polarity : "";
  }

  // ---- nouns ----

  Actors own_agents(std::size_t n, const std::set<int>& exclude) const {
    std::set<std::size_t> visited{n};
    Actors out = modifier_actors(n, exclude, 0, visited);
    out.add(by_phrase(n, exclude));
    return out;
  }

  Actors noun_recipients(std::size_t n, const std::set<int>& exclude) const {
    Actors out;
    std::vector<std::size_t> preps = g_.right(n, "M");
    // The parser may attach the preposition right after the noun higher up
    // ("a pillar of Russia's support for Iran"); the nearest attachment is
    // the likelier reading for an act noun (Frazier's late closure).
    if (n + 1 < g_.size() && g_.left(n + 1, "M").empty()) preps.push_back(n + 1);
    for (std::size_t p : preps) {
      if (noun_prepositions().count(g_.word(p)) == 0) continue;
      for (std::size_t x : g_.right(p, "J")) out.add(noun_phrase(x, exclude, false, 0));
    }
    return out;
  }

  // The word that governs noun or gerund `n`: the verb whose object it is, or
  // the verb or noun that the preposition before it attaches to.
  std::size_t governor(std::size_t n) const {
    for (std::size_t v : g_.left(n, "O")) return v;
    for (std::size_t p : g_.left(n, "J")) {
      for (std::size_t x : joined(g_.left(p, "MV"), g_.left(p, "M"))) return x;
    }
    return 0;
  }

  Actors governor_agents(std::size_t n) const {
    const std::size_t gov = governor(n);
    if (gov == 0) return {};
    if (g_.is_verb(gov)) return passive(gov) ? by_phrase(gov, {}) : subject(gov, {}, 1);
    if (g_.cue(gov) >= 0) return own_agents(gov, {});
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
    Actors recipients = noun_recipients(n, agents.ids);
    const std::size_t gov = governor(n);
    if (recipients.ids.empty() && gov != 0 && g_.is_verb(gov) && !g_.right(gov, "O").empty()) {
      // "halt sales of weapons to Iran": the parser may hang the recipient on the verb.
      for (std::size_t p : g_.right(gov, "MV", "p")) {
        if (recipient_prepositions().count(g_.word(p)) == 0) continue;
        for (std::size_t x : g_.right(p, "J")) recipients.add(noun_phrase(x, agents.ids, false, 0));
      }
    }
    const bool governed_by_cue = gov != 0 && g_.cue(gov) >= 0 && cue_of(gov).kind != CueKind::kFrame;
    bool inherits = false;
    if (cue.kind == CueKind::kAction ? agents.ids.empty() : agents.ids.size() + recipients.ids.size() < 2) {
      // A light verb lends its subject ("launched strikes on Iran", "signed
      // the agreement with Ukraine"); a cue verb does not ("condemned strikes
      // on Iran" is no strike by the condemner), unless both cooperate.
      const bool scoping = gov != 0 && (starts_with_word(gov, ModifierType::kTerminative) || is(gov, ModifierType::kRefusal));
      const bool lends = !governed_by_cue || scoping ||
                         (polarity_of(gov) == cue_polarity(cue) && cue_polarity(cue) != "rivalry");
      if (lends) {
        Actors inherited = governor_agents(n);
        inherits = !inherited.ids.empty();
        agents.add(inherited);
      }
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

  // +1 for "close ties" / "ties are close", -1 for "strained relations", else 0.
  int qualifier(std::size_t n) const {
    std::vector<std::size_t> words = joined(g_.left(n, "A"), g_.left(n, "AN"));
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
