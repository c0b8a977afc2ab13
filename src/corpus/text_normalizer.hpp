// Validates UTF-8 and builds the text that matching runs on, with a map back
// to the original bytes so that every offset the tool reports points into the
// unmodified file.
//
// Written by hand: the normalisation needed is a short fixed table (curly
// quotes, dashes, unusual spaces, invisible characters) that Unicode NFKC
// (ICU) does not perform, and offsets must survive it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actornet::corpus {

// An invalid UTF-8 sequence: where it starts (byte offset in the original)
// and how many bytes were replaced.
struct Utf8Problem {
  std::size_t byte_offset = 0;
  std::size_t length = 0;
};

struct NormalizedText {
  // The normalised text: ’‘‛′ -> ', “”„″«» -> ", every dash and minus -> -,
  // no-break and other spaces -> space, tab -> space, CR LF / CR / U+2028 ->
  // LF, zero-width characters and soft hyphens removed, … -> "...", invalid
  // UTF-8 and control bytes -> space. Everything else is copied unchanged.
  std::string text;
  // ASCII-lower-cased copy of `text` (same length), for case-insensitive
  // matching. Non-ASCII letters are not folded.
  std::string folded;
  // origin[i] is the byte offset in the original of the character that
  // produced text[i]; origin[text.size()] is the original's size.
  std::vector<std::uint32_t> origin;

  std::size_t to_original(std::size_t pos) const { return origin.at(pos); }
};

// Normalises `original` (whole document). Invalid UTF-8 never throws: each
// maximal run of invalid bytes is replaced by spaces and listed in `problems`
// (if not null). Documents larger than 4 GiB are not supported (offsets are
// 32-bit); the caller checks the size.
NormalizedText normalize_text(std::string_view original, std::vector<Utf8Problem>* problems);

// `text` as valid UTF-8 for output files: every invalid sequence becomes
// U+FFFD and every control character other than tab, CR and LF becomes a
// space. Valid text is returned unchanged.
std::string sanitize_utf8(std::string_view text);

// `text` with every run of spaces, tabs, CRs and LFs folded to one space and
// none at either end. The identity of passages (duplicates) and the form of
// quoted evidence.
std::string fold_whitespace(std::string_view text);

// Number of Unicode code points in original[0, byte_offset): converts a byte
// offset into a character offset for output. Counts non-continuation bytes.
std::size_t char_offset(std::string_view original, std::size_t byte_offset);

}  // namespace actornet::corpus
