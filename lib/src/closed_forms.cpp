/// \file closed_forms.cpp
/// \brief The closed forms behind closed_forms.hpp: each formula, its source, and how it is evaluated.
///
/// Everything is computed in nats and converted at the end with info::from_nats. Parameters are read
/// through Boost's accessors and are named as Boost's constructors name them. The continuous families'
/// formulas (entropies, and KL within one family) live with the rest of each family in families.cpp;
/// the discrete ones are here.
///
/// Numerical care, in brief. A KL divergence between nearby members of a family is a small number made
/// from terms of order one, so each formula is arranged to avoid the worst cancellation: the discrete
/// ones depend on the parameters through Bregman terms \f$x\ln\frac xy - x + y\f$ (bregman_term).

#include "info/closed_forms.hpp"

#include "families.hpp"
#include "info/error.hpp"

#include <boost/math/special_functions/log1p.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <variant>

namespace info {

/// The formulas for the discrete families, one overload per family (entropy) or per same-family pair
/// (kl), all in nats.
namespace formula {

namespace bm = boost::math;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

/// \f$x \ln(x / y)\f$ with \f$0 \ln(0/y) = 0\f$ and \f$x \ln(x/0) = +\infty\f$ for x > 0.
double x_log_x_over_y(double x, double y) {
  if (x == 0.0) return 0.0;
  if (y == 0.0) return inf;
  const double ratio = x / y;  // may overflow or underflow for extreme masses: then subtract logs
  const bool usable = std::isfinite(ratio) && ratio >= std::numeric_limits<double>::min();
  return x * (usable ? std::log(ratio) : std::log(x) - std::log(y));
}

/// One Bregman term \f$x\ln\frac xy - x + y \ge 0\f$ of a divergence between two masses that both sum to 1.
///
/// Summed over outcomes these terms give the KL exactly (the \f$-x + y\f$ parts add to 0), but unlike
/// \f$x\ln\frac xy\f$ none of them is negative, so nothing cancels. With \f$r = (x - y)/y\f$, formed from the
/// exact difference when x and y are close (Sterbenz), the term is \f$y\,[(1+r)\ln(1+r) - r] =
/// y\,[r\,\mathrm{log1p}(r) + \mathrm{log1pmx}(r)]\f$, of size \f$y r^2/2\f$: right to the last digits
/// however close x is to y. `diff` is x - y when the caller knows it better than x - y in doubles.
double bregman_term(double x, double y, double diff) {
  if (y == 0.0) return x == 0.0 ? 0.0 : inf;
  if (x == 0.0) return y;
  if (x >= 0.5 * y && x <= 2.0 * y) {
    const double r = diff / y;
    return y * (r * std::log1p(r) + bm::log1pmx(r));
  }
  return x_log_x_over_y(x, y) - x + y;
}

/// KL between Bernoulli(p) and Bernoulli(q), \f$p\ln\frac pq + (1-p)\ln\frac{1-p}{1-q}\f$, as the sum of
/// the two Bregman terms: the second has \f$(1-p) - (1-q) = q - p\f$ exactly, though 1 - p and 1 - q
/// are rounded. So KL(bernoulli(0.3) || bernoulli(0.30000000001)) = 2.38e-22 keeps all its digits, where
/// the two logarithms of the definition (each about 1e-11) cancel to noise.
double bernoulli_kl(double p, double q) {
  return bregman_term(p, q, p - q) + bregman_term(1.0 - p, 1.0 - q, q - p);
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// KL divergences between two members of one discrete family. Conventions: 0 ln 0 = 0, and mass of P
// where Q has none gives +infinity.
// ---------------------------------------------------------------------------------------------------

/// Poisson(mean \f$\lambda\f$): \f$\mathrm{KL} = \lambda_1\ln\frac{\lambda_1}{\lambda_2} + \lambda_2 - \lambda_1\f$
/// (derived: \f$\ln\frac{P(k)}{Q(k)} = k\ln\frac{\lambda_1}{\lambda_2} + \lambda_2 - \lambda_1\f$ and
/// \f$E_P[k] = \lambda_1\f$). Evaluated as the Bregman term (bregman_term).
std::optional<double> kl(const bm::poisson& p, const bm::poisson& q) {
  // as the Bregman term, which stays finite for a mean of 5e-324 (the ratio of means overflows)
  return bregman_term(p.mean(), q.mean(), p.mean() - q.mean());
}

/// Bernoulli(p): \f$\mathrm{KL} = p\ln\frac pq + (1-p)\ln\frac{1-p}{1-q}\f$ (the definition on two
/// outcomes), \f$+\infty\f$ when P puts mass on an outcome that Q does not (q = 0 < p, or q = 1 > p).
std::optional<double> kl(const bm::bernoulli& p, const bm::bernoulli& q) {
  return bernoulli_kl(p.success_fraction(), q.success_fraction());
}

/// Binomial(n, p) against binomial(n, q) with the same n: \f$\mathrm{KL} = n\,\mathrm{KL}(\mathrm{Bernoulli}(p)
/// \,\|\,\mathrm{Bernoulli}(q))\f$ (derived: \f$\ln\frac{P(k)}{Q(k)} = k\ln\frac pq + (n-k)\ln\frac{1-p}{1-q}\f$, the
/// binomial coefficients cancel, and \f$E_P[k] = np\f$). With \f$n_1 > n_2\f$ and p > 0, P puts mass
/// \f$p^{n_1}\f$ on \f$n_1\f$, outside Q's support: \f$+\infty\f$. Other pairs (\f$n_1 < n_2\f$, or a
/// degenerate P with \f$n_1 > n_2\f$) have no simple closed form: empty.
std::optional<double> kl(const bm::binomial& p, const bm::binomial& q) {
  const double n1 = p.trials();
  const double n2 = q.trials();
  if (n1 == n2) return n1 == 0.0 ? 0.0 : n1 * bernoulli_kl(p.success_fraction(), q.success_fraction());
  if (n1 > n2 && p.success_fraction() > 0.0) return inf;
  return std::nullopt;
}

/// Geometric(p), Boost's failures before the first success, \f$P(k) = p(1-p)^k\f$:
/// \f[\mathrm{KL} = \ln\frac{p_1}{p_2} + \frac{1-p_1}{p_1}\ln\frac{1-p_1}{1-p_2}
///    = \frac{\mathrm{KL}(\mathrm{Bernoulli}(p_1)\,\|\,\mathrm{Bernoulli}(p_2))}{p_1}\f]
/// (derived: \f$\ln\frac{P(k)}{Q(k)} = \ln\frac{p_1}{p_2} + k\ln\frac{1-p_1}{1-p_2}\f$ and
/// \f$E_P[k] = (1-p_1)/p_1\f$). The Bernoulli form carries the edge cases: \f$p_1 = 1\f$ (P is a point mass
/// at 0) gives \f$-\ln p_2\f$; \f$p_2 = 1 > p_1\f$ gives \f$+\infty\f$.
/// \throws info::invalid_distribution for a success fraction of 0, which Boost accepts but which puts no
/// mass on any outcome.
std::optional<double> kl(const bm::geometric& p, const bm::geometric& q) {
  if (p.success_fraction() == 0.0 || q.success_fraction() == 0.0)
    throw invalid_distribution(
        "geometric(0) puts no mass on any outcome: its success fraction p must satisfy 0 < p <= 1");
  return bernoulli_kl(p.success_fraction(), q.success_fraction()) / p.success_fraction();
}

// ---------------------------------------------------------------------------------------------------
// Entropies of discrete families that have a closed form.
// ---------------------------------------------------------------------------------------------------

/// Bernoulli(p): \f$H = -p\ln p - (1-p)\ln(1-p)\f$, with \f$\ln(1-p)\f$ as log1p(-p).
std::optional<double> entropy(const bm::bernoulli& d) {
  const double p = d.success_fraction();
  const double a = p > 0.0 ? -p * std::log(p) : 0.0;
  const double b = p < 1.0 ? -(1.0 - p) * std::log1p(-p) : 0.0;
  return a + b;
}

/// Geometric(p), \f$P(k) = p(1-p)^k\f$: \f$H = \frac{-p\ln p - (1-p)\ln(1-p)}{p}\f$ (derived:
/// \f$-\ln P(k) = -\ln p - k\ln(1-p)\f$ and \f$E[k] = (1-p)/p\f$). The sum over a cut support adds
/// thousands of rounded terms (3.4e-15 off for p = 0.0146, scipy's own test value); this is exact.
std::optional<double> entropy(const bm::geometric& d) {
  return *entropy(bm::bernoulli(d.success_fraction())) / d.success_fraction();
}

}  // namespace formula

std::optional<double> entropy_closed_form(const density& p, base b) {
  if (!p.is_family()) return std::nullopt;
  return from_nats(families::entropy(p.parts().front().family), b);
}

std::optional<double> kl_closed_form(const density& p, const density& q, base b) {
  if (!p.is_family() || !q.is_family()) return std::nullopt;
  const auto nats = families::kl(p.parts().front().family, q.parts().front().family);
  if (!nats) return std::nullopt;
  return from_nats(*nats, b);
}

std::optional<double> entropy_closed_form(const discrete_family& p, base b) {
  const auto nats = std::visit(
      [](const auto& d) -> std::optional<double> {
        if constexpr (requires { formula::entropy(d); }) {
          return formula::entropy(d);
        } else {
          return std::nullopt;
        }
      },
      p);
  if (!nats) return std::nullopt;
  return from_nats(*nats, b);
}

std::optional<double> kl_closed_form(const discrete_family& p, const discrete_family& q, base b) {
  const auto nats = std::visit(
      [](const auto& fp, const auto& fq) -> std::optional<double> {
        if constexpr (requires { formula::kl(fp, fq); }) {
          return formula::kl(fp, fq);
        } else {
          return std::nullopt;
        }
      },
      p, q);
  if (!nats) return std::nullopt;
  return from_nats(*nats, b);
}

}  // namespace info
