#include "network/network.hpp"

#include <cmath>

#include "io/errors.hpp"

namespace actornet::network {

double tie_weight(const Tie& tie, WeightKind kind) {
  switch (kind) {
    case WeightKind::kCount: return static_cast<double>(tie.count);
    case WeightKind::kAssociationStrength: return tie.association_strength;
    case WeightKind::kJaccard: return tie.jaccard;
    case WeightKind::kCosine: return tie.cosine;
  }
  return 0.0;
}

std::string to_string(WeightKind kind) {
  switch (kind) {
    case WeightKind::kCount: return "count";
    case WeightKind::kAssociationStrength: return "association";
    case WeightKind::kJaccard: return "jaccard";
    case WeightKind::kCosine: return "cosine";
  }
  return "count";
}

WeightKind parse_weight_kind(const std::string& text) {
  if (text == "count") return WeightKind::kCount;
  if (text == "association") return WeightKind::kAssociationStrength;
  if (text == "jaccard") return WeightKind::kJaccard;
  if (text == "cosine") return WeightKind::kCosine;
  throw io::UsageError("unknown weight '" + text +
                       "' (expected count, association, jaccard or cosine)");
}

void compute_normalised_weights(Network& network) {
  const double n_units = static_cast<double>(network.corpus.units);
  for (Tie& tie : network.ties) {
    const double c = static_cast<double>(tie.units);
    const double si = static_cast<double>(network.actors.at(tie.a).units);
    const double sj = static_cast<double>(network.actors.at(tie.b).units);
    // van Eck & Waltman (2009), JASIST 60(8): association strength, scaled by
    // N so that 1 means "as often as expected by chance".
    tie.association_strength = (si > 0 && sj > 0) ? n_units * c / (si * sj) : 0.0;
    const double union_size = si + sj - c;
    tie.jaccard = union_size > 0 ? c / union_size : 0.0;
    tie.cosine = (si > 0 && sj > 0) ? c / std::sqrt(si * sj) : 0.0;
  }
}

}  // namespace actornet::network
