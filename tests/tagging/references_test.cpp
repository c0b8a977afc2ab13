// ParagraphMemory (src/tagging/references.hpp): Hobbs's (1978) recency
// baseline restricted to actors, worked by hand on offsets.
#include "tagging/references.hpp"

#include <gtest/gtest.h>

namespace actornet::tagging {
namespace {

// A memory in paragraph 0 with `mentions` (offset, actor) in order.
ParagraphMemory named(std::initializer_list<std::pair<std::size_t, int>> mentions) {
  ParagraphMemory memory;
  memory.start_paragraph(0);
  for (const auto& [offset, actor] : mentions) memory.mention(offset, actor);
  return memory;
}

TEST(ParagraphMemory, FormerAndLatterFollowTheOrderTheTwoWereFirstNamed) {
  // "Russia (1) and Iran (2) met in Moscow (1). The former ... the latter":
  // by first mention since a third actor (0) was named, Russia then Iran.
  const ParagraphMemory memory = named({{0, 0}, {10, 1}, {20, 2}, {30, 1}});
  EXPECT_EQ(memory.ordinal(40, false), (std::set<int>{1}));
  EXPECT_EQ(memory.ordinal(40, true), (std::set<int>{2}));
  // Fewer than two actors named: no antecedent.
  EXPECT_TRUE(named({{0, 1}}).ordinal(5, true).empty());
}

TEST(ParagraphMemory, ActReferenceNamesAllAgentsOfTheLatestAct) {
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.mention(0, 1);
  memory.mention(10, 2);
  memory.act(5, 3);   // an older act by actor 3
  memory.act(20, 1);  // "Israeli and US strikes" at offset 20: two agents
  memory.act(20, 2);
  EXPECT_EQ(memory.resolve(30, true, {}), (std::set<int>{1, 2}));
  // The other role of the event is never meant: "Israel condemned them".
  EXPECT_EQ(memory.resolve(30, true, {1}), (std::set<int>{2}));
  // Only what comes before the reference.
  EXPECT_EQ(memory.resolve(15, true, {}), (std::set<int>{3}));
}

TEST(ParagraphMemory, AnActNounNamesOnlyActsOfItsGroup) {
  // "Armenia (1) protested Russia's decision. The United States blamed Iran
  // for the attack": a protest (verbal conflict) is no attack (material
  // conflict), so "the attack" has no antecedent; an earlier strike has.
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.mention(0, 1);
  memory.act(5, 2, "material conflict");  // an older strike by actor 2
  memory.act(10, 1, "verbal conflict");
  EXPECT_EQ(memory.resolve(30, true, {}, false, "material conflict"), (std::set<int>{2}));
  EXPECT_EQ(memory.resolve(30, true, {}), (std::set<int>{1}));  // "the move": any act
  EXPECT_TRUE(memory.resolve(30, true, {}, false, "material cooperation").empty());
  EXPECT_TRUE(memory.resolve(8, true, {}, false, "verbal conflict").empty());  // only before it
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

TEST(ParagraphMemory, APluralNamesTheTwoLatestActors) {
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.mention(0, 4);
  memory.mention(6, 4);  // the same actor again is no second actor
  memory.mention(10, 5);
  memory.mention(20, 6);
  // "... 5 ... 6. They signed": the two latest distinct actors.
  EXPECT_EQ(memory.resolve(30, false, {}, true), (std::set<int>{5, 6}));
  EXPECT_EQ(memory.resolve(15, false, {}, true), (std::set<int>{4, 5}));
  // "6 condemned them": the other role is left out, so the two before it.
  EXPECT_EQ(memory.resolve(30, false, {6}, true), (std::set<int>{4, 5}));
  // With one actor in sight a plural names that one.
  EXPECT_EQ(memory.resolve(5, false, {}, true), (std::set<int>{4}));
}

TEST(ParagraphMemory, ANewParagraphKeepsOnlyThePreviousOne) {
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.mention(0, 4);
  memory.act(2, 4);
  memory.start_paragraph(1);
  memory.mention(40, 5);
  // The paragraph before is the fallback antecedent (a heading, the
  // preceding sentence); the current paragraph's mention comes first.
  EXPECT_EQ(memory.resolve(50, false, {}), (std::set<int>{5}));
  EXPECT_EQ(memory.resolve(50, false, {5}), (std::set<int>{4}));
  EXPECT_EQ(memory.resolve(50, true, {}), (std::set<int>{4}));
  EXPECT_EQ(memory.other_actors({}), 2U);
  // Two paragraphs on, paragraph 0 is forgotten.
  memory.start_paragraph(2);
  EXPECT_EQ(memory.resolve(60, false, {5}), (std::set<int>{}));
  // Its act is gone too: an act reference falls back to paragraph 1's mention.
  EXPECT_EQ(memory.resolve(60, true, {}), (std::set<int>{5}));
  memory.start_paragraph(3);
  EXPECT_TRUE(memory.resolve(70, true, {}).empty());
  EXPECT_EQ(memory.other_actors({}), 0U);
}

TEST(ParagraphMemory, ASingularPronounPrefersTheParagraphsLatestSubject) {
  // "Russia[0] signed a deal with Iran[20]. It[40] ..." -> Russia.
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.mention(0, 1);
  memory.mention(20, 2);
  memory.subject(0, 1);
  EXPECT_EQ(memory.resolve(40, false, {}), (std::set<int>{1}));
  // The other role is never meant: then the latest mention.
  EXPECT_EQ(memory.resolve(40, false, {1}), (std::set<int>{2}));
  // A plural still takes the two latest actors.
  EXPECT_EQ(memory.resolve(40, false, {}, true), (std::set<int>{1, 2}));
  // In the next paragraph the subject is no longer preferred.
  memory.start_paragraph(1);
  EXPECT_EQ(memory.resolve(60, false, {}), (std::set<int>{2}));
}

TEST(ParagraphMemory, APluralPrefersTheLatestCoordinatedSubject) {
  // "Russia and Iran[0] signed a deal with China[30]. They[50] ..."
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.mention(0, 1);
  memory.mention(10, 2);
  memory.mention(30, 3);
  memory.subject(0, 1);  // one group: both at the subject's offset
  memory.subject(0, 2);
  EXPECT_EQ(memory.resolve(50, false, {}, true), (std::set<int>{1, 2}));
  // A singular pronoun does not take a group: the latest mention.
  EXPECT_EQ(memory.resolve(50, false, {}), (std::set<int>{3}));
}

TEST(ParagraphMemory, APluralReferenceFallsBackOnTheDocumentsFocalPair) {
  ParagraphMemory memory;
  memory.set_focus({4, 5});
  memory.start_paragraph(0);
  memory.mention(10, 7);
  // "they" after one named actor: that actor and the focal pair's first.
  EXPECT_EQ(memory.resolve(20, false, {}, true), (std::set<int>{4, 7}));
  // Nothing named: the focal pair itself; the other role is never meant.
  memory.start_paragraph(1);
  memory.start_paragraph(2);
  EXPECT_EQ(memory.resolve(30, false, {}, true), (std::set<int>{4, 5}));
  EXPECT_EQ(memory.resolve(30, false, {4}, true), (std::set<int>{5}));
  // A singular reference does not use it.
  EXPECT_TRUE(memory.resolve(30, false, {}).empty());
  EXPECT_EQ(memory.other_actors({}), 2U);
}

TEST(ParagraphMemory, PersonPronounIsTheFirstPersonOfTheLatestSentenceNamingOne) {
  // "Putin (1) met Khamenei (2). Later, he ..." (units at 0 and 40): the
  // first person of the latest unit, not its latest person.
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.person(0, 0, 1);
  memory.person(0, 15, 2);
  EXPECT_EQ(memory.resolve_person(50, {}), (std::set<int>{1}));
  // The other role of the event is never meant: the next person is.
  EXPECT_EQ(memory.resolve_person(50, {1}), (std::set<int>{2}));
  // Within one sentence, only people before the pronoun count.
  EXPECT_EQ(memory.resolve_person(10, {}), (std::set<int>{1}));
  EXPECT_TRUE(memory.resolve_person(0, {}).empty());
  // A person of no actor first in a later sentence ("President Erdogan met
  // Putin. He ...") takes the pronoun: no actor.
  memory.person(60, 60, -1);
  memory.person(60, 80, 1);
  EXPECT_TRUE(memory.resolve_person(100, {}).empty());
}

TEST(ParagraphMemory, PersonOfTheParagraphBeforeIsTheFallbackAndOlderOnesAreForgotten) {
  ParagraphMemory memory;
  memory.start_paragraph(0);
  memory.person(0, 0, 1);
  memory.start_paragraph(1);
  EXPECT_EQ(memory.resolve_person(100, {}), (std::set<int>{1}));
  memory.start_paragraph(2);
  EXPECT_TRUE(memory.resolve_person(200, {}).empty());
  memory.person(300, 300, 2);
  EXPECT_EQ(memory.resolve_person(310, {}), (std::set<int>{2}));
}

}  // namespace
}  // namespace actornet::tagging
