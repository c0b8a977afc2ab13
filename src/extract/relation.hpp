// A relation between two actors expressed by one sentence: who does what to
// whom, how cooperative or hostile (CAMEO root and Goldstein intensity), when,
// and the evidence. Produced by the automatic tagger (origin "auto") or read
// from the hand-coded file data/relations.csv (origin "curated").
#pragma once

#include <cstdint>
#include <string>

namespace actornet::extract {

// The kind of relation. kWithheld is negated or withheld cooperation ("did
// not send military aid", "no mutual defence clause"): not cooperation, kept
// as its own kind (PLOVER's negated mode). kNeutral is a co-mention without a
// relation, or a negated conflict ("did not condemn").
enum class Polarity { kCooperation, kRivalry, kWithheld, kNeutral };

const char* to_string(Polarity polarity);
// "cooperation", "rivalry", "withheld", "neutral"; false if unknown.
bool parse_polarity(const std::string& text, Polarity& out);

struct Relation {
  std::string origin = "auto";  // "auto" or "curated"
  // Where: the document and the sentence unit (ProcessedDocument::units index).
  std::size_t doc_seq = 0;
  std::string doc_id;
  std::size_t unit = 0;
  // Who: actor ids. When !directed the relation is mutual and source < target.
  std::string source;
  std::string target;
  bool directed = false;
  // What.
  Polarity polarity = Polarity::kNeutral;
  std::string category;     // CAMEO root "01".."20"; empty for neutral co-mentions
  double intensity = 0.0;   // Goldstein (1992) value; 0 for withheld and neutral
  double confidence = 1.0;  // 1, lowered by modality ("could", "reportedly")
  // When: the year named in the sentence, else the document's year (0 = unknown).
  int year = 0;
  std::string year_source;  // "sentence", "document", "curated" or "" (unknown)
  // Why: the cue that fired and the modifiers that changed it (auto), or the
  // coder's note and the line of data/relations.csv (curated).
  std::string cue;
  std::string negation;
  std::string modality;
  std::string note;
  std::size_t curated_line = 0;
  // Automatic relations: which tagger path made it ("parser": Link Grammar
  // clause structure; "shallow": word rules, by choice or because the parser
  // gave up on the sentence), and whether an actor was found by resolving a
  // reference ("them", "the strikes", "its partner") rather than named.
  std::string tagger;
  bool resolved = false;
  // A curated relation whose sentence a cleaning rule excluded: the rule's
  // name; such relations are kept in output/relations.csv but not counted.
  std::string excluded_by;
  // Evidence: the sentence and its span in the original file.
  std::size_t start_byte = 0;
  std::size_t end_byte = 0;
  std::size_t start_char = 0;
  std::size_t end_char = 0;
  std::string text;
};

}  // namespace actornet::extract
