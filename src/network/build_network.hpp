// From the merged extraction tally to the network: one node per gazetteer
// actor (actors never mentioned stay in, as isolates, so the map always shows
// the whole actor set), one tie per pair that co-occurs at least once.
#pragma once

#include "extract/tally.hpp"
#include "network/network.hpp"

namespace actornet::network {

Network build_network(const extract::Tally& tally);

}  // namespace actornet::network
