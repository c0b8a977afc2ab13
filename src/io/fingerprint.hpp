// Content fingerprints that tell whether two runs read the same inputs (e.g.
// before shards are merged). FNV-1a, 64 bits (Fowler, Noll & Vo; IETF draft
// draft-eastlake-fnv): a fingerprint against accidents, not a cryptographic
// hash. Written by hand: eight lines, and no Debian library offers FNV.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace actornet::io {

// Running FNV-1a 64-bit hash.
class Fingerprint {
 public:
  Fingerprint& add(std::string_view bytes);
  // Adds the contents of a file; throws DataError if it cannot be read.
  Fingerprint& add_file(const std::string& path);
  std::uint64_t value() const { return hash_; }
  // "fnv1a64:" + 16 hex digits.
  std::string hex() const;

 private:
  std::uint64_t hash_ = 14695981039346656037ull;  // FNV offset basis
};

}  // namespace actornet::io
