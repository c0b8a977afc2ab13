// Actor groups for the shallow tagger (shallow_tagger.hpp): runs of actor
// mentions joined by "and", "or", "both", "the", "between", "with" or a
// hyphen, which act together ("Russia, Iran and China signed a treaty").
#pragma once

#include <cstddef>
#include <vector>

#include "tagging/tokens.hpp"

namespace actornet::tagging {

// A run of actor mentions joined only by group joiners.
struct Group {
  std::vector<int> actors;  // distinct, in order of appearance
  std::size_t first = 0;    // token indices
  std::size_t last = 0;
  std::size_t clause = 0;
};

// The groups of a unit's tokens, in text order. Commas join only inside a
// list that ends with "and"/"or" ("Russia, Iran and China"); otherwise a
// comma separates ("If France attacks Germany, Italy will respond").
std::vector<Group> find_groups(const std::vector<Token>& tokens);

}  // namespace actornet::tagging
