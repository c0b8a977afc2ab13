#include "network/network.hpp"

#include <charconv>
#include <cmath>

#include "io/errors.hpp"

namespace actornet::network {

double tie_weight(const Tie& tie, WeightKind kind) {
  switch (kind) {
    case WeightKind::kCount: return static_cast<double>(tie.count);
    case WeightKind::kAssociationStrength: return tie.association_strength;
    case WeightKind::kJaccard: return tie.jaccard;
    case WeightKind::kCosine: return tie.cosine;
    case WeightKind::kCooperation: return tie.cooperation;
    case WeightKind::kRivalry: return tie.rivalry;
  }
  return 0.0;
}

std::string to_string(WeightKind kind) {
  switch (kind) {
    case WeightKind::kCount: return "count";
    case WeightKind::kAssociationStrength: return "association";
    case WeightKind::kJaccard: return "jaccard";
    case WeightKind::kCosine: return "cosine";
    case WeightKind::kCooperation: return "cooperation";
    case WeightKind::kRivalry: return "rivalry";
  }
  return "count";
}

WeightKind parse_weight_kind(const std::string& text) {
  if (text == "count") return WeightKind::kCount;
  if (text == "association") return WeightKind::kAssociationStrength;
  if (text == "jaccard") return WeightKind::kJaccard;
  if (text == "cosine") return WeightKind::kCosine;
  if (text == "cooperation") return WeightKind::kCooperation;
  if (text == "rivalry") return WeightKind::kRivalry;
  throw io::UsageError("unknown weight '" + text +
                       "' (expected count, association, jaccard, cosine, cooperation or rivalry)");
}

double net_score(double cooperation, double rivalry) {
  const double total = cooperation + rivalry;
  return total != 0 ? (cooperation - rivalry) / total : std::numeric_limits<double>::quiet_NaN();
}

std::string signed_layers_problem(const Tie& tie, double tolerance) {
  const auto number = [](double value) {  // shortest text that reads back as `value`
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
  };
  for (const auto& [name, value] :
       {std::pair<const char*, double>{"cooperation", tie.cooperation}, {"rivalry", tie.rivalry}}) {
    if (!std::isfinite(value) || value < 0) {
      return std::string(name) + " must be finite and >= 0, got " + number(value);
    }
  }
  for (const auto& [name, value] :
       {std::pair<const char*, std::int64_t>{"cooperation_count", tie.cooperation_count},
        {"rivalry_count", tie.rivalry_count},
        {"withheld_count", tie.withheld_count}}) {
    if (value < 0) return std::string(name) + " must be >= 0, got " + std::to_string(value);
  }
  const double expected = net_score(tie.cooperation, tie.rivalry);
  if (std::isnan(expected) != std::isnan(tie.net)) {
    return std::isnan(tie.net)
               ? "net is undefined although cooperation + rivalry > 0"
               : "net " + number(tie.net) +
                     " given although cooperation + rivalry = 0 (must be undefined)";
  }
  if (!std::isnan(expected) && !(std::abs(tie.net - expected) <= tolerance)) {
    return "net " + number(tie.net) + " disagrees with (C - R) / (C + R) = " + number(expected);
  }
  return "";
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
