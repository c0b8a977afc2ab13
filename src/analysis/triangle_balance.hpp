// Triangle index of structural balance (Cartwright & Harary 1956, Psychol.
// Rev. 63(5), doi:10.1037/h0046049): a triangle is balanced when the product
// of its three signs is positive (+++ or +--), and the index is the share of
// balanced triangles among all triangles of the signed graph.
#pragma once

#include <array>
#include <cstddef>
#include <limits>
#include <vector>

#include "analysis/signed_graph.hpp"

namespace actornet::analysis {

struct TriangleBalance {
  std::size_t triangles = 0;  // all triangles (3 nodes, 3 edges)
  std::size_t balanced = 0;   // product of signs > 0
  // [k] = triangles with k negative edges: +++, ++-, +--, --- (the census
  // signnet's count_signed_triangles prints). Balanced = [0] + [2].
  std::array<std::size_t, 4> by_negative_edges{};
  // balanced / triangles; NaN when the graph has no triangle.
  double index = std::numeric_limits<double>::quiet_NaN();
  // Each triangle weighted by its intensity, the geometric mean of its three
  // edge weights (Onnela, Saramaki, Kertesz & Kaski 2005, Phys. Rev. E 71,
  // 065103, doi:10.1103/PhysRevE.71.065103; their normalisation by the largest
  // weight cancels in the ratio): sum of intensities of balanced triangles /
  // sum over all triangles. NaN when there is no triangle or every triangle
  // has intensity 0 (an edge of weight 0).
  double weighted_index = std::numeric_limits<double>::quiet_NaN();
  // Unbalanced triangles as node index triples {a, b, c}, a < b < c, sorted
  // lexicographically.
  std::vector<std::array<std::size_t, 3>> unbalanced;
};

// Enumerates every triangle once (O(sum of degree^2)). Throws io::DataError
// if the graph breaks validate_signed_graph's contract.
TriangleBalance triangle_balance(const SignedGraph& graph);

}  // namespace actornet::analysis
