// Tests for analysis/periods.hpp: the shipped file equals the built-in
// defaults, the year edges of each period, and every documented file error
// with its line number.
#include "analysis/periods.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/errors.hpp"
#include "support/temp_dir.hpp"

namespace actornet::analysis {
namespace {

using actornet::testing::TempDir;

TEST(Periods, DefaultsAreTheShippedFile) {
  const std::vector<Period> file = load_periods(std::string(ACTORNET_SOURCE_DIR) + "/data/periods.csv");
  const std::vector<Period> defaults = default_periods();
  ASSERT_EQ(file.size(), defaults.size());
  for (std::size_t i = 0; i < file.size(); ++i) {
    EXPECT_EQ(file[i].label, defaults[i].label);
    EXPECT_EQ(file[i].start, defaults[i].start) << file[i].label;
    EXPECT_EQ(file[i].end, defaults[i].end) << file[i].label;
    EXPECT_EQ(file[i].line, i + 2);  // after the header
    EXPECT_EQ(defaults[i].line, 0u);
  }
}

TEST(Periods, PeriodOfTheDefaultEdges) {
  const std::vector<Period> periods = default_periods();
  const std::vector<std::pair<int, const char*>> table = {
      {-500, "before 1991"}, {1990, "before 1991"}, {1991, "1991-2013"}, {2013, "1991-2013"},
      {2014, "2014-2021"},   {2021, "2014-2021"},   {2022, "since 2022"}, {2100, "since 2022"},
  };
  for (const auto& [year, label] : table) {
    const Period* p = period_of(periods, year);
    ASSERT_NE(p, nullptr) << year;
    EXPECT_EQ(p->label, label) << year;
  }
  EXPECT_EQ(period_of(periods, 0), nullptr);  // unknown year, although "before 1991" is open
  EXPECT_EQ(period_of({}, 2000), nullptr);
}

TEST(Periods, GapsOrderAndSpacesInAFile) {
  TempDir dir;
  // Written out of order and with spaces; returned in chronological order
  // with their own lines. 2001-2004 falls in no period.
  const std::string path = dir.write("periods.csv",
                                     "label,start,end\n"
                                     " later , 2005 ,2010\n"
                                     "earlier,1991, 2000\n"
                                     "ancient,-300,-1\n");
  const std::vector<Period> periods = load_periods(path);
  ASSERT_EQ(periods.size(), 3u);
  EXPECT_EQ(periods[0].label, "ancient");
  EXPECT_EQ(periods[0].start, -300);
  EXPECT_EQ(periods[0].line, 4u);
  EXPECT_EQ(periods[1].label, "earlier");
  EXPECT_EQ(periods[1].end, 2000);
  EXPECT_EQ(periods[2].label, "later");
  EXPECT_EQ(periods[2].start, 2005);
  EXPECT_EQ(periods[2].line, 2u);
  EXPECT_EQ(period_of(periods, 2002), nullptr);
  EXPECT_EQ(period_of(periods, 2005)->label, "later");
  EXPECT_EQ(period_of(periods, -1)->label, "ancient");
}

TEST(Periods, OneOpenPeriodCoversEveryKnownYear) {
  TempDir dir;
  const std::vector<Period> periods = load_periods(dir.write("p.csv", "label,start,end\nall,,\n"));
  ASSERT_EQ(periods.size(), 1u);
  EXPECT_EQ(periods[0].start, INT_MIN);
  EXPECT_EQ(periods[0].end, INT_MAX);
  EXPECT_EQ(period_of(periods, 1), &periods[0]);
  EXPECT_EQ(period_of(periods, 0), nullptr);
}

TEST(Periods, FileErrorsNameFileAndLine) {
  struct Case {
    const char* name;
    const char* content;
    const char* where;    // expected start of the message after the folder
    const char* message;  // expected part of the message
  };
  const std::vector<Case> cases = {
      {"missing column", "label,start\nx,1\n", "p.csv:1", "missing column 'end'"},
      {"empty label", "label,start,end\na,1,2\n  ,3,4\n", "p.csv:3", "empty period label"},
      {"repeated label", "label,start,end\na,1,2\nb,3,4\na,5,6\n", "p.csv:4", "already used on line 2"},
      {"letters", "label,start,end\na,19x1,2000\n", "p.csv:2", "start '19x1'"},
      {"fraction", "label,start,end\na,1991,2000.5\n", "p.csv:2", "end '2000.5'"},
      {"lone minus", "label,start,end\na,-,2000\n", "p.csv:2", "start '-'"},
      {"too large", "label,start,end\na,1,99999999999\n", "p.csv:2", "end '99999999999'"},
      {"start after end", "label,start,end\na,2000,1999\n", "p.csv:2", "starts (2000) after it ends (1999)"},
      {"overlap by one year", "label,start,end\na,1991,2013\nb,2013,2020\n", "p.csv:3",
       "period 'b' (2013..2020) overlaps period 'a' (1991..2013) on line 2"},
      // Named at the later line even when it is the earlier period.
      {"overlap, later line earlier", "label,start,end\nb,2000,\na,1990,2000\n", "p.csv:3", "overlaps period 'b'"},
      {"two open starts", "label,start,end\na,,1900\nb,,1800\n", "p.csv:3", "overlaps"},
      {"no periods", "label,start,end\n", "p.csv:", "no periods"},
      {"empty file", "", "p.csv:1", "empty"},
  };
  for (const Case& c : cases) {
    TempDir dir;
    const std::string path = dir.write("p.csv", c.content);
    try {
      load_periods(path);
      ADD_FAILURE() << c.name << ": no error";
    } catch (const io::DataError& e) {
      const std::string what = e.what();
      const std::string expected_start = (dir.path() / c.where).string();
      EXPECT_EQ(what.rfind(expected_start, 0), 0u) << c.name << ": " << what;
      EXPECT_NE(what.find(c.message), std::string::npos) << c.name << ": " << what;
    }
  }
}

TEST(Periods, MissingFileIsADataError) {
  TempDir dir;
  EXPECT_THROW(load_periods(dir / "none.csv"), io::DataError);
}

}  // namespace
}  // namespace actornet::analysis
