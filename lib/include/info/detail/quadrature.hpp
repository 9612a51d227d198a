/// \file detail/quadrature.hpp
/// \brief Numerical machinery: double-exponential quadrature over the real line, split at breakpoints, with
/// the integrator chosen by support. The measures use it; a program wanting \f$E_P[f(X)]\f$ calls
/// info::expectation instead.
#pragma once

#include "info/density.hpp"
#include "info/result.hpp"

#include <functional>
#include <vector>

namespace info::detail {

/// The relative tolerance the measures ask of every quadrature: sqrt(epsilon), Boost's own default. The
/// rules stop when the change over their last level is below it (times the L1 norm); that change is the
/// error of the level before the last, and as each level about squares the relative error of a
/// double-exponential rule, the last level is then right to about epsilon (see integrate).
inline constexpr double quadrature_tolerance = 1.4901161193847656e-08;  // 2^-26 = sqrt(2^-52)
/// The tolerance where that model does not hold: pieces that missed quadrature_tolerance at their level
/// limit, algebraic tails (integration_plan::algebraic) and log-distance pieces are refined to it and
/// report the change over their last level as their error.
inline constexpr double strict_tolerance = 1e-12;

/// How to lay out \f$\int_a^b f(x)\,dx\f$: where to split, and the natural position and length scale.
struct integration_plan {
  interval range;                    ///< the interval of integration (may be infinite)
  std::vector<double> breakpoints;   ///< interior points to split at (kinks, jumps, centres of mass); any order
  double centre = 0.0;               ///< where the integrand lives, for infinite ranges
  double scale = 1.0;                ///< its width: infinite pieces are integrated in t = (x - end)/scale
  /// Points where the integrand may be infinite (integrably): a finite piece ending at one of them gets
  /// abscissas down to the smallest double from that end; other finite pieces stop at 1e-20 of their
  /// length from an end, where a bounded integrand has nothing left to add.
  std::vector<double> singularities;
  /// The integrand decays algebraically (a weighting density with a heavy tail: Cauchy, Student's t):
  /// its rules converge more slowly than the quadratic order the error model assumes
  /// (cauchy(0, 1e-5) || cauchy(0, 1) stopped by sinh-sinh at a change of 6e-10 was off by 1.5e-12), so
  /// such a plan is integrated to strict_tolerance with the change over the last level as its error.
  bool algebraic = false;
};

/// Integrates f over the plan's range, split at its breakpoints: tanh-sinh on finite pieces, exp-sinh on
/// half-lines, sinh-sinh on the whole line (each in a variable scaled by `plan.scale`, twice that on
/// half-lines).
/// Counts every evaluation of f. The result's method names the integrators used ("exp-sinh + tanh-sinh").
///
/// Each piece refines until the change over its last level, delta, is below `tolerance` times its L1
/// norm. delta bounds the error of the level before the last; the last level's own error is estimated
/// from the quadratic convergence of the rules, conservatively as delta * sqrt(delta / min(L1, |value|))
/// (order 3/2 where the rules show 1.7 to 2; never more than delta). A piece that stops within its first
/// levels (exp-sinh or sinh-sinh before level 4) is taken a level further first; a piece that misses the
/// tolerance, and every piece of an algebraic plan, is refined to strict_tolerance and reports delta.
/// The result's error is the sum over pieces plus 16 epsilon times the L1 norm for rounding in the sum.
/// A piece that reaches its level limit (a few thousand evaluations) keeps its value and its larger
/// estimate, so callers must compare `error` with the value when they need a verdict. The estimate does
/// not include rounding inside f itself. A piece integrated again reuses the values of its earlier levels,
/// which are not evaluated or counted again.
/// f must be finite wherever it is evaluated; if it is not, the result is that infinity (when every
/// non-finite value had the same sign) and otherwise std::domain_error is thrown naming the point.
[[nodiscard]] result integrate(const std::function<double(double)>& f, const integration_plan& plan,
                               double tolerance = quadrature_tolerance);

/// The same, for an integrand that takes its point as \f$x = \text{anchor} + \text{offset}\f$ with an exact
/// offset: the anchor is the end of the piece nearer to x (tanh-sinh), the finite end of a half-line
/// (exp-sinh) or the plan's centre (sinh-sinh). Near a piece's end x itself rounds to the end, while the
/// offset keeps every digit (see density::logpdf_near).
[[nodiscard]] result integrate(const std::function<double(double anchor, double offset)>& f,
                               const integration_plan& plan, double tolerance = quadrature_tolerance);

/// \f$\int f\,dx\f$ over the distances (0, length] from a point where f has a strong integrable
/// singularity, in the variable \f$u = \ln|x - \text{end}|\f$: `h(u)` must return \f$f(x)\,e^u\f$ (the
/// integrand times the Jacobian), computed from u so that it is right where \f$e^u\f$ underflows.
/// Exp-sinh over \f$u \in (-\infty, \ln \text{length}]\f$ in \f$t = (\ln\text{length} - u)/\text{scale}\f$.
/// For \f$f \sim x^{k-1}\f$ the integrand in u decays like \f$e^{ku}\f$, so scale = 1/k; with k = 0.01 it
/// reaches u = -4000, that is x = \f$10^{-1700}\f$, far below the smallest double. Method "exp-sinh in log x".
/// Integrated to strict_tolerance at least, with the change over the last level as its error.
[[nodiscard]] result integrate_log_distance(const std::function<double(double u)>& h, double log_length, double scale,
                                            double tolerance = quadrature_tolerance);

}  // namespace info::detail
