/// \file result.hpp
/// \brief The outcome of a computation: its value, how far to trust it, what it cost and how it was obtained.
#pragma once

#include <string>
#include <vector>

namespace info {

/// How a figure was obtained.
enum class method {
  closed_form,  ///< a formula: no sum, no integral
  sum,          ///< a sum over outcomes
  quadrature,   ///< numerical integration; result::integrators names the rules used
  analytic,     ///< decided without summing or integrating (an infinity from the supports or the tails, ln 2 for
                ///< disjoint supports); result::reason says which
};

/// A computed quantity with how far to trust it and what it cost. Where a number is expected it reads as its
/// value (`double h = info::entropy(p);`), so code that needs only the value need not mention the rest.
struct result {
  double value = 0.0;    ///< the quantity, in the requested unit (may be +infinity)
  /// A bound on the absolute error, in the same unit: the rounding of a sum, Boost's estimate for quadrature
  /// (plus the rounding of its sum), 0 for an exact decision. It does not cover rounding inside a
  /// log-density or a closed form, a few ulps of each term.
  double error = 0.0;
  long evaluations = 0;  ///< integrand evaluations, or terms summed
  info::method method = info::method::closed_form;  ///< how it was obtained
  std::vector<std::string> integrators;  ///< quadrature's rules in order of first use: "tanh-sinh", "exp-sinh", ...
  std::string reason;    ///< analytic: "support", "tail" or "disjoint supports"; quadrature stopped early: "overflow"

  /// The value: a result reads as its value wherever a number is expected.
  operator double() const noexcept { return value; }  // NOLINT(google-explicit-constructor)
};

/// The method as a word: "closed-form", "sum", "quadrature" or "analytic" (the calculator's JSON uses these).
[[nodiscard]] const char* key(method m) noexcept;

/// How `r` was obtained, for people: "closed form", "sum over 11 outcomes", "quadrature (exp-sinh +
/// tanh-sinh)", "quadrature (stopped: log q overflowed)", "decided without integrating (support)".
[[nodiscard]] std::string describe(const result& r);

/// The integrators joined by " + ", as `describe` shows them: "exp-sinh + tanh-sinh".
[[nodiscard]] std::string joined(const std::vector<std::string>& integrators);

}  // namespace info
