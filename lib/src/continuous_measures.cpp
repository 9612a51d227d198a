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
/// widths of their weighted mean, one sinh-sinh rule about that mean does it all (151 evaluations for a
/// normal, 277 for the two-bump mixture of the forward/reverse-KL lesson); otherwise a bump more than three
/// widths from every cut becomes a cut, so that each piece has its mass at an end. A support end where a
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
#include "info/detail/density.hpp"
#include "info/detail/quadrature.hpp"
#include "planner.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
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

using namespace detail;  // the quadrature and its planner
constexpr double inf = std::numeric_limits<double>::infinity();

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
  const tail ql = left_tail(q), qr = right_tail(q);
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
      l, [&](double a, double o) { return at(logpdf_near(p, a, o), logpdf_near(q, a, o), 0.0); },
      [&](double e, double side, double u) {
        return at(logpdf_log_distance(p, e, side, u), logpdf_log_distance(q, e, side, u), u);
      });
  if (overflow) {
    const long n = r.evaluations;
    r = infinite("overflow");
    r.evaluations = n;
    return r;
  }
  r.error += unreachable(l, [&](double anchor, double offset) {
    return std::abs(logpdf_near(p, anchor, offset)) + std::abs(logpdf_near(q, anchor, offset));
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
    for (double b : breakpoints(q)) {
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
        return at(a + o, logpdf_near(pz, a, o), qz ? logpdf_near(*qz, a, o) : 0.0, 0.0);
      },
      [&](double e, double side, double u) {
        return at(e + side * std::exp(u), logpdf_log_distance(pz, e, side, u),
                  qz ? logpdf_log_distance(*qz, e, side, u) : 0.0, u);
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
  } sides[] = {{"left", left_tail(p), left_tail(q)}, {"right", right_tail(p), right_tail(q)}};
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
      l, [&](double a, double o) { return at(logpdf_near(p, a, o), 0.0); },
      [&](double e, double side, double u) { return at(logpdf_log_distance(p, e, side, u), u); });
  r.error += unreachable(l, [&](double anchor, double offset) { return std::abs(logpdf_near(p, anchor, offset)); });
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
          l, [&](double a, double o) { return at(logpdf_near(w, a, o), logpdf_near(other, a, o), 0.0); },
          [&](double e, double side, double u) {
            return at(logpdf_log_distance(w, e, side, u), logpdf_log_distance(other, e, side, u), u);
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
      l, [&](double a, double o) { return at(logpdf_near(p, a, o), logpdf_near(q, a, o), 0.0); },
      [&](double e, double side, double u) {
        return at(logpdf_log_distance(p, e, side, u), logpdf_log_distance(q, e, side, u), u);
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

result expectation(const density& p, const std::function<double(double)>& f) {
  return settled("E_P[f(X)] of P = " + p.describe(), {&p}, [&] {
    const layout l = plan_for(p.support(), {&p}, {&p});
    // w(x) f(x) with w = p e^{log_jacobian}; nothing where w underflows, so f is never asked for more than
    // the sum can hold (x^2 far in a normal's tail times a weight of 0).
    auto at = [&](double lp, double log_jacobian, double x) {
      if (lp == -inf || lp == inf) return 0.0;
      const double w = std::exp(lp + log_jacobian);
      return w == 0 ? 0.0 : w * f(x);
    };
    result r = integrate_layout(
        l, [&](double a, double o) { return at(logpdf_near(p, a, o), 0.0, a + o); },
        [&](double e, double side, double u) { return at(logpdf_log_distance(p, e, side, u), u, e + side * std::exp(u)); });
    r.error += unreachable(l, [&](double anchor, double offset) { return std::abs(f(anchor + offset)); });
    return r;
  });
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
