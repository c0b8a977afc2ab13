#include "io/csv_reader.hpp"

#include <fstream>

namespace actornet::io {

CsvReader::CsvReader(std::istream& in, std::string file)
    : in_(in), file_(std::move(file)) {}

int CsvReader::get() {
  int c = in_.get();
  // LF, and a CR not followed by LF (old Mac line end), end a line.
  if (c == '\n' || (c == '\r' && in_.peek() != '\n')) ++line_;
  return c;
}

bool CsvReader::next(CsvRecord& record) {
  if (!started_) {
    started_ = true;
    // Skip a UTF-8 byte-order mark, which spreadsheet programs write.
    if (in_.peek() == 0xEF) {
      char bom[3];
      in_.read(bom, 3);
      if (!(static_cast<unsigned char>(bom[1]) == 0xBB &&
            static_cast<unsigned char>(bom[2]) == 0xBF)) {
        in_.clear();
        in_.seekg(0);
      }
    }
  }
  record.fields.clear();
  // Skip blank lines between records.
  while (in_.peek() == '\n' || in_.peek() == '\r') get();
  if (in_.peek() == std::char_traits<char>::eof()) return false;

  record.line = line_;
  std::string field;
  bool quoted = false;      // inside a quoted field
  bool was_quoted = false;  // current field started with a quote
  for (;;) {
    int c = get();
    if (quoted) {
      if (c == std::char_traits<char>::eof()) {
        throw DataError({file_, record.line, -1},
                        "quoted field is never closed (missing '\"')");
      }
      if (c == '"') {
        if (in_.peek() == '"') {
          get();
          field.push_back('"');
        } else {
          quoted = false;
        }
      } else {
        field.push_back(static_cast<char>(c));
      }
      continue;
    }
    if (c == '\r' && in_.peek() == '\n') continue;  // CRLF: the LF ends the record
    if (c == std::char_traits<char>::eof() || c == '\n' || c == '\r' || c == ',') {
      record.fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
      if (c != ',') return true;
      continue;
    }
    if (c == '"') {
      if (field.empty() && !was_quoted) {
        quoted = true;
        was_quoted = true;
        continue;
      }
      throw DataError({file_, line_, -1},
                      "a '\"' inside an unquoted field (quote the whole field "
                      "and double the quote)");
    }
    if (was_quoted) {
      throw DataError({file_, line_, -1},
                      "text after the closing quote of a quoted field");
    }
    field.push_back(static_cast<char>(c));
  }
}

CsvTable CsvTable::read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError({path, 0, -1}, "cannot open file");
  return read_stream(in, path);
}

CsvTable CsvTable::read_stream(std::istream& in, const std::string& name) {
  CsvTable table;
  table.file_ = name;
  CsvReader reader(in, name);
  CsvRecord record;
  if (!reader.next(record)) throw DataError({name, 1, -1}, "file is empty (expected a header row)");
  table.header_ = record.fields;
  table.header_line_ = record.line;
  for (std::size_t i = 0; i < table.header_.size(); ++i) {
    if (!table.index_.emplace(table.header_[i], i).second) {
      throw DataError({name, record.line, -1},
                      "column '" + table.header_[i] + "' appears twice in the header");
    }
  }
  while (reader.next(record)) {
    if (record.fields.size() != table.header_.size()) {
      throw DataError({name, record.line, -1},
                      "row has " + std::to_string(record.fields.size()) +
                          " fields, the header has " +
                          std::to_string(table.header_.size()));
    }
    table.rows_.push_back(record);
  }
  return table;
}

std::size_t CsvTable::require(const std::string& name) const {
  auto it = index_.find(name);
  if (it == index_.end()) {
    throw DataError({file_, header_line_, -1}, "missing column '" + name + "' in the header");
  }
  return it->second;
}

long CsvTable::find(const std::string& name) const {
  auto it = index_.find(name);
  return it == index_.end() ? -1 : static_cast<long>(it->second);
}

}  // namespace actornet::io
