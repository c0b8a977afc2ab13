// Words of a sentence unit as both taggers see them: folded tokens with the
// actor mention that covers each, shallow clause numbers, and the lexicon's
// cues, negations and modalities found among them.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/processed_document.hpp"
#include "extract/actor_matcher.hpp"
#include "extract/lexicon.hpp"

namespace actornet::tagging {

struct Token {
  std::size_t begin = 0;  // normalised offsets
  std::size_t end = 0;
  std::string text;  // folded
  std::size_t clause = 0;     // shallow clause: cut at ; : | ? " - " and before but, while, ...
  int actor = -1;             // actor whose mention covers this token, or -1
  bool comma_before = false;  // a comma stands between this token and the previous one
  bool modifier = false;      // part of a multi-word negation or modality phrase
  bool in_name = false;       // part of an institution's name ("United Nations Charter"): no cue
  bool month = false;         // the month "May" ("in May", "May 2025"), not the modal verb
};

// Words that open a new shallow clause.
bool opens_clause(const std::string& word);

// Whether a unit of `words` words, `capitalised` of them capitalised, is in
// title case (a heading: at least 3 words, more than half capitalised).
bool is_title_case(std::size_t words, std::size_t capitalised);

// The tokens of normalised [begin, end), with `mentions` marked on them.
std::vector<Token> tokenize(const corpus::ProcessedDocument& doc, std::size_t begin, std::size_t end,
                            const std::vector<extract::Mention>& mentions);

// `words` (folded; "n't" matches any contraction) at tokens[i...], all in one clause.
bool words_at(const std::vector<Token>& tokens, std::size_t i, const std::vector<std::string>& words);

struct CueHit {
  std::size_t cue = 0;    // index into Lexicon::cues()
  std::size_t first = 0;  // token indices
  std::size_t last = 0;
};

// The lexicon's cues and modifiers, indexed for matching on tokens. Keeps a
// reference to the lexicon, which must outlive it.
class CueIndex {
 public:
  explicit CueIndex(const extract::Lexicon& lexicon);

  const extract::Lexicon& lexicon() const { return lexicon_; }
  // Marks multi-word negation and modality phrases ("refused to", "stopped
  // short of") on the tokens; such words are never cues.
  void mark_modifiers(std::vector<Token>& tokens) const;
  // Cues, leftmost-longest, never inside an actor mention or a modifier phrase.
  std::vector<CueHit> find(const std::vector<Token>& tokens) const;
  // A negation (scoped: stops at a comma and at that/which/who, skips "not
  // only", "no doubt") or a modality word in tokens [from, to).
  bool negation_in(const std::vector<Token>& tokens, std::size_t from, std::size_t to) const;
  bool modality_in(const std::vector<Token>& tokens, std::size_t from, std::size_t to) const;
  // Words of one of the lexicon's modifier types at tokens[i...].
  bool modifier_at(const std::vector<Token>& tokens, std::size_t i, extract::ModifierType type) const;

 private:
  const extract::Lexicon& lexicon_;
  std::unordered_map<std::string, std::vector<std::size_t>> cues_by_first_word_;  // exact first word
  std::vector<std::size_t> prefix_cues_;  // one-word cues ending in '*'
  std::vector<std::vector<std::string>> cue_words_;
  std::vector<std::pair<extract::ModifierType, std::vector<std::string>>> modifiers_;
};

// The year a relation of `tokens` near token `at` happened: the nearest
// four-digit number in a date-like context ("in 1995", "June 2025", closing
// the phrase), or 0.
int year_near(const std::vector<Token>& tokens, std::size_t at);
// The year of the document's manifest date, or 0.
int document_year(const corpus::ProcessedDocument& doc);

}  // namespace actornet::tagging
