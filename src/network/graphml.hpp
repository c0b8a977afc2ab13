// The actor network as GraphML (Brandes, Eiglsperger, Herman, Himsolt &
// Marshall 2002, "GraphML progress report", Graph Drawing 2001, LNCS 2265,
// doi:10.1007/3-540-45848-4_59), read and written by igraph's GraphML code so
// that Gephi, Cytoscape, networkx and igraph open the file as it is.
//
// Attributes (GraphML keys are prefixed by domain: "g_", "v_", "e_"):
//   graph: documents, units (doubles); unit, counting, date_min, date_max,
//          rules, relations_source (strings); signed_layers (boolean).
//          rules, relations_source and signed_layers are optional on reading
//          (networks made by other tools): "", "" and see below.
//   node:  id, name, type (strings); units, mentions (doubles)
//   edge:  count, units, association, jaccard, cosine, weight (doubles);
//          weight repeats count for tools that look for "weight".
//          With signed layers only (CorpusSummary::signed_layers): cooperation,
//          rivalry, cooperation_count, rivalry_count, withheld_count, net
//          (doubles). A network without signed layers is written without them,
//          so that no tool reads "cooperation 0" as "no cooperation found".
//
// Signed layers on reading: signed_layers, when present, decides (false with
// edges carrying 'cooperation' is an error); when absent, the network has
// signed layers exactly when its edges carry 'cooperation'. Then all of them
// but 'net' are required.
//
// Undefined net (NaN, C + R = 0): igraph 0.10.2 writes no <data> element for
// a NaN value, and reads a missing value as NaN; in GraphML an absent value is
// undefined, so the file says what the struct says and other tools (networkx,
// Gephi) see no value rather than a string. A file without the 'net' key has
// no defined net anywhere.
//
// Precision: igraph 0.10.2 prints doubles with 15 significant digits ("%.15g"),
// which is not enough to round-trip every double (0.1 + 0.2 comes back as
// 0.3, 1/3 loses its last two digits). Integers below 10^15 are exact. So the
// counts are written as they are (write_graphml refuses larger ones), and on
// reading, association, jaccard and cosine are recomputed from the file's
// integer counts (compute_normalised_weights) after checking that the file's
// values agree with them to 1e-12 (relative): a network that went through
// write_graphml and read_graphml compares equal, bit for bit, as long as its
// normalised weights were computed by compute_normalised_weights.
// Cooperation and rivalry are sums of confidence x Goldstein intensity, not
// integers, and nothing in the file determines them: they come back with 15
// significant digits (relative error below 5e-15, far below the one decimal
// of the Goldstein scale). net is kept as the file has it (so its sign, and
// whether it is 0, survive even when C and R differ in the 16th digit) after
// checking that it agrees with (C - R) / (C + R) from the file's C and R to
// 1e-12 (absolute) and is undefined exactly when C + R = 0.
#pragma once

#include <string>

#include "network/network.hpp"

namespace actornet::network {

// The network as a GraphML document (UTF-8). Vertex i is actors[i] (XML id
// "n<i>"), edges follow ties in order. Throws io::DataError if the ties are
// inconsistent (igraph::validate_ties), a count is 10^15 or more, or (with
// signed layers) a tie breaks signed_layers_problem, and
// std::runtime_error if igraph fails (e.g. a control character in a string).
std::string write_graphml(const Network& network);

// Reads a GraphML file written by write_graphml (or by another tool with the
// same attributes). Validates it and throws io::DataError naming `path` (and
// the line, when igraph's XML parser reports one) if:
//  - the file cannot be opened or is not well-formed GraphML;
//  - an attribute listed above (except weight, which is ignored) is missing,
//    has the wrong type, or is missing on some node or edge;
//  - a node has an empty or duplicate id (an edge naming an undeclared node
//    makes igraph add a node without attributes, reported here);
//  - a count is negative or not an integer, or a normalised weight disagrees
//    with the counts;
//  - a signed layer breaks its contract (signed_layers_problem), or
//    relations_source is not auto, curated, both or empty;
//  - an edge is a self-loop or repeats a pair.
// Edge direction is ignored: a tie is stored with a < b. The result satisfies
// the Network invariants: actors sorted by id, ties sorted by (a, b).
Network read_graphml(const std::string& path);

}  // namespace actornet::network
