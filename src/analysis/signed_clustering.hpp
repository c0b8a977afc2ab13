// Clusterability, or weak balance (Davis 1967, "Clustering and structural
// balance in graphs", Human Relations 20(2), doi:10.1177/001872676702000206):
// a signed graph is clusterable when its nodes split into groups with every
// positive edge inside a group and every negative edge between groups. How far
// a graph is from that is measured by the partition into at most k groups that
// minimises the Doreian-Mrvar criterion
//
//   P = alpha x (negative edges within groups) + (1 - alpha) x (positive edges between groups)
//
// (Doreian & Mrvar 1996, "A partitioning approach to structural balance",
// Social Networks 18(2), doi:10.1016/0378-8733(95)00259-6; signnet's
// signed_blockmodel). With k = 2 and alpha = 1/2, 2P is the frustration index
// (frustration.hpp, which runs this search).
//
// Each connected component is solved on its own (no edge joins two components,
// so P adds up) and group g of every component joins global group g:
//  - components of at most exact_max_nodes nodes: depth-first branch and bound
//    over group assignments (symmetric labellings pruned by numbering groups in
//    order of first use), bounded below by the cost so far, plus for every
//    unassigned node its cheapest group given its assigned neighbours, plus an
//    edge-disjoint packing of triangles among unassigned nodes that no
//    partition into k groups can satisfy (one negative edge; or three when
//    k = 2). The result is the first optimum in search order, which depends on
//    the graph only, not on the seed;
//  - larger components, or ones whose search exceeds exact_node_budget:
//    Doreian & Mrvar's local optimisation (relocations of one node and, up to
//    kTranspositionMaxNodes nodes, exchanges of two), from `restarts` random
//    partitions drawn from std::mt19937_64 seeded with `seed` and the
//    component's number. Deterministic for a given seed; not proven optimal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/signed_graph.hpp"

namespace actornet::analysis {

// How hard to search; shared with FrustrationOptions.
struct PartitionSearchOptions {
  // Components up to this many nodes are searched exactly. Default 40: the
  // search is exponential in the worst case; actor networks are far smaller.
  std::size_t exact_max_nodes = 40;
  // Work limit of one exact search, in visited assignments (a count, not a
  // clock, so results do not depend on the machine). Default 20 million,
  // about 3 s on one 2020s core. Random signed graphs of 40 nodes finish in
  // well under a second for k = 2 and in a few seconds for k = 3.
  std::uint64_t exact_node_budget = 20'000'000;
  // Random starts of the local search. Default 100.
  std::size_t restarts = 100;
  // Seed of the local search. Default 1.
  std::uint64_t seed = 1;
};

struct ClusteringOptions {
  // k, the largest number of groups (groups may stay empty); >= 1. Default 3,
  // the number Read's Gahuku-Gama tribes are usually split into (signnet's
  // signed_blockmodel example).
  std::size_t max_groups = 3;
  // Weight of a negative edge within a group, in [0, 1]; a positive edge
  // between groups weighs 1 - alpha. Default 1/2: both errors alike, so
  // P = errors / 2.
  double alpha = 0.5;
  PartitionSearchOptions search;
};

// Exchanges are O(n^2) per step: beyond this component size only relocations.
constexpr std::size_t kTranspositionMaxNodes = 1000;

struct SignedClustering {
  // Group of each node, numbered 0, 1, ... in order of each group's smallest
  // node (node 0 is in group 0).
  std::vector<std::size_t> group;
  std::size_t groups = 0;            // non-empty groups (<= max_groups)
  std::size_t negative_within = 0;   // negative edges inside a group
  std::size_t positive_between = 0;  // positive edges across groups
  std::size_t errors = 0;            // negative_within + positive_between
  double criterion = 0.0;            // alpha x negative_within + (1 - alpha) x positive_between
  bool exact = true;                 // every component proven optimal
  std::size_t components = 0;        // connected components (isolated nodes count)
  // Components not proven optimal: larger than exact_max_nodes, or their exact
  // search stopped at the budget (they then get the better of the local
  // search's partition and the best one the stopped search had found).
  std::size_t heuristic_components = 0;
  // "branch-and-bound" (every component with an edge solved exactly; also
  // for a graph without edges), "local-search" (none), or
  // "branch-and-bound+local-search" (some of each).
  std::string method;
};

// Throws io::DataError if the graph breaks validate_signed_graph's contract,
// std::invalid_argument if max_groups is 0, alpha is outside [0, 1] or
// restarts is 0.
SignedClustering cluster_signed_graph(const SignedGraph& graph, const ClusteringOptions& options);

}  // namespace actornet::analysis
