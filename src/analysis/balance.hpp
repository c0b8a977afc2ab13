// Structural balance of a signed graph, four ways (one header to include them
// all; each measure lives in its own file):
//  - triangle_balance.hpp: share of balanced triangles (Cartwright & Harary
//    1956), plain and weighted, with the unbalanced triangles listed;
//  - walk_balance.hpp: closed walks weighted by length, tr(exp(A)) /
//    tr(exp(|A|)) (Estrada & Benzi 2014);
//  - frustration.hpp: fewest edges to change for balance, with the two camps
//    (Aref, Mason & Wilson 2020);
//  - signed_clustering.hpp: partition into at most k groups with positive
//    edges inside and negative between, Davis' (1967) clusterability measured
//    by the Doreian & Mrvar (1996) criterion.
// All take a SignedGraph (signed_graph.hpp), check it with
// validate_signed_graph (signed_adjacency.hpp), return a result struct and
// print nothing.
#pragma once

#include "analysis/frustration.hpp"
#include "analysis/signed_clustering.hpp"
#include "analysis/triangle_balance.hpp"
#include "analysis/walk_balance.hpp"
