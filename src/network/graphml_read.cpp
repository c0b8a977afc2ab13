#include "network/graphml.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iomanip>
#include <map>
#include <numeric>
#include <sstream>
#include <tuple>

#include "io/errors.hpp"
#include "network/igraph_graph.hpp"

// Reading GraphML back (writing: graphml_write.cpp).
namespace actornet::network {

namespace ig = igraph;

namespace {

// Agreement required between a normalised weight in a file (15 digits) and
// the value recomputed from the file's counts.
constexpr double kRelativeTolerance = 1e-12;
// igraph's reader warns with this when the file has its own "id" node data,
// which then takes the place of the XML node ids (igraph 0.10 graphml.c).
constexpr const char* kIdDataWarning = "already an 'id' vertex attribute";
// Edge attributes required when the network has signed layers ('net' is
// optional: absent means undefined everywhere).
constexpr const char* kSignedEdgeAttributes[] = {"cooperation", "rivalry", "cooperation_count",
                                                 "rivalry_count", "withheld_count"};
// Agreement required between a file's net score and (C - R) / (C + R) from
// its 15-digit C and R: rounding moves the quotient by about 1e-15.
constexpr double kNetTolerance = 1e-12;

std::string format_number(double value) {
  std::ostringstream out;
  out << std::setprecision(17) << value;
  return out.str();
}

// ---- reading --------------------------------------------------------------

io::DataError parse_failure(const std::string& path, const std::string& message) {
  // igraph's XML errors start with "Line N: "; the line goes into Location.
  io::Location where{path, 0, -1};
  std::string text = message;
  unsigned long line = 0;
  int consumed = 0;
  if (std::sscanf(text.c_str(), "Line %lu: %n", &line, &consumed) == 1 && consumed > 0) {
    where.line = line;
    text = text.substr(static_cast<std::size_t>(consumed));
  }
  return io::DataError(where, "not readable as GraphML: " + text);
}

// Attribute names and types of one graph, per domain.
struct AttributeCatalog {
  std::map<std::string, igraph_integer_t> graph, node, edge;
};

AttributeCatalog list_attributes(const ig::Graph& graph) {
  ig::StringVector g_names, v_names, e_names;
  ig::IntVector g_types, v_types, e_types;
  ig::check(igraph_cattribute_list(graph.get(), g_names.get(), g_types.get(), v_names.get(),
                                   v_types.get(), e_names.get(), e_types.get()),
            "igraph_cattribute_list");
  AttributeCatalog catalog;
  const auto fill = [](auto& out, const ig::StringVector& names, const ig::IntVector& types) {
    for (igraph_integer_t i = 0; i < names.size(); ++i) out[names.at(i)] = types[i];
  };
  fill(catalog.graph, g_names, g_types);
  fill(catalog.node, v_names, v_types);
  fill(catalog.edge, e_names, e_types);
  return catalog;
}

class Reader {
 public:
  Reader(std::string path, const ig::Graph& graph)
      : path_(std::move(path)), graph_(graph.get()), catalog_(list_attributes(graph)) {}

  [[noreturn]] void fail(const std::string& message) const {
    throw io::DataError(io::Location{path_, 0, -1}, message);
  }

  void require(const std::map<std::string, igraph_integer_t>& domain, const char* kind,
               const char* name, igraph_attribute_type_t type) const {
    const auto found = domain.find(name);
    if (found == domain.end()) {
      fail(std::string("missing ") + kind + " attribute '" + name + "'");
    }
    if (found->second != type) {
      fail(std::string(kind) + " attribute '" + name + "' must be " +
           (type == IGRAPH_ATTRIBUTE_NUMERIC   ? "numeric (attr.type double, float, int or long)"
            : type == IGRAPH_ATTRIBUTE_BOOLEAN ? "a boolean (attr.type boolean)"
                                               : "a string (attr.type string)"));
    }
  }

  // A non-negative integer stored as a double.
  std::int64_t count(double value, const std::string& what) const {
    if (std::isnan(value)) fail(what + " is missing");
    if (!(value >= 0) || value != std::floor(value) || value >= 9007199254740992.0) {
      fail(what + " must be a non-negative integer, got " + format_number(value));
    }
    return static_cast<std::int64_t>(value);
  }

  double real(double value, const std::string& what) const {
    if (!std::isfinite(value)) fail(what + " is missing or not finite");
    return value;
  }

  CorpusSummary corpus() const {
    for (const char* name : {"documents", "units"}) {
      require(catalog_.graph, "graph", name, IGRAPH_ATTRIBUTE_NUMERIC);
    }
    for (const char* name : {"unit", "counting", "date_min", "date_max"}) {
      require(catalog_.graph, "graph", name, IGRAPH_ATTRIBUTE_STRING);
    }
    CorpusSummary corpus;
    corpus.documents = count(GAN(graph_, "documents"), "graph attribute 'documents'");
    corpus.units = count(GAN(graph_, "units"), "graph attribute 'units'");
    corpus.unit = GAS(graph_, "unit");
    corpus.counting = GAS(graph_, "counting");
    corpus.date_min = GAS(graph_, "date_min");
    corpus.date_max = GAS(graph_, "date_max");
    // Optional: networks made by other tools do not say how text was cleaned.
    const auto rules = catalog_.graph.find("rules");
    if (rules != catalog_.graph.end() && rules->second == IGRAPH_ATTRIBUTE_STRING) {
      corpus.rules = GAS(graph_, "rules");
    }
    read_relation_attributes(corpus);
    return corpus;
  }

  // Optional signed-layer attributes: without signed_layers, the network has
  // signed layers exactly when its edges carry 'cooperation'.
  void read_relation_attributes(CorpusSummary& corpus) const {
    const bool edges_signed = catalog_.edge.count("cooperation") != 0;
    if (catalog_.graph.count("signed_layers") != 0) {
      require(catalog_.graph, "graph", "signed_layers", IGRAPH_ATTRIBUTE_BOOLEAN);
      corpus.signed_layers = GAB(graph_, "signed_layers");
      if (!corpus.signed_layers && edges_signed) {
        fail("edges carry 'cooperation' but graph attribute 'signed_layers' is false");
      }
    } else {
      corpus.signed_layers = edges_signed;
    }
    if (catalog_.graph.count("relations_source") != 0) {
      require(catalog_.graph, "graph", "relations_source", IGRAPH_ATTRIBUTE_STRING);
      corpus.relations_source = GAS(graph_, "relations_source");
      const std::string& source = corpus.relations_source;
      if (source != "" && source != "auto" && source != "curated" && source != "both") {
        fail("graph attribute 'relations_source' must be auto, curated, both or empty, got '" +
             source + "'");
      }
    }
  }

  // Actors in file order.
  std::vector<ActorNode> actors(bool id_data_declared) const {
    const igraph_integer_t n = igraph_vcount(graph_);
    std::vector<ActorNode> out;
    if (n == 0) return out;
    if (!id_data_declared) fail("nodes carry no 'id' data (<key for=\"node\" attr.name=\"id\">)");
    for (const char* name : {"id", "name", "type"}) {
      require(catalog_.node, "node", name, IGRAPH_ATTRIBUTE_STRING);
    }
    for (const char* name : {"units", "mentions"}) {
      require(catalog_.node, "node", name, IGRAPH_ATTRIBUTE_NUMERIC);
    }
    for (igraph_integer_t v = 0; v < n; ++v) {
      ActorNode actor;
      actor.id = VAS(graph_, "id", v);
      const std::string which = "node " + std::to_string(v + 1) + " ('" + actor.id + "')";
      if (actor.id.empty()) {
        fail("node " + std::to_string(v + 1) +
             " has no id (an edge naming an undeclared node creates such a node)");
      }
      actor.name = VAS(graph_, "name", v);
      actor.type = VAS(graph_, "type", v);
      actor.units = count(VAN(graph_, "units", v), which + " units");
      actor.mentions = count(VAN(graph_, "mentions", v), which + " mentions");
      read_actor_scores(v, which, actor);
      out.push_back(std::move(actor));
    }
    return out;
  }

  // Optional relation scores of a node (absent in unsigned networks and in
  // files from other tools; an absent net_stance is undefined).
  void read_actor_scores(igraph_integer_t v, const std::string& which, ActorNode& actor) const {
    auto numeric = [this](const char* name) {
      const auto found = catalog_.node.find(name);
      return found != catalog_.node.end() && found->second == IGRAPH_ATTRIBUTE_NUMERIC;
    };
    if (numeric("cooperation_given")) actor.cooperation_given = VAN(graph_, "cooperation_given", v);
    if (numeric("cooperation_received")) actor.cooperation_received = VAN(graph_, "cooperation_received", v);
    if (numeric("rivalry_given")) actor.rivalry_given = VAN(graph_, "rivalry_given", v);
    if (numeric("rivalry_received")) actor.rivalry_received = VAN(graph_, "rivalry_received", v);
    if (numeric("net_stance")) actor.net_stance = VAN(graph_, "net_stance", v);
    if (numeric("positive_degree")) actor.positive_degree = count(VAN(graph_, "positive_degree", v), which + " positive_degree");
    if (numeric("negative_degree")) actor.negative_degree = count(VAN(graph_, "negative_degree", v), which + " negative_degree");
  }

  // Ties in file order, endpoints as file vertex numbers, a < b.
  std::vector<Tie> ties(const std::vector<ActorNode>& file_actors, bool signed_layers) const {
    const igraph_integer_t m = igraph_ecount(graph_);
    std::vector<Tie> out;
    if (m == 0) return out;
    for (const char* name : {"count", "units", "association", "jaccard", "cosine"}) {
      require(catalog_.edge, "edge", name, IGRAPH_ATTRIBUTE_NUMERIC);
    }
    if (signed_layers) {
      for (const char* name : kSignedEdgeAttributes) {
        require(catalog_.edge, "edge", name, IGRAPH_ATTRIBUTE_NUMERIC);
      }
    }
    for (igraph_integer_t e = 0; e < m; ++e) {
      const auto from = static_cast<std::size_t>(IGRAPH_FROM(graph_, e));
      const auto to = static_cast<std::size_t>(IGRAPH_TO(graph_, e));
      const std::string which = "edge " + std::to_string(e + 1) + " ('" +
                                file_actors[from].id + "' - '" + file_actors[to].id + "')";
      if (from == to) fail(which + " is a self-loop");
      Tie tie;
      tie.a = std::min(from, to);
      tie.b = std::max(from, to);
      tie.count = count(EAN(graph_, "count", e), which + " count");
      tie.units = count(EAN(graph_, "units", e), which + " units");
      tie.association_strength = real(EAN(graph_, "association", e), which + " association");
      tie.jaccard = real(EAN(graph_, "jaccard", e), which + " jaccard");
      tie.cosine = real(EAN(graph_, "cosine", e), which + " cosine");
      if (signed_layers) read_signed_layers(e, which, tie);
      out.push_back(tie);
    }
    return out;
  }

  // An absent net (no <data>, as igraph writes NaN) is undefined; the values
  // are kept as the file has them, after checking their consistency.
  void read_signed_layers(igraph_integer_t e, const std::string& which, Tie& tie) const {
    tie.cooperation = real(EAN(graph_, "cooperation", e), which + " cooperation");
    tie.rivalry = real(EAN(graph_, "rivalry", e), which + " rivalry");
    tie.cooperation_count =
        count(EAN(graph_, "cooperation_count", e), which + " cooperation_count");
    tie.rivalry_count = count(EAN(graph_, "rivalry_count", e), which + " rivalry_count");
    tie.withheld_count = count(EAN(graph_, "withheld_count", e), which + " withheld_count");
    if (catalog_.edge.count("net") != 0) {
      require(catalog_.edge, "edge", "net", IGRAPH_ATTRIBUTE_NUMERIC);
      tie.net = EAN(graph_, "net", e);
    }
    const std::string problem = signed_layers_problem(tie, kNetTolerance);
    if (!problem.empty()) fail(which + ": " + problem);
  }

 private:
  std::string path_;
  const igraph_t* graph_;
  AttributeCatalog catalog_;
};

// Sorts actors by id and ties by (a, b), remapping tie endpoints; rejects
// duplicate ids and repeated pairs.
void normalise_order(Network& network, const Reader& reader) {
  std::vector<std::size_t> order(network.actors.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return network.actors[x].id < network.actors[y].id;
  });
  std::vector<std::size_t> position(order.size());
  std::vector<ActorNode> sorted;
  for (std::size_t i = 0; i < order.size(); ++i) {
    position[order[i]] = i;
    sorted.push_back(network.actors[order[i]]);
    if (i > 0 && sorted[i].id == sorted[i - 1].id) {
      reader.fail("two nodes have the id '" + sorted[i].id + "'");
    }
  }
  network.actors = std::move(sorted);
  for (Tie& tie : network.ties) {
    const std::size_t a = position[tie.a], b = position[tie.b];
    tie.a = std::min(a, b);
    tie.b = std::max(a, b);
  }
  std::stable_sort(network.ties.begin(), network.ties.end(), [](const Tie& x, const Tie& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  for (std::size_t k = 1; k < network.ties.size(); ++k) {
    const Tie& tie = network.ties[k];
    if (tie.a == network.ties[k - 1].a && tie.b == network.ties[k - 1].b) {
      reader.fail("more than one edge joins '" + network.actors[tie.a].id + "' and '" +
                  network.actors[tie.b].id + "'");
    }
  }
}

// Replaces the 15-digit normalised weights by the exact values recomputed
// from the counts, after checking that they agree.
void restore_normalised_weights(Network& network, const Reader& reader) {
  Network exact_weights = network;
  compute_normalised_weights(exact_weights);
  for (std::size_t k = 0; k < network.ties.size(); ++k) {
    const Tie& in_file = network.ties[k];
    const Tie& exact = exact_weights.ties[k];
    const std::tuple<const char*, double, double> values[] = {
        {"association", in_file.association_strength, exact.association_strength},
        {"jaccard", in_file.jaccard, exact.jaccard},
        {"cosine", in_file.cosine, exact.cosine}};
    for (const auto& [name, file_value, exact_value] : values) {
      if (std::abs(file_value - exact_value) > kRelativeTolerance * std::abs(exact_value)) {
        reader.fail("edge '" + network.actors[in_file.a].id + "' - '" +
                    network.actors[in_file.b].id + "': " + name + " " +
                    format_number(file_value) + " disagrees with " +
                    format_number(exact_value) +
                    " computed from the node and edge units and the graph's units");
      }
    }
  }
  network.ties = std::move(exact_weights.ties);
}


}  // namespace

Network read_graphml(const std::string& path) {
  ig::ensure_initialised();
  FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    throw io::DataError(io::Location{path, 0, -1},
                        std::string("cannot open GraphML file: ") + std::strerror(errno));
  }
  ig::take_warnings();
  igraph_t raw;
  const igraph_error_t code = igraph_read_graph_graphml(&raw, file, /*index=*/0);
  std::fclose(file);
  const std::vector<std::string> warnings = ig::take_warnings();
  if (code != IGRAPH_SUCCESS) throw parse_failure(path, ig::describe_failure(code));
  const ig::Graph graph = ig::Graph::adopt(raw);

  const bool id_data_declared =
      std::any_of(warnings.begin(), warnings.end(), [](const std::string& warning) {
        return warning.find(kIdDataWarning) != std::string::npos;
      });
  const Reader reader(path, graph);
  Network network;
  network.corpus = reader.corpus();
  network.actors = reader.actors(id_data_declared);
  network.ties = reader.ties(network.actors, network.corpus.signed_layers);
  normalise_order(network, reader);
  restore_normalised_weights(network, reader);
  return network;
}

}  // namespace actornet::network
