#include "analysis/triangle_balance.hpp"

#include <cmath>

#include "analysis/signed_adjacency.hpp"

namespace actornet::analysis {

namespace {

struct Triangle {
  std::size_t a, b, c;  // a < b < c
  int negatives;
  double intensity;  // geometric mean of the three weights
};

// Calls visit(Triangle) for every triangle, in lexicographic order of (a, b, c):
// for each node a, each neighbour b > a, each common neighbour c > b (merge of
// the two sorted neighbour lists).
template <typename Visit>
void for_each_triangle(const SignedGraph& graph, Visit visit) {
  const auto adj = signed_neighbours(graph);
  for (std::size_t a = 0; a < adj.size(); ++a) {
    for (const SignedNeighbour& ab : adj[a]) {
      if (ab.node < a) continue;
      const auto& la = adj[a];
      const auto& lb = adj[ab.node];
      std::size_t i = 0, j = 0;
      while (i < la.size() && j < lb.size()) {
        if (la[i].node < lb[j].node) {
          ++i;
          continue;
        }
        if (lb[j].node < la[i].node) {
          ++j;
          continue;
        }
        const std::size_t c = la[i].node;
        if (c > ab.node) {
          const SignedNeighbour& ac = la[i];
          const SignedNeighbour& bc = lb[j];
          const int negatives = (ab.sign < 0) + (ac.sign < 0) + (bc.sign < 0);
          // Product of cube roots: the same value, without overflow.
          const double intensity = std::cbrt(graph.edges[ab.edge].weight) *
                                   std::cbrt(graph.edges[ac.edge].weight) *
                                   std::cbrt(graph.edges[bc.edge].weight);
          visit(Triangle{a, ab.node, c, negatives, intensity});
        }
        ++i;
        ++j;
      }
    }
  }
}

}  // namespace

TriangleBalance triangle_balance(const SignedGraph& graph) {
  validate_signed_graph(graph);
  TriangleBalance out;
  double intensity_all = 0.0;
  double intensity_balanced = 0.0;
  for_each_triangle(graph, [&](const Triangle& t) {
    ++out.triangles;
    ++out.by_negative_edges[static_cast<std::size_t>(t.negatives)];
    intensity_all += t.intensity;
    if (t.negatives % 2 == 0) {
      ++out.balanced;
      intensity_balanced += t.intensity;
    } else {
      out.unbalanced.push_back({t.a, t.b, t.c});
    }
  });
  if (out.triangles > 0) {
    out.index = static_cast<double>(out.balanced) / static_cast<double>(out.triangles);
  }
  if (intensity_all > 0.0) out.weighted_index = intensity_balanced / intensity_all;
  return out;
}

}  // namespace actornet::analysis
