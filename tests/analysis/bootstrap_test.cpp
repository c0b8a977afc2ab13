// Tests for analysis/bootstrap.hpp. Expected numbers are worked out by hand in
// the comments: net = (C - R) / (C + R) with w = confidence x |Goldstein
// intensity| (README, "Relation scores"); percentile bounds are type-7
// quantiles (Hyndman & Fan 1996, Am. Stat. 50(4), doi:10.2307/2684934, R's
// default quantile()).
#include "analysis/bootstrap.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/centrality.hpp"
#include "analysis/relation_scores.hpp"
#include "network/network.hpp"

namespace actornet::analysis {

namespace detail {
// Defined in src/analysis/bootstrap.cpp, not in the public header.
double type7_quantile(const std::vector<double>& sorted, double p);
}  // namespace detail

namespace {

using extract::Polarity;
using extract::Relation;

std::vector<extract::Category> categories() {
  return {{"07", "provide aid", 7.0, "material cooperation", "cooperation"},
          {"11", "disapprove", -2.0, "verbal conflict", "rivalry"},
          {"17", "coerce", -7.0, "material conflict", "rivalry"},
          {"19", "fight", -10.0, "material conflict", "rivalry"}};
}

const std::vector<std::string> kActors = {"IRN", "RUS", "USA"};  // indices 0, 1, 2

Relation rel(const std::string& source, const std::string& target, bool directed,
             Polarity polarity, const std::string& category, double intensity, double confidence,
             std::size_t unit) {
  Relation r;
  r.source = source;
  r.target = target;
  r.directed = directed;
  r.polarity = polarity;
  r.category = category;
  r.intensity = intensity;
  r.confidence = confidence;
  r.doc_seq = 0;
  r.unit = unit;
  return r;
}

// Four contributing units of a corpus of six sentences (two contribute nothing):
//   u0: IRN-RUS x1;               RUS -> IRN cooperation 07 +7         w 7
//   u1: IRN-RUS, IRN-USA, RUS-USA x1; IRN -> USA rivalry 19 -10        w 10
//                                     RUS -- USA rivalry 11 -2 (mutual) w 2
//   u2: RUS-USA x2;               USA -> RUS rivalry 17 -7, conf 0.5   w 3.5
//   u3: IRN-RUS x1;               IRN -- RUS rivalry 11 -2 (mutual)    w 2
// Original data: net IRN-RUS = (7 - 2) / 9 = 5/9, IRN-USA = -1, RUS-USA = -1.
// Signs + - - : the one triangle is balanced, triangle index 1 and walk
// balance K = 1 (Estrada & Benzi 2014: K = 1 exactly when balanced).
//
//        IRN
//    3 /     \ 1        co-occurrence counts; distances 1/w:
//    RUS --3-- USA      IRN-USA direct 1 > via RUS 1/3 + 1/3, so RUS lies on
//                       the one shortest path between others: betweenness 1.
std::vector<ResamplingUnit> corpus() {
  std::vector<ResamplingUnit> units(4);
  units[0].cooccurrence = {{0, 1, 1}};
  units[0].relations = {rel("RUS", "IRN", true, Polarity::kCooperation, "07", 7.0, 1.0, 0)};
  units[1].cooccurrence = {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}};
  units[1].relations = {rel("IRN", "USA", true, Polarity::kRivalry, "19", -10.0, 1.0, 1),
                        rel("RUS", "USA", false, Polarity::kRivalry, "11", -2.0, 1.0, 1)};
  units[2].cooccurrence = {{1, 2, 2}};
  units[2].relations = {rel("USA", "RUS", true, Polarity::kRivalry, "17", -7.0, 0.5, 2)};
  units[3].cooccurrence = {{0, 1, 1}};
  units[3].relations = {rel("IRN", "RUS", false, Polarity::kRivalry, "11", -2.0, 1.0, 3)};
  return units;
}

const Interval& find(const BootstrapResult& result, const std::string& item,
                     const std::string& measure) {
  for (const Interval& interval : result.intervals) {
    if (interval.item == item && interval.measure == measure) return interval;
  }
  throw std::logic_error("no interval " + item + " " + measure);
}

bool same(double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; }

TEST(BootstrapQuantile, Type7OnHandList) {
  // R: quantile(1:5, c(0, 0.025, 0.5, 0.975, 1)) -> 1, 1.1, 3, 4.9, 5
  // (h = 4p: 0.1 -> 1 + 0.1 x 1; 3.9 -> 4 + 0.9 x 1).
  const std::vector<double> v = {1, 2, 3, 4, 5};
  struct Case { double p, expected; };
  for (const Case& c : {Case{0.0, 1.0}, Case{0.025, 1.1}, Case{0.5, 3.0}, Case{0.975, 4.9},
                        Case{1.0, 5.0}}) {
    EXPECT_NEAR(detail::type7_quantile(v, c.p), c.expected, 1e-12) << "p = " << c.p;
  }
  // Two values: h = 0.25 -> 10 + 0.25 x 10 = 12.5.
  EXPECT_NEAR(detail::type7_quantile({10.0, 20.0}, 0.25), 12.5, 1e-12);
  EXPECT_EQ(detail::type7_quantile({7.0}, 0.3), 7.0);
}

TEST(Bootstrap, ZeroReplicatesGivesEstimatesWithNaNBounds) {
  BootstrapOptions options;
  options.replicates = 0;
  const BootstrapResult result = bootstrap(kActors, categories(), corpus(), 6, options);
  EXPECT_EQ(result.replicates, 0u);
  // 3 dyads + 3 actors x 5 measures + 2 network measures, in that order.
  ASSERT_EQ(result.intervals.size(), 20u);
  EXPECT_EQ(result.intervals[0].kind, "dyad");
  EXPECT_EQ(result.intervals[0].item, "IRN-RUS");
  EXPECT_EQ(result.intervals[2].item, "RUS-USA");
  EXPECT_EQ(result.intervals[3].kind, "actor");
  EXPECT_EQ(result.intervals[3].item, "IRN");
  EXPECT_EQ(result.intervals[3].measure, "degree");
  EXPECT_EQ(result.intervals[7].measure, "pagerank");
  EXPECT_EQ(result.intervals[18].measure, "triangle_index");
  EXPECT_EQ(result.intervals[19].measure, "walk_balance");
  for (const Interval& interval : result.intervals) {
    EXPECT_TRUE(std::isnan(interval.low)) << interval.item << " " << interval.measure;
    EXPECT_TRUE(std::isnan(interval.high));
    EXPECT_EQ(interval.defined, 0u);
  }
  EXPECT_NEAR(find(result, "IRN-RUS", "net").estimate, 5.0 / 9.0, 1e-12);
}

TEST(Bootstrap, EstimateEqualsDirectComputation) {
  BootstrapOptions options;
  options.replicates = 0;
  const std::vector<ResamplingUnit> units = corpus();
  const BootstrapResult result = bootstrap(kActors, categories(), units, 6, options);

  // Hand values (see corpus()).
  EXPECT_NEAR(find(result, "IRN-RUS", "net").estimate, 5.0 / 9.0, 1e-12);
  EXPECT_DOUBLE_EQ(find(result, "IRN-USA", "net").estimate, -1.0);
  EXPECT_DOUBLE_EQ(find(result, "RUS-USA", "net").estimate, -1.0);
  EXPECT_DOUBLE_EQ(find(result, "IRN", "strength").estimate, 4.0);
  EXPECT_DOUBLE_EQ(find(result, "RUS", "strength").estimate, 6.0);
  EXPECT_DOUBLE_EQ(find(result, "RUS", "degree").estimate, 2.0);
  EXPECT_DOUBLE_EQ(find(result, "RUS", "betweenness").estimate, 1.0);
  EXPECT_DOUBLE_EQ(find(result, "IRN", "betweenness").estimate, 0.0);
  EXPECT_DOUBLE_EQ(find(result, "balance", "triangle_index").estimate, 1.0);
  EXPECT_NEAR(find(result, "balance", "walk_balance").estimate, 1.0, 1e-12);

  // The scorer on the relations at their real positions.
  RelationScorer scorer(kActors, categories());
  for (const ResamplingUnit& unit : units) {
    for (const Relation& r : unit.relations) scorer.add(r);
  }
  const RelationScores scores = scorer.finish();
  for (const DyadScore& dyad : scores.dyads) {
    EXPECT_DOUBLE_EQ(find(result, dyad.a + "-" + dyad.b, "net").estimate, dyad.net);
  }
  // compute_centrality on the network built by hand: IRN-RUS 3, IRN-USA 1, RUS-USA 3.
  network::Network net;
  for (const std::string& id : kActors) net.actors.push_back({id, id});
  for (const auto& [a, b, count] : {std::tuple<std::size_t, std::size_t, std::int64_t>{0, 1, 3},
                                    {0, 2, 1}, {1, 2, 3}}) {
    network::Tie tie;
    tie.a = a;
    tie.b = b;
    tie.count = tie.units = count;
    net.ties.push_back(tie);
  }
  const CentralityResult centrality = compute_centrality(net, CentralityOptions{});
  for (std::size_t i = 0; i < kActors.size(); ++i) {
    const ActorCentrality& c = centrality.actors[i];
    // igraph perturbs eigenvector centrality's start vector randomly; the
    // result agrees to ARPACK's tolerance, not to the last bit.
    EXPECT_NEAR(find(result, kActors[i], "eigenvector").estimate, c.eigenvector, 1e-9);
    EXPECT_DOUBLE_EQ(find(result, kActors[i], "pagerank").estimate, c.pagerank);
    EXPECT_DOUBLE_EQ(find(result, kActors[i], "strength").estimate, c.strength);
  }
}

TEST(Bootstrap, SameSeedSameResultOtherSeedOtherBounds) {
  BootstrapOptions options;
  options.replicates = 200;
  options.seed = 42;
  const BootstrapResult a = bootstrap(kActors, categories(), corpus(), 6, options);
  const BootstrapResult b = bootstrap(kActors, categories(), corpus(), 6, options);
  options.seed = 43;
  const BootstrapResult c = bootstrap(kActors, categories(), corpus(), 6, options);
  ASSERT_EQ(a.intervals.size(), b.intervals.size());
  ASSERT_EQ(a.intervals.size(), c.intervals.size());
  bool any_difference = false;
  for (std::size_t i = 0; i < a.intervals.size(); ++i) {
    EXPECT_TRUE(same(a.intervals[i].low, b.intervals[i].low)) << i;
    EXPECT_TRUE(same(a.intervals[i].high, b.intervals[i].high)) << i;
    EXPECT_EQ(a.intervals[i].defined, b.intervals[i].defined) << i;
    EXPECT_TRUE(same(a.intervals[i].estimate, c.intervals[i].estimate)) << i;
    if (!same(a.intervals[i].low, c.intervals[i].low) ||
        !same(a.intervals[i].high, c.intervals[i].high) ||
        a.intervals[i].defined != c.intervals[i].defined) {
      any_difference = true;
    }
    if (a.intervals[i].defined >= 2) {
      EXPECT_LE(a.intervals[i].low, a.intervals[i].high) << i;
    }
  }
  EXPECT_TRUE(any_difference);
  // Degree is defined in every replicate. The triangle needs u0 or u3 and u1
  // drawn: u1 is missed with probability (5/6)^6 = 0.33, so some but not all
  // of 200 replicates have a triangle.
  EXPECT_EQ(find(a, "RUS", "degree").defined, 200u);
  const std::size_t triangles = find(a, "balance", "triangle_index").defined;
  EXPECT_GT(triangles, 0u);
  EXPECT_LT(triangles, 200u);
  // IRN-RUS net takes several values (1, -1, mixtures): a real interval.
  EXPECT_LT(find(a, "IRN-RUS", "net").low, find(a, "IRN-RUS", "net").high);
}

TEST(Bootstrap, IdenticalUnitsCollapseTheInterval) {
  // Three copies of one sentence, no empty unit: every replicate is three
  // copies again, so every statistic equals its estimate.
  ResamplingUnit unit;
  unit.cooccurrence = {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}};
  unit.relations = {rel("RUS", "IRN", true, Polarity::kCooperation, "07", 7.0, 1.0, 0),
                    rel("IRN", "USA", true, Polarity::kRivalry, "19", -10.0, 1.0, 0),
                    rel("RUS", "USA", false, Polarity::kRivalry, "11", -2.0, 1.0, 0)};
  const std::vector<ResamplingUnit> units(3, unit);
  BootstrapOptions options;
  options.replicates = 50;
  const BootstrapResult result = bootstrap(kActors, categories(), units, 3, options);
  for (const Interval& interval : result.intervals) {
    ASSERT_FALSE(std::isnan(interval.estimate)) << interval.item << " " << interval.measure;
    EXPECT_EQ(interval.defined, 50u);
    EXPECT_DOUBLE_EQ(interval.low, interval.estimate) << interval.item << " " << interval.measure;
    EXPECT_DOUBLE_EQ(interval.high, interval.estimate);
  }
  EXPECT_DOUBLE_EQ(find(result, "IRN", "strength").estimate, 6.0);  // 3 + 3
}

TEST(Bootstrap, EmptyUnitsList) {
  // Ten sentences, none contributing: no relation (every net NaN, never
  // defined), no tie (degree, strength, betweenness, eigenvector 0; PageRank
  // 1/3 each), no triangle (index NaN), no edge (walk balance n / n = 1).
  BootstrapOptions options;
  options.replicates = 20;
  const BootstrapResult result = bootstrap(kActors, categories(), {}, 10, options);
  ASSERT_EQ(result.intervals.size(), 20u);
  const Interval& net = find(result, "IRN-RUS", "net");
  EXPECT_TRUE(std::isnan(net.estimate));
  EXPECT_EQ(net.defined, 0u);
  EXPECT_TRUE(std::isnan(net.low));
  EXPECT_TRUE(std::isnan(net.high));
  const Interval& pagerank = find(result, "USA", "pagerank");
  EXPECT_NEAR(pagerank.estimate, 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(pagerank.low, 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(pagerank.high, 1.0 / 3.0, 1e-12);
  EXPECT_EQ(find(result, "RUS", "strength").high, 0.0);
  EXPECT_EQ(find(result, "balance", "triangle_index").defined, 0u);
  const Interval& walk = find(result, "balance", "walk_balance");
  EXPECT_DOUBLE_EQ(walk.estimate, 1.0);
  EXPECT_EQ(walk.defined, 20u);
  EXPECT_DOUBLE_EQ(walk.low, 1.0);

  // No actors, no units at all: only the network items, both undefined.
  const BootstrapResult none = bootstrap({}, categories(), {}, 0, options);
  ASSERT_EQ(none.intervals.size(), 2u);
  for (const Interval& interval : none.intervals) {
    EXPECT_TRUE(std::isnan(interval.estimate));
    EXPECT_EQ(interval.defined, 0u);
  }
}

TEST(Bootstrap, RejectsInconsistentInput) {
  BootstrapOptions options;
  options.replicates = 1;
  EXPECT_THROW(bootstrap(kActors, categories(), corpus(), 3, options), std::invalid_argument);
  std::vector<ResamplingUnit> bad(1);
  bad[0].cooccurrence = {{1, 0, 1}};  // a > b
  EXPECT_THROW(bootstrap(kActors, categories(), bad, 1, options), std::invalid_argument);
  options.level = 1.0;
  EXPECT_THROW(bootstrap(kActors, categories(), corpus(), 6, options), std::invalid_argument);
}

}  // namespace
}  // namespace actornet::analysis
