// Every measure `actornet metrics` reports, computed in one place from a
// network and the options: centralities, communities on the positive layer,
// and, for a signed network, signed degree, PN centrality, path-based
// centralities on the chosen layer, and structural balance. Writers format
// the result (report/network_tables, report/metrics_json).
#pragma once

#include <optional>

#include "analysis/centrality.hpp"
#include "analysis/communities.hpp"
#include "analysis/frustration.hpp"
#include "analysis/signed_centrality.hpp"
#include "analysis/signed_clustering.hpp"
#include "analysis/triangle_balance.hpp"
#include "analysis/walk_balance.hpp"
#include "network/network.hpp"

namespace actornet::analysis {

struct MeasureOptions {
  CentralityOptions centrality;
  // Path-based measures of a signed network: positive layer (default) or all
  // signed ties with |w|.
  SignedLayer layer = SignedLayer::kPositive;
  CommunityOptions communities;
  // Davis clustering: at most this many groups (default 3).
  std::size_t clusters = 3;
  // Seed of the heuristic searches (frustration, clustering) beyond their
  // exact size limits. Default 1.
  std::uint64_t seed = 1;
};

struct SignedMeasures {
  SignedGraph graph;
  SignedDegreeResult degree;
  PnResult pn;
  SignedPathResult paths;
  TriangleBalance triangles;
  WalkBalance walk;
  Frustration frustration;
  SignedClustering clustering;
};

struct NetworkMeasures {
  CentralityResult centrality;
  CommunityResult communities;                 // positive layer (all ties when unsigned)
  std::optional<SignedMeasures> signed_measures;  // only for signed networks
  // In/out strength, hubs and authorities of the directed relations behind
  // the network, when there are any (set by the caller: they are not in the
  // undirected network).
  std::optional<DirectedCentralityResult> directed;
};

NetworkMeasures measure_network(const network::Network& network, const MeasureOptions& options);

}  // namespace actornet::analysis
