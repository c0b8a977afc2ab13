#include "render/svg_map.hpp"

#include "network/edge_list.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "io/errors.hpp"
#include "render/graphviz_handles.hpp"
#include "render/map_text.hpp"
#include "render/net_palette.hpp"
#include "render/signed_map_text.hpp"

namespace actornet::render {
namespace {

// Okabe & Ito (2008), "Color Universal Design": distinguishable under the
// common colour-vision deficiencies. Nodes orange, ties blue; text black.
constexpr const char* kNodeFill = "#E69F00";
constexpr const char* kTieColour = "#0072B2B3";  // 70 % opaque: crossings stay visible
constexpr const char* kFont = "Helvetica";       // SVG: font-family="Helvetica,sans-Serif"
// Signed maps: tie colours come from net_palette (85 % opaque, alpha D9);
// the width samples are a neutral dark grey so that they claim no sign.
constexpr const char* kSignedAlpha = "D9";
constexpr const char* kSignedNodeFill = "#E3DCCB";  // light warm grey
// Group colours: Okabe & Ito (2008) colour-blind-safe hues, without the blue
// and vermillion that signed ties use; light enough for black names. More
// than six groups reuse the colours (the legend says so).
constexpr const char* kGroupFills[] = {"#F0E442", "#56B4E9", "#009E73", "#CC79A7", "#E69F00", "#BBBBBB"};
constexpr std::size_t kGroupColours = sizeof kGroupFills / sizeof kGroupFills[0];
constexpr const char* kWidthSampleColour = "#555555";
constexpr double kStyleSamplePenWidth = 3.0;

// Node diameters (inches) for the smallest and largest size value; the AREA
// is linear in the value between them, so that area, not diameter, carries the
// quantity. Areas are judged less accurately than lengths (Cleveland & McGill
// 1984, JASA 79(387), doi:10.1080/01621459.1984.10478080), hence a wide
// 1 : 7.6 area range.
constexpr double kMinDiameter = 0.4;
constexpr double kMaxDiameter = 1.1;
constexpr double kUniformDiameter = 0.8;
// Tie pen widths (points) for the weakest and strongest tie.
constexpr double kMinPenWidth = 1.0;
constexpr double kMaxPenWidth = 9.0;
constexpr double kUniformPenWidth = 3.0;  // whole points, as the legend samples need
// Visible length of a tie between the rims of its two circles (inches); the
// centre-to-centre `len` that neato aims for adds the two radii.
constexpr double kTieGap = 1.5;

// Position of `value` between the smallest and largest value, 0..1; 0 when
// all values are equal.
double fraction(const ValueRange& range, double value) {
  return range.max > range.min ? (value - range.min) / (range.max - range.min) : 0.0;
}
bool varies(const ValueRange& range) { return !range.empty && range.max > range.min; }

ValueRange range_of(const std::vector<double>& values) {
  if (values.empty()) return {};
  const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
  return {*lo, *hi, false};
}

void check_input(const network::Network& network, const MapOptions& options) {
  const std::size_t n = network.actors.size();
  if (!options.node_size_values.empty() && options.node_size_values.size() != n) {
    throw std::invalid_argument("map: " + std::to_string(options.node_size_values.size()) +
                                " node size values for " + std::to_string(n) + " actors");
  }
  for (double v : options.node_size_values) {
    if (!std::isfinite(v)) throw std::invalid_argument("map: node size value is not finite");
  }
  for (const network::Tie& tie : network.ties) {
    if (!(tie.a < tie.b && tie.b < n)) {
      throw std::invalid_argument("map: tie " + std::to_string(tie.a) + "-" +
                                  std::to_string(tie.b) + " is not a pair of actors (a < b < n)");
    }
    if (!std::isfinite(network::tie_weight(tie, options.edge_weight))) {
      throw std::invalid_argument("map: tie weight is not finite");
    }
    if (network.corpus.signed_layers && !std::isnan(tie.net) && !(std::abs(tie.net) <= 1)) {
      throw std::invalid_argument("map: net score outside [-1, 1]");
    }
  }
}

std::vector<double> tie_weights(const network::Network& network, network::WeightKind kind) {
  std::vector<double> out;
  out.reserve(network.ties.size());
  for (const network::Tie& tie : network.ties) out.push_back(network::tie_weight(tie, kind));
  return out;
}

void set_graph_attributes(const CGraph& graph, const network::Network& network,
                          const MapOptions& options, const ValueRange& sizes,
                          const ValueRange& weights) {
  Agraph_t* g = graph.get();
  set_attribute(g, "layout", options.layout);
  // neato (stress majorisation, Gansner, Koren & North 2004, Graph Drawing,
  // doi:10.1007/978-3-540-31843-9_25) starts from positions drawn with this
  // seed: same seed, same picture.
  set_attribute(g, "start", std::to_string(options.seed));
  // Remove node and label overlaps after layout while keeping its shape
  // (prism, Gansner & Hu 2010, JGAA 14(1), doi:10.7155/jgaa.00198).
  set_attribute(g, "overlap", "prism");
  set_attribute(g, "sep", "+12");       // keep 12 pt between node labels
  set_attribute(g, "splines", "true");  // route ties around nodes
  set_attribute(g, "outputorder", "edgesfirst");
  set_attribute(g, "bgcolor", "white");
  set_attribute(g, "pad", "0.3");
  set_attribute(g, "fontname", kFont);
  set_attribute(g, "labelloc", "t");
  Heading heading;
  heading.title = options.title;
  const bool signed_map = network.corpus.signed_layers;
  heading.caption = caption_text(network.corpus) +
                    (signed_map ? (network::is_edge_list_network(network.corpus) ? std::string("; signs from the edge list")
                                                                                : relations_caption(network.corpus.relations_source))
                                : "");
  heading.node_legend = node_size_legend(options.node_size_label, sizes);
  if (!options.node_groups.empty()) {
    std::size_t groups = 0;
    for (std::size_t g : options.node_groups) groups = std::max(groups, g + 1);
    heading.node_legend += "; node colour: " + options.node_group_label + ", " + std::to_string(groups) +
                           (groups == 1 ? " group" : " groups") +
                           (groups > kGroupColours ? " (colours repeat after six)" : "");
  }
  heading.edge_legend =
      edge_width_legend(options.edge_weight, weights, network::is_edge_list_network(network.corpus));
  heading.tie_colour = signed_map ? kWidthSampleColour : kTieColour;
  if (signed_map) heading.extra_rows = signed_legend_rows(kStyleSamplePenWidth, kSignedAlpha);
  if (!weights.empty) {
    heading.thin_pen_width = varies(weights) ? kMinPenWidth : kUniformPenWidth;
    heading.thick_pen_width = varies(weights) ? kMaxPenWidth : kUniformPenWidth;
    heading.thin_label = format_value(weights.min);
    heading.thick_label = format_value(weights.max);
  }
  set_html_attribute(g, g, "label", heading_html(heading));
}

void set_defaults(const CGraph& graph, bool signed_map) {
  Agraph_t* g = graph.get();
  // Every node gets its own label; the default is declared anyway because
  // gvContext() declares it (as \N) for all graphs opened after it, and the
  // DOT must not depend on whether a context was ever created.
  set_default(g, AGNODE, "label", "\\N");
  set_default(g, AGNODE, "shape", "circle");
  // The circle is sized by the value; the name may overhang it. Overlap
  // removal still accounts for the label.
  set_default(g, AGNODE, "fixedsize", "shape");
  set_default(g, AGNODE, "style", "filled");
  // No outline: overhanging names stay clean. Signed maps draw nodes in a
  // neutral colour, so that the ties' orange-to-blue scale is the only hue.
  const char* fill = signed_map ? kSignedNodeFill : kNodeFill;
  set_default(g, AGNODE, "fillcolor", fill);
  set_default(g, AGNODE, "color", fill);
  set_default(g, AGNODE, "fontname", kFont);
  set_default(g, AGNODE, "fontsize", "14");
  set_default(g, AGEDGE, "color",
              signed_map ? std::string(kNoRelationColour) + kSignedAlpha : kTieColour);
}

// Circle diameter (inches) for a size value: area linear in the value.
double node_diameter(const ValueRange& sizes, double value) {
  if (!varies(sizes)) return kUniformDiameter;
  const double min_area = kMinDiameter * kMinDiameter;
  const double max_area = kMaxDiameter * kMaxDiameter;
  return std::sqrt(min_area + fraction(sizes, value) * (max_area - min_area));
}

// One node per actor, in Network::actors order; returns the circle diameters.
std::vector<double> add_nodes(const CGraph& graph, const network::Network& network,
                              const MapOptions& options, std::vector<Agnode_t*>& nodes) {
  const ValueRange sizes = range_of(options.node_size_values);
  const bool sized = !options.node_size_values.empty();
  std::vector<double> diameters;
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const network::ActorNode& actor = network.actors[i];
    std::vector<char> id(actor.id.begin(), actor.id.end());
    id.push_back('\0');
    if (actor.id.empty() || agnode(graph.get(), id.data(), 0) != nullptr) {
      throw std::invalid_argument("map: actor id '" + actor.id + "' is empty or not unique");
    }
    Agnode_t* node = agnode(graph.get(), id.data(), 1);
    const double value = sized ? options.node_size_values[i] : 0.0;
    const double diameter = node_diameter(sizes, value);
    set_attribute(node, "width", format_fixed(diameter, 3));
    set_attribute(node, "height", format_fixed(diameter, 3));
    set_attribute(node, "label", escape_plain_label(actor.name));
    if (!options.node_groups.empty()) {
      const char* fill = kGroupFills[options.node_groups.at(i) % kGroupColours];
      set_attribute(node, "fillcolor", fill);
      set_attribute(node, "color", fill);
    }
    set_attribute(node, "tooltip",
                  escape_tooltip(node_tooltip(actor, options.node_size_label, sized, value)));
    nodes.push_back(node);
    diameters.push_back(diameter);
  }
  return diameters;
}

// One edge per tie, in Network::ties order.
void add_ties(const CGraph& graph, const network::Network& network, const MapOptions& options,
              const std::vector<Agnode_t*>& nodes, const std::vector<double>& diameters) {
  const std::vector<double> weights = tie_weights(network, options.edge_weight);
  const ValueRange range = range_of(weights);
  for (std::size_t k = 0; k < network.ties.size(); ++k) {
    const network::Tie& tie = network.ties[k];
    Agedge_t* edge = agedge(graph.get(), nodes[tie.a], nodes[tie.b], nullptr, 1);
    const double width =
        varies(range) ? kMinPenWidth + fraction(range, weights[k]) * (kMaxPenWidth - kMinPenWidth)
                      : kUniformPenWidth;
    set_attribute(edge, "penwidth", format_fixed(width, 2));
    set_attribute(edge, "len",
                  format_fixed((diameters[tie.a] + diameters[tie.b]) / 2 + kTieGap, 3));
    const std::string& name_a = network.actors[tie.a].name;
    const std::string& name_b = network.actors[tie.b].name;
    if (!network.corpus.signed_layers) {
      set_attribute(edge, "tooltip",
                    escape_tooltip(tie_tooltip(name_a, name_b, tie, options.edge_weight)));
      continue;
    }
    set_attribute(edge, "color", net_colour(tie.net) + kSignedAlpha);
    const NetLine line = net_line(tie.net);
    if (line != NetLine::kSolid) set_attribute(edge, "style", graphviz_style(line));
    set_attribute(edge, "tooltip",
                  escape_tooltip(signed_tie_tooltip(name_a, name_b, tie, options.edge_weight)));
  }
}

// Builds the complete, not yet laid out graph.
void build_graph(const CGraph& graph, const network::Network& network, const MapOptions& options) {
  check_input(network, options);
  set_graph_attributes(graph, network, options, range_of(options.node_size_values),
                       range_of(tie_weights(network, options.edge_weight)));
  set_defaults(graph, network.corpus.signed_layers);
  std::vector<Agnode_t*> nodes;
  const std::vector<double> diameters = add_nodes(graph, network, options, nodes);
  add_ties(graph, network, options, nodes, diameters);
}

}  // namespace

std::string network_to_dot(const network::Network& network, const MapOptions& options) {
  const GraphvizMessages messages;
  const CGraph graph("actornet", Agundirected, messages);
  build_graph(graph, network, options);
  return graph.to_dot(messages);
}

std::string render_svg(const network::Network& network, const MapOptions& options) {
  const GraphvizMessages messages;
  const GraphvizContext& context = GraphvizContext::process_wide(messages);
  const std::vector<std::string> engines = context.layout_engines();
  if (!std::binary_search(engines.begin(), engines.end(), options.layout)) {
    std::string known;
    for (const std::string& e : engines) known += (known.empty() ? "" : ", ") + e;
    throw io::UsageError("unknown layout engine '" + options.layout + "' (installed: " + known +
                         ")");
  }
  const CGraph graph("actornet", Agundirected, messages);
  build_graph(graph, network, options);
  const GraphLayout layout(context, graph, options.layout, messages);
  return layout.render("svg", messages);
}

}  // namespace actornet::render
