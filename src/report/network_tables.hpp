// Tables of the network for papers and spreadsheets:
//   output/dyads.csv   one row per actor pair (every pair, including pairs
//                      that never co-occur, so absence is explicit)
//   output/actors.csv  one row per actor with every centrality
// Column meanings are documented in README, "Outputs".
#pragma once

#include <string>

#include "analysis/centrality.hpp"
#include "network/network.hpp"

namespace actornet::report {

std::string dyads_csv(const network::Network& network);
std::string actors_csv(const network::Network& network, const analysis::CentralityResult& result);

}  // namespace actornet::report
