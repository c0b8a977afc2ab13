#include "corpus/processed_document.hpp"

#include "corpus/sentence_splitter.hpp"

namespace actornet::corpus {

namespace {

constexpr std::size_t kMaxUtf8Warnings = 10;

std::string unit_kind(const Block& block, std::string_view sentence, bool last_in_block) {
  switch (block.kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kTableRow: return "table_row";
    case BlockKind::kTableRule: return "table_rule";
    case BlockKind::kParagraph: break;
  }
  // A heading glued to the end of a paragraph ("...is built.Economic Synergy").
  if (last_in_block && !ends_sentence(sentence) && count_words(sentence) <= 12) return "heading";
  return "sentence";
}

}  // namespace

std::size_t ProcessedDocument::char_offset(std::size_t normalized_pos) const {
  return char_index_.at(byte_offset(normalized_pos));
}

std::string ProcessedDocument::original_text(std::size_t begin, std::size_t end) const {
  const std::size_t b = byte_offset(begin);
  return fold_whitespace(sanitize_utf8(std::string_view(source.bytes).substr(b, byte_offset(end) - b)));
}

ProcessedDocument process_document(Document document, const CleaningOptions& options,
                                   io::Diagnostics& diagnostics) {
  ProcessedDocument doc;
  doc.source = std::move(document);
  const std::string& bytes = doc.source.bytes;
  if (bytes.size() >= 0xFFFFFFFFu) {
    throw io::DataError({doc.source.path, 0, -1}, "documents of 4 GiB or more are not supported");
  }
  doc.normalized = normalize_text(bytes, &doc.utf8_problems);
  for (std::size_t i = 0; i < doc.utf8_problems.size() && i < kMaxUtf8Warnings; ++i) {
    const Utf8Problem& p = doc.utf8_problems[i];
    diagnostics.error({doc.source.path, 0, static_cast<std::int64_t>(p.byte_offset)},
                      "invalid UTF-8 (" + std::to_string(p.length) +
                          " byte(s)); read as spaces, the rest of the document is used");
  }
  if (doc.utf8_problems.size() > kMaxUtf8Warnings) {
    diagnostics.error({doc.source.path, 0, -1},
                      std::to_string(doc.utf8_problems.size() - kMaxUtf8Warnings) +
                          " more invalid UTF-8 sequences not listed");
  }
  doc.char_index_.resize(bytes.size() + 1);
  std::uint32_t chars = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    doc.char_index_[i] = chars;
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++chars;
  }
  doc.char_index_[bytes.size()] = chars;

  doc.masks = apply_masks(doc.normalized, options);
  doc.blocks = segment_blocks(doc.normalized.text);
  apply_exclusion_rules(doc.normalized.text, doc.blocks, doc.source.meta, options);

  const std::string_view text = doc.normalized.text;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind == BlockKind::kTableRule) continue;
    std::vector<Span> spans;
    if (block.kind == BlockKind::kTableRow) {
      spans.push_back({block.begin, block.end});  // a table row is one unit
    } else {
      spans = split_sentences(text, {block.begin, block.end});
    }
    for (std::size_t s = 0; s < spans.size(); ++s) {
      Unit unit;
      unit.index = doc.units.size();
      unit.block = b;
      unit.begin = spans[s].begin;
      unit.end = spans[s].end;
      unit.kind = unit_kind(block, text.substr(unit.begin, unit.end - unit.begin),
                            s + 1 == spans.size() && spans.size() > 1);
      unit.excluded = !block.exclusion.empty();
      doc.units.push_back(std::move(unit));
    }
  }
  return doc;
}

}  // namespace actornet::corpus
