// Smaller networks cut from a network: weak ties dropped, the backbone of each
// actor's strongest ties, a chosen set of actors, an actor's ego network.
//
// Every filter is a pure function returning a new Network that keeps the
// Network invariants: actors in their original order (sorted by id), ties in
// their original order (sorted by (a, b)) with endpoints renumbered when
// actors are dropped, and every kept tie and actor copied unchanged. So the
// actors' units, mentions and relation scores and the ties' normalised weights
// still describe them in the whole corpus (e.g. positive_degree counts ties
// that a filter may have dropped); the CorpusSummary is copied, and the result
// goes through write_graphml / read_graphml like any network.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "network/network.hpp"

namespace actornet::network {

// All actors; the ties whose weight (tie_weight(tie, kind)) is >= threshold.
// A non-finite threshold is io::UsageError.
Network min_weight(const Network& network, WeightKind kind, double threshold);

// All actors; a tie is kept when it is among the k strongest ties of either
// of its endpoints (the union of the actors' top-k lists, so an actor can keep
// more than k ties, but never loses all of its ties when k >= 1). An actor's
// ties are ranked by weight, strongest first; equal weights by the other
// endpoint's id, smaller first, so the result is deterministic. A tie of
// weight 0 is ranked like any other; drop such ties first with min_weight.
// k = 0 is io::UsageError.
Network top_k_ties(const Network& network, WeightKind kind, std::size_t k);

// The listed actors (each id once or more, in any order) and the ties among
// them. An id not in the network is io::UsageError naming it. An empty list
// gives a network with no actors.
Network subset(const Network& network, const std::vector<std::string>& ids);

// The actor `id`, every actor within `radius` steps of it along ties (any tie,
// whatever its weight: a tie of count 0 that only signed layers carry is a
// step too), and all ties among them. radius 0 is the actor alone. An unknown
// id or a negative radius is io::UsageError.
Network ego_network(const Network& network, const std::string& id, int radius = 1);

}  // namespace actornet::network
