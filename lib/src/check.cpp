// Numerical checks of identities and inequalities.
#include "info/check.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace info {

double check::difference() const noexcept {
  if (std::isinf(lhs) && lhs == rhs) return 0.0;  // the same infinity on both sides
  return lhs - rhs;
}

bool check::holds() const noexcept {
  if (std::isnan(lhs) || std::isnan(rhs) || std::isnan(tolerance)) return false;
  const double d = difference();
  switch (how) {
    case relation::equal: return std::abs(d) <= tolerance;
    case relation::less_equal: return d <= tolerance;
    case relation::greater_equal: return d >= -tolerance;
  }
  return false;
}

const char* check::symbol() const noexcept {
  switch (how) {
    case relation::less_equal: return "≤";
    case relation::greater_equal: return "≥";
    case relation::equal: break;
  }
  return "=";
}

check identity(std::string name, double lhs, double rhs, double tolerance) {
  return {std::move(name), lhs, rhs, tolerance, relation::equal};
}
check at_most(std::string name, double lhs, double rhs, double tolerance) {
  return {std::move(name), lhs, rhs, tolerance, relation::less_equal};
}
check at_least(std::string name, double lhs, double rhs, double tolerance) {
  return {std::move(name), lhs, rhs, tolerance, relation::greater_equal};
}

check chain_rule(const result& cross_entropy, const result& entropy, const result& kl, std::string name) {
  const double lhs = cross_entropy.value, rhs = entropy.value + kl.value;
  const double size = std::max({1.0, std::abs(lhs), std::abs(rhs)});
  const double uncovered = std::isfinite(size) ? 1e-12 * size : 0.0;
  return identity(std::move(name), lhs, rhs, cross_entropy.error + entropy.error + kl.error + uncovered);
}

}  // namespace info
