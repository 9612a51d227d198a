/// \file detail/density.hpp
/// \brief Numerical machinery: what the quadrature planner asks of a density beyond its mathematics (log p
/// at a point given by an exact offset or by its log-distance, where the mass lies, how its tails behave).
#pragma once

#include "info/density.hpp"

#include <limits>
#include <vector>

namespace info::detail {

/// How heavy one tail of a density is, and how fast its \f$-\log p\f$ grows there.
///
/// These decide analytically whether an expectation \f$E_P[-\log q]\f$ is finite: the tail of P has
/// finite moments \f$E|X|^a\f$ exactly for \f$a <\f$ `moments`, and \f$-\log q(x)\f$ grows like
/// \f$|x|^{\text{growth}}\f$ (growth 0 stands for logarithmic growth, as for Cauchy and Student's t).
/// \f$E_P[-\log q]\f$ is then infinite exactly when Q's growth is positive and not below P's moments.
struct tail {
  bool present = false;                                      ///< false when the support ends on this side
  double moments = std::numeric_limits<double>::infinity();  ///< moment index of the tail
  double growth = 0.0;                                       ///< power of |x| in the growth of -log p
};

/// \f$\log p(x)\f$ at \f$x = \text{anchor} + \text{offset}\f$, where the offset is known exactly.
///
/// Quadrature near the end of a piece knows the distance to that end better than x itself: at
/// \f$x = 1 - 10^{-300}\f$ a double rounds x to 1, but the offset \f$-10^{-300}\f$ is exact. Each
/// family forms the differences it needs (\f$x - \mu\f$, \f$1 - x\f$, \f$x - \text{lower}\f$) as
/// (anchor - point) + offset, so a singular end (beta with b < 1 at x = 1) or a far-off, narrow density
/// (normal(100, 0.01)) loses no digits. `p.logpdf(x)` is `logpdf_near(p, x, 0)`.
[[nodiscard]] double logpdf_near(const density& p, double anchor, double offset);
/// The same for one family.
[[nodiscard]] double logpdf_near(const continuous_family& family, double anchor, double offset);

/// \f$\log p(x)\f$ at \f$x = \text{anchor} + \text{side}\cdot e^{u}\f$ (side = +1 or -1), given
/// \f$u = \ln|x - \text{anchor}|\f$ rather than x.
///
/// For quadrature in the logarithm of the distance to a singular end: gamma(0.01, 1) puts 0.1% of its
/// mass below \f$x = 10^{-300}\f$, where x can hardly be written but u = -700 or u = -5000 can. At
/// the support end where a family behaves like a power of x (0 for the half-line families, 0 and 1
/// for beta) the log terms are computed from u itself; elsewhere this is logpdf_near(p, anchor, side e^u).
[[nodiscard]] double logpdf_log_distance(const density& p, double anchor, double side, double log_distance);

/// Points where the integrand of a measure may have a kink or a jump: the finite support ends and
/// the Laplace locations of every part. Sorted, finite, unique. (Where the mass lies is told by
/// centre() and scale() of each part; the measures split there when it helps the quadrature.)
[[nodiscard]] std::vector<double> breakpoints(const density& p);
/// A point where most of the mass lies, from the family's formulas: its median where that has a closed
/// form, else its mean (gamma, beta, chi-squared); for a mixture, that of its heaviest part.
[[nodiscard]] double centre(const density& p);
/// A length over which the density changes appreciably: the standard deviation for normal, gamma,
/// beta, uniform, chi-squared; the scale parameter for exponential (1/rate), Laplace, logistic,
/// Cauchy, Rayleigh; the interquartile range / 1.349 for lognormal and Weibull; for Student's t the
/// half-width at half maximum divided by \f$\sqrt{2\ln 2}\f$ (1 for a normal).
/// For a mixture, the smallest of its parts'.
[[nodiscard]] double scale(const density& p);
/// The left tail.
[[nodiscard]] tail left_tail(const density& p);
/// The right tail.
[[nodiscard]] tail right_tail(const density& p);

}  // namespace info::detail
