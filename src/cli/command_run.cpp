// `actornet run`: the whole pipeline, one stage after another.
#include <iostream>

#include "cli/command.hpp"
#include "cli/stages.hpp"

namespace actornet::cli {

namespace {

class RunCommand : public Command {
 public:
  std::string name() const override { return "run"; }
  std::string description() const override {
    return "Run the whole pipeline (extract, build, metrics, render) on --data; with no "
           "arguments, on data/ of the current folder";
  }
  void setup(CLI::App& app) override {
    add_path_options(app, paths_, true, true, true);
    add_extract_options(app, extract_);
    add_metrics_options(app, metrics_);
    add_render_options(app, render_);
  }
  int run() override {
    io::Diagnostics diagnostics(&std::cerr);
    stage_extract(paths_, extract_, diagnostics);
    stage_build(paths_, diagnostics);
    stage_metrics(paths_, metrics_, diagnostics);
    stage_render(paths_, render_, diagnostics);
    return diagnostics.has_errors() ? kExitDataError : kExitOk;
  }

 private:
  Paths paths_;
  ExtractSettings extract_;
  MetricsSettings metrics_;
  RenderSettings render_;
};

}  // namespace

std::unique_ptr<Command> make_run_command() { return std::make_unique<RunCommand>(); }

}  // namespace actornet::cli
