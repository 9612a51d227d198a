// Total variation, Hellinger, chi-squared and Rényi: discrete sums in nats, converted at the end, and the
// density versions by the measures' own quadrature layouts (planner.hpp).
//
// Discrete sums run over the union of the two supports: for a family, the outcomes where it has mass however
// small (pmf::support, known from its log law), for a list, where its listed masses are positive. Rényi's
// terms P^a Q^(1-a) are taken from log masses, since a mass far below the smallest double can still carry a
// term of order 1 (binomial(48, 1e-300) at k = 48 has log P = -33000, and P^0.001 = e^-33). TV, Hellinger and
// chi-squared are formed from the doubles, with the extended-precision residuals the families carry, and from
// log masses only where a mass underflowed.
//
// Two cut infinite families (poisson, geometric, negative binomial) are compared on the longer stored range and
// then beyond it: sum_beyond continues a sum of positive terms e^g(k) from the log masses until a geometric
// bound on what is left, with the last ratio of successive terms, is below the rounding of the sum. That bound
// is a true bound once log g is concave (the ratio keeps falling), as it is for Poisson against Poisson or
// against a negative binomial of shape >= 1; for a negative binomial of shape < 1 the ratio rises towards its
// limit and the bound is an estimate. Terms whose ratio stays >= 1 without falling for 1000 outcomes, or does not
// fall below 1 within max_outcomes outcomes, make the sum +infinity (reason "tail"): for these families the
// ratio of successive terms moves monotonically to a limit far out, and such a ratio means the limit is >= 1.
#include "info/divergences.hpp"

#include "families.hpp"
#include "info/continuous_measures.hpp"
#include "info/discrete_families.hpp"
#include "info/discrete_measures.hpp"
#include "info/error.hpp"
#include "info/detail/density.hpp"
#include "info/detail/quadrature.hpp"
#include "planner.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <variant>

namespace info {
namespace {

using Eigen::ArrayXd;
using Eigen::Index;
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double eps = std::numeric_limits<double>::epsilon();
constexpr double normal_min = std::numeric_limits<double>::min();

result analytic(double value, const char* reason) {
  result r;
  r.value = value;
  r.method = method::analytic;
  r.reason = reason;
  return r;
}

// The outcomes where a pmf has mass: its family's support within the stored outcomes, or the run of positive
// listed masses.
pmf::outcomes reach(const pmf& d) {
  if (const auto s = d.support()) return {s->first, std::min(s->last, d.size() - 1)};
  return d.positive();
}

// P and Q over the union of their reaches, as doubles with residuals and as log masses.
struct aligned {
  Index first = 0;
  ArrayXd p, pl, q, ql;  // masses and their rounding residuals
  ArrayXd lp, lq;        // log masses: finite wherever the pmf has mass
};

// log P(k) from the double and its residual where the double is normal, log(hi + lo) = log hi + lo/hi to first
// order; from the pmf's log law where it underflowed.
ArrayXd log_masses(const pmf& d, const ArrayXd& hi, const ArrayXd& lo, Index first) {
  ArrayXd l(hi.size());
  for (Index k = 0; k < hi.size(); ++k)
    l[k] = hi[k] >= normal_min ? std::log(hi[k]) + lo[k] / hi[k] : d.log_mass(first + k);
  return l;
}

aligned align(const pmf& p, const pmf& q, bool logs) {
  const pmf::outcomes a = reach(p), b = reach(q);
  aligned out;
  out.first = std::min(a.first, b.first);
  const Index n = std::max(a.last, b.last) - out.first + 1;
  out.p = p.extend(out.first, n);
  out.pl = p.extend_residual(out.first, n);
  out.q = q.extend(out.first, n);
  out.ql = q.extend_residual(out.first, n);
  if (logs) {
    out.lp = log_masses(p, out.p, out.pl, out.first);
    out.lq = log_masses(q, out.q, out.ql, out.first);
  }
  return out;
}

// The first outcome past both pmfs' reaches: where sum_beyond starts.
Index beyond(const pmf& p, const pmf& q) { return std::max(reach(p).last, reach(q).last) + 1; }

// A Higham bound on the rounding of a sum of n terms of total magnitude `magnitude`, (n + 4) eps |sum|
// (N. J. Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., section 4.2).
double rounding(Index n, double magnitude) { return static_cast<double>(n + 4) * eps * magnitude; }

// log(e^a + e^b) without overflow.
double log_add(double a, double b) {
  if (a == -inf) return b;
  if (b == -inf) return a;
  const double m = std::max(a, b);
  return m + std::log1p(std::exp(-std::abs(a - b)));
}

// log sum_k e^l(k) over the array, with the maximum divided out: nothing overflows, nothing that matters
// underflows.
double log_sum_exp(const ArrayXd& l) {
  const double m = l.maxCoeff();
  if (m == -inf || m == inf) return m;
  return m + std::log((l - m).exp().sum());
}

// log|e^x - 1| for any x, without overflow.
double log_abs_expm1(double x) {
  if (x > 0) return x + std::log(-std::expm1(-x));
  return std::log(-std::expm1(x));
}

// A sum of positive terms e^g(k), k = from, from + 1, ..., continued until the rest is negligible.
struct tail_sum {
  double log_sum = -inf;  // log of the sum (-inf: nothing)
  double bound = 0.0;     // the geometric bound on the rest, relative to the whole sum
  bool diverges = false;  // the terms do not fall off within max_outcomes outcomes
  long terms = 0;
};

// `log_before` is the log of the sum the tail will be added to, so that the tail stops once it is below that
// sum's rounding too.
template <class G>
tail_sum sum_beyond(Index from, G g, double log_before) {
  tail_sum t;
  double previous = -inf, previous_d = -inf;
  int rising = 0;  // successive terms whose ratio is >= 1 and not falling
  for (Index k = from; k < from + max_outcomes; ++k) {
    const double gk = g(k);
    ++t.terms;
    if (gk == -inf) return t;  // off a support: nothing more (not reached for two infinite families)
    t.log_sum = log_add(t.log_sum, gk);
    const double d = gk - previous;  // log of the ratio of successive terms
    previous = gk;
    // A ratio >= 1 that has not fallen (beyond the rounding of g) over 1000 successive outcomes: for these
    // families the ratio moves monotonically towards its limit far out, so the limit is >= 1 and the sum
    // diverges (geometric(0.1) against geometric(0.5): chi-squared's terms grow like 1.62^k). This spares
    // the walk to max_outcomes.
    rising = (d >= 0 && d >= previous_d - 64 * eps * (std::abs(gk) + 1)) ? rising + 1 : 0;
    previous_d = d;
    if (std::isinf(t.log_sum) || rising >= 1000) {
      t.diverges = true;
      return t;
    }
    if (!(d < 0) || k == from) continue;
    // the rest, if each ratio is at most the last: e^gk (r + r^2 + ...) = e^gk r / (1 - r)
    const double rest = gk + d - std::log(-std::expm1(d));
    const double whole = log_add(log_before, t.log_sum);
    if (rest < whole + std::log(eps)) {
      t.bound = std::exp(rest - whole);
      return t;
    }
  }
  if (!(g(from + max_outcomes) < g(from + max_outcomes - 1)))
    t.diverges = true;
  else
    throw unresolved("the sum over the infinite supports has not settled after " + std::to_string(max_outcomes) +
                     " outcomes beyond the cut: the terms fall off too slowly to sum; use parameters further apart "
                     "or closer together");
  return t;
}

// The near-1 form's sum past the cut, sum_k P(k) expm1((alpha - 1) r(k)) for k >= from, term by term: its terms
// are P times a number of modest size, and summing P^alpha Q^(1-alpha) and P apart would leave each with a
// rounding as large as the whole difference. Done once what P has left, bounded geometrically by the last
// ratio of its masses, times e - 1 is below the last bit of `scale`. Nothing (the far form takes over) when
// (alpha - 1) r(k) leaves [-1, 1] there, as P^alpha Q^(1-alpha) may then outgrow P (poisson(10) against
// poisson(1) at alpha = 2).
struct near_tail {
  double sum = 0.0;
  long terms = 0;
  bool ok = true;
};
template <class R>
near_tail near_beyond(Index from, const pmf& p, double am1, R r, double scale) {
  near_tail t;
  double previous = -inf;
  for (Index k = from; k < from + max_outcomes; ++k) {
    const double lp = p.log_mass(k);
    ++t.terms;
    if (lp == -inf) return t;
    const double x = am1 * r(k, lp);
    if (!(std::abs(x) <= 1)) {
      t.ok = false;
      return t;
    }
    t.sum += std::exp(lp) * std::expm1(x);
    const double d = lp - previous;
    previous = lp;
    if (d < 0 && lp + std::log(std::numbers::e - 1) - std::log(-std::expm1(d)) < std::log(eps * scale)) return t;
  }
  t.ok = false;
  return t;
}

// Both are cut infinite families: a sum of terms over both supports goes on beyond the stored outcomes.
bool both_unbounded(const pmf& p, const pmf& q) { return p.unbounded() && q.unbounded(); }

bool rules_out(const pmf& p, const pmf& q) { return !infinite_outcomes(p, q).empty(); }

result summed(double value, double error, long evaluations) {
  result r;
  r.method = method::sum;
  r.value = value;
  r.error = error;
  r.evaluations = evaluations;
  return r;
}

void check_order(double alpha, const char* what) {
  if (!(alpha > 0))
    throw invalid_input(std::string(what) + ": alpha must be > 0, got " + detail::shortest(alpha) +
                        " (use alpha = 1 for KL, or infinity for the largest log-ratio)");
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Pmfs.

result total_variation(const pmf& p, const pmf& q) {
  const aligned a = align(p, q, false);
  // P - Q: the hi parts subtract exactly when they are within a factor 2 (Sterbenz), and the residuals carry
  // the families' extended precision.
  const ArrayXd d = ((a.p - a.q) + (a.pl - a.ql)).abs();
  const double sum = d.sum();
  // Beyond the reaches each pmf has at most its cut tail left, and |P - Q| <= P + Q there.
  const double rest = 0.5 * (p.tail() + q.tail());
  result r = summed(std::min(0.5 * sum, 1.0), 0.5 * rounding(d.size(), sum) + rest, static_cast<long>(d.size()));
  return r;
}

result hellinger(const pmf& p, const pmf& q) {
  const aligned a = align(p, q, false);
  // sqrt P - sqrt Q = (P - Q)/(sqrt P + sqrt Q): the difference of square roots of nearly equal masses would
  // keep only the digits the masses differ in.
  const ArrayXd s = a.p.sqrt() + a.q.sqrt();
  const ArrayXd diff = (s > 0).select(((a.p - a.q) + (a.pl - a.ql)) / s, 0.0);
  const ArrayXd terms = diff.square();
  const double h2 = std::min(0.5 * terms.sum(), 1.0);
  // beyond the reaches (sqrt P - sqrt Q)^2 <= P + Q
  const double e2 = 0.5 * rounding(terms.size(), terms.sum()) + 0.5 * (p.tail() + q.tail());
  result r = summed(std::sqrt(h2), 0.0, static_cast<long>(terms.size()));
  // |sqrt(v + e) - sqrt(v)| <= min(e / (2 sqrt v), sqrt e)
  r.error = h2 > 0 ? std::min(e2 / (2 * r.value), std::sqrt(e2)) : std::sqrt(e2);
  return r;
}

result chi_squared(const pmf& p, const pmf& q) {
  if (rules_out(p, q)) return analytic(inf, "support");
  const aligned a = align(p, q, true);
  ArrayXd terms(a.p.size());
  for (Index k = 0; k < terms.size(); ++k) {
    if (a.lp[k] == -inf && a.lq[k] == -inf) {
      terms[k] = 0;
    } else if (a.q[k] >= normal_min) {
      const double d = (a.p[k] - a.q[k]) + (a.pl[k] - a.ql[k]);
      terms[k] = d * d / (a.q[k] + a.ql[k]);
    } else {
      // Q underflowed (P may not have): (P - Q)^2 / Q = Q (e^(lp - lq) - 1)^2, from the log masses
      terms[k] = std::exp(a.lq[k] + 2 * log_abs_expm1(a.lp[k] - a.lq[k]));
    }
  }
  double value = terms.sum();
  double error = rounding(terms.size(), value);
  long n = static_cast<long>(terms.size());
  // past a cut Q alone (P bounded) the terms are Q(x): its tail, below 1e-17
  if (!both_unbounded(p, q)) error += q.tail();
  if (both_unbounded(p, q)) {
    const tail_sum t = sum_beyond(
        beyond(p, q),
        [&](Index k) {
          const double lq = q.log_mass(k);
          return lq + 2 * log_abs_expm1(p.log_mass(k) - lq);
        },
        std::log(value));
    n += t.terms;
    if (t.diverges) return analytic(inf, "tail");
    value += std::exp(t.log_sum);
    error += t.bound * value + rounding(t.terms, value);
  }
  if (std::isinf(value)) {  // finite, but beyond the largest double
    result r = summed(inf, 0.0, n);
    r.reason = "overflow";
    return r;
  }
  return summed(value, error, n);
}

result renyi_entropy(const pmf& p, double alpha, base b) {
  if (!(alpha >= 0))
    throw invalid_input("renyi_entropy: alpha must be >= 0, got " + detail::shortest(alpha) +
                        " (alpha = 1 is Shannon's entropy, 0 the log of the support's size, infinity the min-entropy)");
  if (alpha == 1) return entropy(p, b);
  const pmf::outcomes s = reach(p);
  const Index n = s.last - s.first + 1;
  const ArrayXd hi = p.extend(s.first, n), lo = p.extend_residual(s.first, n);
  const ArrayXd lp = log_masses(p, hi, lo, s.first);
  result r;
  r.method = method::sum;
  r.evaluations = static_cast<long>(n);
  if (alpha == 0) {
    // log |support|: infinite for an infinite support, the count of outcomes with mass otherwise
    if (p.unbounded()) return analytic(inf, "support");
    r.method = method::closed_form;
    r.value = from_nats(std::log(static_cast<double>((lp > -inf).count())), b);
    return r;
  }
  if (alpha == inf) {
    r.value = from_nats(-lp.maxCoeff(), b);
    r.error = from_nats(eps * std::abs(lp.maxCoeff()), b);
    return r;
  }
  // The log-sum-exp of alpha log P, and for an infinite support its continuation past the cut.
  const double am1 = alpha - 1;
  double l = log_sum_exp((lp > -inf).select(alpha * lp, -inf));
  const bool tail = p.unbounded();
  tail_sum t_terms;
  if (tail) {
    t_terms = sum_beyond(p.size(), [&](Index k) { return alpha * p.log_mass(k); }, l);
    r.evaluations += t_terms.terms;
    if (t_terms.diverges) return analytic(inf, "tail");  // only for alpha < 1: P^alpha <= P otherwise
  }
  // Near alpha = 1: H = -log1p(S)/(alpha - 1), S = sum P expm1((alpha - 1) log P) = sum P^alpha - 1, accurate as
  // alpha -> 1, where the log-sum-exp would lose |alpha - 1| of its digits. Past a cut, S gains
  // sum (P^alpha - P) over the tail.
  const ArrayXd x = (lp > -inf).select(am1 * lp, 0.0);
  if (x.abs().maxCoeff() <= 1) {
    const ArrayXd terms = (lp > -inf).select((hi + lo) * x.unaryExpr([](double v) { return std::expm1(v); }), 0.0);
    // (masses that underflowed add nothing here: |expm1(x)| <= e - 1 and P < 1e-308)
    double sum = terms.sum();
    double err = rounding(n, terms.abs().sum());
    bool ok = true;
    if (tail) {
      const near_tail t = near_beyond(p.size(), p, am1, [](Index, double l) { return l; }, terms.abs().sum());
      r.evaluations += t.terms;
      ok = t.ok;
      sum += t.sum;
      err += rounding(t.terms, std::abs(t.sum)) + eps * terms.abs().sum();
    }
    if (ok && sum > -0.5) {
      r.value = from_nats(-std::log1p(sum) / am1, b);
      r.error = from_nats(err / ((1 + sum) * std::abs(am1)), b);
      return r;
    }
  }
  if (tail) l = log_add(l, t_terms.log_sum);
  r.value = from_nats(l / (1 - alpha), b);
  r.error = from_nats((rounding(n, 1.0) + t_terms.bound + eps * std::abs(l)) / std::abs(am1), b);
  return r;
}

result renyi_divergence(const pmf& p, const pmf& q, double alpha, base b) {
  check_order(alpha, "renyi_divergence");
  if (alpha == 1) return kl_divergence(p, q, b);
  if (alpha > 1 && rules_out(p, q)) return analytic(inf, "support");
  const aligned a = align(p, q, true);
  const Index n = a.p.size();
  const bool tail = both_unbounded(p, q);
  result r;
  r.method = method::sum;
  r.evaluations = static_cast<long>(n);
  // P's support, and the log-ratio r = log P - log Q on it
  const auto on_p = a.lp > -inf;
  if (alpha == inf) {
    // log max P/Q over P's support (Q covers it by now)
    double m = on_p.select(a.lp - a.lq, -inf).maxCoeff();
    if (tail) {
      // past the cut r(k) is eventually monotone for these families: walk while it rises. Rising by steps that
      // do not shrink for 1000 outcomes (poisson(10) against poisson(1): by log 10 at each) it rises without
      // bound, as in sum_beyond; still rising max_outcomes past the cut, likewise.
      auto ratio = [&](Index k) { return p.log_mass(k) - q.log_mass(k); };
      Index k = beyond(p, q);
      double rk = ratio(k), step = -inf;
      int rising = 0;
      const Index last = k + max_outcomes;
      while (k < last) {
        const double next = ratio(k + 1);
        m = std::max(m, rk);
        if (!(next > rk)) break;
        rising = next - rk >= step - 64 * eps * (std::abs(next) + 1) ? rising + 1 : 0;
        step = next - rk;
        if (rising >= 1000) return analytic(inf, "tail");
        rk = next;
        ++k;
        ++r.evaluations;
      }
      if (k == last) return analytic(inf, "tail");
    }
    r.value = from_nats(m, b);
    r.error = from_nats(4 * eps * std::abs(m), b);
    return r;
  }
  const double am1 = alpha - 1;
  // log of P^alpha Q^(1 - alpha) on the common support (P^alpha Q^(1-alpha) = 0 where either is 0 for
  // alpha < 1; Q covers P for alpha > 1)
  const ArrayXd lt = (on_p && a.lq > -inf).select(alpha * a.lp - am1 * a.lq, -inf);
  // Beyond the cut: the sum of P^alpha Q^(1-alpha), and of P (the near form needs both).
  double l = log_sum_exp(lt);
  tail_sum t_terms;
  if (tail) {
    t_terms = sum_beyond(beyond(p, q), [&](Index k) { return alpha * p.log_mass(k) - am1 * q.log_mass(k); }, l);
    r.evaluations += t_terms.terms;
    if (t_terms.diverges) return analytic(alpha > 1 ? inf : -inf, "tail");
  }
  if (l == -inf && t_terms.log_sum == -inf) return analytic(inf, "disjoint supports");
  // Near alpha = 1: D = log1p(S)/(alpha - 1), S = sum P expm1((alpha - 1) r), r from the log masses (computed
  // from the doubles and their residuals where these are normal, log P - log Q = log(P/Q) to full relative
  // accuracy); as alpha -> 1, S/(alpha - 1) -> sum P r = KL.
  {
    const ArrayXd rr = on_p.select(a.lp - a.lq, 0.0);  // +inf where Q = 0 (alpha < 1 only)
    const ArrayXd x = am1 * rr;
    const bool near = (x.isFinite()).select(x.abs(), 0.0).maxCoeff() <= 1;
    if (near) {
      const ArrayXd terms =
          on_p.select((a.p + a.pl) * x.unaryExpr([](double v) { return std::expm1(v); }), 0.0);
      double sum = terms.sum();
      double err = rounding(n, terms.abs().sum());
      bool ok = true;
      if (tail) {
        const near_tail t = near_beyond(
            beyond(p, q), p, am1, [&](Index k, double l) { return l - q.log_mass(k); }, terms.abs().sum());
        r.evaluations += t.terms;
        ok = t.ok;
        sum += t.sum;
        err += rounding(t.terms, std::abs(t.sum)) + eps * terms.abs().sum();
      }
      if (ok && sum > -0.5) {
        r.value = from_nats(std::log1p(sum) / am1, b);
        r.error = from_nats(err / ((1 + sum) * std::abs(am1)), b);
        if (r.value < 0 && r.value >= -r.error) r.value = 0.0;  // D >= 0: only the rounding of P = Q is trimmed
        return r;
      }
    }
  }
  // Far from 1: log-sum-exp.
  if (tail) l = log_add(l, t_terms.log_sum);
  r.value = from_nats(l / am1, b);
  r.error = from_nats((rounding(n, 1.0) + t_terms.bound + eps * std::abs(l)) / std::abs(am1), b);
  if (r.value < 0 && r.value >= -r.error) r.value = 0.0;  // D >= 0: only the rounding of P = Q is trimmed
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Densities.

namespace {

using namespace detail;

/// True when the supports overlap in more than single points.
bool overlap(const std::vector<interval>& p, const std::vector<interval>& q) {
  for (const auto& s : p)
    for (const auto& t : q)
      if (std::max(s.lower, t.lower) < std::min(s.upper, t.upper)) return true;
  return false;
}

/// A quadrature result the library stands behind, or info::unresolved (as continuous_measures.cpp decides:
/// the family's own limits, the integrator failing, a value that is not finite, an error estimate as large as
/// the value and above 1e-12).
template <class Compute>
result settled(const std::string& what, const density& p, const density& q, Compute compute) {
  auto refuse = [&](const std::string& why) {
    throw unresolved(what + " of P = " + p.describe() + " and Q = " + q.describe() + ": quadrature cannot resolve it (" +
                     why + "); use a closed form where one exists, or parameters nearer the middle of the double range");
  };
  for (const density* d : {&p, &q})
    for (const auto& part : d->parts())
      if (const std::string why = families::beyond_quadrature(part.family); !why.empty()) refuse(why);
  result r;
  try {
    r = compute();
  } catch (const invalid_input&) {
    throw;
  } catch (const std::exception& e) {
    refuse(std::string("the integrator failed: ") + e.what());
  }
  if (r.method == method::analytic) return r;
  if (!std::isfinite(r.value)) refuse("it came out " + detail::shortest(r.value));
  if (!(r.error <= std::max(std::abs(r.value), 1e-12)))
    refuse("its error estimate " + detail::shortest(r.error) + " is as large as its value " + detail::shortest(r.value));
  return r;
}

/// The points where p = q inside the range: a kink of |p - q|, which quadrature across it would resolve only
/// to a few digits. Found from the sign of log p - log q on a grid of 0.1 widths over 50 widths either side
/// of each density's centre, refined by bisection to the last bit. (Crossings further out, or closer together
/// than the grid, are left to the quadrature: they carry almost no mass.)
std::vector<double> crossings(const density& p, const density& q, interval range) {
  std::vector<double> grid;
  for (const density* d : {&p, &q}) {
    const double c = centre(*d), s = scale(*d);
    for (int i = -500; i <= 500; ++i) {
      const double x = c + s * (0.1 * i);
      if (x > range.lower && x < range.upper) grid.push_back(x);
    }
  }
  std::sort(grid.begin(), grid.end());
  auto sign = [&](double x) {
    const double lp = p.logpdf(x), lq = q.logpdf(x);
    if (!std::isfinite(lp) || !std::isfinite(lq)) return 0;
    return lp > lq ? 1 : (lp < lq ? -1 : 0);
  };
  std::vector<double> out;
  for (std::size_t i = 1; i < grid.size(); ++i) {
    double a = grid[i - 1], b = grid[i];
    const int sa = sign(a), sb = sign(b);
    if (sa == 0 || sb == 0 || sa == sb) continue;
    for (int it = 0; it < 200; ++it) {
      const double m = a + 0.5 * (b - a);
      if (m <= a || m >= b) break;
      (sign(m) == sa ? a : b) = m;
    }
    out.push_back(a + 0.5 * (b - a));
  }
  return out;
}

/// \f$\int f(\log p, \log q)\,dx\f$ over the union of the supports, weighted by both (the layout of JS).
/// `f(lp, lq, log_jacobian)` returns the integrand times the Jacobian. With `kinks`, the layout is also split
/// where p = q.
template <class F>
result over_both(const density& p, const density& q, F f, bool kinks = false) {
  const interval sp = p.support(), sq = q.support();
  const interval hull{std::min(sp.lower, sq.lower), std::max(sp.upper, sq.upper)};
  layout l = plan_for(hull, {&p, &q}, {&p, &q});
  if (kinks)
    for (double x : crossings(p, q, hull)) l.plan.breakpoints.push_back(x);
  result r = integrate_layout(
      l, [&](double a, double o) { return f(logpdf_near(p, a, o), logpdf_near(q, a, o), 0.0); },
      [&](double e, double side, double u) {
        return f(logpdf_log_distance(p, e, side, u), logpdf_log_distance(q, e, side, u), u);
      });
  // each integrand here is at most p + q
  r.error += unreachable(l, [](double, double) { return 1.0; });
  return r;
}

const boost::math::normal* as_normal(const density& d) {
  if (!d.is_family()) return nullptr;
  return std::get_if<boost::math::normal>(&d.parts().front().family);
}

result closed(double nats, base b) {
  result r;
  r.value = from_nats(nats, b);
  r.method = method::closed_form;
  return r;
}

}  // namespace

result total_variation(const density& p, const density& q) {
  if (!overlap(p.support_pieces(), q.support_pieces())) return analytic(1.0, "disjoint supports");
  return settled("TV(P,Q)", p, q, [&] {
    // |p - q| = e^max(lp, lq) (1 - e^-|lp - lq|), with expm1 so that nearly equal densities keep their digits
    result r = over_both(p, q, [](double lp, double lq, double lj) {
      if (lp == inf || lq == inf) return 0.0;  // a singular point carries no mass
      const double m = std::max(lp, lq);
      if (m == -inf) return 0.0;
      const double d = (lp == -inf || lq == -inf) ? inf : std::abs(lp - lq);
      return -std::exp(m + lj) * std::expm1(-d);
    }, true);
    r.value = std::min(0.5 * r.value, 1.0);
    r.error *= 0.5;
    return r;
  });
}

result hellinger(const density& p, const density& q) {
  if (!overlap(p.support_pieces(), q.support_pieces())) return analytic(1.0, "disjoint supports");
  return settled("H(P,Q)", p, q, [&] {
    // (sqrt p - sqrt q)^2 = e^max(lp, lq) expm1(-|lp - lq|/2)^2: the form itself, never 1 - int sqrt(pq)
    result r = over_both(p, q, [](double lp, double lq, double lj) {
      if (lp == inf || lq == inf) return 0.0;
      const double m = std::max(lp, lq);
      if (m == -inf) return 0.0;
      const double d = (lp == -inf || lq == -inf) ? inf : std::abs(lp - lq);
      const double e = std::expm1(-0.5 * d);
      return std::exp(m + lj) * e * e;
    });
    const double h2 = std::clamp(0.5 * r.value, 0.0, 1.0);
    const double e2 = 0.5 * r.error;
    r.value = std::sqrt(h2);
    r.error = h2 > 0 ? std::min(e2 / (2 * r.value), std::sqrt(e2)) : std::sqrt(e2);
    return r;
  });
}

result chi_squared(const density& p, const density& q) {
  const auto* np = as_normal(p);
  const auto* nq = as_normal(q);
  if (!np || !nq)
    throw invalid_input("chi-squared of densities has a closed form only for two normals, not P = " + p.describe() +
                        " and Q = " + q.describe() + ": compare normals, or use renyi_divergence with alpha = 2 "
                        "(log(1 + chi-squared)) where it exists");
  const double s = np->standard_deviation(), t = nq->standard_deviation(), dm = np->mean() - nq->mean();
  // 1 + chi^2 = t^2/(s sqrt(2t^2 - s^2)) exp(dm^2/(2t^2 - s^2)), finite only for 2t^2 > s^2
  const double v2 = 2 * t * t - s * s;
  if (!(v2 > 0)) return analytic(inf, "tail");
  // log of the prefactor as log(t/s) - (1/2) log(v2/t^2), each a log1p of a small difference when s ~ t
  const double log_pre = std::log1p((t - s) / s) - 0.5 * std::log1p((t - s) * (t + s) / (t * t));
  return closed(std::expm1(log_pre + dm * dm / v2), base::nats);
}

result renyi_divergence(const density& p, const density& q, double alpha, base b) {
  check_order(alpha, "renyi_divergence");
  if (alpha == 1) return kl_divergence(p, q, b);
  const auto* np = as_normal(p);
  const auto* nq = as_normal(q);
  if (np && nq) {
    // Gil, Alajaji and Linder (2013): with s^2 = Var P, t^2 = Var Q,
    // sigma_a^2 = alpha t^2 + (1 - alpha) s^2 = t^2 + (alpha - 1)(t^2 - s^2) > 0,
    // D = log(t/s) + log(t^2/sigma_a^2) / (2(alpha - 1)) + alpha (mu - nu)^2 / (2 sigma_a^2).
    const double s = np->standard_deviation(), t = nq->standard_deviation(), dm = np->mean() - nq->mean();
    if (alpha == inf) {
      // log sup p/q: log(t/s) + dm^2 / (2(t^2 - s^2)) for t > s; unbounded for t < s, or t = s and dm != 0
      if (t > s) return closed(std::log1p((t - s) / s) + dm * dm / (2 * (t - s) * (t + s)), b);
      if (t == s && dm == 0) return closed(0.0, b);
      return analytic(inf, "tail");
    }
    const double am1 = alpha - 1;
    const double c = (t - s) * (t + s) / (t * t);  // (t^2 - s^2)/t^2, so sigma_a^2 / t^2 = 1 + (alpha - 1) c
    if (!(1 + am1 * c > 0)) return analytic(inf, "tail");
    const double sa2 = t * t * (1 + am1 * c);
    return closed(std::log1p((t - s) / s) - std::log1p(am1 * c) / (2 * am1) + alpha * dm * dm / (2 * sa2), b);
  }
  if (alpha > 1)
    throw invalid_input("renyi_divergence of densities of order alpha > 1 has a closed form only for two normals, not P = " +
                        p.describe() + " and Q = " + q.describe() +
                        ": use alpha <= 1 (integrated for any pair), or two normals");
  if (!overlap(p.support_pieces(), q.support_pieces())) return analytic(inf, "disjoint supports");
  return settled("Renyi divergence", p, q, [&] {
    // S = E_P[expm1((alpha - 1)(log p - log q))] = int p^alpha q^(1-alpha) - 1, bounded by |S| <= 1 for
    // alpha < 1, so always finite; D = log1p(S)/(alpha - 1).
    const double am1 = alpha - 1;
    const layout l = plan_for(p.support(), {&p}, {&p, &q});
    auto at = [&](double lp, double lq, double lj) {
      if (lp == -inf || lp == inf || lq == inf) return 0.0;
      const double w = std::exp(lp + lj);
      if (w == 0) return 0.0;
      return w * (lq == -inf ? -1.0 : std::expm1(am1 * (lp - lq)));
    };
    result r = integrate_layout(
        l, [&](double a, double o) { return at(logpdf_near(p, a, o), logpdf_near(q, a, o), 0.0); },
        [&](double e, double side, double u) {
          return at(logpdf_log_distance(p, e, side, u), logpdf_log_distance(q, e, side, u), u);
        });
    r.error += unreachable(l, [](double, double) { return 1.0; });
    const double sum = r.value;
    if (!(sum > -1)) return analytic(inf, "disjoint supports");
    r.value = from_nats(std::log1p(sum) / am1, b);
    r.error = from_nats(r.error / ((1 + sum) * std::abs(am1)), b);
    if (r.value < 0 && r.value >= -r.error) r.value = 0.0;
    return r;
  });
}

}  // namespace info
