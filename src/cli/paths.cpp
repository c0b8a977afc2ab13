#include "cli/paths.hpp"

namespace actornet::cli {

void add_path_options(CLI::App& app, Paths& paths, bool data, bool output, bool graphs) {
  if (data) {
    app.add_option("--data", paths.data,
                   "Input folder: corpus/ (texts + manifest.csv), gazetteer/ (actors.csv, "
                   "aliases.csv), filters/ (boilerplate.csv)")
        ->capture_default_str();
  }
  if (output) {
    app.add_option("--output", paths.output, "Folder for tables, evidence and the SVG map")
        ->capture_default_str();
  }
  if (graphs) {
    app.add_option("--graphs", paths.graphs, "Folder for network.graphml and network.dot")
        ->capture_default_str();
  }
}

}  // namespace actornet::cli
