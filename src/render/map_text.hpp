// The words on the network map (heading, caption, legend, tooltips) and the
// escaping that Graphviz needs for each kind of attribute. No Graphviz types:
// these are plain strings, so they are tested without a layout.
#pragma once

#include <cstdint>
#include <string>

#include "network/network.hpp"

namespace actornet::render {

// --- Escaping (Graphviz 2.42/2.43 semantics) ------------------------------
// All three also keep the SVG well-formed whatever the data: control
// characters become spaces and invalid UTF-8 bytes become U+FFFD.
// Text for an HTML-like label: & < > " ' become entities, and backslashes are
// doubled: Graphviz expands \G, \N ... in HTML-like text too (also when the
// backslash is written as the entity &#92;), and \\ yields one backslash.
std::string escape_html(const std::string& text);
// Text for a plain `label` (an escString): backslashes doubled so that \N, \G,
// \n ... are not expanded, and & written as &amp; because Graphviz decodes
// HTML entities in plain labels before the SVG renderer re-escapes them.
std::string escape_plain_label(const std::string& text);
// Text for `tooltip`: & written as &amp; and line breaks as &#10; (Graphviz
// decodes entities, then the SVG renderer re-escapes); each backslash written
// four times, because 2.42/2.43 passes node and edge tooltips through the
// escString substitution twice (observed; pinned by svg_map_test).
std::string escape_tooltip(const std::string& text);

// --- Numbers ----------------------------------------------------------------
// 1234567 -> "1,234,567".
std::string with_thousands(std::int64_t value);
// Integral values as integers ("80"), others with 3 significant digits
// ("0.0523", "1.23"); C locale.
std::string format_value(double value);
// Fixed decimals, C locale: format_fixed(1.234, 2) = "1.23".
std::string format_fixed(double value, int decimals);

// --- Texts ------------------------------------------------------------------
// "5 documents, 1,234 sentences, 2024-03 to 2025-07; binary counting per
// sentence"; a "window:3" unit reads "windows of 3 sentences". Dates are left
// out when unknown ("from A" / "until B" when only one is known).
std::string caption_text(const network::CorpusSummary& corpus);
// "co-occurrence count", "association strength", "Jaccard index", "cosine
// similarity", "cooperation C", "rivalry R".
std::string weight_display_name(network::WeightKind kind);

// The smallest and largest of a set of values shown in the legend.
struct ValueRange {
  double min = 0.0;
  double max = 0.0;
  bool empty = true;
};
// "node size: PageRank (0.052–0.318)", "node size: PageRank (all 0.143)" or
// "node size: uniform" (no values).
std::string node_size_legend(const std::string& size_label, const ValueRange& values);
// "edge width: co-occurrence count (2–80)", "... (all 5)" or "edge width: no ties".
// `edge_list`: the network came from an edge list, where the count is the
// user's weight.
std::string edge_width_legend(network::WeightKind kind, const ValueRange& weights, bool edge_list = false);

// Unescaped, lines separated by '\n':
// "Russia (RUS)\nunits: 120, mentions: 150\nPageRank: 0.312" (the last line
// only when has_size).
std::string node_tooltip(const network::ActorNode& actor, const std::string& size_label,
                         bool has_size, double size_value);
// "Russia – Iran: count 80, association 1.23", plus the chosen weight when it
// is Jaccard or cosine.
std::string tie_tooltip(const std::string& name_a, const std::string& name_b,
                        const network::Tie& tie, network::WeightKind kind);

// The graph label, top to bottom: title, caption, node-size legend, and the
// edge-width legend with one sample per distinct width (the value on a line
// as thick as its ties; pen widths are whole points). Body of an HTML-like
// label (no outer <>), all data escaped.
struct Heading {
  std::string title;
  std::string caption;
  std::string node_legend;
  std::string edge_legend;
  std::string tie_colour;        // "#RRGGBB" or "#RRGGBBAA", as the ties
  double thin_pen_width = 0.0;   // 0 = no samples (no ties)
  double thick_pen_width = 0.0;  // equal to thin when all ties weigh the same
  std::string thin_label;        // weight of the thinnest tie, e.g. "2"
  std::string thick_label;
  // Further legend rows after the edge-width row, as complete, escaped
  // HTML-like table rows ("<TR>...</TR>"); e.g. signed_legend_rows().
  std::string extra_rows;
};
std::string heading_html(const Heading& heading);

}  // namespace actornet::render
