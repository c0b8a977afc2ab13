// Where each stage reads and writes. Defaults are relative to the current
// folder, so `actornet run` in a clone of the repository uses its data/.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace actornet::cli {

struct Paths {
  std::string data = "data";        // corpus/, gazetteer/, filters/ below it
  std::string output = "output";    // tables, evidence, SVG
  std::string graphs = "graphs";    // GraphML and DOT
  std::string lexicon_dir;          // --lexicon; empty: data/lexicon

  std::string corpus() const { return data + "/corpus"; }
  std::string actors_csv() const { return data + "/gazetteer/actors.csv"; }
  std::string aliases_csv() const { return data + "/gazetteer/aliases.csv"; }
  std::string boilerplate_csv() const { return data + "/filters/boilerplate.csv"; }
  std::string lexicon() const { return lexicon_dir.empty() ? data + "/lexicon" : lexicon_dir; }
  std::string curated_csv() const { return data + "/relations.csv"; }
  std::string periods_csv() const { return data + "/periods.csv"; }

  std::string tally_csv() const { return output + "/tally.csv"; }
  std::string evidence_csv() const { return output + "/evidence.csv"; }
  std::string excluded_csv() const { return output + "/excluded.csv"; }
  std::string relations_csv() const { return output + "/relations.csv"; }
  std::string dyads_by_period_csv() const { return output + "/dyads_by_period.csv"; }
  std::string agreement_md() const { return output + "/agreement.md"; }
  std::string disagreements_csv() const { return output + "/disagreements.csv"; }
  std::string dyads_csv() const { return output + "/dyads.csv"; }
  std::string actors_table_csv() const { return output + "/actors.csv"; }
  std::string methods_md() const { return output + "/methods.md"; }
  std::string metrics_json() const { return output + "/metrics.json"; }
  std::string balance_csv() const { return output + "/balance.csv"; }
  std::string bootstrap_csv() const { return output + "/bootstrap.csv"; }
  std::string period_metrics_csv() const { return output + "/period_metrics.csv"; }
  std::string period_changes_csv() const { return output + "/period_changes.csv"; }
  std::string svg() const { return output + "/network.svg"; }
  std::string graphml() const { return graphs + "/network.graphml"; }
  std::string dot() const { return graphs + "/network.dot"; }
};

// Throws io::UsageError when --output or --graphs is the input folder or lies
// inside it: outputs must never overwrite inputs (e.g. output/actors.csv over
// data/gazetteer/actors.csv).
void check_outputs_outside_inputs(const Paths& paths);

// Adds --data, --output and --graphs (those `which` names) to `app`.
void add_path_options(CLI::App& app, Paths& paths, bool data, bool output, bool graphs);

}  // namespace actornet::cli
