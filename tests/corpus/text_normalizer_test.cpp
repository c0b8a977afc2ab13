// Tests for corpus/text_normalizer.hpp: every mapping of the normalisation
// table, the map back to original bytes, invalid UTF-8 as defined by RFC 3629
// section 3 (Yergeau 2003: overlong forms, surrogates and values above
// U+10FFFF are invalid) and char_offset.
#include "corpus/text_normalizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace actornet::corpus {
namespace {

struct MappingCase {
  const char* name;
  std::string input;
  std::string expected;
};

class NormalizeMapping : public ::testing::TestWithParam<MappingCase> {};

TEST_P(NormalizeMapping, MapsToTheDocumentedText) {
  std::vector<Utf8Problem> problems;
  const NormalizedText n = normalize_text(GetParam().input, &problems);
  EXPECT_EQ(n.text, GetParam().expected);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(n.origin.size(), n.text.size() + 1);
}

// Code points are written as UTF-8 bytes; the comment names each one.
INSTANTIATE_TEST_SUITE_P(
    Table, NormalizeMapping,
    ::testing::Values(
        MappingCase{"ascii_unchanged", "Russia, Iran & China: 3 > 2?", "Russia, Iran & China: 3 > 2?"},
        MappingCase{"left_single_quote", "\xE2\x80\x98x", "'x"},        // U+2018
        MappingCase{"right_single_quote", "Iran\xE2\x80\x99s", "Iran's"},  // U+2019
        MappingCase{"low_single_quote", "\xE2\x80\x9Ax", "'x"},         // U+201A
        MappingCase{"reversed_single_quote", "\xE2\x80\x9Bx", "'x"},    // U+201B
        MappingCase{"prime", "5\xE2\x80\xB2", "5'"},                      // U+2032
        MappingCase{"modifier_apostrophe", "a\xCA\xBC" "b", "a'b"},       // U+02BC
        MappingCase{"double_quotes", "\xE2\x80\x9C" "deal\xE2\x80\x9D", "\"deal\""},  // U+201C/D
        MappingCase{"low_double_quote", "\xE2\x80\x9Ex\xE2\x80\x9F", "\"x\""},     // U+201E/F
        MappingCase{"double_prime", "5\xE2\x80\xB3", "5\""},                         // U+2033
        MappingCase{"guillemets", "\xC2\xABoui\xC2\xBB", "\"oui\""},                 // U+00AB/BB
        MappingCase{"hyphen", "a\xE2\x80\x90" "b", "a-b"},                           // U+2010
        MappingCase{"non_breaking_hyphen", "a\xE2\x80\x91" "b", "a-b"},              // U+2011
        MappingCase{"figure_dash", "a\xE2\x80\x92" "b", "a-b"},                      // U+2012
        MappingCase{"en_dash", "2022\xE2\x80\x93" "23", "2022-23"},                  // U+2013
        MappingCase{"em_dash", "war\xE2\x80\x94" "again", "war-again"},              // U+2014
        MappingCase{"horizontal_bar", "a\xE2\x80\x95" "b", "a-b"},                   // U+2015
        MappingCase{"minus_sign", "\xE2\x88\x92" "5", "-5"},                         // U+2212
        MappingCase{"small_em_dash", "a\xEF\xB9\x98" "b", "a-b"},                    // U+FE58
        MappingCase{"small_hyphen_minus", "a\xEF\xB9\xA3" "b", "a-b"},               // U+FE63
        MappingCase{"fullwidth_hyphen_minus", "a\xEF\xBC\x8D" "b", "a-b"},           // U+FF0D
        MappingCase{"nbsp", "10\xC2\xA0km", "10 km"},                                // U+00A0
        MappingCase{"narrow_nbsp", "a\xE2\x80\xAF" "b", "a b"},                      // U+202F
        MappingCase{"medium_math_space", "a\xE2\x81\x9F" "b", "a b"},                // U+205F
        MappingCase{"ideographic_space", "a\xE3\x80\x80" "b", "a b"},                // U+3000
        MappingCase{"en_quad", "a\xE2\x80\x80" "b", "a b"},                          // U+2000
        MappingCase{"hair_space", "a\xE2\x80\x8A" "b", "a b"},                       // U+200A
        MappingCase{"tab", "a\tb", "a b"},
        MappingCase{"zero_width_space", "Mos\xE2\x80\x8B" "cow", "Moscow"},          // U+200B
        MappingCase{"zwnj_zwj", "a\xE2\x80\x8C\xE2\x80\x8D" "b", "ab"},              // U+200C/D
        MappingCase{"word_joiner", "a\xE2\x81\xA0" "b", "ab"},                       // U+2060
        MappingCase{"bom_inside", "\xEF\xBB\xBFIran", "Iran"},                       // U+FEFF
        MappingCase{"soft_hyphen", "Teh\xC2\xAD" "ran", "Tehran"},                   // U+00AD
        MappingCase{"ellipsis", "wait\xE2\x80\xA6", "wait..."},                      // U+2026
        MappingCase{"line_separator", "a\xE2\x80\xA8" "b", "a\nb"},                  // U+2028
        MappingCase{"paragraph_separator", "a\xE2\x80\xA9" "b", "a\nb"},             // U+2029
        MappingCase{"crlf", "a\r\nb\r\n", "a\nb\n"},
        MappingCase{"lone_cr", "a\rb", "a\nb"},
        MappingCase{"cr_cr_lf", "a\r\r\nb", "a\n\nb"},
        MappingCase{"lf_kept", "a\nb", "a\nb"},
        MappingCase{"c0_controls", std::string("a\x01\x1F", 3) + std::string(1, '\0') + "b", "a   b"},
        MappingCase{"delete", "a\x7F" "b", "a b"},
        MappingCase{"other_non_ascii_kept", "T\xC3\xBCrkiye \xE2\x82\xAC \xF0\x9F\x98\x80",
                    "T\xC3\xBCrkiye \xE2\x82\xAC \xF0\x9F\x98\x80"},  // u-umlaut, euro, emoji
        MappingCase{"empty", "", ""}),
    [](const ::testing::TestParamInfo<MappingCase>& info) { return std::string(info.param.name); });

TEST(NormalizeText, FoldedIsAsciiLowerCaseOfText) {
  const NormalizedText n = normalize_text("Russia \xE2\x80\x9CIRAN\xE2\x80\x9D \xC3\x9C", nullptr);
  EXPECT_EQ(n.text, "Russia \"IRAN\" \xC3\x9C");
  EXPECT_EQ(n.folded, "russia \"iran\" \xC3\x9C");  // U+00DC is not folded
  EXPECT_EQ(n.folded.size(), n.text.size());
}

TEST(NormalizeText, OriginsPointAtTheOriginalBytes) {
  // Byte layout of the original (decimal byte offsets):
  //   0 'A'  1 ' '  2..4 U+201C  5 'q'  6..8 U+201D  9 ' '  10 '1'
  //   11..13 U+2013  14 '2'  15..17 U+2026  18..19 U+00A0  20 'x'
  //   21..23 U+200B  24 'y'  25..27 U+2019  28 's'
  const std::string original =
      "A \xE2\x80\x9Cq\xE2\x80\x9D 1\xE2\x80\x93" "2\xE2\x80\xA6\xC2\xA0x\xE2\x80\x8By\xE2\x80\x99s";
  ASSERT_EQ(original.size(), 29u);
  const NormalizedText n = normalize_text(original, nullptr);
  EXPECT_EQ(n.text, "A \"q\" 1-2... xy's");
  const std::vector<std::uint32_t> expected = {
      0, 1,        // A, space
      2, 5, 6,     // " q "
      9, 10,       // space, 1
      11, 14,      // - (en dash), 2
      15, 15, 15,  // ... (one ellipsis)
      18,          // NBSP -> space
      20,          // x; the zero-width space (21..23) emits nothing
      24, 25, 28,  // y ' s
      29};         // origin[text.size()] = original.size()
  EXPECT_EQ(n.origin, expected);
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    // ASCII characters that were copied unchanged point at the same byte.
    const char c = original[n.to_original(i)];
    if (static_cast<unsigned char>(c) < 0x80 && c != ' ') {
      EXPECT_EQ(c, n.text[i]) << "at " << i;
    }
  }
  EXPECT_THROW(n.to_original(n.text.size() + 1), std::out_of_range);
}

TEST(NormalizeText, OriginsAreNonDecreasing) {
  const std::string original = "a\r\nb\xE2\x80\xA6\xC3\xA9\xFF z\r";
  const NormalizedText n = normalize_text(original, nullptr);
  for (std::size_t i = 1; i < n.origin.size(); ++i) EXPECT_LE(n.origin[i - 1], n.origin[i]);
  EXPECT_EQ(n.origin.back(), original.size());
}

TEST(NormalizeText, CrLfMapsToTheCr) {
  const NormalizedText n = normalize_text("ab\r\ncd", nullptr);
  EXPECT_EQ(n.text, "ab\ncd");
  EXPECT_EQ(n.origin, (std::vector<std::uint32_t>{0, 1, 2, 4, 5, 6}));
}

struct InvalidCase {
  const char* name;
  std::string input;
  std::string expected_text;
  std::vector<std::size_t> offsets;  // byte_offset of each problem
  std::vector<std::size_t> lengths;  // length of each problem
};

class NormalizeInvalidUtf8 : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(NormalizeInvalidUtf8, ReportsReplacesWithSpacesAndKeepsTheRest) {
  const InvalidCase& c = GetParam();
  std::vector<Utf8Problem> problems;
  const NormalizedText n = normalize_text(c.input, &problems);
  EXPECT_EQ(n.text, c.expected_text);
  ASSERT_EQ(problems.size(), c.offsets.size());
  for (std::size_t i = 0; i < problems.size(); ++i) {
    EXPECT_EQ(problems[i].byte_offset, c.offsets[i]) << "problem " << i;
    EXPECT_EQ(problems[i].length, c.lengths[i]) << "problem " << i;
  }
  // One space per invalid byte, each pointing at its own byte.
  for (std::size_t i = 0; i < problems.size(); ++i) {
    for (std::size_t k = 0; k < problems[i].length; ++k) {
      const std::size_t byte = problems[i].byte_offset + k;
      bool found = false;
      for (std::size_t t = 0; t < n.text.size(); ++t) {
        if (n.origin[t] == byte) {
          found = true;
          EXPECT_EQ(n.text[t], ' ');
        }
      }
      EXPECT_TRUE(found) << "byte " << byte;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Rfc3629, NormalizeInvalidUtf8,
    ::testing::Values(
        // E2 80 starts a 3-byte sequence (U+2013 would be E2 80 93) cut short by 'x'.
        InvalidCase{"truncated_sequence", "ab\xE2\x80x\xC3\xA9", "ab  x\xC3\xA9", {2}, {2}},
        InvalidCase{"truncated_at_end", "ok\xE2\x80", "ok  ", {2}, {2}},
        InvalidCase{"lone_continuation", "Iran\x80Russia", "Iran Russia", {4}, {1}},
        // C0 AF is '/' written in two bytes (overlong); both bytes are bad.
        InvalidCase{"overlong_slash", "a\xC0\xAF" "b", "a  b", {1}, {2}},
        InvalidCase{"overlong_three_byte", "a\xE0\x80\xAF" "b", "a   b", {1}, {3}},
        // ED A0 80 would be U+D800, a UTF-16 surrogate.
        InvalidCase{"surrogate", "x\xED\xA0\x80y", "x   y", {1}, {3}},
        // F4 90 80 80 would be U+110000, above U+10FFFF.
        InvalidCase{"above_max", "\xF4\x90\x80\x80!", "    !", {0}, {4}},
        InvalidCase{"invalid_lead_bytes", "a\xFF\xFE" "b", "a  b", {1}, {2}},
        InvalidCase{"latin1_text", "caf\xE9 ok", "caf  ok", {3}, {1}},
        // Two bad runs separated by valid text are two problems.
        InvalidCase{"two_runs", "\x80" "a\xC0\xAF" "b", " a  b", {0, 2}, {1, 2}},
        // An invalid byte right before a multi-byte character: the run stops there.
        InvalidCase{"run_stops_at_valid", "\xE2\xC3\xA9", " \xC3\xA9", {0}, {1}},
        // A CR ends the run and is still turned into a line feed.
        InvalidCase{"run_stops_at_cr", "\x80\r\nz", " \nz", {0}, {1}}),
    [](const ::testing::TestParamInfo<InvalidCase>& info) { return std::string(info.param.name); });

TEST(NormalizeText, ValidBoundaryCodePointsAreNotProblems) {
  // U+0080 (C2 80), U+07FF (DF BF), U+0800 (E0 A0 80), U+D7FF (ED 9F BF),
  // U+E000 (EE 80 80), U+10000 (F0 90 80 80), U+10FFFF (F4 8F BF BF).
  const std::string input =
      "\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80\xF4\x8F\xBF\xBF";
  std::vector<Utf8Problem> problems;
  const NormalizedText n = normalize_text(input, &problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(n.text, input);
}

TEST(NormalizeText, NullProblemsPointerIsAllowed) {
  const NormalizedText n = normalize_text("a\xFF" "b", nullptr);
  EXPECT_EQ(n.text, "a b");
}

TEST(CharOffset, CountsCodePointsBeforeTheByte) {
  // "Tü–x": T(0) ü(1..2) –(3..5) x(6)
  const std::string s = "T\xC3\xBC\xE2\x80\x93x";
  EXPECT_EQ(char_offset(s, 0), 0u);
  EXPECT_EQ(char_offset(s, 1), 1u);
  EXPECT_EQ(char_offset(s, 3), 2u);
  EXPECT_EQ(char_offset(s, 6), 3u);
  EXPECT_EQ(char_offset(s, 7), 4u);
  EXPECT_EQ(char_offset(s, 100), 4u);  // clamped to the end
  EXPECT_EQ(char_offset("", 0), 0u);
}

TEST(CharOffset, AgreesWithOriginsOfNormalisedText) {
  const std::string s = "\xE2\x80\x9CIran\xE2\x80\x9D and Russia\xE2\x80\xA6";
  const NormalizedText n = normalize_text(s, nullptr);
  const std::size_t pos = n.text.find("Russia");
  ASSERT_NE(pos, std::string::npos);
  // Code points before "Russia": U+201C, I, r, a, n, U+201D, space, a, n, d, space = 11.
  EXPECT_EQ(char_offset(s, n.to_original(pos)), 11u);
}

}  // namespace
}  // namespace actornet::corpus

namespace actornet::corpus {
namespace {

TEST(FoldWhitespace, FoldsRunsAndTrimsEnds) {
  EXPECT_EQ(fold_whitespace("  Russia \t and\r\n\nIran  "), "Russia and Iran");
  EXPECT_EQ(fold_whitespace(""), "");
  EXPECT_EQ(fold_whitespace(" \n\t "), "");
  EXPECT_EQ(fold_whitespace("one"), "one");
}

}  // namespace
}  // namespace actornet::corpus

namespace actornet::corpus {
namespace {

TEST(SanitizeUtf8, ReplacesInvalidSequencesAndControls) {
  EXPECT_EQ(sanitize_utf8("Iran \xE2\x80\x99s"), "Iran \xE2\x80\x99s");  // valid: unchanged
  EXPECT_EQ(sanitize_utf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(sanitize_utf8("a\x01" "b\x7F" "c"), "a b c");
  EXPECT_EQ(sanitize_utf8(std::string("a\0b", 3)), "a b");
  EXPECT_EQ(sanitize_utf8("tab\there\r\n"), "tab\there\r\n");
  // A truncated three-byte sequence is one replacement character.
  EXPECT_EQ(sanitize_utf8("x\xE2\x80y"), "x\xEF\xBF\xBDy");
}

}  // namespace
}  // namespace actornet::corpus
