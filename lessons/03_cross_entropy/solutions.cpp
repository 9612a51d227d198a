// Lesson 03 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <info/pmf.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace hw::lesson03 {

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

}  // namespace

double cross_entropy(const std::vector<double>& p, const std::vector<double>& q, info::base b) {
  require_pair(p, q);
  double sum = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x) {
    if (p[x] == 0.0) continue;    // an outcome that never happens costs nothing, whatever Q says
    if (q[x] == 0.0) return inf;  // an outcome that happens but was declared impossible
    sum -= p[x] * std::log(q[x]);
  }
  return sum / info::log_of_base(b);
}

std::vector<std::size_t> infinite_outcomes(const std::vector<double>& p, const std::vector<double>& q) {
  require_pair(p, q);
  std::vector<std::size_t> outcomes;
  for (std::size_t x = 0; x < p.size(); ++x)
    if (p[x] > 0.0 && q[x] == 0.0) outcomes.push_back(x);
  return outcomes;
}

double shannon_code_length_bits(const std::vector<double>& p, const std::vector<double>& q) {
  require_pair(p, q);
  double mean = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x) {
    if (p[x] == 0.0) continue;
    if (q[x] == 0.0) return inf;
    // −log₂ of a power of two is exact in floating point, so dyadic Q gives whole lengths with no rounding up.
    mean += p[x] * std::ceil(-std::log2(q[x]));
  }
  return mean;
}

}  // namespace hw::lesson03
