// Tests for io/csv_reader.hpp: the RFC 4180 grammar (Shafranovich 2005,
// RFC 4180, section 2) plus the project's additions (LF or CRLF, a UTF-8
// byte-order mark, blank lines), the line each record starts on, and error
// messages that name the file and the line.
#include "io/csv_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "io/errors.hpp"

namespace actornet::io {
namespace {

struct Parsed {
  std::vector<std::vector<std::string>> records;
  std::vector<std::size_t> lines;
};

Parsed parse(const std::string& input) {
  std::istringstream in(input);
  CsvReader reader(in, "test.csv");
  Parsed out;
  CsvRecord record;
  while (reader.next(record)) {
    out.records.push_back(record.fields);
    out.lines.push_back(record.line);
  }
  return out;
}

using Fields = std::vector<std::string>;

struct GrammarCase {
  const char* name;
  std::string input;
  std::vector<Fields> records;
  std::vector<std::size_t> lines;
};

// Readable test names in ctest output instead of a byte dump.
void PrintTo(const GrammarCase& c, std::ostream* os) { *os << c.name; }

class CsvGrammar : public ::testing::TestWithParam<GrammarCase> {};

TEST_P(CsvGrammar, ReadsFieldsAndStartLines) {
  const GrammarCase& c = GetParam();
  const Parsed parsed = parse(c.input);
  EXPECT_EQ(parsed.records, c.records);
  EXPECT_EQ(parsed.lines, c.lines);
}

INSTANTIATE_TEST_SUITE_P(
    Rfc4180, CsvGrammar,
    ::testing::Values(
        GrammarCase{"plain", "a,b,c\n1,2,3\n", {{"a", "b", "c"}, {"1", "2", "3"}}, {1, 2}},
        GrammarCase{"no_final_newline", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}, {1, 2}},
        GrammarCase{"empty_fields", ",,\n", {{"", "", ""}}, {1}},
        GrammarCase{"trailing_comma_at_eof", "a,", {{"a", ""}}, {1}},
        GrammarCase{"quoted_comma", "x,\"b,c\",d\n", {{"x", "b,c", "d"}}, {1}},
        GrammarCase{"quoted_empty", "\"\",x\n", {{"", "x"}}, {1}},
        GrammarCase{"doubled_quotes", "\"he said \"\"no\"\"\",2\n",
                    {{"he said \"no\"", "2"}}, {1}},
        GrammarCase{"only_doubled_quote", "\"\"\"\"\n", {{"\""}}, {1}},
        // A quoted field spanning two lines: the next record starts on line 3.
        GrammarCase{"embedded_newline", "1,\"two\nlines\"\n3,x\n",
                    {{"1", "two\nlines"}, {"3", "x"}}, {1, 3}},
        GrammarCase{"two_embedded_newlines", "\"a\n\nb\",c\nd,e\n",
                    {{"a\n\nb", "c"}, {"d", "e"}}, {1, 4}},
        // CRLF line ends are not part of the fields, quoted or not; a CR LF
        // inside quotes is data and kept verbatim.
        GrammarCase{"crlf", "a,b\r\nc,d\r\n", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        GrammarCase{"crlf_after_quoted", "\"a\",\"b\"\r\nc,d\r\n", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        GrammarCase{"crlf_inside_quotes", "\"x\r\ny\",z\r\nw,v\r\n",
                    {{"x\r\ny", "z"}, {"w", "v"}}, {1, 3}},
        GrammarCase{"bom_skipped", "\xEF\xBB\xBFid,name\n1,Iran\n",
                    {{"id", "name"}, {"1", "Iran"}}, {1, 2}},
        // A first byte 0xEF that is not a BOM (U+FF41, fullwidth 'a') is data.
        GrammarCase{"ef_not_bom", "\xEF\xBD\x81,b\n", {{"\xEF\xBD\x81", "b"}}, {1}},
        GrammarCase{"blank_lines_skipped", "\na,b\n\n\nc,d\n\n", {{"a", "b"}, {"c", "d"}}, {2, 5}},
        GrammarCase{"blank_crlf_lines_skipped", "a\r\n\r\n\r\nb\r\n", {{"a"}, {"b"}}, {1, 4}},
        GrammarCase{"spaces_kept", " a , b \n", {{" a ", " b "}}, {1}},
        GrammarCase{"utf8_kept", "T\xC3\xBCrkiye,\xE2\x80\x9Cq\xE2\x80\x9D\n",
                    {{"T\xC3\xBCrkiye", "\xE2\x80\x9Cq\xE2\x80\x9D"}}, {1}},
        // Old Mac files end lines with a lone CR: a record end outside
        // quotes (regression: read as one record, whose header then had
        // "column '' appears twice"), kept inside quotes, a line end for
        // line numbers either way.
        GrammarCase{"cr_only", "a,b\rc,d\r", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        GrammarCase{"cr_only_no_final", "a,b\rc,d", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        GrammarCase{"cr_only_blank_lines", "\ra\r\r\rb\r", {{"a"}, {"b"}}, {2, 5}},
        GrammarCase{"cr_inside_quotes", "\"x\ry\",z\rw,v\r", {{"x\ry", "z"}, {"w", "v"}}, {1, 3}},
        GrammarCase{"cr_after_quoted", "\"a\",\"b\"\rc,d", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        GrammarCase{"cr_then_empty_field", "a,\rb,", {{"a", ""}, {"b", ""}}, {1, 2}},
        GrammarCase{"mixed_line_ends", "a\rb\nc\r\nd", {{"a"}, {"b"}, {"c"}, {"d"}}, {1, 2, 3, 4}},
        GrammarCase{"empty_input", "", {}, {}},
        GrammarCase{"only_blank_lines", "\n\n\r\n", {}, {}}),
    [](const ::testing::TestParamInfo<GrammarCase>& info) { return std::string(info.param.name); });

// Returns the DataError message for `input`, or "" when no error is thrown.
std::string error_of(const std::string& input) {
  try {
    parse(input);
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

TEST(CsvReaderErrors, UnterminatedQuoteNamesFileAndStartLine) {
  // The quote opened on line 2 is never closed; the record starts on line 2.
  const std::string message = error_of("a,b\nc,\"never closed\nmore text\n");
  EXPECT_NE(message.find("test.csv:2"), std::string::npos) << message;
  EXPECT_NE(message.find("never closed"), std::string::npos) << message;
}

TEST(CsvReaderErrors, UnterminatedQuoteThrowsDataErrorWithLocation) {
  std::istringstream in("x\n\"abc");
  CsvReader reader(in, "loc.csv");
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  try {
    reader.next(record);
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    EXPECT_EQ(e.where().file, "loc.csv");
    EXPECT_EQ(e.where().line, 2u);
  }
}

TEST(CsvReaderErrors, QuoteInsideUnquotedFieldNamesLine) {
  const std::string message = error_of("a,b\nc,d\"e\n");
  EXPECT_NE(message.find("test.csv:2"), std::string::npos) << message;
  EXPECT_NE(message.find("unquoted field"), std::string::npos) << message;
}

TEST(CsvReaderErrors, TextAfterClosingQuoteIsAnError) {
  const std::string message = error_of("\"a\"b,c\n");
  EXPECT_NE(message.find("test.csv:1"), std::string::npos) << message;
  EXPECT_NE(message.find("after the closing quote"), std::string::npos) << message;
}

TEST(CsvReaderErrors, QuoteInUnquotedFieldAfterMultilineRecordNamesItsOwnLine) {
  // Record 1 spans lines 1-2; the bad quote is on line 3.
  const std::string message = error_of("\"a\nb\"\nx\"y\n");
  EXPECT_NE(message.find("test.csv:3"), std::string::npos) << message;
}

CsvTable table_of(const std::string& input) {
  std::istringstream in(input);
  return CsvTable::read_stream(in, "table.csv");
}

TEST(CsvTable, ReadsHeaderAndRows) {
  const CsvTable table = table_of("id,name\n1,Iran\n2,\"Russia, Federation\"\n");
  EXPECT_EQ(table.header(), (Fields{"id", "name"}));
  ASSERT_EQ(table.rows().size(), 2u);
  EXPECT_EQ(table.rows()[1].fields[table.require("name")], "Russia, Federation");
  EXPECT_EQ(table.rows()[1].line, 3u);
  EXPECT_EQ(table.where(table.rows()[1]).to_string(), "table.csv:3");
  EXPECT_EQ(table.file(), "table.csv");
}

TEST(CsvTable, HeaderOnlyHasNoRows) {
  const CsvTable table = table_of("id,name\n");
  EXPECT_TRUE(table.rows().empty());
}

TEST(CsvTable, WidthMismatchNamesTheLine) {
  try {
    table_of("a,b\n1,2\n\n3\n");
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("table.csv:4"), std::string::npos) << message;
    EXPECT_NE(message.find("1 fields"), std::string::npos) << message;
    EXPECT_NE(message.find("header has 2"), std::string::npos) << message;
  }
}

TEST(CsvTable, TooManyFieldsIsAlsoAMismatch) {
  EXPECT_THROW(table_of("a,b\n1,2,3\n"), DataError);
}

TEST(CsvTable, DuplicateHeaderIsRejected) {
  try {
    table_of("id,name,id\n1,x,2\n");
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("table.csv:1"), std::string::npos) << message;
    EXPECT_NE(message.find("'id' appears twice"), std::string::npos) << message;
  }
}

TEST(CsvTable, EmptyInputIsRejected) {
  EXPECT_THROW(table_of(""), DataError);
  EXPECT_THROW(table_of("\n\n"), DataError);
}

TEST(CsvTable, RequireOfMissingColumnNamesFileAndColumn) {
  const CsvTable table = table_of("id,name\n1,x\n");
  EXPECT_EQ(table.require("id"), 0u);
  EXPECT_EQ(table.require("name"), 1u);
  try {
    table.require("date");
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("table.csv"), std::string::npos) << message;
    EXPECT_NE(message.find("'date'"), std::string::npos) << message;
  }
}

TEST(CsvTable, CrOnlyFileReadsAsRows) {
  // Regression: a CR-only file was one record with fields "b\r1" etc. and
  // empty names, reported as "column '' appears twice in the header".
  const CsvTable table = table_of("id,name,\"note\"\r1,Iran,\r2,Russia,\"two\rlines\"\r3,China,x\r");
  EXPECT_EQ(table.header(), (Fields{"id", "name", "note"}));
  ASSERT_EQ(table.rows().size(), 3u);
  EXPECT_EQ(table.rows()[1].fields, (Fields{"2", "Russia", "two\rlines"}));
  EXPECT_EQ(table.rows()[1].line, 3u);
  EXPECT_EQ(table.rows()[2].line, 5u);  // the quoted CR counted as a line end
}

TEST(CsvTable, RequireNamesTheHeaderLineAfterBlankLines) {
  // Regression: require() always said line 1. Here the header is on line 3.
  const CsvTable table = table_of("\n\nid,name\n1,x\n");
  try {
    table.require("date");
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    EXPECT_EQ(e.where().line, 3u);
    EXPECT_NE(std::string(e.what()).find("table.csv:3: missing column 'date'"), std::string::npos)
        << e.what();
  }
}

TEST(CsvTable, FindReturnsMinusOneWhenAbsent) {
  const CsvTable table = table_of("id,name\n");
  EXPECT_EQ(table.find("name"), 1);
  EXPECT_EQ(table.find("Name"), -1);  // column names are case-sensitive
}

TEST(CsvTable, ReadFileOfMissingPathNamesThePath) {
  try {
    CsvTable::read_file("/nonexistent/actornet/missing.csv");
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/actornet/missing.csv"), std::string::npos);
  }
}

TEST(CsvTable, ReadsTheProjectBoilerplateFile) {
  // A real file with quoted regular expressions containing commas and braces.
  const CsvTable table =
      CsvTable::read_file(std::string(ACTORNET_SOURCE_DIR) + "/data/filters/boilerplate.csv");
  EXPECT_EQ(table.header(), (Fields{"pattern", "case", "reason"}));
  ASSERT_GE(table.rows().size(), 10u);
  // The file has one record per line, so record i starts on line i + 2, and
  // no quoted comma ({1,3}) splits a pattern: the case column is always valid.
  for (std::size_t i = 0; i < table.rows().size(); ++i) {
    const CsvRecord& row = table.rows()[i];
    EXPECT_EQ(row.line, i + 2);
    EXPECT_FALSE(row.fields[0].empty());
    EXPECT_TRUE(row.fields[1] == "sensitive" || row.fields[1] == "insensitive") << row.fields[1];
  }
}

}  // namespace
}  // namespace actornet::io
