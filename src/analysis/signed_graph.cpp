#include "analysis/signed_graph.hpp"

namespace actornet::analysis {

SignedGraph signed_graph_of(const network::Network& network, network::WeightKind weight) {
  SignedGraph g;
  for (const network::ActorNode& a : network.actors) g.nodes.push_back(a.id);
  for (const network::Tie& t : network.ties) {
    if (t.sign() == 0) continue;
    g.edges.push_back({t.a, t.b, t.sign(), network::tie_weight(t, weight)});
  }
  return g;
}

}  // namespace actornet::analysis
