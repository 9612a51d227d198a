// Lesson 06 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <boost/math/quadrature/gauss_kronrod.hpp>
#include <boost/math/tools/minima.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace hw::lesson06 {

namespace {

using std::numbers::pi;

void require_normal(normal q, const std::string& name) {
  if (!std::isfinite(q.mean)) throw std::invalid_argument("the mean of " + name + " is not finite");
  if (!(q.sd > 0.0 && std::isfinite(q.sd)))
    throw std::invalid_argument("the standard deviation of " + name + " is " + std::to_string(q.sd) +
                                "; it must be positive and finite");
}

void require_mixture(const std::vector<part>& p) {
  if (p.empty()) throw std::invalid_argument("the mixture P has no parts: give at least one");
  double total = 0.0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (!(p[i].weight > 0.0))
      throw std::invalid_argument("weight " + std::to_string(i) + " of P is " + std::to_string(p[i].weight) +
                                  "; weights must be positive");
    require_normal({p[i].mean, p[i].sd}, "part " + std::to_string(i) + " of P");
    total += p[i].weight;
  }
  if (std::abs(total - 1.0) > 1e-9)
    throw std::invalid_argument("the weights of P sum to " + std::to_string(total) +
                                ", not 1: fix them (nothing is normalised for you)");
}

double log_normal_pdf(double x, double mean, double sd) {
  const double z = (x - mean) / sd;
  return -0.5 * z * z - std::log(sd) - 0.5 * std::log(2.0 * pi);
}

// log p(x) = log Σ w_i N(x; μ_i, σ_i) by log-sum-exp: far from every part each term underflows to 0, but
// their logarithms are ordinary numbers, and the largest one factors out.
double log_mixture_pdf(const std::vector<part>& p, double x) {
  double top = -std::numeric_limits<double>::infinity();
  for (const part& c : p) top = std::max(top, std::log(c.weight) + log_normal_pdf(x, c.mean, c.sd));
  double sum = 0.0;
  for (const part& c : p) sum += std::exp(std::log(c.weight) + log_normal_pdf(x, c.mean, c.sd) - top);
  return top + std::log(sum);
}

// ∫ f over [a, b], split at the sorted points inside it, adaptive Gauss-Kronrod on each piece.
template <class F>
double integrate(F f, std::vector<double> cuts) {
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  double sum = 0.0;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
    sum += boost::math::quadrature::gauss_kronrod<double, 61>::integrate(f, cuts[i], cuts[i + 1], 10, 1e-12);
  return sum;
}

double reverse_kl_unchecked(normal q, const std::vector<part>& p) {
  // In z = (x − μ)/σ the weight is the standard normal density φ(z); beyond |z| = 40 it is below 1e-347.
  const auto integrand = [&](double z) {
    const double x = q.mean + q.sd * z, log_q = log_normal_pdf(x, q.mean, q.sd);
    return std::exp(-0.5 * z * z) / std::sqrt(2.0 * pi) * (log_q - log_mixture_pdf(p, x));
  };
  std::vector<double> cuts{-40.0, -8.0, -3.0, 0.0, 3.0, 8.0, 40.0};
  for (const part& c : p) {  // where P's parts sit, in z
    const double z = (c.mean - q.mean) / q.sd;
    if (std::abs(z) < 40.0) cuts.push_back(z);
  }
  return integrate(integrand, cuts);
}

}  // namespace

normal forward_kl_fit(const std::vector<part>& p) {
  require_mixture(p);
  // E[X] = Σ w μ_i and E[X²] = Σ w (σ_i² + μ_i²): the law of total expectation, part by part.
  double mean = 0.0;
  for (const part& c : p) mean += c.weight * c.mean;
  double variance = 0.0;  // Σ w (σ_i² + (μ_i − μ)²): the spread within the parts plus the spread between them
  for (const part& c : p) variance += c.weight * (c.sd * c.sd + (c.mean - mean) * (c.mean - mean));
  return {mean, std::sqrt(variance)};
}

double reverse_kl_nats(normal q, const std::vector<part>& p) {
  require_normal(q, "Q");
  require_mixture(p);
  return reverse_kl_unchecked(q, p);
}

double forward_kl_nats(const std::vector<part>& p, normal q) {
  require_mixture(p);
  require_normal(q, "Q");
  // h(P) = −∫ p log p, over the union of the parts' ±40σ ranges, split at every part's mean.
  std::vector<double> cuts;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (const part& c : p) {
    lo = std::min(lo, c.mean - 40.0 * c.sd);
    hi = std::max(hi, c.mean + 40.0 * c.sd);
    for (double k : {-3.0, 0.0, 3.0}) cuts.push_back(c.mean + k * c.sd);
  }
  cuts.push_back(lo);
  cuts.push_back(hi);
  std::erase_if(cuts, [&](double x) { return x < lo || x > hi; });
  const double h = -integrate(
      [&](double x) {
        const double lp = log_mixture_pdf(p, x);
        return std::exp(lp) * lp;
      },
      cuts);
  // E_P[(X − μ)²] = Σ w (σ_i² + (μ_i − μ)²).
  double second = 0.0;
  for (const part& c : p) second += c.weight * (c.sd * c.sd + (c.mean - q.mean) * (c.mean - q.mean));
  return -h + 0.5 * std::log(2.0 * pi * q.sd * q.sd) + second / (2.0 * q.sd * q.sd);
}

normal reverse_kl_fit(const std::vector<part>& p, normal start) {
  require_mixture(p);
  require_normal(start, "the start");
  // Coordinate descent: Brent's method along μ, then along log σ (so σ stays positive), until a round
  // moves neither by more than 1e-8. Each bracket is centred on the current value and must hold the
  // minimum along its line; near a mode the steps shrink quickly.
  normal q = start;
  for (int round = 0; round < 500; ++round) {
    const normal before = q;
    q.mean = boost::math::tools::brent_find_minima(
                 [&](double m) {
                   return reverse_kl_unchecked({m, q.sd}, p);
                 },
                 q.mean - q.sd, q.mean + q.sd, 40)
                 .first;
    const double log_sd = boost::math::tools::brent_find_minima(
                              [&](double s) {
                                return reverse_kl_unchecked({q.mean, std::exp(s)}, p);
                              },
                              std::log(q.sd) - 1.0, std::log(q.sd) + 1.0, 40)
                              .first;
    q.sd = std::exp(log_sd);
    if (std::abs(q.mean - before.mean) < 1e-8 && std::abs(q.sd - before.sd) < 1e-8) break;
  }
  return q;
}

}  // namespace hw::lesson06
