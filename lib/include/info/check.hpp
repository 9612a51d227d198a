/// \file check.hpp
/// \brief A numerical check of an identity or inequality, with its two sides, their difference and a verdict.
#pragma once

#include "info/result.hpp"

#include <string>

namespace info {

/// How the two sides of a check are meant to relate.
enum class relation {
  equal,          ///< lhs = rhs within the tolerance
  less_equal,     ///< lhs <= rhs + tolerance
  greater_equal,  ///< lhs >= rhs - tolerance
};

/// A named identity or inequality checked numerically. The two sides must come from separate code
/// (cross-entropy summed from \f$-\sum p \log q\f$, never built as H + KL), or the check cannot fail.
struct check {
  std::string name;                 ///< what is claimed, e.g. "H(P,Q) = H(P) + KL(P||Q)"
  double lhs = 0.0;                 ///< left side
  double rhs = 0.0;                 ///< right side
  double tolerance = 0.0;           ///< the absolute slack allowed
  relation how = relation::equal;   ///< equality or inequality

  /// lhs - rhs (0 when both sides are the same infinity).
  [[nodiscard]] double difference() const noexcept;
  /// The verdict. NaN on either side never holds; equal infinities are equal.
  [[nodiscard]] bool holds() const noexcept;
  /// The relation as a symbol: "=", "≤" or "≥".
  [[nodiscard]] const char* symbol() const noexcept;
};

/// A check that lhs = rhs within `tolerance`.
[[nodiscard]] check identity(std::string name, double lhs, double rhs, double tolerance);
/// A check that lhs <= rhs, allowing `tolerance` of rounding.
[[nodiscard]] check at_most(std::string name, double lhs, double rhs, double tolerance = 0.0);
/// A check that lhs >= rhs, allowing `tolerance` of rounding.
[[nodiscard]] check at_least(std::string name, double lhs, double rhs, double tolerance = 0.0);

/// The chain rule \f$H(P,Q) = H(P) + \mathrm{KL}(P\,\|\,Q)\f$ on three separately computed results (the
/// cross-entropy from \f$-\sum p \log q\f$ or \f$-\int p \log q\f$, never as H + KL). The sides may differ by
/// the three error bounds together, plus \f$10^{-12}\f$ of the larger side (at least 1) for what no bound
/// covers: the rounding inside log-densities and closed forms. Equal infinities hold; `name` is what is
/// claimed, "H(P,Q) = h(P) + KL(P||Q)" for densities.
[[nodiscard]] check chain_rule(const result& cross_entropy, const result& entropy, const result& kl,
                               std::string name = "H(P,Q) = H(P) + KL(P||Q)");

}  // namespace info
