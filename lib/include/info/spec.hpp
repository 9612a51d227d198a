/// \file spec.hpp
/// \brief Reading distributions from text: "0.2,0.3,0.5", "binomial(10, 0.5)", "mixture(0.5*normal(-2,0.6), 0.5*normal(2,0.6))".
///
/// One parser serves the calculator and the lessons' own-numbers flags. Grammar:
/// \code
/// spec    := list | family | mixture
/// list    := number (',' number)*
/// family  := name '(' number (',' number)* ')'
/// mixture := 'mixture' '(' weight '*' family (',' weight '*' family)* ')'
/// \endcode
/// Family names and parameters are Boost.Math's (see info::continuous_family and info::discrete_family).
#pragma once

#include "info/density.hpp"
#include "info/discrete_families.hpp"
#include "info/pmf.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace info {

/// Whatever a spec describes: a list of probabilities, a discrete family, or a density.
using distribution = std::variant<pmf, discrete_family, density>;

/// Reads a spec. `name` ("P", "Q") labels error messages.
/// \throws info::spec_error for malformed text (with the position) and info::invalid_distribution for
/// invalid parameters or lists; the message names the problem and the fix.
[[nodiscard]] distribution parse_spec(std::string_view text, const std::string& name = "P");

/// Reads a spec that must be discrete: a list, or a discrete family turned into its pmf.
[[nodiscard]] pmf parse_pmf(std::string_view text, const std::string& name = "P");

/// Reads a spec that must be continuous: a family or a mixture.
[[nodiscard]] density parse_density(std::string_view text, const std::string& name = "P");

/// True for a pmf or discrete family, false for a density.
[[nodiscard]] bool is_discrete(const distribution& d) noexcept;

/// The distribution as a spec ("0.2, 0.3, 0.5", "poisson(4)", "normal(0, 1)").
[[nodiscard]] std::string describe(const distribution& d);

}  // namespace info
