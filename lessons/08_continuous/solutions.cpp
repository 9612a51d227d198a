// Lesson 08 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace hw::lesson08 {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

}  // namespace

scales entropy_scales(double h) {
  if (!std::isfinite(h))
    throw std::invalid_argument("h = " + std::to_string(h) + " is not a finite differential entropy");
  using std::numbers::e;
  using std::numbers::pi;
  // h(uniform(0, a)) = log a and h(normal(0, σ)) = ½ log(2πe σ²): solve each for the scale.
  return {std::exp(h), std::exp(h) / std::sqrt(2.0 * pi * e)};
}

double gaussian_kl_nats(const std::vector<double>& mean_p, const std::vector<double>& sd_p,
                        const std::vector<double>& mean_q, const std::vector<double>& sd_q) {
  const std::size_t d = mean_p.size();
  if (d == 0) throw std::invalid_argument("no coordinates: give at least one mean and standard deviation");
  if (sd_p.size() != d || mean_q.size() != d || sd_q.size() != d)
    throw std::invalid_argument("the means and standard deviations of P and Q must all have the same length");
  // Independent coordinates: the densities factor, their logarithms add, and so do the KLs of the coordinates.
  double sum = 0.0;
  for (std::size_t i = 0; i < d; ++i) {
    if (!(sd_p[i] > 0.0 && std::isfinite(sd_p[i]) && sd_q[i] > 0.0 && std::isfinite(sd_q[i])))
      throw std::invalid_argument("standard deviation " + std::to_string(i) + " is not positive and finite");
    if (!std::isfinite(mean_p[i]) || !std::isfinite(mean_q[i]))
      throw std::invalid_argument("mean " + std::to_string(i) + " is not finite");
    const double r = sd_p[i] / sd_q[i], shift = (mean_p[i] - mean_q[i]) / sd_q[i];
    sum += -std::log(r) + 0.5 * (r * r + shift * shift) - 0.5;
  }
  return sum;
}

double binned_entropy_plus_log_delta(const std::function<double(double)>& cdf, double lower, double upper, long bins) {
  if (!(std::isfinite(lower) && std::isfinite(upper) && lower < upper))
    throw std::invalid_argument("the range must be finite with lower < upper");
  if (bins < 1) throw std::invalid_argument("bins = " + std::to_string(bins) + ": give at least one bin");
  const double delta = (upper - lower) / static_cast<double>(bins);
  double total = 0.0, h = 0.0, left = cdf(lower);
  for (long k = 0; k < bins; ++k) {
    // The right edge of the last bin is `upper` itself, not lower + bins·Δ with its rounding.
    const double right = cdf(k + 1 == bins ? upper : lower + static_cast<double>(k + 1) * delta);
    const double mass = right - left;
    left = right;
    if (mass > 0.0) {
      total += mass;
      h -= mass * std::log(mass);
    }
  }
  if (std::abs(total - 1.0) > 1e-6)
    throw std::invalid_argument("the bins hold mass " + std::to_string(total) +
                                ", not 1: widen [lower, upper] to cover the distribution");
  return h + std::log(delta);
}

double kl_by_quadrature_nats(const std::function<double(double)>& log_p, const std::function<double(double)>& log_q,
                             double lower, double upper) {
  if (std::isnan(lower) || std::isnan(upper) || !(lower < upper))
    throw std::invalid_argument("P's support [lower, upper] needs lower < upper");
  bool q_vanishes = false;  // set when some x has p(x) > 0 and q(x) = 0
  const auto integrand = [&](double x) {
    const double lp = log_p(x);
    if (lp == -inf) return 0.0;  // p(x) = 0 adds nothing, whatever q(x) is
    const double lq = log_q(x);
    if (lq == -inf) {
      q_vanishes = true;
      return 0.0;
    }
    return std::exp(lp) * (lp - lq);
  };
  // Adaptive Gauss-Kronrod; Boost maps an infinite end onto a finite one by a change of variable.
  const double mid = std::isfinite(lower) ? (std::isfinite(upper) ? 0.5 * (lower + upper) : lower)
                                          : (std::isfinite(upper) ? upper : 0.0);
  double sum = 0.0;
  if (lower < mid)
    sum += boost::math::quadrature::gauss_kronrod<double, 61>::integrate(integrand, lower, mid, 12, 1e-13);
  if (mid < upper)
    sum += boost::math::quadrature::gauss_kronrod<double, 61>::integrate(integrand, mid, upper, 12, 1e-13);
  return q_vanishes ? inf : sum;
}

}  // namespace hw::lesson08
