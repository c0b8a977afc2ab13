// A document read, normalised, cut into blocks and sentence units, with the
// exclusion rules applied: what extraction works on.
#pragma once

#include <string>
#include <vector>

#include "corpus/block_segmenter.hpp"
#include "corpus/cleaning.hpp"
#include "corpus/corpus_reader.hpp"
#include "corpus/text_normalizer.hpp"
#include "io/diagnostics.hpp"

namespace actornet::corpus {

// The smallest unit of text: a sentence, a heading, a list item or a table
// row. Offsets refer to the normalised text; ProcessedDocument converts them.
struct Unit {
  std::size_t index = 0;  // 0-based within the document, counting excluded units too,
                          // so switching a rule off never renumbers the others
  std::size_t block = 0;  // index into ProcessedDocument::blocks
  std::string kind;       // "sentence", "heading", "list_item", "table_row"
  std::size_t begin = 0;
  std::size_t end = 0;
  bool excluded = false;  // its block was excluded
};

struct ProcessedDocument {
  Document source;
  NormalizedText normalized;
  std::vector<Block> blocks;
  std::vector<Unit> units;
  MaskCounts masks;
  std::vector<Utf8Problem> utf8_problems;

  // Original byte offset of a normalised offset.
  std::size_t byte_offset(std::size_t normalized_pos) const {
    return normalized.to_original(normalized_pos);
  }
  // Unicode code-point offset of a normalised offset.
  std::size_t char_offset(std::size_t normalized_pos) const;
  // The original text of [begin, end) in normalised offsets, for evidence
  // columns: whitespace runs folded to single spaces, invalid UTF-8 as U+FFFD,
  // control characters as spaces.
  std::string original_text(std::size_t begin, std::size_t end) const;

 private:
  friend ProcessedDocument process_document(Document, const CleaningOptions&, io::Diagnostics&);
  std::vector<std::uint32_t> char_index_;  // code points before each original byte
};

// Runs normalisation, masks, segmentation, exclusion rules and sentence
// splitting. Invalid UTF-8 is reported as an error (the run goes on, the exit
// code says 1) with the file and byte offset of each bad run (at most 10 per
// document, then a count); the bad bytes are read as spaces.
ProcessedDocument process_document(Document document, const CleaningOptions& options,
                                   io::Diagnostics& diagnostics);

}  // namespace actornet::corpus
