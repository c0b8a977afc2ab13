// `actornet build`: output/tally.csv -> graphs/network.graphml, output/dyads.csv.
#include <iostream>

#include "cli/command.hpp"
#include "cli/stages.hpp"
#include "extract/tally.hpp"
#include "io/atomic_file.hpp"
#include "network/build_network.hpp"
#include "network/graphml.hpp"
#include "report/network_tables.hpp"

namespace actornet::cli {

void stage_build(const Paths& paths, io::Diagnostics& diagnostics) {
  const network::Network net = network::build_network(extract::read_tally(paths.tally_csv()));
  io::write_file_atomically(paths.graphml(), network::write_graphml(net));
  io::write_file_atomically(paths.dyads_csv(), report::dyads_csv(net));
  diagnostics.note("built a network of " + std::to_string(net.actors.size()) + " actors and " +
                   std::to_string(net.ties.size()) + " ties");
}

namespace {

class BuildCommand : public Command {
 public:
  std::string name() const override { return "build"; }
  std::string description() const override {
    return "Build the weighted network from output/tally.csv; write graphs/network.graphml "
           "and output/dyads.csv";
  }
  void setup(CLI::App& app) override { add_path_options(app, paths_, false, true, true); }
  int run() override {
    io::Diagnostics diagnostics(&std::cerr);
    stage_build(paths_, diagnostics);
    return diagnostics.has_errors() ? kExitDataError : kExitOk;
  }

 private:
  Paths paths_;
};

}  // namespace

std::unique_ptr<Command> make_build_command() { return std::make_unique<BuildCommand>(); }

}  // namespace actornet::cli
