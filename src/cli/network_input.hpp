// The network `metrics` and `render` work on: graphs/network.graphml by
// default, or a file the user brings (--network: GraphML, or an edge-list
// CSV), then filtered (minimum weight, top-k ties per actor, an actor subset,
// an ego network). Shared by both commands so that they see the same network.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/paths.hpp"
#include "network/network.hpp"

namespace actornet::cli {

struct NetworkInput {
  std::string file;             // empty: paths.graphml()
  std::string period;           // edge lists with a period column: keep this period
  double min_weight = 0.0;      // keep ties with weight >= this (0: all)
  std::size_t top_k = 0;        // keep each actor's k strongest ties (0: all)
  std::vector<std::string> actors;  // keep only these actors (empty: all)
  std::string ego;              // keep this actor's ego network (empty: whole network)
  int ego_radius = 1;
};

void add_network_input_options(CLI::App& app, NetworkInput& input);

// Reads the network (".graphml"/".xml": GraphML; anything else: edge-list
// CSV) and applies the filters in the order: period, actors, ego, min weight,
// top k. Filters use `weight`. Returns also the file it read.
network::Network load_network(const Paths& paths, const NetworkInput& input, network::WeightKind weight,
                              std::string& source);

}  // namespace actornet::cli
