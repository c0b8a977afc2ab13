#include "tagging/event_relations.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace actornet::tagging {

namespace {

using extract::CueKind;
using extract::Polarity;
using extract::Relation;

bool topic_label(const Event& e, const extract::Cue& cue) {
  if (cue.kind != CueKind::kFrame) return false;
  return e.qualifier == Qualifier::kMixed || (e.qualifier == Qualifier::kNone && !e.asserted);
}

struct Candidate {
  Relation relation;
  int rank = 0;              // lower wins
  std::size_t word = 0;      // the cue's word in the parse
  std::size_t governor = 0;  // the word governing a noun cue, or 0
  std::size_t infinitive = 0;
};

}  // namespace

std::vector<EventPair> event_pairs(const Event& e, const extract::Cue& cue) {
  std::vector<EventPair> pairs;
  if (e.cancelled || topic_label(e, cue)) return pairs;
  if (cue.kind == CueKind::kAction && !e.recipients.empty()) {
    for (int a : e.agents)
      for (int b : e.recipients)
        if (a != b) pairs.push_back({a, b, true});
  } else if (cue.kind != CueKind::kAction && !e.agents.empty() && !e.recipients.empty()) {
    for (int a : e.agents)
      for (int b : e.recipients)
        if (a != b) pairs.push_back({a, b, false});
  } else if (e.joint) {
    for (auto x = e.agents.begin(); x != e.agents.end(); ++x)
      for (auto y = std::next(x); y != e.agents.end(); ++y) pairs.push_back({*x, *y, false});
  }
  return pairs;
}

std::size_t related_pairs(const std::vector<Event>& events, const std::vector<CueHit>& hits,
                          const extract::Lexicon& lexicon) {
  std::set<std::pair<int, int>> pairs;
  for (const Event& e : events) {
    for (const EventPair& p : event_pairs(e, lexicon.cues()[hits[e.hit].cue]))
      pairs.insert(std::minmax(p.a, p.b));
    // A companion's reading places the pair as surely as a relation does,
    // so it does not lose the reranking to one that makes the companion a
    // target.
    for (int a : e.agents)
      for (int c : e.companions)
        if (a != c) pairs.insert(std::minmax(a, c));
  }
  return pairs.size();
}

EventRelations relations_from_events(const std::vector<Event>& events, const UnitContext& unit) {
  const extract::Lexicon& lexicon = unit.lexicon;
  auto id = [&unit](int a) { return unit.gazetteer.actors()[static_cast<std::size_t>(a)].id; };
  EventRelations out;
  std::map<std::tuple<std::string, std::string, Polarity>, Candidate> best;
  for (const Event& e : events) {
    const extract::Cue& cue = lexicon.cues()[unit.hits[e.hit].cue];
    if (e.cancelled || topic_label(e, cue)) continue;
    std::string category = cue.category;
    double intensity = cue.intensity;
    if (cue.kind == CueKind::kFrame && e.qualifier == Qualifier::kCold) {
      category = kColdCategory;
      intensity = cold_reading(lexicon).second;
    }
    const extract::Category* cat = lexicon.category(category);
    // An unasserted cue (a question, a heading's label) decides its pairs as
    // no relation, below any relation the sentence asserts.
    const bool label =
        unit.heading && cue.kind != CueKind::kAction && !unit.graph.is_verb(e.word) && !e.asserted;
    const bool unasserted = e.unasserted || label;
    const std::string polarity = cat != nullptr && !unasserted ? cat->polarity : "neutral";
    const int year = year_near(unit.tokens, unit.hits[e.hit].first);
    const std::string cue_text = cue.text + (cue.prefix ? "*" : "");
    const CueReading reading{category, polarity, intensity, cue_text, e.negated, e.hedged, year};
    // Lower wins: a verb, a noun, a topic noun or a control verb whose
    // infinitive is the act, an unasserted cue.
    const int rank = unasserted                                         ? 3
                     : cue.kind == CueKind::kFrame || e.infinitive != 0 ? 2
                     : unit.graph.is_verb(e.word)                       ? 0
                                                                        : 1;
    auto keep = [&](Relation r) {
      out.placed.insert(r.source);
      out.placed.insert(r.target);
      r.resolved = e.resolved;
      const auto [lo, hi] = std::minmax(r.source, r.target);
      const std::tuple<std::string, std::string, Polarity> key{lo, hi, r.polarity};  // copies
      auto found = best.find(key);
      if (found == best.end() || rank < found->second.rank)
        best[key] = {std::move(r), rank, e.word, e.governor, e.infinitive};
    };
    for (const EventPair& p : event_pairs(e, cue))
      keep(relation_from_cue(id(p.a), id(p.b), p.directed, reading, unit.doc_year));
    // Companions share the act: the event decides them as no relation of it.
    for (int a : e.agents)
      for (int c : e.companions)
        if (a != c) out.decided.insert(std::minmax(id(a), id(c)));
    if (!e.negated && !unasserted && !e.opponents.empty()) {
      // Siding against someone disapproves of them (coding rules §5:
      // "sided with X against Y" -> 11).
      const auto [against, goldstein] = cold_reading(lexicon);
      const CueReading opposed{kColdCategory, against, goldstein, cue_text, false, e.hedged, year};
      for (int a : e.agents)
        for (int b : e.opponents)
          if (a != b) keep(relation_from_cue(id(a), id(b), true, opposed, unit.doc_year));
    }
  }
  using PairKey = std::pair<std::string, std::string>;
  std::map<PairKey, std::vector<const Candidate*>> by_pair;
  for (const auto& [key, candidate] : best)
    if (std::get<2>(key) != Polarity::kNeutral)
      by_pair[{std::get<0>(key), std::get<1>(key)}].push_back(&candidate);
  auto reading_of_another = [&](const PairKey& pair, const Candidate& c) {
    for (const Candidate* other : by_pair[pair]) {
      if (other == &c || other->relation.polarity == c.relation.polarity) continue;
      if (c.governor != 0 && c.governor == other->word) return true;
      if (c.infinitive != 0 && c.infinitive == other->word) return true;
    }
    return false;
  };
  for (auto& [key, candidate] : best) {
    const PairKey pair{std::get<0>(key), std::get<1>(key)};
    out.decided.insert(pair);
    if (std::get<2>(key) == Polarity::kNeutral && !by_pair[pair].empty()) continue;
    if (std::get<2>(key) != Polarity::kNeutral && reading_of_another(pair, candidate)) continue;
    out.relations.push_back(candidate.relation);
  }
  return out;
}

}  // namespace actornet::tagging
