/// \file families.cpp
/// \brief The 13 continuous families, one block each: spelling, validation, log-density, support, tails,
/// centre, width, singular ends, frames, limits of quadrature, and closed forms.
///
/// Log-densities. Boost 1.74 has no logpdf, and \f$\log(\text{pdf})\f$ fails exactly where the measures need
/// it: in the tails, where the pdf underflows to 0 while \f$\log p\f$ is an ordinary number
/// (\f$-\tfrac12 z^2\f$ at z = 40 is -800). So each family's log-density is written out analytically, with
/// lgamma for its normalising constant and log1p where an argument is near 1.
///
/// Every log-density is evaluated at \f$x = \text{anchor} + \text{offset}\f$ with an exact offset (see
/// density::logpdf_near): the differences a family needs (\f$x - \mu\f$, \f$x - 0\f$, \f$1 - x\f$) are formed
/// as (anchor - point) + offset, which is exact when the anchor is that point and otherwise rounds only once.
/// Each family has a constant c(d), the log of its normalising constant, computed once per density, and
/// lp(d, a, o, c) = c + the x-dependent terms.
///
/// Log-densities at x = a + side e^u, given u = ln|x - a| (see density::logpdf_log_distance): where a is
/// the end of the support at which a family's density has a power law, the log terms are written in u
/// itself (lpl), so that they stay exact where e^u underflows (u < -745); everywhere else x is formed from
/// the offset side e^u.
///
/// Closed forms, in nats. Entropies with large shape parameters (gamma, chi-squared, beta, Student's t),
/// where lgamma and digamma terms of size \f$k \ln k\f$ cancel down to \f$\tfrac12\ln k\f$, switch to
/// asymptotic series. A KL divergence between nearby members of a family is a small number made from terms
/// of order one, so each formula is arranged to avoid the worst cancellation: \f$r - 1 - \ln r\f$ is
/// evaluated as \f$-\mathrm{log1pmx}(r-1)\f$ (Boost's \f$\ln(1+x) - x\f$) with \f$r - 1\f$ formed as a
/// difference of parameters, and \f$u + e^{-u} - 1\f$ by its series for small u. The gamma and beta KLs
/// depend on the shapes through Bregman divergences of \f$\ln\Gamma\f$, evaluated in a form that does not
/// cancel (lgamma_bregman).
///
/// Source for every entropy unless noted: T. M. Cover and J. A. Thomas, *Elements of Information Theory*,
/// 2nd ed., Wiley 2006, Table 17.1 ("Differential entropies"), after Lazo and Rathie (1978), rewritten in
/// Boost's parameters. \f$\gamma\f$ is Euler's constant, \f$\psi\f$ the digamma function. "Table 17.1"
/// below is that table.

#include "families.hpp"

#include "info/error.hpp"
#include "text.hpp"

#include <boost/math/constants/constants.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/log1p.hpp>
#include <boost/math/special_functions/polygamma.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace info::families {

namespace {

namespace bm = boost::math;

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double half_log_two_pi = 0.91893853320467274178;  // ln(2 pi) / 2
/// The interquartile range of a standard normal, 2 * 0.6744897501960817: dividing an IQR by it gives
/// a width that equals the standard deviation for a normal.
constexpr double normal_iqr = 1.3489795003921634;
constexpr double normal_q3 = 0.6744897501960817;

constexpr interval whole_line{};
constexpr interval half_line{0.0, inf};

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

// ---------------------------------------------------------------------------------------------------
// Pieces of log-densities shared by several families.

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

/// ln(1 + e^L) for any L, without overflow.
double log1p_exp(double big_l) { return big_l > 0 ? big_l + std::log1p(std::exp(-big_l)) : std::log1p(std::exp(big_l)); }

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

/// Families supported on [0, inf): at a = 0 looking right, ln x = u; looking left, outside.
/// `rest(log_x, x)` gives the log-density from ln x and x (x may have underflowed to 0); `lp` is the
/// family's log-density at a + o, used away from 0.
template <class Lp, class Rest>
double half_line_log(Lp lp, double a, double side, double u, Rest rest) {
  if (a != 0) return lp(a, side * std::exp(u));
  if (side < 0) return -inf;
  return rest(u, std::exp(u));
}

// ---------------------------------------------------------------------------------------------------
// Pieces of closed forms shared by several families.

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

// ---------------------------------------------------------------------------------------------------
// Pieces of frames and limits shared by several families.

/// A scale too small or too large for quadrature in x: outside [1e-100, 1e100].
bool extreme(double s) { return !(s >= 1e-100 && s <= 1e100); }

/// "" when a shape parameter k lies in [low, high], where the sweep found quadrature in x following the
/// density; else why not.
std::string outside(const char* name, double k, double low, double high) {
  if (k >= low && k <= high) return "";
  return std::string(name) + " " + detail::shortest(k) + " is outside [" + detail::shortest(low) + ", " +
         detail::shortest(high) + "], where quadrature in x follows the density";
}

// ---------------------------------------------------------------------------------------------------
// The families. Each traits<D> holds everything that is particular to D:
//
//   name, arity, parameters, example, aliases, ordered  the spec grammar's entry (entries())
//   make(v)              the family from its spec parameters
//   check(d)             validation beyond Boost's own
//   spelled(d)           the parameters in Boost's constructor order
//   c(d), lp(d, a, o, c) log normalising constant; log-density at a + o
//   lpl(d, a, side, u, c) log-density at a + side e^u (optional: through lp otherwise)
//   support(d), right(d) support; right tail, as moment index and power of the growth of -log p (the left
//                        tail mirrors it where the support is unbounded below)
//   median(d), width(d)  where the mass lies and over what length the density changes
//   kinks(d)             interior kinks (optional)
//   end_power, end_mass  singular support ends (optional)
//   moved, frame_of      frames for extreme scales (optional)
//   beyond(d)            parameter regions quadrature in x cannot resolve (optional)
//   heavy(d, scale)      a slow tail integrated in log-distance (optional)
//   entropy(d), kl(p, q) closed forms in nats (kl optional)
//
// Where the mass lies comes from each family's formulas (never from Boost's median or quantiles, which
// fail for beta(5, 5) and hang for beta(1e100, 1e100) in Boost 1.74): the median where it has a closed
// form, the mean otherwise (gamma, beta, chi-squared), which lies within a width of the median. A width is
// the standard deviation where it is simple, the scale parameter for heavy or kinked families, and
// IQR / 1.349 where the sd misleads.
//
// Frames (see continuous_measures.cpp): a family is moved into a frame when it has the same form there,
// location-scale families in any affine frame, scale families (support [0, inf)) in frames with c = 0, a
// lognormal in the log frame of another lognormal (where it is a normal). A single family gets a frame when
// its scale is too small or too large for quadrature in x (outside [1e-100, 1e100]), or a lognormal when
// too narrow or too wide (sigma < 0.01 or > 5) or too far (|mu| > 100, where its width e^mu sigma is far
// from 1); the others keep the layout in x that the lessons' evaluation counts document.
//
// Limits of quadrature (beyond): from the sweep in tests/unit/sweep_test.cpp (h(P) against its closed
// form over shapes 1e-3..1e12): beyond them the log-density's terms of size k ln k cancel (huge shapes), or
// the mass piles within a few ulps of a support end or spreads over hundreds of decades of x (tiny shapes),
// and the quadrature's answer strays further than its own error estimate.

template <class D>
struct traits;

// ---------------------------------------------------------------------------------------------------
// Normal(mean, sd).

template <>
struct traits<bm::normal> {
  using D = bm::normal;
  static constexpr std::string_view name = "normal";
  static constexpr std::size_t arity = 2;
  static constexpr std::array<parameter, 2> parameters{{{"mean", domain::real}, {"sd", domain::positive}}};
  static constexpr std::string_view example = "normal(0, 1)";
  static constexpr std::array<std::string_view, 2> aliases{"gaussian", "norm"};
  static D make(const std::array<double, 2>& v) { return D(v[0], v[1]); }
  static void check(const D& d) {
    finite("normal", "mean", d.mean());
    positive("normal", "sd", d.standard_deviation());
  }
  static std::vector<double> spelled(const D& d) { return {d.mean(), d.standard_deviation()}; }
  static double c(const D& d) { return -std::log(d.standard_deviation()) - half_log_two_pi; }
  static double lp(const D& d, double a, double o, double c) {
    const double z = ((a - d.mean()) + o) / d.standard_deviation();
    return c - 0.5 * z * z;
  }
  static interval support(const D&) { return whole_line; }
  static tail right(const D&) { return {true, inf, 2}; }
  static double median(const D& d) { return d.mean(); }
  static double width(const D& d) { return d.standard_deviation(); }
  static std::optional<continuous_family> moved(const D& d, const frame& fr) {
    if (fr.log_map) return std::nullopt;
    return D((d.mean() - fr.centre) / fr.scale, d.standard_deviation() / fr.scale);
  }
  static std::optional<frame> frame_of(const D& d) {
    if (extreme(d.standard_deviation())) return frame{d.mean(), d.standard_deviation()};
    return std::nullopt;
  }
  /// \f$h = \tfrac12\ln(2\pi e\sigma^2)\f$ (Cover & Thomas, Example 8.1.2 and Table 17.1). Evaluated as
  /// \f$\tfrac12(1 + \ln 2\pi) + \ln\sigma\f$, exact for tiny or huge \f$\sigma\f$.
  static double entropy(const D& d) {
    return 0.5 * (1.0 + std::log(2.0 * bm::constants::pi<double>())) + std::log(d.standard_deviation());
  }
  /// \f[\mathrm{KL} = \ln\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac12\f]
  /// (W. D. Penny, "KL-divergences of Normal, Gamma, Dirichlet and Wishart densities", 2001, the
  /// univariate case of the multivariate normal formula). Evaluated as
  /// \f$\tfrac12(r - 1 - \ln r) + \tfrac12\left(\frac{\mu_1-\mu_2}{\sigma_2}\right)^2\f$ with
  /// \f$r = \sigma_1^2/\sigma_2^2\f$: near r = 1 through \f$r - 1 = (\sigma_1-\sigma_2)(\sigma_1+\sigma_2)/\sigma_2^2\f$,
  /// elsewhere with \f$\ln r = 2(\ln\sigma_1 - \ln\sigma_2)\f$, since \f$\sigma_1^2\f$ may underflow.
  static double kl(const D& p, const D& q) {
    const double s1 = p.standard_deviation();
    const double s2 = q.standard_deviation();
    const double z = (p.mean() - q.mean()) / s2;
    const double rho = s1 / s2;
    // (s1 - s2)(s1 + s2) / s2^2 as a product of two ratios: s2^2 underflows for s2 = 1e-200 (0/0 = NaN)
    const double scales = (rho >= 0.7 && rho <= 1.4) ? -bm::log1pmx(((s1 - s2) / s2) * ((s1 + s2) / s2))
                                                     : rho * rho - 1.0 - 2.0 * (std::log(s1) - std::log(s2));
    return 0.5 * scales + 0.5 * z * z;
  }
};

// ---------------------------------------------------------------------------------------------------
// Exponential(rate).

template <>
struct traits<bm::exponential> {
  using D = bm::exponential;
  static constexpr std::string_view name = "exponential";
  static constexpr std::size_t arity = 1;
  static constexpr std::array<parameter, 2> parameters{{{"rate", domain::positive}, {}}};
  static constexpr std::string_view example = "exponential(1)";
  static constexpr std::array<std::string_view, 1> aliases{"exp"};
  static D make(const std::array<double, 2>& v) { return D(v[0]); }
  static void check(const D& d) { positive("exponential", "rate", d.lambda()); }
  static std::vector<double> spelled(const D& d) { return {d.lambda()}; }
  static double c(const D& d) { return std::log(d.lambda()); }
  static double lp(const D& d, double a, double o, double c) {
    const double x = a + o;
    if (std::isnan(x)) return x;
    if (!(x >= 0) || x == inf) return -inf;
    return c - d.lambda() * x;
  }
  static double lpl(const D& d, double a, double side, double u, double c) {
    return half_line_log([&](double aa, double o) { return lp(d, aa, o, c); }, a, side, u,
                         [&](double, double x) { return c - d.lambda() * x; });
  }
  static interval support(const D&) { return half_line; }
  static tail right(const D&) { return {true, inf, 1}; }
  static double median(const D& d) { return std::numbers::ln2 / d.lambda(); }
  static double width(const D& d) { return 1 / d.lambda(); }
  static std::optional<continuous_family> moved(const D& d, const frame& fr) {
    if (fr.log_map || fr.centre != 0) return std::nullopt;
    return D(d.lambda() * fr.scale);
  }
  static std::optional<frame> frame_of(const D& d) {
    if (extreme(1 / d.lambda())) return frame{0, 1 / d.lambda()};
    return std::nullopt;
  }
  /// \f$h = 1 - \ln\lambda\f$ (Table 17.1, there with mean \f$1/\lambda\f$).
  static double entropy(const D& d) { return 1.0 - std::log(d.lambda()); }
  /// \f$\mathrm{KL} = \ln\frac{\lambda_1}{\lambda_2} + \frac{\lambda_2}{\lambda_1} - 1\f$
  /// (derived: \f$E_P[\ln\frac pq] = \ln\frac{\lambda_1}{\lambda_2} - (\lambda_1 - \lambda_2)E_P[X]\f$ with
  /// \f$E_P[X] = 1/\lambda_1\f$; also the shape-1 case of the gamma formula). Evaluated as
  /// \f$r - 1 - \ln r\f$, \f$r = \lambda_2/\lambda_1\f$.
  static double kl(const D& p, const D& q) { return r_minus_1_minus_log_r(q.lambda(), p.lambda()); }
};

// ---------------------------------------------------------------------------------------------------
// Gamma(shape k, scale theta).

template <>
struct traits<bm::gamma_distribution<>> {
  using D = bm::gamma_distribution<>;
  static constexpr std::string_view name = "gamma";
  static constexpr std::size_t arity = 2;
  static constexpr std::array<parameter, 2> parameters{{{"shape", domain::positive}, {"scale", domain::positive}}};
  static constexpr std::string_view example = "gamma(2, 1)";
  static constexpr std::array<std::string_view, 0> aliases{};
  static D make(const std::array<double, 2>& v) { return D(v[0], v[1]); }
  static void check(const D& d) {
    positive("gamma", "shape", d.shape());
    positive("gamma", "scale", d.scale());
  }
  static std::vector<double> spelled(const D& d) { return {d.shape(), d.scale()}; }
  static double c(const D& d) { return -std::lgamma(d.shape()) - std::log(d.scale()); }
  static double lp(const D& d, double a, double o, double c) { return gamma_log(d.shape(), d.scale(), c, a + o); }
  static double lpl(const D& d, double a, double side, double u, double c) {
    return half_line_log([&](double aa, double o) { return lp(d, aa, o, c); }, a, side, u,
                         [&](double log_x, double x) {
                           return power_term(d.shape() - 1, log_x - std::log(d.scale())) - x / d.scale() + c;
                         });
  }
  static interval support(const D&) { return half_line; }
  static tail right(const D&) { return {true, inf, 1}; }
  static double median(const D& d) { return d.shape() * d.scale(); }
  static double width(const D& d) { return d.scale() * std::sqrt(d.shape()); }
  /// Where the density is infinite at 0 it behaves like \f$x^{k-1}\f$ with k = shape < 1.
  static double end_power(const D& d, double end) { return end == 0 ? d.shape() : inf; }
  static double end_mass(const D& d, double, double delta) { return bm::cdf(d, delta); }
  static std::optional<continuous_family> moved(const D& d, const frame& fr) {
    if (fr.log_map || fr.centre != 0) return std::nullopt;
    return D(d.shape(), d.scale() / fr.scale);
  }
  static std::optional<frame> frame_of(const D& d) {
    if (extreme(d.scale())) return frame{0, d.scale()};
    return std::nullopt;
  }
  static std::string beyond(const D& d) { return outside("the gamma shape", d.shape(), 2e-3, 5e7); }
  /// \f$h = k + \ln\theta + \ln\Gamma(k) + (1 - k)\psi(k)\f$ (Table 17.1). Large k: see gamma_entropy_unit.
  static double entropy(const D& d) { return gamma_entropy_unit(d.shape()) + std::log(d.scale()); }
  /// \f[\mathrm{KL} = (k_1 - k_2)\psi(k_1) - \ln\Gamma(k_1) + \ln\Gamma(k_2) + k_2\ln\frac{\theta_2}{\theta_1}
  ///    + k_1\left(\frac{\theta_1}{\theta_2} - 1\right)\f]
  /// (Penny 2001, Gamma densities, rewritten from his scale b and shape c; derived the same way from
  /// \f$E_P[\ln X] = \psi(k_1) + \ln\theta_1\f$ and \f$E_P[X] = k_1\theta_1\f$). The \f$\theta\f$ terms are
  /// evaluated as \f$k_1(r - 1 - \ln r) + (k_1 - k_2)\ln r\f$ with \f$r = \theta_1/\theta_2\f$.
  static double kl(const D& p, const D& q) {
    const double k1 = p.shape();
    const double k2 = q.shape();
    const double t1 = p.scale();
    const double t2 = q.scale();
    const double shapes = lgamma_bregman(k2, k1);
    const double scales = k1 * r_minus_1_minus_log_r(t1, t2) + (k1 - k2) * (std::log(t1) - std::log(t2));
    return shapes + scales;
  }
};

// ---------------------------------------------------------------------------------------------------
// Beta(a, b).

template <>
struct traits<bm::beta_distribution<>> {
  using D = bm::beta_distribution<>;
  static constexpr std::string_view name = "beta";
  static constexpr std::size_t arity = 2;
  static constexpr std::array<parameter, 2> parameters{{{"a", domain::positive}, {"b", domain::positive}}};
  static constexpr std::string_view example = "beta(2, 5)";
  static constexpr std::array<std::string_view, 0> aliases{};
  static D make(const std::array<double, 2>& v) { return D(v[0], v[1]); }
  static void check(const D& d) {
    positive("beta", "a", d.alpha());
    positive("beta", "b", d.beta());
  }
  static std::vector<double> spelled(const D& d) { return {d.alpha(), d.beta()}; }
  static double c(const D& d) { return -log_beta(d.alpha(), d.beta()); }
  static double lp(const D& d, double a, double o, double c) {
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
  static double lpl(const D& d, double a, double side, double u, double c) {
    // At 0 looking right ln x = u and ln(1 - x) = log1p(-e^u); at 1 looking left the other way round.
    if (a == 0 && side > 0)
      return power_term(d.alpha() - 1, u) + power_term(d.beta() - 1, std::log1p(-std::exp(u))) + c;
    if (a == 1 && side < 0)
      return power_term(d.alpha() - 1, std::log1p(-std::exp(u))) + power_term(d.beta() - 1, u) + c;
    if ((a == 0 && side < 0) || (a == 1 && side > 0)) return -inf;
    return lp(d, a, side * std::exp(u), c);
  }
  static interval support(const D&) { return {0.0, 1.0}; }
  static tail right(const D&) { return {}; }
  static double median(const D& d) { return d.alpha() / (d.alpha() + d.beta()); }
  static double width(const D& d) {
    // sqrt(ab / (s^2 (s + 1))), with each factor divided separately: for a = b = 1e200, s^2 overflows
    const double a = d.alpha(), b = d.beta(), s = a + b;
    return std::sqrt(a / s) * std::sqrt(b / s) / std::sqrt(s + 1);
  }
  /// Infinite at 0 like \f$x^{a-1}\f$ for a < 1, and at 1 like \f$(1-x)^{b-1}\f$ for b < 1.
  static double end_power(const D& d, double end) { return end == 0 ? d.alpha() : end == 1 ? d.beta() : inf; }
  static double end_mass(const D& d, double end, double delta) {
    // near 1, by the reflection x -> 1 - x, which turns beta(a, b) into beta(b, a)
    return end == 0 ? bm::cdf(d, delta) : bm::cdf(D(d.beta(), d.alpha()), delta);
  }
  static std::string beyond(const D& d) {
    const double a = d.alpha(), b = d.beta(), lo = std::min(a, b), hi = std::max(a, b);
    // (the region where the sweeps found every answer within its error estimate)
    if ((hi < 100 && lo >= 2e-3) || (lo >= 1 && hi < 100 * lo && hi <= 1e7)) return "";
    const double sd = std::sqrt(a / (a + b)) * std::sqrt(b / (a + b)) / std::sqrt(a + b + 1);
    return "beta(" + detail::shortest(a) + ", " + detail::shortest(b) + ") has its mass within a standard " +
           "deviation of " + detail::shortest(sd) + ", too narrow or too lopsided for quadrature in x on [0, 1] " +
           "(it resolves a and b from 2e-3 to 100, or both at least 1, within a factor 100 of each other and " +
           "at most 1e7)";
  }
  /// \f$h = \ln B(a,b) - (a-1)\psi(a) - (b-1)\psi(b) + (a+b-2)\psi(a+b)\f$ (Table 17.1).
  /// Evaluated as \f$h_1(a) + h_1(b) - h_1(a+b) - \psi(a+b)\f$ with \f$h_1\f$ the unit gamma entropy
  /// (gamma_entropy_unit), an exact rearrangement that stays accurate for large a and b.
  static double entropy(const D& d) {
    const double a = d.alpha();
    const double b = d.beta();
    return gamma_entropy_unit(a) + gamma_entropy_unit(b) - gamma_entropy_unit(a + b) - bm::digamma(a + b);
  }
  /// \f[\mathrm{KL} = \ln\frac{B(a_2,b_2)}{B(a_1,b_1)} + (a_1 - a_2)\psi(a_1) + (b_1 - b_2)\psi(b_1)
  ///    + (a_2 - a_1 + b_2 - b_1)\psi(a_1 + b_1)\f]
  /// (Penny 2001, the two-component case of his Dirichlet formula; derived from
  /// \f$E_P[\ln X] = \psi(a_1) - \psi(a_1+b_1)\f$ and \f$E_P[\ln(1-X)] = \psi(b_1) - \psi(a_1+b_1)\f$).
  static double kl(const D& p, const D& q) {
    const double a1 = p.alpha();
    const double b1 = p.beta();
    const double a2 = q.alpha();
    const double b2 = q.beta();
    // The same sum as Bregman divergences of ln Gamma (see lgamma_bregman), which do not cancel.
    return lgamma_bregman(a2, a1) + lgamma_bregman(b2, b1) - lgamma_bregman(a2 + b2, a1 + b1);
  }
};

// ---------------------------------------------------------------------------------------------------
// Uniform(lower, upper).

template <>
struct traits<bm::uniform> {
  using D = bm::uniform;
  static constexpr std::string_view name = "uniform";
  static constexpr std::size_t arity = 2;
  static constexpr std::array<parameter, 2> parameters{{{"lower", domain::real}, {"upper", domain::real}}};
  static constexpr std::string_view example = "uniform(0, 1)";
  static constexpr std::array<std::string_view, 0> aliases{};
  static constexpr bool ordered = true;
  static D make(const std::array<double, 2>& v) { return D(v[0], v[1]); }
  static void check(const D& d) {
    finite("uniform", "lower", d.lower());
    finite("uniform", "upper", d.upper());
    if (!(d.lower() < d.upper()))
      throw invalid_distribution("uniform: lower must be below upper, got lower = " + detail::shortest(d.lower()) +
                                 ", upper = " + detail::shortest(d.upper()));
    if (!std::isfinite(d.upper() - d.lower()))
      throw invalid_distribution("uniform: the width upper - lower overflows (lower = " + detail::shortest(d.lower()) +
                                 ", upper = " + detail::shortest(d.upper()) + "); use a narrower interval");
  }
  static std::vector<double> spelled(const D& d) { return {d.lower(), d.upper()}; }
  static double c(const D& d) { return -std::log(d.upper() - d.lower()); }
  static double lp(const D& d, double a, double o, double c) {
    const double above_lower = (a - d.lower()) + o;
    const double below_upper = (d.upper() - a) - o;
    if (std::isnan(above_lower) || std::isnan(below_upper)) return std::numeric_limits<double>::quiet_NaN();
    return (above_lower >= 0 && below_upper >= 0) ? c : -inf;
  }
  static interval support(const D& d) { return {d.lower(), d.upper()}; }
  static tail right(const D&) { return {}; }
  static double median(const D& d) { return 0.5 * (d.lower() + d.upper()); }
  static double width(const D& d) { return (d.upper() - d.lower()) / std::sqrt(12.0); }
  static std::optional<continuous_family> moved(const D& d, const frame& fr) {
    if (fr.log_map) return std::nullopt;
    return D((d.lower() - fr.centre) / fr.scale, (d.upper() - fr.centre) / fr.scale);
  }
  static std::optional<frame> frame_of(const D& d) {
    const double w = d.upper() - d.lower();
    if (extreme(w)) return frame{d.lower(), w};
    return std::nullopt;
  }
  /// \f$h = \ln(b - a)\f$ (Cover & Thomas, Example 8.1.1).
  static double entropy(const D& d) { return std::log(d.upper() - d.lower()); }
  /// \f$\mathrm{KL} = \ln\frac{b_2 - a_2}{b_1 - a_1}\f$ when \f$[a_1, b_1] \subseteq [a_2, b_2]\f$,
  /// else \f$+\infty\f$ (derived: the log-ratio is constant on P's support; P has mass where q = 0 otherwise).
  static double kl(const D& p, const D& q) {
    if (p.lower() < q.lower() || p.upper() > q.upper()) return inf;
    return std::log((q.upper() - q.lower()) / (p.upper() - p.lower()));
  }
};

// ---------------------------------------------------------------------------------------------------
// What the location-scale families below (Laplace, logistic, Cauchy) share: parameters (location, scale),
// the whole line as support, centre at the location and width the scale, and frames in any affine map
// x -> (x - c)/s, under which a location-scale family keeps its form.

template <class Dist, class Self>
struct location_scale {
  using D = Dist;
  static void check(const D& d) {
    finite(Self::name.data(), "location", d.location());
    positive(Self::name.data(), "scale", d.scale());
  }
  static constexpr std::size_t arity = 2;
  static constexpr std::array<parameter, 2> parameters{{{"location", domain::real}, {"scale", domain::positive}}};
  static constexpr std::array<std::string_view, 0> aliases{};
  static D make(const std::array<double, 2>& v) { return D(v[0], v[1]); }
  static std::vector<double> spelled(const D& d) { return {d.location(), d.scale()}; }
  static interval support(const D&) { return whole_line; }
  static double median(const D& d) { return d.location(); }
  static double width(const D& d) { return d.scale(); }
  static std::optional<continuous_family> moved(const D& d, const frame& fr) {
    if (fr.log_map) return std::nullopt;
    return D((d.location() - fr.centre) / fr.scale, d.scale() / fr.scale);
  }
  static std::optional<frame> frame_of(const D& d) {
    if (extreme(d.scale())) return frame{d.location(), d.scale()};
    return std::nullopt;
  }
};

// ---------------------------------------------------------------------------------------------------
// Laplace(location, scale).

template <>
struct traits<bm::laplace> : location_scale<bm::laplace, traits<bm::laplace>> {
  static constexpr std::string_view name = "laplace";
  static constexpr std::string_view example = "laplace(0, 1)";
  // (logarithms of each factor: 2b overflows for b = 1e308, and the constant must not become -inf)
  static double c(const D& d) { return -(std::numbers::ln2 + std::log(d.scale())); }
  static double lp(const D& d, double a, double o, double c) {
    return c - std::abs((a - d.location()) + o) / d.scale();
  }
  static tail right(const D&) { return {true, inf, 1}; }
  /// The only family with an interior kink: at its location.
  static std::vector<double> kinks(const D& d) { return {d.location()}; }
  /// \f$h = 1 + \ln(2b)\f$ (Table 17.1).
  static double entropy(const D& d) { return 1.0 + std::numbers::ln2 + std::log(d.scale()); }
  /// With \f$\Delta = |\mu_1 - \mu_2|\f$:
  /// \f[\mathrm{KL} = \ln\frac{b_2}{b_1} + \frac{\Delta}{b_2} + \frac{b_1}{b_2}e^{-\Delta/b_1} - 1\f]
  /// (derived: \f$\ln\frac pq = \ln\frac{b_2}{b_1} - \frac{|x-\mu_1|}{b_1} + \frac{|x-\mu_2|}{b_2}\f$,
  /// \f$E_P|X-\mu_1| = b_1\f$ and \f$E_P|X-\mu_2| = \Delta + b_1 e^{-\Delta/b_1}\f$). Evaluated as
  /// \f$(r - 1 - \ln r) + r\,(u + e^{-u} - 1)\f$ with \f$r = b_1/b_2\f$ and \f$u = \Delta/b_1\f$.
  static double kl(const D& p, const D& q) {
    const double b1 = p.scale();
    const double b2 = q.scale();
    const double u = std::abs(p.location() - q.location()) / b1;
    return r_minus_1_minus_log_r(b1, b2) + (b1 / b2) * u_plus_expm1_minus_u(u);
  }
};

// ---------------------------------------------------------------------------------------------------
// Logistic(location, scale).

template <>
struct traits<bm::logistic> : location_scale<bm::logistic, traits<bm::logistic>> {
  static constexpr std::string_view name = "logistic";
  static constexpr std::string_view example = "logistic(0, 1)";
  static double c(const D& d) { return -std::log(d.scale()); }
  static double lp(const D& d, double a, double o, double c) {
    // p = e^{-|z|} / (s (1 + e^{-|z|})^2), symmetric, written with |z| so that nothing overflows.
    const double z = std::abs(((a - d.location()) + o) / d.scale());
    return c - z - 2 * std::log1p(std::exp(-z));
  }
  static tail right(const D&) { return {true, inf, 1}; }
  /// \f$h = \ln s + 2\f$ (Table 17.1).
  static double entropy(const D& d) { return std::log(d.scale()) + 2.0; }
};

// ---------------------------------------------------------------------------------------------------
// Cauchy(location, scale gamma).

template <>
struct traits<bm::cauchy> : location_scale<bm::cauchy, traits<bm::cauchy>> {
  static constexpr std::string_view name = "cauchy";
  static constexpr std::string_view example = "cauchy(0, 1)";
  static double c(const D& d) { return -(std::log(std::numbers::pi) + std::log(d.scale())); }
  static double lp(const D& d, double a, double o, double c) {
    const double diff = (a - d.location()) + o;
    const double u = diff / d.scale();
    // far out in a narrow Cauchy (x = 1e9 with scale 1e-300) u overflows while log u does not
    if (!std::isfinite(u) && std::isfinite(diff)) return c - 2 * (std::log(std::abs(diff)) - std::log(d.scale()));
    return c - log1p_square(u);
  }
  /// About its centre from u = ln|x - centre| itself, as for Student's t (see there):
  /// ln(1 + (x/s)^2) = ln(1 + e^L) with L = 2(u - ln s).
  static double lpl(const D& d, double a, double side, double u, double c) {
    if (a != d.location()) return lp(d, a, side * std::exp(u), c);
    return c - log1p_exp(2 * (u - std::log(d.scale())));
  }
  static tail right(const D&) { return {true, 1, 0}; }  // -log p ~ 2 log|x|
  /// Tail index 1: E|X|^a is finite for a < 1.
  static heavy heavy_tail(const D& d, double) { return {d.location(), d.scale(), 1.0}; }
  /// \f$h = \ln(4\pi\gamma)\f$ (Table 17.1).
  static double entropy(const D& d) { return std::log(4.0 * std::numbers::pi) + std::log(d.scale()); }
  /// \f[\mathrm{KL} = \ln\frac{(\gamma_1+\gamma_2)^2 + (\mu_1-\mu_2)^2}{4\gamma_1\gamma_2}\f]
  /// (F. Chyzak and F. Nielsen, "A closed-form formula for the Kullback-Leibler divergence between Cauchy
  /// distributions", arXiv:1905.10965, 2019; it is symmetric). Evaluated as
  /// \f$\mathrm{log1p}\left(\frac{(\gamma_1-\gamma_2)^2 + (\mu_1-\mu_2)^2}{4\gamma_1\gamma_2}\right)\f$, since
  /// \f$(\gamma_1+\gamma_2)^2 = (\gamma_1-\gamma_2)^2 + 4\gamma_1\gamma_2\f$.
  static double kl(const D& p, const D& q) {
    const double g1 = p.scale();
    const double g2 = q.scale();
    const double dg = g1 - g2;
    const double dm = p.location() - q.location();
    // Divided by each scale in turn, since 4 g1 g2 underflows for scales of 1e-300 (0/0 = NaN).
    const double x = ((dg / g1) * (dg / g2) + (dm / g1) * (dm / g2)) / 4.0;
    if (x < inf) return std::log1p(x);
    // Far apart: ln((g1 + g2)^2 + dm^2) - ln(4 g1 g2), each logarithm taken separately.
    // (scaled by the largest, since g1 + g2 itself overflows for scales near 1e308)
    const double m = std::max({g1, g2, std::abs(dm)});
    return 2.0 * (std::log(m) + std::log(std::hypot(g1 / m + g2 / m, dm / m))) - std::log(4.0) - std::log(g1) -
           std::log(g2);
  }
};

// ---------------------------------------------------------------------------------------------------
// Lognormal(location mu, scale sigma): ln X ~ N(mu, sigma^2).

template <>
struct traits<bm::lognormal> {
  using D = bm::lognormal;
  static constexpr std::string_view name = "lognormal";
  static constexpr std::size_t arity = 2;
  static constexpr std::array<parameter, 2> parameters{{{"location", domain::real}, {"scale", domain::positive}}};
  static constexpr std::string_view example = "lognormal(0, 1)";
  static constexpr std::array<std::string_view, 1> aliases{"log_normal"};
  static D make(const std::array<double, 2>& v) { return D(v[0], v[1]); }
  static void check(const D& d) {
    finite("lognormal", "location", d.location());
    positive("lognormal", "scale", d.scale());
  }
  static std::vector<double> spelled(const D& d) { return {d.location(), d.scale()}; }
  static double c(const D& d) { return -std::log(d.scale()) - half_log_two_pi; }
  static double lp(const D& d, double a, double o, double c) {
    const double x = a + o;
    if (std::isnan(x)) return x;
    if (!(x > 0) || x == inf) return -inf;
    // ln x from the anchor and the exact offset: at x = 1 + 1e-300 a double rounds x to 1, while
    // ln 1 + log1p(1e-300) keeps the offset that a lognormal of sigma 1e-300 lives on
    const double log_x = (a > 0 && o != 0) ? std::log(a) + std::log1p(o / a) : std::log(x);
    const double u = (log_x - d.location()) / d.scale();
    return c - log_x - 0.5 * u * u;
  }
  static double lpl(const D& d, double a, double side, double u, double c) {
    return half_line_log([&](double aa, double o) { return lp(d, aa, o, c); }, a, side, u,
                         [&](double log_x, double) {
                           const double z = (log_x - d.location()) / d.scale();
                           return c - log_x - 0.5 * z * z;
                         });
  }
  static interval support(const D&) { return half_line; }
  static tail right(const D&) { return {true, inf, 0}; }  // -log p ~ (log x)^2 / (2 sigma^2): needs log-moments only
  static double median(const D& d) { return std::exp(d.location()); }
  static double width(const D& d) {
    // IQR / 1.349 = e^mu * 2 sinh(0.6745 sigma) / 1.349: e^mu sigma when sigma is small, and the spread
    // of the bulk (not of the enormous tail) when it is large.
    return std::exp(d.location()) * 2 * std::sinh(normal_q3 * d.scale()) / normal_iqr;
  }
  /// In the log frame of another lognormal it is a normal; in a scale frame, a lognormal.
  static std::optional<continuous_family> moved(const D& d, const frame& fr) {
    const double c = fr.centre, s = fr.scale;
    if (fr.log_map) return bm::normal((d.location() - c) / s, d.scale() / s);
    if (c != 0) return std::nullopt;
    return D(d.location() - std::log(s), d.scale());
  }
  static std::optional<frame> frame_of(const D& d) {
    if (d.scale() < 1e-2 || d.scale() > 5 || std::abs(d.location()) > 100) return frame{d.location(), d.scale(), true};
    return std::nullopt;
  }
  /// \f$h = \mu + \tfrac12\ln(2\pi e\sigma^2)\f$ (Table 17.1).
  static double entropy(const D& d) {
    return d.location() + 0.5 * (1.0 + std::log(2.0 * bm::constants::pi<double>())) + std::log(d.scale());
  }
};

// ---------------------------------------------------------------------------------------------------
// Student's t with v degrees of freedom.

template <>
struct traits<bm::students_t> {
  using D = bm::students_t;
  static constexpr std::string_view name = "students_t";
  static constexpr std::size_t arity = 1;
  static constexpr std::array<parameter, 2> parameters{{{"df", domain::positive}, {}}};
  static constexpr std::string_view example = "students_t(5)";
  static constexpr std::array<std::string_view, 4> aliases{"t", "student_t", "student", "studentt"};
  static D make(const std::array<double, 2>& v) { return D(v[0]); }
  static void check(const D& d) {
    const double v = d.degrees_of_freedom();
    if (!(v > 0) || !std::isfinite(v))
      refuse("students_t", "df must be positive and finite", v, "for infinite df use normal(0, 1)");
  }
  static std::vector<double> spelled(const D& d) { return {d.degrees_of_freedom()}; }
  /// \f$\ln\Gamma(\tfrac{v+1}2) - \ln\Gamma(\tfrac v2) - \tfrac12\ln(v\pi)\f$, the ratio of gammas taken as
  /// 1 / tgamma_delta_ratio(v/2, 1/2): accurate for large v, where a difference of lgammas would cancel.
  static double c(const D& d) {
    const double v = d.degrees_of_freedom();
    return -std::log(bm::tgamma_delta_ratio(0.5 * v, 0.5)) - 0.5 * (std::log(v) + std::log(std::numbers::pi));
  }
  static double lp(const D& d, double a, double o, double c) {
    const double v = d.degrees_of_freedom();
    const double t = a + o;
    const double q = t * t / v;
    const double log1p_q = q < inf ? std::log1p(q) : 2 * std::log(std::abs(t)) - std::log(v);
    return c - 0.5 * (v + 1) * log1p_q;
  }
  /// About its centre from u = ln|x - centre| itself: its mass reaches far beyond the largest double
  /// (students_t(0.01) keeps 0.08% of it beyond |x| = 1e308), where x cannot be formed but u = 1000 can;
  /// ln(1 + x^2/v) = ln(1 + e^L) with L = 2u - ln v.
  static double lpl(const D& d, double a, double side, double u, double c) {
    if (a != 0) return lp(d, a, side * std::exp(u), c);
    const double v = d.degrees_of_freedom();
    return c - 0.5 * (v + 1) * log1p_exp(2 * u - std::log(v));
  }
  static interval support(const D&) { return whole_line; }
  static tail right(const D& d) { return {true, d.degrees_of_freedom(), 0}; }  // -log p ~ (v+1) log|x|
  static double median(const D&) { return 0.0; }
  static double width(const D& d) {
    // The half-width at half maximum, where (1 + t^2/v)^(-(v+1)/2) = 1/2, divided by the normal's
    // sqrt(2 ln 2) so that it tends to the standard deviation 1 as v grows: 0.85 for Cauchy (v = 1).
    const double v = d.degrees_of_freedom();
    return std::sqrt(v * std::expm1(2 * std::numbers::ln2 / (v + 1))) / std::sqrt(2 * std::numbers::ln2);
  }
  static std::string beyond(const D& d) { return outside("Student's t df", d.degrees_of_freedom(), 1e-2, 1e300); }
  /// Tail index v: E|X|^a is finite for a < v.
  static heavy heavy_tail(const D& d, double scale) { return {0.0, scale, d.degrees_of_freedom()}; }
  /// \f$h = \tfrac{\nu+1}{2}\left[\psi(\tfrac{\nu+1}{2}) - \psi(\tfrac{\nu}{2})\right] + \ln\left(\sqrt\nu\,
  /// B(\tfrac\nu2, \tfrac12)\right)\f$ (Table 17.1). The digamma difference is digamma_half_step, and
  /// \f$\ln B(\tfrac\nu2,\tfrac12) = \ln\Gamma(\tfrac12) + \ln\frac{\Gamma(\nu/2)}{\Gamma(\nu/2 + 1/2)}\f$ uses
  /// Boost's tgamma_delta_ratio, so that large \f$\nu\f$ tends smoothly to the normal's \f$\tfrac12\ln(2\pi e)\f$.
  /// (Boost accepts \f$\nu = \infty\f$; info::density refuses it, so it never reaches this formula.)
  static double entropy(const D& d) {
    const double nu = d.degrees_of_freedom();
    const double log_beta_half = 0.5 * std::log(bm::constants::pi<double>()) +
                                 std::log(bm::tgamma_delta_ratio(0.5 * nu, 0.5));
    return 0.5 * (nu + 1.0) * digamma_half_step(0.5 * nu) + 0.5 * std::log(nu) + log_beta_half;
  }
};

// ---------------------------------------------------------------------------------------------------
// Rayleigh(sigma).

template <>
struct traits<bm::rayleigh> {
  using D = bm::rayleigh;
  static constexpr std::string_view name = "rayleigh";
  static constexpr std::size_t arity = 1;
  static constexpr std::array<parameter, 2> parameters{{{"sigma", domain::positive}, {}}};
  static constexpr std::string_view example = "rayleigh(1)";
  static constexpr std::array<std::string_view, 0> aliases{};
  static D make(const std::array<double, 2>& v) { return D(v[0]); }
  static void check(const D& d) { positive("rayleigh", "sigma", d.sigma()); }
  static std::vector<double> spelled(const D& d) { return {d.sigma()}; }
  static double c(const D& d) { return -std::log(d.sigma()); }
  static double lp(const D& d, double a, double o, double c) {
    // p = (x / s^2) exp(-x^2 / (2 s^2)) = (1/s) (x/s) exp(-(x/s)^2 / 2)
    const double x = a + o;
    if (std::isnan(x)) return x;
    if (!(x > 0) || x == inf) return -inf;
    const double y = x / d.sigma();
    return c + log_ratio(x, d.sigma()) - 0.5 * y * y;
  }
  static double lpl(const D& d, double a, double side, double u, double c) {
    return half_line_log([&](double aa, double o) { return lp(d, aa, o, c); }, a, side, u,
                         [&](double log_x, double) {
                           const double log_y = log_x - std::log(d.sigma());
                           return c + log_y - 0.5 * std::exp(2 * log_y);
                         });
  }
  static interval support(const D&) { return half_line; }
  static tail right(const D&) { return {true, inf, 2}; }
  static double median(const D& d) { return d.sigma() * std::sqrt(2 * std::numbers::ln2); }
  static double width(const D& d) { return d.sigma(); }
  static std::optional<continuous_family> moved(const D& d, const frame& fr) {
    if (fr.log_map || fr.centre != 0) return std::nullopt;
    return D(d.sigma() / fr.scale);
  }
  static std::optional<frame> frame_of(const D& d) {
    if (extreme(d.sigma())) return frame{0, d.sigma()};
    return std::nullopt;
  }
  /// \f$h = 1 + \ln\frac{\sigma}{\sqrt2} + \frac{\gamma}{2}\f$ (Table 17.1).
  static double entropy(const D& d) {
    // ln sigma - ln 2 / 2, not ln(sigma / sqrt 2): a subnormal sigma loses its digits when divided
    return 1.0 + std::log(d.sigma()) - 0.5 * std::numbers::ln2 + 0.5 * bm::constants::euler<double>();
  }
};

// ---------------------------------------------------------------------------------------------------
// Weibull(shape k, scale lambda): density (k/lambda) (x/lambda)^(k-1) exp(-(x/lambda)^k).

template <>
struct traits<bm::weibull> {
  using D = bm::weibull;
  static constexpr std::string_view name = "weibull";
  static constexpr std::size_t arity = 2;
  static constexpr std::array<parameter, 2> parameters{{{"shape", domain::positive}, {"scale", domain::positive}}};
  static constexpr std::string_view example = "weibull(2, 1)";
  static constexpr std::array<std::string_view, 0> aliases{};
  static D make(const std::array<double, 2>& v) { return D(v[0], v[1]); }
  static void check(const D& d) {
    positive("weibull", "shape", d.shape());
    positive("weibull", "scale", d.scale());
  }
  static std::vector<double> spelled(const D& d) { return {d.shape(), d.scale()}; }
  static double c(const D& d) { return std::log(d.shape()) - std::log(d.scale()); }  // k/lambda may overflow
  static double lp(const D& d, double a, double o, double c) {
    const double x = a + o;
    if (std::isnan(x)) return x;
    if (!(x >= 0) || x == inf) return -inf;
    const double log_y = log_ratio(x, d.scale());  // -inf at x = 0
    return c + power_term(d.shape() - 1, log_y) - std::exp(d.shape() * log_y);
  }
  static double lpl(const D& d, double a, double side, double u, double c) {
    return half_line_log([&](double aa, double o) { return lp(d, aa, o, c); }, a, side, u,
                         [&](double log_x, double) {
                           const double log_y = log_x - std::log(d.scale());
                           return c + power_term(d.shape() - 1, log_y) - std::exp(d.shape() * log_y);
                         });
  }
  static interval support(const D&) { return half_line; }
  static tail right(const D& d) { return {true, inf, d.shape()}; }
  static double median(const D& d) { return d.scale() * std::pow(std::numbers::ln2, 1 / d.shape()); }
  static double width(const D& d) {
    const double k = d.shape();
    return d.scale() * (std::pow(std::log(4.0), 1 / k) - std::pow(std::log(4.0 / 3.0), 1 / k)) / normal_iqr;
  }
  /// Where the density is infinite at 0 it behaves like \f$x^{k-1}\f$ with k = shape < 1.
  static double end_power(const D& d, double end) { return end == 0 ? d.shape() : inf; }
  static double end_mass(const D& d, double, double delta) { return bm::cdf(d, delta); }
  static std::optional<continuous_family> moved(const D& d, const frame& fr) {
    if (fr.log_map || fr.centre != 0) return std::nullopt;
    return D(d.shape(), d.scale() / fr.scale);
  }
  static std::optional<frame> frame_of(const D& d) {
    if (extreme(d.scale())) return frame{0, d.scale()};
    return std::nullopt;
  }
  static std::string beyond(const D& d) { return outside("the Weibull shape", d.shape(), 1e-2, 1e4); }
  /// \f$h = \gamma\left(1 - \frac1k\right) + \ln\frac{\lambda}{k} + 1\f$ (Table 17.1 has
  /// \f$\frac{c-1}{c}\gamma + \ln\frac{\alpha^{1/c}}{c} + 1\f$ for the density
  /// \f$\frac{c}{\alpha}x^{c-1}e^{-x^c/\alpha}\f$; put \f$c = k\f$, \f$\alpha = \lambda^k\f$).
  static double entropy(const D& d) {
    const double k = d.shape();
    return bm::constants::euler<double>() * (1.0 - 1.0 / k) + std::log(d.scale()) - std::log(k) + 1.0;
  }
};

// ---------------------------------------------------------------------------------------------------
// Chi-squared with v degrees of freedom: gamma(v/2, 2).

template <>
struct traits<bm::chi_squared> {
  using D = bm::chi_squared;
  static constexpr std::string_view name = "chi_squared";
  static constexpr std::size_t arity = 1;
  static constexpr std::array<parameter, 2> parameters{{{"df", domain::positive}, {}}};
  static constexpr std::string_view example = "chi_squared(3)";
  static constexpr std::array<std::string_view, 4> aliases{"chi2", "chisq", "chi_square", "chisquared"};
  static D make(const std::array<double, 2>& v) { return D(v[0]); }
  static void check(const D& d) { positive("chi_squared", "df", d.degrees_of_freedom()); }
  static std::vector<double> spelled(const D& d) { return {d.degrees_of_freedom()}; }
  static double c(const D& d) { return -std::lgamma(0.5 * d.degrees_of_freedom()) - std::numbers::ln2; }
  static double lp(const D& d, double a, double o, double c) {
    return gamma_log(0.5 * d.degrees_of_freedom(), 2.0, c, a + o);
  }
  static double lpl(const D& d, double a, double side, double u, double c) {
    return half_line_log([&](double aa, double o) { return lp(d, aa, o, c); }, a, side, u,
                         [&](double log_x, double x) {
                           return power_term(0.5 * d.degrees_of_freedom() - 1, log_x - std::numbers::ln2) - x / 2 + c;
                         });
  }
  static interval support(const D&) { return half_line; }
  static tail right(const D&) { return {true, inf, 1}; }
  static double median(const D& d) { return d.degrees_of_freedom(); }
  static double width(const D& d) { return std::sqrt(2 * d.degrees_of_freedom()); }
  /// Where the density is infinite at 0 it behaves like \f$x^{k-1}\f$ with k = df/2 < 1.
  static double end_power(const D& d, double end) { return end == 0 ? 0.5 * d.degrees_of_freedom() : inf; }
  static double end_mass(const D& d, double, double delta) { return bm::cdf(d, delta); }
  /// In a scale frame it is a gamma.
  static std::optional<continuous_family> moved(const D& d, const frame& fr) {
    if (fr.log_map || fr.centre != 0) return std::nullopt;
    return bm::gamma_distribution<>(0.5 * d.degrees_of_freedom(), 2 / fr.scale);
  }
  static std::string beyond(const D& d) { return outside("the chi-squared df", d.degrees_of_freedom(), 4e-3, 2e8); }
  /// \f$h = \frac\nu2 + \ln\left(2\Gamma(\frac\nu2)\right) + \left(1 - \frac\nu2\right)\psi(\frac\nu2)\f$
  /// (Table 17.1); it is gamma(\f$\nu/2\f$, 2), evaluated through gamma_entropy_unit.
  static double entropy(const D& d) {
    return gamma_entropy_unit(0.5 * d.degrees_of_freedom()) + bm::constants::ln_two<double>();
  }
  /// \f$\mathrm{KL} = \frac{\nu_1 - \nu_2}{2}\psi(\frac{\nu_1}2) - \ln\Gamma(\frac{\nu_1}2) + \ln\Gamma(\frac{\nu_2}2)\f$:
  /// gamma's KL with equal scales 2, whose scale terms vanish; the lnΓ Bregman form keeps near-equal
  /// degrees of freedom from cancelling.
  static double kl(const D& p, const D& q) {
    return lgamma_bregman(0.5 * q.degrees_of_freedom(), 0.5 * p.degrees_of_freedom());
  }
};

// ---------------------------------------------------------------------------------------------------
// Dispatch: visit the variant, call the family's traits, fall back where a family has nothing special.

template <class F>
decltype(auto) dispatch(const continuous_family& family, F&& f) {
  return std::visit([&](const auto& d) -> decltype(auto) { return f(traits<std::decay_t<decltype(d)>>{}, d); },
                    family);
}

template <class T>
entry entry_of() {
  entry e{T::name, T::arity, T::parameters, T::example,
          std::vector<std::string_view>(T::aliases.begin(), T::aliases.end()), false};
  if constexpr (requires { T::ordered; }) e.ordered = T::ordered;
  return e;
}

template <std::size_t... I>
std::vector<entry> all_entries(std::index_sequence<I...>) {
  return {entry_of<traits<std::variant_alternative_t<I, continuous_family>>>()...};
}

template <std::size_t... I>
continuous_family make_at(std::size_t index, const std::array<double, 2>& v, std::index_sequence<I...>) {
  using maker = continuous_family (*)(const std::array<double, 2>&);
  static constexpr maker makers[] = {[](const std::array<double, 2>& p) -> continuous_family {
    return traits<std::variant_alternative_t<I, continuous_family>>::make(p);
  }...};
  return makers[index](v);
}

constexpr auto every = std::make_index_sequence<std::variant_size_v<continuous_family>>{};

}  // namespace

const std::vector<entry>& entries() {
  static const std::vector<entry> table = all_entries(every);
  return table;
}

continuous_family make(std::size_t index, const std::array<double, 2>& parameters) {
  return make_at(index, parameters, every);
}

void check(const continuous_family& family) {
  dispatch(family, [](auto t, const auto& d) { t.check(d); });
}

named spelled(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) { return named{t.name.data(), t.spelled(d)}; });
}

double log_constant(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) { return t.c(d); });
}

double logpdf_with(const continuous_family& family, double anchor, double offset, double constant) {
  return dispatch(family, [&](auto t, const auto& d) { return t.lp(d, anchor, offset, constant); });
}

double logpdf_log_with(const continuous_family& family, double anchor, double side, double u, double constant) {
  return dispatch(family, [&](auto t, const auto& d) {
    // The generic case: through the offset (exact while e^u is a normal double, and right in the limit).
    if constexpr (requires { t.lpl(d, anchor, side, u, constant); })
      return t.lpl(d, anchor, side, u, constant);
    else
      return t.lp(d, anchor, side * std::exp(u), constant);
  });
}

interval support(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) { return t.support(d); });
}

tail right_tail(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) { return t.right(d); });
}

tail left_tail(const continuous_family& family) {
  // the symmetric families mirror their right tail; the others end at a finite point
  return dispatch(family, [](auto t, const auto& d) { return std::isinf(t.support(d).lower) ? t.right(d) : tail{}; });
}

double median(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) { return t.median(d); });
}

double width(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) { return t.width(d); });
}

std::vector<double> kinks(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) -> std::vector<double> {
    if constexpr (requires { t.kinks(d); })
      return t.kinks(d);
    else
      return {};
  });
}

double end_power(const continuous_family& family, double end) {
  return dispatch(family, [end](auto t, const auto& d) -> double {
    if constexpr (requires { t.end_power(d, end); })
      return t.end_power(d, end);
    else
      return inf;
  });
}

double end_mass(const continuous_family& family, double end, double delta) {
  return dispatch(family, [&](auto t, const auto& d) -> double {
    if constexpr (requires { t.end_mass(d, end, delta); })
      return t.end_mass(d, end, delta);
    else
      return 0.0;
  });
}

std::optional<continuous_family> moved(const continuous_family& family, const frame& fr) {
  return dispatch(family, [&](auto t, const auto& d) -> std::optional<continuous_family> {
    if constexpr (requires { t.moved(d, fr); })
      return t.moved(d, fr);
    else
      return std::nullopt;
  });
}

std::optional<frame> frame_of(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) -> std::optional<frame> {
    if constexpr (requires { t.frame_of(d); })
      return t.frame_of(d);
    else
      return std::nullopt;
  });
}

std::string beyond_quadrature(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) -> std::string {
    if constexpr (requires { t.beyond(d); })
      return t.beyond(d);
    else
      return "";
  });
}

std::optional<heavy> heavy_family(const continuous_family& family, double scale) {
  return dispatch(family, [scale](auto t, const auto& d) -> std::optional<heavy> {
    if constexpr (requires { t.heavy_tail(d, scale); })
      return t.heavy_tail(d, scale);
    else
      return std::nullopt;
  });
}

double entropy(const continuous_family& family) {
  return dispatch(family, [](auto t, const auto& d) { return t.entropy(d); });
}

std::optional<double> kl(const continuous_family& p, const continuous_family& q) {
  return std::visit(
      [](const auto& fp, const auto& fq) -> std::optional<double> {
        using T = traits<std::decay_t<decltype(fp)>>;
        if constexpr (requires { T::kl(fp, fq); }) {
          return T::kl(fp, fq);
        } else {
          return std::nullopt;
        }
      },
      p, q);
}

}  // namespace info::families
