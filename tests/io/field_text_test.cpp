#include "io/field_text.hpp"

#include <gtest/gtest.h>

namespace actornet::io {
namespace {

TEST(FieldText, TrimBlanksRemovesSpacesAndTabsAtTheEndsOnly) {
  EXPECT_EQ(trim_blanks("  Russia \t"), "Russia");
  EXPECT_EQ(trim_blanks("a b"), "a b");
  EXPECT_EQ(trim_blanks(" \t "), "");
  EXPECT_EQ(trim_blanks(""), "");
  EXPECT_EQ(trim_blanks("\nx\n"), "\nx\n");  // line breaks are not blanks here
}

TEST(FieldText, AsciiLowerFoldsOnlyAsciiLetters) {
  EXPECT_EQ(ascii_lower("Iran US-Gulf 2025"), "iran us-gulf 2025");
  EXPECT_EQ(ascii_lower("T\xC3\x9CRK"), "t\xC3\x9Crk");  // UTF-8 bytes unchanged
}

}  // namespace
}  // namespace actornet::io
