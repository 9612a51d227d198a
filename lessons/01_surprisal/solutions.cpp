// Lesson 01 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace hw::lesson01 {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

void require_probability(double p) {
  if (!(p >= 0.0 && p <= 1.0))  // also refuses NaN, for which every comparison is false
    throw std::invalid_argument("probability " + std::to_string(p) + " is not in [0, 1]");
}

// ln of the base: the unit of −log_b p is fixed by dividing the natural log by it.
double ln_of(info::base b) {
  switch (b) {
    case info::base::nats: return 1.0;
    case info::base::bits: return std::log(2.0);
    case info::base::bans: return std::log(10.0);
  }
  throw std::invalid_argument("unknown unit");
}

}  // namespace

double surprisal_bits(double p) {
  require_probability(p);
  if (p == 0.0) return inf;
  return -std::log2(p);  // −log₂ 1 = −0: the sign of a zero does not matter to a comparison
}

double probability_from_surprisal_bits(double bits) {
  if (!(bits >= 0.0))
    throw std::invalid_argument("a surprisal is never negative (or NaN), got " + std::to_string(bits));
  return std::exp2(-bits);  // 2^−∞ = 0: the impossible event
}

double convert(double amount, info::base from, info::base to) {
  if (std::isnan(amount)) throw std::invalid_argument("the amount to convert is NaN");
  // amount·ln(from) is the amount in nats; dividing by ln(to) expresses it in the unit `to`.
  return amount * (ln_of(from) / ln_of(to));
}

double joint_surprisal_bits(const std::vector<double>& probabilities) {
  // S(x, y) = −log₂(P(x)P(y)) = S(x) + S(y): sum the surprisals rather than multiply the probabilities,
  // whose product underflows to 0 long before the sum of their logs is large.
  double sum = 0.0;
  for (double p : probabilities) sum += surprisal_bits(p);
  return sum;
}

}  // namespace hw::lesson01
