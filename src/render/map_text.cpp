#include "render/map_text.hpp"

#include "network/edge_list.hpp"

#include <cmath>
#include <locale>
#include <sstream>

namespace actornet::render {
namespace {

const char* const kEnDash = "\xE2\x80\x93";  // U+2013

enum class Target { kHtml, kPlainLabel, kTooltip };

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 if the
// bytes there are not one (RFC 3629: no overlongs, surrogates or > U+10FFFF).
std::size_t utf8_length(const std::string& text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  // Sequence length and the allowed range of the second byte, by lead byte.
  std::size_t n = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    n = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    n = 3;
    if (lead == 0xE0) lo = 0xA0;  // no overlongs
    if (lead == 0xED) hi = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    n = 4;
    if (lead == 0xF0) lo = 0x90;  // no overlongs
    if (lead == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + n > text.size() || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return n;
}

// Escapes for one kind of Graphviz string. Also keeps the SVG well-formed:
// control characters (not allowed in XML 1.0) become spaces and invalid UTF-8
// becomes U+FFFD.
std::string replace_chars(const std::string& text, Target target) {
  const bool html = target == Target::kHtml;
  const bool tooltip = target == Target::kTooltip;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const char c = text[i];
    i += n;
    if (n > 1) {
      out.append(text, i - n, n);
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += html ? "&lt;" : "<";
        break;
      case '>':
        out += html ? "&gt;" : ">";
        break;
      case '"':
        out += html ? "&quot;" : "\"";
        break;
      case '\'':
        out += html ? "&#39;" : "'";
        break;
      case '\\':
        out += tooltip ? "\\\\\\\\" : "\\\\";
        break;
      case '\n':
        out += tooltip ? "&#10;" : " ";
        break;
      default:
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
  return out;
}

std::string plural(std::int64_t n, const std::string& singular, const std::string& plural_form) {
  return with_thousands(n) + " " + (n == 1 ? singular : plural_form);
}

// ("sentence", "sentences") for "sentence"; ("window of 3 sentences",
// "windows of 3 sentences") for "window:3".
std::pair<std::string, std::string> unit_names(const std::string& unit) {
  const std::string window = "window:";
  if (unit.compare(0, window.size(), window) == 0) {
    const std::string size = unit.substr(window.size());
    const std::string of = " of " + size + (size == "1" ? " sentence" : " sentences");
    return {"window" + of, "windows" + of};
  }
  return {unit, unit + "s"};
}

std::string range_text(const ValueRange& values) {
  if (values.min == values.max) return "all " + format_value(values.min);
  return format_value(values.min) + kEnDash + format_value(values.max);
}

// A tie sample: the value standing on a line as thick as the tie drawn for
// it (the cell's bottom border). Graphviz widens a nested table to fill its
// cell, so line and value share one cell to stay together.
std::string sample_cell(const std::string& colour, double pen_width, const std::string& value) {
  return "<TD SIDES=\"B\" BORDER=\"" + format_fixed(pen_width, 0) + "\" COLOR=\"" + colour +
         "\" WIDTH=\"40\">" + escape_html(value) + "</TD>";
}

}  // namespace

std::string escape_html(const std::string& text) { return replace_chars(text, Target::kHtml); }
std::string escape_plain_label(const std::string& text) {
  return replace_chars(text, Target::kPlainLabel);
}
std::string escape_tooltip(const std::string& text) {
  return replace_chars(text, Target::kTooltip);
}

std::string with_thousands(std::int64_t value) {
  const bool negative = value < 0;
  // Through unsigned so that INT64_MIN negates without overflow.
  std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::string digits = std::to_string(magnitude);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

std::string format_fixed(double value, int decimals) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out.setf(std::ios::fixed);
  out.precision(decimals);
  out << value;
  return out.str();
}

std::string format_value(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15) {
    return with_thousands(static_cast<std::int64_t>(value));
  }
  if (std::fabs(value) >= 100) return format_fixed(value, 0);
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out.precision(3);
  out << value;
  return out.str();
}

std::string caption_text(const network::CorpusSummary& corpus) {
  // A network read from an edge list has no corpus behind it.
  if (network::is_edge_list_network(corpus)) return "network read from an edge list; weights as given";
  const auto [unit, units] = unit_names(corpus.unit);
  std::string out =
      plural(corpus.documents, "document", "documents") + ", " + plural(corpus.units, unit, units);
  const std::string& from = corpus.date_min;
  const std::string& to = corpus.date_max;
  if (!from.empty() && !to.empty()) {
    out += ", " + (from == to ? from : from + " to " + to);
  } else if (!from.empty()) {
    out += ", from " + from;
  } else if (!to.empty()) {
    out += ", until " + to;
  }
  return out + "; " + corpus.counting + " counting per " + unit;
}

std::string weight_display_name(network::WeightKind kind) {
  switch (kind) {
    case network::WeightKind::kCount:
      return "co-occurrence count";
    case network::WeightKind::kAssociationStrength:
      return "association strength";
    case network::WeightKind::kJaccard:
      return "Jaccard index";
    case network::WeightKind::kCosine:
      return "cosine similarity";
    case network::WeightKind::kCooperation:
      return "cooperation C";
    case network::WeightKind::kRivalry:
      return "rivalry R";
  }
  return network::to_string(kind);
}

std::string node_size_legend(const std::string& size_label, const ValueRange& values) {
  if (values.empty) return "node size: uniform";
  return "node size: " + size_label + " (" + range_text(values) + ")";
}

std::string edge_width_legend(network::WeightKind kind, const ValueRange& weights, bool edge_list) {
  if (weights.empty) return "edge width: no ties";
  const std::string name = edge_list && kind == network::WeightKind::kCount ? "weight" : weight_display_name(kind);
  return "edge width: " + name + " (" + range_text(weights) + ")";
}

std::string node_tooltip(const network::ActorNode& actor, const std::string& size_label,
                         bool has_size, double size_value) {
  std::string out = actor.name + " (" + actor.id + ")\nunits: " + with_thousands(actor.units) +
                    ", mentions: " + with_thousands(actor.mentions);
  if (has_size) out += "\n" + size_label + ": " + format_value(size_value);
  return out;
}

std::string tie_tooltip(const std::string& name_a, const std::string& name_b,
                        const network::Tie& tie, network::WeightKind kind) {
  std::string out = name_a + " " + kEnDash + " " + name_b + ": count " + with_thousands(tie.count) +
                    ", association " + format_fixed(tie.association_strength, 2);
  if (kind == network::WeightKind::kJaccard || kind == network::WeightKind::kCosine) {
    out += ", " + network::to_string(kind) + " " + format_fixed(network::tie_weight(tie, kind), 3);
  }
  return out;
}

std::string heading_html(const Heading& heading) {
  std::string edge_row = "<TD>" + escape_html(heading.edge_legend) + "</TD>";
  if (heading.thin_pen_width > 0) {
    edge_row += sample_cell(heading.tie_colour, heading.thin_pen_width, heading.thin_label);
    if (heading.thick_pen_width > heading.thin_pen_width) {
      edge_row += sample_cell(heading.tie_colour, heading.thick_pen_width, heading.thick_label);
    }
  }
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
         "<TR><TD><FONT POINT-SIZE=\"20\"><B>" +
         escape_html(heading.title) +
         "</B></FONT></TD></TR>"
         "<TR><TD><FONT POINT-SIZE=\"13\" COLOR=\"#333333\">" +
         escape_html(heading.caption) +
         "</FONT></TD></TR>"
         "<TR><TD HEIGHT=\"6\"></TD></TR>"
         "<TR><TD>" +
         escape_html(heading.node_legend) +
         "</TD></TR>"
         "<TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"1\"><TR>" +
         edge_row + "</TR></TABLE></TD></TR>" + heading.extra_rows +
         "<TR><TD HEIGHT=\"10\"></TD></TR></TABLE>";  // keeps the network clear of the legend
}

}  // namespace actornet::render
