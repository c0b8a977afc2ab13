// Actor centralities for the signed relation network (cooperation vs
// rivalry) and for directed relations (who acts towards whom).
//
//  - signed degree: positive, negative, net and ratio degree, counted and
//    weighted (as in R signnet's degree_signed; Everett & Borgatti 2014);
//  - PN centrality (Everett & Borgatti 2014, Social Networks 38:111-120,
//    doi:10.1016/j.socnet.2014.03.001);
//  - betweenness, closeness and harmonic centrality on one layer of the
//    signed network (path-based measures cannot use negative lengths), by
//    analysis::compute_centrality;
//  - in/out strength and hub/authority scores of a directed weighted graph
//    (Kleinberg 1999, J. ACM 46(5):604-632, doi:10.1145/324133.324140).
//
// Every function validates its input first (io::DataError: signed graphs by
// validate_signed_graph in signed_adjacency.hpp, directed edges as described
// at DirectedEdges, "file" "<directed edges>") and throws std::runtime_error with
// igraph's message if an igraph call fails. Results list nodes in input order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/signed_graph.hpp"
#include "network/network.hpp"

namespace actornet::analysis {

// ---- Signed degree ------------------------------------------------------

struct SignedDegree {
  std::int64_t positive = 0;  // ties with sign +1
  std::int64_t negative = 0;  // ties with sign -1
  std::int64_t net = 0;       // positive - negative
  double ratio = 0.0;         // positive / (positive + negative); NaN without ties
  // Weighted variants: the same with each tie counted by its weight.
  double positive_strength = 0.0;
  double negative_strength = 0.0;
  double net_strength = 0.0;
  double strength_ratio = 0.0;  // NaN when positive + negative strength is 0
};

struct SignedDegreeResult {
  std::vector<std::string> nodes;
  std::vector<SignedDegree> degrees;  // same order as nodes
  std::vector<std::string> notes;     // method notes for output files
};

SignedDegreeResult compute_signed_degree(const SignedGraph& graph);

// ---- PN centrality ------------------------------------------------------

// PN = (I - A / (2n - 2))^{-1} 1 with A = P - 2N, P and N the 0/1 adjacency
// matrices of the positive and negative ties (weights are ignored, as in the
// paper). Actors with many positive ties to actors that are themselves
// central score high; negative ties count double against. Raw scores, not
// normalised; an isolate scores 1, n = 1 gives {1}. The only singular case is
// n = 2 joined by a negative tie; PN is then undefined and every value is NaN
// (noted). Solved by LAPACK's dgesv as igraph exposes it.
struct PnResult {
  std::vector<std::string> nodes;
  std::vector<double> pn;  // same order as nodes
  std::vector<std::string> notes;
};

PnResult compute_pn_centrality(const SignedGraph& graph);

// ---- Path-based centralities on one signed layer -------------------------

enum class SignedLayer {
  kPositive,  // only ties with sign +1 (net > 0)
  kAbsolute,  // every signed tie, weight |w|: the sign is ignored
};

// "positive" / "absolute".
std::string to_string(SignedLayer layer);

struct SignedPathOptions {
  SignedLayer layer = SignedLayer::kPositive;  // default: alliances carry paths
  // The tie weight (strength) on the layer; becomes the length 1 / w. Default:
  // co-occurrence count. All weight kinds are >= 0, so |w| = w.
  network::WeightKind weight = network::WeightKind::kCount;
};

struct SignedPathCentrality {
  double betweenness = 0.0;             // raw count of shortest paths
  double betweenness_normalized = 0.0;  // / ((n-1)(n-2)/2)
  double closeness = 0.0;               // 1 / mean distance to reachable actors
  double harmonic = 0.0;                // mean of 1/d over all other actors
  // The strength-based measures on the same layer (weights as tie strength).
  std::int64_t degree = 0;
  double strength = 0.0;
  double eigenvector = 0.0;  // maximum 1
  double pagerank = 0.0;     // sums to 1
};

struct SignedPathResult {
  std::vector<std::string> nodes;             // actor ids
  std::vector<SignedPathCentrality> actors;   // same order
  std::string layer;                          // to_string(SignedLayer)
  std::string weight;                         // network::to_string(WeightKind)
  std::vector<std::string> notes;
};

// Keeps the ties of the chosen layer (ties whose sign() is 0 are in neither)
// and runs compute_centrality on that copy of the network; its definitions,
// distance rule d = 1 / w (Opsahl et al. 2010) and notes apply.
SignedPathResult compute_signed_path_centrality(const network::Network& network,
                                                const SignedPathOptions& options);

// ---- Directed relations ---------------------------------------------------

struct DirectedEdge {
  std::size_t from = 0;  // node index
  std::size_t to = 0;
  double weight = 1.0;   // finite, >= 0
};

// A directed weighted graph: who acts towards whom, how strongly. Parallel
// edges are allowed and add up; self-loops are refused.
struct DirectedEdges {
  std::vector<std::string> nodes;
  std::vector<DirectedEdge> edges;
};

struct DirectedCentrality {
  std::int64_t in_degree = 0;  // edges received
  std::int64_t out_degree = 0;
  double in_strength = 0.0;    // summed weight received
  double out_strength = 0.0;   // summed weight sent
  // Kleinberg's HITS: hubs point to good authorities, authorities are pointed
  // to by good hubs. Principal eigenvectors of A A^T (hubs) and A^T A
  // (authorities), A_ij = weight of i -> j, scaled by igraph so that the
  // maximum is 1 (0 for every node when no edge has positive weight).
  double hub = 0.0;
  double authority = 0.0;
};

struct DirectedCentralityResult {
  std::vector<std::string> nodes;
  std::vector<DirectedCentrality> actors;  // same order
  double hub_eigenvalue = 0.0;  // leading eigenvalue of A A^T (0 without edges)
  std::vector<std::string> notes;
};

DirectedCentralityResult compute_directed_centrality(const DirectedEdges& graph);

}  // namespace actornet::analysis
