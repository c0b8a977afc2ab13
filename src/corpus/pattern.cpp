#include "corpus/pattern.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdexcept>

namespace actornet::corpus {

namespace {

struct MatchData {
  explicit MatchData(const pcre2_code* code) : data(pcre2_match_data_create_from_pattern(code, nullptr)) {
    if (data == nullptr) throw std::bad_alloc();
  }
  ~MatchData() { pcre2_match_data_free(data); }
  MatchData(const MatchData&) = delete;
  MatchData& operator=(const MatchData&) = delete;
  pcre2_match_data* data;
};

}  // namespace

struct Pattern::Impl {
  pcre2_code* code = nullptr;
  ~Impl() { pcre2_code_free(code); }

  // Runs one match; returns the number of pairs set (> 0) or <= 0 for none.
  int match(std::string_view text, std::size_t start, std::uint32_t options, MatchData& md) const {
    const int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), start,
                               options | PCRE2_NO_UTF_CHECK, md.data, nullptr);
    if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
      PCRE2_UCHAR message[256];
      pcre2_get_error_message(rc, message, sizeof message);
      throw std::runtime_error(std::string("regular expression failed: ") +
                               reinterpret_cast<const char*>(message));
    }
    return rc;
  }
};

Pattern::Pattern(const std::string& pattern, Flags flags) : source_(pattern), impl_(std::make_unique<Impl>()) {
  std::uint32_t options = PCRE2_UTF;
  if (flags.caseless) options |= PCRE2_CASELESS;
  if (flags.multiline) options |= PCRE2_MULTILINE;
  int error = 0;
  PCRE2_SIZE offset = 0;
  impl_->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options,
                              &error, &offset, nullptr);
  if (impl_->code == nullptr) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    throw std::invalid_argument(std::string(reinterpret_cast<const char*>(message)) + " at offset " +
                                std::to_string(offset));
  }
  // JIT is an optimisation: where it is unavailable, matching falls back to
  // the interpreter with identical results.
  pcre2_jit_compile(impl_->code, PCRE2_JIT_COMPLETE);
}

Pattern::~Pattern() = default;
Pattern::Pattern(Pattern&&) noexcept = default;
Pattern& Pattern::operator=(Pattern&&) noexcept = default;

bool Pattern::search(std::string_view text) const {
  MatchData md(impl_->code);
  return impl_->match(text, 0, 0, md) > 0;
}

bool Pattern::full_match(std::string_view text) const {
  MatchData md(impl_->code);
  if (impl_->match(text, 0, PCRE2_ANCHORED | PCRE2_ENDANCHORED, md) <= 0) return false;
  return true;
}

std::vector<std::pair<std::size_t, std::size_t>> Pattern::find(std::string_view text,
                                                               std::size_t start) const {
  MatchData md(impl_->code);
  const int rc = impl_->match(text, start, 0, md);
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (rc <= 0) return out;
  const PCRE2_SIZE* v = pcre2_get_ovector_pointer(md.data);
  const std::uint32_t pairs = pcre2_get_ovector_count(md.data);
  for (std::uint32_t i = 0; i < pairs; ++i) {
    const bool set = i < static_cast<std::uint32_t>(rc) && v[2 * i] != PCRE2_UNSET;
    out.emplace_back(set ? v[2 * i] : std::string_view::npos, set ? v[2 * i + 1] : std::string_view::npos);
  }
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> Pattern::find_all(std::string_view text) const {
  MatchData md(impl_->code);
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    if (impl_->match(text, start, 0, md) <= 0) break;
    const PCRE2_SIZE* v = pcre2_get_ovector_pointer(md.data);
    out.emplace_back(v[0], v[1]);
    if (v[1] == v[0]) {
      // Empty match: step over one UTF-8 character to guarantee progress.
      std::size_t next = v[1] + 1;
      while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
      start = next;
    } else {
      start = v[1];
    }
  }
  return out;
}

}  // namespace actornet::corpus
