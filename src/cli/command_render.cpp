// `actornet render`: graphs/network.graphml + output/actors.csv ->
// output/network.svg, graphs/network.dot.
#include <charconv>
#include <iostream>
#include <system_error>

#include "cli/command.hpp"
#include "cli/stages.hpp"
#include "io/atomic_file.hpp"
#include "io/csv_reader.hpp"
#include "network/graphml.hpp"
#include "render/svg_map.hpp"

namespace actornet::cli {

namespace {

// The chosen centrality column of output/actors.csv, in network actor order.
std::vector<double> node_sizes(const Paths& paths, const network::Network& net,
                               const std::string& column) {
  const io::CsvTable table = io::CsvTable::read_file(paths.actors_table_csv());
  const std::size_t c_actor = table.require("actor");
  const std::size_t c_value = table.require(column);
  std::vector<double> values(net.actors.size(), 0.0);
  std::vector<bool> seen(net.actors.size(), false);
  for (const io::CsvRecord& row : table.rows()) {
    std::size_t i = 0;
    while (i < net.actors.size() && net.actors[i].id != row.fields[c_actor]) ++i;
    if (i == net.actors.size()) {
      throw io::DataError(table.where(row), "actor '" + row.fields[c_actor] + "' is not in " +
                                                paths.graphml() + " (re-run `actornet metrics`)");
    }
    // std::from_chars reads the C locale's form whatever the global locale
    // (std::stod would want "0,5" under a German LC_NUMERIC), and must
    // consume the whole field ("0.5x" is not a number).
    const std::string& field = row.fields[c_value];
    const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), values[i]);
    if (error != std::errc() || end != field.data() + field.size()) {
      throw io::DataError(table.where(row), "column '" + column + "' is not a number: '" + field + "'");
    }
    seen[i] = true;
  }
  for (std::size_t i = 0; i < seen.size(); ++i) {
    if (!seen[i]) {
      throw io::DataError({paths.actors_table_csv(), 0, -1},
                          "no row for actor '" + net.actors[i].id + "' (re-run `actornet metrics`)");
    }
  }
  return values;
}

const char* size_label(const std::string& column) {
  if (column == "pagerank") return "PageRank";
  if (column == "degree") return "degree";
  if (column == "strength") return "strength";
  if (column == "betweenness") return "betweenness";
  if (column == "closeness") return "closeness";
  if (column == "harmonic") return "harmonic centrality";
  if (column == "eigenvector") return "eigenvector centrality";
  if (column == "mentions") return "mentions";
  return "units";
}

}  // namespace

void add_render_options(CLI::App& app, RenderSettings& s) {
  app.add_option("--size-by", s.size_by, "Node size by this column of output/actors.csv")
      ->check(CLI::IsMember({"pagerank", "degree", "strength", "betweenness", "closeness",
                             "harmonic", "eigenvector", "mentions", "units"}))
      ->capture_default_str();
  app.add_option("--edge-weight", s.edge_weight,
                 "Edge width by this tie value: count, association, jaccard, cosine, cooperation or "
                 "rivalry")
      ->check(CLI::IsMember({"count", "association", "jaccard", "cosine", "cooperation", "rivalry"}))
      ->capture_default_str();
  app.add_option("--group-by", s.group_by,
                 "Colour nodes by this group column of output/actors.csv: community, camp (signed), "
                 "cluster (signed), or none")
      ->check(CLI::IsMember({"none", "community", "camp", "cluster"}))
      ->capture_default_str();
  app.add_option("--title", s.title, "Title drawn above the map")->capture_default_str();
  app.add_option("--layout", s.layout, "Graphviz layout engine")
      ->check(CLI::IsMember({"neato", "fdp", "sfdp", "circo", "dot", "twopi"}))
      ->capture_default_str();
  app.add_option("--seed", s.seed, "Seed of the layout's random start (same seed, same map)")
      ->capture_default_str();
}

void stage_render(const Paths& paths, const RenderSettings& s, io::Diagnostics& diagnostics) {
  std::string source;
  const network::Network net =
      load_network(paths, s.input, network::parse_weight_kind(s.edge_weight), source);
  render::MapOptions options;
  options.title = s.title;
  options.node_size_values = node_sizes(paths, net, s.size_by);
  options.node_size_label = size_label(s.size_by);
  if (s.group_by != "none") {
    for (double g : node_sizes(paths, net, s.group_by)) options.node_groups.push_back(static_cast<std::size_t>(g));
    options.node_group_label = s.group_by == "community" ? "community"
                               : s.group_by == "camp"    ? "camp (frustration partition)"
                                                         : "Davis cluster";
  }
  options.edge_weight = network::parse_weight_kind(s.edge_weight);
  options.layout = s.layout;
  options.seed = s.seed;
  io::write_file_atomically(paths.dot(), render::network_to_dot(net, options));
  io::write_file_atomically(paths.svg(), render::render_svg(net, options));
  diagnostics.note("drew " + paths.svg());
}

namespace {

class RenderCommand : public Command {
 public:
  std::string name() const override { return "render"; }
  std::string description() const override {
    return "Draw the network map (Graphviz): write output/network.svg and graphs/network.dot";
  }
  void setup(CLI::App& app) override {
    add_path_options(app, paths_, false, true, true);
    add_render_options(app, settings_);
    add_network_input_options(app, settings_.input);
  }
  int run() override {
    io::Diagnostics diagnostics(&std::cerr);
    stage_render(paths_, settings_, diagnostics);
    return diagnostics.has_errors() ? kExitDataError : kExitOk;
  }

 private:
  Paths paths_;
  RenderSettings settings_;
};

}  // namespace

std::unique_ptr<Command> make_render_command() { return std::make_unique<RenderCommand>(); }

}  // namespace actornet::cli
