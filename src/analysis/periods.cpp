#include "analysis/periods.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <map>

#include "io/csv_reader.hpp"
#include "io/errors.hpp"
#include "io/field_text.hpp"

namespace actornet::analysis {
namespace {

// An optional whole-number year: empty keeps `open` (INT_MIN or INT_MAX).
int parse_year(const std::string& raw, int open, const io::Location& where, const char* column) {
  const std::string text = io::trim_blanks(raw);
  if (text.empty()) return open;
  const std::size_t digits = text[0] == '-' ? 1 : 0;
  const bool all_digits = text.size() > digits &&
                          std::all_of(text.begin() + digits, text.end(), [](char c) { return c >= '0' && c <= '9'; });
  errno = 0;
  const long long value = all_digits ? std::strtoll(text.c_str(), nullptr, 10) : 0;
  // INT_MIN and INT_MAX stand for "open", so they are not accepted as years.
  if (!all_digits || errno == ERANGE || value <= INT_MIN || value >= INT_MAX) {
    throw io::DataError(where, std::string(column) + " '" + text + "' is not a whole-number year");
  }
  return static_cast<int>(value);
}

std::string describe(const Period& p) {
  const std::string start = p.start == INT_MIN ? "" : std::to_string(p.start);
  const std::string end = p.end == INT_MAX ? "" : std::to_string(p.end);
  return "'" + p.label + "' (" + start + ".." + end + ")";
}

}  // namespace

std::vector<Period> load_periods(const std::string& path) {
  const io::CsvTable table = io::CsvTable::read_file(path);
  const std::size_t label_col = table.require("label");
  const std::size_t start_col = table.require("start");
  const std::size_t end_col = table.require("end");

  std::vector<Period> periods;
  std::map<std::string, std::size_t> line_of_label;
  for (const io::CsvRecord& row : table.rows()) {
    const io::Location where = table.where(row);
    Period p;
    p.label = io::trim_blanks(row.fields[label_col]);
    p.line = row.line;
    if (p.label.empty()) throw io::DataError(where, "empty period label");
    const auto [seen, added] = line_of_label.emplace(p.label, row.line);
    if (!added) {
      throw io::DataError(where, "period label '" + p.label + "' is already used on line " +
                                     std::to_string(seen->second));
    }
    p.start = parse_year(row.fields[start_col], INT_MIN, where, "start");
    p.end = parse_year(row.fields[end_col], INT_MAX, where, "end");
    if (p.start > p.end) {
      throw io::DataError(where, "period '" + p.label + "' starts (" + std::to_string(p.start) +
                                     ") after it ends (" + std::to_string(p.end) + ")");
    }
    periods.push_back(p);
  }
  if (periods.empty()) throw io::DataError({table.file(), 0, -1}, "no periods");

  std::stable_sort(periods.begin(), periods.end(),
                   [](const Period& x, const Period& y) { return x.start < y.start; });
  for (std::size_t i = 1; i < periods.size(); ++i) {
    const Period& before = periods[i - 1];
    const Period& after = periods[i];
    if (after.start <= before.end) {
      const Period& later_line = before.line > after.line ? before : after;
      const Period& other = before.line > after.line ? after : before;
      throw io::DataError({table.file(), later_line.line, -1},
                          "period " + describe(later_line) + " overlaps period " + describe(other) +
                              " on line " + std::to_string(other.line));
    }
  }
  return periods;
}

std::vector<Period> default_periods() {
  return {{"before 1991", INT_MIN, 1990, 0},
          {"1991-2013", 1991, 2013, 0},
          {"2014-2021", 2014, 2021, 0},
          {"since 2022", 2022, INT_MAX, 0}};
}

const Period* period_of(const std::vector<Period>& periods, int year) {
  if (year == 0) return nullptr;
  for (const Period& p : periods) {
    if (p.start <= year && year <= p.end) return &p;
  }
  return nullptr;
}

}  // namespace actornet::analysis
