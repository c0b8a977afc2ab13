// Hand-coded relations (data/relations.csv; coding rules in
// data/relations_coding_rules.md), read, validated and attached to the
// sentence units of the corpus they quote.
//
// Columns: doc_id,quote,source,target,directed,polarity,category,intensity,year,note
//   quote      verbatim text of one sentence (or part of one) of the document;
//              compared with whitespace runs folded
//   directed   yes | no; for `no`, source and target are put in id order
//   polarity   cooperation | rivalry | withheld | neutral
//   category   CAMEO root from data/lexicon/categories.csv (may be empty for neutral)
//   intensity  Goldstein value in [-10, 10]; withheld and neutral rows count 0
//   year       four digits, or empty (then the document's year)
//   note       free text; a note starting with "hedged" (or with "hedged" after
//              "; " or "(") lowers confidence to 0.5
#pragma once

#include <map>
#include <string>
#include <vector>

#include "corpus/processed_document.hpp"
#include "extract/gazetteer.hpp"
#include "extract/lexicon.hpp"
#include "extract/relation.hpp"
#include "io/diagnostics.hpp"

namespace actornet::extract {

struct CuratedRelation {
  Relation relation;  // origin "curated"; unit and evidence set by resolve_curated
  std::string quote;  // whitespace-folded
};

class CuratedRelations {
 public:
  // Reads `path`. A bad row (unknown document or actor, self-relation, bad
  // directed/polarity/category/intensity/year value, empty quote) is reported
  // to `diagnostics` as an error naming the file and line, and skipped. A
  // missing file or column throws io::DataError.
  static CuratedRelations load(const std::string& path, const Gazetteer& gazetteer,
                               const Lexicon& lexicon, const std::vector<std::string>& document_ids,
                               io::Diagnostics& diagnostics);

  // The rows of one document, in file order (empty if none).
  const std::vector<CuratedRelation>& for_document(const std::string& doc_id) const;
  std::size_t size() const { return size_; }

 private:
  std::map<std::string, std::vector<CuratedRelation>> by_document_;
  std::size_t size_ = 0;
};

// Attaches each row to the first kept unit whose text contains its quote
// (else the first excluded one; or, when
// the tool's sentence splitter cut the quoted sentence in two, to the first of
// the two units). Sets unit, offsets, text and the year of rows without one.
// Rows in units a cleaning rule excluded are returned with excluded_by set. A
// quote found nowhere in the document is reported as an error naming the
// file and line of the row, and the row is dropped.
std::vector<Relation> resolve_curated(const corpus::ProcessedDocument& doc,
                                      const std::vector<CuratedRelation>& rows,
                                      const std::string& file, io::Diagnostics& diagnostics);

}  // namespace actornet::extract
