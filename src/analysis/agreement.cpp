#include "analysis/agreement.hpp"

#include <cmath>
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
    ++report_.all.items;
    ++report_.all.confusion[index_of(item.curated)][index_of(item.automatic)];
    if (!sides.second.empty()) {
      ++report_.named.items;
      ++report_.named.confusion[index_of(item.curated)][index_of(item.automatic)];
      if (item.curated != "neutral" || item.automatic != "neutral") {
        ++report_.related.items;
        ++report_.related.confusion[index_of(item.curated)][index_of(item.automatic)];
      }
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
}

}  // namespace

AgreementReport AgreementCounter::finish() {
  if (!group_.empty()) flush();
  compute_figures(report_.all);
  compute_figures(report_.named);
  compute_figures(report_.related);
  return std::move(report_);
}

}  // namespace actornet::analysis
