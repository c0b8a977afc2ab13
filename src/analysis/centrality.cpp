// Methods, as cited in the notes written to the output:
//  - betweenness: Freeman 1977, Sociometry 40(1), doi:10.2307/3033543; computed
//    by Brandes' algorithm (2001, J. Math. Sociol. 25(2),
//    doi:10.1080/0022250X.2001.9990249);
//  - harmonic centrality: Marchiori & Latora 2000, Physica A 285,
//    doi:10.1016/S0378-4371(00)00311-3;
//  - eigenvector centrality: Bonacich 1972, J. Math. Sociol. 2(1),
//    doi:10.1080/0022250X.1972.9989806;
//  - PageRank: Brin & Page 1998, Computer Networks 30,
//    doi:10.1016/S0169-7552(98)00110-X.
#include "analysis/centrality.hpp"

#include <cmath>
#include <sstream>
#include <string>

#include "io/errors.hpp"
#include "network/igraph_graph.hpp"

namespace actornet::analysis {

namespace ig = network::igraph;
using network::WeightKind;

namespace {

// ARPACK's eigenvector is accurate to about machine precision relative to its
// maximum (1 after scaling); entries below this are rounding noise around 0
// (isolated actors come back as -0, other components as ~1e-17).
constexpr double kEigenvectorNoise = 1e-12;

std::string describe_weight(WeightKind kind) {
  switch (kind) {
    case WeightKind::kCount: return "co-occurrence count";
    case WeightKind::kAssociationStrength:
      return "association strength N c_ij / (s_i s_j), van Eck & Waltman 2009";
    case WeightKind::kJaccard: return "Jaccard index c_ij / (s_i + s_j - c_ij)";
    case WeightKind::kCosine: return "cosine (Salton) c_ij / sqrt(s_i s_j)";
    case WeightKind::kCooperation:
      return "cooperation C: summed confidence x Goldstein intensity of cooperation relations";
    case WeightKind::kRivalry:
      return "rivalry R: summed confidence x |Goldstein intensity| of rivalry relations";
  }
  return "";
}

void require_non_negative(const network::Network& network, const ig::WeightedGraph& full,
                          WeightKind kind) {
  for (igraph_integer_t e = 0; e < full.weights.size(); ++e) {
    if (full.weights[e] < 0.0) {
      const network::Tie& tie = network.ties[full.tie_of_edge[static_cast<std::size_t>(e)]];
      throw io::DataError(io::Location{"<network>", 0, -1},
                          "tie '" + network.actors[tie.a].id + "' - '" +
                              network.actors[tie.b].id + "' has a negative " +
                              network::to_string(kind) +
                              " weight; strength, eigenvector centrality and PageRank "
                              "need non-negative weights");
    }
  }
}

void add_degree_and_strength(const ig::WeightedGraph& full, std::vector<ActorCentrality>& out) {
  ig::IntVector degree;
  ig::check(igraph_degree(full.graph.get(), degree.get(), igraph_vss_all(), IGRAPH_ALL,
                          IGRAPH_LOOPS),
            "igraph_degree");
  ig::Vector strength;
  ig::check(igraph_strength(full.graph.get(), strength.get(), igraph_vss_all(), IGRAPH_ALL,
                            IGRAPH_LOOPS, full.weights.get()),
            "igraph_strength");
  const double n = static_cast<double>(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto v = static_cast<igraph_integer_t>(i);
    out[i].degree = static_cast<std::int64_t>(degree[v]);
    out[i].degree_normalized = n > 1 ? static_cast<double>(degree[v]) / (n - 1) : 0.0;
    out[i].strength = strength[v];
  }
}

// Betweenness, closeness and harmonic centrality on distances 1 / w over the
// ties with w > 0. Returns how many ties were left out.
std::size_t add_path_based(const network::Network& network, WeightKind kind,
                           std::vector<ActorCentrality>& out) {
  ig::WeightedGraph paths =
      ig::build_weighted_graph(network, kind, ig::TieFilter::kPositiveWeight);
  for (igraph_integer_t e = 0; e < paths.weights.size(); ++e) {
    paths.weights[e] = 1.0 / paths.weights[e];
  }
  const igraph_t* graph = paths.graph.get();
  const igraph_vector_t* distances = paths.weights.get();
  ig::Vector betweenness;
  ig::check(igraph_betweenness(graph, betweenness.get(), igraph_vss_all(),
                               /*directed=*/false, distances),
            "igraph_betweenness");
  ig::Vector closeness;
  ig::check(igraph_closeness(graph, closeness.get(), /*reachable_count=*/nullptr,
                             /*all_reachable=*/nullptr, igraph_vss_all(), IGRAPH_ALL,
                             distances, /*normalized=*/true),
            "igraph_closeness");
  ig::Vector harmonic;
  ig::check(igraph_harmonic_centrality(graph, harmonic.get(), igraph_vss_all(), IGRAPH_ALL,
                                       distances, /*normalized=*/true),
            "igraph_harmonic_centrality");
  const double n = static_cast<double>(out.size());
  const double pairs = (n - 1) * (n - 2) / 2;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto v = static_cast<igraph_integer_t>(i);
    out[i].betweenness = betweenness[v];
    out[i].betweenness_normalized = pairs > 0 ? betweenness[v] / pairs : 0.0;
    // igraph 0.10 returns NaN for an actor that reaches nobody.
    out[i].closeness = std::isnan(closeness[v]) ? 0.0 : closeness[v];
    out[i].harmonic = harmonic[v];
  }
  return network.ties.size() - paths.tie_of_edge.size();
}

void add_eigenvector(const ig::WeightedGraph& full, std::vector<ActorCentrality>& out) {
  double total_weight = 0.0;
  for (igraph_integer_t e = 0; e < full.weights.size(); ++e) total_weight += full.weights[e];
  if (!(total_weight > 0.0)) return;  // no tie of positive weight: every actor stays 0
  ig::Vector vector;
  igraph_real_t eigenvalue = 0.0;
  // igraph 0.10 perturbs ARPACK's start vector with its global random
  // generator (src/centrality/eigenvector.c): seed it so that the same network
  // always gives the same digits.
  ig::check(igraph_rng_seed(igraph_rng_default(), 1), "igraph_rng_seed");
  ig::check(igraph_eigenvector_centrality(full.graph.get(), vector.get(), &eigenvalue,
                                          /*directed=*/false, /*scale=*/true,
                                          full.weights.get(), /*options=*/nullptr),
            "igraph_eigenvector_centrality");
  for (std::size_t i = 0; i < out.size(); ++i) {
    const double x = vector[static_cast<igraph_integer_t>(i)];
    out[i].eigenvector = x > kEigenvectorNoise ? x : 0.0;
  }
}

void add_pagerank(const ig::WeightedGraph& full, double damping,
                  std::vector<ActorCentrality>& out) {
  ig::Vector pagerank;
  igraph_real_t eigenvalue = 0.0;
  ig::check(igraph_pagerank(full.graph.get(), IGRAPH_PAGERANK_ALGO_PRPACK, pagerank.get(),
                            &eigenvalue, igraph_vss_all(), /*directed=*/false, damping,
                            full.weights.get(), /*options=*/nullptr),
            "igraph_pagerank");
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].pagerank = pagerank[static_cast<igraph_integer_t>(i)];
  }
}

std::vector<std::string> method_notes(WeightKind kind, double damping, std::size_t left_out) {
  std::ostringstream pagerank;
  pagerank << "PageRank (Brin & Page 1998) is computed by PRPACK on the undirected network "
              "with damping "
           << damping
           << "; it sums to 1 over all actors, and an actor without ties is treated as "
              "linking to every actor, so it receives only the share every actor gets.";
  std::string paths =
      "Betweenness, closeness and harmonic centrality are path-based: a tie of weight w "
      "becomes a distance 1 / w (Opsahl, Agneessens & Skvoretz 2010); ties with w <= 0 have "
      "no finite distance and are left out of these three measures";
  if (left_out > 0) {
    paths += " (" + std::to_string(left_out) + (left_out == 1 ? " tie" : " ties") + " left out)";
  }
  paths += ".";
  return {
      "Tie weight: " + network::to_string(kind) + " (" + describe_weight(kind) + ").",
      "Degree counts an actor's ties; degree_normalized divides it by n - 1 (0 when n < 2). "
      "Strength is the sum of the actor's tie weights.",
      "Strength, eigenvector centrality and PageRank use the weight as tie strength.",
      paths,
      "Betweenness (Freeman 1977; Brandes 2001) sums, over unordered pairs of other actors, "
      "the share of their shortest paths through the actor; betweenness_normalized divides "
      "it by (n - 1)(n - 2) / 2 (0 when n < 3).",
      "Closeness is 1 / (mean distance to the actors the actor can reach), as igraph 0.10 "
      "computes it: in a disconnected network each actor is scored within its own component, "
      "so closeness values from different components are not comparable (harmonic "
      "centrality is); an actor that reaches nobody gets 0.",
      "Harmonic centrality (Marchiori & Latora 2000) is the mean of 1 / distance over all "
      "n - 1 other actors, unreachable actors counting 0 (0 when n < 2).",
      "Eigenvector centrality (Bonacich 1972) is scaled so that its maximum is 1. In a "
      "disconnected network it is concentrated on the component with the largest leading "
      "eigenvalue and actors elsewhere get 0 (values below 1e-12 are set to 0); when several "
      "components share that eigenvalue, how the score is split between them is arbitrary. "
      "With no tie of positive weight every actor gets 0.",
      pagerank.str(),
  };
}

}  // namespace

CentralityResult compute_centrality(const network::Network& network,
                                    const CentralityOptions& options) {
  if (!(options.pagerank_damping >= 0.0 && options.pagerank_damping < 1.0)) {
    std::ostringstream message;
    message << "PageRank damping must be in [0, 1), got " << options.pagerank_damping;
    throw io::UsageError(message.str());
  }
  ig::take_warnings();  // discard warnings from earlier, unrelated igraph calls
  CentralityResult result;
  result.weight = network::to_string(options.weight);
  result.actors.resize(network.actors.size());

  ig::WeightedGraph full = ig::build_weighted_graph(network, options.weight);
  require_non_negative(network, full, options.weight);
  std::size_t left_out = 0;
  if (!network.actors.empty()) {
    add_degree_and_strength(full, result.actors);
    left_out = add_path_based(network, options.weight, result.actors);
    add_eigenvector(full, result.actors);
    add_pagerank(full, options.pagerank_damping, result.actors);
  }
  result.notes = method_notes(options.weight, options.pagerank_damping, left_out);
  // None is expected (the cases igraph warns about are handled above); any
  // other goes to the output rather than to stderr or nowhere.
  for (const std::string& warning : ig::take_warnings()) {
    result.notes.push_back("igraph warning: " + warning);
  }
  return result;
}

std::string igraph_library_version() {
  const char* text = nullptr;
  int major = 0, minor = 0, patch = 0;
  igraph_version(&text, &major, &minor, &patch);
  return text != nullptr ? std::string(text) : std::string();
}

}  // namespace actornet::analysis
