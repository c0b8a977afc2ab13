// The corpus manifest: one row per document, with what is known of it.
// Format (data/corpus/manifest.csv, RFC 4180 with a header):
//   id,file,title,authors,publisher,date,date_precision,notes
// `authors` separates names with ";". `date` is YYYY, YYYY-MM or YYYY-MM-DD
// and must agree with `date_precision` (year, month, day); it may be empty
// (then date_precision must be empty too).
#pragma once

#include <string>
#include <vector>

#include "io/diagnostics.hpp"

namespace actornet::corpus {

struct DocumentMeta {
  std::string id;    // unique, used in every output row
  std::string file;  // path relative to the corpus folder, lexically normal ("a.txt", not "./a.txt")
  std::string title;
  std::vector<std::string> authors;
  std::string publisher;
  std::string date;            // as in the manifest, validated
  std::string date_precision;  // "year", "month", "day" or ""
  std::size_t manifest_line = 0;
  std::size_t position = 0;  // 0-based position in the corpus (manifest order)
};

// Reads and validates a manifest. A bad row is reported to `diagnostics` as an
// error naming the line and skipped; the other rows are kept. Bad rows: empty
// id or file name; duplicate id; a file name that is absolute, has a ".."
// component ("a/../b.txt"; "a..b.txt" is fine) or names a folder ("sub/");
// a file listed twice, compared in lexically normal form, so "./a.txt" and
// "a.txt" are the same file; a bad date. A file that cannot be read, or lacks
// a required column, throws io::DataError.
std::vector<DocumentMeta> read_manifest(const std::string& path, io::Diagnostics& diagnostics);

// Checks a manifest date against its precision; returns an empty string when
// valid, otherwise what is wrong.
std::string check_date(const std::string& date, const std::string& precision);

}  // namespace actornet::corpus
