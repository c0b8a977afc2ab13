#include "cli/paths.hpp"

#include <filesystem>

#include "io/errors.hpp"

namespace actornet::cli {

namespace {

bool inside(const std::filesystem::path& folder, const std::filesystem::path& root) {
  const auto f = std::filesystem::weakly_canonical(std::filesystem::absolute(folder));
  const auto r = std::filesystem::weakly_canonical(std::filesystem::absolute(root));
  auto fi = f.begin();
  for (auto ri = r.begin(); ri != r.end(); ++ri, ++fi) {
    if (ri->empty()) continue;  // trailing separator
    if (fi == f.end() || *fi != *ri) return false;
  }
  return true;
}

}  // namespace

void check_outputs_outside_inputs(const Paths& paths) {
  for (const auto& [option, folder] : {std::pair<const char*, const std::string*>{"--output", &paths.output},
                                       {"--graphs", &paths.graphs}}) {
    if (inside(*folder, paths.data)) {
      throw io::UsageError(std::string(option) + " " + *folder + " is inside the input folder " +
                           paths.data + "; outputs must not overwrite inputs");
    }
  }
}

void add_path_options(CLI::App& app, Paths& paths, bool data, bool output, bool graphs) {
  if (data) {
    app.add_option("--data", paths.data,
                   "Input folder: corpus/ (texts + manifest.csv), gazetteer/ (actors.csv, "
                   "aliases.csv), filters/ (boilerplate.csv), lexicon/ (categories.csv, cues.csv, "
                   "modifiers.csv), relations.csv (hand-coded), periods.csv")
        ->capture_default_str();
    app.add_option("--lexicon", paths.lexicon_dir,
                   "Relation lexicon folder (categories.csv, cues.csv, verbs.csv, modifiers.csv) "
                   "[default: DATA/lexicon], e.g. to tag another corpus with the shipped lexicon");
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
