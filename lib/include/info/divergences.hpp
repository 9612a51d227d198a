/// \file divergences.hpp
/// \brief Total variation, Hellinger distance, Pearson's chi-squared, Rényi entropy and Rényi divergence, for
/// probability mass functions and for densities.
///
/// Conventions are those of discrete_measures.hpp: P is the truth and Q the model, in that order; two pmfs of
/// different lengths are compared on the longer outcome set (a bounded pmf is 0 beyond its end, a cut infinite
/// family is extended with its exact masses); an infinity is decided from the supports (and, for an infinite
/// support, from the tail of the sum), never from a double that underflowed. Each measure returns an
/// info::result that reads as its value.
///
/// The constants, since conventions differ between books:
/// \f[ \mathrm{TV}(P,Q) = \tfrac12\sum_x |P(x)-Q(x)|, \qquad
///     H^2(P,Q) = \tfrac12\sum_x \bigl(\sqrt{P(x)}-\sqrt{Q(x)}\bigr)^2, \f]
/// so both lie in [0, 1] and \f$H^2 \le \mathrm{TV} \le \sqrt2\,H\f$ (Le Cam; the second is
/// \f$\mathrm{TV} \le H\sqrt{2-H^2}\f$ weakened).
///
/// For a pmf cut from an infinite family the sums run over the stored outcomes of both (extended to the longer
/// one). What lies beyond is either summed on from the families' log masses until it no longer adds to the sum
/// (chi-squared and Rényi of order > 1, whose terms can grow beyond the cut: poisson(10) against poisson(1)
/// has its chi-squared terms largest near k = 100), or bounded by the tails left out (TV, Hellinger, Rényi of
/// order < 1, whose terms beyond are at most \f$P(x) + Q(x)\f$) and that bound added to result::error.
#pragma once

#include "info/density.hpp"
#include "info/pmf.hpp"
#include "info/result.hpp"
#include "info/units.hpp"

namespace info {

/// Total variation distance \f$\mathrm{TV}(P,Q) = \tfrac12\sum_x |P(x)-Q(x)| = \sup_A |P(A)-Q(A)|\f$,
/// unitless, in [0, 1] (1 exactly for disjoint supports).
[[nodiscard]] result total_variation(const pmf& p, const pmf& q);

/// Hellinger distance \f$H(P,Q)\f$ with \f$H^2 = \tfrac12\sum_x (\sqrt{P(x)}-\sqrt{Q(x)})^2\f$, unitless, in [0, 1].
/// Summed in that form, each difference as \f$(P-Q)/(\sqrt P+\sqrt Q)\f$: the equal value
/// \f$1-\sum_x\sqrt{P(x)Q(x)}\f$ cancels to nothing for nearly equal pmfs.
[[nodiscard]] result hellinger(const pmf& p, const pmf& q);

/// Pearson's \f$\chi^2(P\,\|\,Q) = \sum_x \frac{(P(x)-Q(x))^2}{Q(x)}\f$, unitless; \f$+\infty\f$ when Q rules
/// out an outcome P has (decided from the supports, as for KL), or when the sum diverges in the tail of an
/// infinite support (geometric(0.1) against geometric(0.5)).
[[nodiscard]] result chi_squared(const pmf& p, const pmf& q);

/// Rényi entropy of order \f$\alpha\f$, \f$H_\alpha(P) = \frac{1}{1-\alpha}\log_b\sum_x P(x)^\alpha\f$:
/// \f$\alpha = 1\f$ is Shannon's entropy, \f$\alpha = 0\f$ the log of the support's size (\f$+\infty\f$ for an
/// infinite support), \f$\alpha = \infty\f$ (std::numeric_limits<double>::infinity()) the min-entropy
/// \f$-\log_b \max_x P(x)\f$. Non-increasing in \f$\alpha\f$.
/// \throws info::invalid_input when alpha is negative or NaN.
[[nodiscard]] result renyi_entropy(const pmf& p, double alpha, base b = base::nats);

/// Rényi divergence of order \f$\alpha > 0\f$,
/// \f$D_\alpha(P\,\|\,Q) = \frac{1}{\alpha-1}\log_b\sum_x P(x)^\alpha Q(x)^{1-\alpha}\f$:
/// \f$\alpha = 1\f$ is KL(P‖Q), \f$\alpha = \infty\f$ is \f$\log_b\max_x P(x)/Q(x)\f$, \f$\alpha = 2\f$ is
/// \f$\log_b(1+\chi^2)\f$. Non-decreasing in \f$\alpha\f$. For \f$\alpha \ge 1\f$ it is \f$+\infty\f$ when Q rules
/// out part of P's support; for \f$\alpha < 1\f$ the sum runs over the common support and is \f$+\infty\f$ only
/// when the supports are disjoint.
///
/// Near \f$\alpha = 1\f$ it is computed as \f$\frac{1}{\alpha-1}\,\mathrm{log1p}\bigl(\sum_x P(x)\,
/// \mathrm{expm1}((\alpha-1)\,r_x)\bigr)\f$ with \f$r_x = \log P(x) - \log Q(x)\f$, which is accurate as
/// \f$\alpha \to 1\f$ and runs smoothly into KL; elsewhere as a log-sum-exp of
/// \f$\alpha\log P(x) + (1-\alpha)\log Q(x)\f$, so that nothing overflows or underflows.
/// \throws info::invalid_input when alpha is not > 0 (or NaN).
[[nodiscard]] result renyi_divergence(const pmf& p, const pmf& q, double alpha, base b = base::nats);

/// Total variation distance of densities, \f$\tfrac12\int|p(x)-q(x)|\,dx\f$, by quadrature over the union of
/// the supports (the layout of JS). Unitless, in [0, 1]; 1 for disjoint supports (decided without integrating).
/// \throws info::unresolved when the quadrature cannot resolve it.
[[nodiscard]] result total_variation(const density& p, const density& q);

/// Hellinger distance of densities, \f$H^2 = \tfrac12\int(\sqrt{p}-\sqrt{q})^2\,dx\f$, by quadrature of that form
/// over the union of the supports. Unitless, in [0, 1].
/// \throws info::unresolved when the quadrature cannot resolve it.
[[nodiscard]] result hellinger(const density& p, const density& q);

/// \f$\chi^2(P\,\|\,Q) = \int\frac{(p-q)^2}{q}\,dx\f$, by closed form for two normals: with variances
/// \f$s^2, t^2\f$ and means \f$\mu, \nu\f$, \f$1+\chi^2 = \frac{t^2}{s\sqrt{2t^2-s^2}}
/// \exp\frac{(\mu-\nu)^2}{2t^2-s^2}\f$ when \f$2t^2 > s^2\f$, \f$+\infty\f$ otherwise.
/// \throws info::invalid_input for any other pair (no quadrature yet: deciding when the integral is
/// infinite from the tails is not done).
[[nodiscard]] result chi_squared(const density& p, const density& q);

/// Rényi divergence of densities. \f$\alpha = 1\f$ is kl_divergence(p, q, b). For \f$0 < \alpha < 1\f$ (always
/// finite unless the supports are disjoint) by quadrature of \f$E_P[\mathrm{expm1}((\alpha-1)(\log p-\log q))]\f$,
/// the near-1 form of the discrete case. For \f$\alpha > 1\f$ (including \f$\infty\f$) by closed form for two
/// normals only: \f$D_\alpha = \log\frac{t}{s} + \frac{1}{2(\alpha-1)}\log\frac{t^2}{\sigma_\alpha^2} +
/// \frac{\alpha(\mu-\nu)^2}{2\sigma_\alpha^2}\f$ with \f$\sigma_\alpha^2 = \alpha t^2 + (1-\alpha)s^2 > 0\f$,
/// \f$+\infty\f$ when \f$\sigma_\alpha^2 \le 0\f$ (Gil, Alajaji and Linder, "Rényi divergence measures for
/// commonly used univariate continuous distributions", Information Sciences 249, 2013).
/// \throws info::invalid_input when alpha is not > 0, or alpha > 1 for a pair that is not two normals.
[[nodiscard]] result renyi_divergence(const density& p, const density& q, double alpha, base b = base::nats);

}  // namespace info
