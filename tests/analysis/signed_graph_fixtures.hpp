// Signed graphs for the structural-balance tests: a builder for hand-drawn
// graphs and Read's (1954) Gahuku-Gama tribes from tests/fixtures.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "analysis/signed_graph.hpp"
#include "io/csv_reader.hpp"

namespace actornet::analysis::testing {

struct HandEdge {
  std::size_t a, b;
  int sign;
  double weight = 1.0;
};

// Nodes "n0", "n1", ...; edges stored with a < b.
inline SignedGraph make_signed_graph(std::size_t n, const std::vector<HandEdge>& edges) {
  SignedGraph g;
  for (std::size_t i = 0; i < n; ++i) g.nodes.push_back("n" + std::to_string(i));
  for (const HandEdge& e : edges) {
    g.edges.push_back({std::min(e.a, e.b), std::max(e.a, e.b), e.sign, e.weight});
  }
  return g;
}

// tests/fixtures/gahuku_gama_edges.csv, copied from the project's reference
// data (the team's shared refdata): Read (1954), "Cultures of the Central
// Highlands, New Guinea", Southwestern J. Anthropology 10(1); the UCINET
// dataset GAMA.DAT (matrices GAMAPOS, GAMANEG), shipped as `tribes` in the R
// package signnet. 16 tribes, 58 ties: 29 alliances (rova, +1) and 29
// enmities (hina, -1). Nodes in the UCINET / signnet order, so partitions
// printed by signnet compare position by position.
inline const std::vector<std::string>& gahuku_gama_tribes() {
  static const std::vector<std::string> tribes = {
      "Gavev", "Kotun", "Ove",   "Alika", "Nagam", "Gahuk", "Masil", "Ukudz",
      "Notoh", "Kohik", "Geham", "Asaro", "Uheto", "Seuve", "Nagad", "Gama"};
  return tribes;
}

inline SignedGraph gahuku_gama() {
  const io::CsvTable table = io::CsvTable::read_file(std::string(ACTORNET_SOURCE_DIR) +
                                                     "/tests/fixtures/gahuku_gama_edges.csv");
  std::map<std::string, std::size_t> index;
  SignedGraph g;
  for (const std::string& tribe : gahuku_gama_tribes()) {
    index[tribe] = g.nodes.size();
    g.nodes.push_back(tribe);
  }
  const std::size_t source = table.require("source");
  const std::size_t target = table.require("target");
  const std::size_t sign = table.require("sign");
  for (const io::CsvRecord& row : table.rows()) {
    const std::size_t a = index.at(row.fields[source]);
    const std::size_t b = index.at(row.fields[target]);
    g.edges.push_back({std::min(a, b), std::max(a, b), std::stoi(row.fields[sign]), 1.0});
  }
  return g;
}

}  // namespace actornet::analysis::testing
