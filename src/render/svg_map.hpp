// The network map: laid out and rendered to SVG through Graphviz's C API
// (cgraph + gvc), never by running `dot`.
//
// Signed maps (network.corpus.signed_layers): each tie is coloured by its net
// score (C - R) / (C + R) on a diverging Okabe-Ito vermillion - grey - blue
// scale (render/net_palette.hpp), rivalry (net < 0) is also dashed and ties
// without any cooperation or rivalry relation (net undefined) are dotted grey,
// so that the map reads in grey print; nodes turn a neutral warm grey; the
// legend adds the colour scale and the line styles, the caption the relation
// source, and each tie's tooltip its C, R, counts, net and withheld count.
// Width and node size keep their meaning. Without signed layers the map is
// drawn as before and the signed fields are ignored.
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
  // Optional: a group per actor (community, camp, cluster; same order as
  // Network::actors) drawn as the node's fill colour, and what the groups are
  // ("community (Leiden)"). Empty: one neutral colour.
  std::vector<std::size_t> node_groups;
  std::string node_group_label;
  // Edge width grows with this tie weight (any WeightKind, also cooperation
  // or rivalry); its name goes into the legend.
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
// labels and tooltips are escaped by Graphviz's renderer. Both functions throw
// std::invalid_argument for inconsistent input (ties not a < b < n, duplicate
// or empty ids, non-finite weights or size values, and on signed maps a net
// score outside [-1, 1]).
std::string render_svg(const network::Network& network, const MapOptions& options);

}  // namespace actornet::render
