// `actornet merge`: the reduce step. Merges the outputs of `extract --shard`
// runs into one tally, evidence and exclusion report, identical to what one
// unsharded run writes.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/stages.hpp"
#include "extract/tally.hpp"
#include "io/atomic_file.hpp"
#include "io/csv_reader.hpp"
#include "io/csv_writer.hpp"
#include "report/evidence_csv.hpp"
#include "report/relations_csv.hpp"

namespace actornet::cli {

namespace {

// K-way merge of CSV files that are each sorted by their first column
// (doc_seq, a whole number); ties keep input order. Streams: one row per
// input in memory.
void merge_sorted_csv(const std::vector<std::string>& inputs, const std::vector<std::string>& header,
                      const std::string& output) {
  struct Input {
    std::ifstream stream;
    std::unique_ptr<io::CsvReader> reader;
    io::CsvRecord head;
    bool live = false;
    unsigned long long key = 0;
  };
  std::vector<Input> in(inputs.size());
  auto advance = [&](std::size_t i) {
    in[i].live = in[i].reader->next(in[i].head);
    if (!in[i].live) return;
    if (in[i].head.fields.size() != header.size()) {
      throw io::DataError({inputs[i], in[i].head.line, -1}, "row has " + std::to_string(in[i].head.fields.size()) +
                                                                " fields, expected " + std::to_string(header.size()));
    }
    try {
      in[i].key = std::stoull(in[i].head.fields[0]);
    } catch (const std::exception&) {
      throw io::DataError({inputs[i], in[i].head.line, -1}, "doc_seq is not a whole number");
    }
  };
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    in[i].stream.open(inputs[i], std::ios::binary);
    if (!in[i].stream) throw io::DataError({inputs[i], 0, -1}, "cannot open file");
    in[i].reader = std::make_unique<io::CsvReader>(in[i].stream, inputs[i]);
    io::CsvRecord first;
    if (!in[i].reader->next(first) || first.fields != header) {
      throw io::DataError({inputs[i], 1, -1}, "header differs from what `actornet extract` writes");
    }
    advance(i);
  }
  io::AtomicFile out(output);
  io::write_csv_row(out.stream(), header);
  for (;;) {
    std::size_t best = inputs.size();
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      if (in[i].live && (best == inputs.size() || in[i].key < in[best].key)) best = i;
    }
    if (best == inputs.size()) break;
    io::write_csv_row(out.stream(), in[best].head.fields);
    advance(best);
  }
  out.commit();
}

class MergeCommand : public Command {
 public:
  std::string name() const override { return "merge"; }
  std::string description() const override {
    return "Merge the output folders of `extract --shard I/N` runs (tally by addition, evidence "
           "and exclusions in corpus order) into --output";
  }
  void setup(CLI::App& app) override {
    app.add_option("shards", shards_, "Output folders of the shard runs")->required();
    add_path_options(app, paths_, false, true, false);
  }
  int run() override {
    io::Diagnostics diagnostics(&std::cerr);
    std::vector<std::string> evidence, excluded, relations;
    std::vector<std::pair<std::string, extract::Tally>> tallies;
    for (const std::string& folder : shards_) {
      Paths shard;
      shard.output = folder;
      tallies.emplace_back(shard.tally_csv(), extract::read_tally(shard.tally_csv()));
      evidence.push_back(shard.evidence_csv());
      excluded.push_back(shard.excluded_csv());
      relations.push_back(shard.relations_csv());
    }
    const extract::Tally total = extract::merge_shards(tallies);
    merge_sorted_csv(evidence, report::evidence_header(), paths_.evidence_csv());
    merge_sorted_csv(excluded, report::exclusion_header(), paths_.excluded_csv());
    merge_sorted_csv(relations, report::relations_header(), paths_.relations_csv());
    std::ostringstream text;
    extract::write_tally(text, total);
    io::write_file_atomically(paths_.tally_csv(), text.str());
    diagnostics.note("merged " + std::to_string(shards_.size()) + " shard(s): " +
                     std::to_string(total.documents) + " document(s)");
    return diagnostics.has_errors() ? kExitDataError : kExitOk;
  }

 private:
  std::vector<std::string> shards_;
  Paths paths_;
};

}  // namespace

std::unique_ptr<Command> make_merge_command() { return std::make_unique<MergeCommand>(); }

}  // namespace actornet::cli
