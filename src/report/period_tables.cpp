#include "report/period_tables.hpp"

#include <sstream>

#include "io/csv_writer.hpp"

namespace actornet::report {

using io::format_double;

std::string periods_csv(const analysis::PeriodAnalysis& a) {
  std::ostringstream out;
  io::write_csv_row(out, {"period", "kind", "item", "measure", "value"});
  for (const analysis::PeriodResult& p : a.periods) {
    auto row = [&](const char* kind, const std::string& item, const char* measure, const std::string& value) {
      io::write_csv_row(out, {p.label, kind, item, measure, value});
    };
    row("network", "all", "ties", std::to_string(p.network.ties.size()));
    for (std::size_t i = 0; i < p.network.actors.size(); ++i) {
      const analysis::ActorCentrality& c = p.measures.centrality.actors.at(i);
      const std::string& id = p.network.actors[i].id;
      row("actor", id, "degree", std::to_string(c.degree));
      row("actor", id, "strength", format_double(c.strength));
      row("actor", id, "betweenness", format_double(c.betweenness));
      row("actor", id, "pagerank", format_double(c.pagerank));
      row("actor", id, "community", std::to_string(p.measures.communities.membership.at(i)));
    }
    if (p.measures.signed_measures) {
      const analysis::SignedMeasures& s = *p.measures.signed_measures;
      row("network", "all", "signed_ties", std::to_string(s.graph.edges.size()));
      row("network", "all", "triangle_index", format_double(s.triangles.index));
      row("network", "all", "walk_balance", format_double(s.walk.index));
      row("network", "all", "frustration_index", std::to_string(s.frustration.index));
    }
  }
  return out.str();
}

std::string period_changes_csv(const analysis::PeriodAnalysis& a) {
  std::ostringstream out;
  io::write_csv_row(out, {"from", "to", "kind", "item", "measure", "before", "after", "change", "note"});
  for (const analysis::PeriodChange& c : a.changes) {
    io::write_csv_row(out, {c.from, c.to, c.kind, c.item, c.measure, format_double(c.before),
                            format_double(c.after), format_double(c.after - c.before), c.note});
  }
  return out.str();
}

}  // namespace actornet::report
