// Actor centralities of a weighted undirected network, computed by igraph.
//
// Weights: strength, eigenvector centrality and PageRank use the tie weight as
// tie strength. Betweenness, closeness and harmonic centrality are path-based
// and igraph treats weights there as lengths, so a tie of weight w becomes a
// distance d = 1 / w (Opsahl, Agneessens & Skvoretz 2010, Social Networks
// 32(3), doi:10.1016/j.socnet.2010.03.006). Ties of weight <= 0 are dropped
// before path-based measures (no finite distance).
#pragma once

#include <string>
#include <vector>

#include "network/network.hpp"

namespace actornet::analysis {

struct CentralityOptions {
  // Which tie value is the weight. Default: raw co-occurrence count.
  network::WeightKind weight = network::WeightKind::kCount;
  // PageRank damping factor (Brin & Page 1998). Default 0.85.
  double pagerank_damping = 0.85;
};

// One actor's centralities. Same order as Network::actors.
struct ActorCentrality {
  std::int64_t degree = 0;             // number of ties
  double degree_normalized = 0.0;      // degree / (n - 1)
  double strength = 0.0;               // sum of tie weights
  double betweenness = 0.0;            // weighted (d = 1/w), raw count of shortest paths
  double betweenness_normalized = 0.0; // / ((n-1)(n-2)/2)
  double closeness = 0.0;              // weighted (d = 1/w); 1 / mean distance to reachable actors
  double harmonic = 0.0;               // weighted; mean of 1/d over all other actors
  double eigenvector = 0.0;            // weighted, scaled so the maximum is 1
  double pagerank = 0.0;               // weighted, sums to 1
};

struct CentralityResult {
  std::vector<ActorCentrality> actors;
  std::string weight;  // to_string(WeightKind) of the weight used
  // Human-readable method notes for output files, e.g. the distance rule.
  std::vector<std::string> notes;
};

// Computes every centrality above through igraph. Throws io::DataError if the
// network is inconsistent (tie indices out of range) and std::runtime_error
// with igraph's message if an igraph call fails.
CentralityResult compute_centrality(const network::Network& network,
                                    const CentralityOptions& options);

// The version of the igraph library in use ("0.10.2"), for method notes.
std::string igraph_library_version();

}  // namespace actornet::analysis
