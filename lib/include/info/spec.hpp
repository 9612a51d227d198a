/// \file spec.hpp
/// \brief Reading distributions from text: "0.2,0.3,0.5", "binomial(10, 0.5)", "mixture(0.5*normal(-2,0.6), 0.5*normal(2,0.6))".
///
/// One parser serves the calculator and the lessons' own-numbers flags. Grammar:
/// \code
/// spec    := list | family | mixture
/// list    := number (',' number)*
/// family  := name '(' number (',' number)* ')'
/// mixture := 'mixture' '(' weight '*' family (',' weight '*' family)* ')'
/// number  := decimal | decimal '/' decimal      (a fraction such as 1/3, rounded once)
/// decimal := such as 0.25, -3, .5, 1e-3 or 2.5E+2, with an optional sign; also inf, infinity, nan
/// \endcode
/// Spaces, tabs and newlines may stand between any two tokens. Family names and parameters are Boost.Math's
/// (see info::continuous_family and info::discrete_family); names are read without regard to case, and a few
/// common spellings are accepted too: gaussian and norm (normal), exp (exponential), t, student_t, student and
/// studentt (students_t), chi2, chisq, chi_square and chisquared (chi_squared), log_normal (lognormal),
/// binom (binomial), nbinom, negbin and neg_binomial (negative_binomial), pois (poisson). A mixture holds
/// continuous families only, with weights in (0, 1] that sum to 1 within pmf::sum_tolerance; mixtures do not
/// nest. Nothing is normalised.
///
/// Errors come in two kinds. Text that cannot be read (empty, unbalanced parentheses, an empty entry, a word
/// that is not a number, an unknown family, the wrong number of parameters, a number beyond a double's range,
/// trailing text) raises info::spec_error, whose `position()` is the 0-based byte offset of the problem. A
/// parameter outside its family's domain, or a list or mixture that is not a distribution, raises
/// info::invalid_distribution naming the family, the parameter, its value and position, and the fix.
#pragma once

#include "info/density.hpp"
#include "info/discrete_families.hpp"
#include "info/pmf.hpp"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace info {

/// Whatever a spec describes: a list of probabilities, a discrete family, or a density.
using distribution = std::variant<pmf, discrete_family, density>;

/// Reads a spec. `name` ("P", "Q") labels error messages.
/// \throws info::spec_error for malformed text (with the position) and info::invalid_distribution for
/// invalid parameters or lists; the message names the problem and the fix.
[[nodiscard]] distribution parse_spec(std::string_view text, const std::string& name = "P");

/// Reads a spec that must be discrete: a list, or a discrete family turned into its pmf (info::to_pmf).
/// \throws info::incompatible_distributions for a continuous spec, besides the errors of parse_spec.
[[nodiscard]] pmf parse_pmf(std::string_view text, const std::string& name = "P");

/// Reads a spec that must be continuous: a family or a mixture.
/// \throws info::incompatible_distributions for a list or a discrete family, besides the errors of parse_spec.
[[nodiscard]] density parse_density(std::string_view text, const std::string& name = "P");

/// A spec's numbers as they were typed, for readers that take them exactly: the symbolic layer reads
/// "1/3" as the rational 1/3 and "0.1" as 1/10, not as the nearest doubles.
struct written_spec {
  std::string family;                ///< the family's name ("binomial"), "mixture", or empty for a list
  std::vector<std::string> numbers;  ///< the list's entries or the family's parameters, as typed
};

/// Reads a spec as parse_spec does (with the same errors) and returns its numbers as typed.
[[nodiscard]] written_spec parse_written(std::string_view text, const std::string& name = "P");

/// A spec of every family, as error messages show them: the continuous families first
/// ("normal(0, 1)", "exponential(1)", ...), then the discrete ones. For help texts.
[[nodiscard]] std::vector<std::string> family_examples();

/// True for a pmf or discrete family, false for a density.
[[nodiscard]] bool is_discrete(const distribution& d) noexcept;

/// The distribution as a spec ("0.2, 0.3, 0.5", "poisson(4)", "normal(0, 1)").
[[nodiscard]] std::string describe(const distribution& d);

/// The distribution as a spec with its parameters named, for a reader meeting the family:
/// "exponential(rate = 3)", "binomial(n = 10, p = 0.5)", "mixture(0.5*normal(mean = -2, sd = 0.6), ...)".
/// A list is written as describe() writes it.
[[nodiscard]] std::string describe_named(const distribution& d);

}  // namespace info
