// Discrete measures as vectorised Eigen sums, in nats, converted to the requested base at the end.
//
// Every measure is summed from its own definition; none is assembled from another, so that the
// workbook's identity checks compare independent computations.
#include "info/discrete_measures.hpp"

#include "info/error.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

namespace info {
namespace {

using Eigen::ArrayXd;
using Eigen::Index;
constexpr double inf = std::numeric_limits<double>::infinity();

// The outcomes a measure sums over: all stored outcomes of both pmfs, or the window.
struct span {
  Index first = 0;
  Index count = 0;
};

span outcomes(Index n, std::optional<window> w) {
  if (!w) return {0, n};
  if (w->first < 0 || w->last < w->first)
    throw invalid_input("window " + std::to_string(w->first) + ":" + std::to_string(w->last) +
                        " is empty or negative: give A:B with 0 <= A <= B");
  if (w->last >= max_outcomes)
    throw invalid_input("window " + std::to_string(w->first) + ":" + std::to_string(w->last) + " is longer than the " +
                        std::to_string(max_outcomes) + " outcomes allowed: choose a shorter window");
  return {w->first, w->last - w->first + 1};
}

// Masses held as a double plus its rounding residual (zero for lists, known for families).
struct masses {
  ArrayXd hi, lo;
  // The relative rounding of each mass, lo/hi (0 where the mass is 0).
  [[nodiscard]] ArrayXd relative_residual() const { return (hi > 0).select(lo / hi, 0.0); }
};

// P and Q on a common outcome set.
struct aligned {
  masses p, q;
};

// The outcomes a sum runs over: the window, or else the run where P or Q has a positive mass. Outside
// that run every term is 0 in a double (poisson(1e6) against poisson(1.1e6) keeps 1.2e5 of its 1.1e6
// stored outcomes), so it costs nothing to skip; an infinite term there, where P has mass too small for
// a double and Q none, is decided from the supports before any sum (support_beyond, mass_beyond).
span summed(const pmf& p, const pmf& q, std::optional<window> w) {
  if (w) return outcomes(std::max(p.size(), q.size()), w);
  const Index a = std::min(p.positive().first, q.positive().first);
  const Index b = std::max(p.positive().last, q.positive().last);
  return {a, b - a + 1};
}

// (Residuals only when the measure uses them: at 10^6 outcomes each array is 8 MB, and touching
// fresh memory is most of the cost.)
aligned align(const pmf& p, const pmf& q, span s, bool residuals = true) {
  auto rest = [&](const pmf& d) { return residuals ? d.extend_residual(s.first, s.count) : ArrayXd(); };  // empty: unused
  return {{p.extend(s.first, s.count), rest(p)}, {q.extend(s.first, s.count), rest(q)}};
}
// Over every stored outcome of both, from 0: for tables of terms, one row per outcome.
aligned align(const pmf& p, const pmf& q, bool residuals = true) {
  return align(p, q, span{0, std::max(p.size(), q.size())}, residuals);
}

// log(a/b) for a, b > 0. Where a and b are within a factor 2, a - b is exact (Sterbenz) and
// log1p((a - b)/b) keeps full relative accuracy in a small log-ratio; elsewhere the plain ratio,
// or a difference of logs when the ratio would overflow or underflow. The residuals correct for
// the rounding of a and b themselves: log(a(1 + da)/b(1 + db)) = log(a/b) + da - db to first order.
ArrayXd log_ratio(const masses& a, const masses& b) {
  const ArrayXd r = a.hi / b.hi;
  const ArrayXd near = ((a.hi - b.hi) / b.hi).log1p();
  const ArrayXd far = (r.isFinite() && r > 0).select(r.log(), a.hi.log() - b.hi.log());
  return (r >= 0.5 && r <= 2.0).select(near, far) + a.relative_residual() - b.relative_residual();
}

// w(x) log(a(x)/b(x)) where w(x) > 0, and 0 where w(x) = 0 (0 log 0 = 0); +inf where only b(x) = 0.
ArrayXd weighted_log_ratio(const masses& w, const masses& a, const masses& b) {
  return (w.hi > 0).select((b.hi > 0).select((w.hi + w.lo) * log_ratio(a, b), inf), 0.0);
}

// The terms of KL in nats: P(x) log(P(x)/Q(x)).
ArrayXd kl_terms_nats(const masses& p, const masses& q) { return weighted_log_ratio(p, p, q); }

// log(2a/(a+b)) for a > 0, b >= 0, the log-ratio of a mass to the midpoint M = (a+b)/2.
// Written as -log1p((b - a)/(2a)): b - a is exact when a and b are within a factor 2 (Sterbenz), so
// a log-ratio near 0 keeps its relative accuracy, which a rounded a + b would spoil; where (b - a)/(2a)
// overflows (a subnormal), a difference of logs. The residuals correct for the rounding of a and b.
ArrayXd log_ratio_to_midpoint(const masses& a, const masses& b) {
  const ArrayXd s = a.hi + b.hi;
  const ArrayXd r = (b.hi - a.hi) / (2 * a.hi);
  const ArrayXd plain = (2 * a.hi).log() - s.log();
  return r.isFinite().select(-r.log1p(), plain) + (b.hi / s) * (a.relative_residual() - b.relative_residual());
}

// The terms of JS in nats, ½P log(P/M) + ½Q log(Q/M) with M = (P+Q)/2, each >= 0 by the log-sum
// inequality. M itself is never formed: halving a subnormal mass can round it to 0.
ArrayXd js_terms_nats(const masses& p, const masses& q) {
  return (p.hi > 0).select(0.5 * (p.hi + p.lo) * log_ratio_to_midpoint(p, q), 0.0) +
         (q.hi > 0).select(0.5 * (q.hi + q.lo) * log_ratio_to_midpoint(q, p), 0.0);
}

// P's support reaches beyond Q's: P unbounded (mass at every outcome) against a bounded Q.
bool mass_beyond(const pmf& p, const pmf& q) { return p.unbounded() && !q.unbounded(); }

// A term made infinite by Q(x) = 0 is infinite only when x is off Q's support. Where Q is a family whose
// mass merely underflowed (poisson(3) at x = 224, about 1e-325), or became a subnormal double with few
// digits left, log Q(x) comes from its log law and the term is finite and accurate: `term(k, log_q)`
// recomputes it. Only those few outcomes are revisited.
template <class Term>
void rescue_underflow(ArrayXd& terms, const masses& p, const masses& q, const pmf& qd, Index first, Term term) {
  constexpr double normal_min = std::numeric_limits<double>::min();
  for (Index k = 0; k < terms.size(); ++k) {
    if (!(q.hi[k] < normal_min) || !(p.hi[k] > 0)) continue;
    const double lq = qd.log_mass(first + k);
    if (lq > -inf) terms[k] = term(k, lq);
  }
}

ArrayXd kl_terms_rescued(const masses& p, const masses& q, const pmf& qd, Index first) {
  ArrayXd t = kl_terms_nats(p, q);
  rescue_underflow(t, p, q, qd, first, [&](Index k, double lq) { return p.hi[k] * (std::log(p.hi[k]) - lq); });
  return t;
}

// True when P has mass, however small, at an outcome of the span where Q has none: decided from the
// families' supports, since doubles cannot tell (binomial(48, 1.5e-323) has P(48) = 1.5e-323^48, zero
// in a double, against binomial(10, 0.5), which stops at 10). A list P answers through its masses.
bool support_beyond(const pmf& p, const pmf& q, Index first, Index count) {
  const auto sp = p.support();
  if (!sp) return false;
  const Index a = std::max(sp->first, first);
  const Index b = std::min(sp->last, first + count - 1);
  if (a > b) return false;
  if (const auto sq = q.support()) {
    if (a < sq->first) return true;
    return b > sq->last && !q.unbounded();
  }
  if (b >= q.size()) return true;
  for (Index k = a; k <= b; ++k)
    if (q.mass()[k] == 0) return true;
  return false;
}

// A sum of terms in nats, as a result in base b. Its error bound is the rounding of n additions in any
// order and of each term's own few operations, (n + 4) eps sum |t| (N. J. Higham, "Accuracy and Stability
// of Numerical Algorithms", 2nd ed., section 4.2). An infinite term leaves no rounding to bound.
result sum_of(const ArrayXd& terms, base b) {
  result r;
  r.method = method::sum;
  r.evaluations = static_cast<long>(terms.size());
  r.value = from_nats(terms.sum(), b);
  const double bound = static_cast<double>(terms.size() + 4) * std::numeric_limits<double>::epsilon() * terms.abs().sum();
  r.error = std::isfinite(r.value) ? from_nats(bound, b) : 0.0;
  return r;
}

// +infinity decided from the supports: P has mass where Q has none.
result off_support() {
  result r;
  r.value = inf;
  r.method = method::analytic;
  r.reason = "support";
  return r;
}

// A sum that cannot be negative (KL, JS), whose rounding may leave it at -ulp when P is Q: trimmed to 0
// only within its rounding bound.
result non_negative(result r) {
  if (r.value < 0 && r.value >= -r.error) r.value = 0.0;
  return r;
}

}  // namespace

double surprisal(double p, base b) {
  if (!(p > 0 && p <= 1)) {
    if (p == 0)
      throw invalid_input("the surprisal of an event of probability 0 is infinite: give a probability in (0, 1]");
    throw invalid_input("surprisal needs a probability in (0, 1], got " + detail::shortest(p) +
                        ": give the probability of one event, such as 0.9");
  }
  return from_nats(-std::log(p), b);
}

ArrayXd surprisal(const pmf& p, base b) { return -p.mass().log() / log_of_base(b); }

ArrayXd entropy_terms(const pmf& p, base b) {
  const ArrayXd& m = p.mass();
  return (m > 0).select(-m * m.log(), 0.0) / log_of_base(b);
}

result entropy(const pmf& p, base b, std::optional<window> w) {
  const span s = w ? outcomes(p.size(), w) : span{p.positive().first, p.positive().last - p.positive().first + 1};
  const ArrayXd m = p.extend(s.first, s.count);
  return sum_of((m > 0).select(-m * m.log(), 0.0), b);
}

// The terms of cross-entropy in nats: -P(x) log Q(x), 0 where P(x) = 0, +inf where only Q(x) = 0.
ArrayXd cross_entropy_terms_nats(const masses& p, const masses& q) {
  return (p.hi > 0).select((q.hi > 0).select(-p.hi * q.hi.log(), inf), 0.0);
}

namespace {
ArrayXd cross_entropy_terms_rescued(const masses& p, const masses& q, const pmf& qd, Index first) {
  ArrayXd t = cross_entropy_terms_nats(p, q);
  rescue_underflow(t, p, q, qd, first, [&](Index k, double lq) { return -p.hi[k] * lq; });
  return t;
}
}  // namespace

ArrayXd cross_entropy_terms(const pmf& p, const pmf& q, base b) {
  const auto [pp, qq] = align(p, q, false);
  return cross_entropy_terms_rescued(pp, qq, q, 0) / log_of_base(b);
}

result cross_entropy(const pmf& p, const pmf& q, base b, std::optional<window> w) {
  if (!w && mass_beyond(p, q)) return off_support();
  const span s = outcomes(std::max(p.size(), q.size()), w);
  if (support_beyond(p, q, s.first, s.count)) return off_support();
  const span t = summed(p, q, w);
  const auto [pp, qq] = align(p, q, t, false);
  return sum_of(cross_entropy_terms_rescued(pp, qq, q, t.first), b);
}

ArrayXd kl_terms(const pmf& p, const pmf& q, base b) {
  const auto [pp, qq] = align(p, q);
  return kl_terms_rescued(pp, qq, q, 0) / log_of_base(b);
}

result kl_divergence(const pmf& p, const pmf& q, base b, std::optional<window> w) {
  if (!w && mass_beyond(p, q)) return off_support();
  const span s = outcomes(std::max(p.size(), q.size()), w);
  if (support_beyond(p, q, s.first, s.count)) return off_support();
  const span t = summed(p, q, w);
  const auto [pp, qq] = align(p, q, t);
  return non_negative(sum_of(kl_terms_rescued(pp, qq, q, t.first), b));
}

ArrayXd js_terms(const pmf& p, const pmf& q, base b) {
  const auto [pp, qq] = align(p, q);
  return js_terms_nats(pp, qq) / log_of_base(b);
}

result js_divergence(const pmf& p, const pmf& q, base b, std::optional<window> w) {
  const auto [pp, qq] = align(p, q, summed(p, q, w));
  // 0 <= JS <= ln 2 is a theorem. Only the last roundings are trimmed: -ulp terms when P is near Q (so
  // that the JS distance never takes the square root of a negative number), and a sum of masses 1 + ulp
  // for disjoint supports (so they give exactly ln 2, one bit).
  result r = non_negative(sum_of(js_terms_nats(pp, qq), base::nats));
  if (r.value > std::numbers::ln2 && r.value <= std::numbers::ln2 * (1 + 1e-14)) r.value = std::numbers::ln2;
  r.value = from_nats(r.value, b);
  r.error = from_nats(r.error, b);
  return r;
}

result js_distance(const pmf& p, const pmf& q, base b, std::optional<window> w) {
  result r = js_divergence(p, q, b, w);
  const double js = r.value;
  r.value = std::sqrt(js);
  // |sqrt(v + e) - sqrt(v)| <= min(e / (2 sqrt v), sqrt e)
  r.error = js > 0 ? std::min(r.error / (2 * r.value), std::sqrt(r.error)) : std::sqrt(r.error);
  return r;
}

pmf midpoint(const pmf& p, const pmf& q) {
  const auto [pp, qq] = align(p, q);
  return pmf(0.5 * pp.hi + 0.5 * qq.hi, "M");
}

support_mismatch infinite_outcomes(const pmf& p, const pmf& q) {
  support_mismatch out;
  const auto [pp, qq] = align(p, q);
  if (mass_beyond(p, q)) out.all_from = q.size();
  const Index listed = out.all_from ? *out.all_from : pp.hi.size();
  // P has mass at k (however small: P's log mass is finite) and Q has none.
  for (Index k = 0; k < listed; ++k)
    if (qq.hi[k] == 0 && (pp.hi[k] > 0 || p.log_mass(k) > -inf) && q.log_mass(k) == -inf) out.outcomes.push_back(k);
  return out;
}

}  // namespace info
