// Walk-based degree of balance (Estrada & Benzi 2014, "Walk-based measure of
// balance in signed networks: detecting lack of balance in social networks",
// Phys. Rev. E 90, 042802, doi:10.1103/PhysRevE.90.042802):
//
//   K = tr(exp(A)) / tr(exp(|A|)) = sum_i exp(lambda_i) / sum_j exp(mu_j),
//
// A the signed adjacency matrix, |A| its entrywise absolute value, lambda and
// mu their eigenvalues. tr(exp(A)) weighs every closed walk of length k by
// its sign / k!, so K counts balanced minus unbalanced closed walks, short
// ones most, relative to all closed walks. K = 1 exactly when the graph is
// balanced; 0 < K <= 1 otherwise. This is signnet's balance_score(method =
// "walk") (Schoch, R package signnet).
#pragma once

#include <limits>
#include <vector>

#include "analysis/signed_graph.hpp"

namespace actornet::analysis {

struct WalkBalanceOptions {
  // false (default, as Estrada & Benzi and signnet): A_ij = sign.
  // true: A_ij = sign x weight, so strong ties dominate the walks.
  bool weighted = false;
};

struct WalkBalance {
  // K as above; NaN for a graph without nodes. A graph without edges has
  // A = |A| = 0 and K = n / n = 1 (nothing unbalanced).
  double index = std::numeric_limits<double>::quiet_NaN();
  bool weighted = false;
  std::vector<double> signed_eigenvalues;    // of A, ascending
  std::vector<double> unsigned_eigenvalues;  // of |A|, ascending
};

// Dense symmetric eigen-decomposition through igraph's LAPACK interface
// (igraph_lapack_dsyevr), O(n^3) time and O(n^2) memory: fine for actor
// networks of up to a few thousand nodes. Computed as
// sum exp(lambda_i - mu_max) / sum exp(mu_j - mu_max), which cannot overflow
// (|lambda_i| <= mu_max by Perron-Frobenius). Throws io::DataError if the
// graph breaks validate_signed_graph's contract, std::runtime_error if LAPACK
// fails.
WalkBalance walk_balance(const SignedGraph& graph, const WalkBalanceOptions& options = {});

}  // namespace actornet::analysis
