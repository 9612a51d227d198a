// The layer's private side: GiNaC behind info::symbolic::expr, and the canonicalisation that GiNaC
// does not do by itself. Only the layer's .cpp files include this header.
#pragma once

#include "info/symbolic/expr.hpp"

#include <ginac/ginac.h>

#include <string>

namespace info::symbolic {

struct expr::impl {
  GiNaC::ex e;
  bool infinite = false;
};

[[nodiscard]] expr wrap(const GiNaC::ex& e);
[[nodiscard]] inline const GiNaC::ex& unwrap(const expr& e) { return e.get().e; }

namespace detail {

/// log of a positive rational as Σ e_p log p over its prime factors (trial division: teaching-size
/// numbers). GiNaC keeps log(12) as it is and never sees that log(4) − 2 log(2) is 0.
[[nodiscard]] GiNaC::ex log_of_rational(const GiNaC::numeric& r);

/// Splits every logarithm: log(a·b) → log a + log b, log(aⁿ) → n log a, log(exp y) → y, and the
/// logarithm of a number into primes; a factor such as (p − 1) is turned into (1 − p), so that every
/// logarithm's argument is positive where the formulas live (parameters in their domains).
[[nodiscard]] GiNaC::ex expand_logs(const GiNaC::ex& e);

/// Exactly zero after expand_logs, expansion and normalisation of rational functions.
[[nodiscard]] bool is_exactly_zero(const GiNaC::ex& e);

/// Every log u as log₂ u, the function lb below.
[[nodiscard]] GiNaC::ex to_bits(const GiNaC::ex& nats);

enum class style { unicode, ascii, latex };
/// The canonical printer: the terms of every sum and the factors of every product in a fixed order.
[[nodiscard]] std::string print(const GiNaC::ex& e, style s);

/// The value of a real expression computed in 50-digit MPFR, rounded once to a double, or as a decimal
/// string of `digits` digits. Throws info::invalid_input when a symbol has no value in `at` or a function
/// is outside its domain.
[[nodiscard]] double evaluate(const GiNaC::ex& e, const point& at);
[[nodiscard]] std::string evaluate(const GiNaC::ex& e, const point& at, int digits);

}  // namespace detail

/// log₂ as a function of its own, so that bits print as log₂(3) rather than log(3)/log(2).
DECLARE_FUNCTION_1P(lb)

}  // namespace info::symbolic
