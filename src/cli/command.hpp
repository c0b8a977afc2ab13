// One subcommand = one class in its own file (osmium-tool's model).
// setup() declares options on its CLI11 sub-app and does no I/O; run() does
// the work and returns the exit code. Errors are thrown as io::DataError /
// io::UsageError and mapped to exit codes in main.cpp.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

namespace actornet::cli {

// Exit codes of every command.
constexpr int kExitOk = 0;
constexpr int kExitDataError = 1;   // bad or missing input (some outputs may still be written)
constexpr int kExitUsageError = 2;  // bad command line

class Command {
 public:
  virtual ~Command() = default;
  virtual std::string name() const = 0;
  virtual std::string description() const = 0;
  virtual void setup(CLI::App& app) = 0;
  virtual int run() = 0;
};

// All commands, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> make_commands();

}  // namespace actornet::cli
