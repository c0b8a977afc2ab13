// Tests for render/signed_map_text.hpp: caption, tooltip and legend rows of
// a signed map.
#include "render/signed_map_text.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "render/net_palette.hpp"

namespace actornet::render {
namespace {

const std::string kEnDash = "\xE2\x80\x93";
const std::string kMinus = "\xE2\x88\x92";

network::Tie signed_tie(double cooperation, std::int64_t n_coop, double rivalry, std::int64_t n_riv,
                        std::int64_t withheld) {
  network::Tie tie;
  tie.count = 80;
  tie.units = 80;
  tie.association_strength = 4.7009;
  tie.jaccard = 0.25;
  tie.cooperation = cooperation;
  tie.cooperation_count = n_coop;
  tie.rivalry = rivalry;
  tie.rivalry_count = n_riv;
  tie.withheld_count = withheld;
  tie.net = network::net_score(cooperation, rivalry);
  return tie;
}

TEST(SignedTieTooltip, CarriesBothLayersNetWithheldAndCoOccurrence) {
  using network::WeightKind;
  const struct {
    const char* name;
    network::Tie tie;
    WeightKind kind;
    std::string expected;
  } cases[] = {
      // net (12.5 - 3) / 15.5 = 0.6129 -> "+0.61".
      {"cooperative", signed_tie(12.5, 5, 3.0, 2, 1), WeightKind::kCount,
       "Russia " + kEnDash +
           " Iran: cooperation 12.5 (5), rivalry 3 (2), net +0.61, withheld 1; "
           "co-occurrence 80, association 4.70"},
      // net (1 - 3) / 4 = -0.5, written with a real minus sign.
      {"hostile", signed_tie(1.0, 1, 3.0, 1, 0), WeightKind::kCount,
       "Russia " + kEnDash + " Iran: cooperation 1 (1), rivalry 3 (1), net " + kMinus +
           "0.50, withheld 0; co-occurrence 80, association 4.70"},
      {"balanced", signed_tie(2.5, 1, 2.5, 1, 0), WeightKind::kCooperation,
       "Russia " + kEnDash +
           " Iran: cooperation 2.5 (1), rivalry 2.5 (1), net 0.00, withheld 0; "
           "co-occurrence 80, association 4.70"},
      {"nothing tagged", signed_tie(0.0, 0, 0.0, 0, 2), WeightKind::kJaccard,
       "Russia " + kEnDash +
           " Iran: cooperation 0 (0), rivalry 0 (0), net undefined, withheld 2; "
           "co-occurrence 80, association 4.70, jaccard 0.250"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(signed_tie_tooltip("Russia", "Iran", c.tie, c.kind), c.expected) << c.name;
  }
}

TEST(RelationsCaption, NamesTheSource) {
  EXPECT_EQ(relations_caption("auto"), "; relations: automatic tagging");
  EXPECT_EQ(relations_caption("curated"), "; relations: curated coding");
  EXPECT_EQ(relations_caption("both"), "; relations: automatic tagging and curated coding");
  EXPECT_EQ(relations_caption(""), "");
}

TEST(ScaleStepNet, RunsFromMinusOneToPlusOne) {
  EXPECT_EQ(kScaleSteps, 9);
  EXPECT_EQ(scale_step_net(0), -1.0);
  EXPECT_EQ(scale_step_net(1), -0.75);
  EXPECT_EQ(scale_step_net(4), 0.0);
  EXPECT_EQ(scale_step_net(8), 1.0);
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

TEST(SignedLegendRows, ShowTheScaleInOrderAndTheLineStyles) {
  const std::string rows = signed_legend_rows(3.0, "D9");
  // Two complete rows of the heading table.
  EXPECT_EQ(rows.rfind("<TR><TD><TABLE", 0), 0u);
  EXPECT_EQ(occurrences(rows, "<TR>"), occurrences(rows, "</TR>"));
  // The swatches, left to right from -1 to +1, with the ties' alpha.
  std::size_t at = 0;
  for (int step = 0; step < kScaleSteps; ++step) {
    const std::string swatch = "BGCOLOR=\"" + net_colour(scale_step_net(step)) + "D9\"";
    const std::size_t found = rows.find(swatch, at);
    ASSERT_NE(found, std::string::npos) << step;
    at = found + 1;
  }
  for (const std::string& text :
       {"edge colour: net score (C " + kMinus + " R) / (C + R)", std::string(">rivalry<"),
        std::string(">cooperation<"), ">" + kMinus + "1<", std::string(">0<"), std::string(">+1<"),
        std::string(">line:<"), std::string(">rivalry (dashed)<"),
        std::string(">balanced (net 0)<"),
        std::string(">no cooperation or rivalry found (dotted)<")}) {
    EXPECT_NE(rows.find(text), std::string::npos) << text;
  }
  // One dashed sample in the rivalry colour, one dotted in the no-relation grey.
  EXPECT_EQ(occurrences(rows, "STYLE=\"dashed\" COLOR=\"#D55E00D9\""), 1u);
  EXPECT_EQ(
      occurrences(rows, "STYLE=\"dotted\" COLOR=\"" + std::string(kNoRelationColour) + "D9\""), 1u);
  EXPECT_EQ(occurrences(rows, "BORDER=\"3\""), 4u);
  EXPECT_EQ(rows.find("&nbsp;"), std::string::npos);
}

}  // namespace
}  // namespace actornet::render
