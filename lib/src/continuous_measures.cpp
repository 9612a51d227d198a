/// \file continuous_measures.cpp
/// \brief Entropy, cross-entropy, KL and JS of densities: each integrated from its own definition.
///
/// The integrands are written in log space. With \f$\ell_p = \log p\f$ and \f$\ell_q = \log q\f$ from the
/// analytic log-densities,
/// \f[ h: -e^{\ell_p}\ell_p, \qquad H: -e^{\ell_p}\ell_q, \qquad \mathrm{KL}: e^{\ell_p}(\ell_p - \ell_q), \f]
/// so a ratio p/q is never formed: far in a tail both p and q underflow while \f$\ell_p - \ell_q\f$ is an
/// ordinary number. Where \f$e^{\ell_p}\f$ underflows the term is below anything a double can add to the
/// sum, and the integrand is 0. For JS, with \f$\delta = \ell_q - \ell_p\f$ and
/// \f$m = (p+q)/2\f$, \f$\log(p/m) = \ln 2 - \log(1 + e^{\delta})\f$, evaluated as a softplus that never
/// overflows, so disjoint supports give exactly \f$\tfrac12 p\ln 2\f$.
///
/// Infinite values are decided before any quadrature (why_infinite): a support of P that Q does not cover,
/// or a tail of P too heavy for Q's. Quadrature could not tell: on \f$\mathrm{KL}(\text{Cauchy}\,\|\,\text{normal})\f$
/// the integrators return a finite number with a modest error estimate.
///
/// The layout of each quadrature (plan_for) follows the mass and the non-smooth points. Support ends and
/// kinks of either density are always cuts. Each part of the weighting density (P; P and Q for JS) is a
/// bump at its median with its width. On the whole line with nothing to cut and every bump within five
/// widths of their weighted mean, one sinh-sinh rule about that mean does it all (277 evaluations for a
/// normal, and for the two-bump mixture of the forward/reverse-KL lesson); otherwise a bump more than a
/// width from every cut becomes a cut, so that each piece has its mass at an end. A support end where a
/// density behaves like \f$x^{k-1}\f$ with k < 0.1 has mass below the smallest double; the distances up to a
/// width from it are integrated in \f$u = \ln|x - \text{end}|\f$ instead. What quadrature in x cannot reach
/// at milder singular ends is estimated and added to the error (unreachable). A part of Q much narrower
/// than P, or far out in a heavy tail of P, is a cut too; the slow tails of Student's t and Cauchy beyond
/// eight widths are integrated in \f$u = \ln|x - \text{centre}|\f$ (tail_piece).
///
/// A single family whose scale is extreme (normal(0, 1e-300), gamma(7, 1e-94)) or a far or wide lognormal
/// is integrated in its frame (framed_expectation), where it is an ordinary density. And what quadrature
/// still cannot resolve is refused, never printed: info::unresolved, from the family's own limits
/// (families::beyond_quadrature) or from the result itself (settled).

#include "info/continuous_measures.hpp"

#include "families.hpp"
#include "info/error.hpp"
#include "info/quadrature.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <numbers>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace info {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

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
/// its mass at an end, where the double-exponential rules put most of their points.
constexpr double cut_reach = 1.0;

using families::end_mass;
using families::end_power;

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
/// Below this k, a singular end puts mass beyond the reach of quadrature in x (the mass within d of the
/// end is about d^k: (1e-300)^0.01 = 1e-3), so the distances up to a width from such an end are
/// integrated in u = ln|x - end| instead (integrate_log_distance), where they are an exponential tail.
constexpr double weak_power = 0.1;

/// Distances (0, length] from `end` on the side `side`, integrated in u = ln|x - end| with scale 1/k.
struct log_piece {
  double end;
  double side;
  double length;
  double scale;
};

/// An integration plan over the range, the pieces carved out of it to be integrated in log-distance,
/// and the singular ends left to quadrature in x, whose unreachable mass goes into the error.
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

struct layout {
  integration_plan plan;
  std::vector<log_piece> log_pieces;
  std::vector<singular_end> ends;
  std::vector<tail_piece> tails;
};

/// Where to split and how to scale, for integrands weighted by the densities in `weights` (P alone for
/// h, H and KL; P and Q for JS) with kinks, jumps or singular points wherever any of `all` has one.
layout plan_cuts(interval range, const std::vector<const density*>& weights, const std::vector<const density*>& all) {
  layout out;
  integration_plan& plan = out.plan;
  plan.range = range;
  for (const density* d : all)
    for (double b : d->breakpoints()) {
      // A point where a density is infinite (gamma with shape < 1 at 0, beta with a < 1 at 0 or b < 1 at 1)
      if (d->logpdf(b) == inf) plan.singularities.push_back(b);
      if (b > range.lower && b < range.upper) plan.breakpoints.push_back(b);
    }

  std::vector<bump> bumps;
  for (const density* d : weights)
    for (const auto& part : d->parts()) {
      const density one(part.family);
      const bump b{one.centre(), one.scale(), part.weight / static_cast<double>(weights.size())};
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
    heavy_weights = heavy_weights || std::isfinite(d->left_tail().moments) || std::isfinite(d->right_tail().moments);
  for (const density* d : all) {
    if (std::find(weights.begin(), weights.end(), d) != weights.end()) continue;
    for (const auto& part : d->parts()) {
      const density one(part.family);
      const double c = one.centre(), w = one.scale();
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
  return families::heavy_family(p.parts().front().family, p.scale());
}

/// A slow tail decays like |x|^-(1 + d) with d = v - growth (the tail index of P less the power with which
/// |log q| grows: 0 for h(P) and for a logarithmic q). With d < 1 quadrature in x cannot follow it to
/// 1e-9; the line beyond R = 8 widths from the centre (and beyond every cut) then goes to two tail pieces
/// in u = ln|x - centre|, where the integrand is an exponential e^{-d u}.
constexpr double slow_tail = 1.0;

layout plan_for(interval range, const std::vector<const density*>& weights, const std::vector<const density*>& all,
                double growth = 0.0) {
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

/// Integrates over the layout: quadrature in x over what is left of the range, in log-distance over the
/// carved pieces. `in_x(anchor, offset)` and `in_u(end, side, u)` are the integrand in each variable
/// (the latter times the Jacobian e^u). Values, errors and evaluations add; methods are listed once.
/// Adds the integrators r used that `into` does not list yet.
void merge_integrators(result& into, const result& r) {
  for (const std::string& i : r.integrators)
    if (std::find(into.integrators.begin(), into.integrators.end(), i) == into.integrators.end())
      into.integrators.push_back(i);
}

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
    const double mass = e.weight * end_mass(*e.family, e.end, delta);
    if (mass > 0) total += mass * (magnitude(e.end, e.side * delta) + 1 / e.k);
  }
  return total;
}

result converted(const result& nats, base b) {
  result r = nats;
  r.value = from_nats(nats.value, b);
  r.error = from_nats(nats.error, b);
  return r;
}

/// +infinity, decided from the supports or tails ("support", "tail") or found by quadrature ("overflow").
result infinite(const char* reason) {
  result r;
  r.value = inf;
  r.method = std::string_view(reason) == "overflow" ? method::quadrature : method::analytic;
  r.reason = reason;
  return r;
}

std::string shown(const interval& s) {
  return (std::isinf(s.lower) ? "(" : "[") + detail::shortest(s.lower) + ", " + detail::shortest(s.upper) +
         (std::isinf(s.upper) ? ")" : "]");
}

std::string shown(const std::vector<interval>& pieces) {
  std::string text;
  for (const auto& s : pieces) text += (text.empty() ? "" : " and ") + shown(s);
  return text;
}

/// True when every piece of P's support lies inside one piece of Q's.
bool covered(const std::vector<interval>& p, const std::vector<interval>& q) {
  return std::all_of(p.begin(), p.end(), [&](const interval& s) {
    return std::any_of(q.begin(), q.end(), [&](const interval& t) { return t.contains(s); });
  });
}

/// True when the supports overlap in more than single points.
bool overlap(const std::vector<interval>& p, const std::vector<interval>& q) {
  for (const auto& s : p)
    for (const auto& t : q)
      if (std::max(s.lower, t.lower) < std::min(s.upper, t.upper)) return true;
  return false;
}

std::string power(double growth) {
  return growth == 0 ? "a logarithm of |x|" : "|x|^" + detail::shortest(growth);
}

/// ln(1 + e^u), for any u, without overflow.
double softplus(double u) { return u > 0 ? u + std::log1p(std::exp(-u)) : std::log1p(std::exp(u)); }

/// Integrates a P-weighted integrand g(p, lp, lq) over P's support, or returns +infinity when log q is
/// -infinity at a point where P has mass. Q's support covers P's by then (infinite_reason), so this is
/// log q overflowing inside it, as for Q = normal(0, 1e-300) at x = 1 where log q = -5e599: the value
/// is finite but beyond the largest double, and +infinity is its rounding (method "overflow").
template <class G>
result expectation_under_p(const density& p, const density& q, G g) {
  bool overflow = false;
  // |log q| grows like |x|^growth in Q's tails (0 for a logarithm), which slows the integrand's decay
  const tail ql = q.left_tail(), qr = q.right_tail();
  const double growth = std::max(ql.present ? ql.growth : 0.0, qr.present ? qr.growth : 0.0);
  const layout l = plan_for(p.support(), {&p}, {&p, &q}, growth);
  // lp, lq at a point, and the log of the Jacobian (0 in x, u in log-distance).
  auto at = [&](double lp, double lq, double log_jacobian) {
    if (lp == -inf || lp == inf) return 0.0;  // outside P's support, or one singular point
    const double pp = std::exp(lp + log_jacobian);
    if (pp == 0) return 0.0;  // below the last bit of the sum
    if (lq == -inf) {
      overflow = true;
      return 0.0;
    }
    if (lq == inf) return 0.0;  // a singular point of q: a single point carries no mass
    return g(pp, lp, lq);
  };
  result r = integrate_layout(
      l, [&](double a, double o) { return at(p.logpdf_near(a, o), q.logpdf_near(a, o), 0.0); },
      [&](double e, double side, double u) {
        return at(p.logpdf_log_distance(e, side, u), q.logpdf_log_distance(e, side, u), u);
      });
  if (overflow) {
    const long n = r.evaluations;
    r = infinite("overflow");
    r.evaluations = n;
    return r;
  }
  r.error += unreachable(l, [&](double anchor, double offset) {
    return std::abs(p.logpdf_near(anchor, offset)) + std::abs(q.logpdf_near(anchor, offset));
  });
  return r;
}

// ---------------------------------------------------------------------------------------------------
// Frames. A density of width 1e-300 has p = 1e300 and overflows the double range long before its
// entropy (-690 nats) does anything unusual; a lognormal of sigma 1e-300 lives within 1e-300 of e^mu,
// where doubles cannot place a single abscissa. Such a family is integrated in a frame: x = c + s z with
// P moved into z (the same family with its location and scale divided out: normal(0, 1e-300) becomes
// normal(0, 1), gamma(7, 1e-94) becomes gamma(7, 1)), or, for a lognormal, z = (ln x - mu)/sigma, in
// which it is normal(0, 1). log p(x) = log p_z(z) - log|dx/dz| is carried exactly, and every tool of
// quadrature in x (cuts, singular ends in log-distance) works on the moved density.

using families::frame;

/// A density seen in a frame, when every part moves; the moved parameters must still be valid.
std::optional<density> moved(const density& q, const frame& fr) {
  std::vector<component> parts;
  try {
    for (const auto& part : q.parts()) {
      auto f = families::moved(part.family, fr);
      if (!f) return std::nullopt;
      parts.push_back({part.weight, *f});
    }
    if (parts.size() == 1) return density(parts.front().family);
    return density::mixture(std::move(parts));
  } catch (const std::exception&) {
    return std::nullopt;  // a moved parameter left the double range: evaluate q at x instead
  }
}

/// The frame of a single family whose scale is too small or too large for quadrature in x, as its family
/// decides (families::frame_of); nothing for a mixture or for the others, whose layout in x the lessons'
/// evaluation counts document.
std::optional<frame> frame_of(const density& p) {
  if (!p.is_family()) return std::nullopt;
  return families::frame_of(p.parts().front().family);
}

/// \f$E_P[g]\f$ in P's frame: g(w, lp, lq) with w the weight of the point in the frame's measure
/// (p_z dz), lp = log p(x) and lq = log q(x) at the point's x. Q's kinks and ends become cuts in z. Q is
/// moved into the frame when it can be (exact however narrow both are); otherwise log q is taken at x.
/// With `overflow` set, a point where log q = -infinity inside Q's support (log q below the double
/// range) stops the sum there and raises the flag, as in expectation_under_p; without it, g sees it.
template <class G>
result framed_expectation(const frame& f, const density& p, const density& q, G g, bool* overflow = nullptr) {
  const density pz = *moved(p, f);
  const std::optional<density> qz = moved(q, f);
  layout l = plan_for(pz.support(), {&pz}, qz ? std::vector<const density*>{&pz, &*qz} : std::vector<const density*>{&pz});
  if (!qz)
    for (double b : q.breakpoints()) {
      const double zb = f.to_z(b);
      if (std::isfinite(zb) && zb > l.plan.range.lower && zb < l.plan.range.upper) l.plan.breakpoints.push_back(zb);
    }
  // log q at the point z = anchor + offset (or anchor + side e^u)
  auto lq_at = [&](double zv, double lqz) { return qz ? lqz - f.log_jacobian(zv) : q.logpdf(f.x(zv)); };
  auto at = [&](double zv, double lpz, double lqz, double log_w) {
    if (lpz == -inf || lpz == inf) return 0.0;
    const double w = std::exp(lpz + log_w);
    if (w == 0) return 0.0;
    const double lq = lq_at(zv, lqz);
    if (overflow && lq == -inf) {
      *overflow = true;
      return 0.0;
    }
    if (lq == inf) return 0.0;  // a singular point of q carries no mass
    return g(w, lpz - f.log_jacobian(zv), lq);
  };
  return integrate_layout(
      l,
      [&](double a, double o) {
        return at(a + o, pz.logpdf_near(a, o), qz ? qz->logpdf_near(a, o) : 0.0, 0.0);
      },
      [&](double e, double side, double u) {
        return at(e + side * std::exp(u), pz.logpdf_log_distance(e, side, u),
                  qz ? qz->logpdf_log_distance(e, side, u) : 0.0, u);
      });
}

/// framed_expectation for H and KL: +infinity ("overflow") where log q fell below the double range.
template <class G>
result framed_with_overflow(const frame& f, const density& p, const density& q, G g) {
  bool overflow = false;
  result r = framed_expectation(f, p, q, g, &overflow);
  if (!overflow) return r;
  const long n = r.evaluations;
  r = infinite("overflow");
  r.evaluations = n;
  return r;
}

/// A quadrature result the library stands behind, or info::unresolved: the integrator threw, or gave a
/// value that is not finite for a quantity whose supports and tails make it finite (+infinity from an
/// overflow of log q is the rounding of a finite value beyond the double range, and stays), or an error
/// estimate as large as the value itself (and above 1e-12, so that a divergence of 0 +- 1e-16 between
/// equal densities stands).
template <class Compute>
result settled(const std::string& what, std::initializer_list<const density*> densities, Compute compute) {
  result r;
  auto refuse = [&](const std::string& why) {
    throw unresolved(what + ": quadrature cannot resolve it (" + why +
                     "); use a closed form where one exists, or parameters nearer the middle of the double range");
  };
  for (const density* d : densities)
    for (const auto& part : d->parts())
      if (const std::string why = families::beyond_quadrature(part.family); !why.empty()) refuse(why);
  try {
    r = compute();
  } catch (const invalid_input&) {
    throw;
  } catch (const std::exception& e) {
    refuse(std::string("the integrator failed: ") + e.what());
  }
  if (r.method == method::analytic || r.reason == "overflow") return r;  // decided from supports or tails
  if (!std::isfinite(r.value)) refuse("it came out " + detail::shortest(r.value) + " for a finite quantity");
  if (!(r.error <= std::max(std::abs(r.value), 1e-12)))
    refuse("its error estimate " + detail::shortest(r.error) + " is as large as its value " + detail::shortest(r.value));
  return r;
}

std::string named(const char* measure, const density& p) { return std::string(measure) + " of P = " + p.describe(); }
std::string named(const char* measure, const density& p, const density& q) {
  return std::string(measure) + " of P = " + p.describe() + " and Q = " + q.describe();
}

}  // namespace

std::string why_infinite(const density& p, const density& q) {
  const auto ps = p.support_pieces();
  const auto qs = q.support_pieces();
  if (!covered(ps, qs))
    return "the support of Q = " + q.describe() + ", " + shown(qs) + ", does not cover the support of P = " +
           p.describe() + ", " + shown(ps) + ": P has mass where q = 0, and -log q is infinite there";
  const struct {
    const char* name;
    tail tp, tq;
  } sides[] = {{"left", p.left_tail(), q.left_tail()}, {"right", p.right_tail(), q.right_tail()}};
  for (const auto& side : sides) {
    if (!side.tp.present || !side.tq.present) continue;
    if (side.tq.growth > 0 && side.tq.growth >= side.tp.moments)
      return std::string("P's ") + side.name + " tail is too heavy for Q's: E|X|^a under P = " + p.describe() +
             " is finite only for a < " + detail::shortest(side.tp.moments) + ", while -log q for Q = " +
             q.describe() + " grows like " + power(side.tq.growth) + ", so E_P[-log q] diverges";
  }
  return "";
}

namespace {
result entropy_by_quadrature(const density& p, base b) {
  if (const auto f = frame_of(p))
    return converted(framed_expectation(*f, p, p, [](double pz, double lp, double) { return -pz * lp; }), b);
  const layout l = plan_for(p.support(), {&p}, {&p});
  auto at = [](double lp, double log_jacobian) {
    if (lp == -inf || lp == inf) return 0.0;
    return -std::exp(lp + log_jacobian) * lp;
  };
  result r = integrate_layout(
      l, [&](double a, double o) { return at(p.logpdf_near(a, o), 0.0); },
      [&](double e, double side, double u) { return at(p.logpdf_log_distance(e, side, u), u); });
  r.error += unreachable(l, [&](double anchor, double offset) { return std::abs(p.logpdf_near(anchor, offset)); });
  return converted(r, b);
}

/// "support" or "tail" when E_P[-log q] is infinite, else nullptr.
const char* infinite_reason(const density& p, const density& q) {
  if (!covered(p.support_pieces(), q.support_pieces())) return "support";
  return why_infinite(p, q).empty() ? nullptr : "tail";
}

result cross_entropy_by_quadrature(const density& p, const density& q, base b) {
  if (const char* why = infinite_reason(p, q)) return infinite(why);
  const auto g = [](double pp, double, double lq) { return -pp * lq; };
  if (const auto f = frame_of(p)) return converted(framed_with_overflow(*f, p, q, g), b);
  return converted(expectation_under_p(p, q, g), b);
}

result kl_divergence_by_quadrature(const density& p, const density& q, base b) {
  if (const char* why = infinite_reason(p, q)) return infinite(why);
  const auto g = [](double pp, double lp, double lq) { return pp * (lp - lq); };
  if (const auto f = frame_of(p)) return converted(framed_with_overflow(*f, p, q, g), b);
  return converted(expectation_under_p(p, q, g), b);
}

result js_divergence_by_quadrature(const density& p, const density& q, base b) {
  const auto ps = p.support_pieces();
  const auto qs = q.support_pieces();
  if (!overlap(ps, qs)) {
    // p m = 0 wherever q > 0 and back: each half is (1/2) ln 2 exactly.
    result r;
    r.value = from_nats(std::numbers::ln2, b);
    r.method = method::analytic;
    r.reason = "disjoint supports";
    return r;
  }
  const auto fp = frame_of(p);
  const auto fq = frame_of(q);
  if (fp || fq) {
    // JS = ln 2 - (1/2) E_P[softplus(lq - lp)] - (1/2) E_Q[softplus(lp - lq)]: each half an expectation
    // under one distribution, taken in that distribution's own frame when it has one, so that a lognormal
    // of width 1e-300 beside normal(0, 1) gives ln 2 - 1e-290, not 5.7e282. (The absolute error is the
    // quadratures'; JS lies in [0, ln 2], where that is what counts.)
    // The ln 2 of each half is its weight's total mass, exactly 1: only the softplus parts are
    // integrated, so nearly disjoint densities give ln 2 less a tiny integral, not ln 2 times a quadrature
    // of 1 that is off in its last digits.
    auto half = [](double w, double lw, double lo) {
      if (lw == -inf || lo == -inf) return 0.0;
      return -w * softplus(lo - lw);
    };
    auto under = [&](const density& w, const std::optional<frame>& fw, const density& other) {
      if (fw) return framed_expectation(*fw, w, other, half);
      const layout l = plan_for(w.support(), {&w}, {&w, &other});
      auto at = [&](double lw, double lo, double log_jacobian) {
        if (lw == -inf || lw == inf || lo == inf) return 0.0;
        return half(std::exp(lw + log_jacobian), lw, lo);
      };
      return integrate_layout(
          l, [&](double a, double o) { return at(w.logpdf_near(a, o), other.logpdf_near(a, o), 0.0); },
          [&](double e, double side, double u) {
            return at(w.logpdf_log_distance(e, side, u), other.logpdf_log_distance(e, side, u), u);
          });
    };
    result r = under(p, fp, q);
    const result rq = under(q, fq, p);
    r.value = std::numbers::ln2 + 0.5 * (r.value + rq.value);
    r.error = 0.5 * (r.error + rq.error);
    r.evaluations += rq.evaluations;
    merge_integrators(r, rq);
    return converted(r, b);
  }
  const interval sp = p.support();
  const interval sq = q.support();
  const interval hull{std::min(sp.lower, sq.lower), std::max(sp.upper, sq.upper)};
  const layout l = plan_for(hull, {&p, &q}, {&p, &q});
  constexpr double ln2 = std::numbers::ln2;
  auto at = [](double lp, double lq, double log_jacobian) {
    if (lp == inf || lq == inf) return 0.0;  // a singular point carries no mass
    // (1/2) p log(p/m) + (1/2) q log(q/m), with log(p/m) = ln 2 - softplus(lq - lp).
    double sum = 0;
    if (lp > -inf) {
      const double pp = std::exp(lp + log_jacobian);
      if (pp > 0) sum += pp * (ln2 - (lq == -inf ? 0.0 : softplus(lq - lp)));
    }
    if (lq > -inf) {
      const double qq = std::exp(lq + log_jacobian);
      if (qq > 0) sum += qq * (ln2 - (lp == -inf ? 0.0 : softplus(lp - lq)));
    }
    return 0.5 * sum;
  };
  result r = integrate_layout(
      l, [&](double a, double o) { return at(p.logpdf_near(a, o), q.logpdf_near(a, o), 0.0); },
      [&](double e, double side, double u) {
        return at(p.logpdf_log_distance(e, side, u), q.logpdf_log_distance(e, side, u), u);
      });
  // Each half of the integrand is at most p ln 2 (or q ln 2).
  r.error += unreachable(l, [](double, double) { return ln2; });
  return converted(r, b);
}

}  // namespace

result entropy(const density& p, base b) {
  return settled(named("h(P)", p), {&p}, [&] { return entropy_by_quadrature(p, b); });
}

result cross_entropy(const density& p, const density& q, base b) {
  return settled(named("H(P,Q)", p, q), {&p, &q}, [&] { return cross_entropy_by_quadrature(p, q, b); });
}

result kl_divergence(const density& p, const density& q, base b) {
  return settled(named("KL(P||Q)", p, q), {&p, &q}, [&] { return kl_divergence_by_quadrature(p, q, b); });
}

result js_divergence(const density& p, const density& q, base b) {
  return settled(named("JS(P,Q)", p, q), {&p, &q}, [&] { return js_divergence_by_quadrature(p, q, b); });
}

result js_distance(const density& p, const density& q, base b) {
  result r = js_divergence(p, q, b);
  const double js = std::max(0.0, r.value);  // a rounding below 0 when P = Q
  r.value = std::sqrt(js);
  // |sqrt(v + e) - sqrt(v)| <= min(e / (2 sqrt v), sqrt e)
  r.error = js > 0 ? std::min(r.error / (2 * r.value), std::sqrt(r.error)) : std::sqrt(r.error);
  return r;
}

}  // namespace info
