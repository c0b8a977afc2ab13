// Rule-based English sentence splitting inside one block.
//
// Written by hand rather than with ICU's BreakIterator (UAX #29): the corpus
// needs two things UAX #29 does not do — a heading glued to the previous
// sentence without a space ("...is built.Economic Synergy") must start a new
// unit, and offsets must refer to the normalised text that matching uses.
//
// A '.', '!' or '?' (with any closing quotes or brackets after it) ends a
// sentence when
//   (a) whitespace follows and the next word starts with an upper-case
//       letter, a digit, a quote or an opening bracket, unless the word
//       before the '.' is a known abbreviation ("Dr.", "Gen.", "e.g.",
//       "Jun."; "No." and "Nos." only when a digit follows, as in "No. 5",
//       so that "No. They agreed." splits), an initialism ("U.S.", "U.N."),
//       a single initial ("J."), or a list number at the start of the block
//       ("1."); or
//   (b) a '.' is followed directly by an upper-case letter and a lower-case
//       letter, after a word of two or more lower-case letters ("built.Economic"),
//       outside URLs.
// Limits: an abbreviation or initialism that really ends a sentence ("... by
// the U.S. Russia then ...") does not split; a sentence starting in lower
// case after a full stop is joined to the previous one.
#pragma once

#include <string_view>
#include <vector>

namespace actornet::corpus {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Sentences of text[block.begin, block.end), trimmed, in order; spans with no
// letter or digit are dropped. Time is linear in the block length, also for
// long runs without spaces.
std::vector<Span> split_sentences(std::string_view text, Span block);

}  // namespace actornet::corpus
