#include "analysis/walk_balance.hpp"

#include <igraph_lapack.h>

#include <algorithm>
#include <cmath>

#include "analysis/signed_adjacency.hpp"
#include "network/igraph_graph.hpp"

namespace actornet::analysis {

namespace ig = network::igraph;

namespace {

// Owns an igraph_matrix_t (column-major doubles, zero-filled). Kept here
// because only this measure needs a dense matrix; move it to
// network/igraph_graph.hpp if a second user appears.
class DenseMatrix {
 public:
  explicit DenseMatrix(igraph_integer_t n) {
    ig::ensure_initialised();
    ig::check(igraph_matrix_init(&matrix_, n, n), "igraph_matrix_init");
  }
  ~DenseMatrix() { igraph_matrix_destroy(&matrix_); }
  DenseMatrix(const DenseMatrix&) = delete;
  DenseMatrix& operator=(const DenseMatrix&) = delete;

  igraph_matrix_t* get() { return &matrix_; }
  void set_symmetric(igraph_integer_t i, igraph_integer_t j, double value) {
    MATRIX(matrix_, i, j) = value;
    MATRIX(matrix_, j, i) = value;
  }

 private:
  igraph_matrix_t matrix_{};
};

// All eigenvalues of the symmetric matrix with the given entries, ascending.
std::vector<double> eigenvalues(const SignedGraph& graph, bool weighted, bool absolute) {
  const auto n = static_cast<igraph_integer_t>(graph.nodes.size());
  DenseMatrix matrix(n);
  for (const SignedEdge& e : graph.edges) {
    const double magnitude = weighted ? e.weight : 1.0;
    matrix.set_symmetric(static_cast<igraph_integer_t>(e.a), static_cast<igraph_integer_t>(e.b),
                         absolute ? magnitude : e.sign * magnitude);
  }
  ig::Vector values(0);
  ig::check(igraph_lapack_dsyevr(matrix.get(), IGRAPH_LAPACK_DSYEV_ALL, /*vl=*/0, /*vu=*/0,
                                 /*vestimate=*/0, /*il=*/0, /*iu=*/0, /*abstol=*/0, values.get(),
                                 /*vectors=*/nullptr, /*support=*/nullptr),
            "igraph_lapack_dsyevr");
  std::vector<double> out = values.to_std();
  std::sort(out.begin(), out.end());  // dsyevr returns them ascending; make it a contract
  return out;
}

}  // namespace

WalkBalance walk_balance(const SignedGraph& graph, const WalkBalanceOptions& options) {
  validate_signed_graph(graph);
  WalkBalance out;
  out.weighted = options.weighted;
  if (graph.nodes.empty()) return out;  // LAPACK rejects 0 x 0 (lda >= 1)
  out.signed_eigenvalues = eigenvalues(graph, options.weighted, /*absolute=*/false);
  out.unsigned_eigenvalues = eigenvalues(graph, options.weighted, /*absolute=*/true);
  const double shift = out.unsigned_eigenvalues.back();  // mu_max >= |lambda_i|
  double numerator = 0.0;
  double denominator = 0.0;
  for (double lambda : out.signed_eigenvalues) numerator += std::exp(lambda - shift);
  for (double mu : out.unsigned_eigenvalues) denominator += std::exp(mu - shift);
  out.index = numerator / denominator;
  return out;
}

}  // namespace actornet::analysis
