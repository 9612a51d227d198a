/// \file exact.hpp
/// \brief Exact values beside the doubles, for distributions with rational masses.
///
/// With the symbolic layer (info_symbolic, CMake option WORKBOOK_SYMBOLIC) a measure of distributions whose
/// masses are fractions is an exact sum of logarithms of primes with rational coefficients: H(1/2, 1/4, 1/4)
/// is 3/2·log(2) nats, which is 3/2 bits exactly. These helpers print that beside the double a step has
/// just printed, as one line starting with "exact:", checked against the double (kit::step::exact):
/// \code
///   s.result("H(0.5, 0.25, 0.25)", h, "bits");
///   kit::exact_line(s, "H(P)", kit::exact_measure::entropy, "1/2, 1/4, 1/4", "", h, info::base::bits);
///   //  ✓ exact: H(P) = 3/2 bits
/// \endcode
/// Without the symbolic layer they print nothing, and a lesson's output is its output with those lines
/// removed (which is how one expected file serves both builds). Lessons call these without any #if; the
/// choice is made once, in exact.cpp.
#pragma once

#include "kit/lesson.hpp"

#include <info/units.hpp>

#include <string_view>

namespace kit {

/// True when the workbook was built with the symbolic layer.
[[nodiscard]] bool symbolic_layer_built();

/// Which measure exact_line() prints.
enum class exact_measure { entropy, cross_entropy, kl, js };

/// One line "  ✓ exact: H(R, S) = 169/100·log(2) nats = 169/100 bits": the measure of the specs `p` (and
/// `q`), read exactly (fractions or decimals: 0.42 is 42/100), written in `unit` (and in the other of bits
/// and nats too when that is as short as a fraction), ✓ when its value agrees with `computed` (the step's
/// double, in `unit`) to 1e-14 relative. Prints nothing when the layer is not built or when a spec's
/// masses are not rational (poisson, a density): a walkthrough passes the student's specs as given.
void exact_line(step& s, std::string_view label, exact_measure m, std::string_view p, std::string_view q,
                double computed, info::base unit);

/// One line "  ✓ exact: H(P, Q) − H(P) − KL(P‖Q) = 0 exactly": the identity of lesson 05, in exact
/// arithmetic, for the specs `p` and `q` (nothing when the layer is not built or a spec is not rational).
void exact_identity(step& s, std::string_view p, std::string_view q);

}  // namespace kit
