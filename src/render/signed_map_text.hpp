// The words and legend rows that a signed map (CorpusSummary::signed_layers)
// adds to the network map: relation source in the caption, the net-score
// colour scale, the line styles, and the per-tie tooltip. Plain strings, no
// Graphviz types; colours and styles come from render/net_palette.hpp.
#pragma once

#include <string>

#include "network/network.hpp"

namespace actornet::render {

// Appended to the caption: "; relations: automatic tagging", "...: curated
// coding", "...: automatic tagging and curated coding"; "" for "".
std::string relations_caption(const std::string& relations_source);

// Unescaped, one line:
// "Russia – Iran: cooperation 12.5 (5), rivalry 3 (2), net +0.61, withheld 1;
// co-occurrence 80, association 4.70" (net "−0.40" with U+2212, "undefined"
// when NaN), plus the chosen weight when it is Jaccard or cosine.
std::string signed_tie_tooltip(const std::string& name_a, const std::string& name_b,
                               const network::Tie& tie, network::WeightKind kind);

// The net scores whose colours the legend's scale shows: -1, -0.75, ..., +1.
constexpr int kScaleSteps = 9;
double scale_step_net(int step);

// Two rows of the heading table (HTML-like, all text escaped here): the colour
// scale "edge colour: net score (C − R) / (C + R)   rivalry [9 swatches]
// cooperation" with "−1", "0", "+1" under its ends and centre, and the line
// styles "cooperation" (solid), "rivalry" (dashed), "balanced (net 0)"
// (solid grey), "no cooperation or rivalry found" (dotted grey), each on a
// sample line of `sample_pen_width` points. `alpha` ("D9" or "") is appended
// to every colour, as the ties get it, so that the samples look like them.
std::string signed_legend_rows(double sample_pen_width, const std::string& alpha);

}  // namespace actornet::render
