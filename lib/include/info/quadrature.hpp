/// \file quadrature.hpp
/// \brief Double-exponential quadrature over the real line, split at breakpoints, with the integrator chosen by support.
#pragma once

#include "info/density.hpp"
#include "info/result.hpp"

#include <functional>
#include <vector>

namespace info {

/// The relative tolerance the measures ask of every quadrature.
inline constexpr double quadrature_tolerance = 1e-12;

/// How to lay out \f$\int_a^b f(x)\,dx\f$: where to split, and the natural position and length scale.
struct integration_plan {
  interval range;                    ///< the interval of integration (may be infinite)
  std::vector<double> breakpoints;   ///< interior points to split at (kinks, jumps, centres of mass)
  double centre = 0.0;               ///< where the integrand lives, for infinite ranges
  double scale = 1.0;                ///< its width: infinite pieces are integrated in t = (x - end)/scale
};

/// Integrates f over the plan's range, split at its breakpoints: tanh-sinh on finite pieces, exp-sinh on
/// half-lines, sinh-sinh on the whole line (each in a variable scaled by `plan.scale`).
/// Counts every evaluation of f. The result's method names the integrators used.
/// A piece whose error estimate exceeds `tolerance` times its L1 norm widens the reported error; the
/// value is kept, so callers must compare `error` with the value when they need a verdict.
[[nodiscard]] result integrate(const std::function<double(double)>& f, const integration_plan& plan,
                               double tolerance = quadrature_tolerance);

}  // namespace info
