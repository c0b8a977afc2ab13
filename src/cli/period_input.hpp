// The period networks `metrics` measures: for the pipeline's network, one
// relation-based signed network per period of output/dyads_by_period.csv
// (tie count = the dyad's relations in that period); for an edge list with a
// period column, its periods. Restricted to the actors of `base` (the
// network after filters), in its order.
#pragma once

#include <vector>

#include "analysis/period_measures.hpp"
#include "cli/network_input.hpp"
#include "cli/paths.hpp"

namespace actornet::cli {

// Empty when there are no periods to measure.
std::vector<analysis::PeriodNetwork> read_period_networks(const Paths& paths, const NetworkInput& input,
                                                          const network::Network& base);

}  // namespace actornet::cli
