// Writers for `actornet agreement`: output/agreement.md (the figures, for a
// reader or a paper's appendix) and output/disagreements.csv (one row per
// item the tagger and the coder label differently, with the sentence).
#pragma once

#include <string>

#include "analysis/agreement.hpp"

namespace actornet::report {

std::string agreement_markdown(const analysis::AgreementReport& report);
std::string disagreements_csv(const analysis::AgreementReport& report);
// One line for the terminal: items, kappa, F1 per label.
std::string agreement_summary(const analysis::AgreementReport& report);

}  // namespace actornet::report
