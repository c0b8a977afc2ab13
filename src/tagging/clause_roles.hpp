// Who does what to whom in one parsed sentence: for every lexicon cue, its
// agents and recipients read off the Link Grammar linkage, and the scope of
// negation and modality over it.
//
// Roles (link types of the English dictionary):
// - Verb cue. Agent: the subject (S), through auxiliaries and modals (I, PP,
//   Pg), control verbs ("refused to sign": TO/I; with an object, object
//   control: "urged Iran to sign" makes Iran the agent), coordinated verbs
//   (VJ) and subject relatives (RS). Passive (Pv, reduced relative Mv): the
//   agent is the by-phrase, the subject is the recipient. Recipients: the
//   object (O), the object of with/to/against/on/at/toward/into/for/over
//   attached to the verb (MVp) or to its object (Mp), and the antecedent of
//   an object relative (B: "Iran, which Israel attacked"); "from" when no
//   object names a party ("bought oil from Russia"). A gerund's agent: the
//   object of "prevent X from" or the holder of the noun whose preposition
//   it follows ("Iran's involvement in aiding Russia"); a bare infinitive's
//   (I*j: "has seen them become partners"), the object of the verb above.
//   For a cooperative cue, the objects of "against" are opponents, not
//   recipients. A mutual verb with no partner as object joins its subjects
//   ("they coordinate energy policy").
// - Noun cue ("strikes", "agreement", "invasion"). Agent: the possessor
//   ("Russia's"), an actor modifier ("Israeli strikes", "Russia-Iran ties")
//   or a by-phrase; else the agent of what governs it: the verb whose object
//   it is ("signed the agreement", "launched strikes"), the verb or noun of
//   the preposition it follows ("commitment to a war with the US"), or, for
//   a plain verb whose subject is a cooperative tie, the tie's parties ("the
//   treaty between Russia and Iran covers trade"). Coordinated nouns share
//   the place of their conjunction ("keep up trade and cooperation").
//   Recipients: the objects of its prepositions (with, on, against, to, for,
//   of, between); a cooperative noun that a hostile verb acts on gives the
//   verb its partner ("cancelled meetings with Japan").
//   A predicate noun ("Russia has been Iran's main supplier") takes the
//   subject as agent and its possessor as recipient; a definite cooperative
//   noun without parties ("this partnership") the caller's two latest actors.
// - Topic nouns (lexicon kind `frame`: ties, relations) relate only when
//   qualified by a `warm` or `cold` word ("close ties", "relations are
//   strained") or when a verb cue takes them as subject or object
//   ("relations soured", "strengthened their ties"); never when only a
//   `mixed` word qualifies them ("a complex relationship").
// - A noun in the "of" of an `aspect` noun ("the future of Russia's support
//   for Iran") is a topic: unasserted.
// - An actor role is filled by a word naming an actor, a conjunction of such
//   words (SJ), a `stand-in` noun modified by an actor ("Iranian officials",
//   "the government of Hungary"), or a `reference` word resolved by the
//   caller ("them", "the strikes").
// Scope (PLOVER's negated and hypothetical modes): a negation (N, "n't",
// "never") on the verb or any auxiliary or control verb above it negates it;
// a `refusal` control verb ("refused to", "declined to") counts as a
// negation; a `terminative` verb ("stop", "rule out") negates the act it
// governs, so "did not stop deliveries" and "did not rule out sending" are
// double negations (the latter hedged). A noun that takes its agent from a
// governing verb takes its scope too; a noun with its own agent is a fact
// the verb speaks of: "did not condemn Russia's invasion" leaves the
// invasion standing. A negated implication verb ("does not mean", "not
// imply") negates the clause or noun it governs. Absence negates:
// "little", "no", "without", "lack of", "far from" (a noun or a gerund),
// "short of", "rather than", "instead of", and a conjunct negated on its
// conjunction ("practical, not an alliance"). A modal auxiliary or control
// verb above the cue, or a modality word anywhere in its clause, hedges it;
// a yes/no or indirect question ("whether ...") leaves it unasserted, and
// so does a noun that such a question's verb governs.
#pragma once

#include <set>
#include <vector>

#include "tagging/parse_graph.hpp"
#include "tagging/tokens.hpp"

namespace actornet::tagging {

// Resolves a reference word (lexicon type `reference`) to actors (none: unresolved).
class ReferenceResolver {
 public:
  virtual ~ReferenceResolver() = default;
  // `act`: the word stands for an act ("the strikes", "them" as an object),
  // so the actor is the agent of a recent act. `exclude`: actors that cannot
  // be meant (the other role of the same event).
  // `plural`: the word needs two or more actors ("they", "their", "both
  // countries"). `offset`: normalised offset of the reference word.
  // `group`: for an act reference that is itself an act noun ("the
  // attack"), its category's group (categories.csv: "material conflict");
  // only acts of that group are meant. Empty: any act ("the move", "them").
  virtual std::set<int> resolve(std::size_t offset, bool act, const std::set<int>& exclude,
                                bool plural = false, const std::string& group = {}) const = 0;
  // "the latter" (`latter`) or "the former": of the two actors named last
  // before `offset`, the later or the earlier one; empty when fewer than two
  // were named.
  virtual std::set<int> ordinal(std::size_t offset, bool latter) const = 0;
  // "he", "she", "his" at `offset`: the actor of the person they stand for
  // (persons.hpp), or empty when that person is of no actor, is excluded, or
  // none was named.
  virtual std::set<int> resolve_person(std::size_t offset, const std::set<int>& exclude) const = 0;
};

// The group (categories.csv `group`: "material conflict") of category code
// `category`, or "" if the lexicon has no such category.
std::string category_group(const extract::Lexicon& lexicon, const std::string& category);

// How a topic noun is qualified: "close ties" (warm), "strained relations"
// (cold), "a complex relationship" (only mixed words: no polarity), or not.
enum class Qualifier { kNone, kWarm, kCold, kMixed };

struct Event {
  std::size_t hit = 0;   // index of the cue hit
  std::size_t word = 0;  // its head word in the parse
  std::set<int> agents;
  std::set<int> recipients;
  bool negated = false;  // odd number of negations in scope
  bool hedged = false;
  bool cancelled = false;                  // a negated terminative: the cue is not itself an act
  bool resolved = false;                   // a role came from a resolved reference
  Qualifier qualifier = Qualifier::kNone;  // topic nouns only
  bool asserted = false;                   // nouns: an argument of a clause, not a topic label
  // Nothing is asserted: a cue in a yes/no question ("Does Russia support
  // Iran?") or an indirect question ("whether Russia supports Iran"); the
  // pair gets no relation unless another cue gives one. (A noun that is
  // what another noun is about, "the limits of Russia's support", does
  // assert the act: the coding rules code generic statements about a tie;
  // one in the "of" of an `aspect` noun, "the future of ...", does not.)
  bool unasserted = false;
  // Agents without recipients act together: an intransitive verb ("Russia
  // and Iran cooperate") or a mutual noun ("talks"); not "China and Russia
  // condemned the decision" or "US and Israeli strikes".
  bool joint = false;
  // Agents joined by "alongside" or "together with" ("Iran fought alongside
  // Russia"): among the agents too, and the reason the act is not joint.
  std::set<int> companions;
  // A cooperative act's opponents ("supports Iran against Israel", "sided
  // with the West against Iran"): the coding rules code agent -> opponent 11.
  std::set<int> opponents;
  // A control verb whose infinitive is itself a cue verb ("agreed to halt
  // sales", "seeks to destroy"): the infinitive's word, whose relation
  // decides the pair; else 0.
  std::size_t infinitive = 0;
  // Nouns: the word that governs it (the verb whose object it is, the word
  // its preposition hangs on), or 0.
  std::size_t governor = 0;
};

// Salience of word `w` by its grammatical role, for choosing a pronoun's
// antecedent (Lappin & Leass 1994): 80 a subject (or a subject's
// possessor: "Russia's trade with Iran grew"), 50 a direct object, 40 the
// object of a preposition, 0 otherwise.
int role_salience(const ParseGraph& graph, std::size_t w);

// The actors of each clause subject, with the subject's head word: a name
// ("Russia signed"), coordinated names ("Russia and Iran signed": one
// group) or a possessor ("Russia's trade with Iran grew": Russia).
std::vector<std::pair<std::size_t, std::set<int>>> subject_actors(const ParseGraph& graph);

// The actors of each coordination of names that is a verb's subject or
// object ("Russia and Iran face sanctions", "hit Russia and Iran"): such
// actors share one role in their clause, so the clause relates them only
// through a joint act, which the events read.
std::vector<std::set<int>> coordinated_actors(const ParseGraph& graph);

std::vector<Event> find_events(const ParseGraph& graph, const std::vector<Token>& tokens,
                               const std::vector<CueHit>& hits, const CueIndex& cues,
                               const ReferenceResolver* resolver);

}  // namespace actornet::tagging
