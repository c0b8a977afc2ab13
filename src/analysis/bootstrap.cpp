#include "analysis/bootstrap.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>
#include <utility>

#include "analysis/centrality.hpp"
#include "analysis/signed_graph.hpp"
#include "analysis/triangle_balance.hpp"
#include "analysis/walk_balance.hpp"
#include "network/igraph_graph.hpp"
#include "network/network.hpp"

namespace actornet::analysis {

namespace detail {

// Type-7 sample quantile (Hyndman & Fan 1996, Am. Stat. 50(4),
// doi:10.2307/2684934; R's default quantile()): with sorted values x_1..x_n,
// h = (n - 1) p, the quantile is x_{floor h + 1} + (h - floor h)(x_{floor h + 2}
// - x_{floor h + 1}). `sorted` must be sorted ascending and non-empty, p in
// [0, 1]. Not declared in the header (tests declare it themselves).
double type7_quantile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return std::numeric_limits<double>::quiet_NaN();
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

}  // namespace detail

namespace {

namespace ig = network::igraph;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr igraph_uint_t kIgraphSeed = 1;
const char* const kActorMeasures[] = {"degree", "strength", "betweenness", "eigenvector",
                                      "pagerank"};

// Every statistic of one (original or resampled) data set, in the order of
// BootstrapResult::intervals.
std::vector<double> statistics(const std::vector<std::string>& actor_ids,
                               const std::vector<extract::Category>& categories,
                               const std::vector<const ResamplingUnit*>& drawn) {
  std::vector<double> out;

  // Dyad net scores. The scorer wants relations in non-decreasing (doc_seq,
  // unit) order and a unit may be drawn several times, so every drawn copy gets
  // the synthetic position (draw index, 0).
  RelationScorer scorer(actor_ids, categories);
  for (std::size_t k = 0; k < drawn.size(); ++k) {
    for (extract::Relation relation : drawn[k]->relations) {
      relation.doc_seq = k;
      relation.unit = 0;
      scorer.add(relation);
    }
  }
  const RelationScores scores = scorer.finish();
  for (const DyadScore& dyad : scores.dyads) out.push_back(dyad.net);

  // Co-occurrence network with summed counts (pairs whose sum is 0 get no tie).
  network::Network net;
  for (const std::string& id : actor_ids) {
    network::ActorNode node;
    node.id = id;
    node.name = id;
    net.actors.push_back(node);
  }
  std::map<std::pair<std::size_t, std::size_t>, std::int64_t> counts;
  for (const ResamplingUnit* unit : drawn) {
    for (const PairCountRecord& record : unit->cooccurrence) {
      counts[{record.a, record.b}] += record.count;
    }
  }
  for (const auto& [pair, count] : counts) {
    if (count <= 0) continue;
    network::Tie tie;
    tie.a = pair.first;
    tie.b = pair.second;
    tie.count = count;
    tie.units = count;
    net.ties.push_back(tie);
  }
  // igraph 0.10's eigenvector centrality perturbs its ARPACK start vector with
  // igraph's default RNG (RNG_UNIF(-1e-4, 1e-4), src/centrality/eigenvector.c),
  // so the last digits depend on the RNG state; seeding it before every call
  // keeps the estimate and each replicate reproducible.
  ig::ensure_initialised();
  ig::check(igraph_rng_seed(igraph_rng_default(), kIgraphSeed), "igraph_rng_seed");
  const CentralityResult centrality = compute_centrality(net, CentralityOptions{});
  for (const ActorCentrality& actor : centrality.actors) {
    out.push_back(static_cast<double>(actor.degree));
    out.push_back(actor.strength);
    out.push_back(actor.betweenness);
    out.push_back(actor.eigenvector);
    out.push_back(actor.pagerank);
  }

  // Signed network of the net scores' signs, unweighted.
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < actor_ids.size(); ++i) index_of[actor_ids[i]] = i;
  SignedGraph graph;
  graph.nodes = actor_ids;
  for (const DyadScore& dyad : scores.dyads) {
    const int sign = dyad.sign();
    if (sign == 0) continue;
    std::size_t a = index_of.at(dyad.a);
    std::size_t b = index_of.at(dyad.b);
    if (a > b) std::swap(a, b);
    graph.edges.push_back({a, b, sign, 1.0});
  }
  out.push_back(triangle_balance(graph).index);
  out.push_back(walk_balance(graph).index);
  return out;
}

// The intervals' labels with their estimates; bounds NaN, defined 0.
std::vector<Interval> labelled(const std::vector<std::string>& actor_ids,
                               const std::vector<double>& estimate) {
  std::vector<Interval> out;
  auto add = [&](const char* kind, const std::string& item, const char* measure) {
    Interval interval;
    interval.kind = kind;
    interval.item = item;
    interval.measure = measure;
    interval.estimate = estimate.at(out.size());
    interval.low = kNaN;
    interval.high = kNaN;
    out.push_back(interval);
  };
  // RelationScores::dyads: every pair in id order, as actor_ids is sorted.
  for (std::size_t i = 0; i < actor_ids.size(); ++i) {
    for (std::size_t j = i + 1; j < actor_ids.size(); ++j) {
      add("dyad", actor_ids[i] + "-" + actor_ids[j], "net");
    }
  }
  for (const std::string& id : actor_ids) {
    for (const char* measure : kActorMeasures) add("actor", id, measure);
  }
  add("network", "balance", "triangle_index");
  add("network", "balance", "walk_balance");
  if (out.size() != estimate.size()) throw std::logic_error("bootstrap: statistic count mismatch");
  return out;
}

void check_input(const std::vector<std::string>& actor_ids,
                 const std::vector<ResamplingUnit>& units, std::size_t total_units,
                 const BootstrapOptions& options) {
  if (total_units < units.size()) {
    throw std::invalid_argument("bootstrap: total_units (" + std::to_string(total_units) +
                                ") is smaller than the number of units (" +
                                std::to_string(units.size()) + ")");
  }
  if (!(options.level > 0.0 && options.level < 1.0)) {
    throw std::invalid_argument("bootstrap: level must be in (0, 1)");
  }
  for (const ResamplingUnit& unit : units) {
    for (const PairCountRecord& record : unit.cooccurrence) {
      if (!(record.a < record.b && record.b < actor_ids.size())) {
        throw std::invalid_argument("bootstrap: co-occurrence record (" +
                                    std::to_string(record.a) + ", " + std::to_string(record.b) +
                                    ") is not a pair a < b of actor indices");
      }
    }
  }
}

}  // namespace

BootstrapResult bootstrap(const std::vector<std::string>& actor_ids,
                          const std::vector<extract::Category>& categories,
                          const std::vector<ResamplingUnit>& units, std::size_t total_units,
                          const BootstrapOptions& options) {
  check_input(actor_ids, units, total_units, options);
  BootstrapResult result;
  result.replicates = options.replicates;
  result.seed = options.seed;
  result.level = options.level;

  std::vector<const ResamplingUnit*> original;
  for (const ResamplingUnit& unit : units) original.push_back(&unit);
  result.intervals = labelled(actor_ids, statistics(actor_ids, categories, original));
  // std::uniform_int_distribution's algorithm is implementation-defined: the
  // draws (and so the intervals) are fixed for a given seed under libstdc++,
  // but may differ under another standard library.
  std::mt19937_64 engine(options.seed);
  // With total_units == 0 nothing is drawn and every replicate is the empty
  // corpus (the original data).
  std::uniform_int_distribution<std::size_t> pick(0, total_units > 0 ? total_units - 1 : 0);
  std::vector<std::vector<double>> values(result.intervals.size());
  const ResamplingUnit empty;
  std::vector<const ResamplingUnit*> drawn(total_units);
  for (std::size_t r = 0; r < options.replicates; ++r) {
    for (std::size_t k = 0; k < total_units; ++k) {
      const std::size_t i = pick(engine);
      drawn[k] = i < units.size() ? &units[i] : &empty;
    }
    const std::vector<double> replicate = statistics(actor_ids, categories, drawn);
    for (std::size_t s = 0; s < replicate.size(); ++s) {
      if (!std::isnan(replicate[s])) values[s].push_back(replicate[s]);
    }
  }

  // Percentile interval (Efron & Tibshirani 1993, section 13.3).
  for (std::size_t s = 0; s < values.size(); ++s) {
    std::vector<double>& v = values[s];
    Interval& interval = result.intervals[s];
    interval.defined = v.size();
    if (v.size() < 2) continue;
    std::sort(v.begin(), v.end());
    interval.low = detail::type7_quantile(v, (1.0 - options.level) / 2.0);
    interval.high = detail::type7_quantile(v, (1.0 + options.level) / 2.0);
  }
  return result;
}

}  // namespace actornet::analysis
