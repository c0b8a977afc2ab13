// Tests for network/graphml.hpp: exact round trips through igraph's GraphML
// writer and reader, and validation of files that break the contract.
#include "network/graphml.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "io/errors.hpp"

namespace actornet::network {
namespace {

std::string temp_path(const std::string& suffix) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return ::testing::TempDir() + "actornet_graphml_" + info->test_suite_name() + "_" +
         info->name() + suffix + ".graphml";
}

std::string write_temp(const std::string& text, const std::string& suffix = "") {
  const std::string path = temp_path(suffix);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

//   IRN (s=5) ---- RUS (s=4)      c = 2 (count 3)
//     |
//   USA (s=3)                     c = 1 (count 1)      TUR: no ties, last
// N = 7 units, chosen so that 1/3-like values appear (jaccard 2/7, 1/7).
Network sample_network() {
  Network network;
  network.corpus = {12, 7, "sentence", "binary", "2024-01-05", "2024-03", "", false, ""};
  network.actors = {{"IRN", "Iran", "state", 5, 9},
                    {"RUS", "Russia", "state", 4, 4},
                    {"TUR", "T\xc3\xbcrkiye <&> \"Turkey\" 'TR'", "state", 0, 0},
                    {"USA", "United States", "state", 3, 5}};
  network.ties = {{0, 1, 3, 2}, {0, 3, 1, 1}};
  compute_normalised_weights(network);
  return network;
}

void expect_same(const Network& got, const Network& want) {
  EXPECT_EQ(got.corpus.documents, want.corpus.documents);
  EXPECT_EQ(got.corpus.units, want.corpus.units);
  EXPECT_EQ(got.corpus.unit, want.corpus.unit);
  EXPECT_EQ(got.corpus.counting, want.corpus.counting);
  EXPECT_EQ(got.corpus.date_min, want.corpus.date_min);
  EXPECT_EQ(got.corpus.date_max, want.corpus.date_max);
  ASSERT_EQ(got.actors.size(), want.actors.size());
  for (std::size_t i = 0; i < want.actors.size(); ++i) {
    EXPECT_EQ(got.actors[i].id, want.actors[i].id);
    EXPECT_EQ(got.actors[i].name, want.actors[i].name);
    EXPECT_EQ(got.actors[i].type, want.actors[i].type);
    EXPECT_EQ(got.actors[i].units, want.actors[i].units);
    EXPECT_EQ(got.actors[i].mentions, want.actors[i].mentions);
  }
  ASSERT_EQ(got.ties.size(), want.ties.size());
  for (std::size_t k = 0; k < want.ties.size(); ++k) {
    const Tie& g = got.ties[k];
    const Tie& w = want.ties[k];
    EXPECT_EQ(g.a, w.a);
    EXPECT_EQ(g.b, w.b);
    EXPECT_EQ(g.count, w.count);
    EXPECT_EQ(g.units, w.units);
    // Bit-for-bit, not approximately: see graphml.hpp, "Precision".
    EXPECT_EQ(g.association_strength, w.association_strength);
    EXPECT_EQ(g.jaccard, w.jaccard);
    EXPECT_EQ(g.cosine, w.cosine);
  }
}

TEST(GraphmlRoundTrip, IsExact) {
  const Network network = sample_network();
  const std::string text = write_graphml(network);
  expect_same(read_graphml(write_temp(text)), network);
}

TEST(GraphmlRoundTrip, IgraphPrintsOnly15Digits) {
  // Why read_graphml recomputes the normalised weights: 2/7 is written as
  // 0.285714285714286, which parses to a different double than 2.0 / 7.
  const std::string text = write_graphml(sample_network());
  EXPECT_NE(text.find(">0.285714285714286<"), std::string::npos) << text;
  EXPECT_NE(std::stod("0.285714285714286"), 2.0 / 7.0);
}

TEST(GraphmlRoundTrip, DeclaresEveryAttribute) {
  const std::string text = write_graphml(sample_network());
  const char* keys[] = {
      R"(<key id="g_documents" for="graph" attr.name="documents" attr.type="double"/>)",
      R"(<key id="g_units" for="graph" attr.name="units" attr.type="double"/>)",
      R"(<key id="g_unit" for="graph" attr.name="unit" attr.type="string"/>)",
      R"(<key id="g_counting" for="graph" attr.name="counting" attr.type="string"/>)",
      R"(<key id="g_date_min" for="graph" attr.name="date_min" attr.type="string"/>)",
      R"(<key id="g_date_max" for="graph" attr.name="date_max" attr.type="string"/>)",
      R"(<key id="v_id" for="node" attr.name="id" attr.type="string"/>)",
      R"(<key id="v_name" for="node" attr.name="name" attr.type="string"/>)",
      R"(<key id="v_type" for="node" attr.name="type" attr.type="string"/>)",
      R"(<key id="v_units" for="node" attr.name="units" attr.type="double"/>)",
      R"(<key id="v_mentions" for="node" attr.name="mentions" attr.type="double"/>)",
      R"(<key id="e_count" for="edge" attr.name="count" attr.type="double"/>)",
      R"(<key id="e_units" for="edge" attr.name="units" attr.type="double"/>)",
      R"(<key id="e_association" for="edge" attr.name="association" attr.type="double"/>)",
      R"(<key id="e_jaccard" for="edge" attr.name="jaccard" attr.type="double"/>)",
      R"(<key id="e_cosine" for="edge" attr.name="cosine" attr.type="double"/>)",
      R"(<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>)",
      R"(<graph id="G" edgedefault="undirected">)",
      // XML escaping of the awkward name, UTF-8 kept as is.
      "T\xc3\xbcrkiye &lt;&amp;&gt; &quot;Turkey&quot; &apos;TR&apos;"};
  for (const char* key : keys) EXPECT_NE(text.find(key), std::string::npos) << key;
  // weight repeats count: tie IRN-RUS has count 3.
  EXPECT_NE(text.find(R"(<data key="e_weight">3</data>)"), std::string::npos);
}

TEST(GraphmlRoundTrip, EmptyNetworkKeepsCorpusSummary) {
  Network network;
  network.corpus = {0, 0, "paragraph", "full", "", "", "", false, ""};
  expect_same(read_graphml(write_temp(write_graphml(network))), network);
}

TEST(GraphmlWrite, RefusesBadNetworks) {
  Network big = sample_network();
  big.ties[0].count = 1'000'000'000'000'000;  // 10^15: no longer exact in 15 digits
  EXPECT_THROW(write_graphml(big), io::DataError);
  Network broken = sample_network();
  broken.ties[1].b = 9;
  EXPECT_THROW(write_graphml(broken), io::DataError);
}

// A file as another tool might write it: nodes out of id order, an edge with
// source > target, attribute types float/int, keys in another order.
// N = 10; IRN s=5, RUS s=4, USA s=2. IRN-RUS c=2: association 10*2/20 = 1,
// jaccard 2/7, cosine 2/sqrt(20). IRN-USA c=1: association 1, jaccard 1/6,
// cosine 1/sqrt(10).
const char* const kForeignFile = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="graph" attr.name="documents" attr.type="int"/>
  <key id="k1" for="graph" attr.name="units" attr.type="int"/>
  <key id="k2" for="graph" attr.name="unit" attr.type="string"/>
  <key id="k3" for="graph" attr.name="counting" attr.type="string"/>
  <key id="k4" for="graph" attr.name="date_min" attr.type="string"/>
  <key id="k5" for="graph" attr.name="date_max" attr.type="string"/>
  <key id="id" for="node" attr.name="id" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="nu" for="node" attr.name="units" attr.type="int"/>
  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
  <key id="count" for="edge" attr.name="count" attr.type="float"/>
  <key id="eu" for="edge" attr.name="units" attr.type="float"/>
  <key id="association" for="edge" attr.name="association" attr.type="double"/>
  <key id="jaccard" for="edge" attr.name="jaccard" attr.type="double"/>
  <key id="cosine" for="edge" attr.name="cosine" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <data key="k0">3</data><data key="k1">10</data><data key="k2">sentence</data>
    <data key="k3">binary</data><data key="k4">2024</data><data key="k5">2025</data>
    <node id="a"><data key="id">USA</data><data key="name">United States</data><data key="type">state</data><data key="nu">2</data><data key="mentions">2</data></node>
    <node id="b"><data key="id">RUS</data><data key="name">Russia</data><data key="type">state</data><data key="nu">4</data><data key="mentions">6</data></node>
    <node id="c"><data key="id">IRN</data><data key="name">Iran</data><data key="type">state</data><data key="nu">5</data><data key="mentions">5</data></node>
    <edge source="b" target="c"><data key="count">2</data><data key="eu">2</data><data key="association">1</data><data key="jaccard">0.285714285714286</data><data key="cosine">0.447213595499958</data></edge>
    <edge source="c" target="a"><data key="count">1</data><data key="eu">1</data><data key="association">1</data><data key="jaccard">0.166666666666667</data><data key="cosine">0.316227766016838</data></edge>
  </graph>
</graphml>
)";

TEST(GraphmlRead, NormalisesOrderAndRestoresExactWeights) {
  const Network network = read_graphml(write_temp(kForeignFile));
  ASSERT_EQ(network.actors.size(), 3u);
  EXPECT_EQ(network.actors[0].id, "IRN");
  EXPECT_EQ(network.actors[1].id, "RUS");
  EXPECT_EQ(network.actors[2].id, "USA");
  EXPECT_EQ(network.actors[1].mentions, 6);
  ASSERT_EQ(network.ties.size(), 2u);
  EXPECT_EQ(network.ties[0].a, 0u);  // IRN - RUS
  EXPECT_EQ(network.ties[0].b, 1u);
  EXPECT_EQ(network.ties[1].a, 0u);  // IRN - USA
  EXPECT_EQ(network.ties[1].b, 2u);
  EXPECT_EQ(network.ties[0].jaccard, 2.0 / 7.0);  // exact, not the file's 15 digits
  EXPECT_EQ(network.ties[1].jaccard, 1.0 / 6.0);
  EXPECT_EQ(network.corpus.units, 10);
  EXPECT_EQ(network.corpus.date_max, "2025");
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  if (at == std::string::npos) {
    ADD_FAILURE() << "fixture lacks: " << from;
  } else {
    text.replace(at, from.size(), to);
  }
  return text;
}

struct BrokenFile {
  const char* name;
  std::string text;
  const char* message;  // expected in the error, after the file name
};

TEST(GraphmlRead, RejectsBrokenFilesNamingThem) {
  const std::string ok = kForeignFile;
  const BrokenFile cases[] = {
      {"missing_graph_units", replaced(ok, R"(<data key="k1">10</data>)", ""),
       "graph attribute 'units' is missing"},
      {"undeclared_graph_key", replaced(ok, R"(<key id="k2" for="graph" attr.name="unit" attr.type="string"/>)", ""),
       "missing graph attribute 'unit'"},
      {"node_without_mentions", replaced(ok, R"(<data key="mentions">6</data>)", ""),
       "node 2 ('RUS') mentions is missing"},
      {"units_as_string", replaced(ok, R"(attr.name="units" attr.type="int")", R"(attr.name="units" attr.type="string")"),
       "graph attribute 'units' must be numeric"},
      {"no_id_key", replaced(ok, R"(<key id="id" for="node" attr.name="id" attr.type="string"/>)", ""),
       "nodes carry no 'id' data"},
      {"edge_to_undeclared_node", replaced(ok, R"(target="a")", R"(target="zz")"),
       "node 4 has no id"},
      {"duplicate_tie", replaced(ok, "</graph>", R"(<edge source="a" target="c"><data key="count">1</data><data key="eu">1</data><data key="association">1</data><data key="jaccard">0.166666666666667</data><data key="cosine">0.316227766016838</data></edge></graph>)"),
       "more than one edge joins 'IRN' and 'USA'"},
      {"self_loop", replaced(ok, R"(source="c" target="a")", R"(source="c" target="c")"),
       "edge 2 ('IRN' - 'IRN') is a self-loop"},
      {"duplicate_id", replaced(ok, R"(<data key="id">USA</data>)", R"(<data key="id">RUS</data>)"),
       "two nodes have the id 'RUS'"},
      {"fractional_count", replaced(ok, R"(<data key="count">2</data>)", R"(<data key="count">2.5</data>)"),
       "count must be a non-negative integer, got 2.5"},
      {"negative_units", replaced(ok, R"(<data key="nu">4</data>)", R"(<data key="nu">-4</data>)"),
       "node 2 ('RUS') units must be a non-negative integer"},
      {"inconsistent_jaccard", replaced(ok, ">0.285714285714286<", ">0.3<"),
       "edge 'IRN' - 'RUS': jaccard 0.29999999999999999 disagrees with 0.2857142857142857"},
      {"missing_edge_attribute", replaced(ok, R"(<key id="cosine" for="edge" attr.name="cosine" attr.type="double"/>)", ""),
       "missing edge attribute 'cosine'"},
      {"not_a_number", replaced(ok, R"(<data key="k0">3</data>)", R"(<data key="k0">three</data>)"),
       "not readable as GraphML: Unexpected character 't' while parsing real number"},
  };
  for (const BrokenFile& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = write_temp(c.text, std::string("_") + c.name);
    try {
      read_graphml(path);
      ADD_FAILURE() << "accepted";
    } catch (const io::DataError& error) {
      const std::string message = error.what();
      EXPECT_EQ(message.rfind(path, 0), 0u) << message;  // starts with the file
      EXPECT_NE(message.find(c.message), std::string::npos) << message;
    }
  }
}

TEST(GraphmlRead, XmlErrorsKeepTheirLine) {
  // Line 4 closes <a> with </b>; libxml2 reports the mismatch on line 4.
  const std::string path = write_temp(
      "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "<graph edgedefault=\"undirected\">\n<node id=\"n0\"></nodx>\n</graph>\n</graphml>\n");
  try {
    read_graphml(path);
    FAIL() << "accepted";
  } catch (const io::DataError& error) {
    EXPECT_EQ(error.where().file, path);
    EXPECT_EQ(error.where().line, 4u);
    EXPECT_NE(std::string(error.what()).find(path + ":4: not readable as GraphML: "),
              std::string::npos)
        << error.what();
  }
}

TEST(GraphmlRead, MissingFileIsADataError) {
  const std::string path = temp_path("_does_not_exist");
  std::remove(path.c_str());
  try {
    read_graphml(path);
    FAIL() << "accepted";
  } catch (const io::DataError& error) {
    EXPECT_NE(std::string(error.what()).find(path + ": cannot open GraphML file"),
              std::string::npos)
        << error.what();
  }
}

// ---- signed layers ----------------------------------------------------------

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void set_signed(Tie& tie, double cooperation, double rivalry, std::int64_t n_coop,
                std::int64_t n_riv, std::int64_t n_withheld) {
  tie.cooperation = cooperation;
  tie.rivalry = rivalry;
  tie.cooperation_count = n_coop;
  tie.rivalry_count = n_riv;
  tie.withheld_count = n_withheld;
  tie.net = net_score(cooperation, rivalry);
}

// sample_network() with relations tagged:
//   IRN - RUS  C = 0.1 + 0.2 (0.30000000000000004: not 15-digit exact), R = 0.3,
//              so net = 5.55e-17 / 0.6 > 0 though C and R print alike;
//   IRN - USA  no cooperation or rivalry, 2 withheld: net undefined (NaN);
//   RUS - USA  count 0 (a pair joined only by a hand-coded relation):
//              C = 0, R = 0.8 x 7.2 = 5.76, net -1.
Network signed_network() {
  Network network = sample_network();
  network.corpus.signed_layers = true;
  network.corpus.relations_source = "both";
  Tie curated_only;
  curated_only.a = 1;
  curated_only.b = 3;
  network.ties.push_back(curated_only);
  compute_normalised_weights(network);
  set_signed(network.ties[0], 0.1 + 0.2, 0.3, 2, 1, 0);
  set_signed(network.ties[1], 0.0, 0.0, 0, 0, 2);
  set_signed(network.ties[2], 0.0, 0.8 * 7.2, 0, 1, 0);
  return network;
}

TEST(GraphmlSigned, RoundTripKeepsSignedLayersNaNAndSigns) {
  const Network network = signed_network();
  ASSERT_GT(network.ties[0].net, 0.0);  // the fixture's point: a tiny positive net
  const Network read = read_graphml(write_temp(write_graphml(network)));
  expect_same(read, network);
  EXPECT_TRUE(read.corpus.signed_layers);
  EXPECT_EQ(read.corpus.relations_source, "both");
  ASSERT_EQ(read.ties.size(), 3u);
  for (std::size_t k = 0; k < 3; ++k) {
    SCOPED_TRACE(k);
    const Tie& got = read.ties[k];
    const Tie& want = network.ties[k];
    // 15 significant digits: relative error at most 5e-15 (graphml.hpp).
    EXPECT_NEAR(got.cooperation, want.cooperation, 5e-15 * want.cooperation);
    EXPECT_NEAR(got.rivalry, want.rivalry, 5e-15 * want.rivalry);
    EXPECT_EQ(got.cooperation_count, want.cooperation_count);
    EXPECT_EQ(got.rivalry_count, want.rivalry_count);
    EXPECT_EQ(got.withheld_count, want.withheld_count);
    EXPECT_EQ(got.sign(), want.sign());
    EXPECT_EQ(std::isnan(got.net), std::isnan(want.net));
    if (!std::isnan(want.net)) {
      EXPECT_NEAR(got.net, want.net, 5e-15 * std::abs(want.net));
    }
  }
  EXPECT_EQ(read.ties[2].count, 0);
  EXPECT_EQ(read.ties[2].jaccard, 0.0);  // units 0: normalised weights 0
}

TEST(GraphmlSigned, ActorRelationScoresRoundTrip) {
  Network network = signed_network();
  network.actors[0].cooperation_given = 7.25;
  network.actors[0].rivalry_received = 2.0;
  network.actors[0].net_stance = 0.5;
  network.actors[0].positive_degree = 2;
  network.actors[1].negative_degree = 1;  // RUS keeps an undefined (NaN) stance
  const Network read = read_graphml(write_temp(write_graphml(network)));
  EXPECT_DOUBLE_EQ(read.actors[0].cooperation_given, 7.25);
  EXPECT_DOUBLE_EQ(read.actors[0].rivalry_received, 2.0);
  EXPECT_DOUBLE_EQ(read.actors[0].net_stance, 0.5);
  EXPECT_EQ(read.actors[0].positive_degree, 2);
  EXPECT_EQ(read.actors[1].negative_degree, 1);
  EXPECT_TRUE(std::isnan(read.actors[1].net_stance));
  // An unsigned network writes no actor scores.
  const std::string unsigned_text = write_graphml(sample_network());
  EXPECT_EQ(unsigned_text.find("cooperation_given"), std::string::npos);
}

TEST(GraphmlSigned, UndefinedNetIsAnAbsentValue) {
  const std::string text = write_graphml(signed_network());
  for (const char* key :
       {R"(<key id="g_signed_layers" for="graph" attr.name="signed_layers" attr.type="boolean"/>)",
        R"(<key id="g_relations_source" for="graph" attr.name="relations_source" attr.type="string"/>)",
        R"(<key id="e_cooperation" for="edge" attr.name="cooperation" attr.type="double"/>)",
        R"(<key id="e_rivalry" for="edge" attr.name="rivalry" attr.type="double"/>)",
        R"(<key id="e_cooperation_count" for="edge" attr.name="cooperation_count" attr.type="double"/>)",
        R"(<key id="e_rivalry_count" for="edge" attr.name="rivalry_count" attr.type="double"/>)",
        R"(<key id="e_withheld_count" for="edge" attr.name="withheld_count" attr.type="double"/>)",
        R"(<key id="e_net" for="edge" attr.name="net" attr.type="double"/>)",
        R"(<data key="g_signed_layers">true</data>)", R"(<data key="e_withheld_count">2</data>)",
        R"(<data key="e_net">-1</data>)", R"(<data key="e_rivalry">5.76</data>)"}) {
    EXPECT_NE(text.find(key), std::string::npos) << key;
  }
  // Two of three ties have a net score; the NaN one has none, and no text
  // such as "nan" stands for it.
  std::size_t nets = 0;
  for (std::size_t at = text.find("\"e_net\">"); at != std::string::npos;
       at = text.find("\"e_net\">", at + 1)) {
    ++nets;
  }
  EXPECT_EQ(nets, 2u);
  EXPECT_EQ(text.find("nan"), std::string::npos);
  EXPECT_EQ(text.find("NaN"), std::string::npos);
}

TEST(GraphmlSigned, NetworkWithoutSignedLayersCarriesNoSignedEdgeData) {
  const std::string text = write_graphml(sample_network());
  EXPECT_EQ(text.find("e_cooperation"), std::string::npos);
  EXPECT_EQ(text.find("e_net"), std::string::npos);
  EXPECT_NE(text.find(R"(<data key="g_signed_layers">false</data>)"), std::string::npos);
  const Network read = read_graphml(write_temp(text));
  EXPECT_FALSE(read.corpus.signed_layers);
  EXPECT_EQ(read.corpus.relations_source, "");
  for (const Tie& tie : read.ties) {
    EXPECT_EQ(tie.cooperation, 0.0);
    EXPECT_TRUE(std::isnan(tie.net));
  }
}

TEST(GraphmlSigned, FileOfAnotherToolWithoutThemGetsDefaults) {
  const Network network = read_graphml(write_temp(kForeignFile));
  EXPECT_FALSE(network.corpus.signed_layers);
  EXPECT_EQ(network.corpus.relations_source, "");
  for (const Tie& tie : network.ties) {
    EXPECT_EQ(tie.rivalry, 0.0);
    EXPECT_EQ(tie.withheld_count, 0);
    EXPECT_EQ(tie.sign(), 0);
  }
}

// kForeignFile plus signed edge keys but no signed_layers graph attribute;
// IRN-RUS: C = 4, R = 6, net -0.2 written as "-0.2"; IRN-USA: nothing tagged,
// net written as the text "nan" (as networkx writes NaN).
std::string foreign_signed_file() {
  std::string text = kForeignFile;
  text = replaced(text, R"(<graph id="G")",
                  R"(<key id="co" for="edge" attr.name="cooperation" attr.type="double"/>
  <key id="ri" for="edge" attr.name="rivalry" attr.type="double"/>
  <key id="cc" for="edge" attr.name="cooperation_count" attr.type="int"/>
  <key id="rc" for="edge" attr.name="rivalry_count" attr.type="int"/>
  <key id="wc" for="edge" attr.name="withheld_count" attr.type="int"/>
  <key id="ne" for="edge" attr.name="net" attr.type="double"/>
  <graph id="G")");
  text = replaced(text, R"(<data key="cosine">0.447213595499958</data>)",
                  R"(<data key="cosine">0.447213595499958</data><data key="co">4</data><data key="ri">6</data><data key="cc">1</data><data key="rc">2</data><data key="wc">0</data><data key="ne">-0.2</data>)");
  text = replaced(text, R"(<data key="cosine">0.316227766016838</data>)",
                  R"(<data key="cosine">0.316227766016838</data><data key="co">0</data><data key="ri">0</data><data key="cc">0</data><data key="rc">0</data><data key="wc">1</data><data key="ne">nan</data>)");
  return text;
}

TEST(GraphmlSigned, EdgesWithCooperationImplySignedLayers) {
  const Network network = read_graphml(write_temp(foreign_signed_file()));
  EXPECT_TRUE(network.corpus.signed_layers);
  ASSERT_EQ(network.ties.size(), 2u);
  EXPECT_EQ(network.ties[0].net, -0.2);  // (4 - 6) / 10
  EXPECT_EQ(network.ties[0].rivalry_count, 2);
  EXPECT_TRUE(std::isnan(network.ties[1].net));
  EXPECT_EQ(network.ties[1].withheld_count, 1);
}

TEST(GraphmlSigned, RejectsInconsistentSignedLayers) {
  const std::string ok = foreign_signed_file();
  const std::string with_flag = replaced(
      replaced(ok, R"(<graph id="G")", R"(<key id="sl" for="graph" attr.name="signed_layers" attr.type="boolean"/>
  <graph id="G")"),
      R"(<data key="k0">3</data>)", R"(<data key="k0">3</data><data key="sl">false</data>)");
  const BrokenFile cases[] = {
      {"net_disagrees", replaced(ok, R"(<data key="ne">-0.2</data>)", R"(<data key="ne">0.2</data>)"),
       "edge 1 ('IRN' - 'RUS'): net 0.2 disagrees with (C - R) / (C + R) = -0.2"},
      {"net_without_relations", replaced(ok, R"(<data key="ne">nan</data>)", R"(<data key="ne">0</data>)"),
       "edge 2 ('IRN' - 'USA'): net 0 given although cooperation + rivalry = 0"},
      {"missing_net_value", replaced(ok, R"(<data key="ne">-0.2</data>)", ""),
       "net is undefined although cooperation + rivalry > 0"},
      {"negative_rivalry", replaced(ok, R"(<data key="ri">6</data>)", R"(<data key="ri">-6</data>)"),
       "edge 1 ('IRN' - 'RUS'): rivalry must be finite and >= 0, got -6"},
      {"missing_rivalry_key", replaced(ok, R"(<key id="ri" for="edge" attr.name="rivalry" attr.type="double"/>)", ""),
       "missing edge attribute 'rivalry'"},
      {"fractional_withheld", replaced(ok, R"(<data key="wc">1</data>)", R"(<data key="wc">0.5</data>)"),
       "withheld_count must be a non-negative integer"},
      {"flag_false_but_signed_edges", with_flag,
       "edges carry 'cooperation' but graph attribute 'signed_layers' is false"},
      {"flag_not_boolean", replaced(with_flag, R"(attr.name="signed_layers" attr.type="boolean")", R"(attr.name="signed_layers" attr.type="string")"),
       "graph attribute 'signed_layers' must be a boolean"},
  };
  for (const BrokenFile& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = write_temp(c.text, std::string("_") + c.name);
    try {
      read_graphml(path);
      ADD_FAILURE() << "accepted";
    } catch (const io::DataError& error) {
      const std::string message = error.what();
      EXPECT_EQ(message.rfind(path, 0), 0u) << message;
      EXPECT_NE(message.find(c.message), std::string::npos) << message;
    }
  }
}

TEST(GraphmlSigned, UnknownRelationsSourceIsRejected) {
  Network network = signed_network();
  network.corpus.relations_source = "guessed";
  const std::string path = write_temp(write_graphml(network));
  try {
    read_graphml(path);
    FAIL() << "accepted";
  } catch (const io::DataError& error) {
    EXPECT_NE(std::string(error.what()).find("'relations_source' must be auto, curated, both or "
                                             "empty, got 'guessed'"),
              std::string::npos)
        << error.what();
  }
}

TEST(GraphmlSigned, WriteRefusesInconsistentSignedLayers) {
  Network wrong_net = signed_network();
  wrong_net.ties[2].net = 1.0;  // C = 0, R = 5.76: net must be -1
  EXPECT_THROW(write_graphml(wrong_net), io::DataError);
  Network missing_net = signed_network();
  missing_net.ties[0].net = kNaN;
  EXPECT_THROW(write_graphml(missing_net), io::DataError);
  // Without signed layers the fields are not written, so not checked.
  wrong_net.corpus.signed_layers = false;
  EXPECT_NO_THROW(write_graphml(wrong_net));
}

}  // namespace
}  // namespace actornet::network
