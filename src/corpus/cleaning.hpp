// What is not counted, and why. Real web captures carry navigation and
// newsletter prompts, image captions, author biographies, footnote markers,
// bibliographies and repeated passages; a careful analyst counts none of them.
// Each rule can be switched off (`--keep RULE`), and every block a rule
// excludes is reported (output/excluded.csv and the run summary).
//
// Rules, applied per document in this order:
//   references   a heading "Bibliography", "References", "Works cited",
//                "Notes", "Endnotes", "Footnotes", "Sources", "Further reading"
//                in the second half of the text, and everything after it;
//   faq          a heading "FAQ", "FAQs" or "Frequently asked questions" in
//                the second half of the text, and everything after it (an SEO
//                FAQ restates the article and would count its ties twice);
//   contents     a heading "Table of contents" / "Contents" / "In this
//                article" and the list items that follow it;
//   table-headers the row just above a table's |---| rule: column labels,
//                not statements;
//   boilerplate  blocks matching a pattern of data/filters/boilerplate.csv
//                (newsletter prompts, image credits, "First published in",
//                bylines, bare dates);
//   bios         author biographies: a paragraph starting "<Given Family>
//                is/was a" (two to four capitalised words) where the name
//                shares a word with a manifest author (when the manifest lists
//                authors) or else the sentence names a profession (fellow,
//                professor, ...), and the paragraphs that continue it
//                (starting "Previously", "Earlier", "He", "She", or an
//                author's name in the first four words);
//   captions     heading-like lines (no sentence punctuation) after the
//                document's last paragraph: image captions, link titles;
//   duplicates   a block of six or more words identical (after whitespace
//                folding) to an earlier block of the same document.
// Masks (the text stays, the marker is blanked for matching and splitting):
//   footnote-markers  [12], [3, 4], [5-7] and superscript digits;
//   markup            ** and __ emphasis markers, leading # of headings.
// Mentions:
//   lowercase-names   a capitalised name written all in lower case ("does
//                     russia support iran") is an SEO keyword, not a mention.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/block_segmenter.hpp"
#include "corpus/manifest.hpp"
#include "corpus/pattern.hpp"
#include "corpus/text_normalizer.hpp"

namespace actornet::corpus {

struct BoilerplatePattern {
  std::string reason;    // shown in the exclusion report
  std::size_t line = 0;  // where it was defined
  std::shared_ptr<const Pattern> regex;  // PCRE2 syntax; case-insensitive unless case=sensitive
};

// Reads `pattern,case,reason` rows (case: sensitive | insensitive, default
// insensitive). Throws io::DataError naming the file and line
// of an invalid regular expression.
std::vector<BoilerplatePattern> load_boilerplate_patterns(const std::string& path);

struct CleaningOptions {
  bool references = true;
  bool faq = true;
  bool contents = true;
  bool table_headers = true;
  bool boilerplate = true;
  bool bios = true;
  bool captions = true;
  bool duplicates = true;
  bool footnote_markers = true;
  bool markup = true;
  // Not a block rule: all-lower-case forms of capitalised names are not
  // mentions (applied by extract::ActorMatcher; listed here so that one
  // `--keep` switches every rule).
  bool lowercase_names = true;
  std::vector<BoilerplatePattern> patterns;  // used by the boilerplate rule
};

// The names accepted by `--keep`, in report order.
const std::vector<std::string>& cleaning_rule_names();
// The rules in force, comma-separated in report order ("references,faq,...");
// "none" when every rule is off.
std::string active_rules(const CleaningOptions& options);
// Turns rule `name` off; throws io::UsageError for an unknown name.
void keep_rule(CleaningOptions& options, const std::string& name);

struct MaskCounts {
  std::size_t footnote_markers = 0;
  std::size_t markup = 0;
};

// Blanks markers in text and folded (same length; origins unchanged).
MaskCounts apply_masks(NormalizedText& normalized, const CleaningOptions& options);

// Sets Block::exclusion / Block::reason for every excluded block.
void apply_exclusion_rules(std::string_view text, std::vector<Block>& blocks,
                           const DocumentMeta& meta, const CleaningOptions& options);

}  // namespace actornet::corpus
