#include "analysis/signed_centrality.hpp"

#include <cmath>
#include <limits>
#include <utility>

#include "analysis/centrality.hpp"
#include "analysis/signed_adjacency.hpp"
#include "io/errors.hpp"
#include "network/igraph_graph.hpp"

namespace actornet::analysis {

namespace ig = network::igraph;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

io::DataError directed_error(const std::string& what) {
  return io::DataError(io::Location{"<directed edges>", 0, -1}, what);
}

std::string edge_name(std::size_t k, std::size_t a, std::size_t b) {
  return "edge " + std::to_string(k + 1) + " (" + std::to_string(a) + ", " +
         std::to_string(b) + ")";
}

// Owns an igraph_matrix_t (doubles, column-major), zero-initialised.
class Matrix {
 public:
  Matrix(igraph_integer_t rows, igraph_integer_t cols) {
    ig::ensure_initialised();
    ig::check(igraph_matrix_init(&matrix_, rows, cols), "igraph_matrix_init");
  }
  ~Matrix() { igraph_matrix_destroy(&matrix_); }
  Matrix(const Matrix&) = delete;
  Matrix& operator=(const Matrix&) = delete;

  igraph_matrix_t* get() { return &matrix_; }
  double& at(igraph_integer_t i, igraph_integer_t j) { return MATRIX(matrix_, i, j); }

 private:
  igraph_matrix_t matrix_{};
};

double ratio(double part, double total) { return total > 0.0 ? part / total : kNaN; }

}  // namespace

SignedDegreeResult compute_signed_degree(const SignedGraph& graph) {
  validate_signed_graph(graph);
  SignedDegreeResult result;
  result.nodes = graph.nodes;
  result.degrees.resize(graph.nodes.size());
  for (const SignedEdge& e : graph.edges) {
    for (const std::size_t v : {e.a, e.b}) {
      SignedDegree& d = result.degrees[v];
      (e.sign > 0 ? d.positive : d.negative) += 1;
      (e.sign > 0 ? d.positive_strength : d.negative_strength) += e.weight;
    }
  }
  for (SignedDegree& d : result.degrees) {
    d.net = d.positive - d.negative;
    d.ratio = ratio(static_cast<double>(d.positive), static_cast<double>(d.positive + d.negative));
    d.net_strength = d.positive_strength - d.negative_strength;
    d.strength_ratio = ratio(d.positive_strength, d.positive_strength + d.negative_strength);
  }
  result.notes = {
      "Signed degree (Everett & Borgatti 2014; as degree_signed in R signnet): positive and "
      "negative count an actor's ties of each sign, net = positive - negative, ratio = "
      "positive / (positive + negative), NaN for an actor without signed ties.",
      "The *_strength variants sum tie weights instead of counting ties.",
  };
  return result;
}

PnResult compute_pn_centrality(const SignedGraph& graph) {
  validate_signed_graph(graph);
  PnResult result;
  result.nodes = graph.nodes;
  const auto n = static_cast<igraph_integer_t>(graph.nodes.size());
  result.notes.push_back(
      "PN centrality (Everett & Borgatti 2014, Social Networks 38, "
      "doi:10.1016/j.socnet.2014.03.001): PN = (I - A / (2n - 2))^{-1} 1 with A = P - 2N, P "
      "and N the unweighted positive and negative adjacency matrices; raw scores, an actor "
      "without ties scores 1.");
  if (n == 0) return result;
  if (n == 1) {  // A = 0, so PN = 1 whatever the (undefined) scale 1 / (2n - 2)
    result.pn = {1.0};
    return result;
  }
  // M = I - A / (2n - 2), written column-major into igraph's matrix.
  Matrix m(n, n);
  for (igraph_integer_t i = 0; i < n; ++i) m.at(i, i) = 1.0;
  const double scale = 1.0 / (2.0 * static_cast<double>(n) - 2.0);
  for (const SignedEdge& e : graph.edges) {
    const double entry = -scale * (e.sign > 0 ? 1.0 : -2.0);
    const auto a = static_cast<igraph_integer_t>(e.a), b = static_cast<igraph_integer_t>(e.b);
    m.at(a, b) = entry;
    m.at(b, a) = entry;
  }
  Matrix rhs(n, 1);
  for (igraph_integer_t i = 0; i < n; ++i) rhs.at(i, 0) = 1.0;
  ig::IntVector pivots(n);
  int info = 0;
  ig::take_warnings();
  ig::check(igraph_lapack_dgesv(m.get(), pivots.get(), rhs.get(), &info), "igraph_lapack_dgesv");
  ig::take_warnings();  // igraph warns about a singular matrix; info reports it below
  if (info < 0) throw std::runtime_error("igraph_lapack_dgesv: invalid argument " +
                                         std::to_string(-info));
  if (info > 0) {
    result.pn.assign(static_cast<std::size_t>(n), kNaN);
    result.notes.push_back(
        "PN is undefined for this network: I - A / (2n - 2) is singular (two actors joined by "
        "a negative tie); every value is NaN.");
    return result;
  }
  for (igraph_integer_t i = 0; i < n; ++i) result.pn.push_back(rhs.at(i, 0));
  return result;
}

std::string to_string(SignedLayer layer) {
  return layer == SignedLayer::kPositive ? "positive" : "absolute";
}

SignedPathResult compute_signed_path_centrality(const network::Network& network,
                                                const SignedPathOptions& options) {
  network::Network view;
  view.actors = network.actors;
  view.corpus = network.corpus;
  for (const network::Tie& tie : network.ties) {
    const bool keep = options.layer == SignedLayer::kPositive ? tie.sign() > 0 : tie.sign() != 0;
    if (keep) view.ties.push_back(tie);
  }
  CentralityOptions centrality;
  centrality.weight = options.weight;
  const CentralityResult full = compute_centrality(view, centrality);

  SignedPathResult result;
  result.layer = to_string(options.layer);
  result.weight = full.weight;
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    result.nodes.push_back(network.actors[i].id);
    const ActorCentrality& c = full.actors[i];
    result.actors.push_back({c.betweenness, c.betweenness_normalized, c.closeness, c.harmonic, c.degree, c.strength,
                             c.eigenvector, c.pagerank});
  }
  result.notes.push_back(
      options.layer == SignedLayer::kPositive
          ? "Signed layer: positive. Only ties with net > 0 (cooperation outweighs rivalry) "
            "carry paths; negative and unsigned ties are left out."
          : "Signed layer: absolute. Every tie with a sign carries paths, weighted by |w|: the "
            "sign is ignored, so rivalry connects as much as cooperation; unsigned ties (net 0 "
            "or undefined) are left out.");
  result.notes.push_back(std::to_string(view.ties.size()) + " of " +
                         std::to_string(network.ties.size()) + " ties are on this layer.");
  for (const std::string& note : full.notes) result.notes.push_back(note);
  return result;
}

namespace {

void validate_directed(const DirectedEdges& graph) {
  const std::size_t n = graph.nodes.size();
  for (std::size_t k = 0; k < graph.edges.size(); ++k) {
    const DirectedEdge& e = graph.edges[k];
    const std::string which = edge_name(k, e.from, e.to);
    if (e.from >= n || e.to >= n) {
      throw directed_error(which + " refers to a node index >= " + std::to_string(n));
    }
    if (e.from == e.to) throw directed_error(which + " is a self-loop on '" + graph.nodes[e.from] + "'");
    if (!std::isfinite(e.weight) || e.weight < 0.0) {
      throw directed_error(which + " has a weight that is negative or not finite");
    }
  }
}

ig::Graph directed_graph(const DirectedEdges& graph) {
  std::vector<igraph_integer_t> endpoints;
  for (const DirectedEdge& e : graph.edges) {
    endpoints.push_back(static_cast<igraph_integer_t>(e.from));
    endpoints.push_back(static_cast<igraph_integer_t>(e.to));
  }
  const ig::IntVector edges(endpoints);
  igraph_t raw;
  ig::check(igraph_create(&raw, edges.get(), static_cast<igraph_integer_t>(graph.nodes.size()),
                          IGRAPH_DIRECTED),
            "igraph_create");
  return ig::Graph::adopt(raw);
}

}  // namespace

DirectedCentralityResult compute_directed_centrality(const DirectedEdges& graph) {
  validate_directed(graph);
  DirectedCentralityResult result;
  result.nodes = graph.nodes;
  result.actors.resize(graph.nodes.size());
  double total = 0.0;
  std::vector<double> weight_values;
  for (const DirectedEdge& e : graph.edges) {
    result.actors[e.from].out_degree += 1;
    result.actors[e.to].in_degree += 1;
    result.actors[e.from].out_strength += e.weight;
    result.actors[e.to].in_strength += e.weight;
    total += e.weight;
    weight_values.push_back(e.weight);
  }
  result.notes = {
      "In/out degree count the relations an actor receives/sends; in/out strength sum their "
      "weights.",
      "Hub and authority scores (Kleinberg 1999, J. ACM 46(5), doi:10.1145/324133.324140) are "
      "the principal eigenvectors of A A^T and A^T A with A_ij the weight of i -> j, computed "
      "by igraph (ARPACK) and scaled so that the maximum is 1. When the leading eigenvalue is "
      "repeated (e.g. two identical, separate stars) the split between the components is "
      "arbitrary.",
  };
  if (!(total > 0.0)) {
    result.notes.push_back("No relation has positive weight: every hub and authority score is 0.");
    return result;
  }
  ig::take_warnings();
  ig::Graph g = directed_graph(graph);
  const ig::Vector weights(weight_values);
  ig::Vector hubs, authorities;
  igraph_real_t value = 0.0;
  ig::check(igraph_hub_and_authority_scores(g.get(), hubs.get(), authorities.get(), &value,
                                            /*scale=*/true, weights.get(), /*options=*/nullptr),
            "igraph_hub_and_authority_scores");
  result.hub_eigenvalue = value;
  for (std::size_t i = 0; i < result.actors.size(); ++i) {
    const auto v = static_cast<igraph_integer_t>(i);
    result.actors[i].hub = hubs[v];
    result.actors[i].authority = authorities[v];
  }
  for (const std::string& warning : ig::take_warnings()) {
    result.notes.push_back("igraph warning: " + warning);
  }
  return result;
}

}  // namespace actornet::analysis
