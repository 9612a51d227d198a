// Lesson 09 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <info/pmf.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace hw::lesson09 {

namespace {

void require_logits(const std::vector<double>& z) {
  if (z.empty()) throw std::invalid_argument("no logits: give at least one");
  for (double v : z)
    if (!std::isfinite(v)) throw std::invalid_argument("a logit is " + std::to_string(v) + ": logits must be finite");
}

// log Σ e^z, with the largest logit factored out so that no exponential overflows (the largest term is 1).
double log_sum_exp(const std::vector<double>& z) {
  const double top = *std::max_element(z.begin(), z.end());
  double sum = 0.0;
  for (double v : z) sum += std::exp(v - top);
  return top + std::log(sum);
}

// log(1 + e^x) without overflow for large x and without losing the tiny value for very negative x.
double softplus(double x) {
  return x > 0.0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

}  // namespace

std::vector<double> softmax(const std::vector<double>& z) {
  require_logits(z);
  const double lse = log_sum_exp(z);
  std::vector<double> q(z.size());
  for (std::size_t x = 0; x < z.size(); ++x) q[x] = std::exp(z[x] - lse);
  return q;
}

loss_and_gradient softmax_loss(const std::vector<double>& z, std::size_t label) {
  require_logits(z);
  if (label >= z.size())
    throw std::invalid_argument("label " + std::to_string(label) + " is not one of the " + std::to_string(z.size()) +
                                " classes 0.." + std::to_string(z.size() - 1));
  // −log softmax(z)(label) = log Σ e^z − z(label): no probability is formed, so none can round to 0.
  loss_and_gradient r{log_sum_exp(z) - z[label], softmax(z)};
  r.gradient[label] -= 1.0;
  return r;
}

binary_loss_and_derivative binary_loss(double z, double y) {
  if (!std::isfinite(z)) throw std::invalid_argument("the logit z is not finite");
  if (!(y >= 0.0 && y <= 1.0)) throw std::invalid_argument("the label y = " + std::to_string(y) + " is not in [0, 1]");
  // −log σ(z) = log(1 + e^(−z)) = softplus(−z) and −log(1 − σ(z)) = softplus(z).
  const double loss = y * softplus(-z) + (1.0 - y) * softplus(z);
  // σ(z) − y = (1 − y)σ(z) − y σ(−z): each σ is computed where it does not round to 1, so a tiny derivative
  // (σ(40) − 1 = −4.2e-18) keeps its digits.
  const auto sigma = [](double t) { return t >= 0.0 ? 1.0 / (1.0 + std::exp(-t)) : std::exp(t) / (1.0 + std::exp(t)); };
  return {loss, (1.0 - y) * sigma(z) - y * sigma(-z)};
}

smoothed_sums smoothed_label_sums(std::size_t label, double epsilon, const std::vector<double>& q) {
  static_cast<void>(info::pmf(q, "q"));
  if (!(epsilon >= 0.0 && epsilon <= 1.0))
    throw std::invalid_argument("epsilon = " + std::to_string(epsilon) + " is not in [0, 1]");
  if (label >= q.size())
    throw std::invalid_argument("label " + std::to_string(label) + " is not one of the " + std::to_string(q.size()) +
                                " classes");
  const double n = static_cast<double>(q.size());
  double h = 0.0, ce = 0.0, kl = 0.0;
  for (std::size_t x = 0; x < q.size(); ++x) {
    const double y = (x == label ? 1.0 - epsilon : 0.0) + epsilon / n;
    if (y == 0.0) continue;
    h -= y * std::log(y);
    if (q[x] == 0.0) {
      ce = kl = std::numeric_limits<double>::infinity();
    } else {
      ce -= y * std::log(q[x]);
      kl += y * std::log(y / q[x]);
    }
  }
  return {h, ce, kl};
}

}  // namespace hw::lesson09
