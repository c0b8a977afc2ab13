// output/methods.md: how the numbers were computed, generated from the
// network's provenance and the options actually used, ready to paste into a
// paper's methods section.
#pragma once

#include <string>

#include "analysis/bootstrap.hpp"
#include "analysis/network_measures.hpp"
#include "network/network.hpp"

namespace actornet::report {

// What the note needs beyond the network and the measures.
struct MethodsContext {
  std::string network_source;     // the file the measures were computed on
  std::string input_fingerprint;  // tally.csv's `inputs` (manifest, gazetteer, lexicon, ...); may be empty
  std::string content_hash;       // tally.csv's `content_hash` (the documents' contents); may be empty
  std::string layer;              // "positive" or "absolute"
  std::size_t clusters = 3;
  std::uint64_t seed = 1;         // communities and heuristic searches
  const analysis::BootstrapResult* bootstrap = nullptr;
  std::string bootstrap_unit;
};

std::string methods_note(const network::Network& network, const analysis::NetworkMeasures& measures,
                         const MethodsContext& context);

}  // namespace actornet::report
