// People named in a unit, the antecedents of "he" and "she" (Hobbs 1978's
// recency baseline, as for "it", but over people): a leader of the
// gazetteer (aliases.csv kind `leader`: "Vladimir Putin") or a title noun
// owned by an actor ("Iran's foreign minister", "the Russian president")
// stands for that actor; any other person ("President Erdogan" with Turkey
// no actor, "analyst John Smith", "an official") is a person of no actor,
// who blocks the reference: "he" after them is not the earlier leader.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extract/actor_matcher.hpp"
#include "extract/gazetteer.hpp"
#include "tagging/tokens.hpp"

namespace actornet::tagging {

struct PersonMention {
  std::size_t offset = 0;  // normalised offset of the name or title noun
  int actor = -1;          // the person's actor, or -1: a person of no actor
};

// The people of a unit, in text order. `text` is the document's normalised
// text, which the tokens' offsets index. A leader's mention is a person of
// its actor. A singular title or person noun (president, minister, analyst,
// official, ...) is one of the actor named just before it, over words such
// as "foreign" or "prime" ("Iran's foreign minister"); else, unless a
// leader's name follows it ("President Vladimir Putin"), a person of no
// actor ("President Erdogan", "an official"). A run of two or more
// capitalised words outside actor and institution names is a person of no
// actor when a verb of speech (said, told, ...) or an apposition (", a/an/the")
// follows it ("John Smith said"). A `heading` names no one but its leaders:
// its capitals are no evidence of a name.
std::vector<PersonMention> person_mentions(const std::string& text,
                                           const std::vector<Token>& tokens,
                                           const std::vector<extract::Mention>& mentions,
                                           const extract::Gazetteer& gazetteer, bool heading);

// Whether `word` (folded) is a personal pronoun of a person: he, him, his,
// himself, she, her, hers, herself.
bool person_pronoun(const std::string& word);

}  // namespace actornet::tagging
