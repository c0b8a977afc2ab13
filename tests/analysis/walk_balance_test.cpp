// Tests for analysis/walk_balance.hpp: closed forms worked by hand, an
// independent power series of exp(A), edge cases, overflow, and Read's
// Gahuku-Gama tribes against signnet's published walk balance.
#include "analysis/walk_balance.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "analysis/signed_graph_fixtures.hpp"
#include "io/errors.hpp"

namespace actornet::analysis {
namespace {

using testing::make_signed_graph;
using Matrix = std::vector<std::vector<double>>;

// tr(exp(M)) = sum_k tr(M^k) / k!, summed until the terms vanish: an
// independent check that needs no eigenvalues.
double trace_of_exponential(const Matrix& m) {
  const std::size_t n = m.size();
  Matrix term(n, std::vector<double>(n, 0.0));  // M^k / k!, starting at I
  for (std::size_t i = 0; i < n; ++i) term[i][i] = 1.0;
  double trace = 0.0;
  for (int k = 1; k <= 60; ++k) {
    for (std::size_t i = 0; i < n; ++i) trace += term[i][i];
    Matrix next(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t l = 0; l < n; ++l)
        for (std::size_t j = 0; j < n; ++j) next[i][j] += term[i][l] * m[l][j] / k;
    term = next;
  }
  return trace;
}

Matrix adjacency(const SignedGraph& g, bool absolute, bool weighted) {
  Matrix m(g.nodes.size(), std::vector<double>(g.nodes.size(), 0.0));
  for (const SignedEdge& e : g.edges) {
    const double v = (absolute ? 1.0 : e.sign) * (weighted ? e.weight : 1.0);
    m[e.a][e.b] = m[e.b][e.a] = v;
  }
  return m;
}

double series_balance(const SignedGraph& g, bool weighted) {
  return trace_of_exponential(adjacency(g, false, weighted)) /
         trace_of_exponential(adjacency(g, true, weighted));
}

TEST(WalkBalanceTest, NegativeTriangleClosedForm) {
  //   0      all edges negative: A = -(J - I), eigenvalues -2, 1, 1;
  //  / \     |A| = J - I, eigenvalues 2, -1, -1.
  // 1---2    K = (e^-2 + 2e) / (e^2 + 2e^-1)   (worked by hand)
  const SignedGraph g = make_signed_graph(3, {{0, 1, -1}, {0, 2, -1}, {1, 2, -1}});
  const WalkBalance r = walk_balance(g);
  const double e = std::exp(1.0);
  EXPECT_NEAR(r.index, (std::exp(-2.0) + 2 * e) / (std::exp(2.0) + 2 / e), 1e-12);
  ASSERT_EQ(r.signed_eigenvalues.size(), 3u);
  EXPECT_NEAR(r.signed_eigenvalues[0], -2.0, 1e-12);
  EXPECT_NEAR(r.signed_eigenvalues[2], 1.0, 1e-12);
  EXPECT_NEAR(r.unsigned_eigenvalues[2], 2.0, 1e-12);
  EXPECT_FALSE(r.weighted);
}

TEST(WalkBalanceTest, BalancedGraphsGiveOne) {
  //  0 -+- 1     square with two negative sides: balanced ({0,1} vs {2,3}),
  //  -     -     so every closed walk is positive and A, |A| are similar
  //  3 -+- 2     (switching): K = 1 exactly.
  const SignedGraph square = make_signed_graph(4, {{0, 1, 1}, {1, 2, -1}, {2, 3, 1}, {0, 3, -1}});
  EXPECT_NEAR(walk_balance(square).index, 1.0, 1e-12);
  // A tree (one negative edge) has no cycle, hence is balanced.
  EXPECT_NEAR(walk_balance(make_signed_graph(2, {{0, 1, -1}})).index, 1.0, 1e-12);
}

TEST(WalkBalanceTest, AgreesWithPowerSeriesOnUnbalancedGraph) {
  //  0 -+- 1     square with chord 0-2 (-): triangle 0-2-3 is unbalanced.
  //  | \   |     Weights for the weighted variant in brackets.
  //  +  -  -     0-1 (+,2) 1-2 (-,1) 2-3 (+,0.5) 0-3 (+,1) 0-2 (-,1.5)
  //  3 -+- 2
  const SignedGraph g = make_signed_graph(
      4, {{0, 1, 1, 2.0}, {1, 2, -1, 1.0}, {2, 3, 1, 0.5}, {0, 3, 1, 1.0}, {0, 2, -1, 1.5}});
  const double plain = walk_balance(g).index;
  const double weighted = walk_balance(g, WalkBalanceOptions{true}).index;
  EXPECT_NEAR(plain, series_balance(g, false), 1e-12);
  EXPECT_NEAR(weighted, series_balance(g, true), 1e-12);
  EXPECT_LT(plain, 1.0);
  EXPECT_GT(plain, 0.0);
  EXPECT_NE(plain, weighted);
}

TEST(WalkBalanceTest, WeightedScalesEigenvalues) {
  // Negative triangle with every weight 2: eigenvalues double,
  // K = (e^-4 + 2e^2) / (e^4 + 2e^-2).
  const SignedGraph g = make_signed_graph(3, {{0, 1, -1, 2.0}, {0, 2, -1, 2.0}, {1, 2, -1, 2.0}});
  const WalkBalance r = walk_balance(g, WalkBalanceOptions{true});
  EXPECT_TRUE(r.weighted);
  EXPECT_NEAR(r.index, (std::exp(-4.0) + 2 * std::exp(2.0)) / (std::exp(4.0) + 2 * std::exp(-2.0)),
              1e-12);
}

TEST(WalkBalanceTest, LargeWeightsDoNotOverflow) {
  // exp(2000) overflows a double; the shifted sums must not. Balanced: 1.
  const SignedGraph square = make_signed_graph(
      4, {{0, 1, 1, 1000.0}, {1, 2, -1, 1000.0}, {2, 3, 1, 1000.0}, {0, 3, -1, 1000.0}});
  EXPECT_NEAR(walk_balance(square, WalkBalanceOptions{true}).index, 1.0, 1e-12);
  // Unbalanced: K = (e^-2000 + 2e^1000) / (e^2000 + 2e^-1000) ~ 2e^-1000, 0 in doubles.
  const SignedGraph triangle =
      make_signed_graph(3, {{0, 1, -1, 1000.0}, {0, 2, -1, 1000.0}, {1, 2, -1, 1000.0}});
  const double k = walk_balance(triangle, WalkBalanceOptions{true}).index;
  EXPECT_TRUE(std::isfinite(k));
  EXPECT_GE(k, 0.0);
  EXPECT_LT(k, 1e-300);
}

TEST(WalkBalanceTest, EdgeCases) {
  EXPECT_TRUE(std::isnan(walk_balance(SignedGraph{}).index));  // no node
  // One node, or nodes without edges: A = |A| = 0, K = n / n = 1.
  EXPECT_DOUBLE_EQ(walk_balance(make_signed_graph(1, {})).index, 1.0);
  EXPECT_DOUBLE_EQ(walk_balance(make_signed_graph(4, {})).index, 1.0);
  // Disconnected: a balanced edge and a negative triangle; traces add up.
  const SignedGraph g = make_signed_graph(5, {{0, 1, -1}, {2, 3, -1}, {2, 4, -1}, {3, 4, -1}});
  EXPECT_NEAR(walk_balance(g).index, series_balance(g, false), 1e-12);
  EXPECT_THROW(walk_balance(make_signed_graph(2, {{0, 1, 2}})), io::DataError);
}

TEST(WalkBalanceTest, GahukuGamaMatchesSignnet) {
  // signnet (Schoch), README and vignette "Structural Balance":
  //   balance_score(tribes, method = "walk")  #> [1] 0.3575761
  // (sum exp(eigenvalues of signed A) / sum exp(eigenvalues of |A|)).
  const SignedGraph g = testing::gahuku_gama();
  const WalkBalance r = walk_balance(g);
  EXPECT_NEAR(r.index, 0.3575761, 5e-8);
  EXPECT_NEAR(r.index, series_balance(g, false), 1e-10);
  ASSERT_EQ(r.signed_eigenvalues.size(), 16u);
  double trace = 0.0;  // tr(A) = 0: no self-loops
  for (double lambda : r.signed_eigenvalues) trace += lambda;
  EXPECT_NEAR(trace, 0.0, 1e-10);
}

}  // namespace
}  // namespace actornet::analysis
