// Streaming RFC 4180 reader that knows the line each record starts on.
//
// Written by hand rather than with libcsv (Debian's libcsv-dev) because every
// error this project reports must name the file and line, and libcsv's
// callback interface does not expose line numbers of records that contain
// quoted newlines. The grammar is RFC 4180 plus: LF, CRLF or a lone CR (old
// Mac files) end a record outside quotes and count as one line end each
// (inside quotes they are kept in the field and still counted), a UTF-8
// byte-order mark at the start is skipped, blank lines are skipped.
#pragma once

#include <istream>
#include <map>
#include <string>
#include <vector>

#include "io/errors.hpp"

namespace actornet::io {

struct CsvRecord {
  std::vector<std::string> fields;
  std::size_t line = 0;  // 1-based line on which the record starts
};

class CsvReader {
 public:
  // `in` must outlive the reader; `file` names it in error messages.
  CsvReader(std::istream& in, std::string file);

  // Reads the next record; false at end of input. Throws DataError on an
  // unterminated quoted field or a quote inside an unquoted field.
  bool next(CsvRecord& record);

  const std::string& file() const { return file_; }

 private:
  int get();
  std::istream& in_;
  std::string file_;
  std::size_t line_ = 1;
  bool started_ = false;
};

// A CSV file with a header row, read whole. For the small, hand-edited files
// (manifest, gazetteer); large files are streamed with CsvReader.
class CsvTable {
 public:
  // Reads `path`; throws DataError if it cannot be opened, is empty, has
  // duplicate header names, or a row whose width differs from the header.
  static CsvTable read_file(const std::string& path);
  static CsvTable read_stream(std::istream& in, const std::string& name);

  // Column index of `name`; throws DataError naming the file, the header's
  // line (blank lines before it count) and the missing column when it is absent.
  std::size_t require(const std::string& name) const;
  // Column index of `name`, or -1 when absent.
  long find(const std::string& name) const;

  const std::vector<std::string>& header() const { return header_; }
  const std::vector<CsvRecord>& rows() const { return rows_; }
  const std::string& file() const { return file_; }
  Location where(const CsvRecord& row) const { return {file_, row.line, -1}; }

 private:
  std::string file_;
  std::size_t header_line_ = 1;  // where the header row starts
  std::vector<std::string> header_;
  std::map<std::string, std::size_t> index_;
  std::vector<CsvRecord> rows_;
};

}  // namespace actornet::io
