// `actornet agreement`: automatic tags vs curated codes, from
// output/relations.csv -> output/agreement.md, output/disagreements.csv.
#include <iostream>

#include "analysis/agreement.hpp"
#include "cli/command.hpp"
#include "cli/stages.hpp"
#include "io/atomic_file.hpp"
#include "report/agreement_report.hpp"
#include "report/relations_csv.hpp"

namespace actornet::cli {

void stage_agreement(const Paths& paths, io::Diagnostics& diagnostics) {
  analysis::AgreementCounter counter;
  bool curated = false;
  report::for_each_relation(paths.relations_csv(), [&](const extract::Relation& relation) {
    curated = curated || relation.origin == "curated";
    counter.add(relation);
  });
  if (!curated) {
    throw io::DataError({paths.relations_csv(), 0, -1},
                        "has no curated relations to compare with (is data/relations.csv there, "
                        "and was `extract` run without --no-curated?)");
  }
  const analysis::AgreementReport report = counter.finish();
  io::write_file_atomically(paths.agreement_md(), report::agreement_markdown(report));
  io::write_file_atomically(paths.disagreements_csv(), report::disagreements_csv(report));
  diagnostics.note(report::agreement_summary(report));
}

namespace {

class AgreementCommand : public Command {
 public:
  std::string name() const override { return "agreement"; }
  std::string description() const override {
    return "Compare automatic relation tags with the curated codes (precision, recall, F1, Cohen's "
           "kappa, confusion matrix); write output/agreement.md and output/disagreements.csv";
  }
  void setup(CLI::App& app) override { add_path_options(app, paths_, false, true, false); }
  int run() override {
    io::Diagnostics diagnostics(&std::cerr);
    stage_agreement(paths_, diagnostics);
    return diagnostics.has_errors() ? kExitDataError : kExitOk;
  }

 private:
  Paths paths_;
};

}  // namespace

std::unique_ptr<Command> make_agreement_command() { return std::make_unique<AgreementCommand>(); }

}  // namespace actornet::cli
