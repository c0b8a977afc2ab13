#include "network/build_network.hpp"

namespace actornet::network {

Network build_network(const extract::Tally& tally) {
  Network net;
  for (std::size_t i = 0; i < tally.actors.size(); ++i) {
    const extract::Actor& a = tally.actors[i];
    net.actors.push_back({a.id, a.name, a.type, tally.actor_units[i], tally.actor_mentions[i]});
  }
  for (const auto& [key, counts] : tally.pairs) {  // std::map: sorted by (a, b)
    if (counts.units <= 0) continue;
    Tie tie;
    tie.a = static_cast<std::size_t>(key.first);
    tie.b = static_cast<std::size_t>(key.second);
    tie.count = counts.count;
    tie.units = counts.units;
    net.ties.push_back(tie);
  }
  net.corpus.documents = tally.documents;
  net.corpus.units = tally.units;
  net.corpus.unit = tally.unit;
  net.corpus.counting = tally.counting;
  net.corpus.date_min = tally.date_min;
  net.corpus.date_max = tally.date_max;
  net.corpus.rules = tally.rules;
  compute_normalised_weights(net);
  return net;
}

}  // namespace actornet::network
