#include "io/fingerprint.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>

#include "io/errors.hpp"

namespace actornet::io {

Fingerprint& Fingerprint::add(std::string_view bytes) {
  constexpr std::uint64_t kPrime = 1099511628211ull;  // FNV 64-bit prime
  for (char c : bytes) {
    hash_ ^= static_cast<unsigned char>(c);
    hash_ *= kPrime;
  }
  return *this;
}

Fingerprint& Fingerprint::add_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError({path, 0, -1}, "cannot read file");
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    add(std::string_view(buffer, static_cast<std::size_t>(in.gcount())));
  }
  return *this;
}

std::string Fingerprint::hex() const {
  char out[32];
  std::snprintf(out, sizeof out, "fnv1a64:%016llx", static_cast<unsigned long long>(hash_));
  return out;
}

}  // namespace actornet::io
