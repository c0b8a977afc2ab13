#include "render/signed_map_text.hpp"

#include <cmath>

#include "render/map_text.hpp"
#include "render/net_palette.hpp"

namespace actornet::render {
namespace {

const char* const kEnDash = "\xE2\x80\x93";  // U+2013
const char* const kMinus = "\xE2\x88\x92";   // U+2212
// An empty column spanning both rows of the colour scale: a gap of 8 points.
const std::string kGap = "<TD ROWSPAN=\"2\" WIDTH=\"8\"></TD>";

std::string signed_fixed(double value) {
  const std::string digits = format_fixed(std::abs(value), 2);
  if (value > 0) return "+" + digits;
  if (value < 0) return kMinus + digits;
  return digits;
}

std::string swatch_cell(double net, const std::string& alpha) {
  return "<TD BGCOLOR=\"" + net_colour(net) + alpha + "\" WIDTH=\"18\" HEIGHT=\"14\"></TD>";
}

// A short line in the style of `net`, then its meaning.
std::string line_sample(double net, double pen_width, const std::string& alpha,
                        const std::string& meaning) {
  const NetLine line = net_line(net);
  std::string style;
  if (line != NetLine::kSolid) style = " STYLE=\"" + std::string(graphviz_style(line)) + "\"";
  return "<TD SIDES=\"B\" BORDER=\"" + format_fixed(pen_width, 0) + "\"" + style + " COLOR=\"" +
         net_colour(net) + alpha + "\" WIDTH=\"40\"></TD><TD ALIGN=\"LEFT\">" +
         escape_html(meaning) + "</TD>";
}

}  // namespace

std::string relations_caption(const std::string& relations_source) {
  if (relations_source == "auto") return "; relations: automatic tagging";
  if (relations_source == "curated") return "; relations: curated coding";
  if (relations_source == "both") return "; relations: automatic tagging and curated coding";
  if (relations_source.empty()) return "";
  return "; relations: " + relations_source;
}

std::string signed_tie_tooltip(const std::string& name_a, const std::string& name_b,
                               const network::Tie& tie, network::WeightKind kind) {
  std::string out =
      name_a + " " + kEnDash + " " + name_b + ": cooperation " + format_value(tie.cooperation) +
      " (" + with_thousands(tie.cooperation_count) + "), rivalry " + format_value(tie.rivalry) +
      " (" + with_thousands(tie.rivalry_count) + "), net " +
      (std::isnan(tie.net) ? "undefined" : signed_fixed(tie.net)) + ", withheld " +
      with_thousands(tie.withheld_count) + "; co-occurrence " + with_thousands(tie.count) +
      ", association " + format_fixed(tie.association_strength, 2);
  if (kind == network::WeightKind::kJaccard || kind == network::WeightKind::kCosine) {
    out += ", " + network::to_string(kind) + " " + format_fixed(network::tie_weight(tie, kind), 3);
  }
  return out;
}

double scale_step_net(int step) { return -1.0 + 2.0 * step / (kScaleSteps - 1); }

std::string signed_legend_rows(double sample_pen_width, const std::string& alpha) {
  std::string swatches;
  for (int step = 0; step < kScaleSteps; ++step)
    swatches += swatch_cell(scale_step_net(step), alpha);
  // Under the scale: "−1" below the first two swatches, "0" below the
  // centre one, "+1" below the last two (kScaleSteps = 9).
  const std::string ticks = std::string("<TD COLSPAN=\"2\" ALIGN=\"LEFT\">") + kMinus +
                            "1</TD><TD COLSPAN=\"2\"></TD><TD>0</TD><TD COLSPAN=\"2\"></TD>"
                            "<TD COLSPAN=\"2\" ALIGN=\"RIGHT\">+1</TD>";
  const std::string colour_row =
      "<TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
      "<TR><TD ROWSPAN=\"2\" VALIGN=\"TOP\">" +
      escape_html(std::string("edge colour: net score (C ") + kMinus + " R) / (C + R)") + "</TD>" +
      kGap + "<TD ROWSPAN=\"2\" VALIGN=\"TOP\">rivalry</TD>" + kGap + swatches + kGap +
      "<TD ROWSPAN=\"2\" VALIGN=\"TOP\">cooperation</TD></TR><TR>" + ticks +
      "</TR></TABLE></TD></TR>";
  const std::string line_row =
      "<TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"1\"><TR>"
      "<TD>line:</TD>" +
      line_sample(1.0, sample_pen_width, alpha, "cooperation") +
      line_sample(-1.0, sample_pen_width, alpha, "rivalry (dashed)") +
      line_sample(0.0, sample_pen_width, alpha, "balanced (net 0)") +
      line_sample(std::nan(""), sample_pen_width, alpha,
                  "no cooperation or rivalry found (dotted)") +
      "</TR></TABLE></TD></TR>";
  return colour_row + line_row;
}

}  // namespace actornet::render
