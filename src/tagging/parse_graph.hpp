// A Link Grammar parse of one sentence unit, tied to the unit's tokens: which
// actors each parsed word names, which lexicon cue it heads, and its links
// by type. Link types are the leading capitals of a label ("Ss*s" -> "S",
// "MVp" -> "MV", "SJls" -> "SJ"); the rest is the subtype (Sleator &
// Temperley 1993; the English dictionary's link summary).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "tagging/link_parser.hpp"
#include "tagging/parse_text.hpp"
#include "tagging/tokens.hpp"

namespace actornet::tagging {

// A link label's type (its leading capitals) and subtype: "Ss*s" -> "S",
// "s*s"; "MVp" -> "MV", "p".
void split_label(const std::string& label, std::string& type, std::string& sub);

class ParseGraph {
 public:
  ParseGraph(Parse parse, const ParseText& text, const std::vector<Token>& tokens,
             const std::vector<CueHit>& hits);

  std::size_t size() const { return parse_.words.size(); }
  // The word, folded to lower case.
  const std::string& word(std::size_t w) const { return lower_[w]; }
  const std::string& subscript(std::size_t w) const { return parse_.words[w].subscript; }
  // Actors named by the word's own text ("Russia-Iran" names two).
  const std::set<int>& actors(std::size_t w) const { return actors_[w]; }
  // Index into `hits` of the cue this word heads, or -1.
  int cue(std::size_t w) const { return cue_[w]; }
  // Word heading cue hit `h`.
  std::size_t head_of_cue(std::size_t h) const { return cue_heads_[h]; }
  // First token of the word (for years and clause lookups), or the nearest before it.
  std::size_t token(std::size_t w) const { return token_[w]; }
  bool is_verb(std::size_t w) const;

  // Words linked to `w` from the right (w is the link's left end) / from the
  // left, by link type and optional subtype prefix (a '*' in it matches any
  // one character).
  std::vector<std::size_t> right(std::size_t w, const std::string& type, const std::string& sub = "") const;
  std::vector<std::size_t> left(std::size_t w, const std::string& type, const std::string& sub = "") const;

 private:
  struct Edge {
    std::size_t other = 0;
    std::string type;
    std::string sub;
  };
  Parse parse_;
  std::vector<std::string> lower_;
  std::vector<std::set<int>> actors_;
  std::vector<int> cue_;
  std::vector<std::size_t> cue_heads_;
  std::vector<std::size_t> token_;
  std::vector<std::vector<Edge>> to_right_;  // per word: links where it is the left end
  std::vector<std::vector<Edge>> to_left_;
};

}  // namespace actornet::tagging
