#include "extract/curated_relations.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace actornet::extract {
namespace {

using actornet::testing::TempDir;

const char* kHeader = "doc_id,quote,source,target,directed,polarity,category,intensity,year,note\n";

class CuratedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("lexicon/categories.csv",
               "category,label,goldstein,group,polarity\n"
               "05,diplomatic cooperation,3.5,verbal cooperation,cooperation\n"
               "07,provide aid,7.0,material cooperation,cooperation\n"
               "11,disapprove,-2.0,verbal conflict,rivalry\n");
    dir_.write("lexicon/cues.csv", "cue,category,intensity,kind,note\n");
    dir_.write("lexicon/modifiers.csv", "word,type,note\n");
    dir_.write("actors.csv", "id,name\nIRN,Iran\nISR,Israel\nRUS,Russia\n");
    dir_.write("aliases.csv", "actor,alias,case\nIRN,Iran,insensitive\nISR,Israel,insensitive\nRUS,Russia,insensitive\n");
    lexicon_ = Lexicon::load(dir_ / "lexicon");
    gazetteer_ = Gazetteer::load(dir_ / "actors.csv", dir_ / "aliases.csv");
  }

  CuratedRelations load(const std::string& rows, io::Diagnostics& diagnostics) {
    return CuratedRelations::load(dir_.write("relations.csv", kHeader + rows), gazetteer_, lexicon_, {"d1", "d2"},
                                  diagnostics);
  }

  corpus::ProcessedDocument document(const std::string& text, corpus::CleaningOptions cleaning = {}) {
    corpus::Document doc;
    doc.meta.id = "d1";
    doc.meta.date = "2024-05";
    doc.meta.position = 3;
    doc.bytes = text;
    io::Diagnostics diagnostics;
    return corpus::process_document(std::move(doc), cleaning, diagnostics);
  }

  TempDir dir_;
  Lexicon lexicon_;
  Gazetteer gazetteer_;
};

TEST_F(CuratedTest, ReadsValidRowsAndNormalisesMutualPairs) {
  io::Diagnostics diagnostics;
  const CuratedRelations c = load(
      "d1,Russia and Iran signed a pact.,RUS,IRN,no,cooperation,05,3.5,2025,\n"
      "d1,Russia sent aid to Iran.,RUS,IRN,yes,cooperation,07,7.0,,reportedly; hedged\n"
      "d2,Iran condemned Israel.,IRN,ISR,yes,rivalry,11,-2.0,,\n",
      diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  ASSERT_EQ(c.size(), 3u);
  const auto& rows = c.for_document("d1");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].relation.source, "IRN");  // mutual: put in id order
  EXPECT_EQ(rows[0].relation.target, "RUS");
  EXPECT_EQ(rows[0].relation.year, 2025);
  EXPECT_EQ(rows[0].relation.curated_line, 2u);
  EXPECT_DOUBLE_EQ(rows[1].relation.confidence, 0.5);  // "hedged" in the note
  EXPECT_TRUE(c.for_document("d3").empty());
}

struct BadRow {
  const char* name;
  const char* row;
  const char* expected;
};
void PrintTo(const BadRow& b, std::ostream* os) { *os << b.name; }

class CuratedErrors : public CuratedTest, public ::testing::WithParamInterface<BadRow> {};

TEST_P(CuratedErrors, AreReportedWithTheLineAndTheRowIsSkipped) {
  io::Diagnostics diagnostics;
  const std::string good = "d1,Russia sent aid to Iran.,RUS,IRN,yes,cooperation,07,7.0,,\n";
  const CuratedRelations c = load(std::string(GetParam().row) + good, diagnostics);
  EXPECT_EQ(c.size(), 1u);  // the good row on line 3 survives
  const auto all = diagnostics.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].where.line, 2u);
  EXPECT_NE(all[0].message.find(GetParam().expected), std::string::npos) << all[0].message;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, CuratedErrors,
    ::testing::Values(
        BadRow{"unknown_document", "d9,q,RUS,IRN,yes,cooperation,07,7,,\n", "doc_id 'd9' is not in the corpus"},
        BadRow{"empty_quote", "d1,,RUS,IRN,yes,cooperation,07,7,,\n", "empty quote"},
        BadRow{"unknown_actor", "d1,q,RUS,CHN,yes,cooperation,07,7,,\n", "actor 'CHN' is not in the gazetteer"},
        BadRow{"self_relation", "d1,q,RUS,RUS,yes,cooperation,07,7,,\n", "same actor"},
        BadRow{"directed_value", "d1,q,RUS,IRN,maybe,cooperation,07,7,,\n", "directed must be yes or no"},
        BadRow{"polarity_value", "d1,q,RUS,IRN,yes,friendly,07,7,,\n", "polarity must be"},
        BadRow{"unknown_category", "d1,q,RUS,IRN,yes,cooperation,19,7,,\n", "category '19'"},
        BadRow{"intensity_range", "d1,q,RUS,IRN,yes,cooperation,07,12,,\n", "intensity must be a number from -10 to 10"},
        BadRow{"intensity_sign", "d1,q,RUS,IRN,yes,cooperation,07,-7,,\n", "cooperation row needs an intensity >= 0"},
        BadRow{"year_format", "d1,q,RUS,IRN,yes,cooperation,07,7,95,\n", "year must have four digits"}),
    [](const ::testing::TestParamInfo<BadRow>& info) { return std::string(info.param.name); });

TEST_F(CuratedTest, QuotesAreFoundInTheirSentenceWithWhitespaceFolded) {
  io::Diagnostics diagnostics;
  const CuratedRelations c = load(
      "d1,Russia sent   aid to Iran,RUS,IRN,yes,cooperation,07,7.0,,\n"
      "d1,Iran condemned Israel.,IRN,ISR,yes,rivalry,11,-2.0,,\n"
      "d1,Israel praised Russia.,ISR,RUS,yes,cooperation,05,3.5,,\n",
      diagnostics);
  const corpus::ProcessedDocument doc = document("Talks began. Russia sent aid\nto Iran in May. Iran condemned Israel.\n");
  io::Diagnostics resolve_messages;
  const std::vector<Relation> relations = resolve_curated(doc, c.for_document("d1"), "relations.csv", resolve_messages);
  ASSERT_EQ(relations.size(), 2u);
  EXPECT_EQ(relations[0].unit, 1u);
  EXPECT_EQ(relations[0].text, "Russia sent aid to Iran in May.");
  EXPECT_EQ(relations[0].doc_seq, 3u);
  EXPECT_EQ(relations[0].year, 2024);  // the document's year
  EXPECT_EQ(relations[0].year_source, "document");
  EXPECT_EQ(relations[1].unit, 2u);
  // The third quote is not in the document: an error naming the row's line.
  const auto messages = resolve_messages.all();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].where.file, "relations.csv");
  EXPECT_EQ(messages[0].where.line, 4u);
  EXPECT_NE(messages[0].message.find("quote not found"), std::string::npos);
}

TEST_F(CuratedTest, RowsInExcludedTextAreMarked) {
  io::Diagnostics diagnostics;
  const CuratedRelations c = load(
      "d1,Russia and Iran signed a long treaty today.,IRN,RUS,no,cooperation,05,3.5,,\n", diagnostics);
  // The second paragraph repeats the first: the duplicates rule excludes it,
  // but the quote is found first in the kept paragraph.
  const corpus::ProcessedDocument doc = document("Russia and Iran signed a long treaty today.\n\nRussia and Iran signed a long treaty today.\n");
  io::Diagnostics messages;
  auto relations = resolve_curated(doc, c.for_document("d1"), "relations.csv", messages);
  ASSERT_EQ(relations.size(), 1u);
  EXPECT_EQ(relations[0].excluded_by, "");
  // A quote only in excluded text (a bibliography) is kept but marked.
  const CuratedRelations c2 = load("d1,Israel and Iran at war.,IRN,ISR,no,rivalry,11,-2.0,,\n", diagnostics);
  const corpus::ProcessedDocument doc2 = document(
      "Russia and Iran signed a long treaty on energy and transport today in the capital.\n\nReferences\n"
      "Smith 2020. Israel and Iran at war.\n");
  relations = resolve_curated(doc2, c2.for_document("d1"), "relations.csv", messages);
  ASSERT_EQ(relations.size(), 1u);
  EXPECT_EQ(relations[0].excluded_by, "references");
}

}  // namespace
}  // namespace actornet::extract
