// The relation lexicon: cue words that signal cooperation or conflict, the
// CAMEO root categories they map to, and the negation and modality words that
// change them. Three human-editable CSV files in data/lexicon/:
//
//   categories.csv  category,label,goldstein,group,polarity
//       One row per CAMEO root (Schrodt 2012): its Goldstein (1992) value and
//       the group it belongs to. The default grouping is GDELT's QuadClass
//       (verbal cooperation 01-05, material cooperation 06-09, verbal conflict
//       10-14, material conflict 15-20); editing `group` regroups (e.g.
//       Phoenix's pentaclass) without touching code. `polarity` is
//       cooperation, rivalry or neutral.
//   cues.csv        cue,category,intensity,kind,note
//       A cue is a word or phrase matched case-insensitively on word
//       boundaries; a trailing '*' matches any word ending ("sanction*":
//       sanctions, sanctioned). `intensity` defaults to the category's
//       Goldstein value. `kind`: `action` (an agent acts on a recipient:
//       supplied, condemned), `mutual` (a symmetric relation between the
//       actors named: partnership, rivalry, signed ... treaty), `frame` (a
//       noun that only says a relation exists: "relations", "ties"; it
//       relates like `mutual` but only when no other cue of the clause
//       relates the pair, so "relations between France and Germany soured"
//       is rivalry). Hyphens in a cue are read as spaces, as in the text.
//   modifiers.csv   word,type,note
//       type `negation` ("not", "refused to", "no") or `modality` ("could",
//       "reportedly", "alleged").
#pragma once

#include <map>
#include <string>
#include <vector>

namespace actornet::extract {

struct Category {
  std::string code;  // "01".."20"
  std::string label;
  double goldstein = 0.0;
  std::string group;     // e.g. "verbal cooperation"
  std::string polarity;  // "cooperation", "rivalry" or "neutral"
};

enum class CueKind { kAction, kMutual, kFrame };

struct Cue {
  std::string text;      // folded, without the trailing '*'
  bool prefix = false;   // had a trailing '*'
  std::string category;
  double intensity = 0.0;
  CueKind kind = CueKind::kAction;
  std::size_t line = 0;
};

struct Modifier {
  std::string text;  // folded
  bool negation = false;  // else modality
};

class Lexicon {
 public:
  // Loads data/lexicon/{categories,cues,modifiers}.csv from `folder`. Throws
  // io::DataError naming the file and line for: a missing column, a category
  // code that is not two digits or repeats, a Goldstein value outside
  // [-10, 10], an unknown polarity, a cue with an unknown category or kind, an
  // empty cue, a cue listed twice, an unknown modifier type.
  static Lexicon load(const std::string& folder);

  const std::vector<Category>& categories() const { return categories_; }
  const Category* category(const std::string& code) const;
  const std::vector<Cue>& cues() const { return cues_; }
  const std::vector<Modifier>& modifiers() const { return modifiers_; }

 private:
  std::vector<Category> categories_;  // sorted by code
  std::vector<Cue> cues_;
  std::vector<Modifier> modifiers_;
};

}  // namespace actornet::extract
