// Tests for analysis/relation_scores.hpp. Every expected number is worked out
// by hand in the comments from the header's definitions: w = confidence x
// |intensity| (Goldstein 1992 values from the CAMEO root table in
// shared/REFERENCE.md), net = (C - R) / (C + R).
#include "analysis/relation_scores.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "io/errors.hpp"

namespace actornet::analysis {
namespace {

using extract::Polarity;
using extract::Relation;

// Groups as GDELT's QuadClass.
std::vector<extract::Category> categories() {
  return {{"03", "express intent to cooperate", 4.0, "verbal cooperation", "cooperation"},
          {"05", "diplomatic cooperation", 3.5, "verbal cooperation", "cooperation"},
          {"07", "provide aid", 7.0, "material cooperation", "cooperation"},
          {"11", "disapprove", -2.0, "verbal conflict", "rivalry"},
          {"17", "coerce", -7.0, "material conflict", "rivalry"},
          {"19", "fight", -10.0, "material conflict", "rivalry"}};
}

const std::vector<std::string> kActors = {"ARM", "IRN", "RUS", "USA"};

Relation rel(const std::string& source, const std::string& target, bool directed, Polarity polarity,
             const std::string& category, double intensity, double confidence, std::size_t doc_seq,
             std::size_t unit) {
  Relation r;
  r.source = source;
  r.target = target;
  r.directed = directed;
  r.polarity = polarity;
  r.category = category;
  r.intensity = intensity;
  r.confidence = confidence;
  r.doc_seq = doc_seq;
  r.doc_id = "00" + std::to_string(doc_seq);
  r.unit = unit;
  return r;
}

RelationScores score(const std::vector<Relation>& relations, const std::vector<std::string>& actors = kActors) {
  RelationScorer scorer(actors, categories());
  for (const Relation& r : relations) scorer.add(r);
  return scorer.finish();
}

// Copies, so that `const DyadScore& d = dyad(score(...), ...)` stays valid.
DyadScore dyad(const RelationScores& s, const std::string& a, const std::string& b) {
  for (const DyadScore& d : s.dyads) {
    if (d.a == a && d.b == b) return d;
  }
  throw std::logic_error("no dyad " + a + "-" + b);
}

ActorScore actor(const RelationScores& s, const std::string& id) {
  for (const ActorScore& a : s.actors) {
    if (a.id == id) return a;
  }
  throw std::logic_error("no actor " + id);
}

// The dyad IRN-RUS (a = IRN, b = RUS):
//   (0,1) RUS -> IRN  cooperation 07  +7.0  conf 1.0   w = 7
//   (0,2) IRN -- RUS  cooperation 05  +3.5  conf 0.5   w = 1.75   (mutual)
//   (0,2) IRN -> RUS  rivalry     11  -2.0  conf 1.0   w = 2
std::vector<Relation> irn_rus() {
  return {rel("RUS", "IRN", true, Polarity::kCooperation, "07", 7.0, 1.0, 0, 1),
          rel("IRN", "RUS", false, Polarity::kCooperation, "05", 3.5, 0.5, 0, 2),
          rel("IRN", "RUS", true, Polarity::kRivalry, "11", -2.0, 1.0, 0, 2)};
}

TEST(RelationScorer, DyadSumsNetAndMeanIntensity) {
  const DyadScore& d = dyad(score(irn_rus()), "IRN", "RUS");
  EXPECT_DOUBLE_EQ(d.cooperation, 8.75);  // 7 + 0.5 x 3.5
  EXPECT_DOUBLE_EQ(d.rivalry, 2.0);
  EXPECT_EQ(d.cooperation_count, 2);
  EXPECT_EQ(d.rivalry_count, 1);
  EXPECT_DOUBLE_EQ(d.net, 6.75 / 10.75);        // (8.75 - 2) / (8.75 + 2) = 0.6279...
  EXPECT_DOUBLE_EQ(d.mean_intensity, 2.25);     // (7 + 1.75 - 2) / 3
  EXPECT_EQ(d.sign(), 1);
  EXPECT_EQ(d.category_counts, (std::map<std::string, std::int64_t>{{"05", 1}, {"07", 1}, {"11", 1}}));
  EXPECT_EQ(d.group_counts, (std::map<std::string, std::int64_t>{
                                {"material cooperation", 1}, {"verbal conflict", 1}, {"verbal cooperation", 1}}));
  EXPECT_EQ(d.evidence_sentences, 2);  // (0,1) and (0,2)
  EXPECT_EQ(d.withheld_count, 0);
  EXPECT_EQ(d.neutral_count, 0);
}

TEST(RelationScorer, FlowsCountDirectedRelationsOnlyFromSourceToTarget) {
  const DyadScore& d = dyad(score(irn_rus()), "IRN", "RUS");
  // a = IRN: flow_ab is IRN -> RUS = the rivalry, -2; flow_ba is RUS -> IRN =
  // the aid, +7. The mutual cooperation (1.75) is in neither.
  EXPECT_DOUBLE_EQ(d.flow_ab, -2.0);
  EXPECT_EQ(d.flow_ab_count, 1);
  EXPECT_DOUBLE_EQ(d.flow_ba, 7.0);
  EXPECT_EQ(d.flow_ba_count, 1);
}

TEST(RelationScorer, FlowsAreConfidenceWeightedAndSigned) {
  //   IRN <------ USA   rivalry 19, -10 x conf 0.5 = -5    (flow_ba)
  //   IRN ------> USA   rivalry 17, -7  x conf 1.0 = -7    (flow_ab)
  //   IRN ------- USA   cooperation 03, +4, mutual: no flow
  const DyadScore& d = dyad(score({rel("USA", "IRN", true, Polarity::kRivalry, "19", -10.0, 0.5, 0, 0),
                                   rel("IRN", "USA", true, Polarity::kRivalry, "17", -7.0, 1.0, 0, 1),
                                   rel("IRN", "USA", false, Polarity::kCooperation, "03", 4.0, 1.0, 0, 2)}),
                            "IRN", "USA");
  EXPECT_DOUBLE_EQ(d.flow_ab, -7.0);
  EXPECT_DOUBLE_EQ(d.flow_ba, -5.0);
  EXPECT_EQ(d.flow_ab_count, 1);
  EXPECT_EQ(d.flow_ba_count, 1);
  EXPECT_DOUBLE_EQ(d.cooperation, 4.0);
  EXPECT_DOUBLE_EQ(d.rivalry, 12.0);            // 5 + 7
  EXPECT_DOUBLE_EQ(d.net, -0.5);                // (4 - 12) / 16
  EXPECT_DOUBLE_EQ(d.mean_intensity, -8.0 / 3); // (4 - 5 - 7) / 3
  EXPECT_EQ(d.sign(), -1);
  EXPECT_EQ(d.group_counts.at("material conflict"), 2);
}

TEST(RelationScorer, MutualRelationMayNameItsActorsInEitherOrder) {
  const RelationScores s = score({rel("RUS", "IRN", false, Polarity::kCooperation, "05", 3.5, 1.0, 0, 0)});
  const DyadScore& d = dyad(s, "IRN", "RUS");
  EXPECT_DOUBLE_EQ(d.cooperation, 3.5);
  EXPECT_EQ(d.flow_ab_count + d.flow_ba_count, 0);
}

TEST(RelationScorer, WithheldAndNeutralOnlyCountThemselves) {
  // A withheld relation (even with a non-zero intensity, which the contract
  // says should be 0) and a neutral co-mention add nothing to C, R, the
  // categories, the groups, the flows or the actors' sums. The withheld one is
  // evidence; the neutral one is not.
  const RelationScores s = score({rel("RUS", "IRN", true, Polarity::kWithheld, "07", 7.0, 1.0, 1, 0),
                                  rel("IRN", "RUS", false, Polarity::kNeutral, "", 0.0, 1.0, 1, 1)});
  const DyadScore& d = dyad(s, "IRN", "RUS");
  EXPECT_EQ(d.withheld_count, 1);
  EXPECT_EQ(d.neutral_count, 1);
  EXPECT_EQ(d.cooperation_count + d.rivalry_count, 0);
  EXPECT_DOUBLE_EQ(d.cooperation + d.rivalry, 0.0);
  EXPECT_TRUE(std::isnan(d.net));             // C + R = 0
  EXPECT_TRUE(std::isnan(d.mean_intensity));  // no cooperation or rivalry relation
  EXPECT_EQ(d.sign(), 0);
  EXPECT_TRUE(d.category_counts.empty());
  EXPECT_TRUE(d.group_counts.empty());
  EXPECT_EQ(d.flow_ab_count + d.flow_ba_count, 0);
  EXPECT_DOUBLE_EQ(d.flow_ab + d.flow_ba, 0.0);
  EXPECT_EQ(d.evidence_sentences, 1);  // (1,0) only
  for (const std::string id : {"IRN", "RUS"}) {
    const ActorScore& a = actor(s, id);
    EXPECT_DOUBLE_EQ(a.cooperation_given + a.cooperation_received + a.rivalry_given + a.rivalry_received, 0.0);
    EXPECT_TRUE(std::isnan(a.net_stance)) << id;
  }
}

TEST(RelationScorer, ZeroConfidenceCountsButWeighsNothing) {
  // w = 0 x 7 = 0: one cooperation relation, C + R = 0, so net is NaN while
  // the mean intensity is 0 / 1 = 0.
  const DyadScore& d = dyad(score({rel("RUS", "IRN", true, Polarity::kCooperation, "07", 7.0, 0.0, 0, 0)}),
                            "IRN", "RUS");
  EXPECT_EQ(d.cooperation_count, 1);
  EXPECT_TRUE(std::isnan(d.net));
  EXPECT_DOUBLE_EQ(d.mean_intensity, 0.0);
  EXPECT_EQ(d.flow_ba_count, 1);
}

TEST(RelationScorer, EvidenceCountsDistinctSentencesPerDyad) {
  // (0,3): two IRN-RUS relations and one IRN-USA relation in one sentence;
  // (0,4): IRN-RUS neutral only (not evidence); (1,3): IRN-RUS rivalry
  // (document 1, same unit number as before: a different sentence).
  const RelationScores s = score({rel("RUS", "IRN", true, Polarity::kCooperation, "07", 7.0, 1.0, 0, 3),
                                  rel("IRN", "RUS", true, Polarity::kRivalry, "11", -2.0, 1.0, 0, 3),
                                  rel("IRN", "USA", true, Polarity::kRivalry, "11", -2.0, 1.0, 0, 3),
                                  rel("IRN", "RUS", false, Polarity::kNeutral, "", 0.0, 1.0, 0, 4),
                                  rel("IRN", "RUS", true, Polarity::kRivalry, "11", -2.0, 1.0, 1, 3)});
  EXPECT_EQ(dyad(s, "IRN", "RUS").evidence_sentences, 2);
  EXPECT_EQ(dyad(s, "IRN", "USA").evidence_sentences, 1);
  EXPECT_EQ(dyad(s, "ARM", "RUS").evidence_sentences, 0);
}

TEST(RelationScorer, ActorGivenAndReceived) {
  const RelationScores s = score(irn_rus());
  // RUS gives the aid (7) and, being party to the mutual relation, gives and
  // receives its 1.75; it receives IRN's disapproval (2).
  const ActorScore& rus = actor(s, "RUS");
  EXPECT_DOUBLE_EQ(rus.cooperation_given, 8.75);  // 7 + 1.75
  EXPECT_DOUBLE_EQ(rus.cooperation_received, 1.75);
  EXPECT_DOUBLE_EQ(rus.rivalry_given, 0.0);
  EXPECT_DOUBLE_EQ(rus.rivalry_received, 2.0);
  const ActorScore& irn = actor(s, "IRN");
  EXPECT_DOUBLE_EQ(irn.cooperation_given, 1.75);
  EXPECT_DOUBLE_EQ(irn.cooperation_received, 8.75);  // 7 + 1.75
  EXPECT_DOUBLE_EQ(irn.rivalry_given, 2.0);
  EXPECT_DOUBLE_EQ(irn.rivalry_received, 0.0);
  // Net stance over every relation, each counted once: C = 8.75, R = 2.
  EXPECT_DOUBLE_EQ(rus.net_stance, 6.75 / 10.75);
  EXPECT_DOUBLE_EQ(irn.net_stance, 6.75 / 10.75);
  EXPECT_EQ(rus.positive_degree, 1);
  EXPECT_EQ(rus.negative_degree, 0);
}

TEST(RelationScorer, DegreesAndNetStanceAcrossDyads) {
  //        ARM
  //         | +  (net 1)
  //        RUS ---- USA   0  (C = R = 7: net 0, in neither degree)
  //         | -  (net -1)
  //        IRN
  //   ARM -- RUS  cooperation 05  3.5            C 3.5
  //   IRN -> RUS  rivalry 19     -10 x 0.5       R 5
  //   RUS -> USA  cooperation 07  7              C 7
  //   USA -> RUS  rivalry 17     -7              R 7
  const RelationScores s = score({rel("ARM", "RUS", false, Polarity::kCooperation, "05", 3.5, 1.0, 0, 0),
                                  rel("IRN", "RUS", true, Polarity::kRivalry, "19", -10.0, 0.5, 0, 1),
                                  rel("RUS", "USA", true, Polarity::kCooperation, "07", 7.0, 1.0, 0, 2),
                                  rel("USA", "RUS", true, Polarity::kRivalry, "17", -7.0, 1.0, 0, 3)});
  EXPECT_DOUBLE_EQ(dyad(s, "RUS", "USA").net, 0.0);
  EXPECT_EQ(dyad(s, "RUS", "USA").sign(), 0);
  struct Expected {
    std::string id;
    std::int64_t positive, negative;
    double stance;
  };
  const std::vector<Expected> table = {
      {"ARM", 1, 0, 1.0},                 // (3.5 - 0) / 3.5
      {"IRN", 0, 1, -1.0},                // (0 - 5) / 5
      {"RUS", 1, 1, -1.5 / 22.5},         // (3.5 + 7 - 5 - 7) / (3.5 + 7 + 5 + 7)
      {"USA", 0, 0, 0.0},                 // (7 - 7) / 14: zero, not NaN
  };
  for (const Expected& e : table) {
    const ActorScore& a = actor(s, e.id);
    EXPECT_EQ(a.positive_degree, e.positive) << e.id;
    EXPECT_EQ(a.negative_degree, e.negative) << e.id;
    EXPECT_DOUBLE_EQ(a.net_stance, e.stance) << e.id;
  }
}

TEST(RelationScorer, EveryPairIsADyadInIdOrderAndActorsKeepTheGivenOrder) {
  const RelationScores s = score(irn_rus(), {"USA", "RUS", "IRN", "ARM"});
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"ARM", "IRN"}, {"ARM", "RUS"}, {"ARM", "USA"}, {"IRN", "RUS"}, {"IRN", "USA"}, {"RUS", "USA"}};
  ASSERT_EQ(s.dyads.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(s.dyads[i].a, expected[i].first);
    EXPECT_EQ(s.dyads[i].b, expected[i].second);
  }
  const DyadScore& empty = dyad(s, "ARM", "USA");
  EXPECT_TRUE(std::isnan(empty.net));
  EXPECT_TRUE(std::isnan(empty.mean_intensity));
  EXPECT_EQ(empty.evidence_sentences, 0);
  ASSERT_EQ(s.actors.size(), 4u);
  EXPECT_EQ(s.actors[0].id, "USA");
  EXPECT_EQ(s.actors[3].id, "ARM");
  EXPECT_TRUE(std::isnan(actor(s, "ARM").net_stance));
}

TEST(RelationScorer, NoActorsOrOneActor) {
  const RelationScores none = score({}, {});
  EXPECT_TRUE(none.dyads.empty());
  EXPECT_TRUE(none.actors.empty());
  const RelationScores one = score({}, {"RUS"});
  EXPECT_TRUE(one.dyads.empty());
  ASSERT_EQ(one.actors.size(), 1u);
  EXPECT_TRUE(std::isnan(one.actors[0].net_stance));
  EXPECT_EQ(one.actors[0].positive_degree + one.actors[0].negative_degree, 0);
}

TEST(RelationScorer, RepeatedActorIdIsAProgrammingError) {
  EXPECT_THROW(RelationScorer({"IRN", "IRN"}, categories()), std::invalid_argument);
}

TEST(DyadScore, SignOfNet) {
  const std::vector<std::pair<double, int>> table = {
      {0.3, 1}, {-0.1, -1}, {0.0, 0}, {std::numeric_limits<double>::quiet_NaN(), 0}};
  for (const auto& [net, sign] : table) {
    DyadScore d;
    d.net = net;
    EXPECT_EQ(d.sign(), sign) << net;
  }
}

// The message must name the origin: "document 003, unit 7" for a tagged
// relation, "relations.csv:42" for line 42 of the curated file.
TEST(RelationScorer, BadRelationsAreDataErrorsNamingTheirOrigin) {
  struct Case {
    const char* name;
    Relation relation;
    const char* message;
  };
  const auto tagged = [](Relation r) {
    r.doc_id = "003";
    r.unit = 7;
    return r;
  };
  const auto curated = [](Relation r) {
    r.origin = "curated";
    r.curated_line = 42;
    return r;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<Case> cases = {
      {"unknown source", tagged(rel("XYZ", "IRN", true, Polarity::kCooperation, "07", 7, 1, 3, 7)), "unknown actor 'XYZ'"},
      {"unknown target", curated(rel("IRN", "CHN", true, Polarity::kRivalry, "11", -2, 1, 3, 7)), "unknown actor 'CHN'"},
      {"self-relation", tagged(rel("IRN", "IRN", false, Polarity::kNeutral, "", 0, 1, 3, 7)), "itself"},
      {"confidence > 1", curated(rel("IRN", "RUS", true, Polarity::kCooperation, "07", 7, 1.5, 3, 7)), "confidence"},
      {"NaN intensity", tagged(rel("IRN", "RUS", true, Polarity::kCooperation, "07", nan, 1, 3, 7)), "intensity"},
      {"unknown category", curated(rel("IRN", "RUS", true, Polarity::kCooperation, "99", 7, 1, 3, 7)), "category '99'"},
      {"no category", tagged(rel("IRN", "RUS", false, Polarity::kRivalry, "", -2, 1, 3, 7)), "category ''"},
  };
  for (const Case& c : cases) {
    RelationScorer scorer(kActors, categories());
    try {
      scorer.add(c.relation);
      ADD_FAILURE() << c.name << ": no error";
    } catch (const io::DataError& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find(c.message), std::string::npos) << c.name << ": " << what;
      const char* origin = c.relation.origin == "curated" ? "relations.csv:42: curated relation" : "document 003, unit 7";
      EXPECT_EQ(what.rfind(origin, 0), 0u) << c.name << ": " << what;
    }
    // A refused relation leaves no trace.
    const RelationScores s = scorer.finish();
    EXPECT_EQ(dyad(s, "IRN", "RUS").cooperation_count, 0) << c.name;
  }
}

TEST(RelationScorer, CategoryIsNotCheckedForWithheldOrNeutral) {
  EXPECT_NO_THROW(score({rel("IRN", "RUS", true, Polarity::kWithheld, "99", 0, 1, 0, 0),
                         rel("IRN", "RUS", false, Polarity::kNeutral, "", 0, 1, 0, 1)}));
}

TEST(RelationScorer, RelationGoingBackwardsIsADataError) {
  RelationScorer scorer(kActors, categories());
  scorer.add(rel("IRN", "RUS", true, Polarity::kRivalry, "11", -2, 1, 2, 5));
  scorer.add(rel("IRN", "RUS", true, Polarity::kRivalry, "11", -2, 1, 2, 5));  // same sentence: fine
  // An earlier unit of the same document, in another dyad: still backwards.
  try {
    scorer.add(rel("ARM", "USA", false, Polarity::kNeutral, "", 0, 1, 2, 4));
    ADD_FAILURE() << "no error";
  } catch (const io::DataError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("document 002, unit 4"), std::string::npos) << what;
    EXPECT_NE(what.find("after document 2 unit 5"), std::string::npos) << what;
  }
  // An earlier document with a later unit.
  EXPECT_THROW(scorer.add(rel("IRN", "RUS", true, Polarity::kRivalry, "11", -2, 1, 1, 9)), io::DataError);
  // The order resumes from the last accepted relation.
  EXPECT_NO_THROW(scorer.add(rel("IRN", "RUS", true, Polarity::kRivalry, "11", -2, 1, 3, 0)));
  EXPECT_EQ(dyad(scorer.finish(), "IRN", "RUS").evidence_sentences, 2);  // (2,5), (3,0)
}

}  // namespace
}  // namespace actornet::analysis
