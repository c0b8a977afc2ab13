// Tests for network/network_filters.hpp: minimum weight, each actor's k
// strongest ties, subsets and ego networks on hand-drawn graphs.
#include "network/network_filters.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "io/errors.hpp"
#include "network/edge_list.hpp"
#include "network/graphml.hpp"
#include "support/temp_dir.hpp"

namespace actornet::network {
namespace {

// A network of the given ids (already sorted) and ties (id, id, count).
Network make(const std::vector<std::string>& ids,
             const std::vector<std::tuple<std::string, std::string, std::int64_t>>& ties) {
  Network net;
  net.corpus.documents = 7;
  net.corpus.units = 40;
  net.corpus.date_min = "2024-01";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    net.actors.push_back({ids[i], "Name " + ids[i], "state", static_cast<std::int64_t>(10 + i), 20});
  }
  const auto index = [&](const std::string& id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
  };
  for (const auto& [x, y, count] : ties) {
    Tie tie;
    tie.a = std::min(index(x), index(y));
    tie.b = std::max(index(x), index(y));
    tie.count = count;
    tie.units = 1;
    net.ties.push_back(tie);
  }
  std::sort(net.ties.begin(), net.ties.end(), [](const Tie& p, const Tie& q) {
    return std::make_pair(p.a, p.b) < std::make_pair(q.a, q.b);
  });
  compute_normalised_weights(net);
  return net;
}

std::vector<std::string> ids_of(const Network& net) {
  std::vector<std::string> out;
  for (const ActorNode& actor : net.actors) out.push_back(actor.id);
  return out;
}

// Ties as "A-B:count", in the network's order.
std::vector<std::string> ties_of(const Network& net) {
  std::vector<std::string> out;
  for (const Tie& tie : net.ties) {
    out.push_back(net.actors.at(tie.a).id + "-" + net.actors.at(tie.b).id + ":" +
                  std::to_string(tie.count));
  }
  return out;
}

//   A ---5--- B
//   | \       |
//   2   1     4
//   |     \   |
//   C ---3--- D ---6--- E        F (no ties)
Network weighted() {
  return make({"A", "B", "C", "D", "E", "F"},
              {{"A", "B", 5}, {"A", "C", 2}, {"A", "D", 1}, {"B", "D", 4}, {"C", "D", 3}, {"D", "E", 6}});
}

TEST(MinWeightFilter, DropsTiesBelowTheThresholdKeepsEveryActor) {
  const Network net = min_weight(weighted(), WeightKind::kCount, 3);
  EXPECT_EQ(ids_of(net), ids_of(weighted()));
  EXPECT_EQ(ties_of(net), (std::vector<std::string>{"A-B:5", "B-D:4", "C-D:3", "D-E:6"}));
  EXPECT_EQ(ties_of(min_weight(weighted(), WeightKind::kCount, 0)).size(), 6u);
  EXPECT_TRUE(min_weight(weighted(), WeightKind::kCount, 7).ties.empty());
  EXPECT_THROW(min_weight(weighted(), WeightKind::kCount, std::nan("")), io::UsageError);
}

TEST(MinWeightFilter, UsesTheChosenWeight) {
  // Cooperation layer: only A-B has C > 0.
  Network signed_net = weighted();
  signed_net.ties[0].cooperation = 2.5;
  signed_net.ties[0].net = 1;
  const Network net = min_weight(signed_net, WeightKind::kCooperation, 0.1);
  EXPECT_EQ(ties_of(net), (std::vector<std::string>{"A-B:5"}));
  EXPECT_EQ(net.ties[0].cooperation, 2.5);  // tie copied whole
}

TEST(TopKTiesFilter, KeepsEachActorsStrongestTies) {
  // k = 1: A's strongest is A-B (5), B's A-B, C's C-D (3), D's D-E (6), E's D-E.
  EXPECT_EQ(ties_of(top_k_ties(weighted(), WeightKind::kCount, 1)),
            (std::vector<std::string>{"A-B:5", "C-D:3", "D-E:6"}));
  // k = 2: A keeps B, C; B keeps A, D; C keeps D, A; D keeps E, B; only A-D
  // (A's third, D's fourth) goes.
  EXPECT_EQ(ties_of(top_k_ties(weighted(), WeightKind::kCount, 2)),
            (std::vector<std::string>{"A-B:5", "A-C:2", "B-D:4", "C-D:3", "D-E:6"}));
  EXPECT_EQ(top_k_ties(weighted(), WeightKind::kCount, 99).ties.size(), 6u);
  EXPECT_EQ(top_k_ties(weighted(), WeightKind::kCount, 1).actors.size(), 6u);
  EXPECT_THROW(top_k_ties(weighted(), WeightKind::kCount, 0), io::UsageError);
}

TEST(TopKTiesFilter, EqualWeightsGoToTheSmallerId) {
  //   X ==9== A --1-- B --1-- C ==9== Y
  // k = 1: A keeps X, C keeps Y; B's two ties weigh 1 each and the smaller
  // id, A, wins: A-B stays, B-C goes.
  const Network net = make({"A", "B", "C", "X", "Y"},
                           {{"A", "X", 9}, {"A", "B", 1}, {"B", "C", 1}, {"C", "Y", 9}});
  EXPECT_EQ(ties_of(top_k_ties(net, WeightKind::kCount, 1)),
            (std::vector<std::string>{"A-B:1", "A-X:9", "C-Y:9"}));
}

TEST(SubsetFilter, KeepsListedActorsAndTiesAmongThem) {
  const Network net = subset(weighted(), {"D", "A", "B", "A"});
  EXPECT_EQ(ids_of(net), (std::vector<std::string>{"A", "B", "D"}));  // original order
  EXPECT_EQ(ties_of(net), (std::vector<std::string>{"A-B:5", "A-D:1", "B-D:4"}));
  EXPECT_EQ(net.ties[2].a, 1u);  // renumbered: B is now 1, D 2
  EXPECT_EQ(net.ties[2].b, 2u);
  EXPECT_EQ(net.actors[2].name, "Name D");  // actor copied whole
  EXPECT_EQ(net.actors[2].units, 13);
  EXPECT_EQ(net.corpus.units, 40);  // CorpusSummary copied
  EXPECT_EQ(net.corpus.date_min, "2024-01");
  EXPECT_EQ(net.ties[0].jaccard, weighted().ties[0].jaccard);

  EXPECT_TRUE(subset(weighted(), {}).actors.empty());
  EXPECT_EQ(ids_of(subset(weighted(), {"F"})), (std::vector<std::string>{"F"}));
}

TEST(SubsetFilter, UnknownIdIsAUsageErrorNamingIt) {
  try {
    subset(weighted(), {"A", "Atlantis"});
    FAIL() << "expected UsageError";
  } catch (const io::UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("'Atlantis'"), std::string::npos) << e.what();
  }
}

//   A --- B --- C --- D --- E
//         |  \_______/
//         F    (B-D)            G (no ties)
Network path_graph() {
  return make({"A", "B", "C", "D", "E", "F", "G"},
              {{"A", "B", 1}, {"B", "C", 1}, {"C", "D", 1}, {"D", "E", 1}, {"B", "F", 1}, {"B", "D", 1}});
}

struct EgoCase {
  const char* ego;
  int radius;
  std::vector<std::string> actors;
  std::vector<std::string> ties;
};

TEST(EgoNetwork, ActorsWithinRadiusAndAllTiesAmongThem) {
  const EgoCase cases[] = {
      {"C", 0, {"C"}, {}},
      // Radius 1 includes the tie between two neighbours (B-D).
      {"C", 1, {"B", "C", "D"}, {"B-C:1", "B-D:1", "C-D:1"}},
      {"C", 2, {"A", "B", "C", "D", "E", "F"},
       {"A-B:1", "B-C:1", "B-D:1", "B-F:1", "C-D:1", "D-E:1"}},
      {"A", 1, {"A", "B"}, {"A-B:1"}},
      // E is three steps from A (A-B-D-E): not within 2.
      {"A", 2, {"A", "B", "C", "D", "F"}, {"A-B:1", "B-C:1", "B-D:1", "B-F:1", "C-D:1"}},
      {"A", 100, {"A", "B", "C", "D", "E", "F"},
       {"A-B:1", "B-C:1", "B-D:1", "B-F:1", "C-D:1", "D-E:1"}},
      {"G", 3, {"G"}, {}},  // an isolate's ego network is itself
  };
  for (const EgoCase& c : cases) {
    SCOPED_TRACE(std::string(c.ego) + " radius " + std::to_string(c.radius));
    const Network net = ego_network(path_graph(), c.ego, c.radius);
    EXPECT_EQ(ids_of(net), c.actors);
    EXPECT_EQ(ties_of(net), c.ties);
  }
}

TEST(EgoNetwork, DefaultRadiusIsOne) {
  EXPECT_EQ(ids_of(ego_network(path_graph(), "D")), (std::vector<std::string>{"B", "C", "D", "E"}));
}

TEST(EgoNetwork, UnknownIdOrNegativeRadiusIsAUsageError) {
  EXPECT_THROW(ego_network(path_graph(), "Z"), io::UsageError);
  EXPECT_THROW(ego_network(path_graph(), "A", -1), io::UsageError);
  EXPECT_THROW(ego_network(Network{}, "A"), io::UsageError);
}

TEST(NetworkFilters, EmptyNetworkStaysEmpty) {
  const Network empty;
  EXPECT_TRUE(min_weight(empty, WeightKind::kCount, 1).actors.empty());
  EXPECT_TRUE(top_k_ties(empty, WeightKind::kJaccard, 3).ties.empty());
  EXPECT_TRUE(subset(empty, {}).actors.empty());
}

TEST(EgoNetwork, GahukuGamaEgoRoundTripsThroughGraphml) {
  // Gavev's rows in the Gahuku-Gama file (Read 1954; see
  // tests/fixtures/edge_lists/README.md) name 8 other tribes: Kotun, Ove,
  // Alika, Nagam, Gahuk, Asaro, Nagad, Gama. Counted by hand in the file: 22
  // of its rows join two of these 9 tribes (Gavev's 8, and 14 among the
  // neighbours, e.g. Kotun,Ove,-1 and Nagad,Gama,1), 9 of the 22 positive.
  const Network full = read_edge_list(std::string(ACTORNET_SOURCE_DIR) +
                                      "/tests/fixtures/edge_lists/gahuku_gama_edges.csv");
  const Network ego = ego_network(full, "Gavev");
  EXPECT_EQ(ids_of(ego), (std::vector<std::string>{"Alika", "Asaro", "Gahuk", "Gama", "Gavev",
                                                    "Kotun", "Nagad", "Nagam", "Ove"}));
  ASSERT_EQ(ego.ties.size(), 22u);
  int positive = 0;
  for (const Tie& tie : ego.ties) positive += tie.sign() > 0;
  EXPECT_EQ(positive, 9);
  const testing::TempDir dir;
  const Network back = read_graphml(dir.write("ego.graphml", write_graphml(ego)));
  EXPECT_EQ(ties_of(back), ties_of(ego));
  EXPECT_TRUE(back.corpus.signed_layers);
}

}  // namespace
}  // namespace actornet::network
