// `actornet run`: the whole pipeline, one stage after another.
#include <filesystem>
#include <iostream>

#include "cli/command.hpp"
#include "cli/stages.hpp"

namespace actornet::cli {

namespace {

class RunCommand : public Command {
 public:
  std::string name() const override { return "run"; }
  std::string description() const override {
    return "Run the whole pipeline (extract, build, metrics, render, and agreement when "
           "data/relations.csv exists) on --data; with no arguments, on data/ of the current folder";
  }
  void setup(CLI::App& app) override {
    add_path_options(app, paths_, true, true, true);
    add_extract_options(app, extract_);
    add_build_options(app, build_);
    add_metrics_options(app, metrics_);
    add_render_options(app, render_);
    add_network_input_options(app, metrics_.input);
  }
  int run() override {
    io::Diagnostics diagnostics(&std::cerr);
    stage_extract(paths_, extract_, diagnostics);
    stage_build(paths_, build_, diagnostics);
    stage_metrics(paths_, metrics_, diagnostics);
    render_.input = metrics_.input;  // the map shows the network the metrics describe
    stage_render(paths_, render_, diagnostics);
    if (extract_.curated && extract_.tagging && std::filesystem::exists(paths_.curated_csv())) {
      stage_agreement(paths_, diagnostics);
    } else {
      // No comparison this time: do not leave an earlier one next to the new outputs.
      std::error_code ec;
      std::filesystem::remove(paths_.agreement_md(), ec);
      std::filesystem::remove(paths_.disagreements_csv(), ec);
    }
    return diagnostics.has_errors() ? kExitDataError : kExitOk;
  }

 private:
  Paths paths_;
  ExtractSettings extract_;
  BuildSettings build_;
  MetricsSettings metrics_;
  RenderSettings render_;
};

}  // namespace

std::unique_ptr<Command> make_run_command() { return std::make_unique<RunCommand>(); }

}  // namespace actornet::cli
