// Reads the resampling units of the bootstrap from the extraction outputs:
// output/evidence.csv (co-occurrences) and output/relations.csv (relations,
// selected as `build` selects them), grouped by sentence or by document.
#pragma once

#include <string>
#include <vector>

#include "analysis/bootstrap.hpp"
#include "analysis/relation_selection.hpp"
#include "cli/paths.hpp"

namespace actornet::cli {

struct BootstrapInput {
  std::vector<analysis::ResamplingUnit> units;  // units that contribute something
  std::size_t total_units = 0;                  // all units of the corpus
};

// `by_document`: documents are the resampling unit (total = documents of the
// tally); otherwise sentences (total = N of the tally, which must count
// sentence units: throws io::UsageError for other co-occurrence units).
BootstrapInput read_bootstrap_input(const Paths& paths, const std::vector<std::string>& actor_ids,
                                    analysis::RelationMode mode, bool by_document);

}  // namespace actornet::cli
