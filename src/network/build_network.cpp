#include "network/build_network.hpp"

#include <algorithm>
#include <map>

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

void add_signed_layers(Network& net, const analysis::RelationScores& scores, const std::string& source) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < net.actors.size(); ++i) index[net.actors[i].id] = i;
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> tie_of;
  for (std::size_t t = 0; t < net.ties.size(); ++t) tie_of[{net.ties[t].a, net.ties[t].b}] = t;
  for (const analysis::DyadScore& d : scores.dyads) {
    const std::size_t a = index.at(d.a);
    const std::size_t b = index.at(d.b);
    const bool any = d.cooperation_count + d.rivalry_count + d.withheld_count > 0;
    auto it = tie_of.find({a, b});
    if (it == tie_of.end()) {
      if (!any) continue;
      Tie tie;
      tie.a = a;
      tie.b = b;
      net.ties.push_back(tie);
      it = tie_of.emplace(std::make_pair(a, b), net.ties.size() - 1).first;
    }
    Tie& tie = net.ties[it->second];
    tie.cooperation = d.cooperation;
    tie.rivalry = d.rivalry;
    tie.cooperation_count = d.cooperation_count;
    tie.rivalry_count = d.rivalry_count;
    tie.withheld_count = d.withheld_count;
    tie.net = d.net;
  }
  for (const analysis::ActorScore& s : scores.actors) {
    ActorNode& actor = net.actors.at(index.at(s.id));
    actor.cooperation_given = s.cooperation_given;
    actor.cooperation_received = s.cooperation_received;
    actor.rivalry_given = s.rivalry_given;
    actor.rivalry_received = s.rivalry_received;
    actor.net_stance = s.net_stance;
    actor.positive_degree = s.positive_degree;
    actor.negative_degree = s.negative_degree;
  }
  std::sort(net.ties.begin(), net.ties.end(),
            [](const Tie& x, const Tie& y) { return std::make_pair(x.a, x.b) < std::make_pair(y.a, y.b); });
  net.corpus.signed_layers = true;
  net.corpus.relations_source = source;
}

}  // namespace actornet::network
