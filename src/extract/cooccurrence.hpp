// Co-occurrence of actors within units of text, with the evidence for each.
//
// The counting unit (context) is a sentence (default), a paragraph, a whole
// document, or a sliding window of k consecutive sentence units (step 1,
// within a document; a document with fewer than k units is one window).
// Only units not excluded by the cleaning rules take part. Counting is binary
// (a pair counts once per context, the default) or full (m_a x m_b mention
// pairs per context).
#pragma once

#include <string>
#include <vector>

#include "corpus/processed_document.hpp"
#include "extract/actor_matcher.hpp"
#include "extract/curated_relations.hpp"
#include "tagging/tagger.hpp"
#include "extract/tally.hpp"

namespace actornet::extract {

enum class ContextScope { kSentence, kParagraph, kDocument, kWindow };

struct CooccurrenceOptions {
  ContextScope scope = ContextScope::kSentence;  // default: sentence
  std::size_t window = 3;                         // k, used with kWindow only
  bool full_counting = false;                     // default: binary

  std::string unit_label() const;  // "sentence", "paragraph", "document", "window:3"
  std::string counting_label() const { return full_counting ? "full" : "binary"; }
};

// Parses "sentence", "paragraph", "document" or "window:K" (K >= 1); throws
// io::UsageError otherwise.
void parse_unit(const std::string& text, CooccurrenceOptions& options);

// One co-occurrence of a pair in one context: the row of output/evidence.csv.
struct EvidenceRow {
  std::size_t doc_seq = 0;    // position of the document in the corpus (manifest order)
  std::string doc_id;
  std::string date;           // the document's manifest date
  std::size_t unit_first = 0; // unit (sentence) indices of the context
  std::size_t unit_last = 0;
  std::string unit_kind;      // kind of the unit holding the first mention
  std::string actor_a;        // ids, actor_a < actor_b
  std::string actor_b;
  std::string alias_a;        // surface text of the first mention of each actor
  std::string alias_b;
  std::int64_t mentions_a = 0;
  std::int64_t mentions_b = 0;
  std::int64_t weight = 0;    // what this row adds to the pair's count
  std::size_t start_byte = 0; // span of the quoted text in the original file
  std::size_t end_byte = 0;
  std::size_t start_char = 0; // the same span in Unicode code points
  std::size_t end_char = 0;
  std::string text;           // the sentence(s) holding the first mentions
};

// A block the cleaning rules excluded: the row of output/excluded.csv.
struct ExclusionRow {
  std::size_t doc_seq = 0;
  std::string doc_id;
  std::string rule;
  std::string reason;
  std::size_t first_line = 0;
  std::size_t last_line = 0;
  std::size_t start_byte = 0;
  std::size_t end_byte = 0;
  std::string excerpt;  // the block's first kExcerptBytes bytes (UTF-8 safe), then "..."
};

constexpr std::size_t kExcerptBytes = 160;

struct DocumentExtraction {
  Tally tally;
  std::vector<EvidenceRow> evidence;
  std::vector<ExclusionRow> exclusions;
  // Automatic and curated relations of the document, by unit (curated rows
  // of a unit before its automatic ones).
  std::vector<Relation> relations;
};

// Where relations come from; either may be absent.
struct RelationSources {
  const tagging::Tagger* tagger = nullptr;        // tags the kept units of each document
  const CuratedRelations* curated = nullptr;      // hand-coded rows to attach
  std::string curated_file;                       // named in error messages
};

// Counts, evidence and relations for one processed document. Same input,
// same output; problems with curated rows go to `diagnostics`.
DocumentExtraction extract_document(const corpus::ProcessedDocument& doc,
                                    const ActorMatcher& matcher,
                                    const CooccurrenceOptions& options,
                                    const RelationSources& sources = {},
                                    io::Diagnostics* diagnostics = nullptr);

}  // namespace actornet::extract
