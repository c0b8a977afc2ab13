// Per-item problems that do not stop a run. Each stage reports what it skipped
// or repaired here; the run goes on, and the exit code remembers (ripgrep's
// messages.rs model): any recorded error makes the command exit 1.
#pragma once

#include <iosfwd>
#include <mutex>
#include <string>
#include <vector>

#include "io/errors.hpp"

namespace actornet::io {

enum class Severity { kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kWarning;
  Location where;
  std::string message;
};

// Thread-safe collector. Messages are printed when reported (to the stream
// given at construction, normally std::cerr) and kept for the exit code.
class Diagnostics {
 public:
  explicit Diagnostics(std::ostream* sink = nullptr) : sink_(sink) {}

  void warn(const Location& where, const std::string& message);
  void error(const Location& where, const std::string& message);
  // Plain note (no location), e.g. the exclusion summary of a run.
  void note(const std::string& message);

  // Re-reports every item of `other` here, in its order (used to print the
  // diagnostics of documents processed in parallel in corpus order).
  void absorb(const Diagnostics& other);

  bool has_errors() const;
  std::size_t warning_count() const;
  std::vector<Diagnostic> all() const;

 private:
  void add(Severity severity, const Location& where, const std::string& message);

  std::ostream* sink_;
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

}  // namespace actornet::io
