/// \file closed_forms.hpp
/// \brief Exact formulas: differential entropy of every family, and KL between members of one family.
///
/// These are the workbook's symbolic side: they are computed by formula, with no quadrature or sum, so
/// that comparing them with the numerical measures is a real check. Each formula and its source are
/// documented in closed_forms.cpp beside its code.
#pragma once

#include "info/density.hpp"
#include "info/discrete_families.hpp"
#include "info/units.hpp"

#include <optional>

namespace info {

/// The differential entropy of a single family by its closed form (all 13 families have one);
/// empty for a mixture.
[[nodiscard]] std::optional<double> entropy_closed_form(const density& p, base b = base::nats);

/// \f$\mathrm{KL}(P\,\|\,Q)\f$ by closed form, when P and Q are of the same family and it has one
/// (normal, exponential, gamma, beta, chi_squared, uniform, laplace, cauchy); empty otherwise.
/// May be \f$+\infty\f$ (uniform supports that do not nest).
[[nodiscard]] std::optional<double> kl_closed_form(const density& p, const density& q, base b = base::nats);

/// The entropy of a discrete family by its closed form: bernoulli and geometric; empty otherwise.
[[nodiscard]] std::optional<double> entropy_closed_form(const discrete_family& p, base b = base::nats);

/// \f$\mathrm{KL}(P\,\|\,Q)\f$ by closed form for two discrete families of one kind: poisson, bernoulli,
/// binomial (same n) and geometric; empty otherwise. May be \f$+\infty\f$.
[[nodiscard]] std::optional<double> kl_closed_form(const discrete_family& p, const discrete_family& q,
                                                   base b = base::nats);

}  // namespace info
