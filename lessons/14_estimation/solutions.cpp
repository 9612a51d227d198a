// Lesson 14 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <boost/math/special_functions/digamma.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace hw::lesson14 {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

}  // namespace

double miller_madow_nats(const std::vector<long long>& counts) {
  long long n = 0, seen = 0;
  for (long long c : counts) {
    if (c < 0) throw std::invalid_argument("count " + std::to_string(c) + " is negative");
    n += c;
    seen += c > 0 ? 1 : 0;
  }
  if (n == 0) throw std::invalid_argument("no draws: every count is 0");
  const double total = static_cast<double>(n);
  double h = 0.0;
  for (long long c : counts)
    if (c > 0) h -= static_cast<double>(c) / total * std::log(static_cast<double>(c) / total);
  return h + static_cast<double>(seen - 1) / (2.0 * total);
}

double expected_plugin_entropy_nats(const std::vector<double>& p, long long n) {
  if (n < 1) throw std::invalid_argument("n = " + std::to_string(n) + ": give at least one draw");
  double sum = 0.0;
  for (double x : p) {
    if (!(x >= 0.0 && std::isfinite(x))) throw std::invalid_argument("a mass is negative or not finite");
    sum += x;
  }
  if (p.empty() || std::abs(sum - 1.0) > 1e-9) throw std::invalid_argument("the masses do not sum to 1");
  const double dn = static_cast<double>(n);
  const double log_n_factorial = std::lgamma(dn + 1.0);
  double expected = 0.0;
  // Linearity: E[Ĥ] = Σ_x E[f(c_x)], f(c) = −(c/N) ln(c/N), with c_x ~ binomial(N, P(x)).
  for (double x : p) {
    if (x == 0.0 || x == 1.0) continue;  // c_x is 0 or N for sure: f = 0
    const double log_x = std::log(x), log_rest = std::log1p(-x);
    for (long long c = 1; c <= n; ++c) {
      const double dc = static_cast<double>(c);
      const double log_prob =
          log_n_factorial - std::lgamma(dc + 1.0) - std::lgamma(dn - dc + 1.0) + dc * log_x + (dn - dc) * log_rest;
      expected += std::exp(log_prob) * (-(dc / dn) * std::log(dc / dn));
    }
  }
  return expected;
}

interval kl_confidence_interval(const std::vector<double>& log_ratios, double z) {
  const std::size_t n = log_ratios.size();
  if (n < 2) throw std::invalid_argument("a standard deviation needs at least two values");
  if (!(z > 0.0) || !std::isfinite(z)) throw std::invalid_argument("z must be positive and finite");
  double sum = 0.0;
  for (double y : log_ratios) {
    if (!std::isfinite(y)) throw std::invalid_argument("a log-ratio is not finite");
    sum += y;
  }
  const double dn = static_cast<double>(n), mean = sum / dn;
  double squares = 0.0;
  for (double y : log_ratios) squares += (y - mean) * (y - mean);
  const double se = std::sqrt(squares / (dn - 1.0) / dn);
  return {mean, mean - z * se, mean + z * se};
}

double kozachenko_leonenko_nats(const std::vector<double>& sample, int k) {
  const std::size_t n = sample.size();
  if (k < 1 || static_cast<std::size_t>(k) >= n)
    throw std::invalid_argument("k = " + std::to_string(k) + " needs 1 <= k < N = " + std::to_string(n));
  std::vector<double> x = sample;
  for (double v : x)
    if (!std::isfinite(v)) throw std::invalid_argument("a point is not finite");
  std::sort(x.begin(), x.end());
  double sum_log = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t left = i, right = i;
    double eps = 0.0;
    for (int step = 0; step < k; ++step) {
      const double dl = left > 0 ? x[i] - x[left - 1] : inf;
      const double dr = right + 1 < n ? x[right + 1] - x[i] : inf;
      if (dl <= dr) {
        eps = dl;
        --left;
      } else {
        eps = dr;
        ++right;
      }
    }
    if (!(eps > 0.0)) throw std::invalid_argument("a k-th neighbour at distance 0: k + 1 equal values");
    sum_log += std::log(eps);
  }
  const double dn = static_cast<double>(n);
  return boost::math::digamma(dn) - boost::math::digamma(static_cast<double>(k)) + std::numbers::ln2 + sum_log / dn;
}

}  // namespace hw::lesson14
