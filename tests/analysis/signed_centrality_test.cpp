// Tests for analysis/signed_centrality.hpp: hand-computed small graphs, the
// published PN indices of Everett & Borgatti's 10-node example, edge cases
// and input validation.
#include "analysis/signed_centrality.hpp"

#include <gtest/gtest.h>

#include "analysis/centrality.hpp"

#include <cmath>
#include <string>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/errors.hpp"

namespace actornet::analysis {
namespace {

SignedGraph make_signed(std::size_t n, const std::vector<SignedEdge>& edges) {
  SignedGraph g;
  for (std::size_t i = 0; i < n; ++i) g.nodes.push_back("n" + std::to_string(i));
  g.edges = edges;
  return g;
}

// ---- Signed degree ------------------------------------------------------

TEST(SignedDegree, CountsAndWeightsBySign) {
  //   n0 --(+, w 2)-- n1
  //    \              /
  //   (-, w 3)   (+, w 1)       n3 (isolate)
  //      \          /
  //         n2
  const SignedDegreeResult r =
      compute_signed_degree(make_signed(4, {{0, 1, 1, 2.0}, {0, 2, -1, 3.0}, {1, 2, 1, 1.0}}));
  struct Row { std::int64_t pos, neg, net; double ratio, spos, sneg, snet, sratio; };
  const std::vector<Row> expected = {
      {1, 1, 0, 0.5, 2, 3, -1, 0.4},  // n0: 2 / (2 + 3)
      {2, 0, 2, 1.0, 3, 0, 3, 1.0},
      {1, 1, 0, 0.5, 1, 3, -2, 0.25},  // n2: 1 / (1 + 3)
  };
  ASSERT_EQ(r.degrees.size(), 4u);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("node " + std::to_string(i));
    const SignedDegree& d = r.degrees[i];
    EXPECT_EQ(d.positive, expected[i].pos);
    EXPECT_EQ(d.negative, expected[i].neg);
    EXPECT_EQ(d.net, expected[i].net);
    EXPECT_DOUBLE_EQ(d.ratio, expected[i].ratio);
    EXPECT_DOUBLE_EQ(d.positive_strength, expected[i].spos);
    EXPECT_DOUBLE_EQ(d.negative_strength, expected[i].sneg);
    EXPECT_DOUBLE_EQ(d.net_strength, expected[i].snet);
    EXPECT_DOUBLE_EQ(d.strength_ratio, expected[i].sratio);
  }
  // The isolate: no signed ties, ratios undefined.
  EXPECT_EQ(r.degrees[3].positive + r.degrees[3].negative, 0);
  EXPECT_TRUE(std::isnan(r.degrees[3].ratio));
  EXPECT_TRUE(std::isnan(r.degrees[3].strength_ratio));
  EXPECT_EQ(r.nodes, (std::vector<std::string>{"n0", "n1", "n2", "n3"}));
}

TEST(SignedDegree, EmptyGraph) {
  EXPECT_TRUE(compute_signed_degree(SignedGraph{}).degrees.empty());
}

// ---- PN centrality ------------------------------------------------------

// tests/fixtures/pn_example_edges.csv: the 10-node signed example of
// Everett & Borgatti (2014), Social Networks 38:111-120, as the adjacency
// matrix in R signnet's pn_index documentation (copied from shared/refdata;
// nodes 1..10, sign +1/-1).
SignedGraph pn_example() {
  const io::CsvTable table = io::CsvTable::read_file(std::string(ACTORNET_SOURCE_DIR) +
                                                     "/tests/fixtures/pn_example_edges.csv");
  const std::size_t s = table.require("source"), t = table.require("target"),
                    sign = table.require("sign");
  std::vector<SignedEdge> edges;
  for (const io::CsvRecord& row : table.rows()) {
    edges.push_back({std::stoul(row.fields[s]) - 1, std::stoul(row.fields[t]) - 1,
                     std::stoi(row.fields[sign]), 1.0});
  }
  return make_signed(10, edges);
}

TEST(PNCentrality, PublishedTenNodeExample) {
  // pn_index(g) as printed in R signnet's "Centrality" vignette
  // (schochastics/signnet, vignettes/centrality, file articles/centrality.md),
  // for Everett & Borgatti's example network; 7 significant digits there.
  const std::vector<double> published = {0.9009747, 0.8613482, 0.9076997, 0.8613482,
                                         0.8410658, 0.8496558, 0.8617321, 0.9015909,
                                         0.8509848, 0.9072930};
  const PnResult r = compute_pn_centrality(pn_example());
  ASSERT_EQ(r.pn.size(), published.size());
  for (std::size_t i = 0; i < published.size(); ++i) {
    EXPECT_NEAR(r.pn[i], published[i], 5e-8) << "node " << i + 1;
  }
}

TEST(PNCentrality, PublishedExampleHasEqualDegreeRatios) {
  // The same vignette: degree_signed(g, type = "ratio") is 0.5 for all ten
  // nodes, the reason the example was chosen (signed degree cannot tell them
  // apart, PN can).
  for (const SignedDegree& d : compute_signed_degree(pn_example()).degrees) {
    EXPECT_DOUBLE_EQ(d.ratio, 0.5);
  }
}

struct PnCase {
  const char* name;
  std::size_t n;
  std::vector<SignedEdge> edges;
  std::vector<double> expected;
};

TEST(PNCentrality, HandComputed) {
  const std::vector<PnCase> cases = {
      // n0 --(+)-- n1 --(-)-- n2, scale 1/(2n-2) = 1/4, A = P - 2N:
      //   x0 - x1/4 = 1;  -x0/4 + x1 + x2/2 = 1;  x1/2 + x2 = 1
      // => x1 = 12/11, x0 = 1 + x1/4 = 14/11, x2 = 1 - x1/2 = 5/11.
      {"path + -", 3, {{0, 1, 1, 1.0}, {1, 2, -1, 1.0}}, {14.0 / 11, 12.0 / 11, 5.0 / 11}},
      // Positive triangle: x - 2x/4 = 1 => x = 2 for every node.
      {"positive triangle", 3, {{0, 1, 1, 1.0}, {0, 2, 1, 1.0}, {1, 2, 1, 1.0}}, {2, 2, 2}},
      // n0 --(+)-- n1, n2 isolated: x - x/4 = 1 => 4/3; the isolate scores 1.
      {"pair + isolate", 3, {{0, 1, 1, 1.0}}, {4.0 / 3, 4.0 / 3, 1.0}},
      // Two nodes, positive tie, scale 1/2: x - x/2 = 1 => 2.
      {"positive dyad", 2, {{0, 1, 1, 5.0}}, {2, 2}},
      {"single node", 1, {}, {1}},
      {"no nodes", 0, {}, {}},
  };
  for (const PnCase& c : cases) {
    SCOPED_TRACE(c.name);
    const PnResult r = compute_pn_centrality(make_signed(c.n, c.edges));
    ASSERT_EQ(r.pn.size(), c.expected.size());
    for (std::size_t i = 0; i < c.expected.size(); ++i) EXPECT_NEAR(r.pn[i], c.expected[i], 1e-12);
  }
}

TEST(PNCentrality, NegativeDyadIsSingular) {
  // n0 --(-)-- n1: I - A/2 = [[1, 1], [1, 1]] is singular; PN undefined.
  const PnResult r = compute_pn_centrality(make_signed(2, {{0, 1, -1, 1.0}}));
  ASSERT_EQ(r.pn.size(), 2u);
  EXPECT_TRUE(std::isnan(r.pn[0]));
  EXPECT_TRUE(std::isnan(r.pn[1]));
  EXPECT_NE(r.notes.back().find("singular"), std::string::npos);
}

TEST(SignedGraphValidation, RefusesBadEdges) {
  const std::vector<std::pair<const char*, SignedEdge>> bad = {
      {"index out of range", {0, 3, 1, 1.0}},
      {"self-loop", {1, 1, 1, 1.0}},
      {"sign 0", {0, 2, 0, 1.0}},
      {"negative weight", {0, 2, 1, -1.0}},
      {"NaN weight", {0, 2, 1, std::nan("")}},
      {"pair repeated", {0, 1, -1, 1.0}},
      {"a > b (SignedEdge needs a < b)", {2, 0, 1, 1.0}},
  };
  for (const auto& [name, edge] : bad) {
    SCOPED_TRACE(name);
    const SignedGraph g = make_signed(3, {{0, 1, 1, 1.0}, edge});
    EXPECT_THROW(compute_signed_degree(g), io::DataError);
    EXPECT_THROW(compute_pn_centrality(g), io::DataError);
  }
}

// ---- Path-based centralities on one layer ---------------------------------

// Actors a, b, c, d; ties with count 1 and the given net score.
network::Network path_network(const std::vector<double>& nets) {
  network::Network net;
  for (const char* id : {"a", "b", "c", "d"}) net.actors.push_back({id, id, "state", 1, 1});
  for (std::size_t k = 0; k < nets.size(); ++k) {
    network::Tie tie;
    tie.a = k;
    tie.b = k + 1;
    tie.count = tie.units = 1;
    tie.cooperation = nets[k] > 0 ? 1.0 : 0.0;
    tie.rivalry = nets[k] < 0 ? 1.0 : 0.0;
    tie.net = nets[k];
    net.ties.push_back(tie);
  }
  return net;
}

TEST(SignedPathCentrality, PositiveLayerVersusAbsolute) {
  //   a --(+)-- b --(-)-- c --(+)-- d      every tie count 1 (distance 1)
  const network::Network net = path_network({1.0, -1.0, 1.0});
  struct Row { double betweenness, closeness, harmonic; };
  struct Case { SignedLayer layer; std::vector<Row> expected; };
  const std::vector<Case> cases = {
      // Positive layer: a-b and c-d only. Nobody is between; each actor
      // reaches one other at distance 1 (closeness 1, harmonic 1/3).
      {SignedLayer::kPositive, {{0, 1, 1.0 / 3}, {0, 1, 1.0 / 3}, {0, 1, 1.0 / 3}, {0, 1, 1.0 / 3}}},
      // |w|: the path a-b-c-d. b lies between (a,c), (a,d): 2; likewise c.
      // closeness a = 1 / mean(1, 2, 3) = 1/2, b = 1 / mean(1, 1, 2) = 3/4;
      // harmonic a = (1 + 1/2 + 1/3) / 3 = 11/18, b = (1 + 1 + 1/2) / 3 = 5/6.
      {SignedLayer::kAbsolute,
       {{0, 0.5, 11.0 / 18}, {2, 0.75, 5.0 / 6}, {2, 0.75, 5.0 / 6}, {0, 0.5, 11.0 / 18}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(to_string(c.layer));
    SignedPathOptions options;
    options.layer = c.layer;
    const SignedPathResult r = compute_signed_path_centrality(net, options);
    EXPECT_EQ(r.layer, to_string(c.layer));
    EXPECT_EQ(r.weight, "count");
    ASSERT_EQ(r.actors.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
      EXPECT_NEAR(r.actors[i].betweenness, c.expected[i].betweenness, 1e-12) << i;
      EXPECT_NEAR(r.actors[i].betweenness_normalized, c.expected[i].betweenness / 3, 1e-12) << i;
      EXPECT_NEAR(r.actors[i].closeness, c.expected[i].closeness, 1e-12) << i;
      EXPECT_NEAR(r.actors[i].harmonic, c.expected[i].harmonic, 1e-12) << i;
    }
    EXPECT_EQ(r.nodes, (std::vector<std::string>{"a", "b", "c", "d"}));
  }
}

TEST(SignedPathCentrality, UnsignedTiesAreOnNoLayer) {
  //   a --(net NaN)-- b --(net 0)-- c    d      no signed tie at all
  network::Network net = path_network({0.0, 0.0});
  net.ties[0].net = std::nan("");
  for (const SignedLayer layer : {SignedLayer::kPositive, SignedLayer::kAbsolute}) {
    SignedPathOptions options;
    options.layer = layer;
    for (const SignedPathCentrality& c : compute_signed_path_centrality(net, options).actors) {
      EXPECT_EQ(c.betweenness, 0.0);
      EXPECT_EQ(c.harmonic, 0.0);
    }
  }
}

// ---- Directed relations ---------------------------------------------------

DirectedEdges make_directed(std::size_t n, const std::vector<DirectedEdge>& edges) {
  DirectedEdges g;
  for (std::size_t i = 0; i < n; ++i) g.nodes.push_back("n" + std::to_string(i));
  g.edges = edges;
  return g;
}

TEST(SignedCentralityDirected, StarCentreIsTheAuthority) {
  //   n1 --> n0 <-- n2      every leaf points at the centre n0
  //           ^
  //           |
  //           n3
  const DirectedCentralityResult r =
      compute_directed_centrality(make_directed(4, {{1, 0, 1}, {2, 0, 1}, {3, 0, 1}}));
  // A^T A has the single non-zero eigenvalue 3 on the centre; A A^T = J_3 on
  // the leaves (eigenvector all ones, eigenvalue 3).
  EXPECT_NEAR(r.actors[0].authority, 1.0, 1e-9);
  EXPECT_NEAR(r.actors[0].hub, 0.0, 1e-9);
  for (std::size_t leaf = 1; leaf < 4; ++leaf) {
    EXPECT_NEAR(r.actors[leaf].authority, 0.0, 1e-9) << leaf;
    EXPECT_NEAR(r.actors[leaf].hub, 1.0, 1e-9) << leaf;
    EXPECT_EQ(r.actors[leaf].out_degree, 1);
    EXPECT_EQ(r.actors[leaf].in_degree, 0);
  }
  EXPECT_EQ(r.actors[0].in_degree, 3);
  EXPECT_DOUBLE_EQ(r.actors[0].in_strength, 3.0);
  EXPECT_NEAR(r.hub_eigenvalue, 3.0, 1e-9);
}

TEST(SignedCentralityDirected, WeightsShapeHubsAndAuthorities) {
  struct Case {
    const char* name;
    std::vector<DirectedEdge> edges;
    std::vector<double> hub, authority, in_strength, out_strength;
    double eigenvalue;
  };
  const std::vector<Case> cases = {
      // n0 --2--> n2 <--1-- n1. A A^T = [[4,2,0],[2,1,0],[0,0,0]]: eigenvalue
      // 5, eigenvector (2, 1, 0) -> hubs (1, 1/2, 0). A^T A = diag(0, 0, 5).
      {"two hubs", {{0, 2, 2}, {1, 2, 1}}, {1, 0.5, 0}, {0, 0, 1}, {0, 0, 3}, {2, 1, 0}, 5},
      // n1 <--1-- n0 --3--> n2. A^T A = [[0,0,0],[0,1,3],[0,3,9]]: eigenvalue
      // 10, eigenvector (0, 1, 3) -> authorities (0, 1/3, 1).
      {"two authorities", {{0, 1, 1}, {0, 2, 3}}, {1, 0, 0}, {0, 1.0 / 3, 1}, {0, 1, 3}, {4, 0, 0}, 10},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const DirectedCentralityResult r = compute_directed_centrality(make_directed(3, c.edges));
    for (std::size_t i = 0; i < 3; ++i) {
      EXPECT_NEAR(r.actors[i].hub, c.hub[i], 1e-9) << i;
      EXPECT_NEAR(r.actors[i].authority, c.authority[i], 1e-9) << i;
      EXPECT_DOUBLE_EQ(r.actors[i].in_strength, c.in_strength[i]) << i;
      EXPECT_DOUBLE_EQ(r.actors[i].out_strength, c.out_strength[i]) << i;
    }
    EXPECT_NEAR(r.hub_eigenvalue, c.eigenvalue, 1e-9);
  }
}

TEST(SignedCentralityDirected, NoWeightedEdgeGivesZeros) {
  for (const auto& edges : {std::vector<DirectedEdge>{}, std::vector<DirectedEdge>{{0, 1, 0.0}}}) {
    const DirectedCentralityResult r = compute_directed_centrality(make_directed(2, edges));
    for (const DirectedCentrality& c : r.actors) {
      EXPECT_EQ(c.hub, 0.0);
      EXPECT_EQ(c.authority, 0.0);
    }
  }
  EXPECT_TRUE(compute_directed_centrality(DirectedEdges{}).actors.empty());
}

TEST(SignedCentralityDirected, RefusesBadEdges) {
  for (const DirectedEdge& e : {DirectedEdge{0, 2, 1}, DirectedEdge{1, 1, 1},
                                DirectedEdge{0, 1, -1}, DirectedEdge{0, 1, INFINITY}}) {
    EXPECT_THROW(compute_directed_centrality(make_directed(2, {e})), io::DataError);
  }
}

}  // namespace
}  // namespace actornet::analysis

namespace actornet::analysis {
namespace {

// The layer's strength-based measures are those of compute_centrality on the
// network reduced to the layer's ties (here: A -(+)- B, B -(-)- C -> only A-B).
TEST(SignedLayerCentrality, StrengthMeasuresMatchTheReducedNetwork) {
  network::Network net;
  net.corpus.signed_layers = true;
  net.actors = {{"A", "A", ""}, {"B", "B", ""}, {"C", "C", ""}};
  network::Tie ab;
  ab.a = 0;
  ab.b = 1;
  ab.count = 3;
  ab.cooperation = 7;
  ab.net = 1;
  network::Tie bc;
  bc.a = 1;
  bc.b = 2;
  bc.count = 5;
  bc.rivalry = 2;
  bc.net = -1;
  net.ties = {ab, bc};
  const SignedPathResult layer = compute_signed_path_centrality(net, {SignedLayer::kPositive, network::WeightKind::kCount});
  network::Network reduced = net;
  reduced.ties = {ab};
  const CentralityResult direct = compute_centrality(reduced, {});
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(layer.actors[i].degree, direct.actors[i].degree) << i;
    EXPECT_DOUBLE_EQ(layer.actors[i].strength, direct.actors[i].strength) << i;
    EXPECT_DOUBLE_EQ(layer.actors[i].pagerank, direct.actors[i].pagerank) << i;
    EXPECT_DOUBLE_EQ(layer.actors[i].eigenvector, direct.actors[i].eigenvector) << i;
  }
  EXPECT_EQ(layer.actors[2].degree, 0);        // C has only the negative tie
  EXPECT_DOUBLE_EQ(layer.actors[0].strength, 3.0);
}

}  // namespace
}  // namespace actornet::analysis
