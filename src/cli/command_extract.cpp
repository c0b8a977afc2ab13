// `actornet extract`: corpus -> tally, evidence and exclusion report.
#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/stages.hpp"
#include "io/atomic_file.hpp"
#include "io/csv_writer.hpp"
#include "report/evidence_csv.hpp"

namespace actornet::cli {

namespace {

// Streams each document's evidence and exclusions to their files as soon as
// the document is done, in manifest order.
class FileSink : public extract::ExtractionSink {
 public:
  FileSink(std::ostream& evidence, std::ostream& excluded) : evidence_(evidence), excluded_(excluded) {}
  void document(const extract::DocumentExtraction& d) override {
    for (const auto& row : d.evidence) report::write_evidence_row(evidence_, row);
    for (const auto& row : d.exclusions) report::write_exclusion_row(excluded_, row);
  }

 private:
  std::ostream& evidence_;
  std::ostream& excluded_;
};

void parse_shard(const std::string& text, extract::ExtractOptions& options) {
  const auto slash = text.find('/');
  try {
    if (slash == std::string::npos) throw std::invalid_argument(text);
    options.shard_index = std::stoul(text.substr(0, slash));
    options.shard_count = std::stoul(text.substr(slash + 1));
  } catch (const std::exception&) {
    throw io::UsageError("--shard must look like I/N (e.g. 0/4), not '" + text + "'");
  }
  if (options.shard_count == 0 || options.shard_index >= options.shard_count) {
    throw io::UsageError("--shard " + text + ": need 0 <= I < N");
  }
}

std::string summary(const extract::Tally& t) {
  std::ostringstream out;
  out << "extracted " << t.documents << " document(s), " << t.units << " " << t.unit
      << " unit(s), " << t.pairs.size() << " co-occurring pair(s)";
  if (!t.excluded_blocks.empty()) {
    out << "; excluded:";
    const char* sep = " ";
    for (const auto& [rule, blocks] : t.excluded_blocks) {
      auto units = t.excluded_units.find(rule);
      out << sep << rule << " " << blocks << " block(s)/"
          << (units == t.excluded_units.end() ? 0 : units->second) << " unit(s)";
      sep = ", ";
    }
  }
  for (const auto& [mask, n] : t.masked) out << "; masked " << n << " " << mask;
  out << " (details: excluded.csv)";
  return out.str();
}

}  // namespace

void add_extract_options(CLI::App& app, ExtractSettings& s) {
  app.add_option("--unit", s.unit, "Co-occurrence unit: sentence, paragraph, document or window:K")
      ->capture_default_str();
  app.add_option("--counting", s.counting, "binary (a pair counts once per unit) or full (m_a x m_b)")
      ->check(CLI::IsMember({"binary", "full"}))
      ->capture_default_str();
  app.add_option("--keep", s.keep,
                 "Switch a cleaning rule off and keep what it would exclude (repeatable): "
                 "references, contents, boilerplate, bios, captions, duplicates, "
                 "footnote-markers, markup");
  app.add_option("--threads", s.threads, "Worker threads (0 = one per core)")->capture_default_str();
  app.add_option("--shard", s.shard,
                 "Process only shard I of N (documents at manifest positions I mod N); "
                 "merge shard outputs with `actornet merge`")
      ->capture_default_str();
}

void stage_extract(const Paths& paths, const ExtractSettings& s, io::Diagnostics& diagnostics) {
  extract::ExtractOptions options;
  extract::parse_unit(s.unit, options.cooccurrence);
  options.cooccurrence.full_counting = s.counting == "full";
  for (const std::string& rule : s.keep) corpus::keep_rule(options.cleaning, rule);
  options.threads = s.threads;
  parse_shard(s.shard, options);
  if (options.cleaning.boilerplate) {
    if (std::filesystem::exists(paths.boilerplate_csv())) {
      options.cleaning.patterns = corpus::load_boilerplate_patterns(paths.boilerplate_csv());
    } else {
      diagnostics.warn({paths.boilerplate_csv(), 0, -1},
                       "no boilerplate patterns file; the boilerplate rule excludes nothing");
    }
  }
  const extract::Gazetteer gazetteer = extract::Gazetteer::load(paths.actors_csv(), paths.aliases_csv());
  const extract::ActorMatcher matcher(gazetteer);
  const corpus::CorpusReader reader(paths.corpus(), diagnostics);

  io::AtomicFile evidence(paths.evidence_csv());
  io::AtomicFile excluded(paths.excluded_csv());
  io::write_csv_row(evidence.stream(), report::evidence_header());
  io::write_csv_row(excluded.stream(), report::exclusion_header());
  FileSink sink(evidence.stream(), excluded.stream());
  const extract::Tally tally = extract::extract_corpus(reader, matcher, options, sink, diagnostics);

  std::ostringstream tally_text;
  extract::write_tally(tally_text, tally);
  evidence.commit();
  excluded.commit();
  io::write_file_atomically(paths.tally_csv(), tally_text.str());
  diagnostics.note(summary(tally));
}

namespace {

class ExtractCommand : public Command {
 public:
  std::string name() const override { return "extract"; }
  std::string description() const override {
    return "Read the corpus, find actors, count co-occurrences; write output/tally.csv, "
           "output/evidence.csv and output/excluded.csv";
  }
  void setup(CLI::App& app) override {
    add_path_options(app, paths_, true, true, false);
    add_extract_options(app, settings_);
  }
  int run() override {
    io::Diagnostics diagnostics(&std::cerr);
    stage_extract(paths_, settings_, diagnostics);
    return diagnostics.has_errors() ? kExitDataError : kExitOk;
  }

 private:
  Paths paths_;
  ExtractSettings settings_;
};

}  // namespace

std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }

}  // namespace actornet::cli
