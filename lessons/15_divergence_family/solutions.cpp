// Lesson 15 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <cmath>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>

namespace hw::lesson15 {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

void require_pmf(const std::vector<double>& p, const char* name) {
  if (p.empty()) throw std::invalid_argument(std::string(name) + " has no outcomes");
  double sum = 0.0;
  for (double x : p) {
    if (!std::isfinite(x) || x < 0) throw std::invalid_argument(std::string(name) + " has a mass that is negative or not finite");
    sum += x;
  }
  if (std::abs(sum - 1.0) > 1e-9) throw std::invalid_argument(std::string(name) + " does not sum to 1");
}

void require_pair(const std::vector<double>& p, const std::vector<double>& q) {
  require_pmf(p, "p");
  require_pmf(q, "q");
  if (p.size() != q.size()) throw std::invalid_argument("p and q have different numbers of outcomes");
}

}  // namespace

double total_variation(const std::vector<double>& p, const std::vector<double>& q) {
  require_pair(p, q);
  double sum = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x) sum += std::abs(p[x] - q[x]);
  return sum / 2;
}

double hellinger_distance(const std::vector<double>& p, const std::vector<double>& q) {
  require_pair(p, q);
  double sum = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x) {
    const double roots = std::sqrt(p[x]) + std::sqrt(q[x]);
    if (roots == 0) continue;
    const double d = (p[x] - q[x]) / roots;  // √p − √q without the cancellation
    sum += d * d;
  }
  return std::sqrt(sum / 2);
}

double renyi_divergence_nats(const std::vector<double>& p, const std::vector<double>& q, double alpha) {
  if (!(alpha > 0)) throw std::invalid_argument("alpha must be > 0");
  require_pair(p, q);
  const double a1 = alpha - 1;
  double sum = 0.0;  // Σ p·expm1((α − 1)·r), r = ln(p/q): the sum minus 1
  double kl = 0.0;
  bool common = false;
  for (std::size_t x = 0; x < p.size(); ++x) {
    if (p[x] == 0) continue;
    if (q[x] == 0) {
      if (alpha >= 1) return inf;
      sum -= p[x];  // this outcome adds 0 to the sum, not p
      continue;
    }
    common = true;
    const double r = std::log(p[x] / q[x]);
    kl += p[x] * r;
    sum += p[x] * std::expm1(a1 * r);
  }
  if (!common) return inf;
  if (alpha == 1) return kl;
  return std::log1p(sum) / a1;
}

double gaussian_mi_nats(double var_x, double cov, double var_y) {
  if (!std::isfinite(var_x) || !std::isfinite(cov) || !std::isfinite(var_y))
    throw std::invalid_argument("the covariance matrix has a value that is not finite");
  if (!(var_x > 0) || !(var_y > 0)) throw std::invalid_argument("a variance is not positive");
  const double rho2 = cov / var_x * (cov / var_y);
  if (rho2 > 1) throw std::invalid_argument("cov² > var_x·var_y: not a covariance matrix");
  if (rho2 == 1) return inf;
  return -0.5 * std::log1p(-rho2);
}

}  // namespace hw::lesson15
