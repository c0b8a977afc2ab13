// Directed relations behind the network, for in/out strength and hubs and
// authorities: for the pipeline's network, the directed cooperation and
// rivalry relations of output/relations.csv (selected as `build` selects
// them; weight = confidence x |intensity|); for an edge list, its rows
// marked directed. Restricted to the actors of `base`, in its order.
#pragma once

#include <optional>

#include "analysis/signed_centrality.hpp"
#include "cli/network_input.hpp"
#include "cli/paths.hpp"

namespace actornet::cli {

// nullopt when there are no directed relations to measure.
std::optional<analysis::DirectedEdges> read_directed_edges(const Paths& paths, const NetworkInput& input,
                                                           const network::Network& base);

}  // namespace actornet::cli
