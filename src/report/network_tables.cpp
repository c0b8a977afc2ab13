#include "report/network_tables.hpp"

#include <map>
#include <sstream>

#include "io/csv_writer.hpp"

namespace actornet::report {

using io::format_double;
using std::to_string;

std::string dyads_csv(const network::Network& net) {
  std::ostringstream out;
  io::write_csv_row(out, {"actor_a", "name_a", "actor_b", "name_b", "count", "units",
                          "units_a", "units_b", "association_strength", "jaccard", "cosine"});
  std::map<std::pair<std::size_t, std::size_t>, const network::Tie*> ties;
  for (const network::Tie& t : net.ties) ties[{t.a, t.b}] = &t;
  const network::Tie none;
  for (std::size_t a = 0; a < net.actors.size(); ++a) {
    for (std::size_t b = a + 1; b < net.actors.size(); ++b) {
      auto it = ties.find({a, b});
      const network::Tie& t = it == ties.end() ? none : *it->second;
      const auto& x = net.actors[a];
      const auto& y = net.actors[b];
      io::write_csv_row(out, {x.id, x.name, y.id, y.name, to_string(t.count), to_string(t.units),
                              to_string(x.units), to_string(y.units),
                              format_double(t.association_strength), format_double(t.jaccard),
                              format_double(t.cosine)});
    }
  }
  return out.str();
}

std::string actors_csv(const network::Network& net, const analysis::CentralityResult& result) {
  std::ostringstream out;
  io::write_csv_row(out, {"actor", "name", "type", "units", "mentions", "weight", "degree",
                          "degree_normalized", "strength", "betweenness",
                          "betweenness_normalized", "closeness", "harmonic", "eigenvector",
                          "pagerank"});
  for (std::size_t i = 0; i < net.actors.size(); ++i) {
    const auto& a = net.actors[i];
    const analysis::ActorCentrality& c = result.actors.at(i);
    io::write_csv_row(out, {a.id, a.name, a.type, to_string(a.units), to_string(a.mentions),
                            result.weight, to_string(c.degree), format_double(c.degree_normalized),
                            format_double(c.strength), format_double(c.betweenness),
                            format_double(c.betweenness_normalized), format_double(c.closeness),
                            format_double(c.harmonic), format_double(c.eigenvector),
                            format_double(c.pagerank)});
  }
  return out.str();
}

}  // namespace actornet::report
