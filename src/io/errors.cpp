#include "io/errors.hpp"

namespace actornet::io {

std::string Location::to_string() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    out += ":" + std::to_string(line);
  } else if (byte_offset >= 0) {
    out += ": byte " + std::to_string(byte_offset);
  }
  return out;
}

DataError::DataError(const Location& where, const std::string& what)
    : std::runtime_error(where.to_string() + ": " + what), where_(where) {}

}  // namespace actornet::io
