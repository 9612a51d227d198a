// The multivariate normal: validation, and its measures by closed form through Cholesky factors.
//
// Nothing here forms a determinant or an inverse. log det Sigma = 2 sum log L_ii; Sigma_Q^-1 b is
// L_Q^-T L_Q^-1 b, and the two quantities KL needs are squared norms of triangular solves:
//   tr(Sigma_Q^-1 Sigma_P) = tr(L_Q^-T L_Q^-1 L_P L_P^T) = ||L_Q^-1 L_P||_F^2,
//   d^T Sigma_Q^-1 d = ||L_Q^-1 d||^2,
// each a sum of squares, so neither can come out negative.
#include "info/mvnormal.hpp"

#include "info/error.hpp"
#include "text.hpp"

#include <Eigen/SVD>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

namespace info {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

std::string dims(Index r, Index c) { return std::to_string(r) + "x" + std::to_string(c); }

// -(1/2) log(1 - rho^2) for |rho| <= 1. For |rho| < 1/2, log1p(-rho^2): rho^2 is rounded to a relative eps and
// 1 - rho^2 >= 3/4. Nearer 1, 1 - rho^2 = (1 - |rho|)(1 + |rho|) with 1 - |rho| exact (Sterbenz), whereas
// rho^2 rounded would leave 1 - rho^2 = 2e-6 (rho = 0.999999) with only 11 correct digits.
double half_log_one_minus_square(double rho) {
  const double a = std::abs(rho);
  if (a < 0.5) return -0.5 * std::log1p(-a * a);
  if (a == 1) return std::numeric_limits<double>::infinity();
  return -0.5 * (std::log1p(-a) + std::log1p(a));
}

// log det of a symmetric positive definite block, from its own Cholesky factor.
double log_det_of(const MatrixXd& s) {
  const Eigen::LLT<MatrixXd> llt(s);
  return 2 * llt.matrixL().toDenseMatrix().diagonal().array().log().sum();
}

}  // namespace

mvnormal::mvnormal(VectorXd mean, MatrixXd covariance) : mean_(std::move(mean)), covariance_(std::move(covariance)) {
  const Index k = mean_.size();
  if (k == 0) throw invalid_distribution("the mean is empty: give a mean vector and a covariance of dimension k >= 1");
  if (covariance_.rows() != k || covariance_.cols() != k)
    throw invalid_distribution("the covariance is " + dims(covariance_.rows(), covariance_.cols()) +
                               " but the mean has dimension " + std::to_string(k) + ": give a " + dims(k, k) +
                               " covariance");
  if (!mean_.allFinite()) throw invalid_distribution("the mean has an entry that is not finite: give finite numbers");
  if (!covariance_.allFinite())
    throw invalid_distribution("the covariance has an entry that is not finite: give finite numbers");
  // Symmetric within a relative 1e-12 of its largest entry: more than rounding (a covariance computed as
  // A A^T is symmetric to a few ulps), less than any real asymmetry. What passes is symmetrised.
  const double scale = covariance_.cwiseAbs().maxCoeff();
  const double asym = (covariance_ - covariance_.transpose()).cwiseAbs().maxCoeff();
  if (asym > 1e-12 * scale) {
    Index i = 0, j = 0;
    (covariance_ - covariance_.transpose()).cwiseAbs().maxCoeff(&i, &j);
    throw invalid_distribution("the covariance is not symmetric: entry (" + std::to_string(i) + ", " +
                               std::to_string(j) + ") = " + detail::shortest(covariance_(i, j)) + " but (" +
                               std::to_string(j) + ", " + std::to_string(i) + ") = " +
                               detail::shortest(covariance_(j, i)) +
                               " (they may differ by 1e-12 of the largest entry): give a symmetric matrix");
  }
  covariance_ = 0.5 * (covariance_ + covariance_.transpose());
  llt_.compute(covariance_);
  const VectorXd diag = llt_.matrixL().toDenseMatrix().diagonal();
  if (llt_.info() != Eigen::Success || !(diag.array() > 0).all() || !diag.allFinite())
    throw invalid_distribution(
        "the covariance is not positive definite: its Cholesky factorisation fails, so some direction has "
        "variance <= 0; give a positive definite matrix (a degenerate normal has no density)");
  log_det_ = 2 * diag.array().log().sum();
}

double entropy(const mvnormal& p, base b) {
  // (1/2) log det(2 pi e Sigma) = (k/2) log(2 pi e) + (1/2) log det Sigma
  const double k = static_cast<double>(p.dimension());
  return from_nats(0.5 * k * (std::log(2 * std::numbers::pi) + 1) + 0.5 * p.log_det(), b);
}

double kl_divergence(const mvnormal& p, const mvnormal& q, base b) {
  if (p.dimension() != q.dimension())
    throw incompatible_distributions("P has dimension " + std::to_string(p.dimension()) + " and Q dimension " +
                                     std::to_string(q.dimension()) +
                                     ": KL compares normals on one space; give both the same dimension");
  const auto lq = q.cholesky().matrixL();
  const MatrixXd a = lq.solve(p.cholesky().matrixL().toDenseMatrix());  // L_Q^-1 L_P
  const VectorXd d = lq.solve(q.mean() - p.mean());                     // L_Q^-1 (mu_Q - mu_P)
  const double k = static_cast<double>(p.dimension());
  // tr + quad - k + log det Q - log det P; the trace minus k and the log-determinants cancel for nearly equal
  // covariances, which is the problem's own conditioning (a relative eps of each entry).
  const double kl = 0.5 * (a.squaredNorm() + d.squaredNorm() - k + q.log_det() - p.log_det());
  // KL >= 0: a rounding just below 0 (P = Q) is 0
  const double tolerance = 8 * std::numeric_limits<double>::epsilon() * (a.squaredNorm() + k + std::abs(q.log_det()) + std::abs(p.log_det()));
  return from_nats(kl < 0 && kl >= -tolerance ? 0.0 : kl, b);
}

double mutual_information_bivariate(double rho, base b) {
  if (!(rho >= -1 && rho <= 1))
    throw invalid_input("the correlation rho = " + detail::shortest(rho) + " is not in [-1, 1]: give a correlation");
  return from_nats(half_log_one_minus_square(rho), b);
}

double mutual_information(const mvnormal& p, Index split, base b) {
  const Index k = p.dimension();
  if (split < 1 || split >= k)
    throw invalid_input("split = " + std::to_string(split) + " does not divide the " + std::to_string(k) +
                        " coordinates into two non-empty groups: give 1 <= split < " + std::to_string(k));
  // I = (1/2) log(det S_X det S_Y / det S) = -(1/2) sum log(1 - rho_i^2) over the canonical correlations
  // rho_i, the singular values of L_X^-1 S_XY L_Y^-T. The sum of log1p's keeps the digits of a weak
  // dependence that the difference of three log-determinants would cancel away.
  const MatrixXd& s = p.covariance();
  const Index m = k - split;
  const Eigen::LLT<MatrixXd> lx(s.topLeftCorner(split, split)), ly(s.bottomRightCorner(m, m));
  const MatrixXd t = lx.matrixL().solve(s.topRightCorner(split, m));        // L_X^-1 S_XY
  const MatrixXd c = ly.matrixL().solve(t.transpose()).transpose();         // L_X^-1 S_XY L_Y^-T
  const VectorXd rho = Eigen::JacobiSVD<MatrixXd>(c).singularValues();
  double total = 0;
  for (Index i = 0; i < rho.size(); ++i) total += half_log_one_minus_square(std::min(rho[i], 1.0));
  // A correlation rounded to 1 in a positive definite matrix: fall back on the log-determinants.
  if (std::isinf(total))
    total = 0.5 * (log_det_of(s.topLeftCorner(split, split)) + log_det_of(s.bottomRightCorner(m, m)) - p.log_det());
  return from_nats(std::max(total, 0.0), b);
}

}  // namespace info
