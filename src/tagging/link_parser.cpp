#include "tagging/link_parser.hpp"

#include <link-grammar/link-includes.h>

#include <algorithm>
#include <stdexcept>

namespace actornet::tagging {

namespace {

// Link Grammar prints dictionary and locale notes through its error
// handler; the tagger reports its own outcome (which path tagged each
// relation), so they are dropped.
void silent_handler(lg_errinfo*, void*) {}

struct OptionsHandle {
  Parse_Options value = parse_options_create();
  ~OptionsHandle() { parse_options_delete(value); }
};
struct SentenceHandle {
  Sentence value;
  ~SentenceHandle() {
    if (value != nullptr) sentence_delete(value);
  }
};
struct LinkageHandle {
  Linkage value;
  ~LinkageHandle() {
    if (value != nullptr) linkage_delete(value);
  }
};

std::size_t word_count(const std::string& s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

struct LinkParser::Impl {
  Dictionary dictionary = nullptr;
  ~Impl() {
    if (dictionary != nullptr) dictionary_delete(dictionary);
  }
};

LinkParser::LinkParser(ParserOptions options) : impl_(std::make_unique<Impl>()), options_(options) {
  lg_error_set_handler(silent_handler, nullptr);
  impl_->dictionary = dictionary_create_lang("en");
  if (impl_->dictionary == nullptr) {
    throw std::runtime_error(
        "cannot load Link Grammar's English dictionary (Debian package "
        "link-grammar-dictionaries-en)");
  }
}

LinkParser::~LinkParser() = default;

std::vector<Parse> LinkParser::parse_all(const std::string& sentence, std::size_t count,
                                         bool* timed_out) const {
  if (timed_out != nullptr) *timed_out = false;
  if (sentence.empty() || word_count(sentence) > options_.max_words) return {};
  tried_.fetch_add(1, std::memory_order_relaxed);
  if (options_.max_seconds <= 0) {
    // No time at all. Link Grammar's own check of a zero cap compares
    // elapsed clock time, which may still read 0, so it is not left to it.
    timed_out_.fetch_add(1, std::memory_order_relaxed);
    if (timed_out != nullptr) *timed_out = true;
    return {};
  }
  lg_error_set_handler(silent_handler, nullptr);  // the handler is per thread
  OptionsHandle opts;
  parse_options_set_verbosity(opts.value, 0);
  parse_options_set_max_parse_time(opts.value, options_.max_seconds);
  parse_options_set_linkage_limit(opts.value, options_.linkage_limit);
  parse_options_set_min_null_count(opts.value, 0);
  parse_options_set_max_null_count(opts.value, 0);
  parse_options_set_islands_ok(opts.value, false);
  // Linkages are sampled at random when there are more than the limit;
  // repeatable sampling keeps outputs byte-identical run to run.
  parse_options_set_repeatable_rand(opts.value, true);
  SentenceHandle sent{sentence_create(sentence.c_str(), impl_->dictionary)};
  if (sent.value == nullptr) return {};
  const int found = sentence_parse(sent.value, opts.value);
  if (parse_options_resources_exhausted(opts.value)) {
    timed_out_.fetch_add(1, std::memory_order_relaxed);
    if (timed_out != nullptr) *timed_out = true;
    return {};
  }
  if (found <= 0) return {};
  std::vector<Parse> all;
  // Link Grammar sorts the linkages that break its post-processing rules
  // after the valid ones and still returns them; only valid ones are used
  // (none valid: no parse, so the caller falls back to the shallow rules).
  const int valid = sentence_num_valid_linkages(sent.value);
  if (valid <= 0) return {};
  const std::size_t available = static_cast<std::size_t>(valid);
  for (std::size_t index = 0; index < std::min(count, available); ++index) {
    LinkageHandle linkage{linkage_create(static_cast<LinkageIdx>(index), sent.value, opts.value)};
    if (linkage.value == nullptr) break;
    Parse out;
    const std::size_t n = linkage_get_num_words(linkage.value);
    for (std::size_t w = 0; w < n; ++w) {
      ParsedWord word;
      std::string text = linkage_get_word(linkage.value, w);
      // "signed.v-d" -> "signed" + "v-d"; "UAE[!<ALL-UPPER>]" -> "UAE"; a
      // word that is itself a dot keeps it.
      const std::size_t bracket = text.find('[');
      if (bracket != std::string::npos && bracket > 0) text.erase(bracket);
      const std::size_t dot = text.rfind('.');
      if (dot != std::string::npos && dot > 0 && dot + 1 < text.size()) {
        word.subscript = text.substr(dot + 1);
        text.erase(dot);
      }
      word.text = text;
      const int b = linkage_get_word_byte_start(linkage.value, w);
      const int e = linkage_get_word_byte_end(linkage.value, w);
      word.begin = b < 0 ? 0 : static_cast<std::size_t>(b);
      word.end = e < b ? word.begin : static_cast<std::size_t>(e);
      out.words.push_back(std::move(word));
    }
    const std::size_t links = linkage_get_num_links(linkage.value);
    for (std::size_t k = 0; k < links; ++k) {
      const WordIdx l = linkage_get_link_lword(linkage.value, k);
      const WordIdx r = linkage_get_link_rword(linkage.value, k);
      const char* label = linkage_get_link_label(linkage.value, k);
      out.links.push_back({l, r, label != nullptr ? label : ""});
    }
    all.push_back(std::move(out));
  }
  return all;
}

std::optional<Parse> LinkParser::parse(const std::string& sentence) const {
  std::vector<Parse> all = parse_all(sentence, 1);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

}  // namespace actornet::tagging
