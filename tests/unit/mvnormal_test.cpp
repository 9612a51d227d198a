// The multivariate normal against mpmath 1.3.0 at mp.dps = 30 (/usr/bin/python3; mpmath matrices of the tests'
// doubles, mpf(float(x)), with det() and the inverse at 30 digits: h = (k log(2 pi e) + log det S)/2,
// KL = (tr(S1^-1 S0) + dm^T S1^-1 dm - k + log det S1 - log det S0)/2, MI = (log det S_X + log det S_Y - log det S)/2),
// and against a second computation here through eigenvalues (Eigen's SelfAdjointEigenSolver), which shares
// nothing with the library's Cholesky route. The digits quoted are mpmath's, rounded to 20 significant digits.
#include <info/closed_forms.hpp>
#include <info/continuous_measures.hpp>
#include <info/error.hpp>
#include <info/mvnormal.hpp>

#include <Eigen/Eigenvalues>
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <numbers>

using namespace info;
using Eigen::MatrixXd;
using Eigen::VectorXd;

namespace {
bool near(double a, double b, double rel) { return std::abs(a - b) <= rel * std::abs(b); }

MatrixXd m2(double a, double b, double c) {
  MatrixXd s(2, 2);
  s << a, b, b, c;
  return s;
}
VectorXd v(std::initializer_list<double> x) {
  VectorXd out(static_cast<Eigen::Index>(x.size()));
  Eigen::Index i = 0;
  for (double e : x) out[i++] = e;
  return out;
}

const mvnormal a2(v({1, -1}), m2(2, 0.3, 0.5));
const mvnormal b2(v({0.5, 0.25}), m2(1, -0.2, 1.5));
MatrixXd s3a() {
  MatrixXd s(3, 3);
  s << 1, 0.5, 0.2, 0.5, 2, -0.3, 0.2, -0.3, 1.5;
  return s;
}
MatrixXd s3b() {
  MatrixXd s(3, 3);
  s << 1.2, 0.1, 0, 0.1, 0.8, 0.25, 0, 0.25, 3;
  return s;
}
const mvnormal a3(v({0, 1, 2}), s3a());
const mvnormal b3(v({-1, 0.5, 2.5}), s3b());

// KL by the eigen-decomposition of Sigma_Q = V diag(l) V^T: Sigma_Q^-1 = V diag(1/l) V^T, log det = sum log l,
// log det Sigma_P likewise.
double kl_by_eigenvalues(const mvnormal& p, const mvnormal& q) {
  const Eigen::SelfAdjointEigenSolver<MatrixXd> eq(q.covariance()), ep(p.covariance());
  const MatrixXd inv = eq.eigenvectors() * eq.eigenvalues().cwiseInverse().asDiagonal() * eq.eigenvectors().transpose();
  const VectorXd dm = q.mean() - p.mean();
  const double k = static_cast<double>(p.dimension());
  return 0.5 * ((inv * p.covariance()).trace() + dm.dot(inv * dm) - k + eq.eigenvalues().array().log().sum() -
                ep.eigenvalues().array().log().sum());
}
}  // namespace

TEST_SUITE("mvnormal") {
  TEST_CASE("entropy in 2 and 3 dimensions against mpmath") {
    CHECK(near(entropy(a2), 2.7907217266737248238, 1e-14));
    CHECK(near(entropy(a3), 4.6935072150454575035, 1e-14));
    CHECK(near(entropy(a3, base::bits), 4.6935072150454575035 / std::numbers::ln2, 1e-14));
  }

  TEST_CASE("KL in 2 and 3 dimensions against mpmath, and through eigenvalues") {
    CHECK(near(kl_divergence(a2, b2), 1.054010543897113058, 1e-13));
    CHECK(near(kl_divergence(b2, a2), 2.7443956731734875402, 1e-13));
    CHECK(near(kl_divergence(a3, b3), 1.1236337581677595892, 1e-13));
    CHECK(near(kl_divergence(b3, a3), 1.1822117533144950433, 1e-13));
    CHECK(near(kl_divergence(a3, b3), kl_by_eigenvalues(a3, b3), 1e-13));
    CHECK(near(kl_divergence(b3, a3), kl_by_eigenvalues(b3, a3), 1e-13));
    CHECK(near(kl_divergence(a2, b2), kl_by_eigenvalues(a2, b2), 1e-13));
  }

  TEST_CASE("KL(P||P) = 0") {
    CHECK(kl_divergence(a2, a2) == 0.0);
    CHECK(kl_divergence(a3, a3) == 0.0);
    CHECK(kl_divergence(b3, b3) == 0.0);
  }

  TEST_CASE("one dimension: the univariate normal's closed forms and quadrature") {
    const mvnormal p(v({1}), MatrixXd::Constant(1, 1, 2.25));
    const mvnormal q(v({-0.5}), MatrixXd::Constant(1, 1, 0.64));
    const density np = boost::math::normal(1, 1.5), nq = boost::math::normal(-0.5, 0.8);
    CHECK(near(entropy(p), 1.8244036413128371238, 1e-15));  // mpmath
    CHECK(near(entropy(p), *entropy_closed_form(np), 1e-14));
    CHECK(near(kl_divergence(p, q), *kl_closed_form(np, nq), 1e-14));
    CHECK(near(kl_divergence(p, q), info::kl_divergence(np, nq), 1e-11));  // quadrature
  }

  TEST_CASE("bivariate mutual information, and the general one") {
    CHECK(near(mutual_information_bivariate(0.5), 0.14384103622589046372, 1e-15));  // -log(0.75)/2
    CHECK(near(mutual_information_bivariate(0.999999), 6.5611819386878490723, 1e-14));
    CHECK(near(mutual_information_bivariate(-0.999999), 6.5611819386878490723, 1e-14));
    CHECK(near(mutual_information_bivariate(1e-5), 5.000000000250000818e-11, 1e-14));
    CHECK(near(mutual_information_bivariate(0.5, base::bits), 0.14384103622589046372 / std::numbers::ln2, 1e-15));
    CHECK(mutual_information_bivariate(0) == 0.0);
    CHECK(mutual_information_bivariate(1) == std::numeric_limits<double>::infinity());
    CHECK_THROWS_WITH_AS(mutual_information_bivariate(1.5), doctest::Contains("not in [-1, 1]"), invalid_input);
    // the general form on a bivariate normal with sd 2 and 3 and correlation 0.5
    const mvnormal p(v({0, 0}), m2(4, 0.5 * 6, 9));
    CHECK(near(mutual_information(p, 1), 0.14384103622589046372, 1e-14));
    CHECK(near(mutual_information(a3, 1), 0.097384925160261295746, 1e-13));
    CHECK(near(mutual_information(a3, 2), 0.045848832590354255988, 1e-13));
    // correlation 1e-5: the log-determinants would cancel, the canonical correlations do not
    const mvnormal weak(v({0, 0}), m2(1, 1e-5, 1));
    CHECK(near(mutual_information(weak, 1), 5.000000000250000818e-11, 1e-13));
    CHECK_THROWS_WITH_AS(mutual_information(a3, 0), doctest::Contains("1 <= split < 3"), invalid_input);
    CHECK_THROWS_AS(mutual_information(a3, 3), invalid_input);
  }

  TEST_CASE("log det from the Cholesky factor where det() underflows") {
    // 400 coordinates of variance 0.01: det = 1e-800, log det = 400 log 0.01
    const mvnormal p(VectorXd::Zero(400), MatrixXd::Identity(400, 400) * 0.01);
    CHECK(near(p.log_det(), 400 * std::log(0.01), 1e-14));
    CHECK(near(entropy(p), 200 * (std::log(2 * std::numbers::pi) + 1) + 200 * std::log(0.01), 1e-14));
  }

  TEST_CASE("refusals: not symmetric, not positive definite, dimensions that disagree") {
    CHECK_THROWS_WITH_AS(mvnormal(v({0, 0}), (MatrixXd(2, 2) << 1, 0.5, 0.4, 1).finished()),
                         doctest::Contains("the covariance is not symmetric"), invalid_distribution);
    CHECK_THROWS_WITH_AS(mvnormal(v({0, 0}), m2(1, 2, 1)), doctest::Contains("the covariance is not positive definite"),
                         invalid_distribution);
    CHECK_THROWS_WITH_AS(mvnormal(v({0, 0}), m2(1, 0, 0)), doctest::Contains("not positive definite"),
                         invalid_distribution);
    CHECK_THROWS_WITH_AS(mvnormal(v({0, 0, 0}), m2(1, 0, 1)), doctest::Contains("give a 3x3 covariance"),
                         invalid_distribution);
    CHECK_THROWS_WITH_AS(kl_divergence(a2, a3), doctest::Contains("give both the same dimension"),
                         incompatible_distributions);
    CHECK_THROWS_AS(mvnormal(VectorXd(0), MatrixXd(0, 0)), invalid_distribution);
    CHECK_THROWS_AS(mvnormal(v({0, std::nan("")}), m2(1, 0, 1)), invalid_distribution);
    // rounding-level asymmetry passes
    CHECK_NOTHROW(mvnormal(v({0, 0}), (MatrixXd(2, 2) << 1, 0.5, 0.5 * (1 + 1e-15), 1).finished()));
  }
}

// The reference values, by this script (/usr/bin/python3 with mpmath):
//
//   from mpmath import mp, mpf, log, det, pi, e, matrix
//   mp.dps = 30
//   d = lambda x: mpf(float(x))
//   h = lambda S: (S.rows * log(2 * pi * e) + log(det(S))) / 2
//   def kl(m0, S0, m1, S1):
//       k = S0.rows; Si = S1**-1; dm = m1 - m0
//       return (sum((Si * S0)[i, i] for i in range(k)) + (dm.T * Si * dm)[0] - k + log(det(S1)) - log(det(S0))) / 2
//   # S2a = [[2, 0.3], [0.3, 0.5]], m2a = [1, -1]; S2b = [[1, -0.2], [-0.2, 1.5]], m2b = [0.5, 0.25]
//   # S3a, m3a, S3b, m3b as in s3a(), a3, s3b(), b3 above, every entry d(x)
//   # MI(split 1) = (log(S3a[0,0]) + log(det(S3a[1:3,1:3])) - log(det(S3a))) / 2, and split 2 likewise
//   # MI(rho) = -log(1 - d(rho)**2) / 2
