// The actor network as project data: what `build` produces, what `metrics`
// and `render` consume, and what GraphML round-trips. No igraph types here;
// network/igraph_graph.hpp converts it into an igraph graph.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace actornet::network {

struct ActorNode {
  std::string id;    // gazetteer id, e.g. "RUS"
  std::string name;  // display name, e.g. "Russia"
  std::string type;  // "state", "group", ...
  std::int64_t units = 0;     // s_i: co-occurrence units that mention the actor
  std::int64_t mentions = 0;  // all mentions (an actor can be named twice in a unit)

  // Relation scores (filled with the ties' signed layers; README, "Relation
  // scores"): summed confidence x |intensity|; a mutual relation counts as
  // given and received by both actors.
  double cooperation_given = 0.0;
  double cooperation_received = 0.0;
  double rivalry_given = 0.0;
  double rivalry_received = 0.0;
  double net_stance = std::numeric_limits<double>::quiet_NaN();  // (C - R) / (C + R); NaN if none
  std::int64_t positive_degree = 0;  // dyads with net > 0
  std::int64_t negative_degree = 0;  // dyads with net < 0
};

// One undirected tie. Invariant: a < b (indices into Network::actors), and
// each pair appears at most once. A tie may have count 0: a pair that only
// hand-coded relations join (the matcher found no co-occurrence) still
// carries its signed layers; its normalised weights are then 0.
struct Tie {
  std::size_t a = 0;
  std::size_t b = 0;
  std::int64_t count = 0;  // co-occurrence count under the chosen counting (binary or full)
  std::int64_t units = 0;  // c_ij: units in which both actors occur (binary, whatever the counting)
  // Normalised weights are always computed from the binary c_ij and s_i, so
  // they keep their meaning (0..1 for Jaccard and cosine) under full counting.
  double association_strength = 0.0;  // N c_ij / (s_i s_j)  (van Eck & Waltman 2009)
  double jaccard = 0.0;               // c_ij / (s_i + s_j - c_ij)
  double cosine = 0.0;                // c_ij / sqrt(s_i s_j)  (Salton)

  // Signed layers (filled by the build stage when relations were tagged,
  // CorpusSummary::signed_layers; otherwise left at these defaults). Each
  // cooperation or rivalry relation of the dyad weighs confidence x |Goldstein
  // intensity| (Goldstein 1992, J. Conflict Resolution 36(2)); withheld
  // cooperation (PLOVER's negated mode) is only counted.
  double cooperation = 0.0;            // C >= 0: summed weight of cooperation relations
  double rivalry = 0.0;                // R >= 0: summed weight of rivalry relations
  std::int64_t cooperation_count = 0;  // cooperation relations
  std::int64_t rivalry_count = 0;      // rivalry relations
  std::int64_t withheld_count = 0;     // withheld-cooperation relations
  // (C - R) / (C + R) in [-1, 1]; NaN (undefined) when C + R = 0.
  double net = std::numeric_limits<double>::quiet_NaN();

  // Sign of the net score: +1 (net > 0, cooperation outweighs rivalry), -1
  // (net < 0), 0 when net is 0 or undefined (NaN).
  int sign() const { return net > 0 ? 1 : (net < 0 ? -1 : 0); }
};

// What the network was computed from; drawn in the map's caption and carried
// as GraphML graph attributes.
struct CorpusSummary {
  std::int64_t documents = 0;
  std::int64_t units = 0;            // N: co-occurrence units (sentences by default)
  std::string unit = "sentence";     // sentence | paragraph | document | window:k
  std::string counting = "binary";   // binary | full
  std::string date_min;              // ISO date or partial date ("2024-03"); empty if unknown
  std::string date_max;
  std::string rules;  // cleaning rules in force ("references,faq,..."); empty if unknown
  // True when relations were tagged and the ties' signed layers (cooperation,
  // rivalry, net, ...) are filled; false: those fields hold their defaults and
  // mean nothing.
  bool signed_layers = false;
  // Where the relations came from: "auto" (tagger), "curated" (hand-coded
  // data/relations.csv), "both", or "" when there are none.
  std::string relations_source;
};

struct Network {
  std::vector<ActorNode> actors;  // sorted by id
  std::vector<Tie> ties;          // sorted by (a, b)
  CorpusSummary corpus;
};

// Which tie value is used as the weight (strength) of a tie. kCooperation and
// kRivalry are the signed layers' C and R (0 when there are none).
enum class WeightKind { kCount, kAssociationStrength, kJaccard, kCosine, kCooperation, kRivalry };

double tie_weight(const Tie& tie, WeightKind kind);
// "count", "association", "jaccard", "cosine", "cooperation", "rivalry";
// parse throws io::UsageError.
std::string to_string(WeightKind kind);
WeightKind parse_weight_kind(const std::string& text);

// The net score (C - R) / (C + R), in [-1, 1]; NaN when C + R = 0.
double net_score(double cooperation, double rivalry);

// Checks a tie's signed layers against their contract: cooperation and rivalry
// finite and >= 0, the three counts >= 0, net NaN exactly when C + R = 0 and
// otherwise within `tolerance` (absolute) of net_score(C, R). Returns "" when
// they hold, else what is wrong, e.g. "net 0.5 disagrees with (C - R) / (C + R)
// = 0.2". Ties of a network without signed layers hold the defaults, which pass.
std::string signed_layers_problem(const Tie& tie, double tolerance = 1e-12);

// Fills association_strength, jaccard and cosine of every tie from `units` and
// the actors' unit totals (N = corpus.units). Pairs with a zero denominator
// get 0.
void compute_normalised_weights(Network& network);

}  // namespace actornet::network
