// The string Link Grammar is given for a sentence unit, and where each of
// its bytes came from in the normalised text. Everything the English
// dictionary cannot read and the tagger does not need is blanked or
// rewritten here, so that the parse still maps back to the unit's tokens.
#pragma once

#include <string>
#include <vector>

#include "corpus/processed_document.hpp"
#include "extract/actor_matcher.hpp"

namespace actornet::tagging {

// The string given to the parser for a unit, and where each of its bytes
// came from. Every actor mention is replaced by one placeholder proper name
// (keeping a possessive "'s"), so that "the U.S.", "Vladimir Putin" or "the
// Gulf states" are one word to the parser and an abbreviation's dot does not
// end the sentence.
struct ParseText {
  std::string text;
  std::vector<std::size_t> start;  // per byte: normalised offset of what it stands for
  std::vector<std::size_t> end;    // per byte: normalised end of what it stands for
};
ParseText parse_text(const corpus::ProcessedDocument& doc, std::size_t begin, std::size_t end,
                     const std::vector<extract::Mention>& mentions);

}  // namespace actornet::tagging
