// Streams a corpus folder one document at a time: memory holds the list of
// documents (metadata only) and the documents currently being processed,
// never the whole corpus.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "corpus/manifest.hpp"
#include "io/diagnostics.hpp"

namespace actornet::corpus {

struct Document {
  DocumentMeta meta;
  std::string path;   // where it was read from
  std::string bytes;  // the file exactly as stored (never modified)
};

class CorpusReader {
 public:
  // Uses `<folder>/manifest.csv` when it exists. Without one, every `*.txt`
  // in the folder is a document (sorted by name, id = file name without
  // extension, no date). With one, `*.txt` files it does not list are
  // reported as warnings and not read. Throws io::DataError if the folder
  // does not exist.
  CorpusReader(std::string folder, io::Diagnostics& diagnostics);

  const std::vector<DocumentMeta>& documents() const { return documents_; }
  const std::string& folder() const { return folder_; }

  // Reads document `index`. Never throws for an unreadable document: a
  // missing file, a folder or special file, or a read error is reported as an
  // error naming the file, its manifest line and the system's reason, and
  // nullopt is returned so the run goes on. Thread-safe.
  std::optional<Document> load(std::size_t index) const;

 private:
  std::string folder_;
  io::Diagnostics& diagnostics_;
  std::vector<DocumentMeta> documents_;
};

}  // namespace actornet::corpus
