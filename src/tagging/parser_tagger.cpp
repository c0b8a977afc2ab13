#include "tagging/parser_tagger.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "tagging/clause_roles.hpp"
#include "tagging/clause_roles_reader.hpp"
#include "tagging/event_relations.hpp"
#include "tagging/headings.hpp"
#include "tagging/parse_graph.hpp"
#include "tagging/persons.hpp"
#include "tagging/references.hpp"

namespace actornet::tagging {

namespace {

using extract::CueKind;
using extract::Polarity;
using extract::Relation;

bool has_reference_word(const std::vector<Token>& tokens, const CueIndex& cues) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (cues.modifier_at(tokens, i, extract::ModifierType::kReference)) return true;
  }
  return false;
}

// Whether "he", "she" or "his" stands for a person of an actor other than
// those the unit names ("Putin met Khamenei. Later, he hosted Pezeshkian").
bool names_person(const std::vector<Token>& tokens, const std::set<int>& named,
                  const ParagraphMemory& memory) {
  for (const Token& t : tokens)
    if (person_pronoun(t.text) && !memory.resolve_person(t.begin, named).empty()) return true;
  return false;
}

// Whether a hit is a relational noun or verb (partnership, treaty, ties), which
// may name the paragraph's pair without naming it ("This partnership has
// been solidified").
bool has_relational_cue(const std::vector<CueHit>& hits, const extract::Lexicon& lexicon) {
  for (const CueHit& h : hits)
    if (lexicon.cues()[h.cue].kind != CueKind::kAction) return true;
  return false;
}

// Whether an action cue follows a demonstrative ("condemned the
// deliveries"): a definite act noun that may stand for an earlier act.
bool has_definite_act(const std::vector<CueHit>& hits, const std::vector<Token>& tokens,
                      const extract::Lexicon& lexicon) {
  for (const CueHit& h : hits)
    if (lexicon.cues()[h.cue].kind == CueKind::kAction && h.first > 0 &&
        roles::demonstratives().count(tokens[h.first - 1].text) > 0)
      return true;
  return false;
}

// Linkages read per sentence. Link Grammar ranks linkages by syntactic cost
// alone; among near-equal ones, the reading that gives the cues actor roles
// is preferred (semantic reranking of a parser's n-best list, as in
// Charniak & Johnson 2005, with the count of filled roles as the score).
constexpr std::size_t kLinkages = 32;

// The document's two most named actors (ties: the first named), or fewer
// when it names fewer.
std::vector<int> focal_pair(const std::vector<UnitMentions>& units) {
  std::map<int, std::pair<std::size_t, std::size_t>> seen;  // actor -> (count, first)
  std::size_t order = 0;
  for (const UnitMentions& um : units)
    for (const extract::Mention& m : um.mentions) {
      auto [it, fresh] = seen.try_emplace(m.actor, 0, order++);
      ++it->second.first;
    }
  std::vector<std::pair<int, std::pair<std::size_t, std::size_t>>> ranked(seen.begin(), seen.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    if (x.second.first != y.second.first) return x.second.first > y.second.first;
    return x.second.second < y.second.second;
  });
  std::vector<int> out;
  for (std::size_t k = 0; k < ranked.size() && k < 2; ++k) out.push_back(ranked[k].first);
  return out;
}

// A linkage that reads a past participle with a direct object as a
// reduced relative ("China [that was] denied that ..." for "China denied
// that it had sent weapons"): a passive participle takes an object only
// when its verb takes two ("Ukraine, denied membership by NATO"), which
// news text seldom puts with no comma, so the reading is mostly one Link
// Grammar's costs let through. Such a linkage is taken only when every
// linkage is one (a true two-object reading then still wins).
bool implausible(const Parse& p) {
  std::string type, sub;
  for (const ParsedLink& relative : p.links) {
    split_label(relative.label, type, sub);
    if (type != "M" || sub.rfind('v', 0) != 0) continue;
    for (const ParsedLink& object : p.links) {
      if (object.left != relative.right) continue;
      split_label(object.label, type, sub);
      if (type == "O") return true;
    }
  }
  return false;
}

}  // namespace

std::optional<ParserTagger::Reading> ParserTagger::best_linkage(
    std::vector<Parse> linkages, const ParseText& text, const std::vector<Token>& tokens,
    const std::vector<CueHit>& hits) const {
  if (!std::all_of(linkages.begin(), linkages.end(), implausible))
    linkages.erase(std::remove_if(linkages.begin(), linkages.end(), implausible), linkages.end());
  std::optional<Reading> best;
  std::size_t best_score = 0;
  for (Parse& linkage : linkages) {
    ParseGraph graph(std::move(linkage), text, tokens, hits);
    std::vector<Event> events = find_events(graph, tokens, hits, cues_, nullptr);
    const std::size_t score = related_pairs(events, hits, cues_.lexicon());
    if (!best || score > best_score) {  // ties keep the parser's order
      best.emplace(Reading{std::move(graph), std::move(events)});
      best_score = score;
    }
  }
  return best;
}

bool ParserTagger::is_label(const Relation& r, bool heading) const {
  return is_topic_cue(r.cue) || (heading && is_relational_cue(r.cue) && r.negation.empty());
}

bool ParserTagger::is_topic_cue(const std::string& cue) const { return topic_cues_.count(cue) > 0; }

ParserTagger::ParserTagger(const CueIndex& cues, const extract::Gazetteer& gazetteer,
                           const LinkParser& parser)
    : cues_(cues), gazetteer_(gazetteer), parser_(parser), shallow_(cues, gazetteer) {
  for (const extract::Cue& c : cues_.lexicon().cues()) {
    if (c.kind == CueKind::kFrame) topic_cues_.insert(c.text + (c.prefix ? "*" : ""));
    if (c.kind != CueKind::kAction) relational_cues_.insert(c.text + (c.prefix ? "*" : ""));
  }
}

std::vector<Relation> ParserTagger::tag_document(const corpus::ProcessedDocument& doc,
                                                 const std::vector<UnitMentions>& units) const {
  std::vector<Relation> out;
  ParagraphMemory memory;
  memory.set_focus(focal_pair(units));
  const int doc_year = document_year(doc);
  const auto& lexicon = cues_.lexicon();

  for (const UnitMentions& um : units) {
    const corpus::Unit& unit = *um.unit;
    if (!memory.started() || memory.paragraph() != unit.block) memory.start_paragraph(unit.block);
    std::set<int> distinct;
    for (const extract::Mention& m : um.mentions) distinct.insert(m.actor);
    std::vector<Token> tokens = tokenize(doc, unit.begin, unit.end, um.mentions);
    cues_.mark_modifiers(tokens);
    const std::vector<CueHit> hits = cues_.find(tokens);
    // A unit naming fewer than two actors is read when a reference word may
    // supply the rest ("It condemned Israel", "They signed a treaty").
    const bool referring =
        distinct.size() < 2 && !hits.empty() &&
        distinct.size() + memory.other_actors(distinct) >= 2 &&
        (has_reference_word(tokens, cues_) || has_relational_cue(hits, lexicon) ||
         has_definite_act(hits, tokens, lexicon) || names_person(tokens, distinct, memory));
    for (const extract::Mention& m : um.mentions) memory.mention(m.begin, m.actor);
    for (const PersonMention& p : person_mentions(doc.normalized.text, tokens, um.mentions,
                                                  gazetteer_, unit.kind == "heading"))
      memory.person(unit.begin, p.offset, p.actor);
    if (distinct.size() < 2 && !referring) {
      if (!um.mentions.empty()) memory.unknown_subject();
      continue;
    }

    const bool heading = unit.kind == "heading";
    std::vector<Relation> relations;
    std::optional<Reading> reading;
    ParseText text = parse_text(doc, unit.begin, unit.end, um.mentions);
    if (heading) sentence_case(text, um.mentions);
    if (!hits.empty()) {
      bool timed_out = false;
      std::vector<Parse> linkages = parser_.parse_all(text.text, kLinkages, &timed_out);
      // No complete linkage: once more without the asides set off by
      // commas ("blamed Japan and, by implication, the US") and with the
      // coordinations the dictionary lacks respelled. Not after the time
      // cap stopped it: the guard would double, and so would the count.
      if (linkages.empty() && !timed_out) {
        const bool blanked = blank_asides(text, tokens, hits, cues_);
        if (respell_coordination(text, tokens) || blanked)
          linkages = parser_.parse_all(text.text, kLinkages);
      }
      reading = best_linkage(std::move(linkages), text, tokens, hits);
    }
    if (!reading) memory.unknown_subject();
    if (!hits.empty() && !reading) {
      // The parser gave up: the shallow rules tag the unit. A topic noun is
      // no relation on either path, nor a heading's label (a negated one is
      // a refusal the heading reports).
      if (distinct.size() >= 2) {
        for (Relation& r : shallow_.tag(doc, unit, um.mentions)) {
          if (is_label(r, heading)) {
            r.polarity = Polarity::kNeutral;
            r.category.clear();
            r.cue.clear();
            r.intensity = 0.0;
          }
          out.push_back(std::move(r));
        }
      }
      continue;
    }
    if (reading) {
      const std::vector<Relation> shallow =
          distinct.size() >= 2 ? shallow_.tag(doc, unit, um.mentions) : std::vector<Relation>{};
      // Acts of this very sentence may be referred to later in it ("Israel
      // struck Iranian sites; Russia condemned them"): the reading without
      // references records them.
      bool acted = false;
      for (const Event& e : reading->events) {
        if (lexicon.cues()[hits[e.hit].cue].kind != CueKind::kAction || e.recipients.empty())
          continue;
        const std::string group = category_group(lexicon, lexicon.cues()[hits[e.hit].cue].category);
        for (int a : e.agents) memory.act(tokens[hits[e.hit].first].begin, a, group);
        acted = acted || !e.agents.empty();
      }
      if (!acted) {
        // The parse may miss an act the shallow rules see ("After Israeli and
        // U.S. attacks on Iran, Russia condemned them"): its agents are acts
        // at the start of the unit.
        for (const Relation& r : shallow) {
          if (!r.directed || r.polarity == Polarity::kNeutral) continue;
          const int a = gazetteer_.find_actor(r.source);
          if (a >= 0) memory.act(unit.begin, a, category_group(lexicon, r.category));
        }
      }
      for (const auto& [w, group] : subject_actors(reading->graph))
        for (int a : group) memory.subject(tokens[reading->graph.token(w)].begin, a);
      const UnitContext context{reading->graph, tokens,  hits,    lexicon,
                                gazetteer_,     heading, doc_year};
      EventRelations parsed =
          relations_from_events(find_events(reading->graph, tokens, hits, cues_, &memory), context);
      relations = std::move(parsed.relations);
      if (distinct.size() >= 2) {
        // Pairs the parse relates to nothing take the shallow rules' answer
        // (the parse often attaches a phrase too high to reach the pair),
        // unless the parse gave both actors roles in other relations, or the
        // answer rests on a topic noun, which the parse has read as a topic.
        // Nor, for a hostile answer, when the parse has the two as one
        // coordinated subject or object ("Russia and Iran face sanctions",
        // "Russia and Iran condemned the strikes"): sharing a role in a
        // hostile act makes no rivals. Sharing one in a cooperative act is
        // a joint act, which coding rules §5 counts as cooperation, so a
        // cooperative answer stands.
        std::set<std::pair<std::string, std::string>> coordinated;
        for (const std::set<int>& group : coordinated_actors(reading->graph))
          for (int a : group)
            for (int b : group)
              if (a < b)
                coordinated.insert(
                    std::minmax(gazetteer_.actors()[static_cast<std::size_t>(a)].id,
                                gazetteer_.actors()[static_cast<std::size_t>(b)].id));
        for (const Relation& r : shallow) {
          const std::pair<std::string, std::string> key = std::minmax(r.source, r.target);
          if (coordinated.count(key) > 0 && r.polarity != Polarity::kCooperation) continue;
          if (r.polarity == Polarity::kNeutral || parsed.decided.count(key) > 0) continue;
          if (parsed.placed.count(r.source) > 0 && parsed.placed.count(r.target) > 0) continue;
          if (is_label(r, heading)) continue;
          relations.push_back(r);
        }
      }
    }
    add_comentions(doc, distinct, gazetteer_, relations);
    for (Relation& r : relations) {
      if (r.tagger.empty()) r.tagger = "parser";
    }
    attach_evidence(doc, unit, "", relations);
    for (Relation& r : relations) out.push_back(std::move(r));
  }
  return out;
}

}  // namespace actornet::tagging
