// Exact search of signed_clustering.hpp: depth-first branch and bound over the
// group of each node, in an order where every node after the first has as
// many already placed neighbours as possible (maximum cardinality search), so
// that costs show early. Groups are numbered in order of first use (a node may
// open at most one new group), which visits each partition once.
//
// Lower bound at depth d (nodes order[0..d) placed):
//   cost of the edges among placed nodes
// + for each unplaced node, the cost of its edges to placed nodes in its
//   cheapest group (any group, so also a new one)
// + min(alpha, 1 - alpha) x the size of an edge-disjoint packing of
//   unsatisfiable triangles among unplaced nodes (fixed in advance per suffix
//   order[d..n)).
// The three parts count disjoint edge sets, so their sum never exceeds the
// cost of any completion.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

#include "analysis/signed_clustering_search.hpp"

namespace actornet::analysis::clustering_search {

namespace {

struct Link {
  std::size_t node;
  int sign;
};

// Maximum cardinality search from node 0; ties: higher degree, then lower index.
std::vector<std::size_t> search_order(const std::vector<std::vector<Link>>& neighbours) {
  const std::size_t n = neighbours.size();
  std::vector<std::size_t> order;
  std::vector<int> placed_neighbours(n, 0);
  std::vector<bool> placed(n, false);
  for (std::size_t step = 0; step < n; ++step) {
    std::size_t pick = n;
    for (std::size_t v = 0; v < n; ++v) {
      if (placed[v]) continue;
      if (pick == n || placed_neighbours[v] > placed_neighbours[pick] ||
          (placed_neighbours[v] == placed_neighbours[pick] &&
           neighbours[v].size() > neighbours[pick].size())) {
        pick = v;
      }
      if (step == 0) break;  // start at node 0
    }
    placed[pick] = true;
    order.push_back(pick);
    for (const Link& l : neighbours[pick]) ++placed_neighbours[l.node];
  }
  return order;
}

// packing[d] = size of a greedy edge-disjoint packing of unsatisfiable
// triangles whose nodes all sit at positions >= d; packing[n] = 0. Built from
// the last position down, so each packing extends the next one.
std::vector<int> triangle_packing(const Component& c, const std::vector<std::size_t>& position,
                                  std::size_t k) {
  const std::size_t n = c.nodes;
  std::vector<int> sign(n * n, 0);
  for (const SignedEdge& e : c.edges) sign[e.a * n + e.b] = sign[e.b * n + e.a] = e.sign;
  std::vector<std::size_t> at(n);
  for (std::size_t v = 0; v < n; ++v) at[position[v]] = v;
  std::vector<bool> used(n * n, false);
  std::vector<int> packing(n + 1, 0);
  for (std::size_t d = n; d-- > 0;) {
    packing[d] = packing[d + 1];
    const std::size_t a = at[d];  // the triangle's earliest node
    for (std::size_t i = d + 1; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        const std::size_t b = at[i], x = at[j];
        const int s1 = sign[a * n + b], s2 = sign[a * n + x], s3 = sign[b * n + x];
        if (s1 == 0 || s2 == 0 || s3 == 0) continue;
        const int negatives = (s1 < 0) + (s2 < 0) + (s3 < 0);
        const bool unsatisfiable =
            k == 1 ? negatives > 0 : (negatives == 1 || (k == 2 && negatives == 3));
        if (!unsatisfiable || used[a * n + b] || used[a * n + x] || used[b * n + x]) continue;
        used[a * n + b] = used[a * n + x] = used[b * n + x] = true;
        ++packing[d];
      }
    }
  }
  return packing;
}

class BranchAndBound {
 public:
  BranchAndBound(const Component& c, const Problem& p, double upper_bound, std::uint64_t budget)
      : n_(c.nodes),
        k_(p.max_groups),
        alpha_(p.alpha),
        budget_(budget),
        neighbours_(n_),
        group_(n_, kNone),
        negative_to_(n_ * k_, 0),
        positive_to_(n_ * k_, 0),
        placed_positive_(n_, 0),
        cheapest_(n_, 0.0),
        best_cost_(upper_bound + 10 * kTolerance) {
    for (const SignedEdge& e : c.edges) {
      neighbours_[e.a].push_back({e.b, e.sign});
      neighbours_[e.b].push_back({e.a, e.sign});
    }
    order_ = search_order(neighbours_);
    position_.resize(n_);
    for (std::size_t i = 0; i < n_; ++i) position_[order_[i]] = i;
    packing_ = triangle_packing(c, position_, k_);
    triangle_cost_ = std::min(alpha_, 1.0 - alpha_);
  }

  ComponentPartition run() {
    search(0, 0, 0.0, 0.0);
    ComponentPartition out;
    out.group = best_group_;
    out.cost = best_group_.empty() ? std::numeric_limits<double>::infinity() : best_cost_;
    out.proven_optimal = !exhausted_;
    return out;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  double cost_in(std::size_t v, std::size_t g) const {
    return alpha_ * negative_to_[v * k_ + g] +
           (1.0 - alpha_) * (placed_positive_[v] - positive_to_[v * k_ + g]);
  }
  double cheapest(std::size_t v) const {
    double m = cost_in(v, 0);
    for (std::size_t g = 1; g < k_; ++g) m = std::min(m, cost_in(v, g));
    return m;
  }

  // depth: nodes placed; used: groups opened; cost: of placed-placed edges;
  // unplaced: sum of cheapest_ over unplaced nodes.
  void search(std::size_t depth, std::size_t used, double cost, double unplaced) {
    if (depth == n_) {
      if (cost < best_cost_ - kTolerance) {
        best_cost_ = cost;
        best_group_ = group_;
      }
      return;
    }
    const std::size_t v = order_[depth];
    const std::size_t choices = std::min(k_, used + 1);
    std::vector<std::pair<double, std::size_t>> options;
    for (std::size_t g = 0; g < choices; ++g) options.push_back({cost_in(v, g), g});
    std::stable_sort(options.begin(), options.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [own, g] : options) {
      if (exhausted_ || ++visited_ > budget_) {
        exhausted_ = true;
        return;
      }
      std::vector<std::pair<std::size_t, double>> saved;  // neighbours' old cheapest_
      double rest = unplaced - cheapest_[v];
      group_[v] = g;
      for (const Link& l : neighbours_[v]) {
        if (group_[l.node] != kNone) continue;
        saved.push_back({l.node, cheapest_[l.node]});
        (l.sign < 0 ? negative_to_ : positive_to_)[l.node * k_ + g] += 1;
        if (l.sign > 0) ++placed_positive_[l.node];
        cheapest_[l.node] = cheapest(l.node);
        rest += cheapest_[l.node] - saved.back().second;
      }
      const double placed_cost = cost + own;
      const double bound = placed_cost + rest + triangle_cost_ * packing_[depth + 1];
      if (bound < best_cost_ - kTolerance) {
        search(depth + 1, std::max(used, g + 1), placed_cost, rest);
      }
      for (const Link& l : neighbours_[v]) {
        if (group_[l.node] != kNone) continue;
        (l.sign < 0 ? negative_to_ : positive_to_)[l.node * k_ + g] -= 1;
        if (l.sign > 0) --placed_positive_[l.node];
      }
      for (const auto& [node, old] : saved) cheapest_[node] = old;
      group_[v] = kNone;
    }
  }

  std::size_t n_, k_;
  double alpha_;
  std::uint64_t budget_;
  std::uint64_t visited_ = 0;
  bool exhausted_ = false;
  std::vector<std::vector<Link>> neighbours_;
  std::vector<std::size_t> order_, position_;
  std::vector<int> packing_;
  double triangle_cost_ = 0.0;
  std::vector<std::size_t> group_;
  std::vector<int> negative_to_, positive_to_;  // [v * k + g]: placed neighbours of v in g
  std::vector<int> placed_positive_;            // placed positive neighbours of v
  std::vector<double> cheapest_;                // of each unplaced node
  double best_cost_;
  std::vector<std::size_t> best_group_;
};

}  // namespace

ComponentPartition branch_and_bound(const Component& component, const Problem& problem,
                                    double upper_bound, std::uint64_t budget) {
  return BranchAndBound(component, problem, upper_bound, budget).run();
}

}  // namespace actornet::analysis::clustering_search
