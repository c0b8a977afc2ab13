// A signed, weighted, undirected graph for the signed-network measures
// (balance, frustration, PN centrality). Built from a network's signed ties
// (Tie::sign(); ties with sign 0 are left out) or directly in tests.
#pragma once

#include <string>
#include <vector>

#include "network/network.hpp"

namespace actornet::analysis {

struct SignedEdge {
  std::size_t a = 0;  // node indices, a < b
  std::size_t b = 0;
  int sign = 0;       // +1 or -1
  double weight = 1.0;  // > 0: strength of the tie (|net| x count, or 1 when unweighted)
};

struct SignedGraph {
  std::vector<std::string> nodes;  // actor ids
  std::vector<SignedEdge> edges;   // each pair at most once
};

// The network's ties with a defined, non-zero sign; weight = `weight` of the
// tie's WeightKind (count by default). Nodes are all actors, in order.
SignedGraph signed_graph_of(const network::Network& network,
                            network::WeightKind weight = network::WeightKind::kCount);

}  // namespace actornet::analysis
