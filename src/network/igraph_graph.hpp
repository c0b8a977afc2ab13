// The igraph boundary: RAII owners for igraph's C objects, the error handler
// that turns igraph failures into C++ exceptions, and the conversion of a
// project Network into an igraph graph.
//
// PRIVATE to src/network and src/analysis: it includes <igraph.h>. Public
// headers of other stages must not include it (STYLE.md, "C libraries stay
// behind a boundary").
//
// Process-wide igraph state, set once by ensure_initialised() (every owner
// below calls it before creating anything):
//  - an error handler that records igraph's message, frees igraph's
//    temporaries (IGRAPH_FINALLY_FREE) and RETURNS, instead of igraph's
//    default that aborts the process; check() then throws after the C call
//    has returned, so no exception ever crosses a C frame;
//  - a warning handler that stores warnings (take_warnings()) instead of
//    printing them to stderr;
//  - igraph's C attribute handler (igraph_cattribute_table), which GraphML
//    reading and writing need. It must be installed before the first graph is
//    created and never changed afterwards, which is why it lives here.
// Debian's igraph 0.10.2 is built without thread-local state
// (IGRAPH_THREAD_SAFE 0): call igraph from one thread at a time.
#pragma once

#include <igraph.h>

#include <cstddef>
#include <string>
#include <vector>

#include "network/network.hpp"

namespace actornet::network::igraph {

// Installs the handlers and attribute table described above; runs its body
// once per process (std::call_once), cheap afterwards.
void ensure_initialised();

// Message for a failed igraph call: igraph's own reason(s) (the parsers put
// "Line N: ..." there) followed by igraph_strerror(code). Clears the stored
// reason.
std::string describe_failure(igraph_error_t code);

// Throws std::runtime_error("<what>: <describe_failure(code)>") unless code is
// IGRAPH_SUCCESS. Call it on the return code of every igraph function.
void check(igraph_error_t code, const char* what);

// Warnings igraph emitted on this thread since the last call, oldest first
// (at most 100 kept); the buffer is emptied.
std::vector<std::string> take_warnings();

// Owns an igraph_vector_t (doubles). Move-only. New entries are always 0,
// also after resize() (igraph_vector_resize leaves them uninitialised).
class Vector {
 public:
  explicit Vector(igraph_integer_t size = 0);
  explicit Vector(const std::vector<double>& values);
  ~Vector();
  Vector(Vector&& other) noexcept;
  Vector& operator=(Vector&& other) noexcept;
  Vector(const Vector&) = delete;
  Vector& operator=(const Vector&) = delete;

  igraph_vector_t* get() { return &vector_; }
  const igraph_vector_t* get() const { return &vector_; }
  igraph_integer_t size() const;
  double operator[](igraph_integer_t i) const;
  double& operator[](igraph_integer_t i);
  void resize(igraph_integer_t size);
  std::vector<double> to_std() const;

 private:
  igraph_vector_t vector_{};
  bool owned_ = false;
};

// Owns an igraph_vector_int_t (igraph_integer_t), the type igraph 0.10 uses
// for vertex/edge ids and degrees. Same contract as Vector.
class IntVector {
 public:
  explicit IntVector(igraph_integer_t size = 0);
  explicit IntVector(const std::vector<igraph_integer_t>& values);
  ~IntVector();
  IntVector(IntVector&& other) noexcept;
  IntVector& operator=(IntVector&& other) noexcept;
  IntVector(const IntVector&) = delete;
  IntVector& operator=(const IntVector&) = delete;

  igraph_vector_int_t* get() { return &vector_; }
  const igraph_vector_int_t* get() const { return &vector_; }
  igraph_integer_t size() const;
  igraph_integer_t operator[](igraph_integer_t i) const;
  void resize(igraph_integer_t size);

 private:
  igraph_vector_int_t vector_{};
  bool owned_ = false;
};

// Owns an igraph_strvector_t (strings, copied in and out).
class StringVector {
 public:
  explicit StringVector(igraph_integer_t size = 0);
  ~StringVector();
  StringVector(StringVector&& other) noexcept;
  StringVector& operator=(StringVector&& other) noexcept;
  StringVector(const StringVector&) = delete;
  StringVector& operator=(const StringVector&) = delete;

  igraph_strvector_t* get() { return &vector_; }
  const igraph_strvector_t* get() const { return &vector_; }
  igraph_integer_t size() const;
  std::string at(igraph_integer_t i) const;

 private:
  igraph_strvector_t vector_{};
  bool owned_ = false;
};

// Owns an igraph_t. Move-only; a moved-from Graph owns nothing and must not
// be used except to be assigned to or destroyed.
class Graph {
 public:
  // A graph with `vertices` vertices and no edges.
  static Graph empty(igraph_integer_t vertices, bool directed = false);
  // Takes ownership of `raw`, which an igraph constructor (igraph_create,
  // igraph_read_graph_graphml, ...) has initialised and which the caller
  // will not destroy. igraph_t holds only pointers to heap storage, so it can
  // be moved by copying the struct.
  static Graph adopt(const igraph_t& raw);

  ~Graph();
  Graph(Graph&& other) noexcept;
  Graph& operator=(Graph&& other) noexcept;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  igraph_t* get() { return &graph_; }
  const igraph_t* get() const { return &graph_; }
  igraph_integer_t vertex_count() const;
  igraph_integer_t edge_count() const;

 private:
  Graph() = default;
  igraph_t graph_{};
  bool owned_ = false;
};

// Which ties become edges.
enum class TieFilter {
  kAll,             // every tie
  kPositiveWeight,  // only ties whose weight is > 0 (path-based measures)
};

// An undirected igraph graph of a Network: vertex i is network.actors[i];
// edges follow network.ties in order (skipping filtered ties), so edge e is
// network.ties[tie_of_edge[e]] and carries weights[e].
struct WeightedGraph {
  Graph graph;
  Vector weights;
  std::vector<std::size_t> tie_of_edge;
};

// Throws io::DataError (file "<network>") if a tie refers to an actor index
// out of range, joins an actor to itself, or repeats a pair (in either order).
void validate_ties(const Network& network);

// Builds the graph with tie_weight(tie, kind) as edge weights. Validates the
// ties (validate_ties) and throws io::DataError if a weight is NaN or
// infinite. The vertex count is passed to igraph explicitly, so isolated
// actors (even trailing ones) are vertices.
WeightedGraph build_weighted_graph(const Network& network, WeightKind kind,
                                   TieFilter filter = TieFilter::kAll);

}  // namespace actornet::network::igraph
