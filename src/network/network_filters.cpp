#include "network/network_filters.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "io/errors.hpp"

namespace actornet::network {
namespace {

// The network with the actors whose `keep` flag is set and the ties among
// them for which `keep_tie(k)` holds; order preserved, endpoints renumbered.
template <typename KeepTie>
Network induced(const Network& network, const std::vector<bool>& keep, KeepTie keep_tie) {
  Network out;
  out.corpus = network.corpus;
  constexpr std::size_t kDropped = static_cast<std::size_t>(-1);
  std::vector<std::size_t> position(network.actors.size(), kDropped);
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    if (!keep[i]) continue;
    position[i] = out.actors.size();
    out.actors.push_back(network.actors[i]);
  }
  for (std::size_t k = 0; k < network.ties.size(); ++k) {
    const Tie& tie = network.ties[k];
    if (position.at(tie.a) == kDropped || position.at(tie.b) == kDropped || !keep_tie(k)) continue;
    Tie copy = tie;
    copy.a = position[tie.a];
    copy.b = position[tie.b];
    out.ties.push_back(copy);
  }
  return out;
}

// Actor index by id; index_of throws io::UsageError for an unknown id.
class ActorIndex {
 public:
  explicit ActorIndex(const Network& network) {
    for (std::size_t i = 0; i < network.actors.size(); ++i) index_.emplace(network.actors[i].id, i);
  }
  std::size_t index_of(const std::string& id) const {
    const auto found = index_.find(id);
    if (found == index_.end()) throw io::UsageError("unknown actor '" + id + "' (not in the network)");
    return found->second;
  }

 private:
  std::map<std::string, std::size_t> index_;
};

}  // namespace

Network min_weight(const Network& network, WeightKind kind, double threshold) {
  if (!std::isfinite(threshold)) {
    throw io::UsageError("minimum tie weight must be a finite number");
  }
  const std::vector<bool> all(network.actors.size(), true);
  return induced(network, all, [&](std::size_t k) {
    return tie_weight(network.ties[k], kind) >= threshold;
  });
}

Network top_k_ties(const Network& network, WeightKind kind, std::size_t k) {
  if (k == 0) throw io::UsageError("the number of strongest ties per actor must be at least 1");
  // Per actor: (tie index, other endpoint) of its ties.
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> incident(network.actors.size());
  for (std::size_t t = 0; t < network.ties.size(); ++t) {
    incident.at(network.ties[t].a).push_back({t, network.ties[t].b});
    incident.at(network.ties[t].b).push_back({t, network.ties[t].a});
  }
  std::vector<bool> keep_tie(network.ties.size(), false);
  for (auto& ties : incident) {
    std::sort(ties.begin(), ties.end(), [&](const auto& x, const auto& y) {
      const double wx = tie_weight(network.ties[x.first], kind);
      const double wy = tie_weight(network.ties[y.first], kind);
      if (wx != wy) return wx > wy;
      return network.actors[x.second].id < network.actors[y.second].id;
    });
    for (std::size_t r = 0; r < std::min(k, ties.size()); ++r) keep_tie[ties[r].first] = true;
  }
  const std::vector<bool> all(network.actors.size(), true);
  return induced(network, all, [&](std::size_t t) { return keep_tie[t]; });
}

Network subset(const Network& network, const std::vector<std::string>& ids) {
  const ActorIndex index(network);
  std::vector<bool> keep(network.actors.size(), false);
  for (const std::string& id : ids) keep[index.index_of(id)] = true;
  return induced(network, keep, [](std::size_t) { return true; });
}

Network ego_network(const Network& network, const std::string& id, int radius) {
  const std::size_t ego = ActorIndex(network).index_of(id);
  if (radius < 0) {
    throw io::UsageError("ego-network radius must be 0 or more, not " + std::to_string(radius));
  }
  std::vector<std::vector<std::size_t>> neighbours(network.actors.size());
  for (const Tie& tie : network.ties) {
    neighbours.at(tie.a).push_back(tie.b);
    neighbours.at(tie.b).push_back(tie.a);
  }
  // Breadth-first search, one ring of actors per step.
  std::vector<bool> keep(network.actors.size(), false);
  keep[ego] = true;
  std::vector<std::size_t> ring = {ego};
  for (int step = 0; step < radius && !ring.empty(); ++step) {
    std::vector<std::size_t> next;
    for (const std::size_t v : ring) {
      for (const std::size_t u : neighbours[v]) {
        if (!keep[u]) {
          keep[u] = true;
          next.push_back(u);
        }
      }
    }
    ring = std::move(next);
  }
  return induced(network, keep, [](std::size_t) { return true; });
}

}  // namespace actornet::network
