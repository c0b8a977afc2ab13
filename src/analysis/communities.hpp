// Communities (camps of allies) on the positive layer of the signed network,
// found by modularity maximisation through igraph:
//  - Louvain: Blondel, Guillaume, Lambiotte & Lefebvre 2008, J. Stat. Mech.
//    P10008, doi:10.1088/1742-5468/2008/10/P10008 (igraph_community_multilevel);
//  - Leiden: Traag, Waltman & van Eck 2019, Sci. Rep. 9:5233,
//    doi:10.1038/s41598-019-41695-z (igraph_community_leiden with the
//    modularity objective), which also guarantees connected communities.
// Modularity: Newman & Girvan 2004, Phys. Rev. E 69:026113,
// doi:10.1103/PhysRevE.69.026113; with a resolution parameter gamma
// (Reichardt & Bornholdt 2006, Phys. Rev. E 74:016110,
// doi:10.1103/PhysRevE.74.016110): Q = sum_c [ L_c / m - gamma (d_c / 2m)^2 ],
// L_c the (weighted) ties inside community c, d_c its summed degree, m all ties.
//
// Only ties with sign +1 take part: rivalry is not "weak alliance", so it is
// neither a bond nor a penalty here (the frustration partition in the
// balance module is the tool that uses negative ties).
//
// Determinism: both algorithms use igraph's random number generator (node
// order, Leiden's refinement). It is seeded with options.seed before each run
// (igraph_rng_seed on igraph_rng_default(); nothing else of igraph's state is
// touched), so the same graph, options and igraph version give the same
// membership; another seed may give another, equally good partition.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/signed_graph.hpp"

namespace actornet::analysis {

enum class CommunityAlgorithm { kLouvain, kLeiden };

// "louvain" / "leiden"; parse throws io::UsageError.
std::string to_string(CommunityAlgorithm algorithm);
CommunityAlgorithm parse_community_algorithm(const std::string& text);

struct CommunityOptions {
  // Default Leiden: unlike Louvain it never returns a disconnected community.
  CommunityAlgorithm algorithm = CommunityAlgorithm::kLeiden;
  // gamma > 0; 1 is Newman-Girvan modularity, larger gives more, smaller
  // communities.
  double resolution = 1.0;
  // Seed of igraph's default random number generator. Default 1.
  std::uint64_t seed = 1;
  // true: ties count by their SignedEdge::weight (ties of weight 0 are left
  // out); false: every positive tie counts 1. Default true.
  bool weighted = true;
  // Leiden's randomness in the refinement step (beta; igraph's default 0.01).
  double leiden_beta = 0.01;
};

struct CommunityResult {
  std::vector<std::string> nodes;
  // Community of each node, 0-based, numbered by first appearance in node
  // order (node 0 is always in community 0). An actor without positive ties
  // is a community of its own.
  std::vector<std::size_t> membership;
  std::size_t communities = 0;
  // Modularity (gamma = 1) of `membership` on the positive layer, with the
  // weights used; NaN when the layer has no tie (modularity is undefined).
  double modularity = 0.0;
  // The same at options.resolution: what the algorithm maximised.
  double modularity_at_resolution = 0.0;
  std::string algorithm;  // to_string(CommunityAlgorithm)
  double resolution = 1.0;
  std::uint64_t seed = 0;
  bool weighted = true;
  std::vector<std::string> notes;
};

// Throws io::DataError for an invalid graph (validate_signed_graph in
// signed_adjacency.hpp),
// io::UsageError for a resolution that is not finite and > 0 or a beta that
// is not finite and > 0, std::runtime_error if igraph fails.
CommunityResult detect_communities(const SignedGraph& graph, const CommunityOptions& options);

}  // namespace actornet::analysis
