#include "analysis/network_measures.hpp"

namespace actornet::analysis {

namespace {

// An unsigned network's ties, all positive: what communities run on when no
// relation was tagged.
SignedGraph all_ties_positive(const network::Network& network, network::WeightKind weight) {
  SignedGraph g;
  for (const network::ActorNode& a : network.actors) g.nodes.push_back(a.id);
  for (const network::Tie& t : network.ties) g.edges.push_back({t.a, t.b, +1, network::tie_weight(t, weight)});
  return g;
}

}  // namespace

NetworkMeasures measure_network(const network::Network& network, const MeasureOptions& options) {
  NetworkMeasures out;
  out.centrality = compute_centrality(network, options.centrality);
  const network::WeightKind weight = options.centrality.weight;
  if (!network.corpus.signed_layers) {
    out.communities = detect_communities(all_ties_positive(network, weight), options.communities);
    return out;
  }
  SignedMeasures s;
  s.graph = signed_graph_of(network, weight);
  out.communities = detect_communities(s.graph, options.communities);
  s.degree = compute_signed_degree(s.graph);
  s.pn = compute_pn_centrality(s.graph);
  s.paths = compute_signed_path_centrality(network, {options.layer, weight});
  s.triangles = triangle_balance(s.graph);
  s.walk = walk_balance(s.graph);
  PartitionSearchOptions search;
  search.seed = options.seed;
  s.frustration = frustration_index(s.graph, search);
  ClusteringOptions clustering;
  clustering.max_groups = options.clusters;
  clustering.search = search;
  s.clustering = cluster_signed_graph(s.graph, clustering);
  out.signed_measures = std::move(s);
  return out;
}

}  // namespace actornet::analysis
