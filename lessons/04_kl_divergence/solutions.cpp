// Lesson 04 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <info/pmf.hpp>

#include <cmath>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>

namespace hw::lesson04 {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

void require_probability(double p, const char* name) {
  if (!(p >= 0.0 && p <= 1.0))
    throw std::invalid_argument(std::string(name) + " = " + std::to_string(p) + " is not a probability in [0, 1]");
}

// One term P log(P/Q) in nats, with 0·log(0/Q) = 0 and P·log(P/0) = +∞ for P > 0.
double term(double p, double q) {
  if (p == 0.0) return 0.0;
  if (q == 0.0) return inf;
  return p * std::log(p / q);
}

}  // namespace

double kl_coins_bits(double p, double q) {
  require_probability(p, "p");
  require_probability(q, "q");
  return (term(p, q) + term(1.0 - p, 1.0 - q)) / std::log(2.0);
}

double kl_divergence(const std::vector<double>& p, const std::vector<double>& q, info::base b) {
  static_cast<void>(info::pmf(p, "P"));
  static_cast<void>(info::pmf(q, "Q"));
  if (p.size() != q.size())
    throw std::invalid_argument("P has " + std::to_string(p.size()) + " outcomes and Q has " +
                                std::to_string(q.size()) + ": give both the same outcomes");
  double sum = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x) sum += term(p[x], q[x]);
  return sum / info::log_of_base(b);
}

pair asymmetric_pair() {
  // A fair coin coded with a biased one pays for the rare face often; the biased coin coded with the fair
  // one pays little: KL(P‖Q) = 0.5108 nats against KL(Q‖P) = 0.3681 nats.
  return {{0.5, 0.5}, {0.9, 0.1}};
}

double kl_binomial_uniform_nats(int n, double p) {
  if (n < 0) throw std::invalid_argument("n = " + std::to_string(n) + ": a binomial needs n >= 0 trials");
  require_probability(p, "p");
  const double log_u = -std::log(n + 1.0);  // log U(k) for every k
  if (p == 0.0 || p == 1.0) return -log_u;  // a point mass: KL = log(1/U) = log(n + 1)
  // log P(k) = log C(n, k) + k log p + (n − k) log(1 − p), with log C(n, k) from lgamma: C(5000, 2500) has
  // about 1500 digits, but its logarithm is an ordinary number.
  const double log_n_factorial = std::lgamma(n + 1.0), log_p = std::log(p), log_q = std::log1p(-p);
  double sum = 0.0;
  for (int k = 0; k <= n; ++k) {
    const double log_pk =
        log_n_factorial - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) + k * log_p + (n - k) * log_q;
    sum += std::exp(log_pk) * (log_pk - log_u);
  }
  return sum;
}

}  // namespace hw::lesson04
