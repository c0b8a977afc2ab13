// A compiled regular expression (PCRE2, Perl-compatible syntax, JIT-compiled
// where the platform supports it). Replaces std::regex, which profiling showed
// spending 85% of extraction time on a handful of short patterns.
//
// Patterns run in UTF-8 mode on normalised text, which is always valid UTF-8.
// A Pattern is immutable after construction and may be shared by threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actornet::corpus {

class Pattern {
 public:
  struct Flags {
    bool caseless = false;
    bool multiline = false;  // ^ and $ match at line breaks
  };

  // Throws std::invalid_argument with PCRE2's message and the offset of the
  // error in the pattern.
  Pattern(const std::string& pattern, Flags flags);
  ~Pattern();
  Pattern(Pattern&&) noexcept;
  Pattern& operator=(Pattern&&) noexcept;
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  // True when the pattern matches somewhere in `text`.
  bool search(std::string_view text) const;
  // True when the pattern matches the whole of `text`.
  bool full_match(std::string_view text) const;
  // First match at or after `start`: offsets of the match and of each
  // capture group (group 0 = the whole match; unset groups are {npos, npos}).
  // Empty when there is no match.
  std::vector<std::pair<std::size_t, std::size_t>> find(std::string_view text,
                                                        std::size_t start = 0) const;
  // Every non-overlapping match, left to right, as [begin, end) offsets.
  std::vector<std::pair<std::size_t, std::size_t>> find_all(std::string_view text) const;

  const std::string& source() const { return source_; }

 private:
  struct Impl;
  std::string source_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace actornet::corpus
