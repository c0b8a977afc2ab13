// Private to the clause_roles*.cpp files: the reader of one parse's roles
// (find_events in clause_roles.hpp), split by concern so the files follow
// the questions it answers: clause_roles.cpp (the loop over cues and the
// lexicon lookups), clause_roles_actors.cpp (which actors a phrase names),
// clause_roles_verbs.cpp (a verb's agent, recipients and scope),
// clause_roles_nouns.cpp (an act or topic noun's parties, governor and
// qualifiers), clause_roles_joint.cpp (explicitly joint acts, coming
// closer).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "tagging/clause_roles.hpp"
#include "tagging/persons.hpp"
#include "tagging/tagger.hpp"

namespace actornet::tagging::roles {

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

inline const std::set<std::string>& recipient_prepositions() {
  static const std::set<std::string> words = {"to",  "with",   "against", "on",
                                              "at",  "toward", "towards", "into",
                                              "for", "over",   "upon",    "onto"};
  return words;
}
inline const std::set<std::string>& noun_prepositions() {
  static const std::set<std::string> words = {
      "to",  "with", "against", "on", "at",      "toward", "towards", "into",
      "for", "over", "upon",    "of", "between", "among",  "amongst", "involving"};
  return words;
}
// Whether the cue's own last word is a topic preposition ("dependent on",
// "reliant on"): then that preposition introduces the partner.
inline bool ends_in_topic_preposition(const std::string& cue) {
  const std::size_t space = cue.rfind(' ');
  return space != std::string::npos && topic_prepositions().count(cue.substr(space + 1)) > 0;
}
// Words that predicate a coming closer of their clause's subjects
// (RoleReader::closeness_event): "Russia and Iran grew closer", not "closer
// ties", which the `warm` modifier reads. The shallow rules read the cue as
// any mutual cue.
inline const std::set<std::string>& closeness_words() {
  static const std::set<std::string> words = {"closer"};
  return words;
}
inline const std::set<std::string>& joint_prepositions() {
  static const std::set<std::string> words = {"between", "among", "amongst", "involving"};
  return words;
}
// Time adverbials a hostile act may stand in as what the clause responds to
// ("after attacks by Israel", "following strikes by Israel").
inline const std::set<std::string>& adverbial_prepositions() {
  static const std::set<std::string> words = {"after", "following", "amid", "during", "despite"};
  return words;
}
// Verbs whose subject is the one a cooperative act they take as object is
// done for ("Iran benefits from Russian backing", "Iran relies on Chinese
// investment", "Iran received Russian help"). Inflected forms are listed
// because the parse gives words, not lemmas.
inline const std::set<std::string>& beneficiary_verbs() {
  static const std::set<std::string> words = {
      "benefit",   "benefits",  "benefited", "benefitted", "benefiting", "benefitting", "rely",
      "relies",    "relied",    "relying",   "depend",     "depends",    "depended",    "depending",
      "enjoy",     "enjoys",    "enjoyed",   "enjoying",   "receive",    "receives",    "received",
      "receiving", "obtain",    "obtains",   "obtained",   "obtaining",  "accept",      "accepts",
      "accepted",  "accepting", "secure",    "secures",    "secured",    "securing",    "gain",
      "gains",     "gained",    "gaining",   "get",        "gets",       "got",         "getting"};
  return words;
}
inline const std::set<std::string>& pronouns() {
  // Not "he"/"his": the person is often no actor of the gazetteer.
  static const std::set<std::string> words = {"it",   "its",   "itself", "they",
                                              "them", "their", "theirs", "themselves"};
  return words;
}
inline bool plural_pronoun(const std::string& w) {
  return w == "they" || w == "them" || w.rfind("their", 0) == 0 || w == "themselves";
}
// Nouns that, after "both" or "the two", refer to two actors named before:
// "both countries", "the two capitals", "both sides".
inline const std::set<std::string>& group_nouns() {
  static const std::set<std::string> words = {
      "countries", "nations", "sides",      "capitals",  "states",  "powers", "governments",
      "partners",  "allies",  "neighbours", "neighbors", "leaders", "two"};
  return words;
}
inline const std::set<std::string>& demonstratives() {
  static const std::set<std::string> words = {"the", "these", "those", "such", "this", "that"};
  return words;
}
inline bool is_negation_word(const std::string& w) {
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
  RoleReader(const ParseGraph& graph, const std::vector<Token>& tokens,
             const std::vector<CueHit>& hits, const CueIndex& cues,
             const ReferenceResolver* resolver)
      : g_(graph), tokens_(tokens), hits_(hits), cues_(cues), resolver_(resolver) {}

  std::vector<Event> run();

 private:
  // ---- lexicon lookups (clause_roles.cpp) ----
  // Whether word `w` heads a cue as the parse reads it: a CAMEO verb form
  // (verbs.csv) counts only as a verb ("targets" the noun is no act).
  bool cued(std::size_t w) const;
  const extract::Cue& cue_of(std::size_t w) const;
  bool is(std::size_t w, ModifierType type) const;
  // Whether a modifier of `type` starts at word `w`; multi-word ("rule out") too.
  bool starts_with_word(std::size_t w, ModifierType type) const;
  std::string polarity_of(std::size_t w) const;
  std::string cue_polarity(const extract::Cue& cue) const;
  // The cue's category group (categories.csv `group`: "material conflict").
  std::string group_of(const extract::Cue& cue) const;

  // ---- actor roles (clause_roles_actors.cpp) ----
  Actors noun_phrase(std::size_t w, const std::set<int>& exclude, bool act, int depth) const;
  Actors np(std::size_t w, const std::set<int>& exclude, bool act, int depth,
            std::set<std::size_t>& visited) const;
  // "both countries", "the two countries", "the two", "both" alone.
  bool group_reference(std::size_t w) const;
  bool did_little(std::size_t v) const;
  // The verb a gerund `v` hangs on through "against" ("decided against
  // sending", "warned China against arming"), or 0.
  std::size_t against_governor(std::size_t v) const;
  // Preposition `p` joins a co-agent, not a target: "alongside China",
  // "together with China", "along with China".
  bool accompanying(std::size_t p) const {
    const bool along = p > 1 && (g_.word(p - 1) == "together" || g_.word(p - 1) == "along");
    return g_.word(p) == "alongside" || (g_.word(p) == "with" && along);
  }
  // A relational noun that presupposes known parties: after a demonstrative
  // ("the partnership", "this treaty") or modified by "bilateral".
  bool definite_relation(std::size_t n) const;
  bool has_demonstrative(std::size_t w) const;
  Actors resolve(std::size_t w, bool act, const std::set<int>& exclude, bool plural = false,
                 const std::string& group = {}) const;
  // "he", "his", "she": the actor of the person named before (persons.hpp).
  Actors resolve_person(std::size_t w, const std::set<int>& exclude) const;
  // The most salient single actor named in this sentence before word `w`,
  // other than `exclude`: the antecedent a singular pronoun prefers to the
  // paragraph's latest mention. Empty if the sentence names none.
  std::set<int> salient_before(std::size_t w, const std::set<int>& exclude) const;
  // A possessive pronoun at `d` whose only possible antecedents in the
  // sentence are the actors of `exclude` (the other role of the event) is
  // bound to them: "Armenia suspended its participation in ..." is
  // Armenia's own participation, not that of an actor of an earlier
  // sentence. It names no one else, so it adds no actor. When the sentence
  // names another actor before it, the recency rules decide as before
  // ("Russia criticised Iran for its programme": Iran).
  bool bound_to_excluded(std::size_t d, const std::set<int>& exclude) const;
  // Actors modifying a noun: "Iranian sites", "Russia-Iran ties", "Iran's
  // government", "its partner".
  Actors modifier_actors(std::size_t w, const std::set<int>& exclude, int depth,
                         std::set<std::size_t>& visited) const;

  // ---- verbs (clause_roles_verbs.cpp) ----
  // Auxiliary, "to" or control verb directly above a verb, or 0.
  std::size_t parent(std::size_t v) const;
  bool passive(std::size_t v) const;
  Actors by_phrase(std::size_t v, const std::set<int>& exclude) const;
  // The grammatical subject of a verb, through auxiliaries, control verbs
  // and coordination.
  Actors subject(std::size_t v, const std::set<int>& exclude, int depth) const;
  Actors antecedent(std::size_t relative, const std::set<int>& exclude, int depth) const;
  // Patient of a passive verb: the subject of its "be" (through auxiliaries),
  // or the noun it modifies; read like an object, so that an act noun stands
  // for its agent ("the proposal of Poland was rejected by Hungary").
  Actors patient(std::size_t v, const std::set<int>& exclude) const;
  Mood mood_of(std::size_t v) const;
  Event verb_event(std::size_t h, std::size_t v) const;
  // Whether verb `v` is only asked about: the sentence is a yes/no question
  // (Link Grammar's Qd from the wall: "Does Russia support Iran?"), or `v`
  // heads an indirect question ("the question of whether Russia supports
  // Iran", "unclear if ...").
  bool questioned(std::size_t v) const;
  // A verb of implication (mean, imply, entail): negated, it denies what it
  // governs ("does not mean they will defend each other").
  bool implication(std::size_t w) const;
  // What a verb does to its object `o`: an actor, or, when the object is an
  // act, the act's agent ("condemned Israel's strikes" -> Israel), or the
  // act's beneficiary for a terminative or cooperative verb ("blocked aid to
  // Ukraine" -> Ukraine; "signed the agreement with Ukraine" -> Ukraine).
  Actors object_role(std::size_t v, std::size_t o, const std::set<int>& exclude) const;

  // ---- joint acts (clause_roles_joint.cpp) ----
  // The act that marker word `w` makes joint: the noun "joint" modifies or
  // the verb "jointly" modifies; 0 if `w` is no marker or modifies nothing.
  std::size_t marked_act(std::size_t w) const;
  // The coding rules (section 3) code explicitly joint action as
  // cooperation between the co-actors, whatever the act does to others:
  // "Russia and Iran jointly condemned Israel" (IRN-RUS, beside the
  // condemnations), "held joint naval exercises", "the joint condemnation
  // by China and Russia". The marker is a mutual cue of the lexicon
  // ("joint", "jointly"); its event has the act's agents, partners only
  // from a "with" phrase ("joint exercises with Iran"), and the act's scope
  // ("did not hold joint exercises"). `act`: marked_act of the marker.
  Event joint_event(std::size_t h, std::size_t act) const;
  // The event at word `act` that `agents` share (joint: they relate to
  // each other, and to a partner from a "with" phrase among `preps`), in
  // scope `mood`; joint_event and closeness_event differ in what they read.
  Event shared_event(std::size_t h, std::size_t act, const Actors& agents,
                     const std::vector<std::size_t>& preps, const Mood& mood,
                     bool unasserted) const;
  // The verb that closeness word `w` ("closer") is the predicate of ("grew
  // closer", "are closer than ever"), or 0 (as in "closer ties", where the
  // word qualifies a topic noun).
  std::size_t closeness_verb(std::size_t w) const;
  // Coming closer is cooperation (coding rules section 5: "closer" -> 05)
  // among the verb's subjects ("Russia and Iran grew closer"), or with a
  // "with" partner ("Iran grew closer with China"), in the verb's scope
  // ("have not grown closer" is withheld). The word is a mutual cue of the
  // lexicon; its event has no parties when it predicates nothing.
  Event closeness_event(std::size_t h, std::size_t w) const;

  // ---- nouns (clause_roles_nouns.cpp) ----
  // Whether noun or gerund `w` is said to be absent (PLOVER's negated
  // mode without a "not"): "little support", "without direct aid", "a lack
  // of support", "far from establishing an alliance", "a far cry from a
  // partnership", "stops short of a defence clause".
  bool absent(std::size_t w) const;
  // The conjunction whose right conjunct is noun `n` while its other
  // conjuncts are modifiers (actors or adjectives): the parser reads
  // "Israeli and US strikes" as "[Israeli] and [US strikes]" and "economic
  // and political ties" as "[economic] and [political ties]"; the
  // conjunction then holds the noun's place in the sentence. 0 if none.
  std::size_t modifier_conjunction(std::size_t n) const;
  // Noun `n` and, if any, the conjunction that holds its place.
  std::vector<std::size_t> places(std::size_t n) const;
  // Who does noun act `n` by its own words: modifiers and possessor, a
  // by-phrase, and for a cooperative act its "of" and "from" phrases.
  Actors own_agents(std::size_t n, const std::set<int>& exclude) const;
  // Who a "from" phrase on word `w` (M or MV) names, or nobody when `w` is a
  // separation word ("withdrawal from"): the source of an act ("support
  // from China"; a hostile act's only under an incurring verb, since
  // "strikes from Belarus" names a place).
  Actors from_phrase(std::size_t w, const std::set<int>& exclude) const;
  // Late closure the other way: a phrase after a nearer act noun is that
  // noun's ("commitment to a war with the US": the US is the war's).
  bool nearer_act(std::size_t n, std::size_t p) const;
  // Objects of the noun's prepositions: `joint` false, the partners or
  // targets (with, to, against, on, of ...); true, the parties that share
  // the act ("between", "among", "involving": "talks between A and B").
  Actors noun_recipients(std::size_t n, const std::set<int>& exclude, bool joint = false) const;
  // Whether the noun has a phrase of one of those prepositions, naming an
  // actor or not.
  bool has_target_phrase(std::size_t n) const;
  // Whom a cooperative noun is against: "support for Iran against Israel".
  Actors opponents_of(std::size_t n, const std::set<int>& exclude) const;
  // The word that governs noun or gerund `n`: the verb whose object it is, or
  // the verb or noun that the preposition before it attaches to.
  std::size_t governor(std::size_t n) const;
  static bool copula_word(const std::string& w);
  bool copula(std::size_t v) const;
  bool is_object_of(std::size_t n, std::size_t v) const;
  // The object that noun `n` is said of when it is the verb's object
  // complement: after "as" hung on the verb ("Israel sees Iran as a
  // threat", "Russia used Iran as a partner") or the second of two objects
  // ("Iran considers Russia a partner"); empty otherwise.
  Actors complement_object(std::size_t n, const std::set<int>& exclude) const;
  // Who does what governs `n`: the governing verb's agents, or the parties
  // of a relational noun that is its subject ("the treaty between Russia
  // and Iran covers trade"); a governing cue noun's own agents.
  Actors governor_agents(std::size_t n) const;
  // The noun that is verb `v`'s subject, through auxiliaries and a relative
  // pronoun ("the treaty that does not include ..." -> treaty); 0 if none.
  std::size_t subject_word(std::size_t v) const;
  // The scope a governing verb lends: its negations and hedges, plus one
  // negation if it is terminative ("blocked aid", "ruled out sending").
  Mood governor_mood(std::size_t n) const;
  Event noun_event(std::size_t h, std::size_t n) const;
  // Whether a topic noun is an argument of a clause ("Russia keeps
  // relations with Israel", "ties between Iran and Russia date back") rather
  // than the topic of another noun or a heading ("the limits of Russia-Iran
  // relations", "Russia-Iran Relations at a Glance"): the coding rules code
  // the first and not the second.
  bool asserted(std::size_t n) const;
  // Whether the act noun is the "of" of an aspect noun (lexicon type
  // `aspect`): "the future of Russia's support for Iran" names the support
  // as a topic and asserts nothing about it.
  bool aspect_of(std::size_t n) const;
  // Warm for "close ties" / "ties are close", cold for "strained relations"
  // (the first warm or cold word decides), mixed when only `mixed` words
  // qualify the noun ("a complex relationship"), else none.
  Qualifier qualifier(std::size_t n) const;
  // The prepositions whose object is the noun or its phrase ("after
  // [attacks by Israel]", "the future of [Russia's support]").
  std::vector<std::size_t> prepositions_over(std::size_t n) const;
  // The clause subject that a hostile act noun in a time adverbial was done
  // to (see noun_event), without `agents`; empty when the noun is in none.
  Actors adverbial_target(std::size_t n, const std::set<int>& agents) const;

  const ParseGraph& g_;
  const std::vector<Token>& tokens_;
  const std::vector<CueHit>& hits_;
  const CueIndex& cues_;
  const ReferenceResolver* resolver_;
};

}  // namespace actornet::tagging::roles
