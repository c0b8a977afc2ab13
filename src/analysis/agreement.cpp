#include "analysis/agreement.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <limits>
#include <map>

namespace actornet::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::size_t index_of(const std::string& label) {
  for (std::size_t i = 0; i < kAgreementLabels.size(); ++i) {
    if (label == kAgreementLabels[i]) return i;
  }
  return 3;
}

// Majority polarity of one side's relations for a pair (see header).
std::string label_of(const std::vector<const extract::Relation*>& relations) {
  int cooperation = 0, rivalry = 0, withheld = 0;
  for (const extract::Relation* r : relations) {
    if (r->polarity == extract::Polarity::kCooperation) ++cooperation;
    if (r->polarity == extract::Polarity::kRivalry) ++rivalry;
    if (r->polarity == extract::Polarity::kWithheld) ++withheld;
  }
  if (cooperation + rivalry + withheld == 0) return "neutral";
  if (rivalry >= withheld && rivalry >= cooperation) return "rivalry";
  if (withheld >= cooperation) return "withheld";
  return "cooperation";
}

// The direction of the first relation of `label` on one side: "" mutual,
// else "SRC>TGT".
std::string direction_of(const std::vector<const extract::Relation*>& relations, const std::string& label) {
  for (const extract::Relation* r : relations) {
    if (extract::to_string(r->polarity) != label) continue;
    return r->directed ? r->source + ">" + r->target : "";
  }
  return "";
}

std::string detail_of(const std::vector<const extract::Relation*>& relations) {
  std::string out;
  for (const extract::Relation* r : relations) {
    if (!out.empty()) out += "; ";
    out += r->source + (r->directed ? ">" : "-") + r->target + " " + extract::to_string(r->polarity);
    if (!r->category.empty()) out += " " + r->category;
    if (r->origin == "curated") out += " (line " + std::to_string(r->curated_line) + ")";
    else if (!r->cue.empty()) out += " cue '" + r->cue + "'" + (r->negation.empty() ? "" : " negated");
  }
  return out;
}

}  // namespace

void AgreementCounter::add(const extract::Relation& relation) {
  if (!relation.excluded_by.empty()) return;
  if (!group_.empty() &&
      (group_.front().doc_seq != relation.doc_seq || group_.front().unit != relation.unit)) {
    flush();
  }
  group_.push_back(relation);
}

void AgreementCounter::flush() {
  // Relations of one unit, by unordered pair and origin.
  std::map<std::pair<std::string, std::string>, std::pair<std::vector<const extract::Relation*>,
                                                          std::vector<const extract::Relation*>>>
      pairs;
  for (const extract::Relation& r : group_) {
    const auto key = r.source < r.target ? std::make_pair(r.source, r.target) : std::make_pair(r.target, r.source);
    auto& sides = pairs[key];
    (r.origin == "curated" ? sides.first : sides.second).push_back(&r);
  }
  for (const auto& [key, sides] : pairs) {
    AgreementItem item;
    const extract::Relation& any = group_.front();
    item.doc_seq = any.doc_seq;
    item.doc_id = any.doc_id;
    item.unit = any.unit;
    item.a = key.first;
    item.b = key.second;
    item.curated = label_of(sides.first);
    item.automatic = label_of(sides.second);
    const Scored scored{units_, index_of(item.curated), index_of(item.automatic)};
    const bool same_relation = item.curated == item.automatic && item.curated != "neutral";
    const bool same_direction =
        same_relation && direction_of(sides.first, item.curated) == direction_of(sides.second, item.automatic);
    auto count = [&](AgreementFigures& f, std::vector<Scored>& list) {
      ++f.items;
      ++f.confusion[scored.curated][scored.automatic];
      list.push_back(scored);
      if (same_relation) {
        ++f.direction_items;
        if (same_direction) ++f.direction_agreed;
      }
    };
    count(report_.all, scored_all_);
    if (item.curated != "neutral") {
      ++report_.curated_related;
      if (!sides.second.empty()) ++report_.curated_related_found;
    }
    if (!sides.second.empty()) {
      count(report_.named, scored_named_);
      if (item.curated != "neutral" || item.automatic != "neutral") count(report_.related, scored_related_);
    }
    if (item.curated != item.automatic) {
      item.curated_detail = detail_of(sides.first);
      item.automatic_detail = detail_of(sides.second);
      // The tagger's evidence is the whole unit; a curated quote may be part of it.
      item.text = !sides.second.empty() ? sides.second.front()->text : sides.first.front()->text;
      report_.disagreements.push_back(std::move(item));
    }
  }
  group_.clear();
  ++units_;
}

namespace {

void compute_figures(AgreementFigures& r) {
  const double n = static_cast<double>(r.items);
  double agreed = 0.0;
  double expected = 0.0;
  for (std::size_t i = 0; i < kAgreementLabels.size(); ++i) {
    LabelScores s;
    s.label = kAgreementLabels[i];
    for (std::size_t j = 0; j < kAgreementLabels.size(); ++j) {
      s.curated += r.confusion[i][j];
      s.automatic += r.confusion[j][i];
    }
    s.agreed = r.confusion[i][i];
    s.precision = s.automatic > 0 ? static_cast<double>(s.agreed) / static_cast<double>(s.automatic) : kNaN;
    s.recall = s.curated > 0 ? static_cast<double>(s.agreed) / static_cast<double>(s.curated) : kNaN;
    s.f1 = (std::isnan(s.precision) || std::isnan(s.recall) || s.precision + s.recall == 0.0)
               ? kNaN
               : 2.0 * s.precision * s.recall / (s.precision + s.recall);
    agreed += static_cast<double>(s.agreed);
    if (n > 0) expected += (static_cast<double>(s.curated) / n) * (static_cast<double>(s.automatic) / n);
    r.labels.push_back(s);
  }
  r.observed = n > 0 ? agreed / n : kNaN;
  r.expected = n > 0 ? expected : kNaN;
  r.kappa = (n > 0 && r.expected < 1.0) ? (r.observed - r.expected) / (1.0 - r.expected) : kNaN;
  double f1_sum = 0.0;
  int used = 0;
  for (const LabelScores& s : r.labels) {
    if (s.curated == 0 && s.automatic == 0) continue;
    f1_sum += std::isnan(s.f1) ? 0.0 : s.f1;
    ++used;
  }
  r.macro_f1 = used > 0 ? f1_sum / used : kNaN;
  r.direction_accuracy = r.direction_items > 0
                             ? static_cast<double>(r.direction_agreed) / static_cast<double>(r.direction_items)
                             : kNaN;
}

double kappa_of(const std::array<std::array<std::int64_t, 4>, 4>& confusion) {
  double n = 0.0, agreed = 0.0, expected = 0.0;
  std::array<double, 4> rows{}, cols{};
  for (std::size_t i = 0; i < 4; ++i)
    for (std::size_t j = 0; j < 4; ++j) {
      const double c = static_cast<double>(confusion[i][j]);
      n += c;
      rows[i] += c;
      cols[j] += c;
      if (i == j) agreed += c;
    }
  if (n == 0.0) return kNaN;
  for (std::size_t i = 0; i < 4; ++i) expected += (rows[i] / n) * (cols[i] / n);
  return expected < 1.0 ? (agreed / n - expected) / (1.0 - expected) : kNaN;
}

// Percentile bootstrap of kappa over units. Units are drawn with
// mt19937_64 (fully specified by the standard) reduced modulo the unit
// count, not with std::uniform_int_distribution, whose algorithm differs
// between standard libraries: the interval is the same on every platform.
void bootstrap_kappa(const std::vector<std::pair<std::size_t, std::size_t>>& spans,
                     const std::vector<std::pair<std::size_t, std::size_t>>& labels, AgreementFigures& r) {
  r.kappa_low = r.kappa_high = kNaN;
  if (spans.size() < 2) return;
  std::mt19937_64 rng(kKappaSeed);
  std::vector<double> values;
  for (int rep = 0; rep < kKappaReplicates; ++rep) {
    std::array<std::array<std::int64_t, 4>, 4> confusion{};
    for (std::size_t k = 0; k < spans.size(); ++k) {
      const auto& [first, last] = spans[rng() % spans.size()];
      for (std::size_t i = first; i < last; ++i) ++confusion[labels[i].first][labels[i].second];
    }
    const double kappa = kappa_of(confusion);
    if (!std::isnan(kappa)) values.push_back(kappa);
  }
  if (values.empty()) return;
  std::sort(values.begin(), values.end());
  auto at = [&values](double q) {
    const std::size_t k = static_cast<std::size_t>(std::floor(q * static_cast<double>(values.size() - 1) + 0.5));
    return values[std::min(k, values.size() - 1)];
  };
  r.kappa_low = at(0.025);
  r.kappa_high = at(0.975);
}

}  // namespace

void AgreementCounter::interval(const std::vector<Scored>& items, AgreementFigures& figures) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // item ranges of one unit each
  std::vector<std::pair<std::size_t, std::size_t>> labels;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i == 0 || items[i].unit != items[i - 1].unit) spans.emplace_back(i, i);
    spans.back().second = i + 1;
    labels.emplace_back(items[i].curated, items[i].automatic);
  }
  bootstrap_kappa(spans, labels, figures);
}

namespace {

}  // namespace

AgreementReport AgreementCounter::finish() {
  if (!group_.empty()) flush();
  compute_figures(report_.all);
  compute_figures(report_.named);
  compute_figures(report_.related);
  interval(scored_all_, report_.all);
  interval(scored_named_, report_.named);
  interval(scored_related_, report_.related);
  report_.unit_recall = report_.curated_related > 0 ? static_cast<double>(report_.curated_related_found) /
                                                          static_cast<double>(report_.curated_related)
                                                    : kNaN;
  return std::move(report_);
}

}  // namespace actornet::analysis
