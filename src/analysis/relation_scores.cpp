#include "analysis/relation_scores.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

#include "io/errors.hpp"

namespace actornet::analysis {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Where a relation came from, for error messages: the curated file's line, or
// the document and its sentence unit.
io::Location origin_of(const extract::Relation& r) {
  if (r.origin == "curated") return {"relations.csv", r.curated_line, -1};
  return {"document " + (r.doc_id.empty() ? std::to_string(r.doc_seq) : r.doc_id) + ", unit " +
              std::to_string(r.unit),
          0, -1};
}

[[noreturn]] void fail(const extract::Relation& r, const std::string& what) {
  const std::string kind = r.origin == "curated" ? "curated relation " : "relation ";
  throw io::DataError(origin_of(r), kind + r.source + (r.directed ? " -> " : " -- ") + r.target +
                                        " (" + extract::to_string(r.polarity) + "): " + what);
}

double ratio_or_nan(double numerator, double denominator) {
  return denominator == 0.0 ? kNaN : numerator / denominator;
}

}  // namespace

int DyadScore::sign() const {
  if (net > 0.0) return 1;
  if (net < 0.0) return -1;
  return 0;  // zero or NaN
}

RelationScorer::RelationScorer(std::vector<std::string> actor_ids,
                               const std::vector<extract::Category>& categories)
    : actor_ids_(std::move(actor_ids)) {
  for (const std::string& id : actor_ids_) {
    ActorScore score;
    score.id = id;
    if (!actors_.emplace(id, score).second) {
      throw std::invalid_argument("RelationScorer: actor id '" + id + "' is given twice");
    }
  }
  for (const extract::Category& c : categories) group_of_[c.code] = c.group;
}

void RelationScorer::add(const extract::Relation& r) {
  const auto source = actors_.find(r.source);
  const auto target = actors_.find(r.target);
  if (source == actors_.end()) fail(r, "unknown actor '" + r.source + "'");
  if (target == actors_.end()) fail(r, "unknown actor '" + r.target + "'");
  if (r.source == r.target) fail(r, "an actor cannot relate to itself");
  if (!(r.confidence >= 0.0 && r.confidence <= 1.0)) {
    fail(r, "confidence " + std::to_string(r.confidence) + " is outside [0, 1]");
  }
  if (!std::isfinite(r.intensity)) fail(r, "intensity is not a finite number");
  const std::pair<std::size_t, std::size_t> sentence{r.doc_seq, r.unit};
  if (any_ && sentence < last_) {
    fail(r, "comes after document " + std::to_string(last_.first) + " unit " + std::to_string(last_.second) +
                "; relations must be in (document, unit) order");
  }
  const bool scored = r.polarity == extract::Polarity::kCooperation || r.polarity == extract::Polarity::kRivalry;
  const auto group = group_of_.find(r.category);
  if (scored && group == group_of_.end()) fail(r, "unknown category '" + r.category + "'");
  any_ = true;
  last_ = sentence;

  const bool source_first = r.source < r.target;
  const std::pair<std::string, std::string> key =
      source_first ? std::make_pair(r.source, r.target) : std::make_pair(r.target, r.source);
  DyadScore& dyad = dyads_[key];
  if (r.polarity == extract::Polarity::kNeutral) {
    ++dyad.neutral_count;
    return;
  }
  // Non-neutral: one piece of evidence per distinct sentence of the dyad.
  // Relations arrive in order, so a new sentence differs from the last one.
  const auto last = last_sentence_.find(key);
  if (last == last_sentence_.end() || last->second != sentence) {
    ++dyad.evidence_sentences;
    last_sentence_[key] = sentence;
  }
  if (r.polarity == extract::Polarity::kWithheld) {
    ++dyad.withheld_count;
    return;
  }

  const double w = r.confidence * std::abs(r.intensity);
  const bool cooperation = r.polarity == extract::Polarity::kCooperation;
  (cooperation ? dyad.cooperation : dyad.rivalry) += w;
  ++(cooperation ? dyad.cooperation_count : dyad.rivalry_count);
  ++dyad.category_counts[r.category];
  ++dyad.group_counts[group->second];

  ActorScore& s = source->second;
  ActorScore& t = target->second;
  double& given = cooperation ? s.cooperation_given : s.rivalry_given;
  double& received = cooperation ? t.cooperation_received : t.rivalry_received;
  given += w;
  received += w;
  if (r.directed) {
    (source_first ? dyad.flow_ab : dyad.flow_ba) += cooperation ? w : -w;
    ++(source_first ? dyad.flow_ab_count : dyad.flow_ba_count);
  } else {
    // Mutual: both parties give and both receive.
    (cooperation ? t.cooperation_given : t.rivalry_given) += w;
    (cooperation ? s.cooperation_received : s.rivalry_received) += w;
  }
}

RelationScores RelationScorer::finish() const {
  std::vector<std::string> sorted = actor_ids_;
  std::sort(sorted.begin(), sorted.end());
  std::map<std::string, std::pair<double, double>> actor_sums;  // id -> (C, R)
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> degrees;

  RelationScores out;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    for (std::size_t j = i + 1; j < sorted.size(); ++j) {
      const auto found = dyads_.find({sorted[i], sorted[j]});
      DyadScore d = found == dyads_.end() ? DyadScore{} : found->second;
      d.a = sorted[i];
      d.b = sorted[j];
      d.net = ratio_or_nan(d.cooperation - d.rivalry, d.cooperation + d.rivalry);
      const std::int64_t scored = d.cooperation_count + d.rivalry_count;
      d.mean_intensity = scored == 0 ? kNaN : (d.cooperation - d.rivalry) / static_cast<double>(scored);
      for (const std::string* id : {&d.a, &d.b}) {
        actor_sums[*id].first += d.cooperation;
        actor_sums[*id].second += d.rivalry;
        if (d.sign() > 0) ++degrees[*id].first;
        if (d.sign() < 0) ++degrees[*id].second;
      }
      out.dyads.push_back(std::move(d));
    }
  }
  for (const std::string& id : actor_ids_) {
    ActorScore a = actors_.at(id);
    const auto [c, r] = actor_sums[id];
    a.net_stance = ratio_or_nan(c - r, c + r);
    a.positive_degree = degrees[id].first;
    a.negative_degree = degrees[id].second;
    out.actors.push_back(std::move(a));
  }
  return out;
}

}  // namespace actornet::analysis
