// Estimators of information measures from samples: each a plain function of the data, in nats, converted to
// the requested base at the end. Nothing here draws random numbers; the callers bring the sample.
#include "info/estimation.hpp"

#include "info/error.hpp"

#include <boost/math/special_functions/digamma.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

namespace info {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// The number of draws N = Σ c_x, after refusing negative counts and an empty sample.
long long total_count(std::span<const long long> counts) {
  long long n = 0;
  for (std::size_t x = 0; x < counts.size(); ++x) {
    if (counts[x] < 0)
      throw invalid_input("count " + std::to_string(counts[x]) + " of outcome " + std::to_string(x) +
                          " is negative: counts are how many draws fell on each outcome, 0 or more");
    n += counts[x];
  }
  if (n == 0) throw invalid_input("the counts are all 0 (no draws): an entropy needs at least one observation");
  return n;
}

// Ĥ in nats: −Σ (c/N) log(c/N) over the observed outcomes.
double plugin_nats(std::span<const long long> counts, long long n) {
  const double total = static_cast<double>(n);
  double h = 0.0;
  for (long long c : counts)
    if (c > 0) {
      const double share = static_cast<double>(c) / total;
      h -= share * std::log(share);
    }
  return h;
}

}  // namespace

double plugin_entropy(std::span<const long long> counts, base b) {
  const long long n = total_count(counts);
  return from_nats(plugin_nats(counts, n), b);
}

double miller_madow_entropy(std::span<const long long> counts, base b) {
  const long long n = total_count(counts);
  const auto seen = std::count_if(counts.begin(), counts.end(), [](long long c) { return c > 0; });
  return from_nats(plugin_nats(counts, n) + static_cast<double>(seen - 1) / (2.0 * static_cast<double>(n)), b);
}

mean_estimate mean_with_error(std::span<const double> values) {
  const std::size_t n = values.size();
  if (n < 2)
    throw invalid_input("a mean with a standard error needs at least two values (got " + std::to_string(n) + ")");
  bool infinite = false;
  for (double v : values) {
    if (std::isnan(v) || v == -inf)
      throw invalid_input("a value is " + std::string(std::isnan(v) ? "NaN" : "−∞") +
                          ": a sample mean needs finite values (or +∞)");
    infinite = infinite || v == inf;
  }
  if (infinite) return {inf, inf, n};
  double sum = 0.0;
  for (double v : values) sum += v;
  const double mean = sum / static_cast<double>(n);
  double squares = 0.0, deviations = 0.0;  // Σ d² and Σ d, whose square corrects the rounding of the mean
  for (double v : values) {
    const double d = v - mean;
    squares += d * d;
    deviations += d;
  }
  const double dn = static_cast<double>(n);
  const double variance = std::max(0.0, (squares - deviations * deviations / dn) / (dn - 1.0));
  return {mean, std::sqrt(variance / dn), n};
}

mean_estimate monte_carlo_kl(const density& p, const density& q, std::span<const double> sample_from_p, base b) {
  std::vector<double> ratios;
  ratios.reserve(sample_from_p.size());
  for (double x : sample_from_p) {
    const double lp = p.logpdf(x);
    if (!(lp > -inf))
      throw invalid_input("the point " + std::to_string(x) + " has density 0 under P = " + p.describe() +
                          ": a Monte Carlo KL(P‖Q) needs a sample drawn from P");
    const double lq = q.logpdf(x);
    ratios.push_back(lq == -inf ? inf : lp - lq);
  }
  mean_estimate e = mean_with_error(ratios);
  return {from_nats(e.mean, b), from_nats(e.standard_error, b), e.n};
}

double kozachenko_leonenko_entropy(std::span<const double> sample, int k, base b) {
  const std::size_t n = sample.size();
  if (k < 1) throw invalid_input("k = " + std::to_string(k) + ": the k-th nearest neighbour needs k ≥ 1");
  if (static_cast<std::size_t>(k) >= n)
    throw invalid_input("k = " + std::to_string(k) + " with " + std::to_string(n) +
                        " points: each point needs k other points, so give more than k points");
  std::vector<double> x(sample.begin(), sample.end());
  for (double v : x)
    if (!std::isfinite(v)) throw invalid_input("a point of the sample is not finite: give finite numbers");
  std::sort(x.begin(), x.end());
  // In a sorted sample the k nearest neighbours of x[i] are a run x[l+1..i-1] ∪ x[i+1..r-1] grown one point at
  // a time towards the closer side: after k steps the last point taken is the k-th nearest.
  double sum_log = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t left = i, right = i;  // the next candidates are x[left-1] and x[right+1]
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
    if (!(eps > 0.0))
      throw invalid_input("the sample has " + std::to_string(k + 1) + " or more equal values (" + std::to_string(x[i]) +
                          "): the distance to the k-th neighbour is 0; a density gives repeated values with "
                          "probability 0, so remove the ties or raise k");
    sum_log += std::log(eps);
  }
  const double dn = static_cast<double>(n);
  using boost::math::digamma;
  const double h = digamma(dn) - digamma(static_cast<double>(k)) + std::numbers::ln2 + sum_log / dn;
  return from_nats(h, b);
}

}  // namespace info
