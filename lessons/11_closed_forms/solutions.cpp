// Lesson 11 homework: reference solutions (built with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace hw::lesson11 {

namespace sym = info::symbolic;

namespace {

void positive(double x, const char* what) {
  if (!(x > 0) || !std::isfinite(x))
    throw std::invalid_argument(std::string(what) + " must be positive and finite, not " + std::to_string(x));
}

void open_unit(double x, const char* what) {
  if (!(x > 0 && x < 1)) throw std::invalid_argument(std::string(what) + " must be in (0, 1), not " + std::to_string(x));
}

}  // namespace

// log p(k) − log q(k) = k log(λ_P/λ_Q) − λ_P + λ_Q (log k! cancels); E_P[k] = λ_P.
double poisson_kl_nats(double lambda_p, double lambda_q) {
  positive(lambda_p, "λ_P");
  positive(lambda_q, "λ_Q");
  return lambda_p * std::log(lambda_p / lambda_q) - lambda_p + lambda_q;
}

// log p(k) − log q(k) = log(p/q) + k log((1 − p)/(1 − q)); E_P[k] = (1 − p)/p. For q near p the two
// logarithms are nearly opposite; each is taken as log1p of an exact difference (p − q is exact when
// they are close), so that what is left after they cancel still has its digits.
double geometric_kl_nats(double p, double q) {
  open_unit(p, "p");
  open_unit(q, "q");
  return std::log1p((p - q) / q) + (1 - p) / p * std::log1p((q - p) / (1 - q));
}

sym::expr exact_entropy(const sym::exact_pmf& p) {
  sym::expr h;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (!p.mass(i).is_zero()) h = h - p.mass(i) * sym::log(p.mass(i));
  return h;
}

chain_rule_sides chain_rule_exactly(const sym::exact_pmf& p, const sym::exact_pmf& q) {
  if (p.size() != q.size()) throw std::invalid_argument("P and Q must have the same number of outcomes");
  chain_rule_sides s;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p.mass(i).is_zero()) continue;
    if (q.mass(i).is_zero()) throw std::invalid_argument("Q has no mass where P has some: H(P,Q) and KL are +∞");
    s.cross_entropy = s.cross_entropy - p.mass(i) * sym::log(q.mass(i));
    s.entropy = s.entropy - p.mass(i) * sym::log(p.mass(i));
    s.kl = s.kl + p.mass(i) * (sym::log(p.mass(i)) - sym::log(q.mass(i)));
  }
  return s;
}

}  // namespace hw::lesson11
