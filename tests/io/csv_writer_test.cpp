// Tests for io/csv_writer.hpp: RFC 4180 quoting (Shafranovich 2005, RFC 4180,
// section 2, rules 5-7), rows that read back unchanged through CsvReader, and
// format_double's shortest round-trip text.
#include "io/csv_writer.hpp"

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "io/csv_reader.hpp"

namespace actornet::io {
namespace {

struct EscapeCase {
  const char* name;
  std::string field;
  std::string expected;
};

class CsvEscape : public ::testing::TestWithParam<EscapeCase> {};

TEST_P(CsvEscape, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_escape(GetParam().field), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Rfc4180, CsvEscape,
    ::testing::Values(
        EscapeCase{"plain", "Russia", "Russia"},
        EscapeCase{"empty", "", ""},
        EscapeCase{"inner_space", "United States", "United States"},
        EscapeCase{"comma", "Iran, Russia", "\"Iran, Russia\""},
        EscapeCase{"quote", "the \"deal\"", "\"the \"\"deal\"\"\""},
        EscapeCase{"only_quote", "\"", "\"\"\"\""},
        EscapeCase{"lf", "line1\nline2", "\"line1\nline2\""},
        EscapeCase{"cr", "a\rb", "\"a\rb\""},
        EscapeCase{"crlf", "a\r\nb", "\"a\r\nb\""},
        EscapeCase{"leading_space", " lead", "\" lead\""},
        EscapeCase{"trailing_space", "trail ", "\"trail \""},
        EscapeCase{"single_space", " ", "\" \""},
        EscapeCase{"apostrophe", "Moscow's", "Moscow's"},
        EscapeCase{"semicolon", "a;b", "a;b"},
        EscapeCase{"utf8", "T\xC3\xBCrkiye \xE2\x80\x94 Iran", "T\xC3\xBCrkiye \xE2\x80\x94 Iran"}),
    [](const ::testing::TestParamInfo<EscapeCase>& info) { return std::string(info.param.name); });

TEST(WriteCsvRow, JoinsWithCommasAndEndsWithLf) {
  std::ostringstream out;
  write_csv_row(out, {"a", "b,c", "", "d\"e"});
  EXPECT_EQ(out.str(), "a,\"b,c\",,\"d\"\"e\"\n");
}

TEST(WriteCsvRow, EmptyRowIsJustANewline) {
  std::ostringstream out;
  write_csv_row(out, {});
  EXPECT_EQ(out.str(), "\n");
}

TEST(WriteCsvRow, RowsReadBackUnchanged) {
  // Evidence text is the field most likely to break a row: every special
  // character in one table, written and read back by the project's reader.
  const std::vector<std::vector<std::string>> rows = {
      {"id", "text", "note"},
      {"1", "Putin said: \"a real breakthrough\", then left.", " padded "},
      {"2", "two\nlines", "cr\rinside"},
      {"3", "crlf\r\ninside", ""},
      {"4", ",", "\"\""},
  };
  std::ostringstream out;
  for (const auto& row : rows) write_csv_row(out, row);
  std::istringstream in(out.str());
  CsvReader reader(in, "roundtrip.csv");
  CsvRecord record;
  std::vector<std::vector<std::string>> back;
  while (reader.next(record)) back.push_back(record.fields);
  EXPECT_EQ(back, rows);
}

TEST(FormatDouble, RoundTripsThroughStrtod) {
  const double values[] = {0.1,
                           1.0 / 3.0,
                           2.0 / 3.0,
                           1e-300,
                           -1e-300,
                           0.30000000000000004,  // 0.1 + 0.2
                           0.1 + 0.2,
                           2.5,
                           -2.5,
                           100.0,
                           1234567.0,
                           123456789.123456789,
                           3.141592653589793,
                           2.718281828459045,
                           1e21,
                           1e22,
                           1e300,
                           DBL_MAX,
                           -DBL_MAX,
                           DBL_MIN,
                           std::numeric_limits<double>::denorm_min(),
                           DBL_EPSILON,
                           1.0 + DBL_EPSILON,
                           0.868,  // signnet's triangle balance of Read's network
                           9007199254740993.0,
                           -0.000123456789};
  for (double v : values) {
    const std::string text = format_double(v);
    char* end = nullptr;
    const double back = std::strtod(text.c_str(), &end);
    EXPECT_EQ(*end, '\0') << text;
    EXPECT_EQ(back, v) << "format_double(" << v << ") = " << text;
  }
}

TEST(FormatDouble, RoundTripsForManyPseudoRandomValues) {
  // A fixed linear congruential sequence (Knuth's MMIX constants) over bit
  // patterns: deterministic, covers all exponents.
  std::uint64_t state = 42;
  int checked = 0;
  for (int i = 0; i < 20000; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    double v = 0;
    static_assert(sizeof v == sizeof state, "64-bit double");
    std::memcpy(&v, &state, sizeof v);
    if (!std::isfinite(v)) continue;
    const std::string text = format_double(v);
    ASSERT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
    ++checked;
  }
  EXPECT_GT(checked, 19000);
}

struct FormatCase {
  double value;
  const char* expected;
};

TEST(FormatDouble, WritesTheShortestText) {
  // Expected strings: the shortest text that reads back equal, in
  // std::to_chars's form (C++17 [charconv.to.chars]: plain or scientific,
  // whichever is shorter).
  // 1/3 needs 16 digits: the double nearest 1/3 is 0.333333333333333314829...,
  // and 0.3333333333333333 is within half an ulp (2^-55) of it, 0.333333333333333 is not.
  const FormatCase cases[] = {
      {0.1, "0.1"},          {1.0 / 3.0, "0.3333333333333333"},
      {1e-300, "1e-300"},    {2.5, "2.5"},
      {-2.5, "-2.5"},        {100.0, "100"},
      {1234567.0, "1234567"}, {0.1 + 0.2, "0.30000000000000004"},
      {1e21, "1e+21"},       {42.0, "42"},
      // Regression: "%.Ng" started at N = 6, so subnormals that need fewer
      // digits came out longer than needed ("4.94066e-324"). The smallest
      // subnormal is 2^-1074 = 4.94065645841246544e-324, and 5e-324 is the
      // shortest decimal that rounds to it (it lies within half its spacing).
      {std::numeric_limits<double>::denorm_min(), "5e-324"},
      {3 * std::numeric_limits<double>::denorm_min(), "1.5e-323"},  // 3 * 2^-1074 = 1.482e-323
      {-std::numeric_limits<double>::denorm_min(), "-5e-324"},
  };
  for (const FormatCase& c : cases) EXPECT_EQ(format_double(c.value), c.expected);
}


TEST(FormatDouble, ZeroAndSpecialValues) {
  EXPECT_EQ(format_double(0.0), "0");
  EXPECT_EQ(format_double(-0.0), "0");  // negative zero is folded into "0"
  EXPECT_EQ(format_double(std::numeric_limits<double>::quiet_NaN()), "");
  EXPECT_EQ(format_double(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(format_double(-std::numeric_limits<double>::infinity()), "-inf");
}

}  // namespace
}  // namespace actornet::io
