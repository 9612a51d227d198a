/// \file continuous_measures.hpp
/// \brief Differential entropy, cross-entropy, KL and JS for densities, by quadrature of log-space integrands.
///
/// Each measure is integrated from its own definition (never assembled from the others), so identities
/// such as \f$H(P,Q) = h(P) + \mathrm{KL}(P\,\|\,Q)\f$ can be checked with independent sides.
/// Infinite results are decided before any integration: when Q's support does not cover P's, or when
/// P's tail is too heavy for Q's (for example \f$\mathrm{KL}(\text{Cauchy}\,\|\,\text{normal}) = +\infty\f$),
/// the value is \f$+\infty\f$ with method "support" or "tail".
#pragma once

#include "info/density.hpp"
#include "info/result.hpp"
#include "info/units.hpp"

#include <functional>
#include <string>

namespace info {

/// Differential entropy \f$h(P) = -\int p(x) \log_b p(x)\,dx\f$ (may be negative).
[[nodiscard]] result entropy(const density& p, base b = base::nats);

/// Cross-entropy \f$H(P,Q) = -\int p(x) \log_b q(x)\,dx\f$.
[[nodiscard]] result cross_entropy(const density& p, const density& q, base b = base::nats);

/// \f$\mathrm{KL}(P\,\|\,Q) = \int p(x) \log_b \frac{p(x)}{q(x)}\,dx\f$.
[[nodiscard]] result kl_divergence(const density& p, const density& q, base b = base::nats);

/// \f$\mathrm{JS}(P,Q) = \tfrac12\int p\log_b\frac{p}{m} + \tfrac12\int q\log_b\frac{q}{m}\f$ with \f$m = \tfrac12(p+q)\f$;
/// always finite, at most \f$\log_b 2\f$ (reached when the supports are disjoint).
[[nodiscard]] result js_divergence(const density& p, const density& q, base b = base::nats);

/// \f$\sqrt{\mathrm{JS}(P,Q)}\f$.
[[nodiscard]] result js_distance(const density& p, const density& q, base b = base::nats);

/// \f$E_P[f(X)] = \int p(x) f(x)\,dx\f$ by the same quadrature as the measures (split where P's mass lies,
/// its singular ends in the log of the distance), for an f whose expectation is finite: E[X^2] of a normal,
/// not of a Cauchy. Units are f's own.
/// \throws info::unresolved when the quadrature cannot resolve it (its error estimate is as large as the value).
[[nodiscard]] result expectation(const density& p, const std::function<double(double)>& f);

/// Why \f$E_P[-\log q]\f$ is infinite, or an empty string when it is finite: a support that Q does not
/// cover, or a tail of P too heavy for Q's.
[[nodiscard]] std::string why_infinite(const density& p, const density& q);

}  // namespace info
