#include "extract/cooccurrence.hpp"

#include <gtest/gtest.h>

#include "io/errors.hpp"
#include "support/temp_dir.hpp"

namespace actornet::extract {
namespace {

using actornet::testing::TempDir;

// Four sentence units in two paragraphs (hand-annotated):
//   s0 "Russia and Iran signed a treaty."         RUS, IRN
//   s1 "Iran and Iran's ally Russia met the US."  IRN x2, RUS, USA
//   --- paragraph break ---
//   s2 "China watched."                            CHN
//   s3 "Russia agreed."                            RUS
const char* kText =
    "Russia and Iran signed a treaty. Iran and Iran's ally Russia met the US.\n"
    "\n"
    "China watched. Russia agreed.\n";

class CooccurrenceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gazetteer_ = Gazetteer::load(
        dir_.write("actors.csv",
                   "id,name,type\nCHN,China,state\nIRN,Iran,state\nRUS,Russia,state\n"
                   "USA,United States,state\n"),
        dir_.write("aliases.csv",
                   "actor,alias,case\nCHN,China,insensitive\nIRN,Iran,insensitive\n"
                   "RUS,Russia,insensitive\nUSA,US,sensitive\n"));
    matcher_ = std::make_unique<ActorMatcher>(gazetteer_);
  }

  DocumentExtraction extract(const std::string& text, const std::string& unit, bool full = false,
                             corpus::CleaningOptions cleaning = {}) {
    corpus::Document doc;
    doc.meta.id = "d1";
    doc.meta.date = "2024-05";
    doc.meta.position = 7;
    doc.path = "d1.txt";
    doc.bytes = text;
    io::Diagnostics diagnostics;
    const corpus::ProcessedDocument processed =
        corpus::process_document(std::move(doc), cleaning, diagnostics);
    CooccurrenceOptions options;
    parse_unit(unit, options);
    options.full_counting = full;
    return extract_document(processed, *matcher_, options);
  }

  // Count of pair (a, b) by actor id, under the chosen counting.
  std::int64_t count(const Tally& t, const std::string& a, const std::string& b) const {
    auto it = t.pairs.find({gazetteer_.find_actor(a), gazetteer_.find_actor(b)});
    return it == t.pairs.end() ? 0 : it->second.count;
  }
  std::int64_t units_of(const Tally& t, const std::string& a) const {
    return t.actor_units[static_cast<std::size_t>(gazetteer_.find_actor(a))];
  }

  TempDir dir_;
  Gazetteer gazetteer_;
  std::unique_ptr<ActorMatcher> matcher_;
};

TEST_F(CooccurrenceTest, SentenceUnitBinaryCounting) {
  const Tally t = extract(kText, "sentence").tally;
  EXPECT_EQ(t.units, 4);  // N = 4 sentences
  EXPECT_EQ(count(t, "IRN", "RUS"), 2);  // s0, s1
  EXPECT_EQ(count(t, "IRN", "USA"), 1);  // s1
  EXPECT_EQ(count(t, "RUS", "USA"), 1);  // s1
  EXPECT_EQ(count(t, "CHN", "RUS"), 0);  // different sentences
  EXPECT_EQ(t.pairs.size(), 3u);
  EXPECT_EQ(units_of(t, "RUS"), 3);  // s0, s1, s3
  EXPECT_EQ(units_of(t, "IRN"), 2);
  EXPECT_EQ(units_of(t, "CHN"), 1);
  EXPECT_EQ(t.actor_mentions[static_cast<std::size_t>(gazetteer_.find_actor("IRN"))], 3);
  EXPECT_EQ(t.documents, 1);
  EXPECT_EQ(t.date_min, "2024-05");
}

TEST_F(CooccurrenceTest, FullCountingMultipliesMentions) {
  const Tally t = extract(kText, "sentence", true).tally;
  EXPECT_EQ(count(t, "IRN", "RUS"), 1 * 1 + 2 * 1);  // s0: 1x1, s1: Iran twice x Russia once
  EXPECT_EQ(count(t, "IRN", "USA"), 2);
  EXPECT_EQ(count(t, "RUS", "USA"), 1);
  // The binary unit count is kept next to the full count.
  EXPECT_EQ(t.pairs.at({gazetteer_.find_actor("IRN"), gazetteer_.find_actor("RUS")}).units, 2);
}

TEST_F(CooccurrenceTest, ParagraphUnit) {
  const Tally t = extract(kText, "paragraph").tally;
  EXPECT_EQ(t.units, 2);
  EXPECT_EQ(count(t, "IRN", "RUS"), 1);
  EXPECT_EQ(count(t, "IRN", "USA"), 1);
  EXPECT_EQ(count(t, "RUS", "USA"), 1);
  EXPECT_EQ(count(t, "CHN", "RUS"), 1);  // second paragraph
  EXPECT_EQ(count(t, "CHN", "IRN"), 0);
  EXPECT_EQ(units_of(t, "RUS"), 2);
}

TEST_F(CooccurrenceTest, DocumentUnit) {
  const Tally t = extract(kText, "document").tally;
  EXPECT_EQ(t.units, 1);
  EXPECT_EQ(t.pairs.size(), 6u);  // all pairs of {CHN, IRN, RUS, USA}
  for (const auto& [key, c] : t.pairs) EXPECT_EQ(c.count, 1);
}

TEST_F(CooccurrenceTest, SlidingWindowOfTwoSentences) {
  // Windows {s0,s1}, {s1,s2}, {s2,s3}.
  const Tally t = extract(kText, "window:2").tally;
  EXPECT_EQ(t.units, 3);
  EXPECT_EQ(count(t, "IRN", "RUS"), 2);
  EXPECT_EQ(count(t, "IRN", "USA"), 2);
  EXPECT_EQ(count(t, "RUS", "USA"), 2);
  EXPECT_EQ(count(t, "CHN", "IRN"), 1);
  EXPECT_EQ(count(t, "CHN", "RUS"), 2);
  EXPECT_EQ(count(t, "CHN", "USA"), 1);
  EXPECT_EQ(units_of(t, "CHN"), 2);
}

TEST_F(CooccurrenceTest, WindowLargerThanDocumentIsOneWindow) {
  const Tally t = extract(kText, "window:10").tally;
  EXPECT_EQ(t.units, 1);
  EXPECT_EQ(t.pairs.size(), 6u);
}

TEST_F(CooccurrenceTest, EvidenceQuotesTheSentenceWithExactOffsets) {
  const DocumentExtraction d = extract(kText, "sentence");
  ASSERT_EQ(d.evidence.size(), 4u);  // IRN-RUS (s0), IRN-RUS, IRN-USA, RUS-USA (s1)
  const EvidenceRow& r = d.evidence[1];
  EXPECT_EQ(r.doc_id, "d1");
  EXPECT_EQ(r.doc_seq, 7u);
  EXPECT_EQ(r.actor_a, "IRN");
  EXPECT_EQ(r.actor_b, "RUS");
  EXPECT_EQ(r.unit_first, 1u);
  EXPECT_EQ(r.alias_a, "Iran");
  EXPECT_EQ(r.mentions_a, 2);
  EXPECT_EQ(r.mentions_b, 1);
  EXPECT_EQ(r.text, "Iran and Iran's ally Russia met the US.");
  EXPECT_EQ(std::string(kText).substr(r.start_byte, r.end_byte - r.start_byte), r.text);
  EXPECT_EQ(r.start_char, r.start_byte);  // ASCII text: characters = bytes
}

TEST_F(CooccurrenceTest, CharacterOffsetsCountCodePoints) {
  // "Ü" is two bytes: everything after it is one character earlier than its byte.
  const DocumentExtraction d = extract("\xC3\x9C. Russia and Iran met.", "sentence");
  ASSERT_EQ(d.evidence.size(), 1u);
  EXPECT_EQ(d.evidence[0].start_byte, 4u);
  EXPECT_EQ(d.evidence[0].start_char, 3u);
}

TEST_F(CooccurrenceTest, DocumentScopeEvidenceJoinsTheTwoSentences) {
  const DocumentExtraction d = extract(kText, "document");
  const auto it = std::find_if(d.evidence.begin(), d.evidence.end(), [](const EvidenceRow& r) {
    return r.actor_a == "CHN" && r.actor_b == "USA";
  });
  ASSERT_NE(it, d.evidence.end());
  // US first appears in s1, China in s2: adjacent sentences, joined with a space.
  EXPECT_EQ(it->text, "Iran and Iran's ally Russia met the US. China watched.");
}

TEST_F(CooccurrenceTest, ExcludedBlocksDoNotCount) {
  // The second line repeats the first (duplicates rule): counted once.
  const std::string text =
      "Russia and Iran signed a long treaty today.\n\nRussia and Iran signed a long treaty today.\n";
  const DocumentExtraction d = extract(text, "sentence");
  EXPECT_EQ(count(d.tally, "IRN", "RUS"), 1);
  EXPECT_EQ(d.tally.excluded_blocks.at("duplicates"), 1);
  ASSERT_EQ(d.exclusions.size(), 1u);
  EXPECT_EQ(d.exclusions[0].first_line, 3u);
  corpus::CleaningOptions keep_all;
  corpus::keep_rule(keep_all, "duplicates");
  EXPECT_EQ(count(extract(text, "sentence", false, keep_all).tally, "IRN", "RUS"), 2);
}

class ParseUnitErrors : public ::testing::TestWithParam<const char*> {};
TEST_P(ParseUnitErrors, AreUsageErrors) {
  CooccurrenceOptions options;
  EXPECT_THROW(parse_unit(GetParam(), options), io::UsageError);
}
INSTANTIATE_TEST_SUITE_P(Cases, ParseUnitErrors,
                         ::testing::Values("sentences", "window:", "window:0", "window:x",
                                           "window:3x", "window:-2", ""));

TEST(ParseUnit, AcceptsEveryDocumentedForm) {
  CooccurrenceOptions o;
  parse_unit("window:5", o);
  EXPECT_EQ(o.scope, ContextScope::kWindow);
  EXPECT_EQ(o.window, 5u);
  EXPECT_EQ(o.unit_label(), "window:5");
  parse_unit("paragraph", o);
  EXPECT_EQ(o.unit_label(), "paragraph");
  parse_unit("document", o);
  EXPECT_EQ(o.unit_label(), "document");
  parse_unit("sentence", o);
  EXPECT_EQ(o.unit_label(), "sentence");
}

}  // namespace
}  // namespace actornet::extract
