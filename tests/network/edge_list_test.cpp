// Tests for network/edge_list.hpp: reading networks coded elsewhere (weights,
// signs, periods, directed rows), the file:line of every rejection, and the
// round trip of the result through GraphML.
#include "network/edge_list.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "io/errors.hpp"
#include "network/graphml.hpp"
#include "support/temp_dir.hpp"

namespace actornet::network {
namespace {

std::string fixture(const std::string& name) {
  return std::string(ACTORNET_SOURCE_DIR) + "/tests/fixtures/edge_lists/" + name;
}

std::vector<std::string> ids_of(const Network& network) {
  std::vector<std::string> out;
  for (const ActorNode& actor : network.actors) out.push_back(actor.id);
  return out;
}

// The tie between two ids, or nullptr.
const Tie* find_tie(const Network& network, const std::string& x, const std::string& y) {
  for (const Tie& tie : network.ties) {
    const std::string& a = network.actors[tie.a].id;
    const std::string& b = network.actors[tie.b].id;
    if ((a == x && b == y) || (a == y && b == x)) return &tie;
  }
  return nullptr;
}

// tests/fixtures/edge_lists/small_signed.csv (weights; signs spelled +1,
// negative, 0 and Positive; "Gamma, Inc." quoted):
//
//          +3
//   Alpha ----- Beta
//      \         |
//    -2 \        | 0 (neutral)
//        \       |
//        Gamma, Inc. ---- Delta
//                    +5
TEST(EdgeList, SmallSignedListByHand) {
  const Network net = read_edge_list(fixture("small_signed.csv"));
  EXPECT_EQ(ids_of(net), (std::vector<std::string>{"Alpha", "Beta", "Delta", "Gamma, Inc."}));
  EXPECT_EQ(net.actors[0].name, "Alpha");
  EXPECT_EQ(net.actors[0].type, "");
  ASSERT_EQ(net.ties.size(), 4u);
  // Sorted by (a, b) with indices Alpha 0, Beta 1, Delta 2, Gamma 3.
  EXPECT_EQ(std::make_pair(net.ties[0].a, net.ties[0].b), std::make_pair(0ul, 1ul));
  EXPECT_EQ(std::make_pair(net.ties[1].a, net.ties[1].b), std::make_pair(0ul, 3ul));
  EXPECT_EQ(std::make_pair(net.ties[2].a, net.ties[2].b), std::make_pair(1ul, 3ul));
  EXPECT_EQ(std::make_pair(net.ties[3].a, net.ties[3].b), std::make_pair(2ul, 3ul));

  const Tie& ab = net.ties[0];  // +3: C = 3, R = 0, net (3 - 0) / 3 = 1
  EXPECT_EQ(ab.count, 3);
  EXPECT_EQ(ab.cooperation, 3.0);
  EXPECT_EQ(ab.rivalry, 0.0);
  EXPECT_EQ(ab.cooperation_count, 1);
  EXPECT_EQ(ab.net, 1.0);
  const Tie& ag = net.ties[1];  // -2: net -1
  EXPECT_EQ(ag.count, 2);
  EXPECT_EQ(ag.rivalry, 2.0);
  EXPECT_EQ(ag.rivalry_count, 1);
  EXPECT_EQ(ag.net, -1.0);
  const Tie& bg = net.ties[2];  // 0: a tie with count 1, no C or R, undefined net
  EXPECT_EQ(bg.count, 1);
  EXPECT_EQ(bg.cooperation + bg.rivalry, 0.0);
  EXPECT_TRUE(std::isnan(bg.net));
  EXPECT_EQ(bg.sign(), 0);
  EXPECT_EQ(net.ties[3].count, 5);  // "5.0" is the whole number 5
  EXPECT_EQ(net.ties[3].sign(), 1);

  for (const Tie& tie : net.ties) {  // no co-occurrence units: normalised weights 0
    EXPECT_EQ(tie.units, 0);
    EXPECT_EQ(tie.association_strength, 0.0);
    EXPECT_EQ(tie.jaccard, 0.0);
    EXPECT_EQ(tie.cosine, 0.0);
  }
  EXPECT_TRUE(net.corpus.signed_layers);
  EXPECT_EQ(net.corpus.relations_source, "curated");
  EXPECT_EQ(net.corpus.units, 0);
  EXPECT_TRUE(is_edge_list_network(net.corpus));

  // Actor scores (undirected rows: given and received by both). Gamma: C = 5
  // (Delta), R = 2 (Alpha); stance (5 - 2) / (5 + 2) = 3/7; one positive and
  // one negative dyad (Beta's is neutral). Alpha: (3 - 2) / 5 = 0.2.
  const ActorNode& gamma = net.actors[3];
  EXPECT_EQ(gamma.cooperation_given, 5.0);
  EXPECT_EQ(gamma.cooperation_received, 5.0);
  EXPECT_EQ(gamma.rivalry_given, 2.0);
  EXPECT_EQ(gamma.rivalry_received, 2.0);
  EXPECT_DOUBLE_EQ(gamma.net_stance, 3.0 / 7.0);
  EXPECT_EQ(gamma.positive_degree, 1);
  EXPECT_EQ(gamma.negative_degree, 1);
  EXPECT_DOUBLE_EQ(net.actors[0].net_stance, 0.2);
  EXPECT_EQ(net.actors[1].positive_degree, 1);  // Beta: +3 with Alpha, 0 with Gamma
  EXPECT_EQ(net.actors[1].negative_degree, 0);
}

// Read (1954), Gahuku-Gama tribes, as UCINET's GAMA.DAT codes them (see
// tests/fixtures/edge_lists/README.md): 16 tribes, 58 ties, 29 alliances (+1)
// and 29 enmities (-1) (refdata README; signnet's `tribes`).
TEST(EdgeList, GahukuGamaHasSixteenTribesAndFiftyEightSignedTies) {
  const Network net = read_edge_list(fixture("gahuku_gama_edges.csv"));
  EXPECT_EQ(net.actors.size(), 16u);
  ASSERT_EQ(net.ties.size(), 58u);
  int positive = 0, negative = 0;
  for (const Tie& tie : net.ties) {
    positive += tie.sign() > 0;
    negative += tie.sign() < 0;
    EXPECT_EQ(tie.count, 1);
  }
  EXPECT_EQ(positive, 29);
  EXPECT_EQ(negative, 29);
  ASSERT_NE(find_tie(net, "Gavev", "Kotun"), nullptr);  // first data line: Gavev,Kotun,1
  EXPECT_EQ(find_tie(net, "Gavev", "Kotun")->sign(), 1);
  EXPECT_EQ(find_tie(net, "Gavev", "Ove")->sign(), -1);
  // Gavev's rows in the file: allies Kotun, Nagad, Gama; enemies Ove, Alika,
  // Nagam, Gahuk, Asaro. Stance (3 - 5) / 8 = -0.25.
  const ActorNode& gavev = net.actors[4];
  ASSERT_EQ(gavev.id, "Gavev");
  EXPECT_EQ(gavev.positive_degree, 3);
  EXPECT_EQ(gavev.negative_degree, 5);
  EXPECT_DOUBLE_EQ(gavev.net_stance, -0.25);
}

TEST(EdgeList, KarateClubKeepsItsWholeWeights) {
  // Zachary (1977) as tests/fixtures/karate_edges.csv has it: 34 members, 78
  // ties, weights summing to 231 (shared refdata README).
  const Network net =
      read_edge_list(std::string(ACTORNET_SOURCE_DIR) + "/tests/fixtures/karate_edges.csv");
  EXPECT_EQ(net.actors.size(), 34u);
  EXPECT_EQ(net.ties.size(), 78u);
  std::int64_t total = 0;
  for (const Tie& tie : net.ties) total += tie.count;
  EXPECT_EQ(total, 231);
  EXPECT_FALSE(net.corpus.signed_layers);
  EXPECT_EQ(net.corpus.relations_source, "");
  EXPECT_EQ(net.actors[1].id, "10");  // ids sort as text: "1", "10", "11", ...
}

// tests/fixtures/edge_lists/periods.csv:
//   pre-war:  A -> B +2, B -> A -3 (directed), A - C +4
//   war:      A - B -1, C - D +1
TEST(EdgeList, DirectedRowsFoldIntoOneTieAndKeepTheirDirection) {
  const EdgeListData data = read_edge_list_data(fixture("periods.csv"), std::string("pre-war"));
  const Network& net = data.network;
  // Actors of every period stay (D only appears in "war").
  EXPECT_EQ(ids_of(net), (std::vector<std::string>{"A", "B", "C", "D"}));
  ASSERT_EQ(net.ties.size(), 2u);
  const Tie& ab = net.ties[0];
  EXPECT_EQ(ab.count, 5);  // 2 + 3
  EXPECT_EQ(ab.cooperation, 2.0);
  EXPECT_EQ(ab.rivalry, 3.0);
  EXPECT_DOUBLE_EQ(ab.net, -0.2);  // (2 - 3) / (2 + 3)
  EXPECT_EQ(ab.cooperation_count, 1);
  EXPECT_EQ(ab.rivalry_count, 1);
  EXPECT_TRUE(data.any_directed);
  ASSERT_EQ(data.directed_edges.size(), 2u);
  EXPECT_EQ(data.directed_edges[0].source, 0u);
  EXPECT_EQ(data.directed_edges[0].target, 1u);
  EXPECT_EQ(data.directed_edges[0].weight, 2);
  EXPECT_EQ(data.directed_edges[0].sign, 1);
  EXPECT_EQ(data.directed_edges[0].line, 2u);
  EXPECT_EQ(data.directed_edges[1].source, 1u);
  EXPECT_EQ(data.directed_edges[1].sign, -1);
  EXPECT_EQ(data.directed_edges[1].period, "pre-war");
  // A gives cooperation 2 (to B) and 4 (mutual with C), receives rivalry 3
  // from B and cooperation 4 from C; B gives rivalry 3, receives cooperation 2.
  EXPECT_EQ(net.actors[0].cooperation_given, 6.0);
  EXPECT_EQ(net.actors[0].cooperation_received, 4.0);
  EXPECT_EQ(net.actors[0].rivalry_received, 3.0);
  EXPECT_EQ(net.actors[0].rivalry_given, 0.0);
  EXPECT_EQ(net.actors[1].rivalry_given, 3.0);
  EXPECT_EQ(net.actors[1].cooperation_received, 2.0);
  EXPECT_TRUE(std::isnan(net.actors[3].net_stance));  // D has no tie before the war
}

TEST(EdgeList, PeriodsAreListedAndSelected) {
  EXPECT_EQ(edge_list_periods(fixture("periods.csv")),
            (std::vector<std::string>{"pre-war", "war"}));  // file order, not sorted
  EXPECT_TRUE(edge_list_periods(fixture("small_signed.csv")).empty());

  const EdgeListData war = read_edge_list_data(fixture("periods.csv"), std::string("war"));
  EXPECT_FALSE(war.any_directed);
  ASSERT_EQ(war.network.ties.size(), 2u);
  EXPECT_EQ(war.network.ties[0].net, -1.0);  // A - B -1
  EXPECT_EQ(war.network.ties[1].count, 1);   // C - D
  EXPECT_EQ(war.network.actors.size(), 4u);

  // All periods: A - B sums both periods: count 2 + 3 + 1 = 6, C = 2,
  // R = 3 + 1 = 4, net (2 - 4) / 6 = -1/3.
  const Network all = read_edge_list(fixture("periods.csv"));
  ASSERT_EQ(all.ties.size(), 3u);
  EXPECT_EQ(all.ties[0].count, 6);
  EXPECT_DOUBLE_EQ(all.ties[0].net, -1.0 / 3.0);
}

TEST(EdgeList, UnknownOrImpossiblePeriodIsAUsageError) {
  try {
    read_edge_list(fixture("periods.csv"), "post-war");
    FAIL() << "expected UsageError";
  } catch (const io::UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("'post-war'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("'pre-war', 'war'"), std::string::npos) << e.what();
  }
  EXPECT_THROW(read_edge_list(fixture("small_signed.csv"), "war"), io::UsageError);
}

TEST(EdgeList, HeaderOnlyGivesAnEmptyNetwork) {
  const testing::TempDir dir;
  const Network net = read_edge_list(dir.write("empty.csv", "source,target,weight\n"));
  EXPECT_TRUE(net.actors.empty());
  EXPECT_TRUE(net.ties.empty());
  EXPECT_TRUE(is_edge_list_network(net.corpus));
  EXPECT_FALSE(net.corpus.signed_layers);
}

TEST(EdgeList, SingleTieWithoutWeightColumnWeighsOne) {
  const testing::TempDir dir;
  const Network net = read_edge_list(dir.write("one.csv", "target,source\r\nB,A\r\n"));
  EXPECT_EQ(ids_of(net), (std::vector<std::string>{"A", "B"}));
  ASSERT_EQ(net.ties.size(), 1u);
  EXPECT_EQ(net.ties[0].count, 1);
  EXPECT_TRUE(std::isnan(net.ties[0].net));  // unsigned: signed layers keep their defaults
}

// Weights are whole numbers however written; a fraction is refused (they are
// kept as integer counts, edge_list.hpp).
TEST(EdgeList, WholeWeightsInAnySpellingFractionsRefused) {
  const testing::TempDir dir;
  const std::pair<const char*, std::int64_t> whole[] = {
      {"2", 2}, {"2.0", 2}, {"+4", 4}, {"1e3", 1000}, {" 7 ", 7}, {"999999999999999", 999999999999999}};
  for (const auto& [text, expected] : whole) {
    const Network net = read_edge_list(dir.write("w.csv", std::string("source,target,weight\nA,B,") + text + "\n"));
    ASSERT_EQ(net.ties.size(), 1u) << text;
    EXPECT_EQ(net.ties[0].count, expected) << text;
  }
  for (const char* text : {"0.5", "2.25", "1e-3"}) {
    try {
      read_edge_list(dir.write("f.csv", std::string("source,target,weight\nA,B,1\nB,C,") + text + "\n"));
      ADD_FAILURE() << "expected DataError for " << text;
    } catch (const io::DataError& e) {
      EXPECT_EQ(e.where().line, 3u) << text;
      EXPECT_NE(std::string(e.what()).find("not a whole number"), std::string::npos) << e.what();
    }
  }
}

struct BadFile {
  const char* name;
  const char* content;
  std::size_t line;     // expected in the error's location
  const char* message;  // expected inside the message
};

class EdgeListErrors : public ::testing::TestWithParam<BadFile> {};

TEST_P(EdgeListErrors, NameFileAndLine) {
  const BadFile& bad = GetParam();
  const testing::TempDir dir;
  const std::string path = dir.write("bad.csv", bad.content);
  try {
    read_edge_list(path);
    FAIL() << "expected DataError";
  } catch (const io::DataError& e) {
    EXPECT_EQ(e.where().line, bad.line) << e.what();
    const std::string text = e.what();
    EXPECT_EQ(text.rfind(path + ":" + std::to_string(bad.line) + ": ", 0), 0u) << text;
    EXPECT_NE(text.find(bad.message), std::string::npos) << text;
  }
  EXPECT_THROW(edge_list_periods(path), io::DataError);  // periods validate the whole file too
}

INSTANTIATE_TEST_SUITE_P(
    Table, EdgeListErrors,
    ::testing::Values(
        BadFile{"NoHeader", "", 1, "empty"},
        BadFile{"MissingTarget", "source,weight\nA,1\n", 1, "missing column 'target'"},
        BadFile{"CapitalisedHeader", "Source,Target\nA,B\n", 1, "missing column 'source'"},
        BadFile{"EmptySource", "source,target\nA,B\n ,C\n", 3, "empty source id"},
        BadFile{"EmptyTarget", "source,target\nA,\n", 2, "empty target id"},
        BadFile{"SelfLoop", "source,target\nA,B\nC,C\n", 3, "self-loop"},
        BadFile{"WeightNotNumber", "source,target,weight\nA,B,heavy\n", 2, "is not a number"},
        BadFile{"WeightTrailingText", "source,target,weight\nA,B,3kg\n", 2, "is not a number"},
        BadFile{"WeightNan", "source,target,weight\nA,B,nan\n", 2, "is not a number"},
        BadFile{"WeightInfinite", "source,target,weight\nA,B,inf\n", 2, "is not a number"},
        BadFile{"WeightEmpty", "source,target,weight\nA,B,\n", 2, "empty weight"},
        BadFile{"WeightZero", "source,target,weight\nA,B,1\nB,C,0\n", 3, "must be > 0"},
        BadFile{"WeightNegative", "source,target,weight\nA,B,-2\n", 2, "must be > 0"},
        BadFile{"WeightTooLarge", "source,target,weight\nA,B,1e15\n", 2, "too large"},
        BadFile{"SumTooLarge",
                "source,target,weight,directed\nA,B,999999999999999,yes\nB,A,1,yes\n", 3,
                "reaches 10^15"},
        BadFile{"BadSign", "source,target,sign\nA,B,maybe\n", 2, "sign 'maybe'"},
        BadFile{"SignTwo", "source,target,sign\nA,B,2\n", 2, "sign '2'"},
        BadFile{"EmptySign", "source,target,sign\nA,B,\n", 2, "empty sign"},
        BadFile{"BadDirected", "source,target,directed\nA,B,sometimes\n", 2, "directed value"},
        BadFile{"ConflictingSigns", "source,target,sign\nA,B,1\nC,D,1\nB,A,-1\n", 4,
                "conflicting signs (+1 there, -1 here)"},
        BadFile{"RepeatedPair", "source,target\nA,B\nA,B\n", 3, "listed again (first on line 2)"},
        BadFile{"RepeatedReversedPair", "source,target\nA,B\nB,A\n", 3, "add a 'directed' column"},
        BadFile{"RepeatedDirection", "source,target,directed\nA,B,yes\nB,A,yes\nA,B,yes\n", 4,
                "'A' -> 'B' is listed again (first on line 2)"},
        BadFile{"DirectedOverUndirected", "source,target,directed\nA,B,no\nA,B,yes\n", 3,
                "listed again"},
        BadFile{"RepeatedInOnePeriod",
                "source,target,period\nA,B,1990\nA,B,2000\nB,A,2000\n", 4, "in period '2000'"},
        BadFile{"RowWidth", "source,target\nA,B,C\n", 2, "fields"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(EdgeList, MissingFileIsADataError) {
  EXPECT_THROW(read_edge_list(fixture("no_such_file.csv")), io::DataError);
}

TEST(EdgeList, SignedListRoundTripsThroughGraphml) {
  const testing::TempDir dir;
  for (const char* name : {"gahuku_gama_edges.csv", "small_signed.csv", "periods.csv"}) {
    SCOPED_TRACE(name);
    const Network net = read_edge_list(fixture(name));
    const Network back = read_graphml(dir.write("net.graphml", write_graphml(net)));
    EXPECT_TRUE(is_edge_list_network(back.corpus));
    EXPECT_EQ(back.corpus.counting, net.corpus.counting);
    EXPECT_EQ(back.corpus.signed_layers, net.corpus.signed_layers);
    EXPECT_EQ(back.corpus.relations_source, net.corpus.relations_source);
    EXPECT_EQ(ids_of(back), ids_of(net));
    for (std::size_t i = 0; i < net.actors.size(); ++i) {
      EXPECT_EQ(back.actors[i].name, net.actors[i].name);
      EXPECT_EQ(back.actors[i].positive_degree, net.actors[i].positive_degree);
      EXPECT_EQ(back.actors[i].negative_degree, net.actors[i].negative_degree);
      EXPECT_EQ(std::isnan(back.actors[i].net_stance), std::isnan(net.actors[i].net_stance));
    }
    ASSERT_EQ(back.ties.size(), net.ties.size());
    for (std::size_t k = 0; k < net.ties.size(); ++k) {
      EXPECT_EQ(back.ties[k].a, net.ties[k].a);
      EXPECT_EQ(back.ties[k].b, net.ties[k].b);
      EXPECT_EQ(back.ties[k].count, net.ties[k].count);  // the weights, exactly
      EXPECT_EQ(back.ties[k].cooperation, net.ties[k].cooperation);  // whole numbers: exact
      EXPECT_EQ(back.ties[k].rivalry, net.ties[k].rivalry);
      EXPECT_EQ(back.ties[k].sign(), net.ties[k].sign());
    }
  }
}

TEST(EdgeList, UnsignedListRoundTripsThroughGraphml) {
  const testing::TempDir dir;
  const Network net = read_edge_list(dir.write("u.csv", "source,target,weight\nX,Y,12\nY,Z,3\n"));
  const Network back = read_graphml(dir.write("u.graphml", write_graphml(net)));
  EXPECT_FALSE(back.corpus.signed_layers);
  ASSERT_EQ(back.ties.size(), 2u);
  EXPECT_EQ(back.ties[0].count, 12);
  EXPECT_EQ(back.ties[1].count, 3);
  EXPECT_EQ(back.corpus.unit, kEdgeListUnit);
}

}  // namespace
}  // namespace actornet::network
