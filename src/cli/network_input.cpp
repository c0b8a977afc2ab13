#include "cli/network_input.hpp"

#include <filesystem>

#include "io/errors.hpp"
#include "network/edge_list.hpp"
#include "network/graphml.hpp"
#include "network/network_filters.hpp"

namespace actornet::cli {

void add_network_input_options(CLI::App& app, NetworkInput& s) {
  app.add_option("--network", s.file,
                 "Network to read instead of graphs/network.graphml: GraphML, or an edge-list CSV "
                 "(source,target and optional weight,sign,period,directed columns)");
  app.add_option("--period", s.period, "With an edge list that has a period column: use only this period");
  app.add_option("--min-weight", s.min_weight, "Keep only ties whose weight is at least this")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("--top-k", s.top_k, "Keep each actor's K strongest ties (0: all)")->capture_default_str();
  app.add_option("--actors", s.actors, "Keep only these actors (ids, repeatable or comma-separated)")
      ->delimiter(',');
  app.add_option("--ego", s.ego, "Keep only this actor's ego network (the actor, its neighbours, their ties)");
  app.add_option("--ego-radius", s.ego_radius, "Steps from the ego actor")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

network::Network load_network(const Paths& paths, const NetworkInput& in, network::WeightKind weight,
                              std::string& source) {
  source = in.file.empty() ? paths.graphml() : in.file;
  const std::string ext = std::filesystem::path(source).extension().string();
  network::Network net;
  if (ext == ".graphml" || ext == ".xml") {
    if (!in.period.empty()) throw io::UsageError("--period applies to edge-list CSV files only");
    net = network::read_graphml(source);
  } else {
    net = in.period.empty() ? network::read_edge_list(source) : network::read_edge_list(source, in.period);
  }
  if (!in.actors.empty()) net = network::subset(net, in.actors);
  if (!in.ego.empty()) net = network::ego_network(net, in.ego, in.ego_radius);
  if (in.min_weight > 0.0) net = network::min_weight(net, weight, in.min_weight);
  if (in.top_k > 0) net = network::top_k_ties(net, weight, in.top_k);
  return net;
}

}  // namespace actornet::cli
