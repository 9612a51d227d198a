/// \file closed_forms.cpp
/// \brief The closed forms behind closed_forms.hpp: each formula, its source, and how it is evaluated.
///
/// Everything is computed in nats and converted at the end with info::from_nats. Parameters are read
/// through Boost's accessors and are named as Boost's constructors name them.
///
/// Numerical care, in brief. A KL divergence between nearby members of a family is a small number made
/// from terms of order one, so each formula is arranged to avoid the worst cancellation:
/// \f$r - 1 - \ln r\f$ is evaluated as \f$-\mathrm{log1pmx}(r-1)\f$ (Boost's \f$\ln(1+x) - x\f$) with
/// \f$r - 1\f$ formed as a difference of parameters, and \f$u + e^{-u} - 1\f$ by its series for small u.
/// Entropies with large shape parameters (gamma, chi-squared, beta, Student's t), where lgamma and
/// digamma terms of size \f$k \ln k\f$ cancel down to \f$\tfrac12\ln k\f$, switch to asymptotic series.
/// The gamma and beta KLs depend on the shapes through Bregman divergences of \f$\ln\Gamma\f$, evaluated
/// in a form that does not cancel (lgamma_bregman); the discrete ones through Bregman terms
/// \f$x\ln\frac xy - x + y\f$ (bregman_term).

#include "info/closed_forms.hpp"

#include "info/error.hpp"

#include <boost/math/constants/constants.hpp>
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/log1p.hpp>
#include <boost/math/special_functions/polygamma.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <variant>

namespace info {

/// The formulas, one overload per family (entropy) or per same-family pair (kl), all in nats.
///
/// "Table 17.1" below is T. M. Cover and J. A. Thomas, *Elements of Information Theory*, 2nd ed., Wiley 2006,
/// Table 17.1 (differential entropies, after Lazo and Rathie 1978), rewritten in Boost's parameters.
namespace formula {

namespace bm = boost::math;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

/// \f$r - 1 - \ln r\f$ for \f$r = a/b\f$, a, b > 0. Near r = 1, as \f$-\mathrm{log1pmx}((a-b)/b)\f$ with
/// a - b exact (Sterbenz), so no cancellation; elsewhere directly, with \f$\ln r = \ln a - \ln b\f$ so that
/// a ratio that over- or underflows (a scale of 1e-100 against 1) still gives the right, or infinite, value.
double r_minus_1_minus_log_r(double a, double b) {
  if (a >= 0.5 * b && a <= 2.0 * b) return -bm::log1pmx((a - b) / b);
  return a / b - 1.0 - (std::log(a) - std::log(b));
}

/// \f$u + e^{-u} - 1 = \sum_{n \ge 2} (-u)^n / n!\f$ for \f$u \ge 0\f$; the series below 1/2, where
/// the closed expression would cancel.
double u_plus_expm1_minus_u(double u) {
  if (u >= 0.5) return u + std::expm1(-u);
  double term = u * u / 2;  // (-u)^2 / 2!
  double sum = 0.0;
  for (int n = 3; term != 0.0 && std::abs(term) > 1e-17 * sum; ++n) {
    sum += term;
    term *= -u / n;
  }
  return sum;
}

/// The Stirling remainder \f$\ln\Gamma(x) - [(x - \tfrac12)\ln x - x + \tfrac12\ln 2\pi]\f$ for \f$x \ge 30\f$
/// (A&S 6.1.41; truncation below \f$10^{-18}\f$ relative there), and its derivative.
double stirling_rest(double x) {
  const double t = 1.0 / x, t2 = t * t;
  return t * (1.0 / 12 + t2 * (-1.0 / 360 + t2 * (1.0 / 1260 + t2 * (-1.0 / 1680 + t2 / 1188))));
}
double stirling_rest_slope(double x) {
  const double t = 1.0 / x, t2 = t * t;
  return -t2 * (1.0 / 12 + t2 * (-1.0 / 120 + t2 * (1.0 / 252 + t2 * (-1.0 / 240 + t2 / 132))));
}

/// \f$h(x) = x + \ln\Gamma(x) + (1 - x)\psi(x)\f$, the entropy of gamma(x, 1).
///
/// For \f$x \ge 30\f$ the Stirling series of \f$\ln\Gamma\f$ and \f$\psi\f$ (Abramowitz & Stegun 6.1.41
/// and 6.3.18) give, with \f$t = 1/x\f$,
/// \f[ h(x) = \tfrac12\ln(2\pi x) + \tfrac12 - \tfrac{t}{2} + S_1 + (x - 1) S_2, \quad
///     S_1 = \tfrac{t}{12} - \tfrac{t^3}{360} + \tfrac{t^5}{1260} - \tfrac{t^7}{1680} + \tfrac{t^9}{1188}, \quad
///     S_2 = \tfrac{t^2}{12} - \tfrac{t^4}{120} + \tfrac{t^6}{252} - \tfrac{t^8}{240} + \tfrac{t^{10}}{132}, \f]
/// which avoids the cancellation of terms of size \f$x\ln x\f$ (truncation below \f$10^{-18}\f$ relative at
/// x = 30, checked in mpmath).
double gamma_entropy_unit(double x) {
  if (x < 30.0) return x + std::lgamma(x) + (1.0 - x) * bm::digamma(x);
  return 0.5 * std::log(2.0 * bm::constants::pi<double>() * x) + 0.5 - 0.5 / x + stirling_rest(x) -
         (x - 1.0) * stirling_rest_slope(x);
}

/// \f$\psi(x + \tfrac12) - \psi(x)\f$. For \f$x \ge 30\f$ the asymptotic series
/// \f$\sum_n (-1)^{n+1}(B_n(\tfrac12) - B_n)/(n x^n)\f$ (from A&S 6.3.18 with Bernoulli polynomials):
/// \f$\tfrac{1}{2x} + \tfrac{1}{8x^2} - \tfrac{1}{64x^4} + \tfrac{1}{128x^6} - \tfrac{17}{2048x^8}
///    + \tfrac{31}{2048x^{10}}\f$, since the difference of two digammas of size \f$\ln x\f$ would keep
/// only \f$\epsilon\, x \ln x\f$ relative accuracy.
double digamma_half_step(double x) {
  if (x < 30.0) return bm::digamma(x + 0.5) - bm::digamma(x);
  const double t = 1.0 / x;
  const double t2 = t * t;
  return t * (0.5 + t * (1.0 / 8 + t2 * (-1.0 / 64 + t2 * (1.0 / 128 + t2 * (-17.0 / 2048 + t2 * 31.0 / 2048)))));
}

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

/// \f$\ln\Gamma(y) - \ln\Gamma(x) - (y - x)\psi(x) \ge 0\f$, the Bregman divergence of \f$\ln\Gamma\f$: the
/// part of the gamma and beta KLs that depends on the shapes.
///
/// Evaluated as written it is a difference of numbers of size \f$x\ln x\f$ that cancel to
/// \f$\psi'(x)(y-x)^2/2\f$: at x = 1e12, y = 1.000001e12 the terms are 2.6e13 and the result 0.5, so the
/// plain formula keeps no digit (it threw in tgamma). For x, y >= 30 the Stirling form splits it into
/// Bregman divergences of \f$x\ln x - x\f$, \f$-\tfrac12\ln x\f$ and the small remainder, each written in
/// \f$r = (y - x)/x\f$ without cancellation: \f$x[(1+r)\ln(1+r) - r] - \tfrac12\mathrm{log1pmx}(r) + \dots\f$.
/// For small shapes that are close, the Taylor series \f$\sum_{n\ge2}\psi^{(n-2)}(x)(y-x)^n/n!\f$.
double lgamma_bregman(double y, double x) {
  const double d = y - x;
  if (d == 0.0) return 0.0;
  if (x >= 30.0 && y >= 30.0) {
    const double r = d / x;
    const double main = x * (r * std::log1p(r) + bm::log1pmx(r));  // x ln x - x
    const double half_log = -0.5 * bm::log1pmx(r);                 // -(1/2) ln x
    const double rest = stirling_rest(y) - stirling_rest(x) - d * stirling_rest_slope(x);
    return main + half_log + rest;
  }
  if (std::abs(d) < 1e-3 * std::min(x, 1.0)) {
    double sum = 0.0, power = d * d / 2.0;  // d^n / n!
    for (int n = 2; n <= 6; ++n) {
      sum += bm::polygamma(n - 2, x) * power;
      power *= d / (n + 1);
    }
    return sum;
  }
  return std::lgamma(y) - std::lgamma(x) - d * bm::digamma(x);
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// Differential entropies.
//
// Source for every family unless noted: T. M. Cover and J. A. Thomas, Elements of Information Theory,
// 2nd ed., Wiley 2006, Table 17.1 ("Differential entropies"), after Lazo and Rathie (1978), rewritten in
// Boost's parameters. \f$\gamma\f$ is Euler's constant, \f$\psi\f$ the digamma function.
// ---------------------------------------------------------------------------------------------------

/// Normal(mean \f$\mu\f$, sd \f$\sigma\f$): \f$h = \tfrac12\ln(2\pi e\sigma^2)\f$ (Cover & Thomas, Example 8.1.2
/// and Table 17.1). Evaluated as \f$\tfrac12(1 + \ln 2\pi) + \ln\sigma\f$, exact for tiny or huge \f$\sigma\f$.
double entropy(const bm::normal& d) {
  return 0.5 * (1.0 + std::log(2.0 * bm::constants::pi<double>())) + std::log(d.standard_deviation());
}

/// Exponential(rate \f$\lambda\f$): \f$h = 1 - \ln\lambda\f$ (Table 17.1, there with mean \f$1/\lambda\f$).
double entropy(const bm::exponential& d) { return 1.0 - std::log(d.lambda()); }

/// Gamma(shape k, scale \f$\theta\f$): \f$h = k + \ln\theta + \ln\Gamma(k) + (1 - k)\psi(k)\f$ (Table 17.1).
/// Large k: see gamma_entropy_unit.
double entropy(const bm::gamma_distribution<>& d) { return gamma_entropy_unit(d.shape()) + std::log(d.scale()); }

/// Beta(a, b): \f$h = \ln B(a,b) - (a-1)\psi(a) - (b-1)\psi(b) + (a+b-2)\psi(a+b)\f$ (Table 17.1).
/// Evaluated as \f$h_1(a) + h_1(b) - h_1(a+b) - \psi(a+b)\f$ with \f$h_1\f$ the unit gamma entropy
/// (gamma_entropy_unit), an exact rearrangement that stays accurate for large a and b.
double entropy(const bm::beta_distribution<>& d) {
  const double a = d.alpha();
  const double b = d.beta();
  return gamma_entropy_unit(a) + gamma_entropy_unit(b) - gamma_entropy_unit(a + b) - bm::digamma(a + b);
}

/// Uniform(lower a, upper b): \f$h = \ln(b - a)\f$ (Cover & Thomas, Example 8.1.1).
double entropy(const bm::uniform& d) { return std::log(d.upper() - d.lower()); }

/// Laplace(location \f$\mu\f$, scale b): \f$h = 1 + \ln(2b)\f$ (Table 17.1).
double entropy(const bm::laplace& d) { return 1.0 + std::log(2.0 * d.scale()); }

/// Logistic(location \f$\mu\f$, scale s): \f$h = \ln s + 2\f$ (Table 17.1).
double entropy(const bm::logistic& d) { return std::log(d.scale()) + 2.0; }

/// Cauchy(location \f$\mu\f$, scale \f$\gamma\f$): \f$h = \ln(4\pi\gamma)\f$ (Table 17.1).
double entropy(const bm::cauchy& d) { return std::log(4.0 * bm::constants::pi<double>() * d.scale()); }

/// Lognormal(location \f$\mu\f$, scale \f$\sigma\f$) (\f$\ln X \sim N(\mu, \sigma^2)\f$):
/// \f$h = \mu + \tfrac12\ln(2\pi e\sigma^2)\f$ (Table 17.1).
double entropy(const bm::lognormal& d) {
  return d.location() + 0.5 * (1.0 + std::log(2.0 * bm::constants::pi<double>())) + std::log(d.scale());
}

/// Student's t with \f$\nu\f$ degrees of freedom:
/// \f$h = \tfrac{\nu+1}{2}\left[\psi(\tfrac{\nu+1}{2}) - \psi(\tfrac{\nu}{2})\right] + \ln\left(\sqrt\nu\,
/// B(\tfrac\nu2, \tfrac12)\right)\f$ (Table 17.1). The digamma difference is digamma_half_step, and
/// \f$\ln B(\tfrac\nu2,\tfrac12) = \ln\Gamma(\tfrac12) + \ln\frac{\Gamma(\nu/2)}{\Gamma(\nu/2 + 1/2)}\f$ uses
/// Boost's tgamma_delta_ratio, so that large \f$\nu\f$ tends smoothly to the normal's \f$\tfrac12\ln(2\pi e)\f$.
/// (Boost accepts \f$\nu = \infty\f$; info::density refuses it, so it never reaches this formula.)
double entropy(const bm::students_t& d) {
  const double nu = d.degrees_of_freedom();
  const double log_beta_half = 0.5 * std::log(bm::constants::pi<double>()) +
                               std::log(bm::tgamma_delta_ratio(0.5 * nu, 0.5));
  return 0.5 * (nu + 1.0) * digamma_half_step(0.5 * nu) + 0.5 * std::log(nu) + log_beta_half;
}

/// Rayleigh(\f$\sigma\f$): \f$h = 1 + \ln\frac{\sigma}{\sqrt2} + \frac{\gamma}{2}\f$ (Table 17.1).
double entropy(const bm::rayleigh& d) {
  return 1.0 + std::log(d.sigma() / bm::constants::root_two<double>()) + 0.5 * bm::constants::euler<double>();
}

/// Weibull(shape k, scale \f$\lambda\f$), density \f$\frac{k}{\lambda}(\frac{x}{\lambda})^{k-1}e^{-(x/\lambda)^k}\f$:
/// \f$h = \gamma\left(1 - \frac1k\right) + \ln\frac{\lambda}{k} + 1\f$ (Table 17.1 has
/// \f$\frac{c-1}{c}\gamma + \ln\frac{\alpha^{1/c}}{c} + 1\f$ for the density
/// \f$\frac{c}{\alpha}x^{c-1}e^{-x^c/\alpha}\f$; put \f$c = k\f$, \f$\alpha = \lambda^k\f$).
double entropy(const bm::weibull& d) {
  const double k = d.shape();
  return bm::constants::euler<double>() * (1.0 - 1.0 / k) + std::log(d.scale() / k) + 1.0;
}

/// Chi-squared with \f$\nu\f$ degrees of freedom:
/// \f$h = \frac\nu2 + \ln\left(2\Gamma(\frac\nu2)\right) + \left(1 - \frac\nu2\right)\psi(\frac\nu2)\f$
/// (Table 17.1); it is gamma(\f$\nu/2\f$, 2), evaluated through gamma_entropy_unit.
double entropy(const bm::chi_squared& d) {
  return gamma_entropy_unit(0.5 * d.degrees_of_freedom()) + bm::constants::ln_two<double>();
}

// ---------------------------------------------------------------------------------------------------
// KL divergences between two members of one continuous family, P = first argument.
// ---------------------------------------------------------------------------------------------------

/// Normal:
/// \f[\mathrm{KL} = \ln\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac12\f]
/// (W. D. Penny, "KL-divergences of Normal, Gamma, Dirichlet and Wishart densities", 2001, the
/// univariate case of the multivariate normal formula). Evaluated as
/// \f$\tfrac12(r - 1 - \ln r) + \tfrac12\left(\frac{\mu_1-\mu_2}{\sigma_2}\right)^2\f$ with
/// \f$r = \sigma_1^2/\sigma_2^2\f$: near r = 1 through \f$r - 1 = (\sigma_1-\sigma_2)(\sigma_1+\sigma_2)/\sigma_2^2\f$,
/// elsewhere with \f$\ln r = 2(\ln\sigma_1 - \ln\sigma_2)\f$, since \f$\sigma_1^2\f$ may underflow.
double kl(const bm::normal& p, const bm::normal& q) {
  const double s1 = p.standard_deviation();
  const double s2 = q.standard_deviation();
  const double z = (p.mean() - q.mean()) / s2;
  const double rho = s1 / s2;
  // (s1 - s2)(s1 + s2) / s2^2 as a product of two ratios: s2^2 underflows for s2 = 1e-200 (0/0 = NaN)
  const double scales = (rho >= 0.7 && rho <= 1.4) ? -bm::log1pmx(((s1 - s2) / s2) * ((s1 + s2) / s2))
                                                   : rho * rho - 1.0 - 2.0 * (std::log(s1) - std::log(s2));
  return 0.5 * scales + 0.5 * z * z;
}

/// Exponential: \f$\mathrm{KL} = \ln\frac{\lambda_1}{\lambda_2} + \frac{\lambda_2}{\lambda_1} - 1\f$
/// (derived: \f$E_P[\ln\frac pq] = \ln\frac{\lambda_1}{\lambda_2} - (\lambda_1 - \lambda_2)E_P[X]\f$ with
/// \f$E_P[X] = 1/\lambda_1\f$; also the shape-1 case of the gamma formula). Evaluated as
/// \f$r - 1 - \ln r\f$, \f$r = \lambda_2/\lambda_1\f$.
double kl(const bm::exponential& p, const bm::exponential& q) {
  return r_minus_1_minus_log_r(q.lambda(), p.lambda());
}

/// Gamma(shape k, scale \f$\theta\f$):
/// \f[\mathrm{KL} = (k_1 - k_2)\psi(k_1) - \ln\Gamma(k_1) + \ln\Gamma(k_2) + k_2\ln\frac{\theta_2}{\theta_1}
///    + k_1\left(\frac{\theta_1}{\theta_2} - 1\right)\f]
/// (Penny 2001, Gamma densities, rewritten from his scale b and shape c; derived the same way from
/// \f$E_P[\ln X] = \psi(k_1) + \ln\theta_1\f$ and \f$E_P[X] = k_1\theta_1\f$). The \f$\theta\f$ terms are
/// evaluated as \f$k_1(r - 1 - \ln r) + (k_1 - k_2)\ln r\f$ with \f$r = \theta_1/\theta_2\f$.
double kl(const bm::gamma_distribution<>& p, const bm::gamma_distribution<>& q) {
  const double k1 = p.shape();
  const double k2 = q.shape();
  const double t1 = p.scale();
  const double t2 = q.scale();
  const double shapes = lgamma_bregman(k2, k1);
  const double scales = k1 * r_minus_1_minus_log_r(t1, t2) + (k1 - k2) * (std::log(t1) - std::log(t2));
  return shapes + scales;
}

/// Beta(a, b):
/// \f[\mathrm{KL} = \ln\frac{B(a_2,b_2)}{B(a_1,b_1)} + (a_1 - a_2)\psi(a_1) + (b_1 - b_2)\psi(b_1)
///    + (a_2 - a_1 + b_2 - b_1)\psi(a_1 + b_1)\f]
/// (Penny 2001, the two-component case of his Dirichlet formula; derived from
/// \f$E_P[\ln X] = \psi(a_1) - \psi(a_1+b_1)\f$ and \f$E_P[\ln(1-X)] = \psi(b_1) - \psi(a_1+b_1)\f$).
double kl(const bm::beta_distribution<>& p, const bm::beta_distribution<>& q) {
  const double a1 = p.alpha();
  const double b1 = p.beta();
  const double a2 = q.alpha();
  const double b2 = q.beta();
  // The same sum as Bregman divergences of ln Gamma (see lgamma_bregman), which do not cancel.
  return lgamma_bregman(a2, a1) + lgamma_bregman(b2, b1) - lgamma_bregman(a2 + b2, a1 + b1);
}

/// Uniform: \f$\mathrm{KL} = \ln\frac{b_2 - a_2}{b_1 - a_1}\f$ when \f$[a_1, b_1] \subseteq [a_2, b_2]\f$,
/// else \f$+\infty\f$ (derived: the log-ratio is constant on P's support; P has mass where q = 0 otherwise).
double kl(const bm::uniform& p, const bm::uniform& q) {
  if (p.lower() < q.lower() || p.upper() > q.upper()) return inf;
  return std::log((q.upper() - q.lower()) / (p.upper() - p.lower()));
}

/// Laplace(location \f$\mu\f$, scale b), with \f$\Delta = |\mu_1 - \mu_2|\f$:
/// \f[\mathrm{KL} = \ln\frac{b_2}{b_1} + \frac{\Delta}{b_2} + \frac{b_1}{b_2}e^{-\Delta/b_1} - 1\f]
/// (derived: \f$\ln\frac pq = \ln\frac{b_2}{b_1} - \frac{|x-\mu_1|}{b_1} + \frac{|x-\mu_2|}{b_2}\f$,
/// \f$E_P|X-\mu_1| = b_1\f$ and \f$E_P|X-\mu_2| = \Delta + b_1 e^{-\Delta/b_1}\f$). Evaluated as
/// \f$(r - 1 - \ln r) + r\,(u + e^{-u} - 1)\f$ with \f$r = b_1/b_2\f$ and \f$u = \Delta/b_1\f$.
double kl(const bm::laplace& p, const bm::laplace& q) {
  const double b1 = p.scale();
  const double b2 = q.scale();
  const double u = std::abs(p.location() - q.location()) / b1;
  return r_minus_1_minus_log_r(b1, b2) + (b1 / b2) * u_plus_expm1_minus_u(u);
}

/// Cauchy(location \f$\mu\f$, scale \f$\gamma\f$):
/// \f[\mathrm{KL} = \ln\frac{(\gamma_1+\gamma_2)^2 + (\mu_1-\mu_2)^2}{4\gamma_1\gamma_2}\f]
/// (F. Chyzak and F. Nielsen, "A closed-form formula for the Kullback-Leibler divergence between Cauchy
/// distributions", arXiv:1905.10965, 2019; it is symmetric). Evaluated as
/// \f$\mathrm{log1p}\left(\frac{(\gamma_1-\gamma_2)^2 + (\mu_1-\mu_2)^2}{4\gamma_1\gamma_2}\right)\f$, since
/// \f$(\gamma_1+\gamma_2)^2 = (\gamma_1-\gamma_2)^2 + 4\gamma_1\gamma_2\f$.
double kl(const bm::cauchy& p, const bm::cauchy& q) {
  const double g1 = p.scale();
  const double g2 = q.scale();
  const double dg = g1 - g2;
  const double dm = p.location() - q.location();
  // Divided by each scale in turn, since 4 g1 g2 underflows for scales of 1e-300 (0/0 = NaN).
  const double x = ((dg / g1) * (dg / g2) + (dm / g1) * (dm / g2)) / 4.0;
  if (x < inf) return std::log1p(x);
  // Far apart: ln((g1 + g2)^2 + dm^2) - ln(4 g1 g2), each logarithm taken separately.
  return 2.0 * std::log(std::hypot(g1 + g2, dm)) - std::log(4.0) - std::log(g1) - std::log(g2);
}

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
  const double nats = std::visit([](const auto& d) { return formula::entropy(d); }, p.parts().front().family);
  return from_nats(nats, b);
}

std::optional<double> kl_closed_form(const density& p, const density& q, base b) {
  if (!p.is_family() || !q.is_family()) return std::nullopt;
  const auto nats = std::visit(
      [](const auto& fp, const auto& fq) -> std::optional<double> {
        if constexpr (requires { formula::kl(fp, fq); }) {
          return formula::kl(fp, fq);
        } else {
          return std::nullopt;
        }
      },
      p.parts().front().family, q.parts().front().family);
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
