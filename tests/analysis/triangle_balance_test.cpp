// Tests for analysis/triangle_balance.hpp: hand-counted triangles, the
// weighted variant by hand, edge cases, and Read's Gahuku-Gama tribes against
// signnet's published triangle balance.
#include "analysis/triangle_balance.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "analysis/signed_graph_fixtures.hpp"
#include "io/errors.hpp"

namespace actornet::analysis {
namespace {

using testing::make_signed_graph;
using Triple = std::array<std::size_t, 3>;

struct TriangleCase {
  const char* name;
  SignedGraph graph;
  std::size_t triangles;
  std::size_t balanced;
  std::array<std::size_t, 4> by_negative_edges;
  std::vector<Triple> unbalanced;
};

// Every case counted by hand from its drawing.
std::vector<TriangleCase> triangle_cases() {
  return {
      //   0        +++ : balanced
      //  / \       .
      // 1---2
      {"all positive triangle",
       make_signed_graph(3, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}}),
       1,
       1,
       {1, 0, 0, 0},
       {}},
      //   0        --- : unbalanced (the three enemies cannot all oppose)
      //  / \       .
      // 1---2
      {"all negative triangle",
       make_signed_graph(3, {{0, 1, -1}, {0, 2, -1}, {1, 2, -1}}),
       1,
       0,
       {0, 0, 0, 1},
       {{0, 1, 2}}},
      //   0        0-1 +, 0-2 -, 1-2 - : "the enemy of my enemy" (+--), balanced
      {"one positive",
       make_signed_graph(3, {{0, 1, 1}, {0, 2, -1}, {1, 2, -1}}),
       1,
       1,
       {0, 0, 1, 0},
       {}},
      //  0 --- 1   K4, edges 0-1 and 2-3 negative, the rest positive.
      //  | \ / |   Triangles 012, 013, 023, 123 each hold exactly one of the
      //  | / \ |   two negative edges: all four unbalanced (++-).
      //  3 --- 2
      {"K4 with a negative matching",
       make_signed_graph(4, {{0, 1, -1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, -1}}),
       4,
       0,
       {0, 4, 0, 0},
       {{0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3}}},
      //  0 -+- 1      square with one chord 0-2 (-):
      //  | \   |      triangle 012: 0-1 +, 1-2 -, 0-2 - -> balanced
      //  +  -  -      triangle 023: 0-2 -, 2-3 +, 0-3 + -> unbalanced
      //  |   \ |
      //  3 -+- 2
      {"square with chord",
       make_signed_graph(4, {{0, 1, 1}, {1, 2, -1}, {2, 3, 1}, {0, 3, 1}, {0, 2, -1}}),
       2,
       1,
       {0, 1, 1, 0},
       {{0, 2, 3}}},
  };
}

TEST(TriangleBalanceTest, HandCountedGraphs) {
  for (const TriangleCase& c : triangle_cases()) {
    SCOPED_TRACE(c.name);
    const TriangleBalance r = triangle_balance(c.graph);
    EXPECT_EQ(r.triangles, c.triangles);
    EXPECT_EQ(r.balanced, c.balanced);
    EXPECT_EQ(r.by_negative_edges, c.by_negative_edges);
    EXPECT_EQ(r.unbalanced, c.unbalanced);
    EXPECT_DOUBLE_EQ(r.index, static_cast<double>(c.balanced) / static_cast<double>(c.triangles));
    // All weights 1: every intensity is 1, so the weighted index equals the plain one.
    EXPECT_DOUBLE_EQ(r.weighted_index, r.index);
  }
}

TEST(TriangleBalanceTest, WeightedIndexUsesGeometricMeanIntensity) {
  //      0                 0-1 (+,1)  0-2 (+,1)  1-2 (+,8)  1-3 (-,1)  2-3 (+,27)
  //     / \                .
  //    1---2   triangle 012: +++ balanced,   intensity (1*1*8)^(1/3)  = 2
  //     \ /    triangle 123: ++- unbalanced, intensity (8*1*27)^(1/3) = 6
  //      3     weighted index = 2 / (2 + 6) = 0.25; plain index = 1/2.
  const SignedGraph g = make_signed_graph(
      4, {{0, 1, 1, 1.0}, {0, 2, 1, 1.0}, {1, 2, 1, 8.0}, {1, 3, -1, 1.0}, {2, 3, 1, 27.0}});
  const TriangleBalance r = triangle_balance(g);
  EXPECT_EQ(r.triangles, 2u);
  EXPECT_DOUBLE_EQ(r.index, 0.5);
  EXPECT_NEAR(r.weighted_index, 0.25, 1e-12);
  EXPECT_EQ(r.unbalanced, (std::vector<Triple>{{1, 2, 3}}));
}

TEST(TriangleBalanceTest, ZeroWeightTriangleCountsOnlyUnweighted) {
  // A --- triangle whose edge 0-1 has weight 0 (a tie with relations but no
  // co-occurrence): counted by the index, intensity 0 in the weighted one.
  const SignedGraph g = make_signed_graph(3, {{0, 1, -1, 0.0}, {0, 2, -1, 1.0}, {1, 2, -1, 1.0}});
  const TriangleBalance r = triangle_balance(g);
  EXPECT_EQ(r.triangles, 1u);
  EXPECT_DOUBLE_EQ(r.index, 0.0);
  EXPECT_TRUE(std::isnan(r.weighted_index));
}

TEST(TriangleBalanceTest, GraphsWithoutTrianglesGiveNaN) {
  const std::vector<SignedGraph> graphs = {
      SignedGraph{},                                                         // no node
      make_signed_graph(1, {}),                                              // one node
      make_signed_graph(5, {}),                                              // no edge
      make_signed_graph(4, {{0, 1, 1}, {1, 2, -1}, {2, 3, -1}, {0, 3, 1}}),  // square
  };
  for (const SignedGraph& g : graphs) {
    const TriangleBalance r = triangle_balance(g);
    EXPECT_EQ(r.triangles, 0u);
    EXPECT_TRUE(std::isnan(r.index));
    EXPECT_TRUE(std::isnan(r.weighted_index));
    EXPECT_TRUE(r.unbalanced.empty());
  }
}

TEST(TriangleBalanceTest, DisconnectedTrianglesAreAllFound) {
  // 0-1-2 (---) and 3-4-5 (+++): one unbalanced, one balanced.
  const SignedGraph g =
      make_signed_graph(6, {{3, 4, 1}, {4, 5, 1}, {3, 5, 1}, {0, 1, -1}, {1, 2, -1}, {0, 2, -1}});
  const TriangleBalance r = triangle_balance(g);
  EXPECT_EQ(r.triangles, 2u);
  EXPECT_DOUBLE_EQ(r.index, 0.5);
  EXPECT_EQ(r.unbalanced, (std::vector<Triple>{{0, 1, 2}}));
}

TEST(TriangleBalanceTest, GahukuGamaMatchesSignnet) {
  // signnet (Schoch), README and vignette "Structural Balance":
  //   balance_score(tribes, method = "triangles")  #> [1] 0.8676471
  // i.e. 59 balanced of 68 triangles (59 / 68 = 0.86764706).
  const TriangleBalance r = triangle_balance(testing::gahuku_gama());
  EXPECT_NEAR(r.index, 0.8676471, 5e-8);
  EXPECT_EQ(r.triangles, 68u);
  EXPECT_EQ(r.balanced, 59u);
  EXPECT_EQ(r.unbalanced.size(), 9u);
  EXPECT_EQ(r.by_negative_edges[0] + r.by_negative_edges[2], 59u);
  EXPECT_DOUBLE_EQ(r.weighted_index, r.index);  // unweighted fixture: all weights 1
  EXPECT_TRUE(std::is_sorted(r.unbalanced.begin(), r.unbalanced.end()));
}

TEST(TriangleBalanceTest, RejectsGraphsBreakingTheContract) {
  EXPECT_THROW(triangle_balance(make_signed_graph(2, {{0, 2, 1}})), io::DataError);
  EXPECT_THROW(triangle_balance(make_signed_graph(3, {{1, 1, 1}})), io::DataError);
  EXPECT_THROW(triangle_balance(make_signed_graph(3, {{0, 1, 0}})), io::DataError);
  EXPECT_THROW(triangle_balance(make_signed_graph(3, {{0, 1, 1}, {1, 0, -1}})), io::DataError);
  EXPECT_THROW(triangle_balance(make_signed_graph(3, {{0, 1, 1, -1.0}})), io::DataError);
  EXPECT_THROW(triangle_balance(make_signed_graph(3, {{0, 1, 1, NAN}})), io::DataError);
}

}  // namespace
}  // namespace actornet::analysis
