// Lesson 02 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <info/pmf.hpp>

#include <cmath>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>

namespace hw::lesson02 {

namespace {

// −Σ P(x) ln P(x) in nats, skipping P(x) = 0 (the limit of p ln p as p → 0 is 0).
double entropy_nats(const std::vector<double>& p) {
  double sum = 0.0;
  for (double x : p)
    if (x > 0.0) sum -= x * std::log(x);
  return sum;
}

// H₂(p) in bits.
double binary_entropy_bits(double p) {
  return entropy_nats({p, 1.0 - p}) / std::log(2.0);
}

}  // namespace

double entropy(const std::vector<double>& p, info::base b) {
  static_cast<void>(info::pmf(p, "P"));  // refuses with a message naming the defect
  return entropy_nats(p) / info::log_of_base(b);
}

most_uncertain most_uncertain_distribution(int n, info::base b) {
  if (n < 1) throw std::invalid_argument("n = " + std::to_string(n) + ": a distribution needs at least one outcome");
  // The uniform distribution: H = log n, and H(P) ≤ log n for every P on n outcomes (Gibbs' inequality
  // against the uniform distribution).
  return {std::vector<double>(static_cast<std::size_t>(n), 1.0 / n),
          std::log(static_cast<double>(n)) / info::log_of_base(b)};
}

double entropy_from_counts_bits(const std::vector<long long>& counts) {
  if (counts.empty()) throw std::invalid_argument("the table of counts is empty: give one count per outcome");
  double total = 0.0;
  for (std::size_t x = 0; x < counts.size(); ++x) {
    if (counts[x] < 0)
      throw std::invalid_argument("count " + std::to_string(x) + " is " + std::to_string(counts[x]) +
                                  ": counts are never negative");
    total += static_cast<double>(counts[x]);
  }
  if (total == 0.0) throw std::invalid_argument("every count is 0: nothing was observed, so there is no distribution");
  // H = −Σ (c/N) log₂(c/N) = log₂ N − (1/N) Σ c log₂ c: one division instead of one per outcome.
  double sum = 0.0;
  for (long long c : counts)
    if (c > 0) sum += static_cast<double>(c) * std::log2(static_cast<double>(c));
  return std::log2(total) - sum / total;
}

double inverse_binary_entropy(double h) {
  if (!(h >= 0.0 && h <= 1.0))
    throw std::invalid_argument("h = " + std::to_string(h) + " bits: a binary entropy lies in [0, 1]");
  // H₂ increases on [0, ½]: bisect until the bracket stops shrinking (at most ~60 halvings).
  double lo = 0.0, hi = 0.5;
  while (true) {
    const double mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (binary_entropy_bits(mid) < h)
      lo = mid;
    else
      hi = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace hw::lesson02
