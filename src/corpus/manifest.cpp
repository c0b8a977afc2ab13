#include "corpus/manifest.hpp"

#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "io/csv_reader.hpp"

namespace actornet::corpus {

namespace {

std::vector<std::string> split_authors(const std::string& field) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= field.size()) {
    std::size_t end = field.find(';', start);
    if (end == std::string::npos) end = field.size();
    std::string name = field.substr(start, end - start);
    const auto first = name.find_first_not_of(' ');
    const auto last = name.find_last_not_of(' ');
    if (first != std::string::npos) out.push_back(name.substr(first, last - first + 1));
    start = end + 1;
  }
  return out;
}

bool all_digits(const std::string& s, std::size_t pos, std::size_t len) {
  if (pos + len > s.size()) return false;
  for (std::size_t i = pos; i < pos + len; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// The manifest's file name in lexically normal form ("./a.txt" -> "a.txt"),
// or an empty string with `problem` set when it is not a file inside the
// corpus folder.
std::string normal_file_name(const std::string& file, std::string& problem) {
  namespace fs = std::filesystem;
  const fs::path path(file);
  bool parent = false;
  for (const fs::path& part : path) parent = parent || part == "..";
  if (path.has_root_path() || parent) {
    problem = "file '" + file + "' must be a path inside the corpus folder (no '..', not absolute)";
    return "";
  }
  const fs::path normal = path.lexically_normal();
  if (!normal.has_filename() || normal == ".") {
    problem = "file '" + file + "' names a folder, not a file";
    return "";
  }
  return normal.generic_string();
}

}  // namespace

std::string check_date(const std::string& date, const std::string& precision) {
  if (date.empty()) {
    return precision.empty() ? "" : "date_precision is set but date is empty";
  }
  const bool year = date.size() == 4 && all_digits(date, 0, 4);
  const bool month = date.size() == 7 && all_digits(date, 0, 4) && date[4] == '-' &&
                     all_digits(date, 5, 2);
  const bool day = date.size() == 10 && all_digits(date, 0, 4) &&
                   date[4] == '-' && all_digits(date, 5, 2) && date[7] == '-' &&
                   all_digits(date, 8, 2);
  if (!year && !month && !day) {
    return "date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD";
  }
  if (month || day) {
    const int m = std::stoi(date.substr(5, 2));
    if (m < 1 || m > 12) return "date '" + date + "' has month " + std::to_string(m);
  }
  if (day) {
    const int y = std::stoi(date.substr(0, 4));
    const int m = std::stoi(date.substr(5, 2));
    const int d = std::stoi(date.substr(8, 2));
    // Gregorian calendar: February has 29 days in leap years.
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int last = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
    if (d < 1 || d > last) return "date '" + date + "' has no day " + std::to_string(d);
  }
  const std::string expected = year ? "year" : (month ? "month" : "day");
  if (precision != expected) {
    return "date '" + date + "' has " + expected + " precision but date_precision is '" +
           precision + "'";
  }
  return "";
}

std::vector<DocumentMeta> read_manifest(const std::string& path, io::Diagnostics& diagnostics) {
  const io::CsvTable table = io::CsvTable::read_file(path);
  const std::size_t c_id = table.require("id");
  const std::size_t c_file = table.require("file");
  const long c_title = table.find("title");
  const long c_authors = table.find("authors");
  const long c_publisher = table.find("publisher");
  const long c_date = table.find("date");
  const long c_precision = table.find("date_precision");
  auto optional = [](const io::CsvRecord& row, long column) {
    return column < 0 ? std::string() : row.fields[static_cast<std::size_t>(column)];
  };

  std::vector<DocumentMeta> out;
  std::set<std::string> ids;
  std::map<std::string, std::size_t> files;  // normal file name -> manifest line
  for (const io::CsvRecord& row : table.rows()) {
    DocumentMeta meta;
    meta.id = row.fields[c_id];
    meta.file = row.fields[c_file];
    meta.title = optional(row, c_title);
    meta.authors = split_authors(optional(row, c_authors));
    meta.publisher = optional(row, c_publisher);
    meta.date = optional(row, c_date);
    meta.date_precision = optional(row, c_precision);
    meta.manifest_line = row.line;
    // Checks in order; the first problem found is reported.
    std::string problem = meta.id.empty() ? "empty id" : meta.file.empty() ? "empty file name" : "";
    if (problem.empty()) meta.file = normal_file_name(meta.file, problem);
    if (problem.empty() && !ids.insert(meta.id).second) problem = "id '" + meta.id + "' is used twice";
    if (problem.empty()) {
      auto [first, added] = files.emplace(meta.file, row.line);
      if (!added) {
        problem = "file '" + row.fields[c_file] + "' is listed twice (as '" + meta.file +
                  "' on line " + std::to_string(first->second) + ")";
      }
    }
    if (problem.empty()) problem = check_date(meta.date, meta.date_precision);
    if (!problem.empty()) {
      diagnostics.error(table.where(row), problem + "; row skipped");
      continue;
    }
    out.push_back(std::move(meta));
  }
  return out;
}

}  // namespace actornet::corpus
