// Lesson 05 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <info/pmf.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace hw::lesson05 {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

void require_same_outcomes(std::size_t n_p, std::size_t n_q, const char* what) {
  if (n_p != n_q)
    throw std::invalid_argument("P has " + std::to_string(n_p) + " outcomes and " + what + " has " +
                                std::to_string(n_q) + ": give both the same length");
}

void require_normal(double mean, double sd, const char* name) {
  if (!std::isfinite(mean)) throw std::invalid_argument(std::string("the mean of ") + name + " is not finite");
  if (!(sd > 0.0 && std::isfinite(sd)))
    throw std::invalid_argument(std::string("the standard deviation of ") + name + " is " + std::to_string(sd) +
                                "; it must be positive and finite");
}

}  // namespace

sides three_sums(const std::vector<double>& p, const std::vector<double>& q, info::base b) {
  static_cast<void>(info::pmf(p, "P"));
  static_cast<void>(info::pmf(q, "Q"));
  require_same_outcomes(p.size(), q.size(), "Q");
  double h = 0.0, kl = 0.0, ce = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x) {
    if (p[x] == 0.0) continue;  // every term carries the factor P(x)
    h -= p[x] * std::log(p[x]);
    if (q[x] == 0.0) {
      kl = ce = inf;
    } else {
      kl += p[x] * std::log(p[x] / q[x]);
      ce -= p[x] * std::log(q[x]);
    }
  }
  const double ln_b = info::log_of_base(b);
  return {h / ln_b, kl / ln_b, ce / ln_b};
}

double kl_to_uniform_nats(const std::vector<double>& p) {
  static_cast<void>(info::pmf(p, "P"));
  double h = 0.0;
  for (double x : p)
    if (x > 0.0) h -= x * std::log(x);
  return std::log(static_cast<double>(p.size())) - h;
}

sides gaussian_sides_nats(double mean_p, double sd_p, double mean_q, double sd_q) {
  require_normal(mean_p, sd_p, "P");
  require_normal(mean_q, sd_q, "Q");
  using std::numbers::e;
  using std::numbers::pi;
  // E_P[(X − μ_Q)²] = σ_P² + (μ_P − μ_Q)²: the spread of P plus the distance between the means.
  const double second_moment = sd_p * sd_p + (mean_p - mean_q) * (mean_p - mean_q);
  const double h = 0.5 * std::log(2.0 * pi * e * sd_p * sd_p);
  const double kl = std::log(sd_q / sd_p) + second_moment / (2.0 * sd_q * sd_q) - 0.5;
  const double ce = 0.5 * std::log(2.0 * pi * sd_q * sd_q) + second_moment / (2.0 * sd_q * sd_q);
  return {h, kl, ce};
}

gradients softmax_gradients(const std::vector<double>& p, const std::vector<double>& theta) {
  static_cast<void>(info::pmf(p, "P"));
  require_same_outcomes(p.size(), theta.size(), "θ");
  for (double t : theta)
    if (!std::isfinite(t)) throw std::invalid_argument("a logit is not finite: give finite numbers");
  // softmax, shifted by the largest logit so that no exponential overflows.
  const double top = *std::max_element(theta.begin(), theta.end());
  std::vector<double> q(theta.size());
  double sum = 0.0;
  for (std::size_t x = 0; x < q.size(); ++x) sum += q[x] = std::exp(theta[x] - top);
  // H(P, Q_θ) = −Σ P log Q_θ = log Σ e^θ − Σ P θ, so ∂/∂θ(x) = Q_θ(x) − P(x). KL(P‖Q_θ) = H(P, Q_θ) − H(P)
  // and H(P) does not depend on θ: the two gradients are the same vector.
  std::vector<double> g(q.size());
  for (std::size_t x = 0; x < q.size(); ++x) g[x] = q[x] / sum - p[x];
  return {g, g};
}

}  // namespace hw::lesson05
