// Lesson 10 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <boost/math/special_functions/gamma.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace hw::lesson10 {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

void require_binomial(int n, double p) {
  if (n < 0) throw std::invalid_argument("binomial(n, p) needs n >= 0, got n = " + std::to_string(n));
  if (!(p >= 0.0 && p <= 1.0))
    throw std::invalid_argument("binomial(n, p) needs p in [0, 1], got p = " + std::to_string(p));
}

void require_poisson(double mean) {
  if (!(mean > 0.0 && std::isfinite(mean)))
    throw std::invalid_argument("poisson(mean) needs a positive finite mean, got " + std::to_string(mean));
}

// log of the binomial pmf, −∞ outside 0..n and for impossible outcomes when p is 0 or 1.
double log_binomial(int n, double p, int k) {
  if (k < 0 || k > n) return -inf;
  if (p == 0.0) return k == 0 ? 0.0 : -inf;
  if (p == 1.0) return k == n ? 0.0 : -inf;
  return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) + k * std::log(p) +
         (n - k) * std::log1p(-p);
}

double log_poisson(double mean, long k) {
  return -mean + static_cast<double>(k) * std::log(mean) - std::lgamma(k + 1.0);
}

}  // namespace

double kl_binomial_poisson_nats(int n, double p, double mean) {
  require_binomial(n, p);
  require_poisson(mean);
  // log(B(k)/P(k)) in a form free of cancellation between large logarithms:
  //   B(k)/P(k) = [n!/((n−k)! n^k)] · (np/mean)^k · (1 − p)^(n−k) · e^mean,
  // where n!/((n−k)! n^k) = Π_{j<k} (1 − j/n) is summed as Σ log1p(−j/n). The weights B(k) need no such care.
  double sum = 0.0, falling = 0.0;  // falling = Σ_{j<k} log1p(−j/n)
  for (int k = 0; k <= n; ++k) {
    if (k > 0) falling += std::log1p(-static_cast<double>(k - 1) / n);
    const double log_b = log_binomial(n, p, k);
    if (log_b == -inf) continue;
    const double log_ratio =
        p == 0.0 || p == 1.0 ? log_b - log_poisson(mean, k)
                             : falling + (k == 0 ? 0.0 : k * std::log(n * p / mean)) + (n - k) * std::log1p(-p) + mean;
    sum += std::exp(log_b) * log_ratio;
  }
  return sum;
}

double kl_poisson_binomial_window_nats(double mean, int n, double p, int last) {
  require_poisson(mean);
  require_binomial(n, p);
  if (last < 0) throw std::invalid_argument("the window 0..last needs last >= 0, got " + std::to_string(last));
  double sum = 0.0;
  for (int k = 0; k <= last; ++k) {
    const double log_po = log_poisson(mean, k), log_b = log_binomial(n, p, k);
    if (log_b == -inf) return inf;  // P(k) > 0 always: Poisson rules nothing out
    sum += std::exp(log_po) * (log_po - log_b);
  }
  return sum;
}

double poisson_mass_above(double mean, int k) {
  require_poisson(mean);
  if (k < 0) throw std::invalid_argument("k = " + std::to_string(k) + ": give k >= 0");
  // P(X ≤ k) = Q(k + 1, mean), the regularised upper incomplete gamma function, so P(X > k) = P(k + 1, mean),
  // which Boost evaluates directly, to full relative accuracy in either tail.
  return boost::math::gamma_p(k + 1.0, mean);
}

double kl_poissons_by_sum_nats(double mean_p, double mean_q) {
  require_poisson(mean_p);
  require_poisson(mean_q);
  // log(P(k)/Q(k)) = k log(mean_p/mean_q) − (mean_p − mean_q): the factorials cancel exactly. Sum outward
  // from the mode, where the mass is, in log space (e^−1000 underflows), until the terms are negligible
  // and the mass left on that side is below 1e-18. For nearly equal means the KL is a tiny remainder of
  // k log(mean_p/mean_q) against the shift, so the log is taken as log1p of the exact difference
  // (mean_p − mean_q is exact when the means are close): log of the rounded ratio would lose its digits.
  const double shift = mean_p - mean_q, log_ratio_step = std::log1p(shift / mean_q);
  const auto term = [&](long k) {
    return std::exp(log_poisson(mean_p, k)) * (static_cast<double>(k) * log_ratio_step - shift);
  };
  const long mode = static_cast<long>(std::floor(mean_p));
  double sum = term(mode);
  for (long k = mode + 1;; ++k) {
    sum += term(k);
    if (k > mean_p &&
        std::exp(log_poisson(mean_p, k)) * (1.0 + std::abs(k * log_ratio_step - shift)) < 1e-18 * (1.0 + std::abs(sum)))
      break;
  }
  for (long k = mode - 1; k >= 0; --k) {
    sum += term(k);
    if (std::exp(log_poisson(mean_p, k)) * (1.0 + std::abs(k * log_ratio_step - shift)) < 1e-18 * (1.0 + std::abs(sum)))
      break;
  }
  return sum;
}

}  // namespace hw::lesson10
