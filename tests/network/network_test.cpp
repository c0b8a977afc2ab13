// Tests for network/network.hpp: normalised tie weights, weight selection and
// parsing of weight names.
#include "network/network.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "io/errors.hpp"

namespace actornet::network {
namespace {

// Three actors over N = 10 units (sentences):
//
//     A (s=4) ---- B (s=5)      c_AB = 2 units in common (count 7: full counting)
//     |
//     C (s=0)                   c_AC = 0; C occurs in no unit (zero denominators)
//
//     D (s=3) ---- E (s=3)      c_DE = 3: D and E always occur together
Network hand_network() {
  Network network;
  network.corpus.units = 10;
  network.actors = {{"A", "A", "state", 4, 6}, {"B", "B", "state", 5, 5},
                    {"C", "C", "state", 0, 0}, {"D", "D", "state", 3, 3},
                    {"E", "E", "state", 3, 4}};
  network.ties = {{0, 1, 7, 2}, {0, 2, 0, 0}, {3, 4, 3, 3}};
  return network;
}

TEST(ComputeNormalisedWeights, MatchesHandCalculation) {
  Network network = hand_network();
  compute_normalised_weights(network);
  const Tie& ab = network.ties[0];
  // van Eck & Waltman (2009): N c / (s_i s_j) = 10 * 2 / (4 * 5) = 1.
  EXPECT_DOUBLE_EQ(ab.association_strength, 1.0);
  // Jaccard: c / (s_i + s_j - c) = 2 / (4 + 5 - 2) = 2/7.
  EXPECT_DOUBLE_EQ(ab.jaccard, 2.0 / 7.0);
  // Salton's cosine: c / sqrt(s_i s_j) = 2 / sqrt(20) = 0.4472135954999579.
  EXPECT_NEAR(ab.cosine, 0.4472135954999579, 1e-15);

  const Tie& de = network.ties[2];
  // Always together: association N c / (s s) = 10 * 3 / 9 = 10/3 (3.33 times
  // chance); Jaccard 3 / (3 + 3 - 3) = 1; cosine 3 / 3 = 1.
  EXPECT_DOUBLE_EQ(de.association_strength, 10.0 / 3.0);
  EXPECT_DOUBLE_EQ(de.jaccard, 1.0);
  EXPECT_DOUBLE_EQ(de.cosine, 1.0);
}

TEST(ComputeNormalisedWeights, UsesBinaryUnitsNotFullCount) {
  // Tie A-B has count 7 (full counting) but units 2: the normalised weights
  // must come from units, or Jaccard would exceed 1 (7 / (4 + 5 - 7) = 3.5).
  Network network = hand_network();
  compute_normalised_weights(network);
  EXPECT_LE(network.ties[0].jaccard, 1.0);
  EXPECT_DOUBLE_EQ(network.ties[0].jaccard, 2.0 / 7.0);
}

TEST(ComputeNormalisedWeights, ZeroDenominatorsGiveZero) {
  Network network = hand_network();
  network.ties[1].association_strength = 99;  // must be overwritten
  compute_normalised_weights(network);
  const Tie& ac = network.ties[1];  // s_C = 0
  EXPECT_EQ(ac.association_strength, 0.0);
  EXPECT_EQ(ac.jaccard, 0.0);  // 0 / (4 + 0 - 0)
  EXPECT_EQ(ac.cosine, 0.0);

  // Both actors unseen: s_i + s_j - c = 0.
  Network unseen;
  unseen.corpus.units = 5;
  unseen.actors = {{"X", "X", "state", 0, 0}, {"Y", "Y", "state", 0, 0}};
  unseen.ties = {{0, 1, 0, 0}};
  compute_normalised_weights(unseen);
  EXPECT_EQ(unseen.ties[0].jaccard, 0.0);
  EXPECT_FALSE(std::isnan(unseen.ties[0].association_strength));
}

TEST(ComputeNormalisedWeights, EmptyNetworkIsFine) {
  Network network;
  EXPECT_NO_THROW(compute_normalised_weights(network));
}

TEST(TieWeight, SelectsTheRequestedValue) {
  Tie tie;
  tie.count = 7;
  tie.units = 2;
  tie.association_strength = 1.5;
  tie.jaccard = 0.25;
  tie.cosine = 0.5;
  tie.cooperation = 3.5;
  tie.rivalry = 9.0;
  const struct {
    WeightKind kind;
    double expected;
  } cases[] = {{WeightKind::kCount, 7.0},       {WeightKind::kAssociationStrength, 1.5},
               {WeightKind::kJaccard, 0.25},    {WeightKind::kCosine, 0.5},
               {WeightKind::kCooperation, 3.5}, {WeightKind::kRivalry, 9.0}};
  for (const auto& c : cases) {
    EXPECT_EQ(tie_weight(tie, c.kind), c.expected) << to_string(c.kind);
  }
}

TEST(WeightKindNames, RoundTripThroughText) {
  const struct {
    const char* text;
    WeightKind kind;
  } cases[] = {{"count", WeightKind::kCount},
               {"association", WeightKind::kAssociationStrength},
               {"jaccard", WeightKind::kJaccard},
               {"cosine", WeightKind::kCosine},
               {"cooperation", WeightKind::kCooperation},
               {"rivalry", WeightKind::kRivalry}};
  for (const auto& c : cases) {
    EXPECT_EQ(parse_weight_kind(c.text), c.kind) << c.text;
    EXPECT_EQ(to_string(c.kind), c.text);
  }
}

TEST(WeightKindNames, UnknownNameIsAUsageError) {
  for (const char* text : {"", "Count", "weight", "pmi", "net", "Cooperation"}) {
    try {
      parse_weight_kind(text);
      ADD_FAILURE() << "no error for '" << text << "'";
    } catch (const io::UsageError& error) {
      const std::string message = error.what();
      EXPECT_NE(message.find("'" + std::string(text) + "'"), std::string::npos) << message;
      EXPECT_NE(message.find("count, association, jaccard, cosine, cooperation or rivalry"),
                std::string::npos)
          << message;
    }
  }
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Tie signed_tie(double cooperation, double rivalry, double net) {
  Tie tie;
  tie.cooperation = cooperation;
  tie.rivalry = rivalry;
  tie.net = net;
  return tie;
}

TEST(TieSign, FollowsTheNetScore) {
  const struct {
    double net;
    int sign;
  } cases[] = {{0.6, 1},      {1.0, 1}, {1e-300, 1}, {-0.4, -1}, {-1.0, -1},
               {-1e-300, -1}, {0.0, 0}, {-0.0, 0},   {kNaN, 0}};
  for (const auto& c : cases) {
    Tie tie;
    tie.net = c.net;
    EXPECT_EQ(tie.sign(), c.sign) << c.net;
  }
  EXPECT_EQ(Tie{}.sign(), 0) << "a default tie has no signed relation";
  EXPECT_TRUE(std::isnan(Tie{}.net));
}

TEST(NetScore, IsCMinusROverCPlusR) {
  // By hand: C = 8 (two relations 0.5 x 8.0 + 1.0 x 4.0), R = 2: (8 - 2) / 10.
  EXPECT_DOUBLE_EQ(net_score(8.0, 2.0), 0.6);
  EXPECT_EQ(net_score(0.0, 7.0), -1.0);
  EXPECT_EQ(net_score(3.5, 0.0), 1.0);
  EXPECT_EQ(net_score(2.5, 2.5), 0.0);
  EXPECT_TRUE(std::isnan(net_score(0.0, 0.0)));  // undefined, not 0
}

TEST(SignedLayersProblem, AcceptsConsistentTiesAndNamesTheFault) {
  Tie counted = signed_tie(8.0, 2.0, 0.6);
  counted.cooperation_count = 2;
  counted.rivalry_count = 1;
  counted.withheld_count = 3;
  EXPECT_EQ(signed_layers_problem(counted), "");
  EXPECT_EQ(signed_layers_problem(Tie{}), "") << "defaults (no signed layers) are consistent";
  EXPECT_EQ(signed_layers_problem(signed_tie(8.0, 2.0, 0.6 + 1e-13)), "") << "within 1e-12";

  Tie negative_count = Tie{};
  negative_count.withheld_count = -1;
  const struct {
    const char* name;
    Tie tie;
    const char* message;
  } cases[] = {
      {"negative C", signed_tie(-1.0, 2.0, -3.0), "cooperation must be finite and >= 0"},
      {"infinite R", signed_tie(1.0, INFINITY, kNaN), "rivalry must be finite and >= 0"},
      {"NaN C", signed_tie(kNaN, 0.0, kNaN), "cooperation must be finite and >= 0"},
      {"negative count", negative_count, "withheld_count must be >= 0, got -1"},
      {"net for C + R = 0", signed_tie(0.0, 0.0, 0.0), "given although cooperation + rivalry = 0"},
      {"no net for C + R > 0", signed_tie(1.0, 0.0, kNaN), "net is undefined although"},
      {"wrong net", signed_tie(8.0, 2.0, 0.5), "net 0.5 disagrees with (C - R) / (C + R) = 0.6"},
      {"net out of range", signed_tie(8.0, 2.0, 1.6), "disagrees"},
  };
  for (const auto& c : cases) {
    const std::string problem = signed_layers_problem(c.tie);
    EXPECT_NE(problem.find(c.message), std::string::npos) << c.name << ": " << problem;
  }
}

}  // namespace
}  // namespace actornet::network
