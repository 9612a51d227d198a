/// \file discrete_measures.hpp
/// \brief Surprisal, entropy, cross-entropy, KL and Jensen-Shannon divergence of probability mass functions.
///
/// Conventions: \f$0 \log 0 = 0\f$; a term with \f$P(x) > 0\f$ and \f$Q(x) = 0\f$ makes
/// \f$H(P,Q)\f$ and \f$\mathrm{KL}(P\,\|\,Q)\f$ equal to \f$+\infty\f$; JS is always finite.
/// Two pmfs of different lengths are compared on the longer outcome set: a bounded pmf is padded with
/// zeros, a cut infinite family is extended with its exact masses. Every sum is vectorised with Eigen.
///
/// Each measure returns an info::result: the sum, the bound on its rounding, the number of terms, and
/// method::sum (or method::analytic with reason "support" for an infinity decided from the supports). It
/// reads as its value wherever a number is expected.
#pragma once

#include "info/discrete_families.hpp"
#include "info/pmf.hpp"
#include "info/result.hpp"
#include "info/units.hpp"

#include <optional>
#include <vector>

namespace info {

/// Surprisal (self-information) \f$S = -\log_b p\f$ of an event of probability p.
/// \throws info::invalid_input unless \f$0 < p \le 1\f$.
[[nodiscard]] double surprisal(double p, base b = base::nats);

/// Surprisal of each outcome, \f$-\log_b P(x)\f$ (\f$+\infty\f$ where \f$P(x) = 0\f$).
[[nodiscard]] Eigen::ArrayXd surprisal(const pmf& p, base b = base::nats);

/// Shannon entropy \f$H(P) = -\sum_x P(x) \log_b P(x)\f$.
[[nodiscard]] result entropy(const pmf& p, base b = base::nats, std::optional<window> w = {});

/// Cross-entropy \f$H(P,Q) = -\sum_x P(x) \log_b Q(x)\f$, summed from this definition.
[[nodiscard]] result cross_entropy(const pmf& p, const pmf& q, base b = base::nats, std::optional<window> w = {});

/// Kullback-Leibler divergence \f$\mathrm{KL}(P\,\|\,Q) = \sum_x P(x) \log_b \frac{P(x)}{Q(x)}\f$.
[[nodiscard]] result kl_divergence(const pmf& p, const pmf& q, base b = base::nats, std::optional<window> w = {});

/// Jensen-Shannon divergence \f$\mathrm{JS}(P,Q) = \tfrac12 \mathrm{KL}(P\,\|\,M) + \tfrac12 \mathrm{KL}(Q\,\|\,M)\f$,
/// \f$M = \tfrac12(P+Q)\f$; symmetric, and \f$0 \le \mathrm{JS} \le \log_b 2\f$.
[[nodiscard]] result js_divergence(const pmf& p, const pmf& q, base b = base::nats, std::optional<window> w = {});

/// Jensen-Shannon distance \f$\sqrt{\mathrm{JS}(P,Q)}\f$ (a metric), in the square root of the unit.
[[nodiscard]] result js_distance(const pmf& p, const pmf& q, base b = base::nats, std::optional<window> w = {});

/// The terms \f$-P(x)\log_b P(x)\f$ whose sum is H(P), one per outcome.
[[nodiscard]] Eigen::ArrayXd entropy_terms(const pmf& p, base b = base::nats);
/// The terms \f$-P(x)\log_b Q(x)\f$ whose sum is H(P,Q), over the common outcome set.
[[nodiscard]] Eigen::ArrayXd cross_entropy_terms(const pmf& p, const pmf& q, base b = base::nats);
/// The terms \f$P(x)\log_b (P(x)/Q(x))\f$ whose sum is KL(P||Q); some may be negative.
[[nodiscard]] Eigen::ArrayXd kl_terms(const pmf& p, const pmf& q, base b = base::nats);
/// The terms \f$\tfrac12 P(x)\log_b\frac{P(x)}{M(x)} + \tfrac12 Q(x)\log_b\frac{Q(x)}{M(x)}\f$ whose sum is JS(P,Q).
[[nodiscard]] Eigen::ArrayXd js_terms(const pmf& p, const pmf& q, base b = base::nats);

/// The mixture \f$M = \tfrac12(P+Q)\f$ over the common outcome set.
[[nodiscard]] pmf midpoint(const pmf& p, const pmf& q);

/// Where \f$P(x) > 0\f$ but \f$Q(x) = 0\f$: the outcomes that make KL(P||Q) and H(P,Q) infinite.
struct support_mismatch {
  std::vector<Eigen::Index> outcomes;  ///< listed offending outcomes, in increasing order
  /// Set when P's support is infinite and Q's is not: every outcome from this one on offends.
  std::optional<Eigen::Index> all_from;
  /// True when nothing offends (KL is finite).
  [[nodiscard]] bool empty() const noexcept { return outcomes.empty() && !all_from; }
};

/// The outcomes where P has mass and Q has none.
[[nodiscard]] support_mismatch infinite_outcomes(const pmf& p, const pmf& q);

}  // namespace info
