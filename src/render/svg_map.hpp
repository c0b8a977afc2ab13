// The network map: laid out and rendered to SVG through Graphviz's C API
// (cgraph + gvc), never by running `dot`.
#pragma once

#include <string>
#include <vector>

#include "network/network.hpp"

namespace actornet::render {

struct MapOptions {
  std::string title = "Actor co-occurrence network";
  // Node area grows with this per-actor value (same order as Network::actors);
  // its name goes into the legend ("size: PageRank").
  std::vector<double> node_size_values;
  std::string node_size_label = "PageRank";
  // Edge width grows with this tie weight; its name goes into the legend.
  network::WeightKind edge_weight = network::WeightKind::kCount;
  // Layout engine; "neato" (stress majorisation) by default, with a fixed seed
  // so that the same network always gets the same picture.
  std::string layout = "neato";
  int seed = 1;
};

// The graph in DOT with every drawing attribute set (before layout), as
// written to graphs/network.dot. Deterministic.
std::string network_to_dot(const network::Network& network, const MapOptions& options);

// The laid-out map as an SVG document (Graphviz core "svg" renderer). All
// labels and tooltips are escaped by Graphviz's renderer.
std::string render_svg(const network::Network& network, const MapOptions& options);

}  // namespace actornet::render
