// Runs extraction over a corpus: documents are read one at a time, processed
// on every core, and handed to a sink in document order, so outputs are the
// same whatever the number of threads. At most `in_flight` documents are in
// memory at once: memory does not grow with the corpus.
#pragma once

#include "corpus/cleaning.hpp"
#include "corpus/corpus_reader.hpp"
#include "extract/cooccurrence.hpp"
#include "io/diagnostics.hpp"

namespace actornet::extract {

struct ExtractOptions {
  CooccurrenceOptions cooccurrence;
  corpus::CleaningOptions cleaning;
  // Worker threads; 0 = one per core (std::thread::hardware_concurrency).
  unsigned threads = 0;
  // Shard i of n: only documents whose position in the manifest is i mod n.
  // Default 0 of 1 = the whole corpus.
  std::size_t shard_index = 0;
  std::size_t shard_count = 1;
  // Relation tagging and curated rows (none by default).
  RelationSources relations;
};

// Receives each document's results, in manifest order, on the calling thread.
class ExtractionSink {
 public:
  virtual ~ExtractionSink() = default;
  virtual void document(const DocumentExtraction& extraction) = 0;
};

// Extracts every document of the shard and returns the merged tally. A
// document that cannot be read is reported to `diagnostics` and skipped.
Tally extract_corpus(const corpus::CorpusReader& reader, const ActorMatcher& matcher,
                     const ExtractOptions& options, ExtractionSink& sink,
                     io::Diagnostics& diagnostics);

}  // namespace actornet::extract
