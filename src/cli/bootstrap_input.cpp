#include "cli/bootstrap_input.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "extract/tally.hpp"
#include "io/csv_reader.hpp"
#include "io/errors.hpp"
#include "report/evidence_csv.hpp"
#include "report/relations_csv.hpp"

namespace actornet::cli {

BootstrapInput read_bootstrap_input(const Paths& paths, const std::vector<std::string>& actor_ids,
                                    analysis::RelationMode mode, bool by_document) {
  const extract::Tally tally = extract::read_tally(paths.tally_csv());
  if (!by_document && tally.unit != "sentence") {
    throw io::UsageError("--bootstrap-unit sentence needs sentence co-occurrence units (this run used " +
                         tally.unit + "); use --bootstrap-unit document");
  }
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < actor_ids.size(); ++i) index[actor_ids[i]] = i;
  std::map<std::pair<std::size_t, std::size_t>, analysis::ResamplingUnit> units;
  auto key = [by_document](std::size_t doc_seq, std::size_t unit) {
    return std::make_pair(doc_seq, by_document ? std::size_t{0} : unit);
  };

  std::ifstream evidence(paths.evidence_csv(), std::ios::binary);
  if (!evidence) throw io::DataError({paths.evidence_csv(), 0, -1}, "cannot open file (run `actornet extract`)");
  io::CsvReader reader(evidence, paths.evidence_csv());
  io::CsvRecord row;
  if (!reader.next(row) || row.fields != report::evidence_header()) {
    throw io::DataError({paths.evidence_csv(), 1, -1}, "header differs from what `actornet extract` writes");
  }
  const auto& header = report::evidence_header();
  auto column = [&header](const char* name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const std::size_t c_doc = column("doc_seq"), c_unit = column("unit_first"), c_a = column("actor_a"),
                    c_b = column("actor_b"), c_weight = column("weight");
  while (reader.next(row)) {
    const io::Location where{paths.evidence_csv(), row.line, -1};
    if (row.fields.size() != header.size()) throw io::DataError(where, "wrong number of fields");
    auto a = index.find(row.fields[c_a]);
    auto b = index.find(row.fields[c_b]);
    if (a == index.end() || b == index.end()) continue;  // actors filtered out of the network
    try {
      units[key(std::stoul(row.fields[c_doc]), std::stoul(row.fields[c_unit]))].cooccurrence.push_back(
          {std::min(a->second, b->second), std::max(a->second, b->second), std::stoll(row.fields[c_weight])});
    } catch (const std::exception&) {
      throw io::DataError(where, "doc_seq, unit_first or weight is not a number");
    }
  }

  if (std::filesystem::exists(paths.relations_csv())) {
    analysis::RelationSelector selector(mode, [&](const extract::Relation& r) {
      if (index.count(r.source) == 0 || index.count(r.target) == 0) return;
      units[key(r.doc_seq, r.unit)].relations.push_back(r);
    });
    report::for_each_relation(paths.relations_csv(), [&selector](const extract::Relation& r) { selector.add(r); });
    selector.finish();
  }

  BootstrapInput out;
  for (auto& [k, unit] : units) out.units.push_back(std::move(unit));
  out.total_units = static_cast<std::size_t>(by_document ? tally.documents : tally.units);
  if (out.total_units < out.units.size()) out.total_units = out.units.size();
  return out;
}

}  // namespace actornet::cli
