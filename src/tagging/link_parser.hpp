// Link Grammar (Sleator & Temperley 1993; Debian's liblink-grammar 5.12 with
// its English dictionary) behind a project type: a sentence in, its best
// linkage out as words with byte spans and labelled links. <link-grammar/*>
// is included only in link_parser.cpp.
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace actornet::tagging {

struct ParsedWord {
  std::string text;       // as the parser printed it, without the dictionary subscript
  std::string subscript;  // "v-d", "n", "s", "l", ... ("" for words the dictionary guessed)
  std::size_t begin = 0;  // byte span in the parsed string; walls have begin == end
  std::size_t end = 0;
};

struct ParsedLink {
  std::size_t left = 0;  // word indices, left < right
  std::size_t right = 0;
  std::string label;  // "Ss*s", "Os", "MVp", ...
};

struct Parse {
  std::vector<ParsedWord> words;  // words[0] is the LEFT-WALL
  std::vector<ParsedLink> links;
};

struct ParserOptions {
  // Per sentence; past it the parser gives up and the caller falls back.
  // Only a guard against pathological input: whether it is reached depends
  // on the machine's speed and load, so outputs stay byte-identical only
  // while no sentence reaches it (sentences_timed_out() counts them; no
  // sentence of the default or held-out corpus takes 0.6 s). A cap of 0
  // stops every sentence before it is parsed.
  int max_seconds = 30;
  std::size_t max_words = 60;  // longer sentences are not parsed: cost stays linear in the input
  int linkage_limit = 100;     // linkages scored to choose the best one
};

// One loaded English dictionary. Thread-safe: parse() may be called from
// several threads at once (each call has its own options and sentence; the
// dictionary is read-only once loaded).
class LinkParser {
 public:
  // Loads the "en" dictionary; throws std::runtime_error when it is missing
  // (Debian package link-grammar-dictionaries-en). Link Grammar's own
  // messages are silenced. Loading sets the C locale's LC_CTYPE to UTF-8.
  explicit LinkParser(ParserOptions options = {});
  ~LinkParser();
  LinkParser(const LinkParser&) = delete;
  LinkParser& operator=(const LinkParser&) = delete;

  // The best complete linkage of `sentence` (no null words), or nothing when
  // the sentence is too long, has no complete linkage, or the time cap ran out.
  std::optional<Parse> parse(const std::string& sentence) const;
  // The best `count` valid linkages (no post-processing violation) in Link
  // Grammar's order (then lowest disjunct cost, then link length), from one
  // parse of the sentence; empty as parse(), or when no linkage is valid.
  // `timed_out`, when given, says whether the time cap stopped the parse.
  std::vector<Parse> parse_all(const std::string& sentence, std::size_t count,
                               bool* timed_out = nullptr) const;

  const ParserOptions& options() const { return options_; }
  // Sentences given to the parser so far (for throughput measurements).
  std::size_t sentences_tried() const { return tried_.load(); }
  // Sentences the time cap stopped (their outcome depends on the machine).
  std::size_t sentences_timed_out() const { return timed_out_.load(); }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  ParserOptions options_;
  mutable std::atomic<std::size_t> tried_{0};
  mutable std::atomic<std::size_t> timed_out_{0};
};

}  // namespace actornet::tagging
