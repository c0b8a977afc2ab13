// find_groups (src/tagging/shallow_groups.hpp) on tokens written by hand:
// the README's examples of the shallow rules' actor groups.
#include "tagging/shallow_groups.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace actornet::tagging {
namespace {

// "word/actor" per token, "," before a word marks a comma: "Russia/0 ,Iran/1 and China/2".
std::vector<Token> tokens_of(const std::string& spec) {
  std::vector<Token> out;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    Token t;
    if (item[0] == ',') {
      t.comma_before = true;
      item.erase(0, 1);
    }
    const std::size_t slash = item.find('/');
    t.text = item.substr(0, slash);
    if (slash != std::string::npos) t.actor = std::stoi(item.substr(slash + 1));
    out.push_back(t);
  }
  return out;
}

std::vector<std::vector<int>> actors_of(const std::vector<Group>& groups) {
  std::vector<std::vector<int>> out;
  for (const Group& g : groups) out.push_back(g.actors);
  return out;
}

TEST(ShallowGroups, AListEndingWithAndIsOneGroup) {
  // "Russia, Iran and China signed a treaty": all three act together.
  const auto groups = find_groups(tokens_of("russia/0 ,iran/1 and china/2 signed a treaty"));
  EXPECT_EQ(actors_of(groups), (std::vector<std::vector<int>>{{0, 1, 2}}));
  ASSERT_EQ(groups.size(), 1U);
  EXPECT_EQ(groups[0].first, 0U);
  EXPECT_EQ(groups[0].last, 3U);
}

TEST(ShallowGroups, ABareCommaSeparatesGroups) {
  // "If France attacks Germany, Italy will respond": three groups.
  const auto groups = find_groups(tokens_of("if france/0 attacks germany/1 ,italy/2 will respond"));
  EXPECT_EQ(actors_of(groups), (std::vector<std::vector<int>>{{0}, {1}, {2}}));
  // "tanks to Germany, and Italy condemned the deal": the comma before "and"
  // does not make a list of two.
  const auto split = find_groups(tokens_of("tanks to germany/1 ,and italy/2 condemned the deal"));
  EXPECT_EQ(actors_of(split), (std::vector<std::vector<int>>{{1}, {2}}));
}

TEST(ShallowGroups, AMultiWordMentionIsOneMemberAndRepeatsCountOnce) {
  // "the United States and Russia and the United States met": a multi-word
  // name is one member, and an actor named twice in a group counts once.
  const auto groups =
      find_groups(tokens_of("united/3 states/3 and russia/0 and united/3 states/3 met"));
  EXPECT_EQ(actors_of(groups), (std::vector<std::vector<int>>{{3, 0}}));
}

}  // namespace
}  // namespace actornet::tagging
