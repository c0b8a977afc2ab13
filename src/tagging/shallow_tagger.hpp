// The shallow tagger: rule-based tagging of the relations a sentence expresses between the
// actors it names (in the spirit of dictionary-based event coders such as
// TABARI/PETRARCH, Schrodt 2012, much simplified). Rules, applied per sentence
// (README, "How relations are tagged"):
//
// 1. Clauses. The sentence is cut into clauses at ; : | and " - ", and before
//    but, while, whereas, although, though, however, yet. Relations are only
//    formed between actors of the same clause.
// 2. Actor groups. Mentions separated only by "and", "or", "both", "the",
//    "between", "with" or a hyphen form one group ("Russia and Iran",
//    "Russia-Iran", "Israel and the US").
// 3. Cues from the lexicon. An action cue (supplied, condemned) relates the
//    nearest group before it (agents) to the nearest group after it
//    (recipients): one directed relation per agent-recipient pair ("Russia
//    condemned Israel and the US" gives RUS->ISR and RUS->USA). In the
//    passive ("was rejected by Trump") the group after "by" is the agent.
//    Agents without recipients relate mutually in a cooperative act ("Russia
//    and Iran traded"); a hostile act they share makes no rivals ("Russia and
//    Iran condemned the decision"), unless done to "each other".
//    Agents and recipients are at most 10 words from the cue. A clause that
//    opens with a conjunction and has no actor before its verb takes the
//    previous clause's subject as agent ("Russia condemned the strikes but
//    did not send military aid to Iran").
//    A mutual cue (partnership, war, signed) relates every actor of the
//    nearest groups just before (up to 6 words) and just after it (up to 4),
//    undirected; a single participant is paired with the clause's first
//    group only after a possessive determiner ("Iran views Israel as its
//    nemesis") or when "with" and the actor follow the cue ("Moscow kept
//    good ties with Israel"), so "Russia's war in Ukraine" relates Russia to
//    nobody.
// 4. Negation. A negation word up to four words before the cue ("did not
//    send", "refused to supply", "no mutual defence pact") turns cooperation
//    into withheld cooperation (intensity 0) and conflict into neutral.
// 5. Modality. A modality word before the cue in the clause ("could",
//    "reportedly", "alleged") lowers confidence to kModalConfidence.
// 6. One relation per clause and actor pair: the one whose cue is nearest to
//    the pair. Pairs of the sentence with no relation get a neutral
//    co-mention.
// 7. Date: the four-digit year nearest the cue in the sentence, else the
//    document's year.
// It is the fast path (`--tagger shallow`) and the parser tagger's fallback
// for sentences the parser gives up on.
// Limits: no syntactic parse; pronouns ("it", "Moscow's partner") are not
// resolved; a cue governs only actors in its own clause; sarcasm, reported
// speech and conditionals beyond the modality list are not recognised.
#pragma once

#include <vector>

#include "tagging/tagger.hpp"
#include "tagging/tokens.hpp"

namespace actornet::tagging {

class ShallowTagger : public Tagger {
 public:
  // Keeps references to both, which must outlive the tagger.
  ShallowTagger(const CueIndex& cues, const extract::Gazetteer& gazetteer);

  std::vector<extract::Relation> tag_document(const corpus::ProcessedDocument& doc,
                                              const std::vector<UnitMentions>& units) const override;

  // The relations of one sentence unit, given the unit's mentions (in order).
  // Returns nothing when fewer than two distinct actors are mentioned.
  std::vector<extract::Relation> tag(const corpus::ProcessedDocument& doc, const corpus::Unit& unit,
                                     const std::vector<extract::Mention>& mentions) const;

 private:
  const CueIndex& cues_;
  const extract::Gazetteer& gazetteer_;
};

}  // namespace actornet::tagging
