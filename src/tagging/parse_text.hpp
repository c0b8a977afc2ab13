// The string Link Grammar is given for a sentence unit, and where each of
// its bytes came from in the normalised text. Everything the English
// dictionary cannot read and the tagger does not need is blanked or
// rewritten here, so that the parse still maps back to the unit's tokens.
#pragma once

#include <string>
#include <vector>

#include "corpus/processed_document.hpp"
#include "extract/actor_matcher.hpp"
#include "tagging/tokens.hpp"

namespace actornet::tagging {

// The string given to the parser for a unit, and where each of its bytes
// came from. Every actor mention is replaced by one placeholder proper name
// (keeping a possessive "'s"), so that "the U.S.", "Vladimir Putin" or "the
// Gulf states" are one word to the parser and an abbreviation's dot does not
// end the sentence. Paired single quotes, Markdown emphasis and note marks
// ("[3]") are blanked; negative contractions are spelled out ("didn't" ->
// "did not").
struct ParseText {
  std::string text;
  std::vector<std::size_t> start;  // per byte: normalised offset of what it stands for
  std::vector<std::size_t> end;    // per byte: normalised end of what it stands for
};
ParseText parse_text(const corpus::ProcessedDocument& doc, std::size_t begin, std::size_t end,
                     const std::vector<extract::Mention>& mentions);

// Longest aside blank_asides() removes, in words.
constexpr std::size_t kAsideWords = 5;

// For a second try at a unit Link Grammar found no complete linkage for:
// blanks each aside set off by two commas (each followed by a space, in one
// shallow clause), of at most kAsideWords words,
// that names no actor and holds no cue, negation or modality ("and, by
// extension, Islamabad"; "in which, according to official figures, 95
// percent"; "Tokyo, for its part, has refused"). Such asides attach
// anywhere, and the dictionary often finds no place for them; the sentence
// without them says the same about the actors. Returns whether any aside
// was blanked.
bool blank_asides(ParseText& text, const std::vector<Token>& tokens,
                  const std::vector<CueHit>& hits, const CueIndex& cues);

// Also for the second try: respells two coordinations the English
// dictionary of Link Grammar 5.12 finds no complete linkage for, as ones
// it links that say the same of the actors (found by trying the parser):
// "has neither confirmed nor denied" -> "has not confirmed or denied"
// (the negation still covers both verbs), and a "would" after a
// conjunction -> "will" ("rejected the ruling and would not accept it";
// the tokens keep "would", so the hedge stands). Words are overwritten
// and padded with spaces, so offsets still map. Returns whether any word
// was respelled.
bool respell_coordination(ParseText& text, const std::vector<Token>& tokens);

}  // namespace actornet::tagging
