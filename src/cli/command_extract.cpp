// `actornet extract`: corpus -> tally, evidence and exclusion report.
#include <algorithm>
#include <charconv>
#include <optional>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/command.hpp"
#include "cli/stages.hpp"
#include "io/atomic_file.hpp"
#include "io/csv_writer.hpp"
#include "io/fingerprint.hpp"
#include "report/evidence_csv.hpp"
#include "report/relations_csv.hpp"
#include "tagging/parser_tagger.hpp"
#include "tagging/shallow_tagger.hpp"

namespace actornet::cli {

namespace {

// Streams each document's evidence and exclusions to their files as soon as
// the document is done, in manifest order.
class FileSink : public extract::ExtractionSink {
 public:
  FileSink(std::ostream& evidence, std::ostream& excluded, std::ostream& relations)
      : evidence_(evidence), excluded_(excluded), relations_(relations) {}
  void document(const extract::DocumentExtraction& d) override {
    for (const auto& row : d.evidence) report::write_evidence_row(evidence_, row);
    for (const auto& row : d.exclusions) report::write_exclusion_row(excluded_, row);
    for (const auto& row : d.relations) report::write_relation_row(relations_, row);
  }

 private:
  std::ostream& evidence_;
  std::ostream& excluded_;
  std::ostream& relations_;
};

void parse_shard(const std::string& text, extract::ExtractOptions& options) {
  const auto slash = text.find('/');
  auto whole = [&text](const std::string& part, std::size_t& value) {
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (part.empty() || ec != std::errc() || end != part.data() + part.size()) {
      throw io::UsageError("--shard must look like I/N (e.g. 0/4), not '" + text + "'");
    }
  };
  whole(slash == std::string::npos ? text : text.substr(0, slash), options.shard_index);
  whole(slash == std::string::npos ? "" : text.substr(slash + 1), options.shard_count);
  if (options.shard_count == 0 || options.shard_index >= options.shard_count) {
    throw io::UsageError("--shard " + text + ": need 0 <= I < N");
  }
}

// What the run read, so that shards made from different inputs are not merged
// (manifest, gazetteer, patterns, lexicon, curated relations) and whether
// relations were tagged and curated rows read.
std::string input_fingerprint(const Paths& paths, bool boilerplate, const ExtractSettings& s) {
  io::Fingerprint f;
  f.add(s.tagging ? "tagging:" + s.tagger +
                        (s.tagger == "parser" ? ":" + std::to_string(s.parse_seconds) : "") + "\n"
                  : "no-tagging\n")
      .add(s.curated ? "curated\n" : "no-curated\n");
  const std::string manifest = paths.corpus() + "/manifest.csv";
  if (std::filesystem::exists(manifest)) f.add_file(manifest);
  f.add("\n").add_file(paths.actors_csv()).add("\n").add_file(paths.aliases_csv());
  if (boilerplate && std::filesystem::exists(paths.boilerplate_csv())) {
    f.add("\n").add_file(paths.boilerplate_csv());
  }
  for (const std::string& file : {paths.lexicon() + "/categories.csv", paths.lexicon() + "/cues.csv",
                                  paths.lexicon() + "/verbs.csv", paths.lexicon() + "/modifiers.csv",
                                  paths.curated_csv()}) {
    if (std::filesystem::exists(file)) f.add("\n").add_file(file);
  }
  return f.hex();
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
  if (!t.relations.empty()) {
    out << "; relations:";
    const char* sep = " ";
    for (const auto& [kind, n] : t.relations) {
      out << sep << n << " " << kind;
      sep = ", ";
    }
  }
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
                 "Switch a cleaning rule off and count what it would exclude (repeatable): "
                 "references, faq, contents, table-headers, boilerplate, bios, captions, "
                 "duplicates, footnote-markers, markup, lowercase-names");
  app.add_option("--threads", s.threads, "Worker threads (0 = one per core)")->capture_default_str();
  app.add_flag("--no-tagging{false}", s.tagging, "Do not tag relations automatically");
  app.add_option("--tagger", s.tagger,
                 "How relations are tagged: parser (Link Grammar clause structure, shallow rules where "
                 "the parser gives up) or shallow (word rules only, faster)")
      ->check(CLI::IsMember({"parser", "shallow"}))
      ->capture_default_str();
  app.add_option("--parse-seconds", s.parse_seconds,
                 "Link Grammar's time cap per sentence, a guard against pathological input: a "
                 "sentence it stops is tagged by the shallow rules and reported, since whether the "
                 "cap is reached depends on the machine")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_flag("--no-curated{false}", s.curated, "Do not read the hand-coded data/relations.csv");
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
  check_outputs_outside_inputs(paths);
  const extract::Gazetteer gazetteer = extract::Gazetteer::load(paths.actors_csv(), paths.aliases_csv());
  for (const std::string& id : gazetteer.actors_without_aliases()) {
    diagnostics.warn({paths.aliases_csv(), 0, -1},
                     "actor '" + id + "' has no alias, so it can never be found");
  }
  const extract::ActorMatcher matcher(gazetteer, !options.cleaning.lowercase_names);
  const corpus::CorpusReader reader(paths.corpus(), diagnostics);
  if (reader.documents().empty()) {
    diagnostics.error({paths.corpus(), 0, -1}, "no documents to read (no manifest rows, no *.txt)");
  }

  // Relations: the tagger needs the lexicon; curated rows are optional.
  std::optional<extract::Lexicon> lexicon;
  std::optional<tagging::CueIndex> cue_index;
  std::optional<tagging::LinkParser> parser;
  std::unique_ptr<tagging::Tagger> tagger;
  std::optional<extract::CuratedRelations> curated;
  if (std::filesystem::exists(paths.lexicon() + "/cues.csv")) {
    lexicon = extract::Lexicon::load(paths.lexicon());
    if (s.tagging) {
      cue_index.emplace(*lexicon);
      if (s.tagger == "parser") {
        tagging::ParserOptions parser_options;
        parser_options.max_seconds = s.parse_seconds;
        parser.emplace(parser_options);
        tagger = std::make_unique<tagging::ParserTagger>(*cue_index, gazetteer, *parser);
      } else {
        tagger = std::make_unique<tagging::ShallowTagger>(*cue_index, gazetteer);
      }
      options.relations.tagger = tagger.get();
    }
    if (s.curated && std::filesystem::exists(paths.curated_csv())) {
      std::vector<std::string> ids;
      for (const auto& meta : reader.documents()) ids.push_back(meta.id);
      curated = extract::CuratedRelations::load(paths.curated_csv(), gazetteer, *lexicon, ids, diagnostics);
      options.relations.curated = &*curated;
      options.relations.curated_file = paths.curated_csv();
    }
  } else {
    diagnostics.warn({paths.lexicon(), 0, -1}, "no relation lexicon (cues.csv): relations are not tagged");
  }

  io::AtomicFile evidence(paths.evidence_csv());
  io::AtomicFile excluded(paths.excluded_csv());
  io::AtomicFile relations(paths.relations_csv());
  io::write_csv_row(evidence.stream(), report::evidence_header());
  io::write_csv_row(excluded.stream(), report::exclusion_header());
  io::write_csv_row(relations.stream(), report::relations_header());
  FileSink sink(evidence.stream(), excluded.stream(), relations.stream());
  extract::Tally tally = extract::extract_corpus(reader, matcher, options, sink, diagnostics);
  tally.rules = corpus::active_rules(options.cleaning);
  tally.inputs = input_fingerprint(paths, options.cleaning.boilerplate, s);
  tally.corpus_documents = static_cast<std::int64_t>(reader.documents().size());
  tally.shard_index = static_cast<std::int64_t>(options.shard_index);
  tally.shard_count = static_cast<std::int64_t>(options.shard_count);

  std::ostringstream tally_text;
  extract::write_tally(tally_text, tally);
  evidence.commit();
  excluded.commit();
  relations.commit();
  io::write_file_atomically(paths.tally_csv(), tally_text.str());
  diagnostics.note(summary(tally));
  if (parser && parser->sentences_timed_out() > 0) {
    diagnostics.warn(
        {paths.corpus(), 0, -1},
        std::to_string(parser->sentences_timed_out()) + " sentence(s) ran past Link Grammar's " +
            std::to_string(parser->options().max_seconds) +
            " s cap and were tagged by the shallow rules; on a faster or less busy machine "
            "they may be parsed, so their relations can differ between runs");
  }
  const bool any_mention = std::any_of(tally.actor_mentions.begin(), tally.actor_mentions.end(),
                                       [](std::int64_t m) { return m > 0; });
  if (!any_mention && tally.documents > 0) {
    diagnostics.warn({paths.corpus(), 0, -1}, "no actor was found in any document: check the gazetteer");
  }
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
