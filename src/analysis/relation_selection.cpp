#include "analysis/relation_selection.hpp"

#include <set>
#include <utility>

#include "io/errors.hpp"

namespace actornet::analysis {

RelationMode parse_relation_mode(const std::string& text) {
  if (text == "auto") return RelationMode::kAuto;
  if (text == "curated") return RelationMode::kCurated;
  if (text == "both") return RelationMode::kBoth;
  throw io::UsageError("unknown --relations '" + text + "' (expected auto, curated or both)");
}

std::string to_string(RelationMode mode) {
  switch (mode) {
    case RelationMode::kAuto: return "auto";
    case RelationMode::kCurated: return "curated";
    case RelationMode::kBoth: return "both";
  }
  return "both";
}

RelationMode relation_mode_of(const std::string& relations_source) {
  return relations_source.empty() ? RelationMode::kBoth : parse_relation_mode(relations_source);
}

RelationSelector::RelationSelector(RelationMode mode, std::function<void(const extract::Relation&)> emit)
    : mode_(mode), emit_(std::move(emit)) {}

void RelationSelector::add(const extract::Relation& relation) {
  if (!sentence_.empty() &&
      (sentence_.front().doc_seq != relation.doc_seq || sentence_.front().unit != relation.unit)) {
    flush();
  }
  sentence_.push_back(relation);
}

void RelationSelector::finish() { flush(); }

void RelationSelector::flush() {
  // Pairs the coder coded in this sentence (unordered).
  std::set<std::pair<std::string, std::string>> coded;
  for (const extract::Relation& r : sentence_) {
    if (r.origin != "curated") continue;
    if (!r.excluded_by.empty()) {
      ++counts_.excluded_curated;
      continue;
    }
    coded.insert(std::minmax(r.source, r.target));
  }
  for (const extract::Relation& r : sentence_) {
    const bool curated = r.origin == "curated";
    if (curated && !r.excluded_by.empty()) continue;
    if (curated && mode_ == RelationMode::kAuto) continue;
    if (!curated && mode_ == RelationMode::kCurated) continue;
    if (!curated && mode_ == RelationMode::kBoth && coded.count(std::minmax(r.source, r.target)) > 0) {
      ++counts_.superseded;
      continue;
    }
    ++(curated ? counts_.curated : counts_.automatic);
    emit_(r);
  }
  sentence_.clear();
}

}  // namespace actornet::analysis
