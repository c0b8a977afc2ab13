#include "report/relations_csv.hpp"

#include <charconv>

#include "io/csv_writer.hpp"
#include "io/errors.hpp"

namespace actornet::report {

using std::to_string;

const std::vector<std::string>& relations_header() {
  static const std::vector<std::string> header = {
      "doc_seq",    "doc_id",     "unit",       "origin",     "source",     "target",
      "directed",   "polarity",   "category",   "intensity",  "confidence", "year",
      "year_source", "cue",       "negation",   "modality",   "tagger",     "resolved",
      "curated_line", "excluded_by",
      "note",       "start_byte", "end_byte",   "start_char", "end_char",   "text"};
  return header;
}

void write_relation_row(std::ostream& out, const extract::Relation& r) {
  io::write_csv_row(out, {to_string(r.doc_seq), r.doc_id, to_string(r.unit), r.origin, r.source, r.target,
                          r.directed ? "yes" : "no", to_string(r.polarity), r.category,
                          io::format_double(r.intensity), io::format_double(r.confidence),
                          r.year == 0 ? "" : to_string(r.year), r.year_source, r.cue, r.negation, r.modality,
                          r.tagger, r.origin == "auto" ? (r.resolved ? "yes" : "no") : "",
                          r.curated_line == 0 ? "" : to_string(r.curated_line), r.excluded_by, r.note,
                          to_string(r.start_byte), to_string(r.end_byte), to_string(r.start_char),
                          to_string(r.end_char), r.text});
}

void for_each_relation(const std::string& path, const std::function<void(const extract::Relation&)>& visit) {
  RelationsReader reader(path);
  extract::Relation relation;
  while (reader.next(relation)) visit(relation);
}

RelationsReader::RelationsReader(const std::string& path) : path_(path), stream_(path, std::ios::binary) {
  if (!stream_) throw io::DataError({path, 0, -1}, "cannot open file (run `actornet extract` first)");
  reader_ = std::make_unique<io::CsvReader>(stream_, path);
  io::CsvRecord header;
  if (!reader_->next(header)) throw io::DataError({path, 1, -1}, "file is empty (run `actornet extract`)");
  if (header.fields != relations_header()) {
    throw io::DataError({path, 1, -1}, "header differs from what `actornet extract` writes");
  }
}

bool RelationsReader::next(extract::Relation& r) {
  io::CsvRecord row;
  if (!reader_->next(row)) return false;
  const io::Location where{path_, row.line, -1};
  if (row.fields.size() != relations_header().size()) {
    throw io::DataError(where, "row has " + to_string(row.fields.size()) + " fields, expected " +
                                   to_string(relations_header().size()));
  }
  const auto& f = row.fields;
  auto whole = [&where](const std::string& text, const char* what) -> std::size_t {
    if (text.empty()) return 0;
    std::size_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) {
      throw io::DataError(where, std::string(what) + " is not a whole number: '" + text + "'");
    }
    return v;
  };
  auto real = [&where](const std::string& text, const char* what) {
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
      throw io::DataError(where, std::string(what) + " is not a number: '" + text + "'");
    }
    return v;
  };
  r = extract::Relation();
  r.doc_seq = whole(f[0], "doc_seq");
  r.doc_id = f[1];
  r.unit = whole(f[2], "unit");
  r.origin = f[3];
  if (r.origin != "auto" && r.origin != "curated") throw io::DataError(where, "origin must be auto or curated");
  r.source = f[4];
  r.target = f[5];
  if (f[6] != "yes" && f[6] != "no") throw io::DataError(where, "directed must be yes or no");
  r.directed = f[6] == "yes";
  if (!extract::parse_polarity(f[7], r.polarity)) throw io::DataError(where, "unknown polarity '" + f[7] + "'");
  r.category = f[8];
  r.intensity = real(f[9], "intensity");
  r.confidence = real(f[10], "confidence");
  r.year = static_cast<int>(whole(f[11], "year"));
  r.year_source = f[12];
  r.cue = f[13];
  r.negation = f[14];
  r.modality = f[15];
  r.tagger = f[16];
  if (!f[17].empty() && f[17] != "yes" && f[17] != "no") throw io::DataError(where, "resolved must be yes, no or empty");
  r.resolved = f[17] == "yes";
  r.curated_line = whole(f[18], "curated_line");
  r.excluded_by = f[19];
  r.note = f[20];
  r.start_byte = whole(f[21], "start_byte");
  r.end_byte = whole(f[22], "end_byte");
  r.start_char = whole(f[23], "start_char");
  r.end_char = whole(f[24], "end_char");
  r.text = f[25];
  return true;
}

}  // namespace actornet::report
