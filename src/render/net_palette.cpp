#include "render/net_palette.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace actornet::render {

const char* const kBalancedColour = "#A6A6A6";
const char* const kNoRelationColour = "#8C8C8C";

namespace {

constexpr const char* kRivalryColour = "#D55E00";      // Okabe-Ito vermillion
constexpr const char* kCooperationColour = "#0072B2";  // Okabe-Ito blue

struct Lab {
  double l, a, b;
};

// D65 white point (CIE 15:2004).
constexpr double kXn = 0.95047, kYn = 1.0, kZn = 1.08883;
constexpr double kDelta = 6.0 / 29.0;

double to_linear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double to_gamma(double c) {
  return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}
double lab_f(double t) {
  return t > kDelta * kDelta * kDelta ? std::cbrt(t) : t / (3 * kDelta * kDelta) + 4.0 / 29.0;
}
double lab_f_inverse(double t) {
  return t > kDelta ? t * t * t : 3 * kDelta * kDelta * (t - 4.0 / 29.0);
}

// "#RRGGBB" -> CIELAB through linear sRGB and XYZ (IEC 61966-2-1 matrices).
Lab to_lab(const char* hex) {
  unsigned int r = 0, g = 0, b = 0;
  std::sscanf(hex, "#%2x%2x%2x", &r, &g, &b);
  const double lr = to_linear(r / 255.0), lg = to_linear(g / 255.0), lb = to_linear(b / 255.0);
  const double x = 0.4124564 * lr + 0.3575761 * lg + 0.1804375 * lb;
  const double y = 0.2126729 * lr + 0.7151522 * lg + 0.0721750 * lb;
  const double z = 0.0193339 * lr + 0.1191920 * lg + 0.9503041 * lb;
  const double fx = lab_f(x / kXn), fy = lab_f(y / kYn), fz = lab_f(z / kZn);
  return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

std::string to_hex(const Lab& lab) {
  const double fy = (lab.l + 16) / 116;
  const double x = kXn * lab_f_inverse(fy + lab.a / 500);
  const double y = kYn * lab_f_inverse(fy);
  const double z = kZn * lab_f_inverse(fy - lab.b / 200);
  const double linear[3] = {3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
                            -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
                            0.0556434 * x - 0.2040259 * y + 1.0572252 * z};
  char out[8];
  int bytes[3];
  for (int i = 0; i < 3; ++i) {
    const double c = std::clamp(to_gamma(std::clamp(linear[i], 0.0, 1.0)), 0.0, 1.0);
    bytes[i] = static_cast<int>(std::lround(c * 255));
  }
  std::snprintf(out, sizeof out, "#%02X%02X%02X", bytes[0], bytes[1], bytes[2]);
  return out;
}

}  // namespace

std::string net_colour(double net) {
  if (std::isnan(net)) return kNoRelationColour;
  const double t = std::clamp(std::abs(net), 0.0, 1.0);
  if (t == 0) return kBalancedColour;
  const Lab from = to_lab(kBalancedColour);  // a = b = 0: no hue
  const Lab to = to_lab(net > 0 ? kCooperationColour : kRivalryColour);
  // Lightness linear in |net|; chroma (a, b scaled alike, so the hue stays
  // the end's) grows with sqrt(|net|), so that moderate scores already show
  // their side instead of a muddy grey.
  const double chroma = std::sqrt(t);
  return to_hex({from.l + t * (to.l - from.l), chroma * to.a, chroma * to.b});
}

NetLine net_line(double net) {
  if (std::isnan(net)) return NetLine::kDotted;
  return net < 0 ? NetLine::kDashed : NetLine::kSolid;
}

const char* graphviz_style(NetLine line) {
  switch (line) {
    case NetLine::kSolid:
      return "solid";
    case NetLine::kDashed:
      return "dashed";
    case NetLine::kDotted:
      return "dotted";
  }
  return "solid";
}

}  // namespace actornet::render
