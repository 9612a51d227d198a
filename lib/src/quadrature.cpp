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
struct guarded_integrand {
  const std::function<double(double, double)>& f;
  long evaluations = 0;
  bool plus_infinity = false;
  bool minus_infinity = false;
  bool nan = false;
  double bad_x = 0;

  double operator()(double anchor, double offset) {
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

/// A finite piece longer than this many widths is a candidate for two half-line rules (see far_apart),
/// or else is cut `shoulder` widths in from each end.
constexpr double long_piece = 1e4;
constexpr double shoulder = 1e3;

/// True when [a, b] is more than long_piece widths long and the integrand in its middle (at a quarter,
/// half and three quarters of the way: one point could be a zero crossing), times the length, is
/// negligible beside its size one width in from either end: then the piece is two bumps (or none) at its
/// ends with nothing between. Costs five evaluations of f, which are counted.
bool far_apart(guarded_integrand& g, double a, double b, double s, double tolerance) {
  const double half = b / 2 - a / 2;
  if (!(half > 0.5 * long_piece * s)) return false;
  const double near_a = std::abs(g(a, s));
  const double near_b = std::abs(g(b, -s));
  const double m = a / 2 + b / 2;
  const double middle = std::max({std::abs(g(m, -half / 2)), std::abs(g(m, 0.0)), std::abs(g(m, half / 2))});
  return middle * 2 * half <= 1e-3 * tolerance * (near_a + near_b) * s;
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
  auto accumulate = [&](double value, double error, double l1) {
    total.value += value;
    total.error += error;
    total.l1 += l1;
  };

  if (lower == upper) {
    // An empty range: nothing to integrate.
  } else if (std::isinf(lower) && std::isinf(upper) && cuts.empty()) {
    // The whole line in t = (x - centre)/s.
    double err = 0, l1 = 0;
    const double v = sinh_sinh_rule().integrate([&](double t) { return g(centre, s * t) * s; }, tolerance, &err, &l1);
    accumulate(v, err, l1);
    add_integrator(integrators, "sinh-sinh");
  } else {
    std::vector<double> ends;
    ends.push_back(lower);
    ends.insert(ends.end(), cuts.begin(), cuts.end());
    ends.push_back(upper);
    for (std::size_t i = 0; i + 1 < ends.size(); ++i) {
      const double a = ends[i];
      const double b = ends[i + 1];
      double err = 0, l1 = 0, v = 0;
      if (std::isinf(a)) {
        // (-infinity, b] in t = (b - x)/s.
        v = exp_sinh_rule().integrate([&](double t) { return g(b, -s * t) * s; }, tolerance, &err, &l1);
        add_integrator(integrators, "exp-sinh");
      } else if (std::isinf(b)) {
        // [a, infinity) in t = (x - a)/s.
        v = exp_sinh_rule().integrate([&](double t) { return g(a, s * t) * s; }, tolerance, &err, &l1);
        add_integrator(integrators, "exp-sinh");
      } else {
        const auto& sing = plan.singularities;
        const bool singular_end = std::find(sing.begin(), sing.end(), a) != sing.end() ||
                                  std::find(sing.begin(), sing.end(), b) != sing.end();
        const bool long_one = !singular_end && b / 2 - a / 2 > 0.5 * long_piece * s;
        if (long_one && far_apart(g, a, b, s, tolerance)) {
          // A piece many widths long whose integrand lives only near its ends (two densities far
          // apart): tanh-sinh would see a bump of width s at an end of a piece of length L only at
          // abscissas within s/L of the end, that is not at all at its first levels, and stop there,
          // wrong but sure of itself. Instead each end gets a half-line rule in t = |x - end|/s, cut
          // off at the midpoint, where the integrand is negligible (far_apart checked that).
          const double half = b / 2 - a / 2;
          double err2 = 0, l2 = 0;
          v = exp_sinh_rule().integrate([&](double t) { return s * t <= half ? g(a, s * t) * s : 0.0; }, tolerance,
                                        &err, &l1);
          v += exp_sinh_rule().integrate([&](double t) { return s * t < half ? g(b, -s * t) * s : 0.0; }, tolerance,
                                         &err2, &l2);
          err += err2;
          l1 += l2;
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
            double e = 0, l = 0;
            // Boost's two-argument form hands over xc = c - x (left half) or d - x (right half), exact
            // however close x is to the end, which becomes our anchor and offset.
            v += tanh_sinh_rule(singular_end).integrate(
                [&](double x, double xc) {
                  (void)x;
                  return xc < 0 ? g(c, -xc) : g(d, -xc);
                },
                c, d, tolerance, &e, &l);
            err += e;
            l1 += l;
          }
          add_integrator(integrators, "tanh-sinh");
        }
      }
      accumulate(v, err, l1);
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
