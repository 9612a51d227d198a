/// \file check.hpp
/// \brief What the homework's tests share: tolerances that say what they mean, and infinity.
///
/// doctest's Approx(x).epsilon(e) allows |a − x| < e·(1 + max(|a|, |x|)): for values near 1 and below it is
/// an absolute tolerance. `near` keeps that; `relative` drops the 1 so that tiny values (a KL of 2e-5)
/// are compared digit by digit.
#pragma once

#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <vector>

namespace hw::check {

inline constexpr double inf = std::numeric_limits<double>::infinity();

/// |actual − expected| < tolerance·(1 + max(|actual|, |expected|)): an absolute tolerance for values up to ~1.
inline doctest::Approx near(double expected, double tolerance = 1e-12) {
  return doctest::Approx(expected).epsilon(tolerance);
}

/// |actual − expected| < tolerance·max(|actual|, |expected|): a relative tolerance (never use it for 0).
inline doctest::Approx relative(double expected, double tolerance = 1e-12) {
  return doctest::Approx(expected).epsilon(tolerance).scale(0.0);
}

/// The tests' own H(P) in nats, −Σ P(x) ln P(x) over P(x) > 0: a side computed independently of the answers.
inline double own_entropy_nats(const std::vector<double>& p) {
  double h = 0.0;
  for (double x : p)
    if (x > 0.0) h -= x * std::log(x);
  return h;
}

/// The tests' own KL(P‖Q) in nats, Σ P(x) ln(P(x)/Q(x)) over P(x) > 0 (Q(x) > 0 there).
inline double own_kl_nats(const std::vector<double>& p, const std::vector<double>& q) {
  double d = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x)
    if (p[x] > 0.0) d += p[x] * std::log(p[x] / q[x]);
  return d;
}

/// A seeded random distribution on n outcomes (normalised exponential draws: the flat Dirichlet), for
/// property checks.
inline std::vector<double> random_pmf(std::mt19937& engine, std::size_t n) {
  std::exponential_distribution<double> e(1.0);
  std::vector<double> p(n);
  double sum = 0.0;
  for (double& x : p) sum += x = e(engine);
  for (double& x : p) x /= sum;
  return p;
}

}  // namespace hw::check
