// output/methods.md: how the numbers were computed, generated from the
// network's provenance and the options actually used, ready to paste into a
// paper's methods section.
#pragma once

#include <string>

#include "analysis/centrality.hpp"
#include "network/network.hpp"

namespace actornet::report {

std::string methods_note(const network::Network& network, const analysis::CentralityResult& result);

}  // namespace actornet::report
