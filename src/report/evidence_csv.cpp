#include "report/evidence_csv.hpp"

#include "io/csv_writer.hpp"

namespace actornet::report {

using std::to_string;

const std::vector<std::string>& evidence_header() {
  static const std::vector<std::string> header = {
      "doc_seq",    "doc_id",    "date",      "unit_first", "unit_last",  "unit_kind", "actor_a",
      "actor_b",    "alias_a",   "alias_b",    "mentions_a", "mentions_b", "weight",
      "start_byte", "end_byte",  "start_char", "end_char",   "text"};
  return header;
}

void write_evidence_row(std::ostream& out, const extract::EvidenceRow& r) {
  io::write_csv_row(out, {to_string(r.doc_seq), r.doc_id, r.date, to_string(r.unit_first), to_string(r.unit_last),
                          r.unit_kind, r.actor_a, r.actor_b, r.alias_a, r.alias_b,
                          to_string(r.mentions_a), to_string(r.mentions_b), to_string(r.weight),
                          to_string(r.start_byte), to_string(r.end_byte), to_string(r.start_char),
                          to_string(r.end_char), r.text});
}

const std::vector<std::string>& exclusion_header() {
  static const std::vector<std::string> header = {"doc_seq", "doc_id",     "rule",      "reason",
                                                  "first_line", "last_line", "start_byte",
                                                  "end_byte",   "excerpt"};
  return header;
}

void write_exclusion_row(std::ostream& out, const extract::ExclusionRow& r) {
  io::write_csv_row(out, {to_string(r.doc_seq), r.doc_id, r.rule, r.reason, to_string(r.first_line),
                          to_string(r.last_line), to_string(r.start_byte), to_string(r.end_byte),
                          r.excerpt});
}

}  // namespace actornet::report
