#include "io/csv_writer.hpp"

#include <charconv>
#include <cmath>

namespace actornet::io {

std::string csv_escape(const std::string& field) {
  bool needs_quotes = field.find_first_of(",\"\r\n") != std::string::npos ||
                      (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!needs_quotes) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  out.push_back('"');
  return out;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.put(',');
    out << csv_escape(fields[i]);
  }
  out.put('\n');
}

std::string format_double(double value) {
  if (std::isnan(value)) return "";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (value == 0.0) return "0";  // also folds -0 into 0
  // std::to_chars without a format or precision gives the shortest text that
  // reads back to the same double, and never looks at the locale.
  char buffer[32];
  const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace actornet::io
