#include "corpus/text_normalizer.hpp"

namespace actornet::corpus {

namespace {

// Decodes one UTF-8 sequence at `pos`; returns its length (0 if invalid) and
// the code point. Rejects overlong forms, surrogates and values > U+10FFFF
// (RFC 3629, section 3).
std::size_t decode(std::string_view s, std::size_t pos, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; min = 0x10000; }
  else return 0;
  if (pos + len > s.size()) return 0;
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// The replacement for a code point, or nullptr to copy it unchanged.
const char* replacement(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x00A0: case 0x202F: case 0x205F: case 0x3000: case '\t':
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return "";
    case 0x2026:
      return "...";
    case 0x2028: case 0x2029:
      return "\n";
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return " ";
  if (cp < 0x20 && cp != '\n') return " ";  // other C0 controls
  if (cp == 0x7F) return " ";
  return nullptr;
}

}  // namespace

NormalizedText normalize_text(std::string_view original, std::vector<Utf8Problem>* problems) {
  NormalizedText out;
  out.text.reserve(original.size());
  out.origin.reserve(original.size() + 1);
  auto emit = [&out](const char* bytes, std::size_t n, std::size_t from) {
    for (std::size_t i = 0; i < n; ++i) {
      out.text.push_back(bytes[i]);
      out.origin.push_back(static_cast<std::uint32_t>(from));
    }
  };
  std::size_t pos = 0;
  while (pos < original.size()) {
    // CR LF and lone CR become one LF.
    if (original[pos] == '\r') {
      emit("\n", 1, pos);
      pos += (pos + 1 < original.size() && original[pos + 1] == '\n') ? 2 : 1;
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = decode(original, pos, cp);
    if (len == 0) {
      const std::size_t start = pos;
      while (pos < original.size() && decode(original, pos, cp) == 0) {
        emit(" ", 1, pos);
        ++pos;
      }
      if (problems != nullptr) problems->push_back({start, pos - start});
      continue;
    }
    if (const char* rep = replacement(cp)) {
      emit(rep, std::char_traits<char>::length(rep), pos);
    } else {
      emit(original.data() + pos, len, pos);
    }
    pos += len;
  }
  out.origin.push_back(static_cast<std::uint32_t>(original.size()));
  out.folded = out.text;
  for (char& c : out.folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    const std::size_t len = decode(text, pos, cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++pos;
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80 &&
             decode(text, pos, cp) == 0) {
        ++pos;  // the rest of the same broken sequence
      }
      continue;
    }
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F) {
      out.push_back(' ');
    } else {
      out.append(text.data() + pos, len);
    }
    pos += len;
  }
  return out;
}

std::string fold_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::size_t char_offset(std::string_view original, std::size_t byte_offset) {
  std::size_t count = 0;
  const std::size_t end = byte_offset < original.size() ? byte_offset : original.size();
  for (std::size_t i = 0; i < end; ++i) {
    if ((static_cast<unsigned char>(original[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace actornet::corpus
