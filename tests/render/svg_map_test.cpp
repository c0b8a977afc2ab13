#include "render/svg_map.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

#include "io/errors.hpp"
#include "render/svg_probe.hpp"

namespace actornet::render {
namespace {

using network::ActorNode;
using network::Network;
using network::Tie;
using test::parse_xml;
using test::svg_items;
using test::svg_texts;
using test::XmlEvent;

const std::string kEnDash = "\xE2\x80\x93";

Tie tie_of(std::size_t a, std::size_t b, std::int64_t count) {
  Tie tie;
  tie.a = a;
  tie.b = b;
  tie.count = count;
  tie.units = count;
  return tie;
}

// The realistic seven-actor network (counts = sentences naming both):
//
//                       China
//                    8 /     \ 6
//   Armenia --2-- Russia ==80== Iran
//                / |    \5    3/ |
//            20 /  |12  Gulf states  |25
//              /   |                 |
//   United States  |                 |
//             15 \ |                 |
//                 Israel ------------+
//
// Actors sorted by id, ties by (a, b), as Network requires.
Network seven_actors() {
  Network net;
  net.actors = {{"ARM", "Armenia", "state", 4, 11},       {"CHN", "China", "state", 20, 27},
                {"GULF", "Gulf states", "group", 12, 19}, {"IRN", "Iran", "state", 140, 147},
                {"ISR", "Israel", "state", 60, 67},       {"RUS", "Russia", "state", 150, 157},
                {"USA", "United States", "state", 45, 52}};
  net.ties = {tie_of(0, 5, 2),  tie_of(1, 3, 6),  tie_of(1, 5, 8),  tie_of(2, 3, 3),
              tie_of(2, 5, 5),  tie_of(3, 4, 25), tie_of(3, 5, 80), tie_of(4, 5, 12),
              tie_of(4, 6, 15), tie_of(5, 6, 20)};
  net.corpus = {5, 1234, "sentence", "binary", "2024-03", "2025-07"};
  network::compute_normalised_weights(net);
  return net;
}

MapOptions seven_options() {
  MapOptions options;
  options.title = "Actors in the Middle East coverage";
  options.node_size_values = {0.04, 0.09, 0.06, 0.27, 0.14, 0.30, 0.10};
  return options;
}

std::vector<XmlEvent> parse_ok(const std::string& svg) {
  std::string error;
  std::vector<XmlEvent> events = parse_xml(svg, &error);
  EXPECT_EQ(error, "");
  return events;
}

double attr(const std::map<std::string, std::string>& attributes, const std::string& name) {
  return std::stod(attributes.at(name));
}

std::vector<std::string> heading_texts(const std::vector<XmlEvent>& events) {
  std::vector<std::string> out;
  for (const test::SvgText& t : svg_texts(events)) {
    if (t.group.empty()) out.push_back(t.text);
  }
  return out;
}

bool contains(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

TEST(SvgMap, DocumentIsWellFormedXmlWithSvgRoot) {
  const std::string svg = render_svg(seven_actors(), seven_options());
  EXPECT_EQ(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"", 0), 0u);
  const std::vector<XmlEvent> events = parse_ok(svg);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.front().name, "svg");
  EXPECT_EQ(events.back().name, "svg");
}

TEST(SvgMap, OneNodeGroupPerActorAndOneEdgeGroupPerTie) {
  const Network net = seven_actors();
  const std::vector<XmlEvent> events = parse_ok(render_svg(net, seven_options()));
  std::vector<std::string> node_titles;
  for (const auto& item : svg_items(events, "node")) node_titles.push_back(item.title);
  EXPECT_EQ(node_titles,
            (std::vector<std::string>{"ARM", "CHN", "GULF", "IRN", "ISR", "RUS", "USA"}));
  std::vector<std::string> edge_titles;
  for (const auto& item : svg_items(events, "edge")) edge_titles.push_back(item.title);
  std::vector<std::string> expected;
  for (const Tie& t : net.ties) expected.push_back(net.actors[t.a].id + "--" + net.actors[t.b].id);
  std::sort(edge_titles.begin(), edge_titles.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(edge_titles, expected);
}

TEST(SvgMap, HeadingShowsTitleCaptionAndLegend) {
  const std::vector<std::string> texts =
      heading_texts(parse_ok(render_svg(seven_actors(), seven_options())));
  EXPECT_TRUE(contains(texts, "Actors in the Middle East coverage"));
  EXPECT_TRUE(contains(texts,
                       "5 documents, 1,234 sentences, 2024-03 to 2025-07; "
                       "binary counting per sentence"));
  EXPECT_TRUE(contains(texts, "node size: PageRank (0.04" + kEnDash + "0.3)"));
  EXPECT_TRUE(contains(texts, "edge width: co-occurrence count (2" + kEnDash + "80)"));
  // The two samples are labelled with the weakest and strongest count.
  EXPECT_TRUE(contains(texts, "2"));
  EXPECT_TRUE(contains(texts, "80"));
}

// Stroke width as Graphviz writes it: left out when it is the SVG default 1.
double stroke_width(const std::map<std::string, std::string>& attributes) {
  return attributes.count("stroke-width") ? attr(attributes, "stroke-width") : 1.0;
}

// The legend's sample lines (the only polylines in the map) are exactly as
// thick as the thinnest and the thickest tie.
TEST(SvgMap, LegendSamplesMatchTheThinnestAndThickestTie) {
  const std::vector<XmlEvent> events = parse_ok(render_svg(seven_actors(), seven_options()));
  std::vector<double> samples;
  for (const XmlEvent& e : events) {
    if (e.kind == XmlEvent::kStart && e.name == "polyline")
      samples.push_back(stroke_width(e.attributes));
  }
  std::vector<double> ties;
  for (const auto& edge : svg_items(events, "edge")) ties.push_back(stroke_width(edge.shape));
  ASSERT_EQ(samples.size(), 2u);
  EXPECT_EQ(samples[0], *std::min_element(ties.begin(), ties.end()));
  EXPECT_EQ(samples[1], *std::max_element(ties.begin(), ties.end()));
  EXPECT_EQ(samples[1], 9.0);
}

// Every y coordinate in a path's "d" or a polyline's "points" (x,y pairs).
std::vector<double> path_ys(const std::string& d) {
  std::vector<double> numbers;
  const char* p = d.c_str();
  while (*p != '\0') {
    char* end = nullptr;
    const double v = std::strtod(p, &end);
    if (end == p) {
      ++p;
    } else {
      numbers.push_back(v);
      p = end;
    }
  }
  std::vector<double> ys;
  for (std::size_t i = 1; i < numbers.size(); i += 2) ys.push_back(numbers[i]);
  return ys;
}

TEST(SvgMap, HeadingLiesAboveTheNetworkAndTextIsAtLeast12pt) {
  const std::vector<XmlEvent> events = parse_ok(render_svg(seven_actors(), seven_options()));
  double heading_bottom = -std::numeric_limits<double>::infinity();
  for (const test::SvgText& t : svg_texts(events)) {
    EXPECT_GE(attr(t.attributes, "font-size"), 12.0) << t.text;
    // Baseline plus a descender allowance of a third of the font size.
    if (t.group.empty()) {
      heading_bottom =
          std::max(heading_bottom, attr(t.attributes, "y") + attr(t.attributes, "font-size") / 3);
    }
  }
  for (const XmlEvent& e : events) {  // the legend's sample lines
    if (e.kind != XmlEvent::kStart || e.name != "polyline") continue;
    for (double y : path_ys(e.attributes.at("points"))) {
      heading_bottom = std::max(heading_bottom, y + stroke_width(e.attributes) / 2);
    }
  }
  double network_top = std::numeric_limits<double>::infinity();
  for (const auto& node : svg_items(events, "node")) {
    network_top = std::min(network_top, attr(node.shape, "cy") - attr(node.shape, "ry"));
    for (const std::string& text : node.texts) EXPECT_FALSE(text.empty());
  }
  for (const auto& edge : svg_items(events, "edge")) {
    for (double y : path_ys(edge.shape.at("d"))) network_top = std::min(network_top, y);
  }
  EXPECT_LT(heading_bottom, network_top);
}

TEST(SvgMap, NodeCirclesDoNotOverlap) {
  const auto nodes = svg_items(parse_ok(render_svg(seven_actors(), seven_options())), "node");
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    for (std::size_t j = i + 1; j < nodes.size(); ++j) {
      const double dx = attr(nodes[i].shape, "cx") - attr(nodes[j].shape, "cx");
      const double dy = attr(nodes[i].shape, "cy") - attr(nodes[j].shape, "cy");
      EXPECT_GE(std::hypot(dx, dy), attr(nodes[i].shape, "rx") + attr(nodes[j].shape, "rx"))
          << nodes[i].title << " and " << nodes[j].title;
    }
  }
}

// Area encodes the value: r^2 is linear in it between the smallest and the
// largest, so (r^2 - r_min^2) / (r_max^2 - r_min^2) = (v - v_min) / (v_max - v_min).
TEST(SvgMap, NodeAreaIsLinearInTheSizeValue) {
  const MapOptions options = seven_options();
  const auto nodes = svg_items(parse_ok(render_svg(seven_actors(), options)), "node");
  ASSERT_EQ(nodes.size(), 7u);
  const double r_min = attr(nodes[0].shape, "rx");  // ARM, 0.04
  const double r_max = attr(nodes[5].shape, "rx");  // RUS, 0.30
  ASSERT_GT(r_max, r_min);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    EXPECT_EQ(nodes[i].shape.at("rx"), nodes[i].shape.at("ry")) << "not a circle";
    const double r = attr(nodes[i].shape, "rx");
    const double area_share = (r * r - r_min * r_min) / (r_max * r_max - r_min * r_min);
    const double value_share = (options.node_size_values[i] - 0.04) / (0.30 - 0.04);
    EXPECT_NEAR(area_share, value_share, 0.01) << nodes[i].title;
  }
}

TEST(SvgMap, EqualOrMissingSizeValuesGiveUniformNodes) {
  struct Case {
    std::vector<double> values;
    std::string legend;
  };
  const std::vector<Case> cases = {
      {{}, "node size: uniform"},
      {std::vector<double>(7, 0.2), "node size: PageRank (all 0.2)"},
  };
  for (const Case& c : cases) {
    MapOptions options = seven_options();
    options.node_size_values = c.values;
    const auto events = parse_ok(render_svg(seven_actors(), options));
    const auto nodes = svg_items(events, "node");
    for (const auto& node : nodes) EXPECT_EQ(node.shape.at("rx"), nodes[0].shape.at("rx"));
    EXPECT_TRUE(contains(heading_texts(events), c.legend)) << c.legend;
  }
}

// Edge width follows the chosen weight: sorting ties by weight sorts their
// stroke widths too, and the weakest/strongest get the extreme widths.
TEST(SvgMap, TieWidthGrowsWithTheChosenWeight) {
  const Network net = seven_actors();
  for (network::WeightKind kind :
       {network::WeightKind::kCount, network::WeightKind::kAssociationStrength,
        network::WeightKind::kJaccard}) {
    MapOptions options = seven_options();
    options.edge_weight = kind;
    const auto edges = svg_items(parse_ok(render_svg(net, options)), "edge");
    ASSERT_EQ(edges.size(), net.ties.size());
    std::vector<std::pair<double, double>> weight_and_width;
    for (const auto& edge : edges) {
      const std::string tail = edge.title.substr(0, edge.title.find("--"));
      const std::string head = edge.title.substr(edge.title.find("--") + 2);
      for (const Tie& t : net.ties) {
        if (net.actors[t.a].id == tail && net.actors[t.b].id == head) {
          weight_and_width.emplace_back(network::tie_weight(t, kind), stroke_width(edge.shape));
        }
      }
    }
    ASSERT_EQ(weight_and_width.size(), net.ties.size());
    std::sort(weight_and_width.begin(), weight_and_width.end());
    for (std::size_t i = 1; i < weight_and_width.size(); ++i) {
      EXPECT_LE(weight_and_width[i - 1].second, weight_and_width[i].second)
          << network::to_string(kind);
    }
    EXPECT_LT(weight_and_width.front().second, weight_and_width.back().second);
  }
}

TEST(SvgMap, TooltipsCarryIdUnitsMentionsAndWeights) {
  const std::vector<XmlEvent> events = parse_ok(render_svg(seven_actors(), seven_options()));
  const auto nodes = svg_items(events, "node");
  EXPECT_EQ(nodes[5].tooltip, "Russia (RUS)\nunits: 150, mentions: 157\nPageRank: 0.3");
  // Association strength N c / (s_i s_j) (van Eck & Waltman 2009) by hand:
  // 1234 * 80 / (140 * 150) = 98720 / 21000 = 4.7009...
  bool found = false;
  for (const auto& edge : svg_items(events, "edge")) {
    if (edge.title != "IRN--RUS") continue;
    found = true;
    EXPECT_EQ(edge.tooltip, "Iran " + kEnDash + " Russia: count 80, association 4.70");
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace actornet::render
