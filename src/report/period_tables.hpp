// Per-period measures and their changes:
//   output/period_metrics.csv  period, kind (actor | network), item, measure, value
//   output/period_changes.csv  from, to, kind (tie | actor), item, measure, before, after, change, note
#pragma once

#include <string>

#include "analysis/period_measures.hpp"

namespace actornet::report {

std::string periods_csv(const analysis::PeriodAnalysis& analysis);
std::string period_changes_csv(const analysis::PeriodAnalysis& analysis);

}  // namespace actornet::report
