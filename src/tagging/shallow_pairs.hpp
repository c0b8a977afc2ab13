// Internal to the shallow tagger: where a cue stands among the actor
// groups of its clause, and which pairs it relates (shallow_pairs.cpp).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "tagging/shallow_groups.hpp"
#include "tagging/tokens.hpp"

namespace actornet::tagging::shallow {

using Pairs = std::vector<std::tuple<int, int, bool>>;  // (a, b, directed a -> b)

// Where a cue stands among the groups of its clause.
struct CueSite {
  const std::vector<Token>* tokens = nullptr;
  const CueHit* hit = nullptr;
  std::size_t clause = 0;
  std::size_t start = 0;           // first token of the clause
  const Group* before = nullptr;   // nearest group before the cue, any distance
  const Group* after = nullptr;    // nearest group after the cue
  const Group* beyond = nullptr;   // the group after `after`
  const Group* first = nullptr;    // the clause's first group (its subject)
  const Group* carried = nullptr;  // agent of the previous clause's last action
};

// First token of the shallow clause of token `i`.
std::size_t clause_start(const std::vector<Token>& tokens, std::size_t i);

// The word before group `g`, skipping one "the" ("against the US"), or ""
// at the start of the unit.
const std::string& word_before(const std::vector<Token>& tokens, const Group& g);

// The site of `hit`: its clause, the groups around it, and the agent carried
// from the previous clause's last action (`last_agent`: clause -> group).
CueSite locate(const std::vector<Token>& tokens, const std::vector<Group>& groups,
               const CueHit& hit, const std::map<std::size_t, const Group*>& last_agent);

// An action cue: agent(s) -> recipient(s) into `out`. Returns the agent
// group used. `cooperative`: the cue's polarity is cooperation.
const Group* action_pairs(const CueSite& s, bool cooperative, Pairs& out);

// A mutual cue: the actors next to it relate to each other, undirected.
// `cooperative`: the cue's polarity is cooperation; then a group after
// "on", "over" or "about" is what the act is about, not a party.
void mutual_pairs(const CueSite& s, bool cooperative, Pairs& out);

// A joint marker ("jointly", "a joint statement"; joint_markers): only the
// co-actors relate, the group of two or more before it ("Russia and Iran
// jointly condemned Israel": not Israel) or after "by" ("the joint
// condemnation by China and Russia"), or the group before it with a
// partner after "with" ("held joint exercises with Iran").
void joint_pairs(const CueSite& s, Pairs& out);

}  // namespace actornet::tagging::shallow
