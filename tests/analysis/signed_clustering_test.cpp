// Tests for analysis/signed_clustering.hpp: hand graphs for each k,
// exhaustive enumeration on random graphs, alpha, the heuristic and its seed,
// edge cases, and Read's Gahuku-Gama tribes against signnet's blockmodel.
#include "analysis/signed_clustering.hpp"

#include <gtest/gtest.h>

#include <random>
#include <stdexcept>
#include <vector>

#include "analysis/signed_clustering_search.hpp"
#include "analysis/signed_graph_fixtures.hpp"
#include "io/errors.hpp"

namespace actornet::analysis {
namespace {

using testing::make_signed_graph;

struct Errors {
  std::size_t negative_within = 0, positive_between = 0;
};

Errors recount(const SignedGraph& g, const std::vector<std::size_t>& group) {
  Errors e;
  for (const SignedEdge& edge : g.edges) {
    const bool within = group[edge.a] == group[edge.b];
    if (edge.sign < 0 && within) ++e.negative_within;
    if (edge.sign > 0 && !within) ++e.positive_between;
  }
  return e;
}

// Fewest errors over all assignments of nodes 1..n-1 to k groups (node 0 in 0).
std::size_t brute_force(const SignedGraph& g, std::size_t k) {
  const std::size_t n = g.nodes.size();
  std::vector<std::size_t> group(n, 0);
  std::size_t best = g.edges.size();
  while (true) {
    const Errors e = recount(g, group);
    best = std::min(best, e.negative_within + e.positive_between);
    std::size_t i = 1;  // next assignment, odometer style
    while (i < n && ++group[i] == k) group[i++] = 0;
    if (i == n) return best;
  }
}

ClusteringOptions with_k(std::size_t k) {
  ClusteringOptions options;
  options.max_groups = k;
  return options;
}

void expect_consistent(const SignedGraph& g, const SignedClustering& r, double alpha = 0.5) {
  ASSERT_EQ(r.group.size(), g.nodes.size());
  const Errors e = recount(g, r.group);
  EXPECT_EQ(r.negative_within, e.negative_within);
  EXPECT_EQ(r.positive_between, e.positive_between);
  EXPECT_EQ(r.errors, e.negative_within + e.positive_between);
  EXPECT_DOUBLE_EQ(r.criterion, alpha * e.negative_within + (1 - alpha) * e.positive_between);
}

struct ClusteringCase {
  const char* name;
  SignedGraph graph;
  std::size_t k;
  std::size_t errors;  // worked by hand
  std::size_t groups;
};

std::vector<ClusteringCase> clustering_cases() {
  //   0      negative triangle: three enemies, clusterable into three groups
  //  / \     (Davis 1967) but not into two.
  // 1---2
  const SignedGraph negative_triangle = make_signed_graph(3, {{0, 1, -1}, {0, 2, -1}, {1, 2, -1}});
  //   0      ++- triangle: 0-1 (+), 1-2 (+), 0-2 (-): a cycle with exactly one
  //  / \     negative edge is not clusterable for any k (Davis 1967).
  // 1---2
  const SignedGraph one_negative = make_signed_graph(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, -1}});
  // All-negative K4: k groups leave C(4,2) - (pairs split) negative edges inside.
  const SignedGraph negative_k4 = make_signed_graph(
      4, {{0, 1, -1}, {0, 2, -1}, {0, 3, -1}, {1, 2, -1}, {1, 3, -1}, {2, 3, -1}});
  return {
      {"negative triangle, k = 3", negative_triangle, 3, 0, 3},
      {"negative triangle, k = 2", negative_triangle, 2, 1, 2},
      {"negative triangle, k = 1", negative_triangle, 1, 3, 1},
      {"++- triangle, k = 3", one_negative, 3, 1, 1},
      {"++- triangle, k = 2", one_negative, 2, 1, 1},
      {"negative K4, k = 4", negative_k4, 4, 0, 4},
      {"negative K4, k = 3", negative_k4, 3, 1, 3},
      {"negative K4, k = 2", negative_k4, 2, 2, 2},
  };
}

TEST(BalanceClusteringTest, HandGraphs) {
  for (const ClusteringCase& c : clustering_cases()) {
    SCOPED_TRACE(c.name);
    const SignedClustering r = cluster_signed_graph(c.graph, with_k(c.k));
    EXPECT_EQ(r.errors, c.errors);
    EXPECT_EQ(r.groups, c.groups);
    EXPECT_TRUE(r.exact);
    EXPECT_EQ(r.group[0], 0u);
    expect_consistent(c.graph, r);
  }
}

TEST(BalanceClusteringTest, AlphaChoosesWhichErrorToKeep) {
  // ++- triangle: either the negative edge stays inside (cost alpha) or one
  // positive edge runs between groups (cost 1 - alpha).
  const SignedGraph g = make_signed_graph(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, -1}});
  ClusteringOptions options = with_k(3);
  options.alpha = 0.2;  // negative inside is cheap
  SignedClustering r = cluster_signed_graph(g, options);
  EXPECT_EQ(r.negative_within, 1u);
  EXPECT_EQ(r.positive_between, 0u);
  EXPECT_DOUBLE_EQ(r.criterion, 0.2);
  options.alpha = 0.8;  // positive between is cheap
  r = cluster_signed_graph(g, options);
  EXPECT_EQ(r.negative_within, 0u);
  EXPECT_EQ(r.positive_between, 1u);
  EXPECT_NEAR(r.criterion, 0.2, 1e-12);
  expect_consistent(g, r, 0.8);
}

TEST(BalanceClusteringTest, GahukuGamaThreeGroupsMatchSignnet) {
  // signnet README / paper: signed_blockmodel(tribes, k = 3, alpha = 0.5)
  //   $membership [1] 2 2 1 1 3 1 1 1 3 3 1 1 3 3 2 2
  //   $criterion  [1] 2
  // signnet sums over the symmetric adjacency matrix (blockCriterion in
  // src/optimBlocks.cpp visits every edge twice), so its 2 = 0.5 x (2 x 2
  // errors): 2 errors, our criterion 1. Exhaustive search over 3^15
  // assignments confirms 2 as the minimum and this partition as the only one.
  const SignedGraph g = testing::gahuku_gama();
  const SignedClustering r = cluster_signed_graph(g, with_k(3));
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(r.errors, 2u);
  EXPECT_DOUBLE_EQ(r.criterion, 1.0);
  EXPECT_EQ(r.groups, 3u);
  // signnet's membership relabelled in order of first node: 2 -> 0, 1 -> 1, 3 -> 2.
  EXPECT_EQ(r.group, (std::vector<std::size_t>{0, 0, 1, 1, 2, 1, 1, 1, 2, 2, 1, 1, 2, 2, 0, 0}));
  expect_consistent(g, r);
  // Two groups: the frustration index, 7 (frustration_test.cpp).
  EXPECT_EQ(cluster_signed_graph(g, with_k(2)).errors, 7u);
}

SignedGraph random_graph(unsigned seed, std::size_t n) {
  std::mt19937 random(seed);
  std::vector<testing::HandEdge> edges;
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a + 1; b < n; ++b)
      if (random() % 100 < 50) edges.push_back({a, b, random() % 3 ? -1 : 1});
  return make_signed_graph(n, edges);
}

TEST(BalanceClusteringTest, BranchAndBoundAloneMatchesEnumeration) {
  // The exact search on its own, started from the trivial bound "every edge
  // in error", so a weak lower bound or a lost optimum cannot hide behind the
  // local search's answer. (The search does not need a connected graph.)
  namespace cs = clustering_search;
  for (unsigned seed = 1; seed <= 8; ++seed) {
    const SignedGraph g = random_graph(seed, 10);
    cs::Component component{g.nodes.size(), g.edges};
    for (std::size_t k : {2u, 3u}) {
      SCOPED_TRACE(::testing::Message() << "seed " << seed << ", k " << k);
      const cs::Problem problem{k, 0.5};
      const cs::ComponentPartition r =
          cs::branch_and_bound(component, problem, static_cast<double>(g.edges.size()), 1u << 30);
      ASSERT_TRUE(r.proven_optimal);
      ASSERT_EQ(r.group.size(), g.nodes.size());
      const Errors e = recount(g, r.group);
      EXPECT_EQ(e.negative_within + e.positive_between, brute_force(g, k));
      EXPECT_DOUBLE_EQ(r.cost, 0.5 * static_cast<double>(brute_force(g, k)));
    }
  }
}

TEST(BalanceClusteringTest, LocalSearchAloneNeverBeatsEnumeration) {
  namespace cs = clustering_search;
  for (unsigned seed = 1; seed <= 8; ++seed) {
    const SignedGraph g = random_graph(seed, 10);
    const cs::Component component{g.nodes.size(), g.edges};
    const cs::ComponentPartition r = cs::local_search(component, cs::Problem{3, 0.5}, 50, seed);
    const Errors e = recount(g, r.group);
    EXPECT_GE(e.negative_within + e.positive_between, brute_force(g, 3));
    EXPECT_DOUBLE_EQ(r.cost, 0.5 * static_cast<double>(e.negative_within + e.positive_between));
  }
}

TEST(BalanceClusteringTest, ExactSearchMatchesEnumerationOnRandomGraphs) {
  for (unsigned seed = 1; seed <= 8; ++seed) {
    const SignedGraph g = random_graph(seed, 9);
    for (std::size_t k : {2u, 3u, 4u}) {
      SCOPED_TRACE(::testing::Message() << "seed " << seed << ", k " << k);
      const SignedClustering r = cluster_signed_graph(g, with_k(k));
      EXPECT_EQ(r.errors, brute_force(g, k));
      EXPECT_TRUE(r.exact);
      EXPECT_LE(r.groups, k);
      expect_consistent(g, r);
    }
  }
}

TEST(BalanceClusteringTest, HeuristicIsSeededAndSaysSo) {
  const SignedGraph g = testing::gahuku_gama();
  ClusteringOptions options = with_k(3);
  options.search.exact_max_nodes = 10;  // 16 tribes: local search
  options.search.seed = 42;
  const SignedClustering a = cluster_signed_graph(g, options);
  const SignedClustering b = cluster_signed_graph(g, options);
  EXPECT_FALSE(a.exact);
  EXPECT_EQ(a.method, "local-search");
  EXPECT_EQ(a.group, b.group);
  EXPECT_GE(a.errors, 2u);
  expect_consistent(g, a);
}

TEST(BalanceClusteringTest, EdgeCasesAndDisconnectedGraphs) {
  const SignedClustering empty = cluster_signed_graph(SignedGraph{}, with_k(3));
  EXPECT_TRUE(empty.group.empty());
  EXPECT_EQ(empty.groups, 0u);
  EXPECT_EQ(empty.errors, 0u);

  const SignedClustering one = cluster_signed_graph(make_signed_graph(1, {}), with_k(3));
  EXPECT_EQ(one.group, (std::vector<std::size_t>{0}));
  EXPECT_EQ(one.groups, 1u);

  // Two components, each a negative edge: group g of each component merges
  // into global group g, so k = 2 suffices and nothing is in error.
  //   0 --(-)-- 1     2 --(-)-- 3
  const SignedGraph two = make_signed_graph(4, {{0, 1, -1}, {2, 3, -1}});
  const SignedClustering r = cluster_signed_graph(two, with_k(2));
  EXPECT_EQ(r.errors, 0u);
  EXPECT_EQ(r.group, (std::vector<std::size_t>{0, 1, 0, 1}));
  EXPECT_EQ(r.components, 2u);
}

TEST(BalanceClusteringTest, RejectsBadOptions) {
  const SignedGraph g = make_signed_graph(2, {{0, 1, 1}});
  EXPECT_THROW(cluster_signed_graph(g, with_k(0)), std::invalid_argument);
  ClusteringOptions options;
  options.alpha = 1.5;
  EXPECT_THROW(cluster_signed_graph(g, options), std::invalid_argument);
  options = ClusteringOptions{};
  options.search.restarts = 0;
  EXPECT_THROW(cluster_signed_graph(g, options), std::invalid_argument);
  EXPECT_THROW(cluster_signed_graph(make_signed_graph(2, {{0, 1, 5}}), ClusteringOptions{}),
               io::DataError);
}

}  // namespace
}  // namespace actornet::analysis
