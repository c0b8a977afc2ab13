// How a tie's net score (C - R) / (C + R) is drawn on a signed map: colour
// from a diverging, colour-blind-safe scale, and a line style that repeats
// the sign so that the map still reads in grey print.
//
// Colour scale: Okabe & Ito (2008), "Color Universal Design", vermillion
// #D55E00 (rivalry, net -1) and blue #0072B2 (cooperation, net +1), both
// distinguishable under protanopia, deuteranopia and tritanopia, through a
// neutral grey (#A6A6A6) at net 0. Between the anchors the colour is
// interpolated in CIELAB (CIE 1976 L*a*b*, D65), where equal steps look
// roughly equally large: lightness linearly in |net|, chroma with sqrt(|net|)
// at the end's hue (a linear blend through grey leaves moderate scores a
// muddy grey), rounded to 8-bit sRGB. Monotonic: the further a score from 0,
// the further its colour from the grey, on its side's hue. A diverging scale with a neutral centre
// follows Brewer (1994), "Color use guidelines for mapping and visualization", in MacEachren &
// Taylor (eds.), Visualization in Modern Cartography.
#pragma once

#include <string>

namespace actornet::render {

// "#RRGGBB" (upper-case hex) for a net score in [-1, 1] (values outside are
// clamped); NaN (no cooperation or rivalry relation) gives kNoRelationColour.
std::string net_colour(double net);

// Grey of net 0 (balanced cooperation and rivalry).
extern const char* const kBalancedColour;
// Grey of ties without any cooperation or rivalry relation (net undefined).
// They are dotted (net_line), which leaves about a sixth of the line inked,
// so this grey is darker than the balanced one to stay visible.
extern const char* const kNoRelationColour;

// Line style: cooperation (net > 0) and balance (net = 0) solid, rivalry
// (net < 0) dashed, no relation (NaN) dotted. Graphviz `style` values.
enum class NetLine { kSolid, kDashed, kDotted };
NetLine net_line(double net);
const char* graphviz_style(NetLine line);

}  // namespace actornet::render
