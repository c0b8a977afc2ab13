// Which actor pairs an event relates (src/tagging/event_relations.hpp), on
// events built by hand; each expectation follows the contract's examples.
#include "tagging/event_relations.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

namespace actornet::tagging {
namespace {

using extract::CueKind;

extract::Cue cue_of(CueKind kind) {
  extract::Cue c;
  c.text = "cue";
  c.category = "05";
  c.kind = kind;
  return c;
}

std::vector<std::tuple<int, int, bool>> as_tuples(const std::vector<EventPair>& pairs) {
  std::vector<std::tuple<int, int, bool>> out;
  for (const EventPair& p : pairs) out.emplace_back(p.a, p.b, p.directed);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(EventPairs, AnActionRelatesEachAgentToEachRecipient) {
  // "Russia and China condemned Israel and the US": 2 x 2 directed pairs,
  // not Russia-China (they are not joint: the verb has an object).
  Event e;
  e.agents = {0, 1};
  e.recipients = {2, 3};
  e.joint = true;  // ignored when there are recipients
  const auto pairs = as_tuples(event_pairs(e, cue_of(CueKind::kAction)));
  const std::vector<std::tuple<int, int, bool>> expected{
      {0, 2, true}, {0, 3, true}, {1, 2, true}, {1, 3, true}};
  EXPECT_EQ(pairs, expected);
}

TEST(EventPairs, ARelationalNounPairsEachSideWithItsPartnersOnly) {
  // "Beijing and Moscow maintain ties with Iran and Israel".
  Event e;
  e.agents = {0, 1};
  e.recipients = {2, 3};
  e.joint = true;
  e.asserted = true;
  const auto pairs = as_tuples(event_pairs(e, cue_of(CueKind::kMutual)));
  const std::vector<std::tuple<int, int, bool>> expected{
      {0, 2, false}, {0, 3, false}, {1, 2, false}, {1, 3, false}};
  EXPECT_EQ(pairs, expected);
}

TEST(EventPairs, JointActorsOfOneRoleArePairedWithEachOther) {
  // "Russia, Iran and China traded": 3 choose 2 undirected pairs.
  Event e;
  e.agents = {0, 1, 2};
  e.joint = true;
  const auto pairs = as_tuples(event_pairs(e, cue_of(CueKind::kAction)));
  const std::vector<std::tuple<int, int, bool>> expected{
      {0, 1, false}, {0, 2, false}, {1, 2, false}};
  EXPECT_EQ(pairs, expected);
  // Not joint ("US and Israeli strikes" with no target): nothing.
  e.joint = false;
  EXPECT_TRUE(event_pairs(e, cue_of(CueKind::kAction)).empty());
}

TEST(EventPairs, NoPairsForACancelledActOrATopicLabel) {
  Event e;
  e.agents = {0};
  e.recipients = {1};
  e.cancelled = true;  // "did not stop": the act it governs decides
  EXPECT_TRUE(event_pairs(e, cue_of(CueKind::kAction)).empty());
  Event topic;
  topic.agents = {0, 1};
  topic.joint = true;  // "the history of Russia-Iran relations"
  EXPECT_TRUE(event_pairs(topic, cue_of(CueKind::kFrame)).empty());
  topic.qualifier = Qualifier::kWarm;  // "close relations": a relation
  EXPECT_EQ(event_pairs(topic, cue_of(CueKind::kFrame)).size(), 1U);
  topic.qualifier = Qualifier::kNone;
  topic.asserted = true;  // "relations improved": an argument of a clause
  EXPECT_EQ(event_pairs(topic, cue_of(CueKind::kFrame)).size(), 1U);
  topic.qualifier = Qualifier::kMixed;  // "they have a complex relationship": no polarity
  EXPECT_TRUE(event_pairs(topic, cue_of(CueKind::kFrame)).empty());
}

TEST(EventPairs, RelatedPairsCountsDistinctPairsAcrossEvents) {
  // Two cues relating the same pair in opposite directions, and a third
  // relating another pair: 2 distinct pairs; a cancelled one adds none.
  const extract::Lexicon lexicon = extract::Lexicon::load(ACTORNET_SOURCE_DIR "/data/lexicon");
  const auto& cues = lexicon.cues();
  const auto action = std::find_if(
      cues.begin(), cues.end(), [](const extract::Cue& c) { return c.kind == CueKind::kAction; });
  ASSERT_NE(action, cues.end());
  const std::size_t cue = static_cast<std::size_t>(action - cues.begin());
  const std::vector<CueHit> hits{{cue, 0, 0}, {cue, 2, 2}, {cue, 4, 4}, {cue, 6, 6}};
  Event a;
  a.hit = 0;
  a.agents = {0};
  a.recipients = {1};
  Event b = a;
  b.hit = 1;
  b.agents = {1};
  b.recipients = {0};
  Event c = a;
  c.hit = 2;
  c.recipients = {2};
  Event d = a;
  d.hit = 3;
  d.recipients = {3};
  d.cancelled = true;
  EXPECT_EQ(related_pairs({a, b, c, d}, hits, lexicon), 2U);
  EXPECT_EQ(related_pairs({}, hits, lexicon), 0U);
}

}  // namespace
}  // namespace actornet::tagging
