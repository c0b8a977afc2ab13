// Runs the real actornet binary for end-to-end tests (STYLE.md: golden tests
// run the real binary). The binary's path comes from the build
// (ACTORNET_BINARY).
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "support/temp_dir.hpp"

namespace actornet::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `actornet <args>` in folder `cwd` (args are passed through the shell:
// quote them). Captures stdout and stderr.
inline RunResult run_actornet(const std::string& args, const std::string& cwd) {
  TempDir capture;
  const std::string out_file = capture / "stdout";
  const std::string err_file = capture / "stderr";
  const std::string command = "cd '" + cwd + "' && '" + std::string(ACTORNET_BINARY) + "' " + args +
                              " >'" + out_file + "' 2>'" + err_file + "'";
  const int status = std::system(command.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out_file);
  r.err = read_file(err_file);
  return r;
}

}  // namespace actornet::testing
