// Which relations count: automatic tags, curated codes, or both, with the
// curated code winning for the same sentence and actor pair.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/relation.hpp"

namespace actornet::analysis {

enum class RelationMode {
  kAuto,     // automatic tags only
  kCurated,  // hand-coded relations only
  kBoth      // curated rows, plus automatic rows for pairs the coder did not code in that sentence
};

// "auto", "curated", "both"; throws io::UsageError otherwise.
RelationMode parse_relation_mode(const std::string& text);
std::string to_string(RelationMode mode);
// The mode a signed network was built with (CorpusSummary::relations_source);
// "" (not recorded) means the default, kBoth.
RelationMode relation_mode_of(const std::string& relations_source);

struct SelectionCounts {
  std::int64_t automatic = 0;         // automatic relations passed on
  std::int64_t curated = 0;           // curated relations passed on
  std::int64_t superseded = 0;        // automatic relations replaced by a curated code (kBoth)
  std::int64_t excluded_curated = 0;  // curated relations in text a cleaning rule excluded
};

// Streaming: feed relations in file order (grouped by document and unit, as
// output/relations.csv stores them); each selected relation is passed to
// `emit`, in input order within its sentence.
class RelationSelector {
 public:
  RelationSelector(RelationMode mode, std::function<void(const extract::Relation&)> emit);
  void add(const extract::Relation& relation);
  // Flushes the last sentence. Call once, at the end.
  void finish();
  const SelectionCounts& counts() const { return counts_; }

 private:
  void flush();
  RelationMode mode_;
  std::function<void(const extract::Relation&)> emit_;
  std::vector<extract::Relation> sentence_;
  SelectionCounts counts_;
};

}  // namespace actornet::analysis
