#include "cli/command.hpp"

namespace actornet::cli {

std::unique_ptr<Command> make_run_command();
std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_build_command();
std::unique_ptr<Command> make_metrics_command();
std::unique_ptr<Command> make_render_command();
std::unique_ptr<Command> make_merge_command();
std::unique_ptr<Command> make_agreement_command();

std::vector<std::unique_ptr<Command>> make_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(make_run_command());
  commands.push_back(make_extract_command());
  commands.push_back(make_build_command());
  commands.push_back(make_metrics_command());
  commands.push_back(make_render_command());
  commands.push_back(make_agreement_command());
  commands.push_back(make_merge_command());
  return commands;
}

}  // namespace actornet::cli
