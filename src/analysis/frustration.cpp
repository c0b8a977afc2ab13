#include "analysis/frustration.hpp"

namespace actornet::analysis {

Frustration frustration_index(const SignedGraph& graph, const FrustrationOptions& options) {
  ClusteringOptions two_sides;
  two_sides.max_groups = 2;
  two_sides.alpha = 0.5;
  two_sides.search = options;
  const SignedClustering split = cluster_signed_graph(graph, two_sides);

  Frustration out;
  out.side.reserve(split.group.size());
  for (std::size_t g : split.group) out.side.push_back(static_cast<int>(g));
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const SignedEdge& e = graph.edges[i];
    const bool same_side = out.side[e.a] == out.side[e.b];
    if ((e.sign > 0) != same_side) out.frustrated_edges.push_back(i);
  }
  out.index = out.frustrated_edges.size();
  if (!graph.edges.empty()) {
    out.normalized =
        1.0 - static_cast<double>(out.index) / (static_cast<double>(graph.edges.size()) / 2.0);
  }
  out.exact = split.exact;
  out.method = split.method;
  out.components = split.components;
  out.heuristic_components = split.heuristic_components;
  return out;
}

}  // namespace actornet::analysis
