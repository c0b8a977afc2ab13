// Bootstrap confidence intervals for a small coded corpus (Efron &
// Tibshirani 1993, An Introduction to the Bootstrap, ch. 13: percentile
// intervals). The resampling unit is a sentence or a document: `units`
// holds, for every unit that contributes anything, its co-occurrence counts
// and its (already selected) relations; `total_units` counts all units of
// the corpus, including those that contribute nothing, so that each
// replicate draws `total_units` units with replacement.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/relation_scores.hpp"
#include "extract/lexicon.hpp"
#include "extract/relation.hpp"

namespace actornet::analysis {

struct PairCountRecord {
  std::size_t a = 0;  // actor indices, a < b
  std::size_t b = 0;
  std::int64_t count = 0;
};

struct ResamplingUnit {
  std::vector<PairCountRecord> cooccurrence;
  std::vector<extract::Relation> relations;
};

struct BootstrapOptions {
  std::size_t replicates = 200;  // 0: no bootstrap
  std::uint64_t seed = 1;        // std::mt19937_64; same seed, same intervals
  double level = 0.95;           // two-sided percentile interval
};

// One statistic's interval. `estimate` is the value on the original data.
struct Interval {
  std::string kind;     // "dyad", "actor" or "network"
  std::string item;     // "IRN-RUS", "RUS" or "balance"
  std::string measure;  // "net", "pagerank", "triangle_index", ...
  double estimate = 0.0;
  double low = 0.0;     // NaN when fewer than 2 replicates gave a value
  double high = 0.0;
  std::size_t defined = 0;  // replicates in which the statistic was defined
};

struct BootstrapResult {
  std::vector<Interval> intervals;  // dyads (id order), then actors, then network
  std::size_t replicates = 0;
  std::uint64_t seed = 0;
  double level = 0.0;
};

// Intervals for: every dyad's net score; every actor's degree, strength,
// betweenness, eigenvector and PageRank on the co-occurrence network (count
// weights); the triangle index and walk balance of the signed network (signs
// of the replicate's net scores). Deterministic for a given seed.
BootstrapResult bootstrap(const std::vector<std::string>& actor_ids,
                          const std::vector<extract::Category>& categories,
                          const std::vector<ResamplingUnit>& units, std::size_t total_units,
                          const BootstrapOptions& options);

}  // namespace actornet::analysis
