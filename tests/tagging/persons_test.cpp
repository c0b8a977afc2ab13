// person_mentions (src/tagging/persons.hpp) on tokens written by hand: which
// people a unit names, and whose actor each is.
#include "tagging/persons.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <sstream>

#include "support/temp_dir.hpp"

namespace actornet::tagging {
namespace {

// A gazetteer of RUS (actor 1 once sorted: IRN 0, RUS 1) with the leader
// "Putin" and the name "Russia", and IRN with the name "Iran's".
extract::Gazetteer gazetteer() {
  testing::TempDir dir;
  dir.write("actors.csv", "id,name,type\nRUS,Russia,state\nIRN,Iran,state\n");
  dir.write("aliases.csv",
            "actor,alias,case,kind\nRUS,Putin,insensitive,leader\nRUS,Russia,insensitive,name\n"
            "IRN,Iran,insensitive,name\n");
  return extract::Gazetteer::load(dir / "actors.csv", dir / "aliases.csv");
}

struct Unit {
  std::string text;
  std::vector<Token> tokens;
  std::vector<extract::Mention> mentions;
};

// Tokens of `text` split at spaces (a comma ends its word and marks the next
// one), folded; a word in `actors` is a mention of that actor through alias
// `alias` (index into the gazetteer's aliases).
Unit unit_of(const std::string& text,
             const std::vector<std::tuple<std::string, int, std::size_t>>& actors = {}) {
  Unit u{text, {}, {}};
  std::size_t at = 0;
  std::istringstream in(text);
  std::string word;
  bool comma = false;
  while (in >> word) {
    Token t;
    t.begin = text.find(word, at);
    const bool trailing = word.back() == ',';
    if (trailing) word.pop_back();
    t.end = t.begin + word.size();
    at = t.end;
    for (char c : word)
      t.text.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    t.comma_before = comma;
    comma = trailing;
    for (const auto& [name, actor, alias] : actors)
      if (word == name) {
        t.actor = actor;
        u.mentions.push_back({actor, alias, t.begin, t.end});
      }
    u.tokens.push_back(t);
  }
  return u;
}

std::vector<std::pair<std::size_t, int>> people(const Unit& u, bool heading = false) {
  static const extract::Gazetteer g = gazetteer();
  std::vector<std::pair<std::size_t, int>> out;
  for (const PersonMention& p : person_mentions(u.text, u.tokens, u.mentions, g, heading))
    out.emplace_back(p.offset, p.actor);
  return out;
}

TEST(PersonMentions, LeaderAliasIsAPersonOfItsActorAndAPlainNameIsNot) {
  const extract::Gazetteer g = gazetteer();
  ASSERT_EQ(g.aliases()[0].text, "Putin");
  // "Putin met Russia": alias 0 (leader) at 0, alias 1 (name) at 10.
  const Unit u = unit_of("Putin met Russia", {{"Putin", 1, 0}, {"Russia", 1, 1}});
  EXPECT_EQ(people(u), (std::vector<std::pair<std::size_t, int>>{{0, 1}}));
}

TEST(PersonMentions, TitleOwnedByAnActorIsThatActorsPerson) {
  // "Iran's foreign minister": the owner stands two words before the title,
  // over the title modifier "foreign"; the person sits at the title (15).
  const Unit u = unit_of("Iran's foreign minister spoke", {{"Iran's", 0, 2}});
  EXPECT_EQ(people(u), (std::vector<std::pair<std::size_t, int>>{{15, 0}}));
}

TEST(PersonMentions, TitleBeforeANameOfNoActorIsAPersonOfNoActor) {
  // "President Erdogan met Putin": the title at 0 names a person of no
  // actor; Putin (at 20) is a leader.
  const Unit u = unit_of("President Erdogan met Putin", {{"Putin", 1, 0}});
  EXPECT_EQ(people(u), (std::vector<std::pair<std::size_t, int>>{{0, -1}, {22, 1}}));
  // A title before the leader's own name is that leader's mention only.
  const Unit v = unit_of("President Putin spoke", {{"Putin", 1, 0}});
  EXPECT_EQ(people(v), (std::vector<std::pair<std::size_t, int>>{{10, 1}}));
}

TEST(PersonMentions, UntitledNameCountsOnlyBeforeSpeechOrApposition) {
  EXPECT_EQ(people(unit_of("then John Smith said so")),
            (std::vector<std::pair<std::size_t, int>>{{5, -1}}));
  EXPECT_EQ(people(unit_of("then John Smith, an expert")),
            (std::vector<std::pair<std::size_t, int>>{{5, -1}, {20, -1}}));
  // A capitalised run with neither is no person ("the Middle East").
  EXPECT_TRUE(people(unit_of("in the Middle East today")).empty());
  // A heading's capitals are no names.
  EXPECT_TRUE(people(unit_of("Analyst John Smith Said Yes"), true).empty());
}

TEST(PersonPronoun, SingularPersonalPronounsOnly) {
  for (const char* w : {"he", "him", "his", "himself", "she", "her", "hers", "herself"})
    EXPECT_TRUE(person_pronoun(w)) << w;
  for (const char* w : {"it", "they", "its", "their", "one"}) EXPECT_FALSE(person_pronoun(w)) << w;
}

}  // namespace
}  // namespace actornet::tagging
