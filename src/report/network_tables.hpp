// Tables of the network for papers and spreadsheets:
//   output/dyads.csv            one row per actor pair (every pair, including
//                               pairs that never co-occur, so absence is
//                               explicit): co-occurrence and, when relations
//                               were tagged, the relation scores
//   output/dyads_by_period.csv  relation scores per period and pair
//   output/actors.csv           one row per actor with every centrality
// Column meanings are documented in README, "Outputs".
#pragma once

#include <string>

#include "analysis/bootstrap.hpp"
#include "analysis/centrality.hpp"
#include "analysis/network_measures.hpp"
#include "analysis/periods.hpp"
#include "analysis/relation_scores.hpp"
#include "extract/lexicon.hpp"
#include "network/network.hpp"

namespace actornet::report {

// `scores` (may be null: co-occurrence columns only) must list the same
// actors as the network; `categories` give the per-group and per-category
// columns.
std::string dyads_csv(const network::Network& network, const analysis::RelationScores* scores,
                      const std::vector<extract::Category>& categories);

struct PeriodScores {
  analysis::Period period;
  analysis::RelationScores scores;
};
std::string dyads_by_period_csv(const std::vector<PeriodScores>& periods);
// One row per actor: centralities, community, and for a signed network the
// relation scores, signed degree, PN, path centralities on the chosen layer,
// the frustration camp and the Davis cluster.
std::string actors_csv(const network::Network& network, const analysis::NetworkMeasures& measures);

// output/balance.csv: one row per structural-balance figure (measure, value,
// note). Empty of figures (header only) for an unsigned network.
std::string balance_csv(const analysis::NetworkMeasures& measures);

// output/bootstrap.csv: one row per statistic with its estimate and
// percentile interval (kind, item, measure, estimate, low, high, level,
// defined, replicates, unit, seed).
std::string bootstrap_csv(const analysis::BootstrapResult& result, const std::string& unit);

}  // namespace actornet::report
