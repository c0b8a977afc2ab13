// `actornet build`: output/tally.csv and output/relations.csv ->
// graphs/network.graphml, output/dyads.csv, output/dyads_by_period.csv.
#include <filesystem>
#include <iostream>

#include "analysis/periods.hpp"
#include "analysis/relation_scores.hpp"
#include "analysis/relation_selection.hpp"
#include "cli/command.hpp"
#include "cli/stages.hpp"
#include "extract/lexicon.hpp"
#include "extract/tally.hpp"
#include "io/atomic_file.hpp"
#include "network/build_network.hpp"
#include "network/graphml.hpp"
#include "report/network_tables.hpp"
#include "report/relations_csv.hpp"

namespace actornet::cli {

namespace {

struct SignedResult {
  analysis::RelationScores total;
  std::vector<report::PeriodScores> periods;
  analysis::SelectionCounts counts;
  std::int64_t undated = 0;
};

// Streams output/relations.csv through the selection (auto/curated/both)
// into one scorer for the whole corpus and one per period.
SignedResult score_relations(const Paths& paths, const BuildSettings& settings, const network::Network& net,
                             const extract::Lexicon& lexicon) {
  const std::vector<analysis::Period> periods = std::filesystem::exists(paths.periods_csv())
                                                    ? analysis::load_periods(paths.periods_csv())
                                                    : analysis::default_periods();
  std::vector<std::string> ids;
  for (const network::ActorNode& a : net.actors) ids.push_back(a.id);
  analysis::RelationScorer total(ids, lexicon.categories());
  std::vector<analysis::RelationScorer> by_period;
  for (std::size_t i = 0; i < periods.size(); ++i) by_period.emplace_back(ids, lexicon.categories());
  SignedResult result;
  analysis::RelationSelector selector(analysis::parse_relation_mode(settings.relations),
                                      [&](const extract::Relation& r) {
                                        total.add(r);
                                        if (const analysis::Period* p = analysis::period_of(periods, r.year)) {
                                          by_period[static_cast<std::size_t>(p - periods.data())].add(r);
                                        } else {
                                          ++result.undated;
                                        }
                                      });
  report::for_each_relation(paths.relations_csv(), [&selector](const extract::Relation& r) { selector.add(r); });
  selector.finish();
  result.counts = selector.counts();
  result.total = total.finish();
  for (std::size_t i = 0; i < periods.size(); ++i) result.periods.push_back({periods[i], by_period[i].finish()});
  return result;
}

}  // namespace

void add_build_options(CLI::App& app, BuildSettings& s) {
  app.add_option("--relations", s.relations,
                 "Which relations sign the network: auto (tagger), curated (data/relations.csv) or "
                 "both (curated wins for the same sentence and pair)")
      ->check(CLI::IsMember({"auto", "curated", "both"}))
      ->capture_default_str();
}

void stage_build(const Paths& paths, const BuildSettings& settings, io::Diagnostics& diagnostics) {
  network::Network net = network::build_network(extract::read_tally(paths.tally_csv()));
  const bool have_relations = std::filesystem::exists(paths.relations_csv()) &&
                              std::filesystem::exists(paths.lexicon() + "/categories.csv");
  if (!have_relations) {
    diagnostics.warn({paths.relations_csv(), 0, -1}, "no relations (or no lexicon): the network is not signed");
    io::write_file_atomically(paths.graphml(), network::write_graphml(net));
    io::write_file_atomically(paths.dyads_csv(), report::dyads_csv(net, nullptr, {}));
    // A per-period table from an earlier signed run would no longer match.
    std::error_code ec;
    std::filesystem::remove(paths.dyads_by_period_csv(), ec);
    return;
  }
  const extract::Lexicon lexicon = extract::Lexicon::load(paths.lexicon());
  const SignedResult result = score_relations(paths, settings, net, lexicon);
  if (settings.relations != "auto" && result.counts.curated == 0) {
    diagnostics.warn({paths.relations_csv(), 0, -1},
                     "--relations " + settings.relations + " but there is no counted curated relation "
                     "(is data/relations.csv there?)");
  }
  if (settings.relations != "curated" && result.counts.automatic == 0 && result.counts.superseded == 0) {
    diagnostics.warn({paths.relations_csv(), 0, -1},
                     "--relations " + settings.relations + " but there is no automatic relation "
                     "(was extract run with --no-tagging?)");
  }
  network::add_signed_layers(net, result.total, settings.relations);
  io::write_file_atomically(paths.graphml(), network::write_graphml(net));
  io::write_file_atomically(paths.dyads_csv(), report::dyads_csv(net, &result.total, lexicon.categories()));
  io::write_file_atomically(paths.dyads_by_period_csv(), report::dyads_by_period_csv(result.periods));
  diagnostics.note("built a signed network of " + std::to_string(net.actors.size()) + " actors and " +
                   std::to_string(net.ties.size()) + " ties from " + std::to_string(result.counts.curated) +
                   " curated and " + std::to_string(result.counts.automatic) + " automatic relations (" +
                   std::to_string(result.counts.superseded) + " automatic ones replaced by curated codes, " +
                   std::to_string(result.counts.excluded_curated) + " curated ones in excluded text, " +
                   std::to_string(result.undated) + " outside every period)");
}

namespace {

class BuildCommand : public Command {
 public:
  std::string name() const override { return "build"; }
  std::string description() const override {
    return "Build the weighted, signed network from output/tally.csv and output/relations.csv; write "
           "graphs/network.graphml, output/dyads.csv and output/dyads_by_period.csv";
  }
  void setup(CLI::App& app) override {
    add_path_options(app, paths_, true, true, true);
    add_build_options(app, settings_);
  }
  int run() override {
    io::Diagnostics diagnostics(&std::cerr);
    stage_build(paths_, settings_, diagnostics);
    return diagnostics.has_errors() ? kExitDataError : kExitOk;
  }

 private:
  Paths paths_;
  BuildSettings settings_;
};

}  // namespace

std::unique_ptr<Command> make_build_command() { return std::make_unique<BuildCommand>(); }

}  // namespace actornet::cli
