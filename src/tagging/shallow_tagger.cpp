#include "tagging/shallow_tagger.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "tagging/shallow_groups.hpp"
#include "tagging/shallow_pairs.hpp"

namespace actornet::tagging {

using extract::Category;
using extract::Cue;
using extract::CueKind;
using extract::Polarity;
using extract::Relation;

namespace {

using shallow::action_pairs;
using shallow::clause_start;
using shallow::CueSite;
using shallow::joint_pairs;
using shallow::locate;
using shallow::mutual_pairs;
using shallow::Pairs;
using shallow::word_before;

// CAMEO 03, express intent to cooperate.
constexpr const char* kIntentCategory = "03";

bool is_intent_to(const Cue& cue) {
  const std::string& t = cue.text;
  return cue.category == kIntentCategory && t.size() > 3 && t.compare(t.size() - 3, 3, " to") == 0;
}

// Whether mutual cue `h` ends in its preposition ("closer to") and the
// next cue, within two words and before any actor, is what that
// preposition takes: "Israel and Iran came closer to war" says where the
// two are headed, not that they are close (as on the parser path).
bool toward_act(const std::vector<CueHit>& hits, std::size_t h, const CueSite& site) {
  const CueHit& hit = hits[h];
  if (hit.last == hit.first || h + 1 >= hits.size()) return false;
  const std::string& last = (*site.tokens)[hit.last].text;
  if (last != "to" && last != "with" && last != "for" && topic_prepositions().count(last) == 0)
    return false;
  const CueHit& next = hits[h + 1];
  if (next.first <= hit.last || next.first > hit.last + 3) return false;
  return site.after == nullptr || site.after->first > next.first;
}

}  // namespace

ShallowTagger::ShallowTagger(const CueIndex& cues, const extract::Gazetteer& gazetteer)
    : cues_(cues), gazetteer_(gazetteer) {}

std::vector<Relation> ShallowTagger::tag_document(const corpus::ProcessedDocument& doc,
                                                  const std::vector<UnitMentions>& units) const {
  std::vector<Relation> out;
  for (const UnitMentions& um : units) {
    for (Relation& r : tag(doc, *um.unit, um.mentions)) out.push_back(std::move(r));
  }
  return out;
}

std::vector<Relation> ShallowTagger::tag(const corpus::ProcessedDocument& doc,
                                         const corpus::Unit& unit,
                                         const std::vector<extract::Mention>& mentions) const {
  std::set<int> distinct;
  for (const extract::Mention& m : mentions) distinct.insert(m.actor);
  if (distinct.size() < 2) return {};

  std::vector<Token> tokens = tokenize(doc, unit.begin, unit.end, mentions);
  const std::vector<Group> groups = find_groups(tokens);
  cues_.mark_modifiers(tokens);
  const std::vector<CueHit> hits = cues_.find(tokens);

  const int doc_year = document_year(doc);
  const auto& actors = gazetteer_.actors();
  auto id = [&actors](int a) { return actors[static_cast<std::size_t>(a)].id; };

  // Best relation per (clause, unordered pair): nearest cue wins.
  struct Candidate {
    Relation relation;
    std::size_t distance = 0;
    bool frame = false;  // from a frame cue: loses to any other cue for the pair
  };
  std::map<std::tuple<std::size_t, std::string, std::string>, Candidate> best;
  auto distance_to = [&groups](const CueHit& hit, int actor) {
    std::size_t d = static_cast<std::size_t>(-1);
    for (const Group& g : groups) {
      if (std::find(g.actors.begin(), g.actors.end(), actor) == g.actors.end()) continue;
      const std::size_t gap =
          g.last < hit.first ? hit.first - g.last : (g.first > hit.last ? g.first - hit.last : 0);
      d = std::min(d, gap);
    }
    return d;
  };

  std::map<std::size_t, const Group*> last_agent;  // clause -> agent of its last action cue
  for (std::size_t h = 0; h < hits.size(); ++h) {
    const CueHit& hit = hits[h];
    const Cue& cue = cues_.lexicon().cues()[hit.cue];
    // A stated intent ("seeks to", "agreed to": CAMEO 03 cues ending in "to")
    // yields to the action cue right after it, as a control verb yields to
    // its infinitive on the parser path: "seeks to destroy Israel" is the
    // destroying, "agreed to halt" the halting.
    if (h + 1 < hits.size() && hits[h + 1].first == hit.last + 1 && is_intent_to(cue) &&
        cues_.lexicon().cues()[hits[h + 1].cue].kind == CueKind::kAction)
      continue;
    const Category* category = cues_.lexicon().category(cue.category);
    const std::size_t clause = tokens[hit.first].clause;
    const std::size_t start = clause_start(tokens, hit.first);
    const bool negated =
        cues_.negation_in(tokens, hit.first >= start + 4 ? hit.first - 4 : start, hit.first);
    const bool modal = cues_.modality_in(tokens, start, hit.first);

    const CueSite site = locate(tokens, groups, hit, last_agent);
    Pairs pairs;
    if (joint_markers().count(cue.text) > 0) {
      joint_pairs(site, pairs);
    } else if (cue.kind == CueKind::kAction) {
      const Group* agent = action_pairs(site, category->polarity == "cooperation", pairs);
      if (agent != nullptr) last_agent[site.clause] = agent;
    } else if (!toward_act(hits, h, site)) {
      mutual_pairs(site, category->polarity == "cooperation", pairs);
    }
    const int year = year_near(tokens, hit.first);

    const CueReading reading{cue.category,  category->polarity,
                             cue.intensity, cue.text + (cue.prefix ? "*" : ""),
                             negated,       modal,
                             year};
    // A cooperative act's recipient group after "against" is an opponent,
    // coded 11 (coding rules §5, as on the parser path): "sided with Western
    // powers against Iran". (Also relating the agent to an "against" group
    // beyond the recipient, "supports Iran against Israel", was measured:
    // held-out kappa 0.551 -> 0.545, so it is not done.)
    std::set<int> opposed;
    if (cue.kind == CueKind::kAction && category->polarity == "cooperation" &&
        site.after != nullptr && word_before(tokens, *site.after) == "against")
      opposed.insert(site.after->actors.begin(), site.after->actors.end());
    const auto [cold_polarity, cold_goldstein] = cold_reading(cues_.lexicon());
    const CueReading against{kColdCategory, cold_polarity, cold_goldstein, reading.cue, false,
                             modal,         year};
    for (const auto& [a, b, directed] : pairs) {
      const bool opponent = directed && opposed.count(b) > 0;
      if (opponent && negated) continue;  // "did not side with X against Y": no opposition
      Relation r =
          relation_from_cue(id(a), id(b), directed, opponent ? against : reading, doc_year);
      const std::size_t distance = distance_to(hit, a) + distance_to(hit, b);
      const auto key =
          std::make_tuple(clause, std::min(r.source, r.target), std::max(r.source, r.target));
      auto found = best.find(key);
      const bool frame = cue.kind == CueKind::kFrame;
      const bool better = found == best.end() || (found->second.frame && !frame) ||
                          (found->second.frame == frame && distance < found->second.distance);
      if (better) best[key] = {std::move(r), distance, frame};
    }
  }

  std::vector<Relation> out;
  for (auto& [key, candidate] : best) out.push_back(std::move(candidate.relation));
  add_comentions(doc, distinct, gazetteer_, out);
  attach_evidence(doc, unit, "shallow", out);
  return out;
}

}  // namespace actornet::tagging
