// From the events of one parsed unit (clause_roles.hpp) to its relations:
// which actor pairs an event relates, how its cue reads (polarity,
// intensity, negation, hedging), and which of several readings of a pair
// stands. Used by the parser tagger (parser_tagger.cpp), both to rerank
// Link Grammar's linkages and to tag the chosen one.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/gazetteer.hpp"
#include "extract/lexicon.hpp"
#include "extract/relation.hpp"
#include "tagging/clause_roles.hpp"
#include "tagging/parse_graph.hpp"
#include "tagging/tagger.hpp"
#include "tagging/tokens.hpp"

namespace actornet::tagging {

// One actor pair an event relates; `a` acts on `b` when directed.
struct EventPair {
  int a = 0;
  int b = 0;
  bool directed = false;
};

// The pairs an event relates: an action's agents with its recipients
// (directed); a relational noun's side with its partners, not the partners
// with each other ("Beijing and Moscow maintain ties with Iran and
// Israel"); else joint actors of one role with each other ("Russia and Iran
// traded", "ties between A and B"). None for a cancelled event or an
// unqualified, unasserted topic noun (a topic label).
std::vector<EventPair> event_pairs(const Event& e, const extract::Cue& cue);

// Distinct actor pairs the events relate (or join as companions): the
// reranking score of a linkage.
std::size_t related_pairs(const std::vector<Event>& events, const std::vector<CueHit>& hits,
                          const extract::Lexicon& lexicon);

// What the unit is and where it stands, for reading its events.
struct UnitContext {
  const ParseGraph& graph;
  const std::vector<Token>& tokens;
  const std::vector<CueHit>& hits;
  const extract::Lexicon& lexicon;
  const extract::Gazetteer& gazetteer;
  bool heading = false;  // a heading: its relational nouns are labels
  int doc_year = 0;
};

struct EventRelations {
  std::vector<extract::Relation> relations;
  // Pairs (ids, ordered) the events decide, with or without a relation.
  std::set<std::pair<std::string, std::string>> decided;
  // Actors that have a role in some relation of the events.
  std::set<std::string> placed;
};

// Per pair and polarity, the relation of the best-ranked cue (a verb, then a
// noun, then a topic noun or a control verb, then an unasserted cue). A pair
// keeps one relation per polarity (coding rules §6, mixed sentences), except
// a reading of another: a noun governed by the cue verb that relates the pair
// with the other polarity ("blocked aid to Ukraine" is the blocking, not also
// withheld aid), or a control verb whose infinitive does ("agreed to halt
// sales"). "No relation" stands only for a pair with no other relation.
EventRelations relations_from_events(const std::vector<Event>& events, const UnitContext& unit);

}  // namespace actornet::tagging
