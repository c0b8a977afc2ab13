// Extraction throughput and memory on a synthetic corpus made by replicating
// the default corpus (data/corpus) N times. Run with scripts/bench.sh from the
// repository root. Reports documents/second (items_per_second) and the
// process's peak resident set size (counter peak_rss_mib), which must stay
// flat as the corpus grows (streaming).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "corpus/corpus_reader.hpp"
#include "extract/corpus_extractor.hpp"
#include "extract/lexicon.hpp"
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

void BM_Extract(benchmark::State& state) {
  const fs::path corpus = make_corpus(static_cast<int>(state.range(0)));
  const extract::Gazetteer gazetteer =
      extract::Gazetteer::load("data/gazetteer/actors.csv", "data/gazetteer/aliases.csv");
  const extract::ActorMatcher matcher(gazetteer);
  // Relation tagging is part of extraction, as in `actornet extract`.
  const extract::Lexicon lexicon = extract::Lexicon::load("data/lexicon");
  const tagging::CueIndex cues(lexicon);
  const tagging::ShallowTagger tagger(cues, gazetteer);
  extract::ExtractOptions options;
  options.cleaning.patterns = corpus::load_boilerplate_patterns("data/filters/boilerplate.csv");
  options.threads = static_cast<unsigned>(state.range(1));
  options.relations.tagger = &tagger;
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
  fs::remove_all(corpus);
}

// Args: copies of the 5-document corpus, threads.
BENCHMARK(BM_Extract)
    ->Args({20, 1})
    ->Args({20, 2})
    ->Args({200, 2})
    ->UseRealTime()  // items_per_second over wall time: the work runs on worker threads
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
