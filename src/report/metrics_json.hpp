// output/metrics.json: every measure of a run in one machine-readable file.
// Field names are stable and documented in README ("output/metrics.json");
// a new field may be added, an existing one is never renamed. Numbers that
// are undefined (NaN) are written as null. Objects keep a fixed field order,
// so the file is byte-identical for the same inputs.
#pragma once

#include <string>

#include "analysis/bootstrap.hpp"
#include "analysis/network_measures.hpp"
#include "analysis/period_measures.hpp"
#include "network/network.hpp"

namespace actornet::report {

struct MetricsInput {
  const network::Network* network = nullptr;            // required
  const analysis::NetworkMeasures* measures = nullptr;   // required
  std::string network_source;  // the file the network was read from
  const analysis::BootstrapResult* bootstrap = nullptr;  // optional
  const analysis::PeriodAnalysis* periods = nullptr;     // optional
};

std::string metrics_json(const MetricsInput& input);

}  // namespace actornet::report
