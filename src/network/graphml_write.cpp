#include "network/graphml.hpp"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "io/errors.hpp"
#include "network/igraph_graph.hpp"

// Writing GraphML (the format and attributes: graphml.hpp; reading: graphml_read.cpp).
namespace actornet::network {

namespace ig = igraph;

namespace {

// igraph prints doubles with "%.15g": integers below 10^15 survive exactly.
constexpr double kMaxExactInteger = 1e15;

// ---- writing --------------------------------------------------------------

// A FILE* writing into memory (POSIX open_memstream); closed before reading.
class MemoryStream {
 public:
  MemoryStream() : file_(open_memstream(&buffer_, &size_)) {
    if (file_ == nullptr) throw std::runtime_error("open_memstream failed");
  }
  ~MemoryStream() {
    if (file_ != nullptr) std::fclose(file_);
    std::free(buffer_);
  }
  MemoryStream(const MemoryStream&) = delete;
  MemoryStream& operator=(const MemoryStream&) = delete;
  FILE* file() { return file_; }
  std::string take() {
    std::fclose(file_);
    file_ = nullptr;
    return std::string(buffer_, size_);
  }

 private:
  char* buffer_ = nullptr;
  std::size_t size_ = 0;
  FILE* file_;
};

double exact(std::int64_t value, const std::string& what) {
  if (std::llabs(value) >= static_cast<long long>(kMaxExactInteger)) {
    throw io::DataError(io::Location{"<network>", 0, -1},
                        what + " = " + std::to_string(value) +
                            " is too large for GraphML as igraph writes it (15 digits)");
  }
  return static_cast<double>(value);
}

void set_graph_attributes(igraph_t* g, const CorpusSummary& corpus) {
  ig::check(igraph_cattribute_GAN_set(g, "documents", exact(corpus.documents, "documents")),
            "setting graph attribute documents");
  ig::check(igraph_cattribute_GAN_set(g, "units", exact(corpus.units, "units")),
            "setting graph attribute units");
  const std::pair<const char*, const std::string*> strings[] = {
      {"unit", &corpus.unit},
      {"counting", &corpus.counting},
      {"date_min", &corpus.date_min},
      {"date_max", &corpus.date_max},
      {"rules", &corpus.rules}};
  for (const auto& [name, value] : strings) {
    ig::check(igraph_cattribute_GAS_set(g, name, value->c_str()), "setting a graph attribute");
  }
  ig::check(igraph_cattribute_GAB_set(g, "signed_layers", corpus.signed_layers),
            "setting graph attribute signed_layers");
  ig::check(igraph_cattribute_GAS_set(g, "relations_source", corpus.relations_source.c_str()),
            "setting graph attribute relations_source");
}

// The relation scores of one actor, written with the signed layers (igraph
// writes no <data> for the NaN of an undefined stance).
std::vector<std::pair<const char*, double>> actor_scores(const ActorNode& actor) {
  return {{"cooperation_given", actor.cooperation_given},
          {"cooperation_received", actor.cooperation_received},
          {"rivalry_given", actor.rivalry_given},
          {"rivalry_received", actor.rivalry_received},
          {"net_stance", actor.net_stance},
          {"positive_degree", exact(actor.positive_degree, actor.id + " positive_degree")},
          {"negative_degree", exact(actor.negative_degree, actor.id + " negative_degree")}};
}

void set_node_attributes(igraph_t* g, const std::vector<ActorNode>& actors, bool signed_layers) {
  for (std::size_t i = 0; i < actors.size(); ++i) {
    const auto v = static_cast<igraph_integer_t>(i);
    const ActorNode& actor = actors[i];
    ig::check(igraph_cattribute_VAS_set(g, "id", v, actor.id.c_str()), "setting node id");
    ig::check(igraph_cattribute_VAS_set(g, "name", v, actor.name.c_str()), "setting node name");
    ig::check(igraph_cattribute_VAS_set(g, "type", v, actor.type.c_str()), "setting node type");
    ig::check(igraph_cattribute_VAN_set(g, "units", v, exact(actor.units, actor.id + " units")),
              "setting node units");
    ig::check(igraph_cattribute_VAN_set(g, "mentions", v,
                                        exact(actor.mentions, actor.id + " mentions")),
              "setting node mentions");
    if (!signed_layers) continue;
    for (const auto& [name, value] : actor_scores(actor)) {
      ig::check(igraph_cattribute_VAN_set(g, name, v, value), "setting a node relation score");
    }
  }
}

// The signed layers of one tie, checked (signed_layers_problem); igraph
// writes no <data> for the NaN of an undefined net.
std::vector<std::pair<const char*, double>> signed_values(const Network& network, const Tie& tie) {
  const std::string problem = signed_layers_problem(tie);
  if (!problem.empty()) {
    throw io::DataError(io::Location{"<network>", 0, -1},
                        "tie '" + network.actors.at(tie.a).id + "' - '" +
                            network.actors.at(tie.b).id + "': " + problem);
  }
  return {{"cooperation", tie.cooperation},
          {"rivalry", tie.rivalry},
          {"cooperation_count", exact(tie.cooperation_count, "cooperation_count")},
          {"rivalry_count", exact(tie.rivalry_count, "rivalry_count")},
          {"withheld_count", exact(tie.withheld_count, "withheld_count")},
          {"net", tie.net}};
}

void set_edge_attributes(igraph_t* g, const Network& network) {
  for (std::size_t k = 0; k < network.ties.size(); ++k) {
    const auto e = static_cast<igraph_integer_t>(k);
    const Tie& tie = network.ties[k];
    const double count = exact(tie.count, "tie count");
    std::vector<std::pair<const char*, double>> values = {{"count", count},
                                                          {"units", exact(tie.units, "tie units")},
                                                          {"association", tie.association_strength},
                                                          {"jaccard", tie.jaccard},
                                                          {"cosine", tie.cosine},
                                                          {"weight", count}};
    if (network.corpus.signed_layers) {
      for (const auto& value : signed_values(network, tie)) values.push_back(value);
    }
    for (const auto& [name, value] : values) {
      ig::check(igraph_cattribute_EAN_set(g, name, e, value), "setting an edge attribute");
    }
  }
}

}  // namespace

std::string write_graphml(const Network& network) {
  ig::WeightedGraph built = ig::build_weighted_graph(network, WeightKind::kCount);
  igraph_t* graph = built.graph.get();
  set_graph_attributes(graph, network.corpus);
  set_node_attributes(graph, network.actors, network.corpus.signed_layers);
  set_edge_attributes(graph, network);  // edge k is ties[k]: no tie is filtered
  MemoryStream out;
  ig::check(igraph_write_graph_graphml(graph, out.file(), /*prefixattr=*/true),
            "igraph_write_graph_graphml");
  return out.take();
}

}  // namespace actornet::network
