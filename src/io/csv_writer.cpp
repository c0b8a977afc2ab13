#include "io/csv_writer.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

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
  char buffer[32];
  // The shortest precision that round-trips keeps files small and stable.
  for (int precision = 6; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  return buffer;
}

}  // namespace actornet::io
