// mark_institution_names (src/tagging/institution_names.hpp) on tokens
// written by hand: which words of a unit belong to an institution's name.
#include "tagging/institution_names.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <sstream>

namespace actornet::tagging {
namespace {

// Tokens of `text` split at spaces, folded to lower case; the words in
// `actors` are actor mentions.
std::vector<Token> tokens_of(const std::string& text, const std::set<std::string>& actors = {}) {
  std::vector<Token> out;
  std::size_t at = 0;
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    Token t;
    t.begin = text.find(word, at);
    t.end = t.begin + word.size();
    at = t.end;
    for (char c : word)
      t.text.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (actors.count(word) > 0) t.actor = 0;
    out.push_back(t);
  }
  return out;
}

std::string named(const std::string& text, const std::set<std::string>& actors = {}) {
  std::vector<Token> tokens = tokens_of(text, actors);
  mark_institution_names(text, tokens);
  std::string out;
  for (const Token& t : tokens)
    if (t.in_name) out += (out.empty() ? "" : " ") + t.text;
  return out;
}

TEST(InstitutionNames, ACapitalisedRunWithAnInstitutionWordIsAName) {
  EXPECT_EQ(named("Russia joined the Shanghai Cooperation Organisation in 2001.", {"Russia"}),
            "shanghai cooperation organisation");
  EXPECT_EQ(named("Both violate the United Nations Charter daily", {}), "united nations charter");
  // One capitalised word is no name, nor a run without an institution word.
  EXPECT_EQ(named("Members of the Council met.", {}), "");
  EXPECT_EQ(named("Iran and Saudi Arabia signed.", {"Iran", "Saudi", "Arabia"}), "");
}

TEST(InstitutionNames, ATitleCaseHeadingKeepsItsVerbAndActors) {
  EXPECT_EQ(named("Russia Condemns Israel At UN Security Council", {"Russia", "Israel"}),
            "un security council");
  // "Blocks" may be the heading's verb: the name stops before it.
  EXPECT_EQ(named("Russia Blocks Security Council Statement", {"Russia"}), "security council");
  // An "of" phrase after the institution word is part of the name.
  EXPECT_EQ(named("Iran Joins Organization Of Islamic Cooperation", {"Iran"}),
            "organization of islamic cooperation");
}

}  // namespace
}  // namespace actornet::tagging
