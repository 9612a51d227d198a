// Lesson 13 homework: the reference solutions (built instead of exercises.cpp with WORKBOOK_SOLUTIONS=ON).
#include "exercises.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace hw::lesson13 {

namespace {

using matrix = std::vector<std::vector<double>>;

// Rectangular, non-empty, every entry finite and in [0, at_most].
void check_entries(const matrix& m, double at_most, const char* what) {
  if (m.empty() || m.front().empty()) throw std::invalid_argument(std::string(what) + " is empty");
  for (std::size_t x = 0; x < m.size(); ++x) {
    if (m[x].size() != m.front().size())
      throw std::invalid_argument(std::string(what) + "'s row " + std::to_string(x) + " has " +
                                  std::to_string(m[x].size()) + " entries, row 0 has " + std::to_string(m.front().size()));
    for (double v : m[x])
      if (!std::isfinite(v) || v < 0 || v > at_most)
        throw std::invalid_argument(std::string(what) + " has the entry " + std::to_string(v) + ", not a probability");
  }
}

void check_table(const matrix& t) {
  check_entries(t, std::numeric_limits<double>::max(), "the table");
  double sum = 0.0;
  for (const auto& r : t)
    for (double v : r) sum += v;
  if (std::abs(sum - 1.0) > 1e-9) throw std::invalid_argument("the table sums to " + std::to_string(sum) + ", not 1");
}

std::vector<double> row_sums(const matrix& t) {
  std::vector<double> s;
  for (const auto& r : t) {
    double v = 0.0;
    for (double p : r) v += p;
    s.push_back(v);
  }
  return s;
}

std::vector<double> col_sums(const matrix& t) {
  std::vector<double> s(t.front().size(), 0.0);
  for (const auto& r : t)
    for (std::size_t y = 0; y < r.size(); ++y) s[y] += r[y];
  return s;
}

}  // namespace

double mutual_information_bits(const matrix& table) {
  check_table(table);
  const std::vector<double> px = row_sums(table), py = col_sums(table);
  double i = 0.0;
  for (std::size_t x = 0; x < table.size(); ++x)
    for (std::size_t y = 0; y < table[x].size(); ++y)
      if (table[x][y] > 0) i += table[x][y] * std::log(table[x][y] / (px[x] * py[y]));
  return std::max(0.0, i) / std::numbers::ln2;
}

double conditional_entropy_bits(const matrix& table) {
  check_table(table);
  const std::vector<double> px = row_sums(table);
  double h = 0.0;
  for (std::size_t x = 0; x < table.size(); ++x)
    for (double p : table[x])
      if (p > 0) h -= p * std::log(p / px[x]);
  return h / std::numbers::ln2;
}

double channel_capacity_bits(const matrix& w) {
  check_entries(w, 1.0, "the channel");
  for (std::size_t x = 0; x < w.size(); ++x) {
    double sum = 0.0;
    for (double v : w[x]) sum += v;
    if (std::abs(sum - 1.0) > 1e-9)
      throw std::invalid_argument("the channel's row " + std::to_string(x) + " sums to " + std::to_string(sum) + ", not 1");
  }
  const std::size_t nx = w.size(), ny = w.front().size();
  std::vector<double> r(nx, 1.0 / static_cast<double>(nx)), d(nx);
  const double tolerance = 1e-11 * std::numbers::ln2;  // nats: below the 1e-10 bits asked
  for (int it = 0; it < 1000000; ++it) {
    std::vector<double> q(ny, 0.0);
    for (std::size_t x = 0; x < nx; ++x)
      for (std::size_t y = 0; y < ny; ++y) q[y] += r[x] * w[x][y];
    for (std::size_t x = 0; x < nx; ++x) {
      d[x] = 0.0;
      for (std::size_t y = 0; y < ny; ++y)
        if (w[x][y] > 0) d[x] += w[x][y] * std::log(w[x][y] / q[y]);
    }
    const double upper = *std::max_element(d.begin(), d.end());
    double lower = 0.0;
    for (std::size_t x = 0; x < nx; ++x) lower += r[x] * d[x];
    if (upper - lower <= tolerance) return std::max(0.0, lower) / std::numbers::ln2;
    double sum = 0.0;
    for (std::size_t x = 0; x < nx; ++x) sum += r[x] *= std::exp(d[x] - upper);
    for (double& v : r) v /= sum;
  }
  throw std::runtime_error("Blahut–Arimoto did not converge");
}

}  // namespace hw::lesson13
