// Frustration index, or line index of balance (Harary 1959; exact computation
// and its modelling: Aref, Mason & Wilson 2020, "A modeling and computational
// study of the frustration index in signed networks", Networks 75(1),
// doi:10.1002/net.21907): the fewest edges whose removal, or equivalently
// whose sign change, leaves a balanced graph. It equals the fewest frustrated
// edges over all splits of the nodes into two sides, a frustrated edge being a
// positive one across the sides or a negative one within a side; the
// minimising split gives the two "camps".
//
// Computed by cluster_signed_graph with two groups and alpha = 1/2 (see
// signed_clustering.hpp for the exact branch and bound, the seeded local
// search beyond PartitionSearchOptions::exact_max_nodes, and the per-component
// handling).
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "analysis/signed_clustering.hpp"
#include "analysis/signed_graph.hpp"

namespace actornet::analysis {

using FrustrationOptions = PartitionSearchOptions;

struct Frustration {
  // L(G); an upper bound when `exact` is false.
  std::size_t index = 0;
  // 1 - L / (m / 2) (Aref & Wilson 2018, "Measuring partial balance in signed
  // networks", J. Complex Networks 6(4), doi:10.1093/comnet/cnx044): 1 for a
  // balanced graph, 0 at the largest possible L = m / 2; NaN when m = 0.
  double normalized = std::numeric_limits<double>::quiet_NaN();
  // Side (0 or 1) of each node; the smallest node of every connected
  // component is on side 0.
  std::vector<int> side;
  // Indices into SignedGraph::edges of the frustrated edges, ascending;
  // their count is `index`.
  std::vector<std::size_t> frustrated_edges;
  bool exact = true;   // proven minimal (every component searched exactly)
  std::string method;  // as SignedClustering::method
  std::size_t components = 0;
  std::size_t heuristic_components = 0;
};

// Throws io::DataError if the graph breaks validate_signed_graph's contract,
// std::invalid_argument if options.restarts is 0.
Frustration frustration_index(const SignedGraph& graph, const FrustrationOptions& options = {});

}  // namespace actornet::analysis
