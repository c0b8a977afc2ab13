// Tests for corpus/cleaning.hpp. One test per exclusion rule, each on a small
// document written for it, showing what the rule excludes AND what it must
// keep; each rule switched off with keep_rule; boilerplate pattern loading and
// its errors; and the two masks, which blank markers without changing length.
#include "corpus/cleaning.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "corpus/block_segmenter.hpp"
#include "corpus/text_normalizer.hpp"
#include "io/errors.hpp"

namespace actornet::corpus {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  std::string kind;
  std::string text;
  std::string rule;  // "" = kept
  std::string reason;
};

std::ostream& operator<<(std::ostream& os, const Outcome& o) {
  return os << o.kind << " [" << o.text << "] " << (o.rule.empty() ? "kept" : o.rule);
}

const std::vector<BoilerplatePattern>& project_patterns() {
  static const std::vector<BoilerplatePattern> patterns =
      load_boilerplate_patterns(std::string(ACTORNET_SOURCE_DIR) + "/data/filters/boilerplate.csv");
  return patterns;
}

CleaningOptions default_options() {
  CleaningOptions options;
  options.patterns = project_patterns();
  return options;
}

// Normalise, mask, segment and apply the exclusion rules, as process_document does.
std::vector<Outcome> clean(const std::string& document, const CleaningOptions& options,
                           const DocumentMeta& meta = {}) {
  NormalizedText normalized = normalize_text(document, nullptr);
  apply_masks(normalized, options);
  std::vector<Block> blocks = segment_blocks(normalized.text);
  apply_exclusion_rules(normalized.text, blocks, meta, options);
  std::vector<Outcome> out;
  for (const Block& b : blocks) {
    out.push_back({to_string(b.kind), normalized.text.substr(b.begin, b.end - b.begin), b.exclusion, b.reason});
  }
  return out;
}

// The outcome of the block whose text starts with `prefix` (which must be unique).
Outcome block(const std::vector<Outcome>& blocks, const std::string& prefix) {
  const Outcome* found = nullptr;
  for (const Outcome& o : blocks) {
    if (o.text.rfind(prefix, 0) == 0) {
      EXPECT_EQ(found, nullptr) << "prefix '" << prefix << "' is not unique";
      found = &o;
    }
  }
  if (found == nullptr) {
    ADD_FAILURE() << "no block starts with '" << prefix << "'";
    return {};
  }
  return *found;
}

std::vector<std::string> rules_of(const std::vector<Outcome>& blocks) {
  std::vector<std::string> rules;
  for (const Outcome& o : blocks) rules.push_back(o.rule);
  return rules;
}

using Rules = std::vector<std::string>;

// ---- references ----------------------------------------------------------

const char kReferencesDoc[] =
    "Russia and Iran signed a treaty in 2025.\n"  // kept
    "\n"
    "The references to Iran in the speech were brief.\n"  // a paragraph mentioning references: kept
    "\n"
    "Notes on the Treaty\n"  // not exactly a references heading: kept
    "\n"
    "Sources.\n"  // ends with a full stop, so not a heading: kept
    "\n"
    "References\n"  // line 9: excluded from here to the end
    "1. Doe, J. 2020. Iran and Russia. Example Press.\n"
    "\n"
    "A closing remark after the list.\n";

TEST(ReferencesRule, ExcludesTheHeadingAndEverythingAfterIt) {
  const std::vector<Outcome> blocks = clean(kReferencesDoc, default_options());
  EXPECT_EQ(rules_of(blocks), (Rules{"", "", "", "", "references", "references", "references"}));
  EXPECT_EQ(block(blocks, "A closing").reason, "reference section 'References' (line 9) to the end");
}

TEST(ReferencesRule, AcceptsTheDocumentedHeadingVariants) {
  // The body is longer than the section, so the title is in the second half.
  const std::string body = "Iran and Russia met in Baku to discuss trade, transport and energy.\n\n";
  for (const char* heading : {"Bibliography", "REFERENCES", "References:", "Reference list", "Works Cited",
                              "Notes", "Endnotes", "Footnotes", "Sources", "Further reading"}) {
    const std::vector<Outcome> blocks =
        clean(body + heading + "\n\nDoe, J. 2020.\n", default_options());
    EXPECT_EQ(rules_of(blocks), (Rules{"", "references", "references"})) << heading;
  }
}

TEST(ReferencesRule, ATitleInTheFirstHalfIsNotATrailingSection) {
  // A "Notes" heading early in an article must not swallow the rest of it.
  const std::string doc =
      "Notes\n\nRussia and Iran signed a long agreement on energy and transport corridors.\n\n"
      "China watched the talks closely and said little in public about the outcome.\n";
  EXPECT_EQ(rules_of(clean(doc, default_options())), (Rules{"", "", ""}));
}

TEST(FaqRule, ExcludesATrailingFaqSection) {
  const std::string doc =
      "Russia and Iran signed a long agreement on energy and transport corridors.\n\n"
      "China watched the talks closely and said little in public about it.\n\n"
      "FAQs\n\nDoes Russia support Iran?\n\nYes, within limits.\n";
  EXPECT_EQ(rules_of(clean(doc, default_options())), (Rules{"", "", "faq", "faq", "faq"}));
  CleaningOptions keep = default_options();
  keep_rule(keep, "faq");
  EXPECT_EQ(rules_of(clean(doc, keep)), (Rules{"", "", "", "", ""}));
}

TEST(TableHeadersRule, ExcludesTheRowAboveTheRuleLine) {
  const std::string doc =
      "Arena | What Moscow Provides | What Tehran Provides |\n"
      "---|---|---|\n"
      "Syria | Air cover | Ground forces |\n";
  EXPECT_EQ(rules_of(clean(doc, default_options())), (Rules{"table-headers", "", ""}));
  CleaningOptions keep = default_options();
  keep_rule(keep, "table-headers");
  EXPECT_EQ(rules_of(clean(doc, keep)), (Rules{"", "", ""}));
}

// ---- contents --------------------------------------------------------------

const char kContentsDoc[] =
    "The Contents of the Deal Are Secret.\n"  // a sentence, not a contents heading: kept
    "Table of Contents\n"
    "- Roots\n"
    "- Trade\n"
    "Roots\n"                                      // the real heading after the list: kept
    "Russia and Iran have old ties.\n"             // kept
    "- a later list item is not an entry\n"        // kept
    "In this article:\n"                           // second variant, with a colon
    "* Outlook\n";

TEST(ContentsRule, ExcludesTheHeadingAndTheListItemsRightAfterIt) {
  const std::vector<Outcome> blocks = clean(kContentsDoc, default_options());
  ASSERT_EQ(blocks.size(), 9u);
  EXPECT_EQ(rules_of(blocks), (Rules{"", "contents", "contents", "contents", "", "", "", "contents", "contents"}));
  EXPECT_EQ(block(blocks, "Table of").reason, "table of contents heading");
  EXPECT_EQ(block(blocks, "- Trade").reason, "table of contents entry");
}

// ---- boilerplate ------------------------------------------------------------

const char kBoilerplateDoc[] =
    "By Jane Doe and John Roe\n\n"                       // byline (pattern line 11)
    "By the way, Russia never signed the deal.\n\n"     // not a byline: kept
    "By March Russia had moved its fleet.\n\n"          // capitalised words, still a sentence: kept
    "Subscribe to our newsletter\n\n"                   // pattern line 2
    "Russians subscribe to state media.\n\n"            // "subscribe" not at the start: kept
    "If you want to subscribe to the\nnewsletter, enter your e-mail\n\n"  // wrapped prompt
    "Image credit: Reuters\n\n"                         // pattern line 9
    "Images show the strike.\n\n"                       // kept
    "March 3, 2025\n\n"                                 // bare date line (pattern line 12)
    "On March 3, 2025 the talks began.\n\n"             // a date inside a sentence: kept
    "Share\n\n"                                         // navigation (pattern line 8)
    "Share prices fell in Moscow.\n\n"                  // kept
    "\xC2\xA9 2025 Example Press. All rights reserved.\n";  // copyright (pattern line 14)

TEST(BoilerplateRule, ExcludesMatchingBlocksOnly) {
  const std::vector<Outcome> blocks = clean(kBoilerplateDoc, default_options());
  EXPECT_EQ(rules_of(blocks), (Rules{"boilerplate", "", "", "boilerplate", "", "boilerplate", "boilerplate",
                                     "", "boilerplate", "", "boilerplate", "", "boilerplate"}));
  EXPECT_EQ(block(blocks, "By Jane").reason, "byline (pattern line 11)");
  EXPECT_EQ(block(blocks, "Subscribe").reason, "newsletter or subscription prompt (pattern line 2)");
  EXPECT_EQ(block(blocks, "If you want").reason, "newsletter or subscription prompt (pattern line 3)");
}

TEST(BoilerplateRule, NoPatternsExcludeNothing) {
  CleaningOptions options;  // patterns empty
  for (const Outcome& o : clean(kBoilerplateDoc, options)) EXPECT_EQ(o.rule, "") << o;
}

// ---- bios ---------------------------------------------------------------------

const char kBiosDoc[] =
    "Russia and Iran deepened ties in 2024.\n\n"
    "They met again in May.\n\n"                              // "They" but no bio before: kept
    "Jane Doe is a senior fellow at the Example Institute.\n\n"  // author named in the manifest
    "Previously, she taught in Tehran.\n\n"                   // continues the bio
    "Moscow and Tehran will keep talking.\n\n"                // a normal paragraph after a bio: kept
    "Sam Lee is an analyst at a think tank in Baku.\n\n"     // not an author, but a profession
    "He also wrote two books.\n\n"                            // continues
    "Russia is a major power in the region.\n\n"             // name-like start, no profession: kept
    "Iran is a research partner of Russia.\n\n"              // one name word is not a person: kept
    "Kim Park is a fellow of the institute.\n\n"            // a second bio...
    "Their talks in Baku went well.\n\n"                    // ..."Their" does not continue it: kept
    "Doe Street\n";                                           // a heading is never a bio

TEST(BiosRule, ExcludesBiographiesAndTheirContinuations) {
  DocumentMeta meta;
  meta.authors = {"Jane Doe"};
  CleaningOptions options = default_options();
  options.captions = false;  // keep the last heading out of this test
  const std::vector<Outcome> blocks = clean(kBiosDoc, options, meta);
  // With authors in the manifest, only their biographies go: "Sam Lee is an
  // analyst" and "Kim Park is a fellow" could be people the article is about.
  EXPECT_EQ(rules_of(blocks), (Rules{"", "", "bios", "bios", "", "", "", "", "", "", "", ""}));
  EXPECT_EQ(block(blocks, "Jane Doe").reason, "author biography");
  EXPECT_EQ(block(blocks, "Previously").reason, "author biography (continued)");
}

TEST(BiosRule, WithoutAuthorsAProfessionWordDecides) {
  CleaningOptions options = default_options();
  options.captions = false;
  const std::vector<Outcome> blocks = clean(kBiosDoc, options);  // no authors in the manifest
  EXPECT_EQ(rules_of(blocks),
            (Rules{"", "", "bios", "bios", "", "bios", "bios", "", "", "bios", "", ""}));
}

TEST(BiosRule, NamesWithAccentsAreNames) {
  CleaningOptions options = default_options();
  const std::string doc =
      "Russia and Iran signed an agreement on energy and transport corridors today.\n\n"
      "Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez is a fellow at the Example Institute.\n";
  EXPECT_EQ(rules_of(clean(doc, options)), (Rules{"", "bios"}));
}

TEST(BiosRule, AuthorWordsMatchCaseInsensitivelyAndIgnoreShortWords) {
  // "Al" is too short (< 3 letters) to identify an author; "Doe" is enough.
  DocumentMeta meta;
  meta.authors = {"Al Doe"};
  const std::string doc =
      "Al Smith is a guest here today.\n\n"  // shares only "Al": kept
      "DOE Jones was the host of the talks.\n";  // shares "doe": excluded
  EXPECT_EQ(rules_of(clean(doc, default_options(), meta)), (Rules{"", "bios"}));
}

// ---- captions -------------------------------------------------------------------

const char kCaptionsDoc[] =
    "Title of the Piece\n\n"        // heading before the text: kept
    "The first paragraph ends here.\n\n"
    "A Heading in the Middle\n\n"   // a mid-document heading is not a caption: kept
    "The second paragraph ends here.\n\n"
    "- a list item after the text\n\n"  // only headings are captions: kept
    "Photo of the Kremlin\n\n"     // excluded
    "Related Link Title\n";        // excluded

TEST(CaptionsRule, ExcludesHeadingsAfterTheLastParagraphOnly) {
  const std::vector<Outcome> blocks = clean(kCaptionsDoc, default_options());
  EXPECT_EQ(rules_of(blocks), (Rules{"", "", "", "", "", "captions", "captions"}));
  EXPECT_EQ(block(blocks, "Photo").reason, "caption or link title after the last paragraph");
}

TEST(CaptionsRule, ADocumentWithoutParagraphsKeepsItsHeadings) {
  const std::vector<Outcome> blocks = clean("Only a Title\n\nAnd a Subtitle\n", default_options());
  EXPECT_EQ(rules_of(blocks), (Rules{"", ""}));
}

// ---- duplicates -------------------------------------------------------------------

const char kDuplicatesDoc[] =
    "Russia and Iran signed a strategic treaty.\n\n"   // line 1, 7 words: kept
    "Background\n\n"                                   // short heading
    "Background\n\n"                                   // repeated short heading: kept
    "Five words in this one.\n\n"                      // 5 words
    "Five words in this one.\n\n"                      // repeated, but under six words: kept
    "Six words exactly in this sentence.\n\n"          // line 11
    "Six words exactly in this sentence.\n\n"          // 6 words: excluded
    "Russia and Iran signed\na   strategic treaty.\n";  // same text after whitespace folding

TEST(DuplicatesRule, ExcludesRepeatsOfSixOrMoreWords) {
  const std::vector<Outcome> blocks = clean(kDuplicatesDoc, default_options());
  EXPECT_EQ(rules_of(blocks), (Rules{"", "", "", "", "", "", "duplicates", "duplicates"}));
  EXPECT_EQ(blocks[6].reason, "repeats the passage at line 11");
  EXPECT_EQ(blocks[7].reason, "repeats the passage at line 1");
}

// ---- keep_rule ----------------------------------------------------------------------

struct KeepCase {
  const char* rule;
  std::string document;
  std::string excluded_prefix;  // a block the rule excludes when on
};

class KeepRule : public ::testing::TestWithParam<KeepCase> {};

TEST_P(KeepRule, SwitchingTheRuleOffKeepsTheText) {
  const KeepCase& c = GetParam();
  DocumentMeta meta;
  meta.authors = {"Jane Doe"};
  CleaningOptions options = default_options();
  EXPECT_EQ(block(clean(c.document, options, meta), c.excluded_prefix).rule, c.rule);
  keep_rule(options, c.rule);
  EXPECT_EQ(block(clean(c.document, options, meta), c.excluded_prefix).rule, "");
}

INSTANTIATE_TEST_SUITE_P(
    ExclusionRules, KeepRule,
    ::testing::Values(KeepCase{"references", kReferencesDoc, "A closing"},
                      KeepCase{"contents", kContentsDoc, "Table of"},
                      KeepCase{"boilerplate", kBoilerplateDoc, "Subscribe"},
                      KeepCase{"bios", kBiosDoc, "Jane Doe"},
                      KeepCase{"captions", kCaptionsDoc, "Photo"},
                      KeepCase{"duplicates", kDuplicatesDoc, "Russia and Iran signed\n"}),
    [](const ::testing::TestParamInfo<KeepCase>& info) { return std::string(info.param.rule); });

TEST(KeepRuleNames, EveryListedNameIsAcceptedAndSwitchesOneOptionOff) {
  EXPECT_EQ(cleaning_rule_names(),
            (Rules{"references", "faq", "contents", "table-headers", "boilerplate", "bios", "captions",
                   "duplicates", "footnote-markers", "markup", "lowercase-names"}));
  EXPECT_EQ(active_rules(CleaningOptions{}),
            "references,faq,contents,table-headers,boilerplate,bios,captions,duplicates,"
            "footnote-markers,markup,lowercase-names");
  CleaningOptions none;
  for (const std::string& name : cleaning_rule_names()) {
    CleaningOptions options;
    keep_rule(options, name);
    keep_rule(none, name);
    const std::vector<bool> flags = {options.references, options.faq, options.contents,
                                     options.table_headers, options.boilerplate, options.bios,
                                     options.captions, options.duplicates, options.footnote_markers,
                                     options.markup, options.lowercase_names};
    EXPECT_EQ(std::count(flags.begin(), flags.end(), false), 1) << name;
    EXPECT_EQ(active_rules(options).find(name), std::string::npos) << name;
  }
  EXPECT_EQ(active_rules(none), "none");
}

TEST(KeepRuleNames, UnknownNameIsAUsageError) {
  CleaningOptions options;
  for (const char* name : {"reference", "References", "", "all"}) {
    try {
      keep_rule(options, name);
      ADD_FAILURE() << "expected UsageError for '" << name << "'";
    } catch (const io::UsageError& e) {
      EXPECT_NE(std::string(e.what()).find("'" + std::string(name) + "'"), std::string::npos) << e.what();
    }
  }
}

// ---- load_boilerplate_patterns -----------------------------------------------------

class PatternFile {
 public:
  explicit PatternFile(const std::string& content) {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = (fs::temp_directory_path() /
             ("actornet-patterns-" + std::string(info->name()) + "-" + std::to_string(::getpid()) + ".csv"))
                .string();
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~PatternFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string load_error(const std::string& content, std::string* path_out) {
  PatternFile file(content);
  *path_out = file.path();
  try {
    load_boilerplate_patterns(file.path());
  } catch (const io::DataError& e) {
    return e.what();
  }
  return "";
}

TEST(LoadBoilerplatePatterns, InvalidRegexNamesFileAndLine) {
  std::string path;
  const std::string message =
      load_error("pattern,case,reason\n\"^ok\",insensitive,fine\n\"([a-z\",insensitive,broken\n", &path);
  EXPECT_NE(message.find(path + ":3"), std::string::npos) << message;
  EXPECT_NE(message.find("invalid regular expression '([a-z'"), std::string::npos) << message;
}

TEST(LoadBoilerplatePatterns, OtherErrorsNameFileAndLine) {
  std::string path;
  std::string message = load_error("pattern,case,reason\n^a,maybe,r\n", &path);
  EXPECT_NE(message.find(path + ":2"), std::string::npos) << message;
  EXPECT_NE(message.find("'maybe'"), std::string::npos) << message;
  message = load_error("pattern,case,reason\n^a,,r\n,,r\n", &path);
  EXPECT_NE(message.find(path + ":3"), std::string::npos) << message;
  EXPECT_NE(message.find("empty pattern"), std::string::npos) << message;
  message = load_error("pattern,case\n^a,sensitive\n", &path);
  EXPECT_NE(message.find("'reason'"), std::string::npos) << message;
}

TEST(LoadBoilerplatePatterns, CaseModes) {
  PatternFile file(
      "pattern,case,reason\n"
      "^Alpha,sensitive,s\n"
      "^beta,insensitive,i\n"
      "^gamma,,default\n");
  const std::vector<BoilerplatePattern> p = load_boilerplate_patterns(file.path());
  ASSERT_EQ(p.size(), 3u);
  EXPECT_TRUE(p[0].regex->search("Alpha one"));
  EXPECT_FALSE(p[0].regex->search("alpha one"));
  EXPECT_TRUE(p[1].regex->search("BETA two"));
  EXPECT_TRUE(p[2].regex->search("GAMMA three"));  // empty case = insensitive
  EXPECT_EQ(p[2].line, 4u);
  EXPECT_EQ(p[2].reason, "default");
  EXPECT_EQ(p[0].regex->source(), "^Alpha");
}

TEST(LoadBoilerplatePatterns, WithoutCaseColumnPatternsAreCaseInsensitive) {
  PatternFile file("reason,pattern\nr,^delta\n");
  const std::vector<BoilerplatePattern> p = load_boilerplate_patterns(file.path());
  ASSERT_EQ(p.size(), 1u);
  EXPECT_TRUE(p[0].regex->search("Delta"));
}

TEST(LoadBoilerplatePatterns, TheProjectFileLoads) {
  const std::vector<BoilerplatePattern>& p = project_patterns();
  ASSERT_EQ(p.size(), 13u);
  EXPECT_EQ(p.front().line, 2u);
  EXPECT_EQ(p.back().line, 14u);
}

// ---- masks ----------------------------------------------------------------------------

struct MaskResult {
  std::string text;
  MaskCounts counts;
};

MaskResult mask(const std::string& input, const CleaningOptions& options) {
  NormalizedText n = normalize_text(input, nullptr);
  const std::vector<std::uint32_t> origin_before = n.origin;
  const std::size_t size_before = n.text.size();
  const MaskCounts counts = apply_masks(n, options);
  EXPECT_EQ(n.text.size(), size_before);
  EXPECT_EQ(n.folded.size(), size_before);
  EXPECT_EQ(n.origin, origin_before);
  // folded stays the ASCII lower-case copy of text: blanked in the same places.
  std::string lowered = n.text;
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  EXPECT_EQ(n.folded, lowered);
  return {n.text, counts};
}

TEST(FootnoteMarkerMask, BlanksBracketedNumbers) {
  const MaskResult r = mask("Iran[6] and Russia[3, 4] and China[5-7] met[12,13].", CleaningOptions{});
  EXPECT_EQ(r.text, "Iran    and Russia       and China      met       .");
  EXPECT_EQ(r.counts.footnote_markers, 4u);
}

TEST(FootnoteMarkerMask, LeavesOtherBracketsAlone) {
  const std::string text = "The [2025] plan, item [1234], note [a], [ 6 ] and [the conflict].";
  const MaskResult r = mask(text, CleaningOptions{});
  EXPECT_EQ(r.text, "The [2025] plan, item [1234], note [a], [ 6 ] and [the conflict].");
  EXPECT_EQ(r.counts.footnote_markers, 0u);
}

TEST(FootnoteMarkerMask, BlanksSuperscriptDigits) {
  // U+00B9/B2/B3 are two bytes, U+2070 and U+2074..2079 three; each byte becomes a space.
  const MaskResult r = mask("Iran\xC2\xB9 Russia\xC2\xB2\xC2\xB3 China\xE2\x81\xB4 x\xE2\x81\xB0 y\xE2\x81\xB9.",
                            CleaningOptions{});
  EXPECT_EQ(r.text, "Iran   Russia     China    x    y   .");
  EXPECT_EQ(r.counts.footnote_markers, 5u);  // "²³" is one run
}

TEST(MarkupMask, BlanksEmphasisAndHeadingHashes) {
  const MaskResult r = mask("**Russia** and __Iran__ met.\n## Trade\n#hashtag and issue #5", CleaningOptions{});
  EXPECT_EQ(r.text, "  Russia   and   Iran   met.\n   Trade\n#hashtag and issue #5");
  EXPECT_EQ(r.counts.markup, 5u);
}

TEST(Masks, SwitchedOffLeaveTheTextUnchanged) {
  const std::string input = "**Iran**[6] and Russia\xC2\xB9";
  CleaningOptions options;
  keep_rule(options, "footnote-markers");
  keep_rule(options, "markup");
  const MaskResult r = mask(input, options);
  EXPECT_EQ(r.text, input);
  EXPECT_EQ(r.counts.footnote_markers, 0u);
  EXPECT_EQ(r.counts.markup, 0u);
  // Only one of the two switched off.
  CleaningOptions markup_only;
  keep_rule(markup_only, "footnote-markers");
  EXPECT_EQ(mask(input, markup_only).text, "  Iran  [6] and Russia\xC2\xB9");
}

}  // namespace
}  // namespace actornet::corpus
