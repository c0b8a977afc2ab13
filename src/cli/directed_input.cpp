#include "cli/directed_input.hpp"

#include <cmath>
#include <filesystem>
#include <map>

#include "analysis/relation_selection.hpp"
#include "network/edge_list.hpp"
#include "report/relations_csv.hpp"

namespace actornet::cli {

std::optional<analysis::DirectedEdges> read_directed_edges(const Paths& paths, const NetworkInput& input,
                                                           const network::Network& base) {
  analysis::DirectedEdges out;
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < base.actors.size(); ++i) {
    out.nodes.push_back(base.actors[i].id);
    index[base.actors[i].id] = i;
  }
  if (input.file.empty()) {
    if (!std::filesystem::exists(paths.relations_csv()) || !base.corpus.signed_layers) return std::nullopt;
    const analysis::RelationMode mode = analysis::relation_mode_of(base.corpus.relations_source);
    analysis::RelationSelector selector(mode, [&](const extract::Relation& r) {
      const bool scored = r.polarity == extract::Polarity::kCooperation || r.polarity == extract::Polarity::kRivalry;
      auto a = index.find(r.source);
      auto b = index.find(r.target);
      if (!r.directed || !scored || a == index.end() || b == index.end()) return;
      out.edges.push_back({a->second, b->second, r.confidence * std::fabs(r.intensity)});
    });
    report::for_each_relation(paths.relations_csv(), [&selector](const extract::Relation& r) { selector.add(r); });
    selector.finish();
  } else {
    const std::string ext = std::filesystem::path(input.file).extension().string();
    if (ext == ".graphml" || ext == ".xml") return std::nullopt;
    const network::EdgeListData data = network::read_edge_list_data(
        input.file, input.period.empty() ? std::nullopt : std::optional<std::string>(input.period));
    for (const network::DirectedEdge& e : data.directed_edges) {
      auto a = index.find(data.network.actors.at(e.source).id);
      auto b = index.find(data.network.actors.at(e.target).id);
      if (a == index.end() || b == index.end()) continue;
      out.edges.push_back({a->second, b->second, static_cast<double>(e.weight)});
    }
  }
  if (out.edges.empty()) return std::nullopt;
  return out;
}

}  // namespace actornet::cli
