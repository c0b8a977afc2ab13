#include "tagging/tagger.hpp"

#include <algorithm>
#include <utility>

#include "tagging/tokens.hpp"

namespace actornet::tagging {

void add_comentions(const corpus::ProcessedDocument& doc, const std::set<int>& actors,
                    const extract::Gazetteer& gazetteer, std::vector<extract::Relation>& relations) {
  std::set<std::pair<std::string, std::string>> covered;
  for (const extract::Relation& r : relations) covered.insert(std::minmax(r.source, r.target));
  const int doc_year = document_year(doc);
  for (auto x = actors.begin(); x != actors.end(); ++x) {
    for (auto y = std::next(x); y != actors.end(); ++y) {
      std::string a = gazetteer.actors()[static_cast<std::size_t>(*x)].id;
      std::string b = gazetteer.actors()[static_cast<std::size_t>(*y)].id;
      if (b < a) std::swap(a, b);
      if (covered.count({a, b}) > 0) continue;
      extract::Relation r;
      r.source = a;
      r.target = b;
      r.polarity = extract::Polarity::kNeutral;
      r.year = doc_year;
      r.year_source = doc_year != 0 ? "document" : "";
      relations.push_back(std::move(r));
    }
  }
}

void attach_evidence(const corpus::ProcessedDocument& doc, const corpus::Unit& unit, const std::string& path,
                     std::vector<extract::Relation>& relations) {
  const std::string sentence = doc.original_text(unit.begin, unit.end);
  for (extract::Relation& r : relations) {
    r.origin = "auto";
    if (!path.empty()) r.tagger = path;
    r.doc_seq = doc.source.meta.position;
    r.doc_id = doc.source.meta.id;
    r.unit = unit.index;
    r.start_byte = doc.byte_offset(unit.begin);
    r.end_byte = doc.byte_offset(unit.end);
    r.start_char = doc.char_offset(unit.begin);
    r.end_char = doc.char_offset(unit.end);
    r.text = sentence;
  }
}

}  // namespace actornet::tagging
