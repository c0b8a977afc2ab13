// svg_map with signed layers (CorpusSummary::signed_layers): tie colour by
// net score, dashes for rivalry, the legend that explains both, tooltips,
// determinism and the golden DOT.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/net_palette.hpp"
#include "render/svg_map.hpp"
#include "render/svg_probe.hpp"

namespace actornet::render {
namespace {

using network::Network;
using network::Tie;
using test::parse_xml;
using test::svg_items;
using test::svg_texts;
using test::XmlEvent;

const std::string kEnDash = "\xE2\x80\x93";
const std::string kMinus = "\xE2\x88\x92";
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Tie signed_tie(std::size_t a, std::size_t b, std::int64_t count, double cooperation,
               double rivalry) {
  Tie tie;
  tie.a = a;
  tie.b = b;
  tie.count = count;
  tie.units = count;
  tie.cooperation = cooperation;
  tie.rivalry = rivalry;
  tie.cooperation_count = cooperation > 0 ? 2 : 0;
  tie.rivalry_count = rivalry > 0 ? 1 : 0;
  tie.net = network::net_score(cooperation, rivalry);
  return tie;
}

// The seven actors with relations tagged; net = (C - R) / (C + R):
//
//                       China
//                  +0.8 /
//   Armenia ..NaN.. Russia ====+0.6==== Iran
//                 / |   \ +1          / |
//           -0.4 /  |+0.4 Gulf  -1   /  | -1
//               /   |          ,----'   |
//   United States --0-- Israel ---------+
//         \______________-1____________/   (IRN-USA: count 0, curated only)
Network signed_seven() {
  Network net;
  net.actors = {{"ARM", "Armenia", "state", 4, 11},       {"CHN", "China", "state", 20, 27},
                {"GULF", "Gulf states", "group", 12, 19}, {"IRN", "Iran", "state", 140, 147},
                {"ISR", "Israel", "state", 60, 67},       {"RUS", "Russia", "state", 150, 157},
                {"USA", "United States", "state", 45, 52}};
  net.ties = {signed_tie(0, 5, 2, 0, 0),       // ARM-RUS  NaN
              signed_tie(1, 5, 8, 9, 1),       // CHN-RUS  +0.8
              signed_tie(2, 5, 5, 5, 0),       // GULF-RUS +1
              signed_tie(3, 4, 25, 0, 13),     // IRN-ISR  -1
              signed_tie(3, 5, 80, 8, 2),      // IRN-RUS  +0.6
              signed_tie(3, 6, 0, 0, 6.5),     // IRN-USA  -1, count 0
              signed_tie(4, 5, 12, 7, 3),      // ISR-RUS  +0.4
              signed_tie(4, 6, 15, 2.5, 2.5),  // ISR-USA  0
              signed_tie(5, 6, 20, 3, 7)};     // RUS-USA  -0.4
  net.corpus = {5, 1234, "sentence", "binary", "2024-03", "2025-07"};
  net.corpus.signed_layers = true;
  net.corpus.relations_source = "both";
  network::compute_normalised_weights(net);
  return net;
}

MapOptions seven_options() {
  MapOptions options;
  options.title = "Cooperation and rivalry";
  options.node_size_values = {0.04, 0.09, 0.06, 0.27, 0.14, 0.30, 0.10};
  return options;
}

std::vector<XmlEvent> parse_ok(const std::string& svg) {
  std::string error;
  std::vector<XmlEvent> events = parse_xml(svg, &error);
  EXPECT_EQ(error, "");
  return events;
}

const Tie& tie_of_edge(const Network& net, const std::string& title) {
  for (const Tie& t : net.ties) {
    if (net.actors[t.a].id + "--" + net.actors[t.b].id == title) return t;
  }
  throw std::logic_error("no tie for edge " + title);
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Blue minus red of an SVG "#rrggbb": -213 for vermillion, 0 for grey, +178
// for blue.
int blue_minus_red(const std::string& hex) {
  unsigned int r = 0, g = 0, b = 0;
  EXPECT_EQ(std::sscanf(hex.c_str(), "#%2x%2x%2x", &r, &g, &b), 3) << hex;
  return static_cast<int>(b) - static_cast<int>(r);
}

TEST(SvgMapSigned, TieColourFollowsTheNetScore) {
  const Network net = signed_seven();
  const auto edges = svg_items(parse_ok(render_svg(net, seven_options())), "edge");
  ASSERT_EQ(edges.size(), net.ties.size());
  std::vector<std::pair<double, int>> net_and_blueness;
  for (const auto& edge : edges) {
    const Tie& tie = tie_of_edge(net, edge.title);
    const std::string& stroke = edge.shape.at("stroke");
    EXPECT_EQ(stroke, lower(net_colour(tie.net))) << edge.title;
    EXPECT_NEAR(std::stod(edge.shape.at("stroke-opacity")), 0.85, 0.01) << edge.title;
    if (!std::isnan(tie.net)) net_and_blueness.emplace_back(tie.net, blue_minus_red(stroke));
  }
  std::sort(net_and_blueness.begin(), net_and_blueness.end());
  ASSERT_EQ(net_and_blueness.size(), 8u);
  for (std::size_t i = 1; i < net_and_blueness.size(); ++i) {
    const auto& [lo_net, lo_blue] = net_and_blueness[i - 1];
    const auto& [hi_net, hi_blue] = net_and_blueness[i];
    if (hi_net > lo_net) {
      EXPECT_GT(hi_blue, lo_blue) << lo_net << " -> " << hi_net;
    } else {
      EXPECT_EQ(hi_blue, lo_blue) << hi_net;  // equal scores, equal colours
    }
  }
  EXPECT_EQ(net_and_blueness.front().second, 0x00 - 0xD5);  // -1: vermillion #D55E00
  EXPECT_EQ(net_and_blueness.back().second, 0xB2 - 0x00);   // +1: blue #0072B2
}

// Graphviz 2.43's core SVG renderer writes style=dashed as "5,2" and dotted
// as "1,5".
TEST(SvgMapSigned, RivalryIsDashedAndMissingRelationsDotted) {
  const Network net = signed_seven();
  const auto edges = svg_items(parse_ok(render_svg(net, seven_options())), "edge");
  for (const auto& edge : edges) {
    const Tie& tie = tie_of_edge(net, edge.title);
    const auto dash = edge.shape.find("stroke-dasharray");
    const std::string pattern = dash == edge.shape.end() ? "" : dash->second;
    const std::string expected = std::isnan(tie.net) ? "1,5" : tie.net < 0 ? "5,2" : "";
    EXPECT_EQ(pattern, expected) << edge.title << " net " << tie.net;
  }
}

std::vector<std::string> heading_texts(const std::vector<XmlEvent>& events) {
  std::vector<std::string> out;
  for (const test::SvgText& t : svg_texts(events)) {
    if (t.group.empty()) out.push_back(t.text);
  }
  return out;
}

TEST(SvgMapSigned, LegendExplainsColourDashesWidthAndSize) {
  const std::vector<XmlEvent> events = parse_ok(render_svg(signed_seven(), seven_options()));
  const std::vector<std::string> texts = heading_texts(events);
  for (const std::string& text :
       {std::string("5 documents, 1,234 sentences, 2024-03 to 2025-07; binary counting per "
                    "sentence; relations: automatic tagging and curated coding"),
        "node size: PageRank (0.04" + kEnDash + "0.3)",
        "edge width: co-occurrence count (0" + kEnDash + "80)",
        "edge colour: net score (C " + kMinus + " R) / (C + R)", std::string("rivalry"),
        std::string("cooperation"), kMinus + "1", std::string("0"), std::string("+1"),
        std::string("line:"), std::string("rivalry (dashed)"), std::string("balanced (net 0)"),
        std::string("no cooperation or rivalry found (dotted)")}) {
    EXPECT_NE(std::find(texts.begin(), texts.end(), text), texts.end()) << text;
  }
  // Legend lines: two width samples (neutral grey) and four style samples.
  std::vector<std::string> dashes;
  for (const XmlEvent& e : events) {
    if (e.kind != XmlEvent::kStart || e.name != "polyline") continue;
    const auto dash = e.attributes.find("stroke-dasharray");
    dashes.push_back(dash == e.attributes.end() ? "" : dash->second);
  }
  EXPECT_EQ(dashes, (std::vector<std::string>{"", "", "", "5,2", "", "1,5"}));
}

// Every y coordinate in a path's "d" or a polyline's "points" (x,y pairs).
std::vector<double> path_ys(const std::string& d) {
  std::vector<double> numbers;
  for (const char* p = d.c_str(); *p != '\0';) {
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

TEST(SvgMapSigned, TallerLegendStillClearsTheNetwork) {
  const std::vector<XmlEvent> events = parse_ok(render_svg(signed_seven(), seven_options()));
  double heading_bottom = -std::numeric_limits<double>::infinity();
  for (const test::SvgText& t : svg_texts(events)) {
    EXPECT_GE(std::stod(t.attributes.at("font-size")), 12.0) << t.text;
    if (t.group.empty()) {
      heading_bottom = std::max(heading_bottom, std::stod(t.attributes.at("y")) +
                                                    std::stod(t.attributes.at("font-size")) / 3);
    }
  }
  for (const XmlEvent& e : events) {  // legend lines and colour swatches
    if (e.kind != XmlEvent::kStart || (e.name != "polyline" && e.name != "polygon")) continue;
    if (e.attributes.at("fill") == "white") continue;  // the background
    for (double y : path_ys(e.attributes.at("points")))
      heading_bottom = std::max(heading_bottom, y);
  }
  double network_top = std::numeric_limits<double>::infinity();
  for (const auto& node : svg_items(events, "node")) {
    network_top =
        std::min(network_top, std::stod(node.shape.at("cy")) - std::stod(node.shape.at("ry")));
  }
  for (const auto& edge : svg_items(events, "edge")) {
    for (double y : path_ys(edge.shape.at("d"))) network_top = std::min(network_top, y);
  }
  EXPECT_LT(heading_bottom, network_top);
}

TEST(SvgMapSigned, TooltipsAndNeutralNodes) {
  const std::vector<XmlEvent> events = parse_ok(render_svg(signed_seven(), seven_options()));
  std::vector<std::string> tooltips;
  for (const auto& edge : svg_items(events, "edge")) tooltips.push_back(edge.tooltip);
  // IRN-RUS: C = 8, R = 2, net 6 / 10; association 1234 * 80 / (140 * 150) =
  // 4.70 (van Eck & Waltman 2009). ARM-RUS: nothing tagged.
  for (const std::string& tooltip :
       {"Iran " + kEnDash +
            " Russia: cooperation 8 (2), rivalry 2 (1), net +0.60, withheld 0; "
            "co-occurrence 80, association 4.70",
        "Armenia " + kEnDash +
            " Russia: cooperation 0 (0), rivalry 0 (0), net undefined, withheld 0; "
            "co-occurrence 2, association 4.11"}) {
    EXPECT_NE(std::find(tooltips.begin(), tooltips.end(), tooltip), tooltips.end()) << tooltip;
  }
  // Nodes in a neutral warm grey: the ties' scale is the only hue.
  for (const auto& node : svg_items(events, "node")) {
    EXPECT_EQ(node.shape.at("fill"), "#e3dccb") << node.title;
  }
}

TEST(SvgMapSigned, WidthStillFollowsTheChosenWeight) {
  const Network net = signed_seven();
  MapOptions options = seven_options();
  options.edge_weight = network::WeightKind::kRivalry;
  std::vector<std::pair<double, double>> rivalry_and_width;
  for (const auto& edge : svg_items(parse_ok(render_svg(net, options)), "edge")) {
    const auto width = edge.shape.find("stroke-width");
    rivalry_and_width.emplace_back(tie_of_edge(net, edge.title).rivalry,
                                   width == edge.shape.end() ? 1.0 : std::stod(width->second));
  }
  std::sort(rivalry_and_width.begin(), rivalry_and_width.end());
  EXPECT_EQ(rivalry_and_width.front().second, 1.0);  // R = 0
  EXPECT_EQ(rivalry_and_width.back().second, 9.0);   // R = 13, IRN-ISR
  for (std::size_t i = 1; i < rivalry_and_width.size(); ++i) {
    EXPECT_LE(rivalry_and_width[i - 1].second, rivalry_and_width[i].second);
  }
}

TEST(SvgMapSigned, DeterministicAndUnchangedWithoutTheFlag) {
  const Network net = signed_seven();
  const MapOptions options = seven_options();
  EXPECT_EQ(network_to_dot(net, options), network_to_dot(net, options));
  EXPECT_EQ(render_svg(net, options), render_svg(net, options));
  // Without signed_layers the signed fields are ignored: the DOT equals that
  // of the same network with default fields.
  Network flag_off = net;
  flag_off.corpus.signed_layers = false;
  Network plain = flag_off;
  for (Tie& tie : plain.ties) {
    const Tie defaults;
    tie.cooperation = defaults.cooperation;
    tie.rivalry = defaults.rivalry;
    tie.cooperation_count = tie.rivalry_count = tie.withheld_count = 0;
    tie.net = defaults.net;
  }
  const std::string dot = network_to_dot(flag_off, options);
  EXPECT_EQ(dot, network_to_dot(plain, options));
  EXPECT_EQ(dot.find("dashed"), std::string::npos);
  EXPECT_EQ(dot.find("relations:"), std::string::npos);
}

TEST(SvgMapSigned, HostileNamesStayLiteralInSignedTooltips) {
  Network net;
  net.actors = {{"EVA", "<b>&\\N", "state", 3, 3}, {"EVB", "x\\ny", "state", 2, 2}};
  net.ties = {signed_tie(0, 1, 2, 1, 3)};
  net.corpus.signed_layers = true;
  const auto edges = svg_items(parse_ok(render_svg(net, MapOptions{})), "edge");
  ASSERT_EQ(edges.size(), 1u);
  const std::string expected = "<b>&\\N " + kEnDash + " x\\ny: cooperation 1 (2), rivalry 3 (1)";
  EXPECT_EQ(edges[0].tooltip.substr(0, expected.size()), expected);
}

TEST(SvgMapSigned, NetOutsideTheScaleIsRejected) {
  Network net = signed_seven();
  net.ties[0].net = 1.5;
  EXPECT_THROW(network_to_dot(net, seven_options()), std::invalid_argument);
  net.corpus.signed_layers = false;  // not drawn, not checked
  EXPECT_NO_THROW(network_to_dot(net, seven_options()));
}

}  // namespace
}  // namespace actornet::render
