// A network coded elsewhere, read from a CSV edge list, so that `metrics` and
// `render` work on it as on a network built from the corpus.
//
// File: RFC 4180 CSV (io::CsvTable) with a header row; column names are exact
// and lower-case, columns may come in any order, other columns are ignored,
// and every cell is trimmed of surrounding spaces and tabs.
//   source, target  required; actor ids (any non-empty text, no self-loops)
//   weight          optional, default 1: a whole number from 1 to 10^15 - 1
//                   ("3", "3.0" and "3e0" all read as 3)
//   sign            optional: +1, 1, -1, 0, positive, negative (words in any case)
//   period          optional: free-text label of the rows' time slice
//   directed        optional, default no: yes, no, true, false, 1, 0 (any case)
// A column that is present must be filled in every row.
//
// How the file maps onto Network (network.hpp is the corpus's data model; an
// edge list only fills the parts it determines):
//  - Actors: every id in source or target, of ALL rows (also rows of other
//    periods, so that the networks of two periods have the same actors and can
//    be compared), sorted by id; name = id, type = "", units = mentions = 0.
//  - Weight: Tie::count holds the summed weight. count is what every stage
//    weighs by default (WeightKind::kCount: strength, eigenvector, PageRank,
//    path lengths 1/w, edge widths, signed measures), and GraphML writes it
//    exactly. count is an integer, so weights must be whole numbers: a
//    fractional weight is a DataError that says to scale the column (e.g.
//    0.25 -> 25). Scaling all weights by one factor leaves eigenvector and
//    PageRank scores and betweenness under lengths 1/w unchanged, and
//    multiplies closeness and strength by the factor. (No other Tie field can
//    hold a fractional weight: the normalised weights are recomputed from
//    integer units when GraphML is read, and the signed layers are written
//    only for signed networks and would mislabel an unsigned weight as
//    cooperation.)
//  - Tie::units = 0 and corpus.units = 0, so association, jaccard and cosine
//    are 0: they are co-occurrence measures, which an edge list does not have.
//  - With a sign column the network has signed layers (corpus.signed_layers,
//    relations_source = "curated": hand-coded relations). A +1 row adds its
//    weight to Tie::cooperation (and 1 to cooperation_count), a -1 row to
//    rivalry (rivalry_count); a 0 row adds to count only. net = (C - R) /
//    (C + R), so an all-positive pair has net 1, an all-negative -1, and a
//    pair with only 0 rows an undefined net (sign 0). Actor relation scores
//    are filled as for relations (analysis/relation_scores.hpp): a directed
//    row's weight is given by its source and received by its target, an
//    undirected row's is given and received by both; net stance and the
//    positive and negative degrees come from the ties.
//    Without a sign column the signed layers keep their defaults.
//  - corpus: documents = units = 0, unit = kEdgeListUnit (marks the network
//    as read from an edge list; kept by GraphML), counting = "weights",
//    dates and rules empty.
//
// Repeated pairs. Within one period an undirected pair may be listed once
// (either order); a directed pair once per direction. A repeat is a DataError
// naming both lines (and "conflicting signs" when the signs differ): a
// symmetric matrix exported as both A,B and B,A would otherwise count twice.
// Summed instead: A -> B with B -> A (the folding of a directed list into the
// undirected Network; different signs give both C and R, net between -1 and
// 1), and the rows of one pair in different periods when all periods are read
// (as the corpus's net score covers its whole time span). A pair's weights
// summed over the whole file must stay below 10^15.
//
// Every row of the file is validated, whatever period is selected. DataError
// messages start with "file:line".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "network/network.hpp"

namespace actornet::network {

// CorpusSummary::unit of a network read from an edge list.
inline constexpr const char* kEdgeListUnit = "edge list";

// True when the network was read from an edge list (also after a GraphML
// round trip): its counts are the list's weights, not co-occurrences.
bool is_edge_list_network(const CorpusSummary& corpus);

// One row of the file marked directed, as the file has it.
struct DirectedEdge {
  std::size_t source = 0;  // index into Network::actors
  std::size_t target = 0;
  std::int64_t weight = 1;
  int sign = 0;            // +1, -1 or 0 (also 0 in a list without a sign column)
  std::string period;      // "" without a period column
  std::size_t line = 0;    // where the row is in the file
};

struct EdgeListData {
  Network network;            // undirected; A -> B and B -> A folded into one tie
  bool any_directed = false;  // some kept row is directed (directed_edges not empty)
  // The kept rows marked directed, in file order: the direction the undirected
  // network cannot hold.
  std::vector<DirectedEdge> directed_edges;
};

// Reads `path`; with `period`, keeps only that period's rows (actors of every
// period stay, see above). Throws io::DataError for a file that breaks the
// format above, and io::UsageError when `period` is given but the file has no
// period column or no row of that period (the message lists its periods).
EdgeListData read_edge_list_data(const std::string& path,
                                 const std::optional<std::string>& period = std::nullopt);

// read_edge_list_data(path[, period]).network.
Network read_edge_list(const std::string& path);
Network read_edge_list(const std::string& path, const std::string& period);

// The distinct period labels of the file, in order of first appearance
// (files are usually written in time order; labels such as "pre-war" and
// "war" do not sort). Empty when the file has no period column. Validates the
// whole file like read_edge_list.
std::vector<std::string> edge_list_periods(const std::string& path);

}  // namespace actornet::network
