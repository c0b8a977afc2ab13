// Writers for the extraction outputs: output/evidence.csv (one row per
// co-occurrence, with its quote) and output/excluded.csv (one row per block
// the cleaning rules excluded). Column meanings are documented in README,
// "Outputs".
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "extract/cooccurrence.hpp"

namespace actornet::report {

const std::vector<std::string>& evidence_header();
void write_evidence_row(std::ostream& out, const extract::EvidenceRow& row);

const std::vector<std::string>& exclusion_header();
void write_exclusion_row(std::ostream& out, const extract::ExclusionRow& row);

}  // namespace actornet::report
