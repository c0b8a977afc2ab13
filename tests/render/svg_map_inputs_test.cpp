// svg_map against awkward inputs: hostile names, degenerate networks,
// inconsistent data; plus determinism and the golden DOT.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "io/errors.hpp"
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

Tie tie_of(std::size_t a, std::size_t b, std::int64_t count) {
  Tie tie;
  tie.a = a;
  tie.b = b;
  tie.count = count;
  tie.units = count;
  return tie;
}

std::vector<XmlEvent> parse_ok(const std::string& svg) {
  std::string error;
  std::vector<XmlEvent> events = parse_xml(svg, &error);
  EXPECT_EQ(error, "");
  return events;
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

// Markup, an entity, a quote and Graphviz's escape sequences (\N = node name,
// \G = graph name, \n = line break, \\ = backslash) must come out literally.
TEST(SvgMapInputs, HostileNamesAreShownLiterallyNotInterpreted) {
  const std::vector<std::string> hostile = {"<script>&\"\\N", "a\\nb &amp; \\\\", "\\G&#92;E'"};
  Network net;
  net.actors = {{"EVA", hostile[0], "state", 3, 4},
                {"EVB", hostile[1], "state", 3, 3},
                {"EVC", hostile[2], "state", 1, 1}};
  net.ties = {tie_of(0, 1, 2), tie_of(1, 2, 1)};
  MapOptions options;
  options.title = "</B>" + hostile[0] + hostile[2];
  options.node_size_label = "<i>\\N";
  options.node_size_values = {1, 2, 3};
  testing::internal::CaptureStderr();
  const std::string svg = render_svg(net, options);
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "") << "Graphviz wrote to stderr";
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.find("<i>"), std::string::npos);
  const std::vector<XmlEvent> events = parse_ok(svg);

  const auto nodes = svg_items(events, "node");
  ASSERT_EQ(nodes.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(nodes[i].texts, std::vector<std::string>{hostile[i]});
    EXPECT_EQ(nodes[i].tooltip.substr(0, hostile[i].size() + 6),
              hostile[i] + " (" + net.actors[i].id + ")");
    EXPECT_NE(nodes[i].tooltip.find("\n<i>\\N: " + std::to_string(i + 1)), std::string::npos);
  }
  const auto edges = svg_items(events, "edge");
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(edges[0].tooltip.substr(0, hostile[0].size()), hostile[0]);
  const std::vector<std::string> heading = heading_texts(events);
  EXPECT_TRUE(contains(heading, "</B>" + hostile[0] + hostile[2]));
  EXPECT_TRUE(contains(heading,
                       "node size: <i>\\N (1\xE2\x80\x93"
                       "3)"));

  // The DOT quotes the escaped name; \N stays a literal backslash-N there too.
  EXPECT_NE(network_to_dot(net, options).find("label=\"<script>&amp;\\\"\\\\N\""),
            std::string::npos);
}

TEST(SvgMapInputs, ControlCharactersAndInvalidUtf8StillGiveWellFormedSvg) {
  Network net;
  net.actors = {{"BAD", std::string("tab\there\x01 bell\x07 \xC3(", 18), "state", 1, 1}};
  const std::vector<XmlEvent> events = parse_ok(render_svg(net, MapOptions{}));
  const auto nodes = svg_items(events, "node");
  ASSERT_EQ(nodes.size(), 1u);
  // Control characters become spaces; the stray 0xC3 becomes U+FFFD. The SVG
  // renderer writes the second of two spaces as &#160; (no-break space).
  EXPECT_EQ(nodes[0].texts.at(0),
            "tab here \xC2\xA0"
            "bell \xC2\xA0\xEF\xBF\xBD(");
}

struct DegenerateCase {
  std::string name;
  Network network;
  std::size_t nodes;
  std::size_t edges;
};

TEST(SvgMapInputs, DegenerateNetworksStillRender) {
  Network empty;  // no actors at all
  Network lonely;
  lonely.actors = {{"SOL", "Solo", "state", 1, 1}};
  Network no_ties;  //   A   B   C   (three isolated actors)
  no_ties.actors = {
      {"A", "Alpha", "state", 1, 1}, {"B", "Beta", "state", 2, 2}, {"C", "Gamma", "state", 3, 3}};
  const std::vector<DegenerateCase> cases = {
      {"empty", empty, 0, 0}, {"single", lonely, 1, 0}, {"no ties", no_ties, 3, 0}};
  for (const DegenerateCase& c : cases) {
    const std::vector<XmlEvent> events = parse_ok(render_svg(c.network, MapOptions{}));
    EXPECT_EQ(svg_items(events, "node").size(), c.nodes) << c.name;
    EXPECT_EQ(svg_items(events, "edge").size(), c.edges) << c.name;
    const std::vector<std::string> heading = heading_texts(events);
    EXPECT_TRUE(contains(heading, "Actor co-occurrence network")) << c.name;
    EXPECT_TRUE(contains(heading, "node size: uniform")) << c.name;
    EXPECT_TRUE(contains(heading, "edge width: no ties")) << c.name;
    EXPECT_TRUE(contains(heading, "0 documents, 0 sentences; binary counting per sentence"))
        << c.name;
  }
}

TEST(SvgMapInputs, SameInputGivesIdenticalDotAndSvg) {
  Network net;
  net.actors = {{"A", "Alpha", "state", 5, 5},
                {"B", "Beta", "state", 4, 4},
                {"C", "Gamma", "state", 3, 3},
                {"D", "Delta", "state", 2, 2}};
  net.ties = {tie_of(0, 1, 3), tie_of(0, 2, 2), tie_of(1, 2, 1), tie_of(2, 3, 1)};
  MapOptions options;
  options.node_size_values = {4, 3, 2, 1};
  EXPECT_EQ(network_to_dot(net, options), network_to_dot(net, options));
  EXPECT_EQ(render_svg(net, options), render_svg(net, options));
  // The seed is the only difference another seed makes to the DOT.
  MapOptions reseeded = options;
  reseeded.seed = 7;
  std::string dot = network_to_dot(net, options);
  const std::string other = network_to_dot(net, reseeded);
  dot.replace(dot.find("start=1"), 7, "start=7");
  EXPECT_EQ(dot, other);
}

TEST(SvgMapInputs, InconsistentInputIsRejectedBeforeGraphviz) {
  const auto base = [] {
    Network net;
    net.actors = {{"A", "Alpha", "state", 1, 1}, {"B", "Beta", "state", 1, 1}};
    net.ties = {tie_of(0, 1, 1)};
    return net;
  };
  struct Case {
    std::string name;
    std::function<void(Network&, MapOptions&)> spoil;
  };
  const std::vector<Case> cases = {
      {"too few size values", [](Network&, MapOptions& o) { o.node_size_values = {1}; }},
      {"NaN size value",
       [](Network&, MapOptions& o) {
         o.node_size_values = {1, std::nan("")};
       }},
      {"tie to a missing actor", [](Network& n, MapOptions&) { n.ties[0].b = 2; }},
      {"tie with a >= b", [](Network& n, MapOptions&) { std::swap(n.ties[0].a, n.ties[0].b); }},
      {"duplicate actor id", [](Network& n, MapOptions&) { n.actors[1].id = "A"; }},
      {"empty actor id", [](Network& n, MapOptions&) { n.actors[0].id = ""; }},
  };
  for (const Case& c : cases) {
    Network net = base();
    MapOptions options;
    c.spoil(net, options);
    EXPECT_THROW(network_to_dot(net, options), std::invalid_argument) << c.name;
    EXPECT_THROW(render_svg(net, options), std::invalid_argument) << c.name;
  }
  MapOptions unknown_engine;
  unknown_engine.layout = "no-such-engine";
  try {
    render_svg(base(), unknown_engine);
    ADD_FAILURE() << "no exception";
  } catch (const io::UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("neato"), std::string::npos) << e.what();
  }
}

// Golden DOT for a three-actor path (DOT, not SVG: the SVG embeds the
// Graphviz version).
//
//   Alpha ==4== Beta --1-- Gamma        size values 0.1, 0.4, 0.2
//
// By hand: diameters (area linear between 0.4 in and 1.1 in) 0.4, 1.1 and
// sqrt(0.4^2 + (1/3) (1.1^2 - 0.4^2)) = sqrt(0.51) = 0.714; pen widths 9 (the
// strongest tie) and 1 (the weakest); len = mean diameter + 1.5 in gap =
// 2.250 and 2.407; association strength N c / (s_i s_j) = 20*4/(5*8) = 2.00
// and 20*1/(8*2) = 1.25 (van Eck & Waltman 2009).
TEST(SvgMapInputs, GoldenDotForAThreeActorPath) {
  Network net;
  net.actors = {{"ALP", "Alpha", "state", 5, 6},
                {"BET", "Beta", "state", 8, 8},
                {"GAM", "Gamma", "group", 2, 2}};
  net.ties = {tie_of(0, 1, 4), tie_of(1, 2, 1)};
  net.corpus = {2, 20, "sentence", "binary", "2024-01", "2024-02"};
  network::compute_normalised_weights(net);
  MapOptions options;
  options.title = "Three actors";
  options.node_size_values = {0.1, 0.4, 0.2};
  options.node_size_label = "degree";
  const std::string expected = R"DOT(graph actornet {
	graph [bgcolor=white,
		fontname=Helvetica,
		label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR><TD><FONT POINT-SIZE="20"><B>Three actors</B></FONT></TD></TR><TR><TD><FONT POINT-SIZE="13" COLOR="#333333">2 documents, 20 sentences, 2024-01 to 2024-02; binary counting per sentence</FONT></TD></TR><TR><TD HEIGHT="6"></TD></TR><TR><TD>node size: degree (0.1–0.4)</TD></TR><TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4" CELLPADDING="1"><TR><TD>edge width: co-occurrence count (1–4)</TD><TD SIDES="B" BORDER="1" COLOR="#0072B2B3" WIDTH="40">1</TD><TD SIDES="B" BORDER="9" COLOR="#0072B2B3" WIDTH="40">4</TD></TR></TABLE></TD></TR><TR><TD HEIGHT="10"></TD></TR></TABLE>>,
		labelloc=t,
		layout=neato,
		outputorder=edgesfirst,
		overlap=prism,
		pad=0.3,
		sep="+12",
		splines=true,
		start=1
	];
	node [color="#E69F00",
		fillcolor="#E69F00",
		fixedsize=shape,
		fontname=Helvetica,
		fontsize=14,
		label="\N",
		shape=circle,
		style=filled
	];
	edge [color="#0072B2B3"];
	ALP	[height=0.400,
		label=Alpha,
		tooltip="Alpha (ALP)&#10;units: 5, mentions: 6&#10;degree: 0.1",
		width=0.400];
	BET	[height=1.100,
		label=Beta,
		tooltip="Beta (BET)&#10;units: 8, mentions: 8&#10;degree: 0.4",
		width=1.100];
	ALP -- BET	[len=2.250,
		penwidth=9.00,
		tooltip="Alpha – Beta: count 4, association 2.00"];
	GAM	[height=0.714,
		label=Gamma,
		tooltip="Gamma (GAM)&#10;units: 2, mentions: 2&#10;degree: 0.2",
		width=0.714];
	BET -- GAM	[len=2.407,
		penwidth=1.00,
		tooltip="Beta – Gamma: count 1, association 1.25"];
}
)DOT";
  EXPECT_EQ(network_to_dot(net, options), expected);
}

// Golden DOT for a small signed network (DOT, not SVG: the SVG embeds the
// Graphviz version).
//
//   Alpha ==4, net +0.5== Beta --1, net -1-- Gamma
//       \________2, no relation tagged______/
//
// By hand: net (6 - 2) / 8 = +0.5 and (0 - 4) / 4 = -1; pen widths 9
// (count 4), 1 (count 1) and 1 + (2 - 1) / 3 * 8 = 3.67; len = mean diameter
// + 1.5 in: 2.250, 2.407, 2.057; association N c / (s_i s_j) = 20*4/40 = 2.00,
// 20*1/16 = 1.25, 20*2/10 = 4.00 (van Eck & Waltman 2009). Colours: +1 is
// Okabe-Ito blue #0072B2, -1 vermillion #D55E00, +0.5 half-way in CIELAB
// lightness and sqrt(0.5) of the blue's chroma (net_palette.hpp); alpha D9.
TEST(SvgMapInputs, GoldenDotForASignedTriangle) {
  Network net;
  net.actors = {{"ALP", "Alpha", "state", 5, 6},
                {"BET", "Beta", "state", 8, 8},
                {"GAM", "Gamma", "group", 2, 2}};
  const auto signed_tie = [](std::size_t a, std::size_t b, std::int64_t count, double c, double r,
                             std::int64_t n_coop, std::int64_t n_riv) {
    Tie tie = tie_of(a, b, count);
    tie.cooperation = c;
    tie.rivalry = r;
    tie.cooperation_count = n_coop;
    tie.rivalry_count = n_riv;
    tie.net = network::net_score(c, r);
    return tie;
  };
  net.ties = {signed_tie(0, 1, 4, 6, 2, 2, 1), signed_tie(0, 2, 2, 0, 0, 0, 0),
              signed_tie(1, 2, 1, 0, 4, 0, 1)};
  net.ties[0].withheld_count = 1;
  net.corpus = {2, 20, "sentence", "binary", "2024-01", "2024-02"};
  net.corpus.signed_layers = true;
  net.corpus.relations_source = "curated";
  network::compute_normalised_weights(net);
  MapOptions options;
  options.title = "Three actors";
  options.node_size_values = {0.1, 0.4, 0.2};
  options.node_size_label = "degree";
  const std::string expected = R"DOT(graph actornet {
	graph [bgcolor=white,
		fontname=Helvetica,
		label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR><TD><FONT POINT-SIZE="20"><B>Three actors</B></FONT></TD></TR><TR><TD><FONT POINT-SIZE="13" COLOR="#333333">2 documents, 20 sentences, 2024-01 to 2024-02; binary counting per sentence; relations: curated coding</FONT></TD></TR><TR><TD HEIGHT="6"></TD></TR><TR><TD>node size: degree (0.1–0.4)</TD></TR><TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4" CELLPADDING="1"><TR><TD>edge width: co-occurrence count (1–4)</TD><TD SIDES="B" BORDER="1" COLOR="#555555" WIDTH="40">1</TD><TD SIDES="B" BORDER="9" COLOR="#555555" WIDTH="40">4</TD></TR></TABLE></TD></TR><TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1"><TR><TD ROWSPAN="2" VALIGN="TOP">edge colour: net score (C − R) / (C + R)</TD><TD ROWSPAN="2" WIDTH="8"></TD><TD ROWSPAN="2" VALIGN="TOP">rivalry</TD><TD ROWSPAN="2" WIDTH="8"></TD><TD BGCOLOR="#D55E00D9" WIDTH="18" HEIGHT="14"></TD><TD BGCOLOR="#D86D28D9" WIDTH="18" HEIGHT="14"></TD><TD BGCOLOR="#D77C45D9" WIDTH="18" HEIGHT="14"></TD><TD BGCOLOR="#D18D65D9" WIDTH="18" HEIGHT="14"></TD><TD BGCOLOR="#A6A6A6D9" WIDTH="18" HEIGHT="14"></TD><TD BGCOLOR="#7E9ABCD9" WIDTH="18" HEIGHT="14"></TD><TD BGCOLOR="#608CBBD9" WIDTH="18" HEIGHT="14"></TD><TD BGCOLOR="#3F7FB8D9" WIDTH="18" HEIGHT="14"></TD><TD BGCOLOR="#0072B2D9" WIDTH="18" HEIGHT="14"></TD><TD ROWSPAN="2" WIDTH="8"></TD><TD ROWSPAN="2" VALIGN="TOP">cooperation</TD></TR><TR><TD COLSPAN="2" ALIGN="LEFT">−1</TD><TD COLSPAN="2"></TD><TD>0</TD><TD COLSPAN="2"></TD><TD COLSPAN="2" ALIGN="RIGHT">+1</TD></TR></TABLE></TD></TR><TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4" CELLPADDING="1"><TR><TD>line:</TD><TD SIDES="B" BORDER="3" COLOR="#0072B2D9" WIDTH="40"></TD><TD ALIGN="LEFT">cooperation</TD><TD SIDES="B" BORDER="3" STYLE="dashed" COLOR="#D55E00D9" WIDTH="40"></TD><TD ALIGN="LEFT">rivalry (dashed)</TD><TD SIDES="B" BORDER="3" COLOR="#A6A6A6D9" WIDTH="40"></TD><TD ALIGN="LEFT">balanced (net 0)</TD><TD SIDES="B" BORDER="3" STYLE="dotted" COLOR="#8C8C8CD9" WIDTH="40"></TD><TD ALIGN="LEFT">no cooperation or rivalry found (dotted)</TD></TR></TABLE></TD></TR><TR><TD HEIGHT="10"></TD></TR></TABLE>>,
		labelloc=t,
		layout=neato,
		outputorder=edgesfirst,
		overlap=prism,
		pad=0.3,
		sep="+12",
		splines=true,
		start=1
	];
	node [color="#E3DCCB",
		fillcolor="#E3DCCB",
		fixedsize=shape,
		fontname=Helvetica,
		fontsize=14,
		label="\N",
		shape=circle,
		style=filled
	];
	edge [color="#8C8C8CD9"];
	ALP	[height=0.400,
		label=Alpha,
		tooltip="Alpha (ALP)&#10;units: 5, mentions: 6&#10;degree: 0.1",
		width=0.400];
	BET	[height=1.100,
		label=Beta,
		tooltip="Beta (BET)&#10;units: 8, mentions: 8&#10;degree: 0.4",
		width=1.100];
	ALP -- BET	[color="#608CBBD9",
		len=2.250,
		penwidth=9.00,
		tooltip="Alpha – Beta: cooperation 6 (2), rivalry 2 (1), net +0.50, withheld 1; co-occurrence 4, association 2.00"];
	GAM	[height=0.714,
		label=Gamma,
		tooltip="Gamma (GAM)&#10;units: 2, mentions: 2&#10;degree: 0.2",
		width=0.714];
	ALP -- GAM	[len=2.057,
		penwidth=3.67,
		style=dotted,
		tooltip="Alpha – Gamma: cooperation 0 (0), rivalry 0 (0), net undefined, withheld 0; co-occurrence 2, association 4.00"];
	BET -- GAM	[color="#D55E00D9",
		len=2.407,
		penwidth=1.00,
		style=dashed,
		tooltip="Beta – Gamma: cooperation 0 (0), rivalry 4 (1), net −1.00, withheld 0; co-occurrence 1, association 1.25"];
}
)DOT";
  EXPECT_EQ(network_to_dot(net, options), expected);
}

}  // namespace
}  // namespace actornet::render
