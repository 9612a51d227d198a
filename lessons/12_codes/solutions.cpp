// Lesson 12 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <info/pmf.hpp>

#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <queue>
#include <stdexcept>
#include <string>

namespace hw::lesson12 {

double kraft_sum(const std::vector<int>& lengths) {
  double sum = 0.0;
  for (int l : lengths) {
    if (l < 0) throw std::invalid_argument("length " + std::to_string(l) + ": a codeword has 0 bits or more");
    sum += std::ldexp(1.0, -l);  // 2^(−ℓ), exact (0 below the smallest double)
  }
  return sum;
}

double shannon_expected_length_bits(const std::vector<double>& p) {
  static_cast<void>(info::pmf(p, "P"));  // refuses with a message naming the defect
  double sum = 0.0;
  for (double x : p)
    if (x > 0.0) sum += x * std::ceil(-std::log2(x));  // log2 is exact at powers of two
  return sum;
}

double huffman_expected_length_bits(const std::vector<double>& p) {
  static_cast<void>(info::pmf(p, "P"));
  std::priority_queue<double, std::vector<double>, std::greater<>> heap;
  for (double x : p)
    if (x > 0.0) heap.push(x);
  // Each merge puts one more bit in front of every outcome below it: L is the sum of the merged masses.
  double length = 0.0;
  while (heap.size() > 1) {
    const double a = heap.top();
    heap.pop();
    const double b = heap.top();
    heap.pop();
    length += a + b;
    heap.push(a + b);
  }
  return length;
}

double wrong_code_cost_bits(const std::vector<double>& p, const std::vector<double>& q) {
  static_cast<void>(info::pmf(p, "P"));
  static_cast<void>(info::pmf(q, "Q"));
  if (p.size() != q.size())
    throw std::invalid_argument("P has " + std::to_string(p.size()) + " outcomes and Q " + std::to_string(q.size()) +
                                ": Q's code must be for P's outcomes");
  double sum = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x) {
    if (p[x] == 0.0) continue;
    if (q[x] == 0.0) return std::numeric_limits<double>::infinity();  // no codeword for an outcome that occurs
    sum += p[x] * std::ceil(-std::log2(q[x]));
  }
  return sum;
}

}  // namespace hw::lesson12
