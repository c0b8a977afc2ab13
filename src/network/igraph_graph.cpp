#include "network/igraph_graph.hpp"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <set>
#include <stdexcept>
#include <utility>

#include "io/errors.hpp"

namespace actornet::network::igraph {

namespace {

constexpr std::size_t kMaxWarnings = 100;

// igraph is not built thread-safe, but keeping the message per thread costs
// nothing and keeps two misbehaving threads from mixing their messages.
thread_local std::string t_error_reason;
thread_local std::vector<std::string> t_warnings;

// igraph calls the handler once for the failing function and again, with an
// empty or generic reason, at every level the error propagates through; the
// first reason is the informative one ("Line 19: Opening and ending tag
// mismatch"), so each distinct non-empty reason is kept in order.
void record_error(const char* reason, const char* /*file*/, int /*line*/,
                  igraph_error_t /*code*/) {
  try {
    if (reason != nullptr && *reason != '\0' &&
        t_error_reason.find(reason) == std::string::npos) {
      if (!t_error_reason.empty()) t_error_reason += "; ";
      t_error_reason += reason;
    }
  } catch (...) {
    // Out of memory while recording: the code alone still reaches check().
  }
  IGRAPH_FINALLY_FREE();  // the handler's duty: free igraph's temporaries
}

void record_warning(const char* reason, const char* /*file*/, int /*line*/) {
  try {
    if (reason != nullptr && t_warnings.size() < kMaxWarnings) {
      t_warnings.emplace_back(reason);
    }
  } catch (...) {
  }
}

io::Location network_location() { return io::Location{"<network>", 0, -1}; }

}  // namespace

void ensure_initialised() {
  static std::once_flag once;
  std::call_once(once, [] {
    igraph_set_error_handler(&record_error);
    igraph_set_warning_handler(&record_warning);
    igraph_set_attribute_table(&igraph_cattribute_table);
  });
}

std::string describe_failure(igraph_error_t code) {
  std::string reason;
  reason.swap(t_error_reason);
  const std::string text = igraph_strerror(code);
  return reason.empty() ? text : reason + " (" + text + ")";
}

void check(igraph_error_t code, const char* what) {
  if (code == IGRAPH_SUCCESS) {
    t_error_reason.clear();  // a reason igraph recovered from internally
    return;
  }
  throw std::runtime_error(std::string(what) + ": " + describe_failure(code));
}

std::vector<std::string> take_warnings() {
  std::vector<std::string> out;
  out.swap(t_warnings);
  return out;
}

// ---- Vector ---------------------------------------------------------------

Vector::Vector(igraph_integer_t size) {
  ensure_initialised();
  check(igraph_vector_init(&vector_, size), "igraph_vector_init");  // zero-filled
  owned_ = true;
}

Vector::Vector(const std::vector<double>& values) {
  ensure_initialised();
  check(values.empty()
            ? igraph_vector_init(&vector_, 0)
            : igraph_vector_init_array(&vector_, values.data(),
                                       static_cast<igraph_integer_t>(values.size())),
        "igraph_vector_init_array");
  owned_ = true;
}

Vector::~Vector() {
  if (owned_) igraph_vector_destroy(&vector_);
}

Vector::Vector(Vector&& other) noexcept
    : vector_(other.vector_), owned_(std::exchange(other.owned_, false)) {}

Vector& Vector::operator=(Vector&& other) noexcept {
  if (this != &other) {
    if (owned_) igraph_vector_destroy(&vector_);
    vector_ = other.vector_;
    owned_ = std::exchange(other.owned_, false);
  }
  return *this;
}

igraph_integer_t Vector::size() const { return igraph_vector_size(&vector_); }
double Vector::operator[](igraph_integer_t i) const { return VECTOR(vector_)[i]; }
double& Vector::operator[](igraph_integer_t i) { return VECTOR(vector_)[i]; }

void Vector::resize(igraph_integer_t size) {
  const igraph_integer_t old_size = this->size();
  check(igraph_vector_resize(&vector_, size), "igraph_vector_resize");
  for (igraph_integer_t i = old_size; i < size; ++i) VECTOR(vector_)[i] = 0.0;
}

std::vector<double> Vector::to_std() const {
  const igraph_integer_t n = size();
  return std::vector<double>(VECTOR(vector_), VECTOR(vector_) + n);
}

// ---- IntVector ------------------------------------------------------------

IntVector::IntVector(igraph_integer_t size) {
  ensure_initialised();
  check(igraph_vector_int_init(&vector_, size), "igraph_vector_int_init");
  owned_ = true;
}

IntVector::IntVector(const std::vector<igraph_integer_t>& values) {
  ensure_initialised();
  check(values.empty()
            ? igraph_vector_int_init(&vector_, 0)
            : igraph_vector_int_init_array(&vector_, values.data(),
                                           static_cast<igraph_integer_t>(values.size())),
        "igraph_vector_int_init_array");
  owned_ = true;
}

IntVector::~IntVector() {
  if (owned_) igraph_vector_int_destroy(&vector_);
}

IntVector::IntVector(IntVector&& other) noexcept
    : vector_(other.vector_), owned_(std::exchange(other.owned_, false)) {}

IntVector& IntVector::operator=(IntVector&& other) noexcept {
  if (this != &other) {
    if (owned_) igraph_vector_int_destroy(&vector_);
    vector_ = other.vector_;
    owned_ = std::exchange(other.owned_, false);
  }
  return *this;
}

igraph_integer_t IntVector::size() const { return igraph_vector_int_size(&vector_); }
igraph_integer_t IntVector::operator[](igraph_integer_t i) const {
  return VECTOR(vector_)[i];
}

void IntVector::resize(igraph_integer_t size) {
  const igraph_integer_t old_size = this->size();
  check(igraph_vector_int_resize(&vector_, size), "igraph_vector_int_resize");
  for (igraph_integer_t i = old_size; i < size; ++i) VECTOR(vector_)[i] = 0;
}

// ---- StringVector ---------------------------------------------------------

StringVector::StringVector(igraph_integer_t size) {
  ensure_initialised();
  check(igraph_strvector_init(&vector_, size), "igraph_strvector_init");
  owned_ = true;
}

StringVector::~StringVector() {
  if (owned_) igraph_strvector_destroy(&vector_);
}

StringVector::StringVector(StringVector&& other) noexcept
    : vector_(other.vector_), owned_(std::exchange(other.owned_, false)) {}

StringVector& StringVector::operator=(StringVector&& other) noexcept {
  if (this != &other) {
    if (owned_) igraph_strvector_destroy(&vector_);
    vector_ = other.vector_;
    owned_ = std::exchange(other.owned_, false);
  }
  return *this;
}

igraph_integer_t StringVector::size() const { return igraph_strvector_size(&vector_); }

std::string StringVector::at(igraph_integer_t i) const {
  const char* text = igraph_strvector_get(&vector_, i);
  return text == nullptr ? std::string() : std::string(text);
}

// ---- Graph ----------------------------------------------------------------

Graph Graph::empty(igraph_integer_t vertices, bool directed) {
  ensure_initialised();
  igraph_t raw;
  check(igraph_empty(&raw, vertices, directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED),
        "igraph_empty");
  return adopt(raw);
}

Graph Graph::adopt(const igraph_t& raw) {
  Graph graph;
  graph.graph_ = raw;
  graph.owned_ = true;
  return graph;
}

Graph::~Graph() {
  if (owned_) igraph_destroy(&graph_);
}

Graph::Graph(Graph&& other) noexcept
    : graph_(other.graph_), owned_(std::exchange(other.owned_, false)) {}

Graph& Graph::operator=(Graph&& other) noexcept {
  if (this != &other) {
    if (owned_) igraph_destroy(&graph_);
    graph_ = other.graph_;
    owned_ = std::exchange(other.owned_, false);
  }
  return *this;
}

igraph_integer_t Graph::vertex_count() const { return igraph_vcount(&graph_); }
igraph_integer_t Graph::edge_count() const { return igraph_ecount(&graph_); }

// ---- Network -> igraph ----------------------------------------------------

void validate_ties(const Network& network) {
  const std::size_t n = network.actors.size();
  std::set<std::pair<std::size_t, std::size_t>> seen;
  for (std::size_t k = 0; k < network.ties.size(); ++k) {
    const Tie& tie = network.ties[k];
    const std::string which = "tie " + std::to_string(k + 1) + " (" +
                              std::to_string(tie.a) + ", " + std::to_string(tie.b) + ")";
    if (tie.a >= n || tie.b >= n) {
      throw io::DataError(network_location(),
                          which + " refers to an actor index >= " + std::to_string(n));
    }
    if (tie.a == tie.b) {
      throw io::DataError(network_location(),
                          which + " joins actor '" + network.actors[tie.a].id + "' to itself");
    }
    if (!seen.insert(std::minmax(tie.a, tie.b)).second) {
      throw io::DataError(network_location(),
                          which + " repeats the pair '" + network.actors[tie.a].id +
                              "' - '" + network.actors[tie.b].id + "'");
    }
  }
}

WeightedGraph build_weighted_graph(const Network& network, WeightKind kind,
                                   TieFilter filter) {
  validate_ties(network);
  std::vector<igraph_integer_t> endpoints;
  std::vector<double> weights;
  std::vector<std::size_t> tie_of_edge;
  endpoints.reserve(2 * network.ties.size());
  for (std::size_t k = 0; k < network.ties.size(); ++k) {
    const Tie& tie = network.ties[k];
    const double w = tie_weight(tie, kind);
    if (!std::isfinite(w)) {
      throw io::DataError(network_location(),
                          "tie '" + network.actors[tie.a].id + "' - '" +
                              network.actors[tie.b].id + "' has a non-finite " +
                              to_string(kind) + " weight");
    }
    if (filter == TieFilter::kPositiveWeight && !(w > 0.0)) continue;
    endpoints.push_back(static_cast<igraph_integer_t>(tie.a));
    endpoints.push_back(static_cast<igraph_integer_t>(tie.b));
    weights.push_back(w);
    tie_of_edge.push_back(k);
  }
  const IntVector edges(endpoints);
  igraph_t raw;
  // n is explicit: igraph_create would otherwise size the graph by the
  // largest endpoint and drop trailing isolated actors.
  check(igraph_create(&raw, edges.get(),
                      static_cast<igraph_integer_t>(network.actors.size()),
                      IGRAPH_UNDIRECTED),
        "igraph_create");
  return WeightedGraph{Graph::adopt(raw), Vector(weights), std::move(tie_of_edge)};
}

}  // namespace actornet::network::igraph
