// The quadrature planner (see planner.hpp and the header of continuous_measures.cpp).
#include "planner.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace info::detail {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
using families::end_power;

/// A concentration of mass: one part of a weighting density, at its median, with its width.
struct bump {
  double centre;
  double width;
  double weight;
};

/// How far (in its own widths) a bump may sit from the centre of a sinh-sinh rule and still be
/// integrated at the rule's first levels; farther bumps get their own cut.
constexpr double sinh_sinh_reach = 5.0;
/// A bump farther than this many widths from every cut becomes a cut: a half-line or interval then has
/// its mass at an end, where the double-exponential rules put most of their points. A cut costs a piece
/// (a tanh-sinh rule of at least 55 points), and pays only when the bump would otherwise sit where the
/// rule's abscissas are sparse: tanh-sinh's are dense enough across the middle of an interval, and
/// exp-sinh's, spaced evenly in log(x - end) near t = 1, resolve a bump up to a few widths from the end.
/// Measured on the bench pairs (bench/quadrature_pairs.hpp), KL evaluations with a reach of 1 width
/// against 3: beta(2, 5) || beta(3, 3) 164 against 109, gamma(2, 1) || gamma(3, 2) 161 against 106,
/// lognormal(0, 0.5) || normal(1, 1) 218 against 109; weibull(5, 3) || gamma(9, 0.3), its bump several
/// widths from 0, keeps its cut (310; 390 whole, with a reach of 5). Over all the pairs: 7623
/// evaluations with a reach of 1, 6921 with 2, 6907 with 3 or 4, 6987 with 5 or more.
constexpr double cut_reach = 3.0;

/// Below this k, a singular end puts mass beyond the reach of quadrature in x (the mass within d of the
/// end is about d^k: (1e-300)^0.01 = 1e-3), so the distances up to a width from such an end are
/// integrated in u = ln|x - end| instead (integrate_log_distance), where they are an exponential tail.
constexpr double weak_power = 0.1;

/// Where to split and how to scale, for integrands weighted by the densities in `weights` (P alone for
/// h, H and KL; P and Q for JS) with kinks, jumps or singular points wherever any of `all` has one.
layout plan_cuts(interval range, const std::vector<const density*>& weights, const std::vector<const density*>& all) {
  layout out;
  integration_plan& plan = out.plan;
  plan.range = range;
  for (const density* d : all)
    for (double b : breakpoints(*d)) {
      // A point where a density is infinite (gamma with shape < 1 at 0, beta with a < 1 at 0 or b < 1 at 1)
      if (d->logpdf(b) == inf) plan.singularities.push_back(b);
      if (b > range.lower && b < range.upper) plan.breakpoints.push_back(b);
    }

  std::vector<bump> bumps;
  for (const density* d : weights)
    for (const auto& part : d->parts()) {
      const density one(part.family);
      const bump b{centre(one), scale(one), part.weight / static_cast<double>(weights.size())};
      if (std::isfinite(b.centre) && b.centre >= range.lower && b.centre <= range.upper) bumps.push_back(b);
    }
  std::stable_sort(bumps.begin(), bumps.end(), [](const bump& a, const bump& b) { return a.weight > b.weight; });
  plan.scale = inf;
  for (const bump& b : bumps) plan.scale = std::min(plan.scale, b.width);
  if (!(plan.scale > 0 && std::isfinite(plan.scale))) plan.scale = 1.0;

  // Singular ends of the weighting densities: strong ones (k < weak_power) get a log-distance piece
  // once the cuts are known (see carve_log_pieces), the others stay in x.
  for (const density* d : weights)
    for (const auto& part : d->parts())
      for (const double e : {0.0, 1.0}) {
        const double k = end_power(part.family, e);
        if (!(k < 1) || !(e >= range.lower && e <= range.upper)) continue;
        const double side = (e == 1.0) ? -1.0 : 1.0;
        out.ends.push_back({e, k, side, part.weight / static_cast<double>(weights.size()), &part.family});
      }
  if (bumps.empty()) return out;

  // A part of Q much narrower than P, or far out in a heavy tail of P, puts a sharp feature into log q
  // where P still has mass (a peak of width 1e-5 at 1000 under a Cauchy P of width 1): quadrature sees
  // it only from a piece's end, so its centre becomes a cut. Elsewhere (near P's mass and of its size,
  // or beyond a light tail, where p has vanished) the rules are left as they were.
  bool heavy_weights = false;
  for (const density* d : weights)
    heavy_weights = heavy_weights || std::isfinite(left_tail(*d).moments) || std::isfinite(right_tail(*d).moments);
  // An algebraic tail converges more slowly than the quadratic order the error model assumes (quadrature.hpp)
  plan.algebraic = heavy_weights;
  for (const density* d : all) {
    if (std::find(weights.begin(), weights.end(), d) != weights.end()) continue;
    for (const auto& part : d->parts()) {
      const density one(part.family);
      const double c = centre(one), w = scale(one);
      if (!(std::isfinite(c) && c > range.lower && c < range.upper)) continue;
      const bool far = std::all_of(bumps.begin(), bumps.end(),
                                   [&](const bump& b) { return std::abs(c - b.centre) > 10 * b.width; });
      if (w < 0.1 * plan.scale || (far && heavy_weights)) plan.breakpoints.push_back(c);
    }
  }

  // The whole line with nothing to split at: one sinh-sinh rule about the weighted mean of the bumps,
  // if every bump lies within its reach.
  if (std::isinf(range.lower) && std::isinf(range.upper) && plan.breakpoints.empty()) {
    double total = 0, mean = 0;
    for (const bump& b : bumps) {
      total += b.weight;
      mean += b.weight * b.centre;
    }
    plan.centre = mean / total;
    const bool reached = std::all_of(bumps.begin(), bumps.end(), [&](const bump& b) {
      return std::abs(b.centre - plan.centre) <= sinh_sinh_reach * b.width;
    });
    if (reached) return out;
    plan.centre = bumps.front().centre;
    plan.breakpoints.push_back(bumps.front().centre);
  }

  // Otherwise each bump far from every cut becomes a cut, heaviest first.
  std::vector<double> cuts = plan.breakpoints;
  if (std::isfinite(range.lower)) cuts.push_back(range.lower);
  if (std::isfinite(range.upper)) cuts.push_back(range.upper);
  for (const bump& b : bumps) {
    if (!(b.centre > range.lower && b.centre < range.upper)) continue;
    double nearest = inf;
    for (double x : cuts) nearest = std::min(nearest, std::abs(x - b.centre));
    if (nearest > cut_reach * b.width) {
      plan.breakpoints.push_back(b.centre);
      cuts.push_back(b.centre);
    }
  }
  plan.centre = bumps.front().centre;
  return out;
}

/// Gives each strong singular end (k < weak_power) a log-distance piece reaching a width from the end,
/// or half-way to the next cut if that is nearer, and keeps the weaker ones for the error estimate.
layout carve_log_pieces(layout l) {
  std::vector<singular_end> kept;
  for (const singular_end& e : l.ends) {
    if (e.k >= weak_power) {
      kept.push_back(e);
      continue;
    }
    // One piece per end and side: a second part singular there only sharpens its scale.
    auto same = std::find_if(l.log_pieces.begin(), l.log_pieces.end(),
                             [&](const log_piece& p) { return p.end == e.end && p.side == e.side; });
    if (same != l.log_pieces.end()) {
      same->scale = std::max(same->scale, 1 / e.k);
      continue;
    }
    double room = e.side > 0 ? l.plan.range.upper - e.end : e.end - l.plan.range.lower;
    for (double b : l.plan.breakpoints)
      if ((b - e.end) * e.side > 0) room = std::min(room, 0.5 * std::abs(b - e.end));
    for (const singular_end& other : l.ends)
      if ((other.end - e.end) * e.side > 0) room = std::min(room, 0.5 * std::abs(other.end - e.end));
    l.log_pieces.push_back({e.end, e.side, std::min(l.plan.scale, room), 1 / e.k});
  }
  l.ends = kept;
  return l;
}

/// The heavy family of a weighting density (Student's t or Cauchy, alone) with its centre and its tail
/// index v (E|X|^a finite for a < v), or nothing.
std::optional<families::heavy> heavy_family(const density& p) {
  if (!p.is_family()) return std::nullopt;
  return families::heavy_family(p.parts().front().family, scale(p));
}

/// A slow tail decays like |x|^-(1 + d) with d = v - growth (the tail index of P less the power with which
/// |log q| grows: 0 for h(P) and for a logarithmic q). With d < 1 quadrature in x cannot follow it to
/// 1e-9; the line beyond R = 8 widths from the centre (and beyond every cut) then goes to two tail pieces
/// in u = ln|x - centre|, where the integrand is an exponential e^{-d u}.
constexpr double slow_tail = 1.0;

}  // namespace

layout plan_for(interval range, const std::vector<const density*>& weights, const std::vector<const density*>& all,
                double growth) {
  layout l = carve_log_pieces(plan_cuts(range, weights, all));
  if (weights.size() != 1 || !std::isinf(range.lower) || !std::isinf(range.upper)) return l;
  const auto h = heavy_family(*weights.front());
  if (!h || !(h->index - growth < slow_tail) || !(h->index - growth > 0)) return l;
  double reach = 8 * h->width;
  for (double b : l.plan.breakpoints) reach = std::max(reach, 2 * std::abs(b - h->centre));
  l.plan.range = {h->centre - reach, h->centre + reach};
  l.plan.singularities.clear();
  const double scale = 1 / (h->index - growth);
  l.tails = {{h->centre, -1.0, reach, scale}, {h->centre, 1.0, reach, scale}};
  return l;
}


/// The range less the log-distance pieces: the intervals left to quadrature in x.
std::vector<interval> x_ranges(const layout& l) {
  std::vector<interval> holes;
  for (const log_piece& p : l.log_pieces)
    holes.push_back(p.side > 0 ? interval{p.end, p.end + p.length} : interval{p.end - p.length, p.end});
  std::sort(holes.begin(), holes.end(), [](const interval& a, const interval& b) { return a.lower < b.lower; });
  std::vector<interval> left;
  double from = l.plan.range.lower;
  for (const interval& h : holes) {
    if (h.lower > from) left.push_back({from, h.lower});
    from = std::max(from, h.upper);
  }
  if (l.plan.range.upper > from) left.push_back({from, l.plan.range.upper});
  return left;
}

/// Adds the integrators r used that `into` does not list yet.
void merge_integrators(result& into, const result& r) {
  for (const std::string& i : r.integrators)
    if (std::find(into.integrators.begin(), into.integrators.end(), i) == into.integrators.end())
      into.integrators.push_back(i);
}

}  // namespace info::detail
