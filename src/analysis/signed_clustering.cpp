#include "analysis/signed_clustering.hpp"

#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

#include "analysis/signed_adjacency.hpp"
#include "analysis/signed_clustering_search.hpp"

namespace actornet::analysis {

namespace cs = clustering_search;

namespace {

void check_options(const ClusteringOptions& options) {
  if (options.max_groups == 0) {
    throw std::invalid_argument("signed clustering: max_groups must be >= 1");
  }
  if (!(options.alpha >= 0.0 && options.alpha <= 1.0)) {
    throw std::invalid_argument("signed clustering: alpha must lie in [0, 1]");
  }
  if (options.search.restarts == 0) {
    throw std::invalid_argument("signed clustering: restarts must be >= 1");
  }
}

// Components in order of their smallest node; members ascending.
std::vector<std::vector<std::size_t>> members_by_component(const std::vector<std::size_t>& id) {
  std::vector<std::vector<std::size_t>> members;
  for (std::size_t v = 0; v < id.size(); ++v) {
    if (id[v] >= members.size()) members.resize(id[v] + 1);
    members[id[v]].push_back(v);
  }
  return members;
}

std::vector<cs::Component> split(const SignedGraph& graph, const std::vector<std::size_t>& id,
                                 const std::vector<std::vector<std::size_t>>& members) {
  std::vector<std::size_t> local(graph.nodes.size());
  std::vector<cs::Component> out(members.size());
  for (std::size_t c = 0; c < members.size(); ++c) {
    out[c].nodes = members[c].size();
    for (std::size_t i = 0; i < members[c].size(); ++i) local[members[c][i]] = i;
  }
  for (const SignedEdge& e : graph.edges) {
    out[id[e.a]].edges.push_back({local[e.a], local[e.b], e.sign, e.weight});
  }
  return out;
}

// Mixes the component number into the seed so each component's starts are
// independent of the components before it.
std::uint64_t component_seed(std::uint64_t seed, std::size_t component) {
  return seed ^ (0x9E3779B97F4A7C15ULL * (static_cast<std::uint64_t>(component) + 1));
}

enum class Solved { kTrivially, kExactly, kHeuristically };

// Solves one component into `group` (local numbering).
Solved solve(const cs::Component& component, const ClusteringOptions& options, std::size_t number,
             std::vector<std::size_t>& group) {
  const cs::Problem problem{options.max_groups, options.alpha};
  if (component.edges.empty()) {
    group.assign(component.nodes, 0);
    return Solved::kTrivially;
  }
  const PartitionSearchOptions& search = options.search;
  cs::ComponentPartition heuristic =
      cs::local_search(component, problem, search.restarts, component_seed(search.seed, number));
  if (component.nodes > search.exact_max_nodes) {
    group = std::move(heuristic.group);
    return Solved::kHeuristically;
  }
  cs::ComponentPartition exact =
      cs::branch_and_bound(component, problem, heuristic.cost, search.exact_node_budget);
  const bool use_exact = !exact.group.empty() &&
                         (exact.proven_optimal || exact.cost < heuristic.cost - cs::kTolerance);
  group = use_exact ? std::move(exact.group) : std::move(heuristic.group);
  return exact.proven_optimal ? Solved::kExactly : Solved::kHeuristically;
}

// Renumbers groups 0, 1, ... in order of their smallest node.
std::size_t renumber(std::vector<std::size_t>& group) {
  std::vector<std::size_t> label;  // label[old] = new + 1, 0 = unseen
  std::size_t next = 0;
  for (std::size_t& g : group) {
    if (g >= label.size()) label.resize(g + 1, 0);
    if (label[g] == 0) label[g] = ++next;
    g = label[g] - 1;
  }
  return next;
}

}  // namespace

SignedClustering cluster_signed_graph(const SignedGraph& graph, const ClusteringOptions& options) {
  validate_signed_graph(graph);
  check_options(options);
  const std::vector<std::size_t> id = component_ids(graph);
  const auto members = members_by_component(id);
  const auto components = split(graph, id, members);

  SignedClustering out;
  out.group.assign(graph.nodes.size(), 0);
  out.components = components.size();
  std::size_t searched_exactly = 0;
  for (std::size_t c = 0; c < components.size(); ++c) {
    std::vector<std::size_t> local;
    const Solved how = solve(components[c], options, c, local);
    renumber(local);  // the component's smallest node joins global group 0
    if (how == Solved::kExactly) ++searched_exactly;
    if (how == Solved::kHeuristically) ++out.heuristic_components;
    for (std::size_t i = 0; i < local.size(); ++i) out.group[members[c][i]] = local[i];
  }
  out.groups = renumber(out.group);
  for (const SignedEdge& e : graph.edges) {
    const bool within = out.group[e.a] == out.group[e.b];
    if (e.sign < 0 && within) ++out.negative_within;
    if (e.sign > 0 && !within) ++out.positive_between;
  }
  out.errors = out.negative_within + out.positive_between;
  out.criterion = options.alpha * static_cast<double>(out.negative_within) +
                  (1.0 - options.alpha) * static_cast<double>(out.positive_between);
  out.exact = out.heuristic_components == 0;
  out.method = out.exact               ? "branch-and-bound"
               : searched_exactly == 0 ? "local-search"
                                       : "branch-and-bound+local-search";
  return out;
}

}  // namespace actornet::analysis
