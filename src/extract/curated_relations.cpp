#include "extract/curated_relations.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "io/csv_reader.hpp"
#include "io/field_text.hpp"

namespace actornet::extract {

namespace {

// Checks one row; returns what is wrong, or "" and fills `out`.
std::string parse_row(const io::CsvTable& table, const io::CsvRecord& row, const Gazetteer& gazetteer,
                      const Lexicon& lexicon, const std::set<std::string>& documents, CuratedRelation& out) {
  auto field = [&](const char* name) { return io::trim_blanks(row.fields[table.require(name)]); };
  Relation& r = out.relation;
  r.origin = "curated";
  r.curated_line = row.line;
  r.doc_id = field("doc_id");
  if (documents.count(r.doc_id) == 0) return "doc_id '" + r.doc_id + "' is not in the corpus manifest";
  out.quote = corpus::fold_whitespace(corpus::sanitize_utf8(row.fields[table.require("quote")]));
  if (out.quote.empty()) return "empty quote";
  r.source = field("source");
  r.target = field("target");
  for (const std::string* id : {&r.source, &r.target}) {
    if (gazetteer.find_actor(*id) < 0) return "actor '" + *id + "' is not in the gazetteer";
  }
  if (r.source == r.target) return "source and target are the same actor";
  const std::string directed = field("directed");
  if (directed != "yes" && directed != "no") return "directed must be yes or no, not '" + directed + "'";
  r.directed = directed == "yes";
  if (!r.directed && r.target < r.source) std::swap(r.source, r.target);
  const std::string polarity = field("polarity");
  if (!parse_polarity(polarity, r.polarity)) {
    return "polarity must be cooperation, rivalry, withheld or neutral, not '" + polarity + "'";
  }
  r.category = field("category");
  if (!(r.category.empty() && r.polarity == Polarity::kNeutral) && lexicon.category(r.category) == nullptr) {
    return "category '" + r.category + "' is not a CAMEO root of the lexicon";
  }
  const std::string intensity = field("intensity");
  double value = 0.0;
  const auto [end, ec] = std::from_chars(intensity.data(), intensity.data() + intensity.size(), value);
  if (intensity.empty() || ec != std::errc() || end != intensity.data() + intensity.size() || value < -10.0 ||
      value > 10.0) {
    return "intensity must be a number from -10 to 10, not '" + intensity + "'";
  }
  const bool scored = r.polarity == Polarity::kCooperation || r.polarity == Polarity::kRivalry;
  r.intensity = scored ? value : 0.0;
  if (r.polarity == Polarity::kCooperation && value < 0) return "a cooperation row needs an intensity >= 0";
  if (r.polarity == Polarity::kRivalry && value > 0) return "a rivalry row needs an intensity <= 0";
  const std::string year = field("year");
  if (!year.empty()) {
    int y = 0;
    const auto [yend, yec] = std::from_chars(year.data(), year.data() + year.size(), y);
    if (year.size() != 4 || yec != std::errc() || yend != year.data() + year.size() || y < 1000 || y > 2099) {
      return "year must have four digits, not '" + year + "'";
    }
    r.year = y;
    r.year_source = "curated";
  }
  r.note = row.fields[table.require("note")];
  // The coder's marker is "hedged" at the start of the note, or after "; "
  // or "(" ("...; hedged, contradicted"); a note that only says part of the
  // quote is hedged ("the missile part is hedged") does not halve the row.
  const std::string note = io::ascii_lower(r.note);
  if (note.rfind("hedged", 0) == 0 || note.find("; hedged") != std::string::npos ||
      note.find("(hedged") != std::string::npos) {
    r.confidence = 0.5;
    r.modality = "hedged";
  }
  return "";
}

}  // namespace

CuratedRelations CuratedRelations::load(const std::string& path, const Gazetteer& gazetteer,
                                        const Lexicon& lexicon, const std::vector<std::string>& document_ids,
                                        io::Diagnostics& diagnostics) {
  const io::CsvTable table = io::CsvTable::read_file(path);
  for (const char* column : {"doc_id", "quote", "source", "target", "directed", "polarity", "category",
                             "intensity", "year", "note"}) {
    table.require(column);
  }
  const std::set<std::string> documents(document_ids.begin(), document_ids.end());
  CuratedRelations out;
  for (const io::CsvRecord& row : table.rows()) {
    CuratedRelation c;
    const std::string problem = parse_row(table, row, gazetteer, lexicon, documents, c);
    if (!problem.empty()) {
      diagnostics.error(table.where(row), problem + "; row skipped");
      continue;
    }
    out.by_document_[c.relation.doc_id].push_back(std::move(c));
    ++out.size_;
  }
  return out;
}

const std::vector<CuratedRelation>& CuratedRelations::for_document(const std::string& doc_id) const {
  static const std::vector<CuratedRelation> none;
  auto it = by_document_.find(doc_id);
  return it == by_document_.end() ? none : it->second;
}

std::vector<Relation> resolve_curated(const corpus::ProcessedDocument& doc,
                                      const std::vector<CuratedRelation>& rows, const std::string& file,
                                      io::Diagnostics& diagnostics) {
  std::vector<Relation> out;
  if (rows.empty()) return out;
  const auto& units = doc.units;
  std::vector<std::string> texts(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) texts[i] = doc.original_text(units[i].begin, units[i].end);
  const std::string& date = doc.source.meta.date;
  const int doc_year = date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0;
  for (const CuratedRelation& row : rows) {
    std::size_t found = units.size();
    std::size_t last = 0;
    // A kept copy of a repeated passage wins over an excluded one.
    for (const bool want_kept : {true, false}) {
      for (std::size_t i = 0; i < units.size() && found == units.size(); ++i) {
        if (units[i].excluded != want_kept && texts[i].find(row.quote) != std::string::npos) found = last = i;
      }
    }
    for (std::size_t i = 0; i + 1 < units.size() && found == units.size(); ++i) {
      if (doc.original_text(units[i].begin, units[i + 1].end).find(row.quote) != std::string::npos) {
        found = i;
        last = i + 1;
      }
    }
    if (found == units.size()) {
      diagnostics.error({file, row.relation.curated_line, -1},
                        "quote not found in document '" + doc.source.meta.id +
                            "' (compared with whitespace folded); row skipped");
      continue;
    }
    Relation r = row.relation;
    const corpus::Unit& u = units[found];
    r.doc_seq = doc.source.meta.position;
    r.unit = u.index;
    r.start_byte = doc.byte_offset(u.begin);
    r.end_byte = doc.byte_offset(units[last].end);
    r.start_char = doc.char_offset(u.begin);
    r.end_char = doc.char_offset(units[last].end);
    r.text = doc.original_text(u.begin, units[last].end);
    if (r.year == 0 && doc_year > 0) {
      r.year = doc_year;
      r.year_source = "document";
    }
    if (u.excluded) r.excluded_by = doc.blocks[u.block].exclusion;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace actornet::extract
