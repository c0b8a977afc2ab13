// A noun cue's event: its agents and recipients from the noun's own
// phrases, its governor and the clause, with the scope the governor lends
// (see clause_roles.hpp; the role helpers: clause_roles_nouns.cpp).
#include <algorithm>

#include "tagging/clause_roles_reader.hpp"

namespace actornet::tagging::roles {

Event RoleReader::noun_event(std::size_t h, std::size_t n) const {
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
    const std::vector<std::size_t> own = places(n);
    for (std::size_t p : g_.right(gov, "MV", "p")) {
      if (recipient_prepositions().count(g_.word(p)) == 0 || accompanying(p) || nearer_act(n, p))
        continue;
      // Linked to another noun as well, the phrase is that noun's: "watched
      // Chinese arms deliveries to Pakistan with suspicion" (to Pakistan:
      // the deliveries, not the suspicion).
      bool elsewhere = false;
      for (std::size_t x : g_.left(p, "M"))
        elsewhere = elsewhere || std::find(own.begin(), own.end(), x) == own.end();
      if (elsewhere) continue;
      if (cue.kind == CueKind::kMutual && cue_polarity(cue) == "cooperation" &&
          !ends_in_topic_preposition(cue.text) && topic_prepositions().count(g_.word(p)) > 0)
        continue;  // "held talks on Iran": the topic
      for (std::size_t x : g_.right(p, "J")) recipients.add(noun_phrase(x, agents.ids, false, 0));
    }
  }
  // An object complement is said of the verb's object: "Israel sees Iran
  // as a threat" (ISR>IRN), "Iran considers Russia a partner".
  // Not when the noun has a target phrase of its own, actor or not ("US
  // support for Ukraine").
  if (recipients.ids.empty() && !has_target_phrase(n))
    recipients.add(complement_object(n, agents.ids));
  // A hostile act in a time adverbial, with its agent and no target, was
  // done to the clause's subject: "Iran asked for air defences after
  // attacks by Israel", "Iran rebuilt its sites following strikes by Israel".
  if (cue.kind == CueKind::kAction && cue_polarity(cue) == "rivalry" && !agents.ids.empty() &&
      recipients.ids.empty())
    recipients.add(adverbial_target(n, agents.ids));
  // A cooperative act with its agent and no target, that the clause's
  // subject gains by, was done for that subject: "Iran benefits from
  // Russian diplomatic backing" (RUS>IRN), "Iran relies on Chinese
  // investment".
  // Likewise a hostile act the subject draws or faces: "Ethiopia opened
  // the dam, drawing a protest from Egypt" (EGY>ETH), "Iran faced
  // criticism from the EU". The parser may hang the "from" on the verb.
  const bool cooperative_act = cue.kind == CueKind::kAction && cue_polarity(cue) == "cooperation";
  const bool hostile_act = cue.kind == CueKind::kAction && cue_polarity(cue) == "rivalry";
  const bool gaining = gov != 0 && g_.is_verb(gov) &&
                       ((cooperative_act && beneficiary_verbs().count(g_.word(gov)) > 0) ||
                        (hostile_act && incurring_verbs().count(g_.word(gov)) > 0));
  if (gaining && recipients.ids.empty()) {
    if (agents.ids.empty()) agents.add(from_phrase(n, {}));
    if (agents.ids.empty() && separation_words().count(g_.word(n)) == 0)
      agents.add(from_phrase(gov, {}));
    if (!agents.ids.empty()) recipients.add(subject(gov, agents.ids, 1));
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
    const bool scoping = gov != 0 && (starts_with_word(gov, ModifierType::kTerminative) ||
                                      is(gov, ModifierType::kRefusal));
    // A cooperative noun lends to the act it is for ("Iran's commitment
    // to a war with the US": Iran is a party; "support for the strikes").
    const bool noun_for = governed_by_cue && !g_.is_verb(gov) && polarity_of(gov) == "cooperation";
    const bool lends = !governed_by_cue || scoping || noun_for ||
                       (polarity_of(gov) == cue_polarity(cue) && cue_polarity(cue) != "rivalry");
    if (lends) {
      Actors inherited = governor_agents(n);
      // A stative passive without a by-phrase holds its subject in the
      // tie: "China and the US are locked in a trade war", "are engaged in
      // talks", "embroiled in a dispute". Not an act noun: "Iran was hit in
      // the strikes" is no strike of Iran's.
      bool by = false;
      for (std::size_t p : g_.right(gov, "MV", "p")) by = by || g_.word(p) == "by";
      // (The subject names the parties; a tie noun there is read above.)
      std::size_t holder = 0;
      for (std::size_t aux : g_.left(gov, "P", "v")) holder = subject_word(aux);
      if (inherited.ids.empty() && cue.kind != CueKind::kAction && g_.is_verb(gov) &&
          passive(gov) && !by && holder != 0 && !cued(holder))
        inherited = subject(gov, {}, 1);
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
  if (absent(n)) ++mood.negations;
  const Mood governed = governor_mood(n);
  const bool terminative_gov = gov != 0 && starts_with_word(gov, ModifierType::kTerminative);
  // A governing implication verb lends its negation: "the alliance does not
  // mean a mutual defense pact"; so does a plain verb that is no act of its
  // own, whatever holds the noun: "Russia did not strengthen its ties with
  // Iran", "hindered Moscow from solidifying its ties with Tehran". (A cue
  // verb is an act of its own: "did not condemn Israel's strikes" leaves
  // the strikes.)
  const bool plain_gov = gov != 0 && g_.is_verb(gov) && !cued(gov);
  if (inherits || terminative_gov || plain_gov || is(gov, ModifierType::kRefusal) ||
      (gov != 0 && implication(gov))) {
    mood.negations += governed.negations;
    mood.hedged = governed.hedged;
  }
  if (cue.kind == CueKind::kFrame) e.qualifier = qualifier(n);
  e.asserted = asserted(n);
  // A cooperative act that a hostile one is done to is no relation of its
  // own (coding rules §6: cutting a tie is a reduction of relations, 16):
  // "cancelled several ministerial meetings", "withdrawal from the nuclear
  // deal" (a terminative governor instead makes it withheld, above).
  const bool attacked = gov != 0 && cued(gov) && polarity_of(gov) == "rivalry" &&
                        cue_polarity(cue) == "cooperation" &&
                        !starts_with_word(gov, ModifierType::kTerminative);
  e.unasserted =
      questioned(n) || (gov != 0 && g_.is_verb(gov) && questioned(gov)) || attacked || aspect_of(n);
  e.opponents = opponents_of(n, agents.ids).ids;
  for (int a : e.opponents) recipients.ids.erase(a);
  e.joint = cue.kind != CueKind::kAction;
  e.governor = gov;
  e.negated = mood.negations % 2 == 1;
  e.hedged = mood.hedged;
  e.agents = agents.ids;
  e.recipients = recipients.ids;
  e.resolved = agents.resolved || recipients.resolved;
  return e;
}

}  // namespace actornet::tagging::roles
