// The input contract shared by the structural-balance measures
// (triangle_balance, walk_balance, frustration, signed_clustering) and the
// adjacency views they are computed on.
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/signed_graph.hpp"

namespace actornet::analysis {

// Throws io::DataError (file "<signed graph>") unless every edge has
// a < b < nodes.size(), sign +1 or -1, a finite weight >= 0, and no pair
// appears twice. A weight of 0 is accepted (a tie that only hand-coded
// relations join has count 0): such an edge counts in every unweighted
// measure and contributes nothing to the weighted ones.
void validate_signed_graph(const SignedGraph& graph);

struct SignedNeighbour {
  std::size_t node = 0;  // the neighbour
  std::size_t edge = 0;  // index into SignedGraph::edges
  int sign = 0;          // +1 or -1
};

// Neighbour lists of a graph that passed validate_signed_graph, each sorted
// by neighbour index (so output built from them is deterministic).
std::vector<std::vector<SignedNeighbour>> signed_neighbours(const SignedGraph& graph);

// Connected components of the underlying unsigned graph: component id per
// node, components numbered 0, 1, ... in order of their smallest node.
std::vector<std::size_t> component_ids(const SignedGraph& graph);

}  // namespace actornet::analysis
