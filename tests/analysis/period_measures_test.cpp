#include "analysis/period_measures.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace actornet::analysis {
namespace {

// Three actors A, B, C in two periods:
//   early:  A -(+)- B        late:  A -(-)- B,  B -(+)- C
// From early to late the A-B tie flips (+1 -> -1) and B-C appears.
network::Network period(bool late) {
  network::Network net;
  net.corpus.signed_layers = true;
  net.actors = {{"A", "A", ""}, {"B", "B", ""}, {"C", "C", ""}};
  auto tie = [](std::size_t a, std::size_t b, double c, double r) {
    network::Tie t;
    t.a = a;
    t.b = b;
    t.count = t.units = 1;
    t.cooperation = c;
    t.rivalry = r;
    t.net = (c - r) / (c + r);
    return t;
  };
  if (!late) net.ties = {tie(0, 1, 3.5, 0)};
  else net.ties = {tie(0, 1, 0, 2), tie(1, 2, 7, 0)};
  return net;
}

TEST(PeriodMeasures, SignChangesAndCentralityChangesBetweenPeriods) {
  const PeriodAnalysis a = analyse_periods({{"early", period(false)}, {"late", period(true)}}, {});
  ASSERT_EQ(a.periods.size(), 2u);
  ASSERT_TRUE(a.periods[1].measures.signed_measures.has_value());
  EXPECT_EQ(a.periods[1].measures.signed_measures->graph.edges.size(), 2u);
  std::vector<std::string> ties;
  for (const PeriodChange& c : a.changes) {
    if (c.kind == "tie") ties.push_back(c.item + " " + c.note + " " + std::to_string(static_cast<int>(c.before)) +
                                        ">" + std::to_string(static_cast<int>(c.after)));
  }
  EXPECT_EQ(ties, (std::vector<std::string>{"A-B flipped 1>-1", "B-C appeared 0>1"}));
  // B's degree goes from 1 to 2; C's from 0 to 1 (count weights).
  for (const PeriodChange& c : a.changes) {
    if (c.kind == "actor" && c.item == "B" && c.measure == "degree") {
      EXPECT_EQ(c.before, 1.0);
      EXPECT_EQ(c.after, 2.0);
    }
    if (c.kind == "actor" && c.item == "C" && c.measure == "degree") {
      EXPECT_EQ(c.before, 0.0);
      EXPECT_EQ(c.after, 1.0);
    }
  }
}

TEST(PeriodMeasures, PeriodsMustShareTheirActors) {
  network::Network other = period(false);
  other.actors.pop_back();
  EXPECT_THROW(analyse_periods({{"early", period(false)}, {"late", other}}, {}), std::invalid_argument);
}

}  // namespace
}  // namespace actornet::analysis
