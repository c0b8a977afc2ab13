// The pipeline stages. Each reads its inputs from files and writes its
// outputs atomically, so a stage run alone and the same stage inside `run`
// produce identical files:
//   extract  data/            -> output/tally.csv, evidence.csv, excluded.csv
//   build    output/tally.csv + output/relations.csv (+ data/lexicon,
//            data/periods.csv) -> graphs/network.graphml, output/dyads.csv,
//            output/dyads_by_period.csv
//   metrics  graphs/network.graphml -> output/actors.csv, output/methods.md
//   render   graphs/network.graphml + output/actors.csv
//                             -> output/network.svg, graphs/network.dot
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/network_input.hpp"
#include "cli/paths.hpp"
#include "extract/corpus_extractor.hpp"
#include "io/diagnostics.hpp"
#include "tagging/link_parser.hpp"

namespace actornet::cli {

struct ExtractSettings {
  std::string unit = "sentence";
  std::string counting = "binary";
  std::vector<std::string> keep;  // cleaning rules switched off
  unsigned threads = 0;
  std::string shard = "0/1";
  bool tagging = true;  // tag relations with data/lexicon/
  std::string tagger = "parser";  // parser (Link Grammar, shallow fallback) | shallow
  int parse_seconds = tagging::ParserOptions{}.max_seconds;  // Link Grammar's per-sentence time cap
  bool curated = true;  // read data/relations.csv when it exists
};
void add_extract_options(CLI::App& app, ExtractSettings& settings);
void stage_extract(const Paths& paths, const ExtractSettings& settings, io::Diagnostics& diagnostics);

struct BuildSettings {
  std::string relations = "both";  // auto | curated | both
};
void add_build_options(CLI::App& app, BuildSettings& settings);
void stage_build(const Paths& paths, const BuildSettings& settings, io::Diagnostics& diagnostics);

// Automatic tags vs curated codes (needs output/relations.csv with both).
void stage_agreement(const Paths& paths, io::Diagnostics& diagnostics);

struct MetricsSettings {
  std::string weight = "count";
  double damping = 0.85;
  std::string layer = "positive";      // path measures of a signed network: positive | absolute
  std::string communities = "leiden";  // leiden | louvain
  double resolution = 1.0;
  std::uint64_t seed = 1;
  std::size_t clusters = 3;
  std::size_t bootstrap = 200;               // replicates; 0: no intervals
  std::string bootstrap_unit = "document";   // document | sentence
  std::uint64_t bootstrap_seed = 1;
  NetworkInput input;
};
void add_metrics_options(CLI::App& app, MetricsSettings& settings);
void stage_metrics(const Paths& paths, const MetricsSettings& settings, io::Diagnostics& diagnostics);

struct RenderSettings {
  NetworkInput input;
  std::string size_by = "pagerank";
  std::string group_by = "none";  // none | community | camp | cluster
  std::string edge_weight = "count";
  std::string title = "Who is discussed with whom, and how: cooperation and rivalry";
  std::string layout = "neato";
  int seed = 1;
};
void add_render_options(CLI::App& app, RenderSettings& settings);
void stage_render(const Paths& paths, const RenderSettings& settings, io::Diagnostics& diagnostics);

}  // namespace actornet::cli
