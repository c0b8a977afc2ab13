// Tests for corpus/manifest.hpp: check_date's table of accepted and rejected
// dates, and read_manifest's per-row reporting (bad rows reported with their
// line and skipped, the others kept) and whole-file errors.
#include "corpus/manifest.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/errors.hpp"

namespace actornet::corpus {
namespace {

namespace fs = std::filesystem;

using TempFolder = actornet::testing::TempDir;

struct DateCase {
  const char* name;
  const char* date;
  const char* precision;
  const char* problem;  // substring of the message; "" = valid
};

class CheckDate : public ::testing::TestWithParam<DateCase> {};

TEST_P(CheckDate, AcceptsOrNamesTheProblem) {
  const DateCase& c = GetParam();
  const std::string message = check_date(c.date, c.precision);
  if (std::string(c.problem).empty()) {
    EXPECT_EQ(message, "");
  } else {
    EXPECT_NE(message.find(c.problem), std::string::npos) << "message: '" << message << "'";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, CheckDate,
    ::testing::Values(
        DateCase{"empty_both", "", "", ""},
        DateCase{"year", "2025", "year", ""},
        DateCase{"month", "2025-06", "month", ""},
        DateCase{"day", "2025-06-30", "day", ""},
        DateCase{"first_day", "2024-01-01", "day", ""},
        DateCase{"last_day", "2024-12-31", "day", ""},
        DateCase{"precision_without_date", "", "day", "date_precision is set but date is empty"},
        DateCase{"month_13", "2025-13", "month", "has month 13"},
        DateCase{"month_00", "2025-00", "month", "has month 0"},
        DateCase{"day_month_13", "2025-13-01", "day", "has month 13"},
        DateCase{"day_32", "2025-06-32", "day", "has no day 32"},
        DateCase{"day_00", "2025-06-00", "day", "has no day 0"},
        // Days are checked against the Gregorian calendar.
        DateCase{"feb_30", "2025-02-30", "day", "has no day 30"},
        DateCase{"jun_31", "2025-06-31", "day", "has no day 31"},
        DateCase{"feb_29_leap_year", "2024-02-29", "day", ""},
        DateCase{"feb_29_common_year", "2025-02-29", "day", "has no day 29"},
        DateCase{"feb_29_century_not_leap", "1900-02-29", "day", "has no day 29"},
        DateCase{"feb_29_400_year_leap", "2000-02-29", "day", ""},
        DateCase{"single_digit_month", "2025-6", "month", "is not YYYY, YYYY-MM or YYYY-MM-DD"},
        DateCase{"single_digit_day", "2025-06-1", "day", "is not YYYY"},
        DateCase{"two_digit_year", "25", "year", "is not YYYY"},
        DateCase{"slashes", "2025/06/30", "day", "is not YYYY"},
        DateCase{"leading_space", " 2025", "year", "is not YYYY"},
        DateCase{"time_suffix", "2025-06-30T12", "day", "is not YYYY"},
        DateCase{"words", "June 2025", "month", "is not YYYY"},
        DateCase{"sign_in_month", "2025-+6", "month", "is not YYYY"},
        DateCase{"day_date_month_precision", "2025-06-30", "month",
                 "has day precision but date_precision is 'month'"},
        DateCase{"month_date_day_precision", "2025-06", "day", "has month precision"},
        DateCase{"year_date_month_precision", "2025", "month", "has year precision"},
        DateCase{"missing_precision", "2025-06-30", "", "date_precision is ''"},
        DateCase{"unknown_precision", "2025", "annual", "date_precision is 'annual'"},
        DateCase{"precision_case_sensitive", "2025", "Year", "date_precision is 'Year'"}),
    [](const ::testing::TestParamInfo<DateCase>& info) { return std::string(info.param.name); });

TEST(ReadManifest, ReadsFieldsAndSplitsAuthors) {
  TempFolder tmp;
  const std::string path = tmp.write(
      "manifest.csv",
      "id,file,title,authors,publisher,date,date_precision,notes\n"
      "a1,a.txt,\"Russia, Iran\",\"Jane Doe; John Roe ;; \",ORF,2025-06-30,day,n\n");
  io::Diagnostics diagnostics;
  const std::vector<DocumentMeta> docs = read_manifest(path, diagnostics);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "a1");
  EXPECT_EQ(docs[0].file, "a.txt");
  EXPECT_EQ(docs[0].title, "Russia, Iran");
  EXPECT_EQ(docs[0].authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(docs[0].publisher, "ORF");
  EXPECT_EQ(docs[0].date, "2025-06-30");
  EXPECT_EQ(docs[0].date_precision, "day");
  EXPECT_EQ(docs[0].manifest_line, 2u);
  EXPECT_TRUE(diagnostics.all().empty());
}

TEST(ReadManifest, BadRowsAreReportedWithTheirLineAndSkipped) {
  TempFolder tmp;
  const std::string path = tmp.write(
      "manifest.csv",
      "id,file,date,date_precision\n"  // line 1
      "ok1,one.txt,2025,year\n"        // line 2: kept
      "ok1,two.txt,2025,year\n"        // line 3: id used twice
      "bad_date,three.txt,2025-13,month\n"  // line 4
      "no_file,,2025,year\n"           // line 5: empty file name
      ",five.txt,2025,year\n"          // line 6: empty id
      "escape,../etc/passwd,,\n"       // line 7: outside the corpus folder
      "absolute,/tmp/x.txt,,\n"        // line 8
      "dup_file,one.txt,,\n"           // line 9: file listed twice
      "mismatch,nine.txt,2025-06,day\n"  // line 10
      "\"multi\nline\",ten.txt,,\n"    // lines 11-12: an id with a line break is kept
      "ok2,eleven.txt,2024-03,month\n");  // line 13: kept
  io::Diagnostics diagnostics;
  const std::vector<DocumentMeta> docs = read_manifest(path, diagnostics);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "ok1");
  EXPECT_EQ(docs[0].file, "one.txt");
  EXPECT_EQ(docs[1].id, "multi\nline");
  EXPECT_EQ(docs[2].id, "ok2");
  EXPECT_EQ(docs[2].manifest_line, 13u);

  const std::vector<io::Diagnostic> all = diagnostics.all();
  ASSERT_EQ(all.size(), 8u);
  const std::vector<std::size_t> lines = {3, 4, 5, 6, 7, 8, 9, 10};
  const std::vector<std::string> problems = {"id 'ok1' is used twice", "has month 13", "empty file name",
                                             "empty id", "must be a path inside the corpus folder",
                                             "must be a path inside the corpus folder",
                                             "file 'one.txt' is listed twice", "has month precision"};
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].severity, io::Severity::kError);
    EXPECT_EQ(all[i].where.file, path);
    EXPECT_EQ(all[i].where.line, lines[i]) << all[i].message;
    EXPECT_NE(all[i].message.find(problems[i]), std::string::npos) << all[i].message;
    EXPECT_NE(all[i].message.find("row skipped"), std::string::npos) << all[i].message;
  }
  EXPECT_TRUE(diagnostics.has_errors());
}

// Regression: file names were compared as strings, so "./top.txt" and
// "top.txt" were two documents and the same file was read twice; and any name
// containing ".." was rejected, "a..b.txt" included. Now the lexically normal
// forms are compared and only a ".." component is refused.
TEST(ReadManifest, FileNamesAreComparedInLexicallyNormalForm) {
  TempFolder tmp;
  const std::string path = tmp.write(
      "manifest.csv",
      "id,file\n"                // line 1
      "top,top.txt\n"            // line 2: kept
      "dot,./top.txt\n"          // line 3: the same file
      "up,a/../top.txt\n"        // line 4: a ".." component
      "dots,a..b.txt\n"          // line 5: kept (".." inside a name)
      "sub,sub/./n.txt\n"        // line 6: kept as "sub/n.txt"
      "sub2,sub//n.txt\n"        // line 7: the same file as line 6
      "trailing,dir..\n"         // line 8: kept ("dir.." is a name, not "..")
      "folder,sub/\n"            // line 9: names a folder
      "here,.\n"                 // line 10: the corpus folder itself
      "parent,..\n");            // line 11: outside the corpus folder
  io::Diagnostics diagnostics;
  const std::vector<DocumentMeta> docs = read_manifest(path, diagnostics);
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].file, "top.txt");
  EXPECT_EQ(docs[1].file, "a..b.txt");
  EXPECT_EQ(docs[2].file, "sub/n.txt");  // stored in normal form
  EXPECT_EQ(docs[3].file, "dir..");

  const std::vector<io::Diagnostic> all = diagnostics.all();
  const std::vector<std::size_t> lines = {3, 4, 7, 9, 10, 11};
  const std::vector<std::string> problems = {
      "file './top.txt' is listed twice (as 'top.txt' on line 2)",
      "file 'a/../top.txt' must be a path inside the corpus folder",
      "file 'sub//n.txt' is listed twice (as 'sub/n.txt' on line 6)",
      "file 'sub/' names a folder",
      "file '.' names a folder",
      "file '..' must be a path inside the corpus folder"};
  ASSERT_EQ(all.size(), problems.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].severity, io::Severity::kError);
    EXPECT_EQ(all[i].where.line, lines[i]) << all[i].message;
    EXPECT_NE(all[i].message.find(problems[i]), std::string::npos) << all[i].message;
  }
}

TEST(ReadManifest, OptionalColumnsMayBeAbsent) {
  TempFolder tmp;
  const std::string path = tmp.write("m.csv", "file,id\nx.txt,x\n");
  io::Diagnostics diagnostics;
  const std::vector<DocumentMeta> docs = read_manifest(path, diagnostics);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "x");
  EXPECT_TRUE(docs[0].authors.empty());
  EXPECT_EQ(docs[0].date, "");
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST(ReadManifest, MissingRequiredColumnThrowsNamingTheFile) {
  TempFolder tmp;
  const std::string path = tmp.write("manifest.csv", "id,title\nx,Some title\n");
  io::Diagnostics diagnostics;
  try {
    read_manifest(path, diagnostics);
    FAIL() << "expected DataError";
  } catch (const io::DataError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_NE(message.find("'file'"), std::string::npos) << message;
  }
}

TEST(ReadManifest, UnreadableOrMalformedFileThrows) {
  TempFolder tmp;
  io::Diagnostics diagnostics;
  EXPECT_THROW(read_manifest("/nonexistent/actornet/manifest.csv", diagnostics), io::DataError);
  const std::string ragged = tmp.write("ragged.csv", "id,file\nx,x.txt,extra\n");
  EXPECT_THROW(read_manifest(ragged, diagnostics), io::DataError);
}

TEST(ReadManifest, TheProjectManifestIsValid) {
  io::Diagnostics diagnostics;
  const std::vector<DocumentMeta> docs =
      read_manifest(std::string(ACTORNET_SOURCE_DIR) + "/data/corpus/manifest.csv", diagnostics);
  EXPECT_TRUE(diagnostics.all().empty());
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[0].id, "000");
  EXPECT_EQ(docs[0].authors, (std::vector<std::string>{"Aleksei Zakharov", "Rajoli Siddharth Jayaprakash"}));
  EXPECT_EQ(docs[1].authors, std::vector<std::string>{});
  EXPECT_EQ(docs[3].authors, std::vector<std::string>{"Emil Avdaliani"});
  EXPECT_EQ(docs[4].date, "2025-06");
  EXPECT_EQ(docs[4].date_precision, "month");
}

}  // namespace
}  // namespace actornet::corpus
