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

/// The relative tolerance the measures ask of every quadrature.
inline constexpr double quadrature_tolerance = 1e-12;

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
};

/// Integrates f over the plan's range, split at its breakpoints: tanh-sinh on finite pieces, exp-sinh on
/// half-lines, sinh-sinh on the whole line (each in a variable scaled by `plan.scale`).
/// Counts every evaluation of f. The result's method names the integrators used ("exp-sinh + tanh-sinh").
///
/// The error is the sum over pieces of Boost's estimate (the change between the last two levels, which
/// bounds the error of the level before the last, so it is usually pessimistic) plus 16 epsilon times
/// the L1 norm for rounding in the sum. Each piece refines until its estimate is below `tolerance` times
/// its L1 norm or its level limit is reached (a few thousand evaluations per piece); a piece that stops
/// short keeps its value and its larger estimate, so callers must compare `error` with the value when they
/// need a verdict. The estimate does not include rounding inside f itself.
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
[[nodiscard]] result integrate_log_distance(const std::function<double(double u)>& h, double log_length, double scale,
                                            double tolerance = quadrature_tolerance);

}  // namespace info::detail
