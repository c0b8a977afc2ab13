#include "report/agreement_report.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "io/csv_writer.hpp"

namespace actornet::report {

namespace {

std::string fixed(double value, int decimals = 3) {
  if (std::isnan(value)) return "n/a";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace

void figures_markdown(std::ostringstream& out, const analysis::AgreementFigures& r) {
  out << "Items: " << r.items << ". Observed agreement: " << fixed(r.observed)
      << "; chance agreement: " << fixed(r.expected) << "; Cohen's kappa: " << fixed(r.kappa) << " (95% interval "
      << fixed(r.kappa_low) << " to " << fixed(r.kappa_high) << ", bootstrap over sentences); macro-F1: "
      << fixed(r.macro_f1) << "; direction accuracy: " << fixed(r.direction_accuracy) << " ("
      << r.direction_agreed << " of " << r.direction_items << " items with the same relation)\n\n";
  out << "| label | curated | automatic | agreed | precision | recall | F1 |\n";
  out << "|---|---:|---:|---:|---:|---:|---:|\n";
  for (const analysis::LabelScores& s : r.labels) {
    out << "| " << s.label << " | " << s.curated << " | " << s.automatic << " | " << s.agreed << " | "
        << fixed(s.precision) << " | " << fixed(s.recall) << " | " << fixed(s.f1) << " |\n";
  }
  out << "\nConfusion matrix (rows: curated, columns: automatic)\n\n| curated \\ automatic |";
  for (const char* label : analysis::kAgreementLabels) out << " " << label << " |";
  out << "\n|---|";
  for (std::size_t i = 0; i < analysis::kAgreementLabels.size(); ++i) out << "---:|";
  out << "\n";
  for (std::size_t i = 0; i < analysis::kAgreementLabels.size(); ++i) {
    out << "| " << analysis::kAgreementLabels[i] << " |";
    for (std::size_t j = 0; j < analysis::kAgreementLabels.size(); ++j) out << " " << r.confusion[i][j] << " |";
    out << "\n";
  }
}

std::string agreement_markdown(const analysis::AgreementReport& r) {
  std::ostringstream out;
  out << "# Agreement: automatic tagger vs curated codes\n\n";
  out << "An item is a sentence and an actor pair with a relation on either side; the curated code is the\n"
         "reference. Each side labels the item with the polarity of most of its relations for the pair\n"
         "(ties: rivalry, withheld, cooperation), or neutral when it has none.\n\n";
  out << "Unit recall: " << fixed(r.unit_recall) << " (" << r.curated_related_found << " of the coder's "
      << r.curated_related
      << " related items are items of the tagger: the sentence was kept and both actors were found in it).\n\n";
  out << "Tagging rules are written by hand and nothing is estimated from these texts, so there is no\n"
         "leave-one-document-out variant: every document is scored as it is.\n\n";
  out << "## Both actors found by the tagger\n\n"
         "Items the tagger has a row for: both actors named in the sentence, or one of them resolved from a\n"
         "reference (\"they\", \"the two countries\", \"this partnership\"). The coder also coded actors that\n"
         "are only implied, which the tagger does not find.\n\n";
  figures_markdown(out, r.named);
  out << "\n## Both actors found, and a relation on at least one side\n\n"
         "Leaves out the co-mentions that both sides agree carry no relation (neutral / neutral).\n\n";
  figures_markdown(out, r.related);
  out << "\n## All items\n\n";
  figures_markdown(out, r.all);
  out << "\n" << r.disagreements.size() << " disagreements are listed in disagreements.csv.\n";
  return out.str();
}

std::string disagreements_csv(const analysis::AgreementReport& r) {
  std::ostringstream out;
  io::write_csv_row(out, {"doc_seq", "doc_id", "unit", "actor_a", "actor_b", "curated", "automatic",
                          "curated_detail", "automatic_detail", "text"});
  for (const analysis::AgreementItem& d : r.disagreements) {
    io::write_csv_row(out, {std::to_string(d.doc_seq), d.doc_id, std::to_string(d.unit), d.a, d.b, d.curated,
                            d.automatic, d.curated_detail, d.automatic_detail, d.text});
  }
  return out.str();
}

std::string agreement_summary(const analysis::AgreementReport& r) {
  std::ostringstream out;
  out << "agreement: kappa " << fixed(r.named.kappa) << " [" << fixed(r.named.kappa_low) << ", "
      << fixed(r.named.kappa_high) << "] on " << r.named.items
      << " items whose actors the tagger finds (" << fixed(r.related.kappa) << " on the " << r.related.items
      << " of them with a relation on either side; " << fixed(r.all.kappa) << " on all " << r.all.items << ")";
  for (const analysis::LabelScores& s : r.named.labels) out << "; F1 " << s.label << " " << fixed(s.f1);
  out << "; macro-F1 " << fixed(r.named.macro_f1) << "; direction accuracy " << fixed(r.named.direction_accuracy)
      << "; unit recall " << fixed(r.unit_recall);
  return out.str();
}

}  // namespace actornet::report
