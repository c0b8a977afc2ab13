#include "analysis/communities.hpp"

#include <cmath>
#include <limits>
#include <map>
#include <sstream>

#include "analysis/signed_adjacency.hpp"
#include "io/errors.hpp"
#include "network/igraph_graph.hpp"

namespace actornet::analysis {

namespace ig = network::igraph;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The positive layer as an igraph graph; weights[e] is edge e's weight (1
// when unweighted). Ties of weight 0 are left out when weighted.
struct PositiveLayer {
  ig::Graph graph = ig::Graph::empty(0);
  ig::Vector weights;
  double total_weight = 0.0;  // m
  std::size_t left_out = 0;   // positive ties of weight 0
};

PositiveLayer positive_layer(const SignedGraph& graph, bool weighted) {
  PositiveLayer layer;
  std::vector<igraph_integer_t> endpoints;
  std::vector<double> weights;
  for (const SignedEdge& e : graph.edges) {
    if (e.sign < 0) continue;
    const double w = weighted ? e.weight : 1.0;
    if (!(w > 0.0)) {
      ++layer.left_out;
      continue;
    }
    endpoints.push_back(static_cast<igraph_integer_t>(e.a));
    endpoints.push_back(static_cast<igraph_integer_t>(e.b));
    weights.push_back(w);
    layer.total_weight += w;
  }
  const ig::IntVector edges(endpoints);
  igraph_t raw;
  ig::check(igraph_create(&raw, edges.get(), static_cast<igraph_integer_t>(graph.nodes.size()),
                          IGRAPH_UNDIRECTED),
            "igraph_create");
  layer.graph = ig::Graph::adopt(raw);
  layer.weights = ig::Vector(weights);
  return layer;
}

void run_louvain(PositiveLayer& layer, double resolution, ig::IntVector& membership) {
  ig::check(igraph_community_multilevel(layer.graph.get(), layer.weights.get(), resolution,
                                        membership.get(), /*memberships=*/nullptr,
                                        /*modularity=*/nullptr),
            "igraph_community_multilevel");
}

// Leiden optimises modularity when node weights are the strengths and the
// resolution is gamma / (2m) (igraph_community_leiden documentation).
void run_leiden(PositiveLayer& layer, double resolution, double beta,
                ig::IntVector& membership) {
  ig::Vector strength;
  ig::check(igraph_strength(layer.graph.get(), strength.get(), igraph_vss_all(), IGRAPH_ALL,
                            IGRAPH_LOOPS, layer.weights.get()),
            "igraph_strength");
  igraph_integer_t clusters = 0;
  igraph_real_t quality = 0.0;
  ig::check(igraph_community_leiden(layer.graph.get(), layer.weights.get(), strength.get(),
                                    resolution / (2.0 * layer.total_weight), beta,
                                    /*start=*/false, /*n_iterations=*/-1, membership.get(),
                                    &clusters, &quality),
            "igraph_community_leiden");
}

double modularity(PositiveLayer& layer, const ig::IntVector& membership, double resolution) {
  igraph_real_t q = 0.0;
  ig::check(igraph_modularity(layer.graph.get(), membership.get(), layer.weights.get(),
                              resolution, /*directed=*/false, &q),
            "igraph_modularity");
  return q;
}

// Renumbers communities by first appearance in node order.
std::vector<std::size_t> renumber(const ig::IntVector& raw, std::size_t& count) {
  std::map<igraph_integer_t, std::size_t> index;
  std::vector<std::size_t> out;
  for (igraph_integer_t v = 0; v < raw.size(); ++v) {
    const auto found = index.emplace(raw[v], index.size());
    out.push_back(found.first->second);
  }
  count = index.size();
  return out;
}

void check_options(const CommunityOptions& options) {
  std::ostringstream message;
  if (!(std::isfinite(options.resolution) && options.resolution > 0.0)) {
    message << "community resolution must be finite and > 0, got " << options.resolution;
    throw io::UsageError(message.str());
  }
  if (!(std::isfinite(options.leiden_beta) && options.leiden_beta > 0.0)) {
    message << "Leiden beta must be finite and > 0, got " << options.leiden_beta;
    throw io::UsageError(message.str());
  }
}

std::vector<std::string> method_notes(const CommunityOptions& options, std::size_t left_out) {
  std::ostringstream run;
  run << (options.algorithm == CommunityAlgorithm::kLouvain
              ? "Communities by Louvain (Blondel et al. 2008)"
              : "Communities by Leiden (Traag, Waltman & van Eck 2019), modularity objective, "
                "iterated until stable, beta " + std::to_string(options.leiden_beta))
      << " on the positive ties only, resolution " << options.resolution
      << ", igraph random seed " << options.seed
      << " (the same seed gives the same partition; another may give another, equally good "
         "one).";
  std::vector<std::string> notes = {
      run.str(),
      options.weighted ? "Ties count by their weight." : "Every positive tie counts 1.",
      "Modularity (Newman & Girvan 2004) is reported at resolution 1 and at the resolution "
      "used (Reichardt & Bornholdt 2006); NaN when there is no positive tie. Communities are "
      "numbered by first appearance in actor order; an actor without positive ties is alone.",
  };
  if (left_out > 0) {
    notes.push_back(std::to_string(left_out) + " positive tie(s) of weight 0 left out.");
  }
  return notes;
}

}  // namespace

std::string to_string(CommunityAlgorithm algorithm) {
  return algorithm == CommunityAlgorithm::kLouvain ? "louvain" : "leiden";
}

CommunityAlgorithm parse_community_algorithm(const std::string& text) {
  if (text == "louvain") return CommunityAlgorithm::kLouvain;
  if (text == "leiden") return CommunityAlgorithm::kLeiden;
  throw io::UsageError("unknown community algorithm '" + text + "' (louvain, leiden)");
}

CommunityResult detect_communities(const SignedGraph& graph, const CommunityOptions& options) {
  check_options(options);
  validate_signed_graph(graph);
  CommunityResult result;
  result.nodes = graph.nodes;
  result.algorithm = to_string(options.algorithm);
  result.resolution = options.resolution;
  result.seed = options.seed;
  result.weighted = options.weighted;

  ig::take_warnings();
  PositiveLayer layer = positive_layer(graph, options.weighted);
  result.notes = method_notes(options, layer.left_out);
  const std::size_t n = graph.nodes.size();
  if (!(layer.total_weight > 0.0)) {  // no tie: every actor alone, modularity undefined
    for (std::size_t i = 0; i < n; ++i) result.membership.push_back(i);
    result.communities = n;
    result.modularity = result.modularity_at_resolution = kNaN;
    return result;
  }
  ig::check(igraph_rng_seed(igraph_rng_default(), options.seed), "igraph_rng_seed");
  ig::IntVector raw(static_cast<igraph_integer_t>(n));
  if (options.algorithm == CommunityAlgorithm::kLouvain) {
    run_louvain(layer, options.resolution, raw);
  } else {
    run_leiden(layer, options.resolution, options.leiden_beta, raw);
  }
  result.membership = renumber(raw, result.communities);
  result.modularity = modularity(layer, raw, 1.0);
  result.modularity_at_resolution = modularity(layer, raw, options.resolution);
  for (const std::string& warning : ig::take_warnings()) {
    result.notes.push_back("igraph warning: " + warning);
  }
  return result;
}

}  // namespace actornet::analysis
