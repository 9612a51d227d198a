/// \file quadrature.cpp
/// \brief Double-exponential quadrature split at breakpoints, with the integrator chosen by the piece.
///
/// The three Boost.Math integrators are the same idea (tanh-sinh) fitted to three kinds of interval:
/// tanh_sinh on [a, b], exp_sinh on [a, infinity), sinh_sinh on the whole line. All converge
/// double-exponentially for integrands analytic inside the piece, even with integrable singularities
/// at its ends, and lose that speed at an interior kink or jump: hence the split at breakpoints.
///
/// Infinite pieces are integrated in a scaled variable \f$t = (x - \text{end})/s\f$ (or
/// \f$(x - \text{centre})/s\f$): the integrators' abscissas are laid out for features of size about 1,
/// so a density of width 0.01 at 100 must be seen through t, not x.
///
/// None of the integrators reports how often it called f, and none throws when it misses the tolerance;
/// f is wrapped to count, and the error estimates are summed into the result for the caller to judge.

#include "info/detail/quadrature.hpp"

#include "text.hpp"

#include <boost/math/quadrature/exp_sinh.hpp>
#include <boost/math/quadrature/sinh_sinh.hpp>
#include <boost/math/quadrature/tanh_sinh.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace info::detail {

namespace {

namespace bq = boost::math::quadrature;

constexpr double inf = std::numeric_limits<double>::infinity();

/// The integrators, built once: their constructors tabulate abscissas and weights for the first levels
/// (later levels are added on demand, under Boost's own lock, which is why integrate() is not const).
/// Refinement limits: each level doubles the evaluations, so these cap a hopeless piece at a few
/// thousand evaluations instead of letting it run on (its error estimate then says so).
/// Two tanh-sinh rules: one whose abscissas reach within the smallest double of an end, for integrands
/// with an integrable singularity there (p ~ x^(a-1) with a < 1 needs them: the mass within d of the end
/// is d^a), and one that stops at 1e-20 (relative to the half-length), which for a bounded integrand
/// loses nothing and saves about half of the evaluations.
bq::tanh_sinh<double>& tanh_sinh_rule(bool singular_end) {
  static bq::tanh_sinh<double> fine(10, 4 * std::numeric_limits<double>::min());
  static bq::tanh_sinh<double> coarse(10, 1e-20);
  return singular_end ? fine : coarse;
}
bq::exp_sinh<double>& exp_sinh_rule() {
  static bq::exp_sinh<double> rule(9);
  return rule;
}
bq::sinh_sinh<double>& sinh_sinh_rule() {
  static bq::sinh_sinh<double> rule(9);
  return rule;
}

/// Counts evaluations and keeps non-finite values away from Boost (which would throw), remembering them.
/// Keeps every value with its point: Boost's levels nest (each adds the midpoints of the last), so a piece
/// integrated again to a tighter tolerance (see run) pays only for its new level. Values are appended as
/// they come (a vector, no allocation per point); recall() sorts them for look-up before such a rerun.
struct guarded_integrand {
  const std::function<double(double, double)>& f;
  long evaluations = 0;
  bool plus_infinity = false;
  bool minus_infinity = false;
  bool nan = false;
  double bad_x = 0;

  struct point {
    double anchor, offset, value;
  };
  std::vector<point> seen{};  // every evaluation; the first `sorted` sorted by (anchor, offset)
  std::size_t sorted = 0;

  double operator()(double anchor, double offset) {
    if (sorted > 0) {
      const auto end = seen.begin() + static_cast<std::ptrdiff_t>(sorted);
      const auto at = std::lower_bound(seen.begin(), end, point{anchor, offset, 0.0}, before);
      if (at != end && at->anchor == anchor && at->offset == offset) return at->value;
    }
    const double y = value(anchor, offset);
    seen.push_back({anchor, offset, y});
    return y;
  }

  /// Makes every value so far available to the next integration.
  void recall() {
    std::sort(seen.begin(), seen.end(), before);
    sorted = seen.size();
  }

  static bool before(const point& a, const point& b) {
    return a.anchor < b.anchor || (a.anchor == b.anchor && a.offset < b.offset);
  }

  double value(double anchor, double offset) {
    ++evaluations;
    const double y = f(anchor, offset);
    if (std::isfinite(y)) return y;
    if (std::isnan(y)) {
      if (!nan) bad_x = anchor + offset;
      nan = true;
    } else if (y > 0) {
      plus_infinity = true;
      bad_x = anchor + offset;
    } else {
      minus_infinity = true;
      bad_x = anchor + offset;
    }
    return 0.0;
  }
};

struct piece_result {
  double value = 0;
  double error = 0;
  double l1 = 0;
};

/// The error model. Boost's rules halve their step h at each level and stop when the change between the
/// last two levels, delta = |I_k - I_{k-1}|, is below tolerance times the L1 norm. For an integrand
/// analytic in a strip about the piece, the error of a double-exponential rule falls like exp(-c/h), so
/// each level about squares the relative error: e_k ~ e_{k-1}^2. delta is about e_{k-1} (e_k is far
/// smaller), so it bounds the error of the level before the last, and the last level's own error is about
/// delta^2 / |I|. Hence the tolerance sqrt(epsilon) (quadrature.hpp): a change of sqrt(epsilon) leaves the
/// last level near epsilon, and asking for less buys a level that only confirms what is already there.
///
/// The model holds once a rule is in its convergent phase, and the estimate is built to fail safe:
/// - exp-sinh and sinh-sinh may stop at level 2 or 3, before that phase (chi_squared(2.94) stopped at level
///   3 of exp-sinh with delta = 1.2e-8 and an actual error of 3e-9): a piece that stops at or below
///   `first_level` is taken one level further (tanh-sinh always computes four, its own safeguard); the
///   memo makes the levels already computed free. For sinh-sinh that is level 4 too: KL(normal(2.596,
///   0.611) || normal(-2.925, 0.427)) = 83.57 stopped there after 87 evaluations with delta = 8.7e-7 and
///   an actual error of 6.4e-10 (order 1.4), and is right to 3e-15 one level on (151 evaluations);
/// - orders seen are 1.7 to 2 (rayleigh(1) || weibull(1.5, 1): delta = 7e-9, actual error 8e-15), so the
///   estimate assumes order 3/2: error = delta * sqrt(delta / m), which is at most epsilon^(3/4) L1 =
///   1.8e-12 L1 (the size of the old estimates) while the actual errors on the bench pairs stay below 1e-14;
/// - m = min(L1, |I|): where the integrand mostly cancels (lognormal(0, 1e9) in its frame: L1 ~ 1e9, value
///   22) a change of 1e-9 L1 is not small beside the value, and the estimate stays near delta itself.
/// A piece that misses its tolerance (its level limit, or Boost's tanh-sinh stopping because the change
/// grew) is integrated again to the strict tolerance, as before this scheme, and reports delta; so does a
/// plan whose integrand decays algebraically (`model` false), where the orders are lower.
template <class Call>
piece_result run(guarded_integrand& g, Call call, double tolerance, std::size_t first_level, bool model) {
  double err = 0, l1 = 0;
  std::size_t levels = 0;
  double v = call(tolerance, &err, &l1, &levels);
  if (model && levels <= first_level && err > 0 && err <= tolerance * l1) {
    tolerance = 0.5 * err / l1;  // one level more, at least
    g.recall();
    v = call(tolerance, &err, &l1, &levels);
  }
  if (err > tolerance * l1 && tolerance > strict_tolerance) {
    tolerance = strict_tolerance;
    g.recall();
    v = call(tolerance, &err, &l1, &levels);
  }
  const bool converged = err <= tolerance * l1;
  const double m = std::min(l1, std::abs(v));
  return {v, model && converged && m > 0 ? err * std::min(1.0, std::sqrt(err / m)) : err, l1};
}

/// Half-line abscissas closer than this to a regular end (in t = |x - end|/s) are skipped. exp-sinh
/// reaches t = 1.6e-162 for integrable singularities; at an end where the integrand is bounded, the
/// points below 1e-20 carry at most 1e-20 of its size (the coarse tanh-sinh rule stops there too) and are
/// a quarter of all points: 141 evaluations become 107 for an exponential, 268 become 201 for a normal.
constexpr double near_end = 1e-20;

/// Half-lines are integrated in t = |x - end| / (half_line_scale s). exp-sinh's first levels resolve an
/// integrand that falls off over t of a few units, as e^-t does; a density of width s falls off over a
/// few widths, as a normal's e^(-x^2/2s^2) does, which seen in t = x/s is still a narrow feature in
/// log t (the variable exp-sinh is uniform in near the end) and costs a level more. In t = x/2s the
/// normal half-line converges a level sooner (106 evaluations, not 201) and an exponential one as soon
/// (106, not 107): over the bench pairs 7496 evaluations become 6907, gamma(2, 1) || lognormal(0, 1) and
/// laplace(0, 1) || normal(0, 1) take half as many. A larger multiple helps the kink at a normal's centre
/// too, but at 3 the half-line next to gamma(0.01, 1)'s log-distance piece stops early and 7.9e-14 off
/// beside an estimate of 5e-15: 2 is what the error model was checked with.
constexpr double half_line_scale = 2.0;

/// A finite piece longer than this many widths is a candidate for two half-line rules (see far_apart),
/// or else is cut `shoulder` widths in from each end.
constexpr double long_piece = 1e4;
/// Relative size below which far_apart takes the middle of a long piece for empty: below what the
/// last level of any piece reaches (the 1e-3 of the strict tolerance that far_apart has always used).
constexpr double negligible = 1e-15;
constexpr double shoulder = 1e3;

/// True when [a, b] is more than long_piece widths long and the integrand in its middle (at a quarter,
/// half and three quarters of the way: one point could be a zero crossing), times the length, is
/// negligible beside its size one width in from either end: then the piece is two bumps (or none) at its
/// ends with nothing between. Costs five evaluations of f, which are counted.
bool far_apart(guarded_integrand& g, double a, double b, double s) {
  const double half = b / 2 - a / 2;
  if (!(half > 0.5 * long_piece * s)) return false;
  const double near_a = std::abs(g(a, s));
  const double near_b = std::abs(g(b, -s));
  const double m = a / 2 + b / 2;
  const double middle = std::max({std::abs(g(m, -half / 2)), std::abs(g(m, 0.0)), std::abs(g(m, half / 2))});
  return middle * 2 * half <= negligible * (near_a + near_b) * s;
}

void add_integrator(std::vector<std::string>& integrators, const char* name) {
  if (std::find(integrators.begin(), integrators.end(), name) == integrators.end()) integrators.emplace_back(name);
}

}  // namespace

result integrate(const std::function<double(double, double)>& f, const integration_plan& plan, double tolerance) {
  const double lower = plan.range.lower;
  const double upper = plan.range.upper;
  if (std::isnan(lower) || std::isnan(upper) || lower > upper)
    throw std::invalid_argument("integrate: the range [" + detail::shortest(lower) + ", " + detail::shortest(upper) +
                                "] is not an interval; give lower <= upper");
  if (!(tolerance > 0))
    throw std::invalid_argument("integrate: the tolerance must be positive, got " + detail::shortest(tolerance));
  const double s = (plan.scale > 0 && std::isfinite(plan.scale)) ? plan.scale : 1.0;
  const bool model = !plan.algebraic;
  if (plan.algebraic) tolerance = std::min(tolerance, strict_tolerance);
  const double centre = std::isfinite(plan.centre) ? plan.centre : 0.0;

  // The points that split the range: its finite ends and the breakpoints strictly inside it.
  std::vector<double> cuts;
  for (double b : plan.breakpoints)
    if (std::isfinite(b) && b > lower && b < upper) cuts.push_back(b);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  guarded_integrand g{f};
  std::vector<std::string> integrators;
  piece_result total;

  auto add = [&](const piece_result& p) {
    total.value += p.value;
    total.error += p.error;
    total.l1 += p.l1;
  };
  const auto& sing = plan.singularities;
  auto singular = [&](double x) { return std::find(sing.begin(), sing.end(), x) != sing.end(); };
  // A half-line rule from the end `from` in t = |x - from|/w, w = half_line_scale s, in the direction
  // `side`, up to `reach` (where the integrand is known to be negligible). Its abscissas within near_end
  // of a regular end are skipped (see near_end).
  auto half_line = [&](double from, double side, double reach) {
    const double w = half_line_scale * s;
    const double skip = singular(from) ? 0.0 : near_end;
    return run(
        g, [&](double tol, double* e, double* l, std::size_t* k) {
          return exp_sinh_rule().integrate(
              [&](double t) { return (t < skip || w * t > reach) ? 0.0 : g(from, side * w * t) * w; }, tol, e, l, k);
        },
        tolerance, 3, model);
  };

  if (lower == upper) {
    // An empty range: nothing to integrate.
  } else if (std::isinf(lower) && std::isinf(upper) && cuts.empty()) {
    // The whole line in t = (x - centre)/s.
    add(run(g, [&](double tol, double* e, double* l, std::size_t* k) {
      return sinh_sinh_rule().integrate([&](double t) { return g(centre, s * t) * s; }, tol, e, l, k);
    }, tolerance, 4, model));
    add_integrator(integrators, "sinh-sinh");
  } else {
    std::vector<double> ends;
    ends.push_back(lower);
    ends.insert(ends.end(), cuts.begin(), cuts.end());
    ends.push_back(upper);
    for (std::size_t i = 0; i + 1 < ends.size(); ++i) {
      const double a = ends[i];
      const double b = ends[i + 1];
      if (std::isinf(a)) {
        // (-infinity, b] in t = (b - x)/w.
        add(half_line(b, -1.0, inf));
        add_integrator(integrators, "exp-sinh");
      } else if (std::isinf(b)) {
        // [a, infinity) in t = (x - a)/w.
        add(half_line(a, 1.0, inf));
        add_integrator(integrators, "exp-sinh");
      } else {
        const bool singular_end = singular(a) || singular(b);
        const bool long_one = !singular_end && b / 2 - a / 2 > 0.5 * long_piece * s;
        if (long_one && far_apart(g, a, b, s)) {
          // A piece many widths long whose integrand lives only near its ends (two densities far
          // apart): tanh-sinh would see a bump of width s at an end of a piece of length L only at
          // abscissas within s/L of the end, that is not at all at its first levels, and stop there,
          // wrong but sure of itself. Instead each end gets a half-line rule in t = |x - end|/s, cut
          // off at the midpoint, where the integrand is negligible (far_apart checked that).
          const double half = b / 2 - a / 2;
          add(half_line(a, 1.0, half));
          add(half_line(b, -1.0, std::nextafter(half, 0.0)));
          add_integrator(integrators, "exp-sinh");
        } else {
          // A long piece with something between its ends (heavy tails) is cut a thousand widths in
          // from each end and at its middle, so that each bump sits in a piece of its own size; other
          // pieces are integrated whole.
          std::vector<double> sub{a, b};
          if (long_one) {
            // (far from 0 a shoulder may round onto its end: keep the cuts strictly increasing)
            sub = {a};
            for (double c : {a + shoulder * s, a / 2 + b / 2, b - shoulder * s, b})
              if (c > sub.back()) sub.push_back(c);
          }
          for (std::size_t j = 0; j + 1 < sub.size(); ++j) {
            const double c = sub[j], d = sub[j + 1];
            // Boost's two-argument form hands over xc = c - x (left half) or d - x (right half), exact
            // however close x is to the end, which becomes our anchor and offset.
            add(run(g, [&](double tol, double* e, double* l, std::size_t* k) {
              return tanh_sinh_rule(singular_end).integrate(
                  [&](double x, double xc) {
                    (void)x;
                    return xc < 0 ? g(c, -xc) : g(d, -xc);
                  },
                  c, d, tol, e, l, k);
            }, tolerance, 3, model));
          }
          add_integrator(integrators, "tanh-sinh");
        }
      }
    }
  }

  if (g.nan || (g.plus_infinity && g.minus_infinity))
    throw std::domain_error("integrate: the integrand is " + std::string(g.nan ? "NaN" : "+infinity and -infinity") +
                            " (at x = " + detail::shortest(g.bad_x) + "); it must be finite where it is evaluated");

  result r;
  r.method = method::quadrature;
  r.evaluations = g.evaluations;
  r.integrators = std::move(integrators);
  if (g.plus_infinity || g.minus_infinity) {
    r.value = g.plus_infinity ? inf : -inf;
    r.error = 0;
    return r;
  }
  r.value = total.value;
  // Boost's estimate is the change between the last two levels; a sum of a few hundred terms also
  // carries rounding of up to about 16 epsilon times the L1 norm, which that change may not show.
  r.error = total.error + 16 * std::numeric_limits<double>::epsilon() * total.l1;
  return r;
}

result integrate_log_distance(const std::function<double(double)>& h, double log_length, double scale,
                              double tolerance) {
  if (!std::isfinite(log_length) || !(scale > 0) || !std::isfinite(scale))
    throw std::invalid_argument("integrate_log_distance: the log-length must be finite and the scale positive, got " +
                                detail::shortest(log_length) + " and " + detail::shortest(scale));
  if (!(tolerance > 0))
    throw std::invalid_argument("integrate_log_distance: the tolerance must be positive, got " + detail::shortest(tolerance));
  tolerance = std::min(tolerance, strict_tolerance);
  const std::function<double(double, double)> f = [&](double top, double offset) { return h(top + offset); };
  guarded_integrand g{f};
  double err = 0, l1 = 0;
  const double v = exp_sinh_rule().integrate([&](double t) { return g(log_length, -scale * t) * scale; }, tolerance, &err, &l1);
  if (g.nan || (g.plus_infinity && g.minus_infinity))
    throw std::domain_error("integrate_log_distance: the integrand is " +
                            std::string(g.nan ? "NaN" : "+infinity and -infinity") + " (at u = " +
                            detail::shortest(g.bad_x) + "); it must be finite where it is evaluated");
  result r;
  r.evaluations = g.evaluations;
  r.method = method::quadrature;
  r.integrators = {"exp-sinh in log x"};
  if (g.plus_infinity || g.minus_infinity) {
    r.value = g.plus_infinity ? inf : -inf;
    return r;
  }
  r.value = v;
  r.error = err + 16 * std::numeric_limits<double>::epsilon() * l1;
  return r;
}

result integrate(const std::function<double(double)>& f, const integration_plan& plan, double tolerance) {
  return integrate(std::function<double(double, double)>([&f](double anchor, double offset) { return f(anchor + offset); }),
                   plan, tolerance);
}

}  // namespace info::detail
