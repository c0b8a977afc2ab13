// `actornet metrics`: graphs/network.graphml -> output/actors.csv, output/methods.md.
#include <iostream>
#include <sstream>

#include "analysis/centrality.hpp"
#include "analysis/network_measures.hpp"
#include "cli/bootstrap_input.hpp"
#include "cli/directed_input.hpp"
#include "cli/period_input.hpp"
#include "report/period_tables.hpp"
#include "extract/lexicon.hpp"
#include "extract/tally.hpp"

#include <filesystem>
#include <optional>
#include "cli/command.hpp"
#include "cli/stages.hpp"
#include "io/atomic_file.hpp"
#include "network/graphml.hpp"
#include "report/methods_note.hpp"
#include "report/metrics_json.hpp"
#include "report/network_tables.hpp"

namespace actornet::cli {

void add_metrics_options(CLI::App& app, MetricsSettings& s) {
  app.add_option("--weight", s.weight,
                 "Tie weight for centralities: count, association, jaccard, cosine, cooperation "
                 "or rivalry (the signed layers' C or R)")
      ->check(CLI::IsMember({"count", "association", "jaccard", "cosine", "cooperation", "rivalry"}))
      ->capture_default_str();
  app.add_option("--damping", s.damping, "PageRank damping factor, 0 <= d < 1")
      ->check(CLI::Validator(
          [](const std::string& text) {
            try {
              const double d = std::stod(text);
              return (d >= 0.0 && d < 1.0) ? std::string() : std::string("must be in [0, 1)");
            } catch (const std::exception&) {
              return std::string("must be a number in [0, 1)");
            }
          },
          "[0, 1)"))
      ->capture_default_str();
  app.add_option("--layer", s.layer,
                 "Signed networks: path-based centralities on the positive layer or on all signed ties (|w|)")
      ->check(CLI::IsMember({"positive", "absolute"}))
      ->capture_default_str();
  app.add_option("--communities", s.communities, "Community detection on the positive layer: leiden or louvain")
      ->check(CLI::IsMember({"leiden", "louvain"}))
      ->capture_default_str();
  app.add_option("--resolution", s.resolution, "Modularity resolution of the community detection")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--metrics-seed", s.seed, "Seed of community detection and heuristic partition searches")
      ->capture_default_str();
  app.add_option("--clusters", s.clusters, "Davis clustering: at most this many groups")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  app.add_option("--bootstrap", s.bootstrap,
                 "Bootstrap replicates for 95% intervals (0: none; only for the pipeline's own network)")
      ->capture_default_str();
  app.add_option("--bootstrap-unit", s.bootstrap_unit, "Resample documents or sentences")
      ->check(CLI::IsMember({"document", "sentence"}))
      ->capture_default_str();
  app.add_option("--bootstrap-seed", s.bootstrap_seed, "Seed of the bootstrap (same seed, same intervals)")
      ->capture_default_str();
}

void stage_metrics(const Paths& paths, const MetricsSettings& s, io::Diagnostics& diagnostics) {
  analysis::MeasureOptions options;
  options.centrality.weight = network::parse_weight_kind(s.weight);
  options.centrality.pagerank_damping = s.damping;
  options.layer = s.layer == "absolute" ? analysis::SignedLayer::kAbsolute : analysis::SignedLayer::kPositive;
  options.communities.algorithm = analysis::parse_community_algorithm(s.communities);
  options.communities.resolution = s.resolution;
  options.communities.seed = s.seed;
  options.clusters = s.clusters;
  options.seed = s.seed;
  std::string source;
  const network::Network net = load_network(paths, s.input, options.centrality.weight, source);
  analysis::NetworkMeasures measures = analysis::measure_network(net, options);
  if (const auto directed = read_directed_edges(paths, s.input, net)) {
    measures.directed = analysis::compute_directed_centrality(*directed);
  }
  const analysis::CentralityResult& result = measures.centrality;
  // Intervals need the extraction outputs behind the network: only for the
  // pipeline's own network.
  std::optional<analysis::BootstrapResult> intervals;
  if (s.bootstrap > 0 && s.input.file.empty() && std::filesystem::exists(paths.evidence_csv())) {
    std::vector<std::string> ids;
    for (const network::ActorNode& a : net.actors) ids.push_back(a.id);
    const analysis::RelationMode mode = analysis::relation_mode_of(net.corpus.relations_source);
    const BootstrapInput input = read_bootstrap_input(paths, ids, mode, s.bootstrap_unit == "document");
    const std::vector<extract::Category> categories =
        std::filesystem::exists(paths.data + "/lexicon/categories.csv")
            ? extract::Lexicon::load(paths.data + "/lexicon").categories()
            : std::vector<extract::Category>{};
    intervals = analysis::bootstrap(ids, categories, input.units, input.total_units,
                                    {s.bootstrap, s.bootstrap_seed, 0.95});
    io::write_file_atomically(paths.bootstrap_csv(), report::bootstrap_csv(*intervals, s.bootstrap_unit));
  }
  const std::vector<analysis::PeriodNetwork> period_networks = read_period_networks(paths, s.input, net);
  std::optional<analysis::PeriodAnalysis> periods;
  if (!period_networks.empty()) {
    periods = analysis::analyse_periods(period_networks, options);
    io::write_file_atomically(paths.period_metrics_csv(), report::periods_csv(*periods));
    io::write_file_atomically(paths.period_changes_csv(), report::period_changes_csv(*periods));
  }
  io::write_file_atomically(paths.actors_table_csv(), report::actors_csv(net, measures));
  io::write_file_atomically(paths.balance_csv(), report::balance_csv(measures));
  report::MethodsContext context;
  context.network_source = source;
  if (s.input.file.empty() && std::filesystem::exists(paths.tally_csv())) {
    const extract::Tally tally = extract::read_tally(paths.tally_csv());
    context.input_fingerprint = tally.inputs;
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(tally.content_hash));
    context.content_hash = hash;
  }
  context.layer = s.layer;
  context.clusters = s.clusters;
  context.seed = s.seed;
  context.bootstrap = intervals ? &*intervals : nullptr;
  context.bootstrap_unit = s.bootstrap_unit;
  io::write_file_atomically(paths.methods_md(), report::methods_note(net, measures, context));
  io::write_file_atomically(paths.metrics_json(),
                            report::metrics_json({&net, &measures, source, intervals ? &*intervals : nullptr,
                                                  periods ? &*periods : nullptr}));
  diagnostics.note("computed centralities of " + std::to_string(net.actors.size()) +
                   " actors (weight: " + result.weight + ")");
}

namespace {

class MetricsCommand : public Command {
 public:
  std::string name() const override { return "metrics"; }
  std::string description() const override {
    return "Compute actor centralities from graphs/network.graphml; write output/actors.csv "
           "and output/methods.md";
  }
  void setup(CLI::App& app) override {
    add_path_options(app, paths_, true, true, true);
    add_metrics_options(app, settings_);
    add_network_input_options(app, settings_.input);
  }
  int run() override {
    io::Diagnostics diagnostics(&std::cerr);
    stage_metrics(paths_, settings_, diagnostics);
    return diagnostics.has_errors() ? kExitDataError : kExitOk;
  }

 private:
  Paths paths_;
  MetricsSettings settings_;
};

}  // namespace

std::unique_ptr<Command> make_metrics_command() { return std::make_unique<MetricsCommand>(); }

}  // namespace actornet::cli
