#include "analysis/relation_selection.hpp"

#include <gtest/gtest.h>

#include "io/errors.hpp"

namespace actornet::analysis {
namespace {

using extract::Polarity;
using extract::Relation;

Relation rel(std::size_t unit, const char* origin, const char* a, const char* b, Polarity p,
             const char* excluded_by = "") {
  Relation r;
  r.doc_seq = 0;
  r.unit = unit;
  r.origin = origin;
  r.source = a;
  r.target = b;
  r.polarity = p;
  r.excluded_by = excluded_by;
  return r;
}

// Sentence 0: curated IRN-RUS cooperation; automatic RUS>IRN rivalry (wrong)
//             and automatic IRN-ISR neutral (not coded).
// Sentence 1: automatic CHN-RUS cooperation only.
// Sentence 2: curated ARM-RUS cooperation in excluded text.
std::vector<Relation> input() {
  return {rel(0, "curated", "IRN", "RUS", Polarity::kCooperation), rel(0, "auto", "RUS", "IRN", Polarity::kRivalry),
          rel(0, "auto", "IRN", "ISR", Polarity::kNeutral), rel(1, "auto", "CHN", "RUS", Polarity::kCooperation),
          rel(2, "curated", "ARM", "RUS", Polarity::kCooperation, "faq")};
}

std::vector<std::string> run(RelationMode mode, SelectionCounts* counts = nullptr) {
  std::vector<std::string> out;
  RelationSelector selector(mode, [&out](const Relation& r) {
    out.push_back(std::to_string(r.unit) + " " + r.origin + " " + r.source + "-" + r.target);
  });
  for (const Relation& r : input()) selector.add(r);
  selector.finish();
  if (counts != nullptr) *counts = selector.counts();
  return out;
}

using V = std::vector<std::string>;

TEST(RelationSelection, BothLetsTheCuratedCodeWinForItsSentenceAndPair) {
  SelectionCounts counts;
  EXPECT_EQ(run(RelationMode::kBoth, &counts),
            (V{"0 curated IRN-RUS", "0 auto IRN-ISR", "1 auto CHN-RUS"}));
  EXPECT_EQ(counts.superseded, 1);
  EXPECT_EQ(counts.excluded_curated, 1);
  EXPECT_EQ(counts.curated, 1);
  EXPECT_EQ(counts.automatic, 2);
}

TEST(RelationSelection, AutoAndCuratedModes) {
  EXPECT_EQ(run(RelationMode::kAuto), (V{"0 auto RUS-IRN", "0 auto IRN-ISR", "1 auto CHN-RUS"}));
  EXPECT_EQ(run(RelationMode::kCurated), (V{"0 curated IRN-RUS"}));
}

TEST(RelationSelection, ModeNames) {
  EXPECT_EQ(parse_relation_mode("both"), RelationMode::kBoth);
  EXPECT_EQ(to_string(parse_relation_mode("curated")), "curated");
  EXPECT_THROW(parse_relation_mode("manual"), io::UsageError);
}

}  // namespace
}  // namespace actornet::analysis

namespace actornet::analysis {
namespace {

TEST(RelationSelection, ModeOfARecordedSource) {
  EXPECT_EQ(relation_mode_of(""), RelationMode::kBoth);  // not recorded: the default
  EXPECT_EQ(relation_mode_of("auto"), RelationMode::kAuto);
  EXPECT_EQ(relation_mode_of("curated"), RelationMode::kCurated);
  EXPECT_THROW(relation_mode_of("edge list"), io::UsageError);
}

}  // namespace
}  // namespace actornet::analysis
