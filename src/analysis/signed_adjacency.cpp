#include "analysis/signed_adjacency.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <string>
#include <utility>

#include "io/errors.hpp"

namespace actornet::analysis {

namespace {

[[noreturn]] void fail(std::size_t edge, const std::string& why) {
  throw io::DataError(io::Location{"<signed graph>", 0, -1},
                      "edge " + std::to_string(edge) + ": " + why);
}

}  // namespace

void validate_signed_graph(const SignedGraph& graph) {
  std::set<std::pair<std::size_t, std::size_t>> seen;
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const SignedEdge& e = graph.edges[i];
    if (e.b >= graph.nodes.size()) fail(i, "node index out of range");
    if (e.a >= e.b) fail(i, "needs a < b (no self-loops, one orientation)");
    if (e.sign != 1 && e.sign != -1) fail(i, "sign must be +1 or -1");
    if (!std::isfinite(e.weight) || e.weight < 0.0) fail(i, "weight must be finite and >= 0");
    if (!seen.insert({e.a, e.b}).second) fail(i, "repeats the pair of an earlier edge");
  }
}

std::vector<std::vector<SignedNeighbour>> signed_neighbours(const SignedGraph& graph) {
  std::vector<std::vector<SignedNeighbour>> out(graph.nodes.size());
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const SignedEdge& e = graph.edges[i];
    out[e.a].push_back({e.b, i, e.sign});
    out[e.b].push_back({e.a, i, e.sign});
  }
  for (auto& list : out) {
    std::sort(list.begin(), list.end(),
              [](const SignedNeighbour& x, const SignedNeighbour& y) { return x.node < y.node; });
  }
  return out;
}

std::vector<std::size_t> component_ids(const SignedGraph& graph) {
  // Union-find; roots are kept at the smallest node of each set.
  std::vector<std::size_t> parent(graph.nodes.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  auto find = [&parent](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const SignedEdge& e : graph.edges) {
    const std::size_t ra = find(e.a), rb = find(e.b);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::vector<std::size_t> id(graph.nodes.size());
  std::vector<std::size_t> id_of_root(graph.nodes.size(), graph.nodes.size());
  std::size_t next = 0;
  for (std::size_t v = 0; v < graph.nodes.size(); ++v) {
    const std::size_t r = find(v);
    if (id_of_root[r] == graph.nodes.size()) id_of_root[r] = next++;
    id[v] = id_of_root[r];
  }
  return id;
}

}  // namespace actornet::analysis
