// Measures per period and what changed between consecutive periods: which
// ties changed sign, appeared or disappeared, and which actors gained or lost
// centrality. The period networks come from the caller (relation-based
// networks per period of the pipeline, or the periods of an edge list).
#pragma once

#include <string>
#include <vector>

#include "analysis/network_measures.hpp"
#include "network/network.hpp"

namespace actornet::analysis {

struct PeriodNetwork {
  std::string label;
  network::Network network;  // same actors, in the same order, in every period
};

struct PeriodResult {
  std::string label;
  network::Network network;
  NetworkMeasures measures;
};

// A change from one period to the next.
struct PeriodChange {
  std::string from;
  std::string to;
  std::string kind;     // "tie" or "actor"
  std::string item;     // "IRN-RUS" or "RUS"
  std::string measure;  // "sign" (ties) or a centrality (actors)
  double before = 0.0;
  double after = 0.0;
  std::string note;     // for ties: "flipped", "appeared", "disappeared"
};

struct PeriodAnalysis {
  std::vector<PeriodResult> periods;
  std::vector<PeriodChange> changes;  // consecutive pairs of periods, in order
};

// Measures every period with `options`, then lists, for each consecutive
// pair: every tie whose sign differs (flipped between +1 and -1, appeared
// from no tie or sign 0, disappeared), and every actor's change in degree,
// strength and PageRank (all actors, so gains and losses can be ranked).
// Throws std::invalid_argument when the periods do not share their actors.
PeriodAnalysis analyse_periods(const std::vector<PeriodNetwork>& periods, const MeasureOptions& options);

}  // namespace actornet::analysis
