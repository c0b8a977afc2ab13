// Tests for render/net_palette.hpp: the diverging net-score colours and the
// line styles of a signed map.
#include "render/net_palette.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>

namespace actornet::render {
namespace {

using Rgb = std::array<double, 3>;  // 0..255 per channel

Rgb parse(const std::string& hex) {
  unsigned int r = 0, g = 0, b = 0;
  EXPECT_EQ(std::sscanf(hex.c_str(), "#%2x%2x%2x", &r, &g, &b), 3) << hex;
  EXPECT_EQ(hex.size(), 7u) << hex;
  return {double(r), double(g), double(b)};
}

// Independent of the code under test: sRGB (IEC 61966-2-1) -> CIELAB (D65),
// from the published formulas.
double linear(double c8) {
  const double c = c8 / 255;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
Rgb lab_of_linear(const Rgb& lin) {
  const double x = 0.4124564 * lin[0] + 0.3575761 * lin[1] + 0.1804375 * lin[2];
  const double y = 0.2126729 * lin[0] + 0.7151522 * lin[1] + 0.0721750 * lin[2];
  const double z = 0.0193339 * lin[0] + 0.1191920 * lin[1] + 0.9503041 * lin[2];
  const auto f = [](double t) {
    const double d = 6.0 / 29.0;
    return t > d * d * d ? std::cbrt(t) : t / (3 * d * d) + 4.0 / 29.0;
  };
  const double fx = f(x / 0.95047), fy = f(y), fz = f(z / 1.08883);
  return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}
Rgb lab(const std::string& hex) {
  const Rgb c = parse(hex);
  return lab_of_linear({linear(c[0]), linear(c[1]), linear(c[2])});
}
double delta_e(const Rgb& p, const Rgb& q) {  // CIE 1976 colour difference
  return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

TEST(NetColour, AnchorsAreOkabeItoAndGrey) {
  // Okabe & Ito (2008): vermillion #D55E00, blue #0072B2.
  EXPECT_EQ(net_colour(-1.0), "#D55E00");
  EXPECT_EQ(net_colour(1.0), "#0072B2");
  EXPECT_EQ(net_colour(0.0), kBalancedColour);
  EXPECT_EQ(net_colour(-0.0), kBalancedColour);
  EXPECT_EQ(net_colour(std::nan("")), kNoRelationColour);
  EXPECT_NE(std::string(kBalancedColour), std::string(kNoRelationColour));
  // Out of range is clamped, never an invalid colour.
  EXPECT_EQ(net_colour(7.0), "#0072B2");
  EXPECT_EQ(net_colour(-7.0), "#D55E00");
}

// Moving away from 0, the colour moves away from the balanced grey (CIELAB
// distance strictly grows) and stays on its side: bluer than red for net > 0,
// redder than blue for net < 0. At least 5 distinguishable steps: the 21
// scores -1, -0.9, ..., +1 give 21 different colours.
TEST(NetColour, IsMonotonicOnEachSideOfZero) {
  const Rgb grey = lab(kBalancedColour);
  std::set<std::string> distinct;
  for (int sign : {-1, 1}) {
    double previous = 0.0;
    for (int k = 1; k <= 10; ++k) {
      const double net = sign * k / 10.0;
      const std::string hex = net_colour(net);
      distinct.insert(hex);
      const double distance = delta_e(lab(hex), grey);
      EXPECT_GT(distance, previous) << net;
      previous = distance;
      const Rgb c = parse(hex);
      const double toward_side = sign > 0 ? c[2] - c[0] : c[0] - c[2];  // blue - red
      EXPECT_GT(toward_side, 0.0) << net << " " << hex;
    }
  }
  distinct.insert(net_colour(0.0));
  EXPECT_EQ(distinct.size(), 21u);
}

// Colour-vision deficiency: simulated with the severity-1.0 matrices of
// Machado, Oliveira & Fernandes (2009), IEEE TVCG 15(6),
// doi:10.1109/TVCG.2009.113 (applied to linear sRGB), the two ends stay far
// apart (CIE76 difference >= 40; a pure red/green pair drops to about 12
// under deuteranopia) and each end stays apart from the grey (>= 20).
TEST(NetColour, EndsStayDistinctUnderColourVisionDeficiency) {
  using Matrix = std::array<Rgb, 3>;
  const struct {
    const char* name;
    Matrix m;
  } cases[] = {
      {"protanopia",
       {{{0.152286, 1.052583, -0.204868},
         {0.114503, 0.786281, 0.099216},
         {-0.003882, -0.048116, 1.051998}}}},
      {"deuteranopia",
       {{{0.367322, 0.860646, -0.227968},
         {0.280085, 0.672501, 0.047413},
         {-0.011820, 0.042940, 0.968881}}}},
      {"tritanopia",
       {{{1.255528, -0.076749, -0.178779},
         {-0.078411, 0.930809, 0.147602},
         {0.004733, 0.691367, 0.303900}}}},
  };
  const auto simulate = [](const Matrix& m, const std::string& hex) {
    const Rgb c = parse(hex);
    const Rgb lin = {linear(c[0]), linear(c[1]), linear(c[2])};
    Rgb out{};
    for (int i = 0; i < 3; ++i) {
      const double v = m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2];
      out[i] = std::fmin(1.0, std::fmax(0.0, v));
    }
    return lab_of_linear(out);
  };
  for (const auto& c : cases) {
    const Rgb rivalry = simulate(c.m, net_colour(-1.0));
    const Rgb cooperation = simulate(c.m, net_colour(1.0));
    const Rgb grey = simulate(c.m, net_colour(0.0));
    EXPECT_GE(delta_e(rivalry, cooperation), 40.0) << c.name;
    EXPECT_GE(delta_e(rivalry, grey), 20.0) << c.name;
    EXPECT_GE(delta_e(cooperation, grey), 20.0) << c.name;
  }
}

TEST(NetLine, DashesRivalryAndDotsMissingRelations) {
  const struct {
    double net;
    NetLine line;
    const char* style;
  } cases[] = {{1.0, NetLine::kSolid, "solid"},    {0.01, NetLine::kSolid, "solid"},
               {0.0, NetLine::kSolid, "solid"},    {-0.01, NetLine::kDashed, "dashed"},
               {-1.0, NetLine::kDashed, "dashed"}, {std::nan(""), NetLine::kDotted, "dotted"}};
  for (const auto& c : cases) {
    EXPECT_EQ(net_line(c.net), c.line) << c.net;
    EXPECT_STREQ(graphviz_style(net_line(c.net)), c.style) << c.net;
  }
}

}  // namespace
}  // namespace actornet::render
