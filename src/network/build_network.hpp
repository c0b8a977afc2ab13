// From the merged extraction tally to the network: one node per gazetteer
// actor (actors never mentioned stay in, as isolates, so the map always shows
// the whole actor set), one tie per pair that co-occurs at least once.
#pragma once

#include "analysis/relation_scores.hpp"
#include "extract/tally.hpp"
#include "network/network.hpp"

namespace actornet::network {

Network build_network(const extract::Tally& tally);

// Fills the ties' signed layers from relation scores (every dyad with a
// cooperation, rivalry or withheld relation; a pair without co-occurrence
// gets a tie of count 0), sets corpus.signed_layers and relations_source.
// `scores` must list the network's actors.
void add_signed_layers(Network& network, const analysis::RelationScores& scores, const std::string& source);

}  // namespace actornet::network
