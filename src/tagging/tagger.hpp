// What a relation tagger is: given a document and the actor mentions of its
// kept units, the relations those units express (origin "auto"), one per
// unit and actor pair at most, plus a neutral row for every co-mentioned pair
// with no relation. Two implementations: ShallowTagger (word rules) and
// ParserTagger (Link Grammar clause structure, falling back to the shallow
// rules per sentence).
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "corpus/processed_document.hpp"
#include "extract/actor_matcher.hpp"
#include "extract/gazetteer.hpp"
#include "extract/lexicon.hpp"
#include "extract/relation.hpp"

namespace actornet::tagging {

// Confidence of a hedged relation ("could", "reportedly", "expected to").
constexpr double kModalConfidence = 0.5;

struct UnitMentions {
  const corpus::Unit* unit = nullptr;
  std::vector<extract::Mention> mentions;
};

class Tagger {
 public:
  virtual ~Tagger() = default;
  // Relations of `units` (kept units of `doc`, in document order). Same
  // input, same output; safe to call from several threads at once.
  virtual std::vector<extract::Relation> tag_document(const corpus::ProcessedDocument& doc,
                                                      const std::vector<UnitMentions>& units) const = 0;
};

// What a cue says, written into a relation between `source` and `target`
// (swapped into order when mutual): polarity from the category's polarity
// ("cooperation", "rivalry", else neutral), negation turning cooperation
// into withheld and conflict into neutral, intensity kept only for
// cooperation and rivalry, a hedge halving the confidence, and the year
// (named in the sentence, else the document's).
struct CueReading {
  std::string category;
  std::string polarity;  // of the category
  double intensity = 0.0;
  std::string cue;       // as written in the lexicon ('*' kept)
  bool negated = false;
  bool hedged = false;
  int year = 0;          // 0: not named in the sentence
};
extract::Relation relation_from_cue(std::string source, std::string target, bool directed, const CueReading& reading,
                                    int doc_year);

// What a cooperative mutual act is about, not who takes part: "coordinate
// on Iran", "talks over Syria", "an agreement about Ukraine" (both taggers).
inline const std::set<std::string>& topic_prepositions() {
  static const std::set<std::string> words = {"on", "over", "about", "regarding", "concerning"};
  return words;
}

// Words that mark an act as explicitly joint, which the coding rules
// (section 3) code as cooperation between the co-actors (both taggers):
// "jointly condemned", "a joint statement". They are cues of the lexicon,
// which gives the relation's category; these rules give the pairs.
inline const std::set<std::string>& joint_markers() {
  static const std::set<std::string> words = {"joint", "jointly"};
  return words;
}

// Verbs whose object is a hostile act done to their subject (both taggers): "drawing a
// protest from Egypt", "Iran faced criticism from the EU", "the strikes
// sparked condemnation from China".
inline const std::set<std::string>& incurring_verbs() {
  static const std::set<std::string> words = {
      "draw",      "draws",      "drew",      "drawn",     "drawing",  "attract",   "attracts",
      "attracted", "attracting", "face",      "faces",     "faced",    "facing",    "incur",
      "incurs",    "incurred",   "incurring", "earn",      "earns",    "earned",    "earning",
      "provoke",   "provokes",   "provoked",  "provoking", "prompt",   "prompts",   "prompted",
      "prompting", "spark",      "sparks",    "sparked",   "sparking", "trigger",   "triggers",
      "triggered", "triggering", "suffer",    "suffers",   "suffered", "suffering", "receive",
      "receives",  "received",   "receiving"};
  return words;
}
// Act words whose "from" names what is left or kept off, not who acts
// (both taggers; otherwise "a protest from Egypt" has Egypt protest):
// "withdrawal from the deal", "protection from strikes", "imports from
// Russia" (the importer acts), "recalled its envoy from".
inline const std::set<std::string>& separation_words() {
  static const std::set<std::string> words = {
      "withdrawal", "withdrawals", "withdraw",  "withdraws",  "withdrew",  "exit",
      "exits",      "retreat",     "pullout",   "protection", "protect",   "protects",
      "defence",    "defense",     "defend",    "defends",    "shield",    "independence",
      "exemption",  "exemptions",  "departure", "expulsion",  "expel",     "expels",
      "isolation",  "isolate",     "imports",   "import",     "purchases", "purchase",
      "buy",        "buys",        "release",   "escape",     "relief",    "distance",
      "recall",     "recalls",     "ban",       "bans",       "bar",       "bars",
      "exclude",    "excludes",    "evacuate",  "evacuation", "deport",    "remove"};
  return words;
}

// Category of a topic noun qualified as cold ("strained relations") and of
// siding against someone: CAMEO 11 disapprove, the mildest conflict root.
inline constexpr const char* kColdCategory = "11";

// The cold reading's polarity and Goldstein value, from the lexicon when it
// defines category 11 (it does as shipped), else CAMEO's own values.
std::pair<std::string, double> cold_reading(const extract::Lexicon& lexicon);

// Appends a neutral co-mention for every pair of `actors` (gazetteer
// indices) that `relations` does not already relate.
void add_comentions(const corpus::ProcessedDocument& doc, const std::set<int>& actors,
                    const extract::Gazetteer& gazetteer, std::vector<extract::Relation>& relations);

// Sets origin "auto", the tagger path that made them ("parser" or
// "shallow"; an empty `path` keeps what each relation has), and the
// evidence (document, unit, offsets, sentence).
void attach_evidence(const corpus::ProcessedDocument& doc, const corpus::Unit& unit, const std::string& path,
                     std::vector<extract::Relation>& relations);

}  // namespace actornet::tagging
