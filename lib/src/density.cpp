/// \file density.cpp
/// \brief Log-densities, supports, tails and descriptions of the 13 continuous families and their mixtures.
///
/// Boost 1.74 has no logpdf, and \f$\log(\text{pdf})\f$ fails exactly where the measures need it: in the
/// tails, where the pdf underflows to 0 while \f$\log p\f$ is an ordinary number (\f$-\tfrac12 z^2\f$ at
/// z = 40 is -800). So each family's log-density is written out analytically, with lgamma for its
/// normalising constant and log1p where an argument is near 1.
///
/// Every log-density is evaluated at \f$x = \text{anchor} + \text{offset}\f$ with an exact offset (see
/// density::logpdf_near): the differences a family needs (\f$x - \mu\f$, \f$x - 0\f$, \f$1 - x\f$) are formed
/// as (anchor - point) + offset, which is exact when the anchor is that point and otherwise rounds only once.

#include "info/density.hpp"

#include "info/error.hpp"
#include "text.hpp"

#include <boost/math/special_functions/beta.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace info {

namespace {

namespace bm = boost::math;

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double half_log_two_pi = 0.91893853320467274178;  // ln(2 pi) / 2
/// The interquartile range of a standard normal, 2 * 0.6744897501960817: dividing an IQR by it gives
/// a width that equals the standard deviation for a normal.
constexpr double normal_iqr = 1.3489795003921634;
constexpr double normal_q3 = 0.6744897501960817;

// ---------------------------------------------------------------------------------------------------
// Validation. Boost's constructors refuse most bad parameters themselves (with std::domain_error), so
// these checks matter for what Boost lets through (students_t with df = inf, a uniform whose width
// overflows) and keep the library's own message style for everything else.

[[noreturn]] void refuse(const std::string& family, const std::string& what, double got, const std::string& fix) {
  throw invalid_distribution(family + ": " + what + ", got " + detail::shortest(got) + (fix.empty() ? "" : "; " + fix));
}

void positive(const char* family, const char* parameter, double v) {
  if (!(v > 0) || !std::isfinite(v))
    refuse(family, std::string(parameter) + " must be positive and finite", v, "");
}

void finite(const char* family, const char* parameter, double v) {
  if (!std::isfinite(v)) refuse(family, std::string(parameter) + " must be finite", v, "");
}

void check(const bm::normal& d) {
  finite("normal", "mean", d.mean());
  positive("normal", "sd", d.standard_deviation());
}
void check(const bm::exponential& d) { positive("exponential", "rate", d.lambda()); }
void check(const bm::gamma_distribution<>& d) {
  positive("gamma", "shape", d.shape());
  positive("gamma", "scale", d.scale());
}
void check(const bm::beta_distribution<>& d) {
  positive("beta", "a", d.alpha());
  positive("beta", "b", d.beta());
}
void check(const bm::uniform& d) {
  finite("uniform", "lower", d.lower());
  finite("uniform", "upper", d.upper());
  if (!(d.lower() < d.upper()))
    throw invalid_distribution("uniform: lower must be below upper, got lower = " + detail::shortest(d.lower()) +
                               ", upper = " + detail::shortest(d.upper()));
  if (!std::isfinite(d.upper() - d.lower()))
    throw invalid_distribution("uniform: the width upper - lower overflows (lower = " + detail::shortest(d.lower()) +
                               ", upper = " + detail::shortest(d.upper()) + "); use a narrower interval");
}
void check(const bm::laplace& d) {
  finite("laplace", "location", d.location());
  positive("laplace", "scale", d.scale());
}
void check(const bm::logistic& d) {
  finite("logistic", "location", d.location());
  positive("logistic", "scale", d.scale());
}
void check(const bm::cauchy& d) {
  finite("cauchy", "location", d.location());
  positive("cauchy", "scale", d.scale());
}
void check(const bm::lognormal& d) {
  finite("lognormal", "location", d.location());
  positive("lognormal", "scale", d.scale());
}
void check(const bm::students_t& d) {
  const double v = d.degrees_of_freedom();
  if (!(v > 0) || !std::isfinite(v))
    refuse("students_t", "df must be positive and finite", v, "for infinite df use normal(0, 1)");
}
void check(const bm::rayleigh& d) { positive("rayleigh", "sigma", d.sigma()); }
void check(const bm::weibull& d) {
  positive("weibull", "shape", d.shape());
  positive("weibull", "scale", d.scale());
}
void check(const bm::chi_squared& d) { positive("chi_squared", "df", d.degrees_of_freedom()); }

// ---------------------------------------------------------------------------------------------------
// Names and parameters, as the spec grammar spells them (Boost's constructor order).

struct named {
  const char* name;
  std::vector<double> parameters;
};

named spelled(const bm::normal& d) { return {"normal", {d.mean(), d.standard_deviation()}}; }
named spelled(const bm::exponential& d) { return {"exponential", {d.lambda()}}; }
named spelled(const bm::gamma_distribution<>& d) { return {"gamma", {d.shape(), d.scale()}}; }
named spelled(const bm::beta_distribution<>& d) { return {"beta", {d.alpha(), d.beta()}}; }
named spelled(const bm::uniform& d) { return {"uniform", {d.lower(), d.upper()}}; }
named spelled(const bm::laplace& d) { return {"laplace", {d.location(), d.scale()}}; }
named spelled(const bm::logistic& d) { return {"logistic", {d.location(), d.scale()}}; }
named spelled(const bm::cauchy& d) { return {"cauchy", {d.location(), d.scale()}}; }
named spelled(const bm::lognormal& d) { return {"lognormal", {d.location(), d.scale()}}; }
named spelled(const bm::students_t& d) { return {"students_t", {d.degrees_of_freedom()}}; }
named spelled(const bm::rayleigh& d) { return {"rayleigh", {d.sigma()}}; }
named spelled(const bm::weibull& d) { return {"weibull", {d.shape(), d.scale()}}; }
named spelled(const bm::chi_squared& d) { return {"chi_squared", {d.degrees_of_freedom()}}; }

// ---------------------------------------------------------------------------------------------------
// Log-densities at x = a + o (anchor a, exact offset o). Each family has a constant c(d), the log of its
// normalising constant, computed once per density, and lp(d, a, o, c) = c + the x-dependent terms.

/// \f$(k-1)\log y\f$ with the convention that the term vanishes when k = 1 (so that y = 0 gives 0,
/// not 0 times -infinity).
double power_term(double k_minus_1, double log_y) { return k_minus_1 == 0 ? 0.0 : k_minus_1 * log_y; }

/// \f$\log(x/s)\f$ for x >= 0, without underflow of x/s when x is tiny.
double log_ratio(double x, double s) {
  const double y = x / s;
  return (y >= std::numeric_limits<double>::min() && y < inf) ? std::log(y) : std::log(x) - std::log(s);
}

/// \f$\log(1 + u^2)\f$ without overflow of \f$u^2\f$.
double log1p_square(double u) {
  const double u2 = u * u;
  return u2 < inf ? std::log1p(u2) : 2 * std::log(std::abs(u));
}

/// \f$\log B(a, b)\f$: Boost's beta function is accurate to a few ulps where it neither overflows nor
/// underflows; outside that range the lgamma sum (which loses a little to cancellation) is used.
double log_beta(double a, double b) {
  if (a > 1e-100 && b > 1e-100 && a < 100 && b < 100) return std::log(bm::beta(a, b));
  return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

/// The gamma log-density with shape k, scale theta and constant c = -ln Gamma(k) - ln theta at x:
/// \f$(k-1)\log(x/\theta) - x/\theta + c\f$.
///
/// For a large shape the terms are each of size k ln k and cancel to about ln k, so their sum loses
/// digits (4e-14 at k = 100). Boost's gamma_p_derivative, \f$y^{k-1}e^{-y}/\Gamma(k)\f$, is formed without
/// that cancellation (a Lanczos prefix); for k >= 10 it is used wherever it has not underflowed, that
/// is everywhere but far in the tails, where the explicit sum takes over.
double gamma_log(double k, double theta, double c, double x) {
  if (std::isnan(x)) return x;
  if (!(x >= 0) || x == inf) return -inf;
  if (k >= 10 && x > 0) {
    const double v = bm::gamma_p_derivative(k, x / theta);
    if (v > 1e-300 && v < inf) return std::log(v) - std::log(theta);
  }
  return power_term(k - 1, log_ratio(x, theta)) - x / theta + c;
}

double c(const bm::normal& d) { return -std::log(d.standard_deviation()) - half_log_two_pi; }
double lp(const bm::normal& d, double a, double o, double c) {
  const double z = ((a - d.mean()) + o) / d.standard_deviation();
  return c - 0.5 * z * z;
}

double c(const bm::exponential& d) { return std::log(d.lambda()); }
double lp(const bm::exponential& d, double a, double o, double c) {
  const double x = a + o;
  if (std::isnan(x)) return x;
  if (!(x >= 0) || x == inf) return -inf;
  return c - d.lambda() * x;
}

double c(const bm::gamma_distribution<>& d) { return -std::lgamma(d.shape()) - std::log(d.scale()); }
double lp(const bm::gamma_distribution<>& d, double a, double o, double c) {
  return gamma_log(d.shape(), d.scale(), c, a + o);
}

double c(const bm::chi_squared& d) { return -std::lgamma(0.5 * d.degrees_of_freedom()) - std::numbers::ln2; }
double lp(const bm::chi_squared& d, double a, double o, double c) {
  return gamma_log(0.5 * d.degrees_of_freedom(), 2.0, c, a + o);
}

double c(const bm::beta_distribution<>& d) { return -log_beta(d.alpha(), d.beta()); }
double lp(const bm::beta_distribution<>& d, double a, double o, double c) {
  const double x = a + o;          // exact when a = 0
  const double rest = (1 - a) - o;  // 1 - x, exact when a = 1
  if (std::isnan(x) || std::isnan(rest)) return std::numeric_limits<double>::quiet_NaN();
  if (!(x >= 0) || !(rest >= 0)) return -inf;
  // For large shapes the sum below cancels like the gamma's (see gamma_log); Boost's ibeta_derivative
  // avoids that, away from the ends (where it would form 1 - x from a rounded x itself).
  if (d.alpha() + d.beta() >= 20 && x >= 1e-3 && rest >= 1e-3) {
    const double v = bm::ibeta_derivative(d.alpha(), d.beta(), x);
    if (v > 1e-300 && v < inf) return std::log(v);
  }
  // Whichever of x and 1 - x is the smaller is known to full relative precision; take the log of the
  // other through log1p of the small one.
  const double log_x = x < 0.5 ? std::log(x) : std::log1p(-rest);
  const double log_rest = rest < 0.5 ? std::log(rest) : std::log1p(-x);
  return power_term(d.alpha() - 1, log_x) + power_term(d.beta() - 1, log_rest) + c;
}

double c(const bm::uniform& d) { return -std::log(d.upper() - d.lower()); }
double lp(const bm::uniform& d, double a, double o, double c) {
  const double above_lower = (a - d.lower()) + o;
  const double below_upper = (d.upper() - a) - o;
  if (std::isnan(above_lower) || std::isnan(below_upper)) return std::numeric_limits<double>::quiet_NaN();
  return (above_lower >= 0 && below_upper >= 0) ? c : -inf;
}

double c(const bm::laplace& d) { return -std::log(2 * d.scale()); }
double lp(const bm::laplace& d, double a, double o, double c) {
  return c - std::abs((a - d.location()) + o) / d.scale();
}

double c(const bm::logistic& d) { return -std::log(d.scale()); }
double lp(const bm::logistic& d, double a, double o, double c) {
  // p = e^{-|z|} / (s (1 + e^{-|z|})^2), symmetric, written with |z| so that nothing overflows.
  const double z = std::abs(((a - d.location()) + o) / d.scale());
  return c - z - 2 * std::log1p(std::exp(-z));
}

double c(const bm::cauchy& d) { return -std::log(std::numbers::pi * d.scale()); }
double lp(const bm::cauchy& d, double a, double o, double c) {
  const double diff = (a - d.location()) + o;
  const double u = diff / d.scale();
  // far out in a narrow Cauchy (x = 1e9 with scale 1e-300) u overflows while log u does not
  if (!std::isfinite(u) && std::isfinite(diff)) return c - 2 * (std::log(std::abs(diff)) - std::log(d.scale()));
  return c - log1p_square(u);
}

double c(const bm::lognormal& d) { return -std::log(d.scale()) - half_log_two_pi; }
double lp(const bm::lognormal& d, double a, double o, double c) {
  const double x = a + o;
  if (std::isnan(x)) return x;
  if (!(x > 0) || x == inf) return -inf;
  // ln x from the anchor and the exact offset: at x = 1 + 1e-300 a double rounds x to 1, while
  // ln 1 + log1p(1e-300) keeps the offset that a lognormal of sigma 1e-300 lives on
  const double log_x = (a > 0 && o != 0) ? std::log(a) + std::log1p(o / a) : std::log(x);
  const double u = (log_x - d.location()) / d.scale();
  return c - log_x - 0.5 * u * u;
}

/// \f$\ln\Gamma(\tfrac{v+1}2) - \ln\Gamma(\tfrac v2) - \tfrac12\ln(v\pi)\f$, the ratio of gammas taken as
/// 1 / tgamma_delta_ratio(v/2, 1/2): accurate for large v, where a difference of lgammas would cancel.
double c(const bm::students_t& d) {
  const double v = d.degrees_of_freedom();
  return -std::log(bm::tgamma_delta_ratio(0.5 * v, 0.5)) - 0.5 * std::log(v * std::numbers::pi);
}
double lp(const bm::students_t& d, double a, double o, double c) {
  const double v = d.degrees_of_freedom();
  const double t = a + o;
  const double q = t * t / v;
  const double log1p_q = q < inf ? std::log1p(q) : 2 * std::log(std::abs(t)) - std::log(v);
  return c - 0.5 * (v + 1) * log1p_q;
}

double c(const bm::rayleigh& d) { return -std::log(d.sigma()); }
double lp(const bm::rayleigh& d, double a, double o, double c) {
  // p = (x / s^2) exp(-x^2 / (2 s^2)) = (1/s) (x/s) exp(-(x/s)^2 / 2)
  const double x = a + o;
  if (std::isnan(x)) return x;
  if (!(x > 0) || x == inf) return -inf;
  const double y = x / d.sigma();
  return c + log_ratio(x, d.sigma()) - 0.5 * y * y;
}

double c(const bm::weibull& d) { return std::log(d.shape() / d.scale()); }
double lp(const bm::weibull& d, double a, double o, double c) {
  const double x = a + o;
  if (std::isnan(x)) return x;
  if (!(x >= 0) || x == inf) return -inf;
  const double log_y = log_ratio(x, d.scale());  // -inf at x = 0
  return c + power_term(d.shape() - 1, log_y) - std::exp(d.shape() * log_y);
}

// ---------------------------------------------------------------------------------------------------
// Log-densities at x = a + side e^u, given u = ln|x - a| (see density::logpdf_log_distance). Where a is
// the end of the support at which a family's density has a power law, the log terms are written in u
// itself, so that they stay exact where e^u underflows (u < -745); everywhere else x is formed from
// the offset side e^u as before.

/// The generic case: through the offset (exact while e^u is a normal double, and right in the limit).
template <class D>
double lpl(const D& d, double a, double side, double u, double c) {
  return lp(d, a, side * std::exp(u), c);
}

/// Families supported on [0, inf): at a = 0 looking right, ln x = u; looking left, outside.
/// `rest(log_x, x)` gives the log-density from ln x and x (x may have underflowed to 0).
template <class D, class Rest>
double half_line_log(const D& d, double a, double side, double u, double c, Rest rest) {
  if (a != 0) return lp(d, a, side * std::exp(u), c);
  if (side < 0) return -inf;
  return rest(u, std::exp(u));
}

double lpl(const bm::gamma_distribution<>& d, double a, double side, double u, double c) {
  return half_line_log(d, a, side, u, c, [&](double log_x, double x) {
    return power_term(d.shape() - 1, log_x - std::log(d.scale())) - x / d.scale() + c;
  });
}
double lpl(const bm::chi_squared& d, double a, double side, double u, double c) {
  return half_line_log(d, a, side, u, c, [&](double log_x, double x) {
    return power_term(0.5 * d.degrees_of_freedom() - 1, log_x - std::numbers::ln2) - x / 2 + c;
  });
}
double lpl(const bm::weibull& d, double a, double side, double u, double c) {
  return half_line_log(d, a, side, u, c, [&](double log_x, double) {
    const double log_y = log_x - std::log(d.scale());
    return c + power_term(d.shape() - 1, log_y) - std::exp(d.shape() * log_y);
  });
}
double lpl(const bm::lognormal& d, double a, double side, double u, double c) {
  return half_line_log(d, a, side, u, c, [&](double log_x, double) {
    const double z = (log_x - d.location()) / d.scale();
    return c - log_x - 0.5 * z * z;
  });
}
double lpl(const bm::rayleigh& d, double a, double side, double u, double c) {
  return half_line_log(d, a, side, u, c, [&](double log_x, double) {
    const double log_y = log_x - std::log(d.sigma());
    return c + log_y - 0.5 * std::exp(2 * log_y);
  });
}
double lpl(const bm::exponential& d, double a, double side, double u, double c) {
  return half_line_log(d, a, side, u, c, [&](double, double x) { return c - d.lambda() * x; });
}
/// ln(1 + e^L) for any L, without overflow.
double log1p_exp(double big_l) { return big_l > 0 ? big_l + std::log1p(std::exp(-big_l)) : std::log1p(std::exp(big_l)); }

/// The heavy-tailed families about their centre, from u = ln|x - centre| itself: their mass reaches far
/// beyond the largest double (students_t(0.01) keeps 0.08% of it beyond |x| = 1e308), where x cannot be
/// formed but u = 1000 can; ln(1 + x^2/v) = ln(1 + e^L) with L = 2u - ln v.
double lpl(const bm::students_t& d, double a, double side, double u, double c) {
  if (a != 0) return lp(d, a, side * std::exp(u), c);
  const double v = d.degrees_of_freedom();
  return c - 0.5 * (v + 1) * log1p_exp(2 * u - std::log(v));
}
double lpl(const bm::cauchy& d, double a, double side, double u, double c) {
  if (a != d.location()) return lp(d, a, side * std::exp(u), c);
  return c - log1p_exp(2 * (u - std::log(d.scale())));
}

double lpl(const bm::beta_distribution<>& d, double a, double side, double u, double c) {
  // At 0 looking right ln x = u and ln(1 - x) = log1p(-e^u); at 1 looking left the other way round.
  if (a == 0 && side > 0)
    return power_term(d.alpha() - 1, u) + power_term(d.beta() - 1, std::log1p(-std::exp(u))) + c;
  if (a == 1 && side < 0)
    return power_term(d.alpha() - 1, std::log1p(-std::exp(u))) + power_term(d.beta() - 1, u) + c;
  if ((a == 0 && side < 0) || (a == 1 && side > 0)) return -inf;
  return lp(d, a, side * std::exp(u), c);
}

// ---------------------------------------------------------------------------------------------------
// Supports, tails, centres and widths.

constexpr interval whole_line{};
constexpr interval half_line{0.0, inf};

interval supp(const bm::normal&) { return whole_line; }
interval supp(const bm::exponential&) { return half_line; }
interval supp(const bm::gamma_distribution<>&) { return half_line; }
interval supp(const bm::beta_distribution<>&) { return {0.0, 1.0}; }
interval supp(const bm::uniform& d) { return {d.lower(), d.upper()}; }
interval supp(const bm::laplace&) { return whole_line; }
interval supp(const bm::logistic&) { return whole_line; }
interval supp(const bm::cauchy&) { return whole_line; }
interval supp(const bm::lognormal&) { return half_line; }
interval supp(const bm::students_t&) { return whole_line; }
interval supp(const bm::rayleigh&) { return half_line; }
interval supp(const bm::weibull&) { return half_line; }
interval supp(const bm::chi_squared&) { return half_line; }

/// The right tail: moment index (E|X|^a finite for a below it) and the power of the growth of -log p.
tail right(const bm::normal&) { return {true, inf, 2}; }
tail right(const bm::exponential&) { return {true, inf, 1}; }
tail right(const bm::gamma_distribution<>&) { return {true, inf, 1}; }
tail right(const bm::beta_distribution<>&) { return {}; }
tail right(const bm::uniform&) { return {}; }
tail right(const bm::laplace&) { return {true, inf, 1}; }
tail right(const bm::logistic&) { return {true, inf, 1}; }
tail right(const bm::cauchy&) { return {true, 1, 0}; }  // -log p ~ 2 log|x|
tail right(const bm::lognormal&) { return {true, inf, 0}; }  // -log p ~ (log x)^2 / (2 sigma^2): needs log-moments only
tail right(const bm::students_t& d) { return {true, d.degrees_of_freedom(), 0}; }  // -log p ~ (v+1) log|x|
tail right(const bm::rayleigh&) { return {true, inf, 2}; }
tail right(const bm::weibull& d) { return {true, inf, d.shape()}; }
tail right(const bm::chi_squared&) { return {true, inf, 1}; }

/// The left tail: the symmetric families mirror their right tail; the others end at a finite point.
template <class D>
tail left(const D& d) {
  return std::isinf(supp(d).lower) ? right(d) : tail{};
}

/// Where the mass lies, from each family's formulas (never from Boost's median or quantiles, which fail
/// for beta(5, 5) and hang for beta(1e100, 1e100) in Boost 1.74): the median where it has a closed form,
/// the mean otherwise (gamma, beta, chi-squared), which lies within a width of the median.
double median(const bm::normal& d) { return d.mean(); }
double median(const bm::exponential& d) { return std::numbers::ln2 / d.lambda(); }
double median(const bm::gamma_distribution<>& d) { return d.shape() * d.scale(); }
double median(const bm::beta_distribution<>& d) { return d.alpha() / (d.alpha() + d.beta()); }
double median(const bm::uniform& d) { return 0.5 * (d.lower() + d.upper()); }
double median(const bm::laplace& d) { return d.location(); }
double median(const bm::logistic& d) { return d.location(); }
double median(const bm::cauchy& d) { return d.location(); }
double median(const bm::lognormal& d) { return std::exp(d.location()); }
double median(const bm::students_t&) { return 0.0; }
double median(const bm::rayleigh& d) { return d.sigma() * std::sqrt(2 * std::numbers::ln2); }
double median(const bm::weibull& d) { return d.scale() * std::pow(std::numbers::ln2, 1 / d.shape()); }
double median(const bm::chi_squared& d) { return d.degrees_of_freedom(); }

/// A width over which the density changes appreciably: the standard deviation where it is simple,
/// the scale parameter for heavy or kinked families, and IQR / 1.349 where the sd misleads.
double width(const bm::normal& d) { return d.standard_deviation(); }
double width(const bm::exponential& d) { return 1 / d.lambda(); }
double width(const bm::gamma_distribution<>& d) { return d.scale() * std::sqrt(d.shape()); }
double width(const bm::beta_distribution<>& d) {
  // sqrt(ab / (s^2 (s + 1))), with each factor divided separately: for a = b = 1e200, s^2 overflows
  const double a = d.alpha(), b = d.beta(), s = a + b;
  return std::sqrt(a / s) * std::sqrt(b / s) / std::sqrt(s + 1);
}
double width(const bm::uniform& d) { return (d.upper() - d.lower()) / std::sqrt(12.0); }
double width(const bm::laplace& d) { return d.scale(); }
double width(const bm::logistic& d) { return d.scale(); }
double width(const bm::cauchy& d) { return d.scale(); }
double width(const bm::lognormal& d) {
  // IQR / 1.349 = e^mu * 2 sinh(0.6745 sigma) / 1.349: e^mu sigma when sigma is small, and the spread
  // of the bulk (not of the enormous tail) when it is large.
  return std::exp(d.location()) * 2 * std::sinh(normal_q3 * d.scale()) / normal_iqr;
}
double width(const bm::students_t& d) {
  // The half-width at half maximum, where (1 + t^2/v)^(-(v+1)/2) = 1/2, divided by the normal's
  // sqrt(2 ln 2) so that it tends to the standard deviation 1 as v grows: 0.85 for Cauchy (v = 1).
  const double v = d.degrees_of_freedom();
  return std::sqrt(v * std::expm1(2 * std::numbers::ln2 / (v + 1))) / std::sqrt(2 * std::numbers::ln2);
}
double width(const bm::rayleigh& d) { return d.sigma(); }
double width(const bm::weibull& d) {
  const double k = d.shape();
  return d.scale() * (std::pow(std::log(4.0), 1 / k) - std::pow(std::log(4.0 / 3.0), 1 / k)) / normal_iqr;
}
double width(const bm::chi_squared& d) { return std::sqrt(2 * d.degrees_of_freedom()); }

/// Interior points where a family's density has a kink: only the Laplace location.
std::vector<double> kinks(const bm::laplace& d) { return {d.location()}; }
template <class D>
std::vector<double> kinks(const D&) {
  return {};
}

template <class F>
decltype(auto) visit_family(const continuous_family& family, F&& f) {
  return std::visit(std::forward<F>(f), family);
}

void check_family(const continuous_family& family) {
  visit_family(family, [](const auto& d) { check(d); });
}

double log_constant(const continuous_family& family) {
  return visit_family(family, [](const auto& d) { return c(d); });
}

double logpdf_with(const continuous_family& family, double anchor, double offset, double constant) {
  return visit_family(family, [&](const auto& d) { return lp(d, anchor, offset, constant); });
}

double logpdf_log_with(const continuous_family& family, double anchor, double side, double u, double constant) {
  return visit_family(family, [&](const auto& d) { return lpl(d, anchor, side, u, constant); });
}

/// log sum_i w_i p_i as a running log-sum-exp of the terms l_i = log w_i + log p_i: finite wherever
/// any part is, even when every p_i underflows. The running maximum m and sum s = sum_i e^{l_i - m}
/// are rescaled whenever a larger term arrives.
template <class Term>
double log_sum_exp(std::size_t n, Term term) {
  double m = -inf, sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double l = term(i);
    if (std::isnan(l)) return l;
    if (l == -inf) continue;
    if (l == inf) return inf;
    if (l > m) {
      sum = sum * std::exp(m - l) + 1;
      m = l;
    } else {
      sum += std::exp(l - m);
    }
  }
  return m == -inf ? -inf : m + std::log(sum);
}

}  // namespace

// -----------------------------------------------------------------------------------------------------
// Free functions on one family.

double logpdf_near(const continuous_family& family, double anchor, double offset) {
  return logpdf_with(family, anchor, offset, log_constant(family));
}

double logpdf(const continuous_family& family, double x) { return logpdf_near(family, x, 0.0); }

std::string family_name(const continuous_family& family) {
  return visit_family(family, [](const auto& d) { return std::string(spelled(d).name); });
}

std::string describe(const continuous_family& family) {
  const named n = visit_family(family, [](const auto& d) { return spelled(d); });
  std::string text = std::string(n.name) + "(";
  for (std::size_t i = 0; i < n.parameters.size(); ++i)
    text += (i ? ", " : "") + detail::shortest(n.parameters[i]);
  return text + ")";
}

// -----------------------------------------------------------------------------------------------------
// The density.

density::density(continuous_family family) : density(std::vector<component>{component{1.0, std::move(family)}}) {
  check_family(parts_.front().family);
}

density::density(std::vector<component> parts) : parts_(std::move(parts)) {
  log_constants_.reserve(parts_.size());
  for (const auto& part : parts_) log_constants_.push_back(std::log(part.weight) + log_constant(part.family));
}

density density::mixture(std::vector<component> parts) {
  if (parts.empty())
    throw invalid_distribution("mixture has no parts: give at least one weighted part, e.g. mixture(1*normal(0, 1))");
  double total = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const double w = parts[i].weight;
    if (!(w > 0) || !std::isfinite(w))
      throw invalid_distribution("mixture weight " + std::to_string(i + 1) + " is " + detail::shortest(w) +
                                 ": every weight must be positive and finite (drop parts with weight 0)");
    check_family(parts[i].family);
    total += w;
  }
  if (!(std::abs(total - 1) <= 1e-9)) {
    std::string listing;
    for (const auto& part : parts)
      listing += (listing.empty() ? "" : ", ") + detail::shortest(part.weight) + "*" + info::describe(part.family);
    throw invalid_distribution("mixture weights sum to " + detail::shortest(total) + ", not 1: " + listing +
                               "; rescale the weights so that they add up to 1 (nothing is normalised silently)");
  }
  return density(std::move(parts));
}

double density::logpdf_near(double anchor, double offset) const {
  if (is_family()) return logpdf_with(parts_.front().family, anchor, offset, log_constants_.front());
  return log_sum_exp(parts_.size(), [&](std::size_t i) {
    return logpdf_with(parts_[i].family, anchor, offset, log_constants_[i]);
  });
}

double density::logpdf_log_distance(double anchor, double side, double log_distance) const {
  if (is_family()) return logpdf_log_with(parts_.front().family, anchor, side, log_distance, log_constants_.front());
  return log_sum_exp(parts_.size(), [&](std::size_t i) {
    return logpdf_log_with(parts_[i].family, anchor, side, log_distance, log_constants_[i]);
  });
}

double density::logpdf(double x) const { return logpdf_near(x, 0.0); }

double density::pdf(double x) const { return std::exp(logpdf(x)); }

interval density::support() const {
  interval hull{inf, -inf};
  for (const auto& part : parts_) {
    const interval s = visit_family(part.family, [](const auto& d) { return supp(d); });
    hull.lower = std::min(hull.lower, s.lower);
    hull.upper = std::max(hull.upper, s.upper);
  }
  return hull;
}

std::vector<interval> density::support_pieces() const {
  std::vector<interval> pieces;
  for (const auto& part : parts_) pieces.push_back(visit_family(part.family, [](const auto& d) { return supp(d); }));
  std::sort(pieces.begin(), pieces.end(), [](const interval& a, const interval& b) { return a.lower < b.lower; });
  std::vector<interval> merged;
  for (const auto& s : pieces) {
    if (!merged.empty() && s.lower <= merged.back().upper)
      merged.back().upper = std::max(merged.back().upper, s.upper);
    else
      merged.push_back(s);
  }
  return merged;
}

std::vector<double> density::breakpoints() const {
  std::vector<double> points;
  for (const auto& part : parts_) {
    visit_family(part.family, [&](const auto& d) {
      const interval s = supp(d);
      if (std::isfinite(s.lower)) points.push_back(s.lower);
      if (std::isfinite(s.upper)) points.push_back(s.upper);
      for (double k : kinks(d)) points.push_back(k);
    });
  }
  std::erase_if(points, [](double x) { return !std::isfinite(x); });
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  return points;
}

double density::centre() const {
  const auto heaviest = std::max_element(parts_.begin(), parts_.end(), [](const component& a, const component& b) {
    return a.weight < b.weight;
  });
  return visit_family(heaviest->family, [](const auto& d) { return median(d); });
}

double density::scale() const {
  double smallest = inf;
  for (const auto& part : parts_) smallest = std::min(smallest, visit_family(part.family, [](const auto& d) { return width(d); }));
  // A width that over- or underflowed (lognormal with a huge location, say) is no guide; 1 is a neutral choice.
  return (smallest > 0 && std::isfinite(smallest)) ? smallest : 1.0;
}

namespace {

/// A mixture's tail on one side is as heavy as its heaviest part there (the fewest moments), and its
/// -log q grows as slowly as the slowest part's (q is at least w_i q_i for every i).
template <class Side>
tail combine(const std::vector<component>& parts, Side side) {
  tail t{false, inf, inf};
  for (const auto& part : parts) {
    const tail s = visit_family(part.family, side);
    if (!s.present) continue;
    t.present = true;
    t.moments = std::min(t.moments, s.moments);
    t.growth = std::min(t.growth, s.growth);
  }
  return t.present ? t : tail{};
}

}  // namespace

tail density::left_tail() const {
  return combine(parts_, [](const auto& d) { return left(d); });
}

tail density::right_tail() const {
  return combine(parts_, [](const auto& d) { return right(d); });
}

std::string density::describe() const {
  if (is_family()) return info::describe(parts_.front().family);
  std::string text = "mixture(";
  for (std::size_t i = 0; i < parts_.size(); ++i)
    text += (i ? ", " : "") + detail::shortest(parts_[i].weight) + "*" + info::describe(parts_[i].family);
  return text + ")";
}

}  // namespace info
