// The actor network as project data: what `build` produces, what `metrics`
// and `render` consume, and what GraphML round-trips. No igraph types here;
// network/igraph_graph.hpp converts it into an igraph graph.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace actornet::network {

struct ActorNode {
  std::string id;    // gazetteer id, e.g. "RUS"
  std::string name;  // display name, e.g. "Russia"
  std::string type;  // "state", "group", ...
  std::int64_t units = 0;     // s_i: co-occurrence units that mention the actor
  std::int64_t mentions = 0;  // all mentions (an actor can be named twice in a unit)
};

// One undirected tie. Invariant: a < b (indices into Network::actors), and
// each pair appears at most once.
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
};

struct Network {
  std::vector<ActorNode> actors;  // sorted by id
  std::vector<Tie> ties;          // sorted by (a, b)
  CorpusSummary corpus;
};

// Which tie value is used as the weight (strength) of a tie.
enum class WeightKind { kCount, kAssociationStrength, kJaccard, kCosine };

double tie_weight(const Tie& tie, WeightKind kind);
// "count", "association", "jaccard", "cosine"; parse throws io::UsageError.
std::string to_string(WeightKind kind);
WeightKind parse_weight_kind(const std::string& text);

// Fills association_strength, jaccard and cosine of every tie from `units` and
// the actors' unit totals (N = corpus.units). Pairs with a zero denominator
// get 0.
void compute_normalised_weights(Network& network);

}  // namespace actornet::network
