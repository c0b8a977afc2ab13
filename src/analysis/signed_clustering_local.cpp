// Doreian & Mrvar (1996, Social Networks 18(2),
// doi:10.1016/0378-8733(95)00259-6) local optimisation: from a random
// partition, repeatedly apply the best improving relocation (one node to
// another group) or, when none improves, the best improving transposition
// (two nodes of different groups exchange groups), until neither improves.
// Ties go to the smallest node indices and group, so a seed fixes the result.
#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

#include "analysis/signed_clustering.hpp"
#include "analysis/signed_clustering_search.hpp"

namespace actornet::analysis::clustering_search {

namespace {

class LocalSearch {
 public:
  LocalSearch(const Component& component, const Problem& problem)
      : n_(component.nodes),
        k_(problem.max_groups),
        alpha_(problem.alpha),
        neighbours_(n_),
        positive_degree_(n_, 0) {
    for (const SignedEdge& e : component.edges) {
      neighbours_[e.a].push_back({e.b, e.sign});
      neighbours_[e.b].push_back({e.a, e.sign});
      if (e.sign > 0) {
        ++positive_degree_[e.a];
        ++positive_degree_[e.b];
      }
    }
    if (n_ <= kTranspositionMaxNodes) {
      sign_.assign(n_ * n_, 0);
      for (const SignedEdge& e : component.edges) {
        sign_[e.a * n_ + e.b] = sign_[e.b * n_ + e.a] = static_cast<signed char>(e.sign);
      }
    }
  }

  // Descends from `start` to a local optimum and returns it.
  std::vector<std::size_t> descend(std::vector<std::size_t> start) {
    group_ = std::move(start);
    negative_to_.assign(n_ * k_, 0);
    positive_to_.assign(n_ * k_, 0);
    for (std::size_t v = 0; v < n_; ++v) {
      for (const Link& l : neighbours_[v]) count(v, group_[l.node], l.sign, +1);
    }
    while (relocate() || transpose()) {
    }
    return group_;
  }

 private:
  struct Link {
    std::size_t node;
    int sign;
  };

  void count(std::size_t v, std::size_t g, int sign, int step) {
    (sign < 0 ? negative_to_ : positive_to_)[v * k_ + g] += step;
  }
  // Cost of v's edges if v were in group g (the others staying where they are).
  double cost_in(std::size_t v, std::size_t g) const {
    return alpha_ * negative_to_[v * k_ + g] +
           (1.0 - alpha_) * (positive_degree_[v] - positive_to_[v * k_ + g]);
  }
  double move_delta(std::size_t v, std::size_t g) const {
    return cost_in(v, g) - cost_in(v, group_[v]);
  }
  void move(std::size_t v, std::size_t g) {
    for (const Link& l : neighbours_[v]) {
      count(l.node, group_[v], l.sign, -1);
      count(l.node, g, l.sign, +1);
    }
    group_[v] = g;
  }

  bool relocate() {
    double best = -kTolerance;
    std::size_t best_v = n_, best_g = k_;
    for (std::size_t v = 0; v < n_; ++v) {
      for (std::size_t g = 0; g < k_; ++g) {
        if (g == group_[v]) continue;
        const double d = move_delta(v, g);
        if (d < best) {
          best = d;
          best_v = v;
          best_g = g;
        }
      }
    }
    if (best_v == n_) return false;
    move(best_v, best_g);
    return true;
  }

  bool transpose() {
    if (sign_.empty()) return false;
    double best = -kTolerance;
    std::size_t best_u = n_, best_v = n_;
    for (std::size_t u = 0; u < n_; ++u) {
      for (std::size_t v = u + 1; v < n_; ++v) {
        if (group_[u] == group_[v]) continue;
        // Each single move sees the u-v edge turn internal; after the exchange
        // it still runs between groups, so that change is taken back twice.
        const int s = sign_[u * n_ + v];
        const double internal = s < 0 ? alpha_ : 0.0;
        const double external = s > 0 ? 1.0 - alpha_ : 0.0;
        const double d = move_delta(u, group_[v]) + move_delta(v, group_[u]) -
                         (s != 0 ? 2.0 * (internal - external) : 0.0);
        if (d < best) {
          best = d;
          best_u = u;
          best_v = v;
        }
      }
    }
    if (best_u == n_) return false;
    const std::size_t gu = group_[best_u], gv = group_[best_v];
    move(best_u, gv);
    move(best_v, gu);
    return true;
  }

  std::size_t n_, k_;
  double alpha_;
  std::vector<std::vector<Link>> neighbours_;
  std::vector<int> positive_degree_;
  std::vector<signed char> sign_;  // dense n x n signs, only for transpositions
  std::vector<std::size_t> group_;
  std::vector<int> negative_to_;  // [v * k + g]: v's negative neighbours in g
  std::vector<int> positive_to_;
};

}  // namespace

double cost_of(const Component& component, const std::vector<std::size_t>& group,
               const Problem& problem) {
  double cost = 0.0;
  for (const SignedEdge& e : component.edges) {
    const bool within = group[e.a] == group[e.b];
    if (e.sign < 0 && within) cost += problem.alpha;
    if (e.sign > 0 && !within) cost += 1.0 - problem.alpha;
  }
  return cost;
}

ComponentPartition local_search(const Component& component, const Problem& problem,
                                std::size_t restarts, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  LocalSearch search(component, problem);
  ComponentPartition best;
  best.cost = std::numeric_limits<double>::infinity();
  for (std::size_t r = 0; r < restarts; ++r) {
    std::vector<std::size_t> start(component.nodes);
    // Plain modulo, not std::uniform_int_distribution, whose output differs
    // between standard libraries; the bias for small k is immaterial here.
    for (std::size_t& g : start) g = static_cast<std::size_t>(random() % problem.max_groups);
    std::vector<std::size_t> found = search.descend(std::move(start));
    const double cost = cost_of(component, found, problem);
    if (cost < best.cost - kTolerance) {
      best.group = std::move(found);
      best.cost = cost;
    }
  }
  return best;
}

}  // namespace actornet::analysis::clustering_search
