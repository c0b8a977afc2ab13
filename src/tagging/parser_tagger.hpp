// The parser tagger: relations read off Link Grammar's clause structure
// (clause_roles.hpp), with the scope of negation and modality, and simple
// references resolved within the paragraph (references.hpp).
//
// Which units are parsed: those naming at least two distinct actors, and
// those naming one actor with a reference word and a cue when another actor
// was named earlier in the paragraph ("Moscow condemned the actions"). A
// unit without cues gets neutral co-mentions without parsing. When the
// parser gives up (no complete linkage, time cap, too long), the unit is
// tagged by the shallow rules. Within a parsed unit, the parse decides every
// pair it relates (including "no relation" for a negated conflict, a
// cancelled act or an unqualified topic noun); a pair it relates to nothing
// takes the shallow rules' relation, unless that rests on a topic noun.
// In a heading, a relational noun (partnership, cooperation, relations) is
// a topic label, not a relation (the coding rules code a heading only when
// it asserts an action: "Hungary Blocks EU Aid", not "Russia-Iran Relations
// at a Glance"), on either path.
// Every relation records the path that made it in Relation::tagger.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tagging/clause_roles.hpp"
#include "tagging/link_parser.hpp"
#include "tagging/parse_graph.hpp"
#include "tagging/shallow_tagger.hpp"
#include "tagging/tagger.hpp"
#include "tagging/tokens.hpp"

namespace actornet::tagging {

class ParserTagger : public Tagger {
 public:
  // Keeps references to all three, which must outlive the tagger.
  ParserTagger(const CueIndex& cues, const extract::Gazetteer& gazetteer, const LinkParser& parser);

  std::vector<extract::Relation> tag_document(
      const corpus::ProcessedDocument& doc, const std::vector<UnitMentions>& units) const override;

 private:
  // A linkage as a graph, and its events with references not yet resolved.
  struct Reading {
    ParseGraph graph;
    std::vector<Event> events;
  };
  // Of Link Grammar's best linkages, the first that relates the most actor
  // pairs (event_relations.hpp: related_pairs); nothing when none was given.
  std::optional<Reading> best_linkage(std::vector<Parse> linkages, const ParseText& text,
                                      const std::vector<Token>& tokens,
                                      const std::vector<CueHit>& hits) const;
  bool is_topic_cue(const std::string& cue) const;
  // A relation resting on a topic noun, or in a heading on a relational noun
  // that is not negated: a label, not a relation.
  bool is_label(const extract::Relation& r, bool heading) const;
  bool is_relational_cue(const std::string& cue) const { return relational_cues_.count(cue) > 0; }
  const CueIndex& cues_;
  const extract::Gazetteer& gazetteer_;
  const LinkParser& parser_;
  ShallowTagger shallow_;
  std::set<std::string> topic_cues_;       // frame cues as Relation::cue spells them
  std::set<std::string> relational_cues_;  // frame and mutual cues, likewise
};

}  // namespace actornet::tagging
