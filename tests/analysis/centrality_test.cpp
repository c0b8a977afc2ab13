// Tests for analysis/centrality.hpp: small graphs computed by hand, edge
// cases, and Zachary's (1977) karate club against published values and
// against independent reference implementations written below.
#include "analysis/centrality.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/errors.hpp"

namespace actornet::analysis {
namespace {

using network::Network;
using network::WeightKind;

struct Edge {
  std::size_t a, b;
  std::int64_t weight;  // stored as count and units
};

// Actors "v00", "v01", ... (sorted by id, as Network requires).
Network make_network(std::size_t n, const std::vector<Edge>& edges) {
  Network network;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string id = (i < 10 ? "v0" : "v") + std::to_string(i);
    network.actors.push_back({id, id, "state", 1, 1});
  }
  for (const Edge& e : edges) {
    network::Tie tie;
    tie.a = std::min(e.a, e.b);
    tie.b = std::max(e.a, e.b);
    tie.count = tie.units = e.weight;
    network.ties.push_back(tie);
  }
  return network;
}

CentralityResult run(const Network& network, WeightKind kind = WeightKind::kCount) {
  CentralityOptions options;
  options.weight = kind;
  return compute_centrality(network, options);
}

struct Expected {
  std::int64_t degree;
  double betweenness, closeness, harmonic, eigenvector, pagerank;
};

void expect_actors(const CentralityResult& result, const std::vector<Expected>& expected) {
  ASSERT_EQ(result.actors.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("actor " + std::to_string(i));
    const ActorCentrality& got = result.actors[i];
    EXPECT_EQ(got.degree, expected[i].degree);
    EXPECT_NEAR(got.betweenness, expected[i].betweenness, 1e-12);
    EXPECT_NEAR(got.closeness, expected[i].closeness, 1e-12);
    EXPECT_NEAR(got.harmonic, expected[i].harmonic, 1e-12);
    EXPECT_NEAR(got.eigenvector, expected[i].eigenvector, 1e-9);
    EXPECT_NEAR(got.pagerank, expected[i].pagerank, 1e-9);
  }
}

// PageRank by hand: for a symmetric graph, PR_i = (1 - d)/n + d sum_j PR_j w_ji / s_j
// with d = 0.85, solved as linear equations in the comments below.

TEST(Centrality, PathP3) {
  // v0 --- v1 --- v2
  // closeness v0: 1 / mean(1, 2) = 2/3; harmonic v0: (1 + 1/2) / 2 = 3/4.
  // eigenvector: A x = sqrt(2) x, x = (1/sqrt2, 1, 1/sqrt2).
  // PageRank: y = 0.05 + 0.85 * 2x, x = 0.05 + 0.85 * y / 2 => y = 18/37, x = 19/74.
  const CentralityResult r = run(make_network(3, {{0, 1, 1}, {1, 2, 1}}));
  expect_actors(r, {{1, 0, 2.0 / 3, 0.75, M_SQRT1_2, 19.0 / 74},
                    {2, 1, 1, 1, 1, 18.0 / 37},
                    {1, 0, 2.0 / 3, 0.75, M_SQRT1_2, 19.0 / 74}});
  EXPECT_DOUBLE_EQ(r.actors[1].betweenness_normalized, 1.0);  // 1 / ((3-1)(3-2)/2)
  EXPECT_DOUBLE_EQ(r.actors[0].degree_normalized, 0.5);
  EXPECT_DOUBLE_EQ(r.actors[1].strength, 2.0);
}

TEST(Centrality, PathP4) {
  // v0 --- v1 --- v2 --- v3
  // betweenness v1: pairs (v0,v2), (v0,v3) = 2; normalised 2 / 3.
  // closeness v0: 1 / mean(1,2,3) = 1/2; v1: 1 / mean(1,1,2) = 3/4.
  // harmonic v0: (1 + 1/2 + 1/3) / 3 = 11/18; v1: (1 + 1 + 1/2) / 3 = 5/6.
  // eigenvector: x_k = sin(k pi / 5), so ends / middle = sin 36 / sin 72 =
  // (sqrt5 - 1) / 2 = 0.618; networkx's docs print the unit-norm vector
  // ['0 0.37', '1 0.60', '2 0.60', '3 0.37'] (networkx 1.9 reference,
  // eigenvector_centrality example), the same ratio.
  // PageRank: x = 0.0375 + 0.425 y with x + y = 1/2 => x = 0.25 / 1.425 = 10/57
  //   (check: y = 0.0375 + 0.85 x + 0.425 y holds for y = 1/2 - 10/57).
  const double end = (std::sqrt(5.0) - 1) / 2;
  const double x = 10.0 / 57;
  const CentralityResult r = run(make_network(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}}));
  expect_actors(r, {{1, 0, 0.5, 11.0 / 18, end, x},
                    {2, 2, 0.75, 5.0 / 6, 1, 0.5 - x},
                    {2, 2, 0.75, 5.0 / 6, 1, 0.5 - x},
                    {1, 0, 0.5, 11.0 / 18, end, x}});
  EXPECT_NEAR(r.actors[1].betweenness_normalized, 2.0 / 3, 1e-12);
}

TEST(Centrality, StarWithFourLeaves) {
  //        v1
  //        |
  //  v4 -- v0 -- v2
  //        |
  //        v3
  // centre: betweenness C(4,2) = 6 (normalised 6 / (4*3/2) = 1); leaf
  // closeness 1 / mean(1,2,2,2) = 4/7, harmonic (1 + 3/2) / 4 = 5/8.
  // eigenvector: lambda = 2, leaves 1/2. PageRank: y = 0.03 + 3.4 x,
  // x = 0.03 + 0.2125 y => x = 97/740, y = 88/185.
  const CentralityResult r =
      run(make_network(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}}));
  const Expected leaf{1, 0, 4.0 / 7, 0.625, 0.5, 97.0 / 740};
  expect_actors(r, {{4, 6, 1, 1, 1, 88.0 / 185}, leaf, leaf, leaf, leaf});
  EXPECT_DOUBLE_EQ(r.actors[0].betweenness_normalized, 1.0);
  EXPECT_DOUBLE_EQ(r.actors[0].degree_normalized, 1.0);
}

TEST(Centrality, WeightsBecomeDistancesOnlyForPathMeasures) {
  //        v1
  //   w=4 /  \ w=4        distances 1/w: v0-v1 0.25, v1-v2 0.25, v0-v2 1
  //      v0---v2          so the shortest v0-v2 path goes through v1
  //         w=1           (0.5 < 1): v1 has betweenness 1, not 0.
  // closeness v0: 1 / mean(0.25, 0.5) = 8/3; v1: 1 / 0.25 = 4.
  // harmonic v0: (4 + 2) / 2 = 3; v1: (4 + 4) / 2 = 4.
  // eigenvector (strength): [[0,4,1],[4,0,4],[1,4,0]]: v1 = 1, v0 = v2 = x
  //   with 8x^2 - x - 4 = 0, x = (1 + sqrt(129)) / 16.
  // PageRank: x = 0.05 + 0.85 (y 4/8 + x 1/5), 2x + y = 1 => x = 95/336.
  const Network network = make_network(3, {{0, 1, 4}, {1, 2, 4}, {0, 2, 1}});
  const double x = (1 + std::sqrt(129.0)) / 16;
  const CentralityResult r = run(network);
  expect_actors(r, {{2, 0, 8.0 / 3, 3, x, 95.0 / 336},
                    {2, 1, 4, 4, 1, 1 - 2 * 95.0 / 336},
                    {2, 0, 8.0 / 3, 3, x, 95.0 / 336}});
  EXPECT_DOUBLE_EQ(r.actors[1].strength, 8.0);
  EXPECT_DOUBLE_EQ(r.actors[0].strength, 5.0);
}

TEST(Centrality, DisconnectedGraph) {
  // v0 --- v1 --- v2      v3 --- v4
  // closeness is per component: v3 (1 / 1 = 1) outranks v0 (2/3); harmonic
  // divides by n - 1 = 4: v0 (1 + 1/2) / 4, v3 1/4.
  // eigenvector: P3's lambda sqrt2 > K2's 1, so v3 and v4 get 0.
  // PageRank: K2 nodes p = 0.03 + 0.85 p = 0.2; P3 centre y = 0.081 / 0.2775.
  const CentralityResult r =
      run(make_network(5, {{0, 1, 1}, {1, 2, 1}, {3, 4, 1}}));
  const double y = 0.081 / 0.2775, x = (0.6 - y) / 2;
  expect_actors(r, {{1, 0, 2.0 / 3, 0.375, M_SQRT1_2, x},
                    {2, 1, 1, 0.5, 1, y},
                    {1, 0, 2.0 / 3, 0.375, M_SQRT1_2, x},
                    {1, 0, 1, 0.25, 0, 0.2},
                    {1, 0, 1, 0.25, 0, 0.2}});
  EXPECT_NEAR(r.actors[1].betweenness_normalized, 1.0 / 6, 1e-12);  // 1 / (4*3/2)
}

TEST(Centrality, TrailingIsolateIsKeptAndScoresZero) {
  // v0 --- v1 --- v2      v3 (no ties; last, so igraph_create without an
  //                           explicit vertex count would drop it)
  // Isolate: closeness 0 (igraph gives NaN), eigenvector +0 (igraph gives -0).
  // PageRank: PRPACK lets a node without ties link to everybody, so the
  // isolate keeps z = 0.0375 + 0.85 z / 4 => z = 1/21.
  const CentralityResult r = run(make_network(4, {{0, 1, 1}, {1, 2, 1}}));
  ASSERT_EQ(r.actors.size(), 4u);
  const ActorCentrality& isolate = r.actors[3];
  EXPECT_EQ(isolate.degree, 0);
  EXPECT_EQ(isolate.strength, 0.0);
  EXPECT_EQ(isolate.betweenness, 0.0);
  EXPECT_EQ(isolate.closeness, 0.0);
  EXPECT_EQ(isolate.harmonic, 0.0);
  EXPECT_EQ(isolate.eigenvector, 0.0);
  EXPECT_FALSE(std::signbit(isolate.eigenvector));
  EXPECT_NEAR(isolate.pagerank, 1.0 / 21, 1e-9);
  double sum = 0;
  for (const ActorCentrality& a : r.actors) sum += a.pagerank;
  EXPECT_NEAR(sum, 1.0, 1e-12);
}

TEST(Centrality, EmptySingleAndEdgelessNetworks) {
  const CentralityResult empty = run(Network{});
  EXPECT_TRUE(empty.actors.empty());
  EXPECT_EQ(empty.weight, "count");
  EXPECT_FALSE(empty.notes.empty());

  const CentralityResult single = run(make_network(1, {}));
  ASSERT_EQ(single.actors.size(), 1u);
  expect_actors(single, {{0, 0, 0, 0, 0, 1}});
  EXPECT_EQ(single.actors[0].degree_normalized, 0.0);
  EXPECT_EQ(single.actors[0].betweenness_normalized, 0.0);

  // No ties: no eigenvector (documented 0), PageRank uniform.
  const CentralityResult edgeless = run(make_network(3, {}));
  expect_actors(edgeless, {{0, 0, 0, 0, 0, 1.0 / 3}, {0, 0, 0, 0, 0, 1.0 / 3},
                           {0, 0, 0, 0, 0, 1.0 / 3}});
}

TEST(Centrality, ZeroWeightTiesLeavePathMeasuresButCountAsTies) {
  // v0 -(jaccard 0.5)- v1 -(jaccard 0)- v2: the second tie has no finite
  // distance, so v2 is unreachable for path measures, yet has degree 1.
  Network network = make_network(3, {{0, 1, 1}, {1, 2, 1}});
  network.ties[0].jaccard = 0.5;
  network.ties[1].jaccard = 0.0;
  const CentralityResult r = run(network, WeightKind::kJaccard);
  EXPECT_EQ(r.weight, "jaccard");
  EXPECT_EQ(r.actors[2].degree, 1);
  EXPECT_EQ(r.actors[1].degree, 2);
  EXPECT_EQ(r.actors[1].betweenness, 0.0);
  EXPECT_EQ(r.actors[2].closeness, 0.0);
  EXPECT_DOUBLE_EQ(r.actors[0].closeness, 0.5);  // distance 1 / 0.5 = 2 to v1 only
  EXPECT_DOUBLE_EQ(r.actors[1].strength, 0.5);
  const std::string notes = std::accumulate(r.notes.begin(), r.notes.end(), std::string());
  EXPECT_NE(notes.find("(1 tie left out)"), std::string::npos) << notes;
  EXPECT_NE(notes.find("1 / w"), std::string::npos);
  EXPECT_NE(notes.find("Tie weight: jaccard"), std::string::npos);
}

TEST(Centrality, RejectsInconsistentNetworksAndOptions) {
  Network out_of_range = make_network(2, {{0, 1, 1}});
  out_of_range.ties[0].b = 5;
  EXPECT_THROW(run(out_of_range), io::DataError);

  Network repeated = make_network(3, {{0, 1, 1}, {1, 0, 1}});
  EXPECT_THROW(run(repeated), io::DataError);

  Network negative = make_network(2, {{0, 1, 1}});
  negative.ties[0].jaccard = -0.5;
  EXPECT_THROW(run(negative, WeightKind::kJaccard), io::DataError);

  Network not_finite = make_network(2, {{0, 1, 1}});
  not_finite.ties[0].cosine = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THROW(run(not_finite, WeightKind::kCosine), io::DataError);

  CentralityOptions options;
  for (double damping : {-0.1, 1.0, std::numeric_limits<double>::quiet_NaN()}) {
    options.pagerank_damping = damping;
    EXPECT_THROW(compute_centrality(make_network(2, {}), options), io::UsageError);
  }
}

// ---- Zachary's karate club ------------------------------------------------
// tests/fixtures/karate_edges.csv: Zachary (1977), J. Anthropological
// Research 33(4):452-473, UCINET matrices ZACHE/ZACHC (34 members, 78 ties,
// weight = number of contexts in which two members interacted, sum 231);
// copied from shared/refdata. Member k is actor k - 1 ("v00" is member 1).

Network karate(bool weighted) {
  const io::CsvTable table =
      io::CsvTable::read_file(std::string(ACTORNET_SOURCE_DIR) + "/tests/fixtures/karate_edges.csv");
  const std::size_t source = table.require("source"), target = table.require("target"),
                    weight = table.require("weight");
  std::vector<Edge> edges;
  for (const io::CsvRecord& row : table.rows()) {
    edges.push_back({std::stoul(row.fields[source]) - 1, std::stoul(row.fields[target]) - 1,
                     weighted ? std::stoll(row.fields[weight]) : 1});
  }
  return make_network(34, edges);
}

// Reference implementations, deliberately unlike igraph's (Brandes 2001
// accumulation, ARPACK, PRPACK): all-pairs Floyd-Warshall distances,
// betweenness from Freeman's (1977) pair-dependency definition, and power
// iteration for the eigenvector and PageRank.
struct Reference {
  std::size_t n;
  std::vector<std::vector<double>> w;     // tie weight, 0 = no tie
  std::vector<std::vector<double>> dist;  // shortest distance with lengths 1/w

  explicit Reference(const Network& network) : n(network.actors.size()) {
    const double inf = std::numeric_limits<double>::infinity();
    w.assign(n, std::vector<double>(n, 0.0));
    dist.assign(n, std::vector<double>(n, inf));
    for (const network::Tie& t : network.ties) {
      w[t.a][t.b] = w[t.b][t.a] = static_cast<double>(t.count);
      dist[t.a][t.b] = dist[t.b][t.a] = 1.0 / static_cast<double>(t.count);
    }
    for (std::size_t i = 0; i < n; ++i) dist[i][i] = 0;
    for (std::size_t k = 0; k < n; ++k)
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
          dist[i][j] = std::min(dist[i][j], dist[i][k] + dist[k][j]);
  }
  // Path lengths equal up to rounding (igraph compares with a 1e-10 epsilon too).
  static bool same(double x, double y) { return std::abs(x - y) <= 1e-10 * std::max(x, y); }

  // sigma[s][v]: number of shortest s-v paths, by increasing distance from s.
  std::vector<std::vector<double>> path_counts() const {
    std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0.0));
    for (std::size_t s = 0; s < n; ++s) {
      std::vector<std::size_t> order(n);
      std::iota(order.begin(), order.end(), 0);
      std::sort(order.begin(), order.end(),
                [&](std::size_t x, std::size_t y) { return dist[s][x] < dist[s][y]; });
      sigma[s][s] = 1;
      for (std::size_t v : order) {
        for (std::size_t u = 0; u < n; ++u) {
          if (v != s && w[u][v] > 0 && same(dist[s][u] + 1.0 / w[u][v], dist[s][v])) {
            sigma[s][v] += sigma[s][u];
          }
        }
      }
    }
    return sigma;
  }

  // Freeman (1977): sum over pairs s < t of sigma_st(v) / sigma_st.
  std::vector<double> betweenness() const {
    const auto sigma = path_counts();
    std::vector<double> out(n, 0.0);
    for (std::size_t s = 0; s < n; ++s)
      for (std::size_t t = s + 1; t < n; ++t)
        for (std::size_t v = 0; v < n; ++v)
          if (v != s && v != t && same(dist[s][v] + dist[v][t], dist[s][t]))
            out[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
    return out;
  }

  double closeness(std::size_t v) const {  // connected graph
    double sum = 0;
    for (std::size_t u = 0; u < n; ++u) sum += dist[v][u];
    return static_cast<double>(n - 1) / sum;
  }

  double harmonic(std::size_t v) const {
    double sum = 0;
    for (std::size_t u = 0; u < n; ++u) if (u != v) sum += 1.0 / dist[v][u];
    return sum / static_cast<double>(n - 1);
  }

  // Power iteration on W + I (same eigenvectors, converges on any connected
  // graph), scaled so the maximum is 1.
  std::vector<double> eigenvector() const {
    std::vector<double> x(n, 1.0), next(n);
    for (int iteration = 0; iteration < 5000; ++iteration) {
      for (std::size_t i = 0; i < n; ++i) {
        next[i] = x[i];
        for (std::size_t j = 0; j < n; ++j) next[i] += w[i][j] * x[j];
      }
      const double top = *std::max_element(next.begin(), next.end());
      for (double& value : next) value /= top;
      x.swap(next);
    }
    return x;
  }

  // PageRank by power iteration: PR_i = (1 - d)/n + d sum_j w_ji / s_j PR_j.
  std::vector<double> pagerank(double d) const {
    std::vector<double> strength(n, 0.0), pr(n, 1.0 / n), next(n);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) strength[i] += w[i][j];
    for (int iteration = 0; iteration < 1000; ++iteration) {
      for (std::size_t i = 0; i < n; ++i) {
        next[i] = (1 - d) / n;
        for (std::size_t j = 0; j < n; ++j) next[i] += d * w[j][i] / strength[j] * pr[j];
      }
      pr.swap(next);
    }
    return pr;
  }
};

TEST(CentralityKarate, UnweightedMatchesPublishedValues) {
  const CentralityResult r = run(karate(/*weighted=*/false));
  ASSERT_EQ(r.actors.size(), 34u);
  // Degrees: networkx's "Karate Club" gallery example prints them
  // (networkx 2.6 docs, auto_examples/graph/plot_karate_club).
  const std::int64_t degree[34] = {16, 9, 10, 6, 3, 4, 4, 4, 5, 2, 3, 1, 2, 5, 2, 2, 2,
                                   2,  2, 3,  2, 2, 2, 5, 3, 3, 2, 4, 3, 4, 4, 6, 12, 17};
  // Betweenness: igraph's betweenness(karate) as printed in Lantz, "Machine
  // Learning with R", 2nd ed. (Packt 2015), ch. 12, "Analyzing and
  // visualizing network data" (7 decimals). Member 34 is 160.5516: the
  // "321.10" sometimes quoted counts every pair twice (ordered pairs).
  const double betweenness[34] = {
      231.0714286, 28.4785714, 75.8507937, 6.2880952,  0.3333333, 15.8333333, 15.8333333,
      0,           29.5293651, 0.4476190,  0.3333333,  0,         0,          24.2158730,
      0,           0,          0,          0,          0,         17.1468254, 0,
      0,           0,          9.3000000,  1.1666667,  2.0277778, 0,          11.7920635,
      0.9476190,   1.5428571,  7.6095238,  73.0095238, 76.6904762, 160.5515873};
  for (std::size_t i = 0; i < 34; ++i) {
    SCOPED_TRACE("member " + std::to_string(i + 1));
    EXPECT_EQ(r.actors[i].degree, degree[i]);
    EXPECT_NEAR(r.actors[i].betweenness, betweenness[i], 5e-7);
  }
  // networkx values (nx.closeness_centrality, nx.eigenvector_centrality,
  // nx.pagerank on nx.karate_club_graph()) as stored in the repository
  // TwelveYC/network-vi, media/2020/03/karateclub/karate_club.gml (commit
  // 2095205). Closeness is exact: member 1 has distance sum 58, so 33/58.
  EXPECT_NEAR(r.actors[0].closeness, 0.5689655172413793, 1e-12);
  EXPECT_NEAR(r.actors[2].closeness, 0.559322033898305, 1e-12);
  EXPECT_NEAR(r.actors[33].closeness, 0.55, 1e-12);
  // networkx's eigenvector has unit 2-norm and stops its power iteration at a
  // 1e-6 tolerance: compare the max-scaled ratios to 1e-4.
  const double nx_eigen_34 = 0.37336347029148304;
  EXPECT_DOUBLE_EQ(r.actors[33].eigenvector, 1.0);
  EXPECT_NEAR(r.actors[0].eigenvector, 0.35549144452456644 / nx_eigen_34, 1e-4);
  EXPECT_NEAR(r.actors[2].eigenvector, 0.317192504486432 / nx_eigen_34, 1e-4);
  // networkx's PageRank stops once the total change is below n * 1e-6.
  EXPECT_NEAR(r.actors[0].pagerank, 0.09700181758983709, 1e-5);
  EXPECT_NEAR(r.actors[32].pagerank, 0.07169213006588289, 1e-5);
  EXPECT_NEAR(r.actors[33].pagerank, 0.1009179167487121, 1e-5);
}

// Weighted karate: no published values with distance 1/w were found, so the
// igraph results are checked against the reference implementations above.
class CentralityKarateReference : public ::testing::TestWithParam<bool> {};

TEST_P(CentralityKarateReference, MatchesIndependentImplementation) {
  const Network network = karate(/*weighted=*/GetParam());
  const Reference reference(network);
  const CentralityResult r = run(network);
  const std::vector<double> betweenness = reference.betweenness();
  const std::vector<double> eigenvector = reference.eigenvector();
  const std::vector<double> pagerank = reference.pagerank(0.85);
  double total_strength = 0;
  for (std::size_t i = 0; i < 34; ++i) {
    SCOPED_TRACE("member " + std::to_string(i + 1));
    total_strength += r.actors[i].strength;
    EXPECT_NEAR(r.actors[i].betweenness, betweenness[i], 1e-9);
    EXPECT_NEAR(r.actors[i].closeness, reference.closeness(i), 1e-12);
    EXPECT_NEAR(r.actors[i].harmonic, reference.harmonic(i), 1e-12);
    EXPECT_NEAR(r.actors[i].eigenvector, eigenvector[i], 1e-9);
    EXPECT_NEAR(r.actors[i].pagerank, pagerank[i], 1e-10);
  }
  // README of shared/refdata: the 78 weights sum to 231.
  EXPECT_DOUBLE_EQ(total_strength, GetParam() ? 2 * 231.0 : 2 * 78.0);
}

INSTANTIATE_TEST_SUITE_P(UnweightedAndWeighted, CentralityKarateReference,
                         ::testing::Values(false, true));

TEST(CentralityKarate, WeightsChangeTheRanking) {
  // Member 1's strongest tie partners differ from its most frequent ones, so
  // the weighted betweenness must differ from the unweighted one; a guard
  // against weights silently being ignored.
  const CentralityResult unweighted = run(karate(false));
  const CentralityResult weighted = run(karate(true));
  EXPECT_DOUBLE_EQ(weighted.actors[0].strength, 42.0);  // 4+5+3+3+3+3+2+2+2+3+1+3+2+2+2+2
  EXPECT_GT(std::abs(weighted.actors[0].betweenness - unweighted.actors[0].betweenness), 1.0);
}

}  // namespace
}  // namespace actornet::analysis
