// actornet: from a corpus of articles to an evidence-backed network of actors.
// main() registers the subcommands, parses the command line and maps errors
// to exit codes: 0 ok, 1 data error, 2 usage error.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/command.hpp"
#include "io/errors.hpp"

int main(int argc, char** argv) {
  using namespace actornet;
  CLI::App app{"actornet " ACTORNET_VERSION
               ": turn a corpus of articles into a network of actors, measure it, draw it"};
  app.require_subcommand(1);
  app.set_version_flag("--version", ACTORNET_VERSION);
  auto commands = cli::make_commands();
  cli::Command* chosen = nullptr;
  for (auto& command : commands) {
    CLI::App* sub = app.add_subcommand(command->name(), command->description());
    command->setup(*sub);
    sub->callback([&chosen, c = command.get()] { chosen = c; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return cli::kExitUsageError;
  }
  try {
    return chosen->run();
  } catch (const io::UsageError& e) {
    std::cerr << "actornet: usage error: " << e.what() << '\n';
    return cli::kExitUsageError;
  } catch (const io::DataError& e) {
    std::cerr << "actornet: error: " << e.what() << '\n';
    return cli::kExitDataError;
  } catch (const std::exception& e) {
    std::cerr << "actornet: error: " << e.what() << '\n';
    return cli::kExitDataError;
  }
}
