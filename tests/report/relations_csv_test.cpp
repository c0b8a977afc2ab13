#include "report/relations_csv.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "io/csv_writer.hpp"
#include "io/errors.hpp"
#include "support/temp_dir.hpp"

namespace actornet::report {
namespace {

using actornet::testing::TempDir;

TEST(RelationsCsv, WriteThenReadGivesTheSameRelations) {
  extract::Relation a;
  a.doc_seq = 2;
  a.doc_id = "002";
  a.unit = 17;
  a.origin = "auto";
  a.source = "IRN";
  a.target = "RUS";
  a.directed = true;
  a.polarity = extract::Polarity::kCooperation;
  a.category = "07";
  a.intensity = 7.0;
  a.confidence = 0.5;
  a.year = 2022;
  a.year_source = "sentence";
  a.cue = "supplied";
  a.modality = "modal";
  a.start_byte = 100;
  a.end_byte = 160;
  a.start_char = 98;
  a.end_char = 158;
  a.text = "Iran \"reportedly\" supplied drones, and more, to Russia.";
  extract::Relation b;
  b.origin = "curated";
  b.doc_id = "000";
  b.source = "ISR";
  b.target = "USA";
  b.polarity = extract::Polarity::kWithheld;
  b.curated_line = 41;
  b.excluded_by = "faq";
  b.note = "hedged, multi-line\nnote";
  std::ostringstream out;
  io::write_csv_row(out, relations_header());
  write_relation_row(out, a);
  write_relation_row(out, b);
  TempDir dir;
  RelationsReader reader(dir.write("relations.csv", out.str()));
  extract::Relation r;
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r.doc_seq, 2u);
  EXPECT_EQ(r.unit, 17u);
  EXPECT_TRUE(r.directed);
  EXPECT_EQ(r.polarity, extract::Polarity::kCooperation);
  EXPECT_DOUBLE_EQ(r.confidence, 0.5);
  EXPECT_EQ(r.year, 2022);
  EXPECT_EQ(r.cue, "supplied");
  EXPECT_EQ(r.end_char, 158u);
  EXPECT_EQ(r.text, a.text);
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r.origin, "curated");
  EXPECT_EQ(r.polarity, extract::Polarity::kWithheld);
  EXPECT_EQ(r.curated_line, 41u);
  EXPECT_EQ(r.excluded_by, "faq");
  EXPECT_EQ(r.note, b.note);
  EXPECT_EQ(r.year, 0);
  EXPECT_FALSE(reader.next(r));
}

TEST(RelationsCsv, MalformedRowsNameFileAndLine) {
  TempDir dir;
  std::ostringstream header;
  io::write_csv_row(header, relations_header());
  // A row of the right width whose polarity is unknown.
  std::vector<std::string> fields(relations_header().size(), "");
  for (std::size_t i : {0, 2, 19, 20, 21, 22}) fields[i] = "0";
  fields[3] = "auto";
  fields[6] = "no";
  fields[7] = "friendly";
  fields[9] = "3.5";
  fields[10] = "1";
  std::ostringstream row;
  io::write_csv_row(row, fields);
  const std::string path = dir.write("r.csv", header.str() + row.str());
  RelationsReader reader(path);
  extract::Relation r;
  try {
    reader.next(r);
    FAIL() << "expected a DataError";
  } catch (const io::DataError& e) {
    EXPECT_NE(std::string(e.what()).find("r.csv:2: unknown polarity 'friendly'"), std::string::npos) << e.what();
  }
  EXPECT_THROW(RelationsReader(dir.write("h.csv", "doc_seq,doc_id\n")), io::DataError);
  EXPECT_THROW(RelationsReader(dir / "missing.csv"), io::DataError);
}

}  // namespace
}  // namespace actornet::report
