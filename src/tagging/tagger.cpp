#include "tagging/tagger.hpp"

#include <algorithm>
#include <utility>

#include "tagging/tokens.hpp"

namespace actornet::tagging {

std::pair<std::string, double> cold_reading(const extract::Lexicon& lexicon) {
  const extract::Category* cold = lexicon.category(kColdCategory);
  if (cold == nullptr) return {"rivalry", -2.0};
  return {cold->polarity, cold->goldstein};
}

extract::Relation relation_from_cue(std::string source, std::string target, bool directed, const CueReading& reading,
                                    int doc_year) {
  using extract::Polarity;
  extract::Relation r;
  r.directed = directed;
  r.source = std::move(source);
  r.target = std::move(target);
  if (!directed && r.target < r.source) std::swap(r.source, r.target);
  r.category = reading.category;
  r.cue = reading.cue;
  if (reading.polarity == "cooperation") r.polarity = reading.negated ? Polarity::kWithheld : Polarity::kCooperation;
  else if (reading.polarity == "rivalry") r.polarity = reading.negated ? Polarity::kNeutral : Polarity::kRivalry;
  else r.polarity = Polarity::kNeutral;
  const bool signed_relation = r.polarity == Polarity::kCooperation || r.polarity == Polarity::kRivalry;
  r.intensity = signed_relation ? reading.intensity : 0.0;
  if (reading.negated) r.negation = "negated";
  if (reading.hedged) {
    r.modality = "modal";
    r.confidence = kModalConfidence;
  }
  r.year = reading.year != 0 ? reading.year : doc_year;
  r.year_source = reading.year != 0 ? "sentence" : (doc_year != 0 ? "document" : "");
  return r;
}

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
