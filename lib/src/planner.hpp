// The quadrature planner: where to split an integral weighted by one or two densities, and in which
// variable to integrate each piece (x, the log-distance to a singular end, the log-distance along a slow
// tail). continuous_measures.cpp explains the layouts; this file holds the machinery.
#pragma once

#include "families.hpp"
#include "info/density.hpp"
#include "info/detail/density.hpp"
#include "info/detail/quadrature.hpp"
#include "info/result.hpp"

#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace info::detail {

/// A singular support end of one part of a weighting density: p ~ |x - end|^(k-1) on the side `side`
/// (+1: the mass lies right of the end, -1: left of it).
struct singular_end {
  double end;
  double k;
  double side;
  double weight;
  const continuous_family* family;
};

/// The smallest distance from a piece's end that the quadrature reaches: exp-sinh's first abscissa is
/// \f$\exp((\ln(\text{min}) + \ln\epsilon)/2) \approx 1.6\cdot 10^{-162}\f$ (times the scale), tanh-sinh's
/// fine rule \f$4\,\text{min}\f$ (times the half-length).
constexpr double exp_sinh_reach = 1.6e-162;
constexpr double tanh_sinh_reach = 2 * std::numeric_limits<double>::min();
/// Distances (0, length] from `end` on the side `side`, integrated in u = ln|x - end| with scale 1/k.
struct log_piece {
  double end;
  double side;
  double length;
  double scale;
};

/// Distances [from, infinity) from `anchor` on the side `side`, integrated in u = ln|x - anchor| with
/// scale 1/decay: the slow tails of Student's t and Cauchy, where the integrand falls like
/// |x|^-(1 + decay) and quadrature in x reaches only part of the mass (or none of what lies beyond the
/// largest double).
struct tail_piece {
  double anchor;
  double side;
  double from;
  double scale;
};

/// An integration plan over the range, the pieces carved out of it to be integrated in log-distance,
/// the slow tails integrated in log-distance, and the singular ends left to quadrature in x, whose
/// unreachable mass goes into the error.
struct layout {
  integration_plan plan;
  std::vector<log_piece> log_pieces;
  std::vector<singular_end> ends;
  std::vector<tail_piece> tails;
};

/// The layout for integrands weighted by the densities in `weights` (P alone for h, H and KL; P and Q for
/// JS) with kinks, jumps or singular points wherever any of `all` has one, over `range`. `growth` is the
/// power with which |log q| grows in the tails (0 for h(P) and a logarithmic q): it decides whether a slow
/// tail of P needs tail pieces.
layout plan_for(interval range, const std::vector<const density*>& weights, const std::vector<const density*>& all,
                double growth = 0.0);

/// The range less the log-distance pieces: the intervals left to quadrature in x.
std::vector<interval> x_ranges(const layout& l);

/// Adds the integrators r used that `into` does not list yet.
void merge_integrators(result& into, const result& r);

/// Integrates over the layout: quadrature in x over what is left of the range, in log-distance over the
/// carved pieces. `in_x(anchor, offset)` and `in_u(end, side, u)` are the integrand in each variable
/// (the latter times the Jacobian e^u). Values, errors and evaluations add; methods are listed once.
template <class X, class U>
result integrate_layout(const layout& l, X in_x, U in_u) {
  result total;
  total.method = method::quadrature;
  auto add = [&](const result& r) {
    total.value += r.value;
    total.error += r.error;
    total.evaluations += r.evaluations;
    merge_integrators(total, r);
  };
  for (const interval& r : x_ranges(l)) {
    integration_plan plan = l.plan;
    plan.range = r;
    add(integrate(std::function<double(double, double)>(in_x), plan));
  }
  for (const log_piece& p : l.log_pieces)
    add(integrate_log_distance([&](double u) { return in_u(p.end, p.side, u); }, std::log(p.length), p.scale));
  // a tail [from, inf) in u is the mirror image of a log piece: integrate in -u over (-inf, -ln from]
  for (const tail_piece& t : l.tails)
    add(integrate_log_distance([&](double v) { return in_u(t.anchor, t.side, -v); }, -std::log(t.from), t.scale));
  return total;
}

/// An estimate of what the quadrature cannot see: the part of the integral within reach of a singular
/// end, \f$\int_0^\delta p\,|g|\f$ with \f$p \approx x^{k-1}\f$. With F the mass below \f$\delta\f$, and
/// \f$|\log p|\f$ growing like \f$(1-k)\log(1/x)\f$, whose mean below \f$\delta\f$ exceeds its value at
/// \f$\delta\f$ by \f$(1-k)/k\f$, this is about \f$F\,(|g(\delta)| + 1/k)\f$. `magnitude(anchor, offset)` is |g|.
template <class M>
double unreachable(const layout& l, M magnitude) {
  double total = 0;
  for (const singular_end& e : l.ends) {
    // The piece next to the end, on the side of the mass: finite (tanh-sinh) or a half-line (exp-sinh).
    double next = e.side > 0 ? l.plan.range.upper : l.plan.range.lower;
    for (double b : l.plan.breakpoints)
      if ((b - e.end) * e.side > 0 && std::abs(b - e.end) < std::abs(next - e.end)) next = b;
    const double delta = std::isfinite(next) ? tanh_sinh_reach * std::abs(next - e.end) : exp_sinh_reach * l.plan.scale;
    const double mass = e.weight * families::end_mass(*e.family, e.end, delta);
    if (mass > 0) total += mass * (magnitude(e.end, e.side * delta) + 1 / e.k);
  }
  return total;
}

}  // namespace info::detail
