#include "analysis/agreement.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace actornet::analysis {
namespace {

using extract::Polarity;
using extract::Relation;

Relation rel(std::size_t doc, std::size_t unit, const char* origin, const char* a, const char* b, Polarity p,
             const char* excluded_by = "") {
  Relation r;
  r.doc_seq = doc;
  r.doc_id = "d" + std::to_string(doc);
  r.unit = unit;
  r.origin = origin;
  r.source = a;
  r.target = b;
  r.polarity = p;
  r.excluded_by = excluded_by;
  r.text = "sentence " + std::to_string(unit);
  return r;
}

// Five items worked by hand (curated label / automatic label):
//   (0,1) IRN-RUS  cooperation / cooperation   agree
//   (0,2) IRN-ISR  rivalry     / neutral
//   (0,3) RUS-USA  neutral (no row) / rivalry
//   (0,4) IRN-RUS  withheld    / cooperation   (a missed negation)
//   (1,0) CHN-RUS  neutral (no row) / neutral  agree
// plus a curated row in an excluded unit, which is not an item.
AgreementReport worked_example() {
  AgreementCounter counter;
  counter.add(rel(0, 1, "curated", "IRN", "RUS", Polarity::kCooperation));
  counter.add(rel(0, 1, "auto", "RUS", "IRN", Polarity::kCooperation));
  counter.add(rel(0, 2, "curated", "IRN", "ISR", Polarity::kRivalry));
  counter.add(rel(0, 2, "auto", "IRN", "ISR", Polarity::kNeutral));
  counter.add(rel(0, 3, "auto", "RUS", "USA", Polarity::kRivalry));
  counter.add(rel(0, 4, "curated", "RUS", "IRN", Polarity::kWithheld));
  counter.add(rel(0, 4, "auto", "RUS", "IRN", Polarity::kCooperation));
  counter.add(rel(1, 0, "auto", "CHN", "RUS", Polarity::kNeutral));
  counter.add(rel(1, 1, "curated", "ARM", "RUS", Polarity::kCooperation, "faq"));
  return counter.finish();
}

TEST(Agreement, ConfusionMatrixOfTheWorkedExample) {
  const AgreementReport r = worked_example();
  EXPECT_EQ(r.all.items, 5);
  // Rows curated, columns automatic: cooperation, rivalry, withheld, neutral.
  const std::array<std::array<std::int64_t, 4>, 4> expected = {{{1, 0, 0, 0},
                                                                {0, 0, 0, 1},
                                                                {1, 0, 0, 0},
                                                                {0, 1, 0, 1}}};
  EXPECT_EQ(r.all.confusion, expected);
  ASSERT_EQ(r.disagreements.size(), 3u);
  EXPECT_EQ(r.disagreements[0].a, "IRN");
  EXPECT_EQ(r.disagreements[0].b, "ISR");
  EXPECT_EQ(r.disagreements[2].curated, "withheld");
  EXPECT_EQ(r.disagreements[2].automatic, "cooperation");
}

TEST(Agreement, KappaByHand) {
  // p_o = 2/5 = 0.4; marginals curated (1,1,1,2)/5, automatic (2,1,0,2)/5;
  // p_e = 0.2*0.4 + 0.2*0.2 + 0.2*0 + 0.4*0.4 = 0.28;
  // kappa = (0.4 - 0.28) / (1 - 0.28) = 0.12 / 0.72 = 1/6 (Cohen 1960).
  const AgreementReport r = worked_example();
  EXPECT_DOUBLE_EQ(r.all.observed, 0.4);
  EXPECT_NEAR(r.all.expected, 0.28, 1e-15);
  EXPECT_NEAR(r.all.kappa, 1.0 / 6.0, 1e-15);
}

TEST(Agreement, PrecisionRecallF1ByHand) {
  const AgreementReport r = worked_example();
  ASSERT_EQ(r.all.labels.size(), 4u);
  // cooperation: tagger said it twice, once right (P 1/2); coder said it once (R 1/1).
  EXPECT_DOUBLE_EQ(r.all.labels[0].precision, 0.5);
  EXPECT_DOUBLE_EQ(r.all.labels[0].recall, 1.0);
  EXPECT_NEAR(r.all.labels[0].f1, 2.0 / 3.0, 1e-15);
  // rivalry: P 0/1, R 0/1, F1 undefined (P + R = 0).
  EXPECT_DOUBLE_EQ(r.all.labels[1].precision, 0.0);
  EXPECT_DOUBLE_EQ(r.all.labels[1].recall, 0.0);
  EXPECT_TRUE(std::isnan(r.all.labels[1].f1));
  // withheld: the tagger never said it: precision undefined.
  EXPECT_TRUE(std::isnan(r.all.labels[2].precision));
  EXPECT_DOUBLE_EQ(r.all.labels[2].recall, 0.0);
  // neutral: P 1/2, R 1/2, F1 1/2.
  EXPECT_DOUBLE_EQ(r.all.labels[3].f1, 0.5);
}

TEST(Agreement, NamedItemsLeaveOutPairsTheTaggerCannotSee) {
  AgreementCounter counter;
  counter.add(rel(0, 0, "curated", "IRN", "RUS", Polarity::kCooperation));
  counter.add(rel(0, 0, "auto", "IRN", "RUS", Polarity::kCooperation));
  // Only the coder has this pair ("it" = Russia in the sentence).
  counter.add(rel(0, 1, "curated", "IRN", "RUS", Polarity::kRivalry));
  const AgreementReport r = counter.finish();
  EXPECT_EQ(r.all.items, 2);
  EXPECT_EQ(r.named.items, 1);
  EXPECT_DOUBLE_EQ(r.named.observed, 1.0);
  EXPECT_DOUBLE_EQ(r.all.observed, 0.5);
  EXPECT_EQ(r.disagreements.size(), 1u);
}

TEST(Agreement, PerfectAgreementHasKappaOne) {
  AgreementCounter counter;
  counter.add(rel(0, 0, "curated", "IRN", "RUS", Polarity::kCooperation));
  counter.add(rel(0, 0, "auto", "IRN", "RUS", Polarity::kCooperation));
  counter.add(rel(0, 1, "curated", "IRN", "ISR", Polarity::kRivalry));
  counter.add(rel(0, 1, "auto", "ISR", "IRN", Polarity::kRivalry));
  const AgreementReport r = counter.finish();
  EXPECT_DOUBLE_EQ(r.all.kappa, 1.0);
  EXPECT_TRUE(r.disagreements.empty());
}

TEST(Agreement, MajorityLabelAndTieOrder) {
  AgreementCounter counter;
  // Curated: two cooperation rows and one rivalry row for the pair: cooperation.
  counter.add(rel(0, 0, "curated", "IRN", "RUS", Polarity::kCooperation));
  counter.add(rel(0, 0, "curated", "IRN", "RUS", Polarity::kCooperation));
  counter.add(rel(0, 0, "curated", "IRN", "RUS", Polarity::kRivalry));
  // Automatic: one cooperation and one rivalry: the tie goes to rivalry.
  counter.add(rel(0, 0, "auto", "IRN", "RUS", Polarity::kCooperation));
  counter.add(rel(0, 0, "auto", "RUS", "IRN", Polarity::kRivalry));
  const AgreementReport r = counter.finish();
  ASSERT_EQ(r.disagreements.size(), 1u);
  EXPECT_EQ(r.disagreements[0].curated, "cooperation");
  EXPECT_EQ(r.disagreements[0].automatic, "rivalry");
}

TEST(Agreement, NoItemsGivesUndefinedFigures) {
  AgreementCounter counter;
  const AgreementReport r = counter.finish();
  EXPECT_EQ(r.all.items, 0);
  EXPECT_TRUE(std::isnan(r.all.kappa));
  EXPECT_TRUE(std::isnan(r.all.observed));
}

}  // namespace
}  // namespace actornet::analysis
