#include "analysis/period_measures.hpp"

#include <map>
#include <stdexcept>

namespace actornet::analysis {

namespace {

// Sign of every tie by "A-B" (ids in order).
std::map<std::string, int> signs_of(const network::Network& net) {
  std::map<std::string, int> out;
  for (const network::Tie& t : net.ties) out[net.actors.at(t.a).id + "-" + net.actors.at(t.b).id] = t.sign();
  return out;
}

void tie_changes(const PeriodResult& p, const PeriodResult& q, std::vector<PeriodChange>& out) {
  const std::map<std::string, int> before = signs_of(p.network);
  const std::map<std::string, int> after = signs_of(q.network);
  std::map<std::string, std::pair<int, int>> pairs;
  for (const auto& [k, s] : before) pairs[k].first = s;
  for (const auto& [k, s] : after) pairs[k].second = s;
  for (const auto& [item, s] : pairs) {
    if (s.first == s.second) continue;
    const char* note = s.first == 0 ? "appeared" : (s.second == 0 ? "disappeared" : "flipped");
    out.push_back({p.label, q.label, "tie", item, "sign", static_cast<double>(s.first),
                   static_cast<double>(s.second), note});
  }
}

void actor_changes(const PeriodResult& p, const PeriodResult& q, std::vector<PeriodChange>& out) {
  for (std::size_t i = 0; i < p.network.actors.size(); ++i) {
    const ActorCentrality& a = p.measures.centrality.actors.at(i);
    const ActorCentrality& b = q.measures.centrality.actors.at(i);
    const std::string& id = p.network.actors[i].id;
    out.push_back({p.label, q.label, "actor", id, "degree", static_cast<double>(a.degree),
                   static_cast<double>(b.degree), ""});
    out.push_back({p.label, q.label, "actor", id, "strength", a.strength, b.strength, ""});
    out.push_back({p.label, q.label, "actor", id, "pagerank", a.pagerank, b.pagerank, ""});
  }
}

}  // namespace

PeriodAnalysis analyse_periods(const std::vector<PeriodNetwork>& periods, const MeasureOptions& options) {
  PeriodAnalysis out;
  for (const PeriodNetwork& p : periods) {
    if (!out.periods.empty()) {
      const auto& first = out.periods.front().network.actors;
      bool same = first.size() == p.network.actors.size();
      for (std::size_t i = 0; same && i < first.size(); ++i) same = first[i].id == p.network.actors[i].id;
      if (!same) throw std::invalid_argument("period '" + p.label + "' does not have the same actors");
    }
    out.periods.push_back({p.label, p.network, measure_network(p.network, options)});
  }
  for (std::size_t k = 0; k + 1 < out.periods.size(); ++k) {
    tie_changes(out.periods[k], out.periods[k + 1], out.changes);
    actor_changes(out.periods[k], out.periods[k + 1], out.changes);
  }
  return out;
}

}  // namespace actornet::analysis
