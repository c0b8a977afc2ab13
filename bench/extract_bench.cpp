// Extraction throughput and memory on a synthetic corpus made by replicating
// the default corpus (data/corpus) N times. Run with scripts/bench.sh from the
// repository root. Reports documents/second (items_per_second) and the
// process's peak resident set size (counter peak_rss_mib), which must stay
// flat as the corpus grows (streaming). BM_Extract tags with the shallow
// rules, BM_ExtractParser with the parser tagger (the default of `actornet
// extract`); the latter also reports sentences given to Link Grammar per
// second of wall time and per core (parsed_per_s, parsed_per_s_core).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "corpus/corpus_reader.hpp"
#include "extract/corpus_extractor.hpp"
#include "extract/lexicon.hpp"
#include "tagging/link_parser.hpp"
#include "tagging/parser_tagger.hpp"
#include "tagging/shallow_tagger.hpp"

namespace {

namespace fs = std::filesystem;
using namespace actornet;

// Builds <tmp>/actornet-bench-<copies>/ with `copies` copies of each source.
fs::path make_corpus(int copies) {
  const fs::path source = "data/corpus";
  const fs::path target = fs::temp_directory_path() / ("actornet-bench-" + std::to_string(copies));
  fs::remove_all(target);
  fs::create_directories(target);
  std::ofstream manifest(target / "manifest.csv");
  manifest << "id,file,title,authors,publisher,date,date_precision\n";
  int n = 0;
  for (int c = 0; c < copies; ++c) {
    for (const auto& entry : fs::directory_iterator(source)) {
      if (entry.path().extension() != ".txt") continue;
      const std::string name = "d" + std::to_string(n++) + ".txt";
      fs::copy_file(entry.path(), target / name);
      manifest << name << "," << name << ",,,,2025,year\n";
    }
  }
  return target;
}

class NullSink : public extract::ExtractionSink {
 public:
  void document(const extract::DocumentExtraction& d) override { rows += d.evidence.size(); }
  std::size_t rows = 0;
};

void run_extract(benchmark::State& state, bool parser_tagger) {
  const fs::path corpus = make_corpus(static_cast<int>(state.range(0)));
  const extract::Gazetteer gazetteer =
      extract::Gazetteer::load("data/gazetteer/actors.csv", "data/gazetteer/aliases.csv");
  const extract::ActorMatcher matcher(gazetteer);
  // Relation tagging is part of extraction, as in `actornet extract`.
  const extract::Lexicon lexicon = extract::Lexicon::load("data/lexicon");
  const tagging::CueIndex cues(lexicon);
  const tagging::ShallowTagger shallow(cues, gazetteer);
  // The English dictionary is loaded only for the parser runs, so the
  // shallow runs' memory is the shallow tagger's.
  std::optional<tagging::LinkParser> parser;
  std::optional<tagging::ParserTagger> parsing;
  if (parser_tagger) {
    parser.emplace();
    parsing.emplace(cues, gazetteer, *parser);
  }
  extract::ExtractOptions options;
  options.cleaning.patterns = corpus::load_boilerplate_patterns("data/filters/boilerplate.csv");
  options.threads = static_cast<unsigned>(state.range(1));
  options.relations.tagger = parser_tagger ? static_cast<const tagging::Tagger*>(&*parsing) : &shallow;
  io::Diagnostics diagnostics;
  std::size_t documents = 0;
  for (auto _ : state) {
    const corpus::CorpusReader reader(corpus.string(), diagnostics);
    NullSink sink;
    const extract::Tally tally = extract::extract_corpus(reader, matcher, options, sink, diagnostics);
    documents += static_cast<std::size_t>(tally.documents);
    benchmark::DoNotOptimize(sink.rows);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(documents));
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_mib"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  if (parser_tagger) {
    const double parsed = static_cast<double>(parser->sentences_tried());
    state.counters["parsed_per_s"] = benchmark::Counter(parsed, benchmark::Counter::kIsRate);
    state.counters["parsed_per_s_core"] =
        benchmark::Counter(parsed / static_cast<double>(state.range(1)), benchmark::Counter::kIsRate);
  }
  fs::remove_all(corpus);
}

void BM_Extract(benchmark::State& state) { run_extract(state, false); }
void BM_ExtractParser(benchmark::State& state) { run_extract(state, true); }

// Args: copies of the 5-document corpus, threads.
BENCHMARK(BM_Extract)
    ->Args({20, 1})
    ->Args({20, 2})
    ->Args({200, 2})
    ->UseRealTime()  // items_per_second over wall time: the work runs on worker threads
    ->Unit(benchmark::kMillisecond);

// Args: copies, threads. About 6 s per pass over the 5 documents on one core.
BENCHMARK(BM_ExtractParser)
    ->Args({1, 1})
    ->Args({2, 2})
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
