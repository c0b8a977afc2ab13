// Typed errors shared by every stage. The command-line layer maps them to exit
// codes (see src/cli/exit_codes.hpp): DataError -> 1, UsageError -> 2.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace actornet::io {

// Where in an input a problem was found. `line` is 1-based (0 = unknown);
// `byte_offset` is 0-based from the start of the file (-1 = unknown).
struct Location {
  std::string file;
  std::size_t line = 0;
  std::int64_t byte_offset = -1;

  // "file:line", "file: byte N" or "file"; what every message starts with.
  std::string to_string() const;
};

// Input that cannot be used: a malformed file, an inconsistent gazetteer, a
// missing input. The message always names the file and, where known, the line
// or byte offset.
class DataError : public std::runtime_error {
 public:
  DataError(const Location& where, const std::string& what);
  const Location& where() const { return where_; }

 private:
  Location where_;
};

// The command line asked for something impossible (bad option value,
// incompatible options). Exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace actornet::io
