// Outputs are written atomically: to a temporary file in the destination's
// folder, flushed, then renamed over the destination. A crash or error leaves
// either the old file or the new one, never a half-written file.
#pragma once

#include <fstream>
#include <string>

namespace actornet::io {

// Streaming form, for outputs too large to hold in memory (evidence).
// Usage: AtomicFile f(path); f.stream() << ...; f.commit();
// Without commit() the destructor removes the temporary file and leaves the
// destination untouched.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);  // throws DataError if it cannot create
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  void commit();  // flush, fsync, rename; throws DataError on failure

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream out_;
  bool committed_ = false;
};

// Whole-content form. Creates missing parent folders.
void write_file_atomically(const std::string& path, const std::string& content);

// Creates `dir` and its parents if missing; throws DataError on failure.
void ensure_directory(const std::string& dir);

}  // namespace actornet::io
