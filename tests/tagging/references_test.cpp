// ParagraphMemory (src/tagging/references.hpp): Hobbs's (1978) recency
// baseline restricted to actors, worked by hand on offsets.
#include "tagging/references.hpp"

#include <gtest/gtest.h>

namespace actornet::tagging {
namespace {

TEST(ParagraphMemory, ActReferenceNamesAllAgentsOfTheLatestAct) {
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.mention(0, 1);
  memory.mention(10, 2);
  memory.act(5, 3);    // an older act by actor 3
  memory.act(20, 1);   // "Israeli and US strikes" at offset 20: two agents
  memory.act(20, 2);
  EXPECT_EQ(memory.resolve(30, true, {}), (std::set<int>{1, 2}));
  // The other role of the event is never meant: "Israel condemned them".
  EXPECT_EQ(memory.resolve(30, true, {1}), (std::set<int>{2}));
  // Only what comes before the reference.
  EXPECT_EQ(memory.resolve(15, true, {}), (std::set<int>{3}));
}

TEST(ParagraphMemory, PronounNamesTheLatestMentionOnly) {
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.mention(0, 4);
  memory.mention(8, 5);
  EXPECT_EQ(memory.resolve(12, false, {}), (std::set<int>{5}));
  EXPECT_EQ(memory.resolve(12, false, {5}), (std::set<int>{4}));
  // With no act recorded, an act reference falls back to the latest mention.
  EXPECT_EQ(memory.resolve(12, true, {}), (std::set<int>{5}));
}

TEST(ParagraphMemory, ANewParagraphForgetsEverything) {
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.mention(0, 4);
  memory.act(2, 4);
  memory.start_paragraph(1);
  EXPECT_TRUE(memory.resolve(50, true, {}).empty());
  EXPECT_FALSE(memory.has_other_actor({}));
}

}  // namespace
}  // namespace actornet::tagging
