// Lesson 07 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <info/pmf.hpp>

#include <cmath>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>

namespace hw::lesson07 {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// Refuses P and Q unless both are distributions (info::pmf says what is wrong) on the same outcomes.
void require_pair(const std::vector<double>& p, const std::vector<double>& q) {
  static_cast<void>(info::pmf(p, "P"));
  static_cast<void>(info::pmf(q, "Q"));
  if (p.size() != q.size())
    throw std::invalid_argument("P has " + std::to_string(p.size()) + " outcomes and Q has " +
                                std::to_string(q.size()) + ": give both the same outcomes");
}

// KL(P‖Q) = Σ P(x) ln(P(x)/Q(x)) in nats; outcomes with P(x) = 0 add nothing, P(x) > 0 = Q(x) makes it +∞.
double kl_nats(const std::vector<double>& p, const std::vector<double>& q) {
  double sum = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x) {
    if (p[x] == 0.0) continue;
    if (q[x] == 0.0) return inf;
    sum += p[x] * std::log(p[x] / q[x]);
  }
  return sum;
}

// JS(P, Q) = ½ KL(P‖M) + ½ KL(Q‖M) in nats, M = ½(P + Q). M(x) ≥ ½P(x), so both KLs are finite.
double js_nats(const std::vector<double>& p, const std::vector<double>& q) {
  std::vector<double> m(p.size());
  for (std::size_t x = 0; x < p.size(); ++x) m[x] = 0.5 * (p[x] + q[x]);
  return 0.5 * kl_nats(p, m) + 0.5 * kl_nats(q, m);
}

}  // namespace

double js_divergence_bits(const std::vector<double>& p, const std::vector<double>& q) {
  require_pair(p, q);
  return js_nats(p, q) / std::log(2.0);
}

js_and_kl uniform_overlap_bits(int n, int k) {
  if (n < 1) throw std::invalid_argument("n = " + std::to_string(n) + ": a uniform distribution needs n >= 1 outcomes");
  if (k < 0 || k > n)
    throw std::invalid_argument("k = " + std::to_string(k) + ": the shared outcomes must number 0..n = 0.." +
                                std::to_string(n));
  // Outcomes 0..2n−k−1: P covers the first n, Q the last n; they overlap on n−k..n−1.
  const auto size = static_cast<std::size_t>(2 * n - k);
  std::vector<double> p(size, 0.0), q(size, 0.0);
  for (std::size_t x = 0; x < static_cast<std::size_t>(n); ++x) {
    p[x] = 1.0 / n;
    q[size - 1 - x] = 1.0 / n;
  }
  const double ln2 = std::log(2.0);
  return {js_nats(p, q) / ln2, kl_nats(p, q) / ln2};
}

triangle_gaps triangle_gaps_nats(double t) {
  if (!(t >= 0.0 && t <= 1.0))
    throw std::invalid_argument("t = " + std::to_string(t) + ": B = (t, 1 − t) is a distribution only for t in [0, 1]");
  const std::vector<double> a{1.0, 0.0}, b{t, 1.0 - t}, c{0.0, 1.0};
  const double ab = js_nats(a, b), bc = js_nats(b, c), ac = js_nats(a, c);
  return {ab + bc - ac, std::sqrt(ab) + std::sqrt(bc) - std::sqrt(ac)};
}

js_bound js_and_kl_bound_nats(const std::vector<double>& p, const std::vector<double>& q) {
  require_pair(p, q);
  return {js_nats(p, q), 0.25 * (kl_nats(p, q) + kl_nats(q, p))};
}

}  // namespace hw::lesson07
