// Internal to signed_clustering.cpp: the two searches it runs on one connected
// component (see signed_clustering.hpp for the criterion and the methods).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/signed_graph.hpp"

namespace actornet::analysis::clustering_search {

// Costs are sums of alpha and 1 - alpha; two costs closer than this are equal.
constexpr double kTolerance = 1e-9;

// One connected component, nodes renumbered 0 .. nodes - 1 in their original
// order; edges keep a < b.
struct Component {
  std::size_t nodes = 0;
  std::vector<SignedEdge> edges;
};

struct Problem {
  std::size_t max_groups = 2;
  double alpha = 0.5;
};

struct ComponentPartition {
  std::vector<std::size_t> group;  // per local node; empty if nothing was found
  double cost = 0.0;
  bool proven_optimal = false;
};

// Criterion P of `group` on `component`.
double cost_of(const Component& component, const std::vector<std::size_t>& group,
               const Problem& problem);

// Doreian & Mrvar local optimisation from `restarts` random partitions
// (std::mt19937_64 seeded with `seed`); the best local optimum, the first
// found on ties.
ComponentPartition local_search(const Component& component, const Problem& problem,
                                std::size_t restarts, std::uint64_t seed);

// Branch and bound for a partition of cost <= upper_bound (pass the cost of a
// known partition). Returns the first optimum in search order with
// proven_optimal = true, or, when more than `budget` assignments would be
// visited, the best partition found so far (possibly none) with
// proven_optimal = false.
ComponentPartition branch_and_bound(const Component& component, const Problem& problem,
                                    double upper_bound, std::uint64_t budget);

}  // namespace actornet::analysis::clustering_search
