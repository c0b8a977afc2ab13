// Cooperation and rivalry scores per dyad and per actor, from tagged or
// hand-coded relations (extract::Relation), accumulated in one streaming pass.
//
// Definitions (README, "Relation scores"):
//   weight of a relation  w = confidence x |intensity|   (Goldstein 1992 scale)
//   C (cooperation)       sum of w over cooperation relations of the dyad
//   R (rivalry)           sum of w over rivalry relations of the dyad
//   net score             (C - R) / (C + R), in [-1, 1]; undefined (NaN) when C + R = 0
//   mean intensity        mean signed confidence-weighted intensity over
//                         cooperation and rivalry relations, the sign taken
//                         from the polarity: (C - R) / (number of them)
//   flows                 directed cooperation and rivalry relations only: sum
//                         of +w (cooperation) or -w (rivalry) from a to b, and
//                         from b to a; the counts count those relations
//   withheld              number of withheld-cooperation relations
//   evidence sentences    distinct (document, unit) with a non-neutral relation
//                         (cooperation, rivalry or withheld)
// Category and group counts cover cooperation and rivalry relations only:
// a withheld relation's category is the action that was NOT taken (PLOVER's
// negated mode), so it counts only in withheld_count; a neutral relation
// counts only in neutral_count.
// Per actor: cooperation and rivalry given (as source of a directed relation,
// or as either party of a mutual one) and received (as target, or either
// party of a mutual one); net stance (C - R) / (C + R) over every relation the
// actor takes part in (NaN when C + R = 0); positive / negative degree =
// number of dyads with net > 0 / net < 0.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "extract/lexicon.hpp"
#include "extract/relation.hpp"

namespace actornet::analysis {

struct DyadScore {
  std::string a;  // actor ids, a < b
  std::string b;
  double cooperation = 0.0;  // C
  double rivalry = 0.0;      // R
  std::int64_t cooperation_count = 0;
  std::int64_t rivalry_count = 0;
  std::int64_t withheld_count = 0;
  std::int64_t neutral_count = 0;
  double net = 0.0;             // NaN when C + R = 0
  double mean_intensity = 0.0;  // NaN when there is no cooperation or rivalry relation
  // Cooperation and rivalry relations only (not withheld, not neutral).
  std::map<std::string, std::int64_t> category_counts;  // CAMEO root -> relations
  std::map<std::string, std::int64_t> group_counts;     // category group -> relations
  double flow_ab = 0.0;  // signed, directed a -> b
  double flow_ba = 0.0;  // signed, directed b -> a
  std::int64_t flow_ab_count = 0;
  std::int64_t flow_ba_count = 0;
  std::int64_t evidence_sentences = 0;

  int sign() const;  // +1, -1, or 0 when net is 0 or undefined
};

struct ActorScore {
  std::string id;
  double cooperation_given = 0.0;
  double cooperation_received = 0.0;
  double rivalry_given = 0.0;
  double rivalry_received = 0.0;
  double net_stance = 0.0;  // NaN when C + R = 0 (e.g. no cooperation or rivalry relation)
  std::int64_t positive_degree = 0;
  std::int64_t negative_degree = 0;
};

struct RelationScores {
  std::vector<DyadScore> dyads;   // every pair of actors, in id order (a, b)
  std::vector<ActorScore> actors; // in the order of the actor ids given
};

// Streaming accumulator. Feed relations in (doc_seq, unit) order, as
// output/relations.csv stores them; all sums are order-independent, and the
// evidence-sentence count relies on that order (a relation of an earlier
// sentence after a later one, in any dyad, is an io::DataError).
class RelationScorer {
 public:
  // `actor_ids`: the network's actors (sorted; a repeated id is
  // std::invalid_argument). `categories`: from the lexicon, for the group of
  // each category.
  RelationScorer(std::vector<std::string> actor_ids, const std::vector<extract::Category>& categories);

  // Adds one relation. Throws io::DataError, naming its origin (curated line
  // or document and unit), if it names an unknown actor, is a self-relation,
  // comes before the previous relation in (doc_seq, unit) order, has a
  // confidence outside [0, 1] or a non-finite intensity, or is a cooperation
  // or rivalry relation whose category is not in `categories`. A mutual
  // relation may name its actors in either order.
  void add(const extract::Relation& relation);

  RelationScores finish() const;

 private:
  std::vector<std::string> actor_ids_;
  std::map<std::string, std::string> group_of_;
  std::map<std::pair<std::string, std::string>, DyadScore> dyads_;
  std::map<std::pair<std::string, std::string>, std::pair<std::size_t, std::size_t>> last_sentence_;
  std::map<std::string, ActorScore> actors_;  // given / received sums
  bool any_ = false;                          // a relation has been added
  std::pair<std::size_t, std::size_t> last_ = {0, 0};  // its (doc_seq, unit)
};

}  // namespace actornet::analysis
