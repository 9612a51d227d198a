// Discrete measures summed block by block in one pass over the masses, in nats, converted to the
// requested base at the end; the logarithms come from detail/discrete_kernels.hpp.
//
// Every measure is summed from its own definition; none is assembled from another, so that the
// workbook's identity checks compare independent computations.
#include "info/discrete_measures.hpp"

#include "info/detail/discrete_kernels.hpp"
#include "info/error.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

namespace info {
namespace {

using Eigen::ArrayXd;
using Eigen::Index;
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double normal_min = std::numeric_limits<double>::min();

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

// A sum runs over blocks of this many outcomes: the masses, their logarithms and the terms of a block
// stay in the L1 cache, and nothing as long as the pmfs is ever allocated (at 10^7 outcomes an array is
// 80 MB, and touching fresh memory costs more than the logarithms).
constexpr Index block = 512;
using block_array = std::array<double, block>;
// A block-sized Eigen array on the stack, and a block of zeros for a pmf without residuals.
using block_vector = Eigen::Array<double, Eigen::Dynamic, 1, Eigen::ColMajor, block, 1>;
constexpr block_array zeros{};

// The masses of one pmf, a block at a time: its stored masses where it has them, else extended (zeros
// past a bounded support, exact values past a cut) into a block of their own. The rounding residuals,
// exact mass minus its double, only where the measure uses them and the pmf has them (a family's).
class reader {
 public:
  reader(const pmf& d, bool residuals) : d_(d), residuals_(residuals && d.has_residuals()) {}
  // P(k), ..., P(k + m - 1)
  const double* mass(Index k, Index m) {
    if (k + m <= d_.size()) return d_.mass().data() + k;
    extended_ = d_.extend(k, m);
    return extended_.data();
  }
  // their residuals, or nullptr when there are none
  const double* residual(Index k, Index m) {
    if (!residuals_) return nullptr;
    residual_ = d_.extend_residual(k, m);
    return residual_.data();
  }

 private:
  const pmf& d_;
  bool residuals_;
  ArrayXd extended_, residual_;
};

using block_map = Eigen::Map<const ArrayXd>;
using terms_map = Eigen::Map<ArrayXd>;

// lo/hi, the relative rounding of a mass (0 for a mass of 0 or without residual).
double relative(const double* lo, const double* hi, Index j) { return lo && hi[j] > 0 ? lo[j] / hi[j] : 0.0; }

// Calls f(k, m) for the blocks of outcomes k .. k + m - 1 that make up the span.
template <class F>
void for_blocks(span s, F f) {
  for (Index k = s.first; k < s.first + s.count; k += block) f(k, std::min(block, s.first + s.count - k));
}

// The terms of each measure in nats for one block, written to t. The kernels give the logarithms of
// regular outcomes (both masses normal doubles); a loop after each kernel redoes the others one at a time.

// -P log P: 0 where P = 0.
void entropy_block(reader& p, Index k, Index m, double* t) {
  const double* pk = p.mass(k, m);
  block_array lp;
  const bool regular = detail::log_of(pk, lp.data(), m);
  terms_map(t, m) = -block_map(pk, m) * block_map(lp.data(), m);
  if (regular) return;
  for (Index j = 0; j < m; ++j)
    if (!(pk[j] >= normal_min)) t[j] = pk[j] > 0 ? -pk[j] * std::log(pk[j]) : 0.0;
}

// A term made infinite by Q(x) = 0 is infinite only when x is off Q's support. Where Q is a family whose
// mass merely underflowed (poisson(3) at x = 224, about 1e-325), or became a subnormal double with few
// digits left, log Q(x) comes from its log law and the term is finite and accurate. Otherwise log Q(x).
double log_q(const pmf& q, double qx, Index x) {
  if (qx < normal_min) {
    const double lq = q.log_mass(x);
    if (lq > -inf) return lq;
  }
  return qx > 0 ? std::log(qx) : -inf;
}

// -P log Q: 0 where P = 0, +inf where only Q = 0.
void cross_entropy_block(reader& p, reader& q, const pmf& qd, Index k, Index m, double* t) {
  const double *pk = p.mass(k, m), *qk = q.mass(k, m);
  block_array lq;
  const bool regular = detail::log_of(qk, lq.data(), m);
  terms_map(t, m) = -block_map(pk, m) * block_map(lq.data(), m);
  if (regular) return;
  for (Index j = 0; j < m; ++j)
    if (!(qk[j] >= normal_min)) t[j] = pk[j] > 0 ? -pk[j] * log_q(qd, qk[j], k + j) : 0.0;
}

// P log(P/Q) with P and Q corrected for their residuals: log(P(1 + dp)/Q(1 + dq)) = log(P/Q) + dp - dq
// to first order. 0 where P = 0, +inf where only Q = 0 (off Q's support).
void kl_block(reader& p, reader& q, const pmf& qd, Index k, Index m, double* t) {
  const double *pk = p.mass(k, m), *qk = q.mass(k, m);
  const double *pl = p.residual(k, m), *ql = q.residual(k, m);
  block_array lr;
  const bool regular = detail::log_ratio(pk, qk, lr.data(), m);
  terms_map tm(t, m);
  if (!pl && !ql) {
    tm = block_map(pk, m) * block_map(lr.data(), m);
  } else {
    const block_map ph(pk, m), qh(qk, m), plo(pl ? pl : zeros.data(), m), qlo(ql ? ql : zeros.data(), m);
    tm = (ph + plo) * (block_map(lr.data(), m) + plo / ph - qlo / qh);
  }
  if (regular) return;
  for (Index j = 0; j < m; ++j) {
    const double px = pk[j], qx = qk[j];
    if (px >= normal_min && qx >= normal_min) continue;
    if (!(px > 0)) {
      t[j] = 0.0;
      continue;
    }
    const double lq = log_q(qd, qx, k + j);
    if (lq == -inf)
      t[j] = inf;
    else if (qx < normal_min)
      t[j] = px * (std::log(px) - lq);
    else  // P subnormal
      t[j] = (px + (pl ? pl[j] : 0.0)) * (detail::log_ratio_of(px, qx) + relative(pl, pk, j) - relative(ql, qk, j));
  }
}

// ½P log(P/M) + ½Q log(Q/M) with M = (P+Q)/2, each >= 0 by the log-sum inequality. M itself is never
// formed: halving a subnormal mass can round it to 0. The residuals correct log(P/M) by
// (Q/(P+Q))(dp - dq) to first order, and log(Q/M) by (P/(P+Q))(dq - dp).
void js_block(reader& p, reader& q, Index k, Index m, double* t) {
  const double *pk = p.mass(k, m), *qk = q.mass(k, m);
  const double *pl = p.residual(k, m), *ql = q.residual(k, m);
  block_array to_p, to_q;
  const bool regular = detail::log_ratio_to_midpoint(pk, qk, to_p.data(), to_q.data(), m);
  const block_map ph(pk, m), qh(qk, m), lp(to_p.data(), m), lq(to_q.data(), m);
  terms_map tm(t, m);
  if (!pl && !ql) {
    tm = 0.5 * (ph * lp + qh * lq);
  } else {
    const block_map plo(pl ? pl : zeros.data(), m), qlo(ql ? ql : zeros.data(), m);
    const block_vector d = plo / ph - qlo / qh;  // dp - dq
    const block_vector s = ph + qh;
    tm = 0.5 * ((ph + plo) * (lp + (qh / s) * d) + (qh + qlo) * (lq - (ph / s) * d));
  }
  if (regular) return;
  for (Index j = 0; j < m; ++j) {
    const double px = pk[j], qx = qk[j];
    if (px >= normal_min && qx >= normal_min) continue;
    const double d = relative(pl, pk, j) - relative(ql, qk, j), s = px + qx;
    double term = 0.0;
    if (px > 0) term += 0.5 * (px + (pl ? pl[j] : 0.0)) * (detail::log_ratio_to_midpoint_of(px, qx) + (qx / s) * d);
    if (qx > 0) term += 0.5 * (qx + (ql ? ql[j] : 0.0)) * (detail::log_ratio_to_midpoint_of(qx, px) - (px / s) * d);
    t[j] = term;
  }
}

// P's support reaches beyond Q's: P unbounded (mass at every outcome) against a bounded Q.
bool mass_beyond(const pmf& p, const pmf& q) { return p.unbounded() && !q.unbounded(); }

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

// A sum of terms in nats, block by block, as a result in base b. The blocks' sums are added with
// Neumaier's compensation. The error bound is the rounding of n additions in any order and of each
// term's own few operations, (n + 4) eps sum |t| (N. J. Higham, "Accuracy and Stability of Numerical
// Algorithms", 2nd ed., section 4.2). An infinite term leaves no rounding to bound.
class sum {
 public:
  void add(const double* t, Index m) {
    const block_map terms(t, m);
    const double x = terms.sum();
    const double next = total_ + x;
    compensation_ += std::abs(total_) >= std::abs(x) ? (total_ - next) + x : (x - next) + total_;
    total_ = next;
    magnitude_ += terms.abs().sum();
    count_ += m;
  }
  [[nodiscard]] result in(base b) const {
    result r;
    r.method = method::sum;
    r.evaluations = static_cast<long>(count_);
    const double nats = std::isfinite(total_) ? total_ + compensation_ : total_;
    r.value = from_nats(nats, b);
    const double bound = static_cast<double>(count_ + 4) * std::numeric_limits<double>::epsilon() * magnitude_;
    r.error = std::isfinite(r.value) ? from_nats(bound, b) : 0.0;
    return r;
  }

 private:
  double total_ = 0, compensation_ = 0, magnitude_ = 0;
  Index count_ = 0;
};

// The terms of a measure over the span, in base b, one per outcome (for tables).
template <class Block>
ArrayXd terms_over(span s, base b, Block terms_of_block) {
  ArrayXd t(s.count);
  for_blocks(s, [&](Index k, Index m) { terms_of_block(k, m, t.data() + (k - s.first)); });
  return t / log_of_base(b);
}

// The sum of a measure's terms over the span, in base b.
template <class Block>
result sum_over(span s, base b, Block terms_of_block) {
  block_array t;
  sum total;
  for_blocks(s, [&](Index k, Index m) {
    terms_of_block(k, m, t.data());
    total.add(t.data(), m);
  });
  return total.in(b);
}

// Every stored outcome of both, from 0: for tables of terms, one row per outcome.
span stored(const pmf& p, const pmf& q) { return {0, std::max(p.size(), q.size())}; }

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
  reader pr(p, false);
  return terms_over({0, p.size()}, b, [&](Index k, Index m, double* t) { entropy_block(pr, k, m, t); });
}

result entropy(const pmf& p, base b, std::optional<window> w) {
  const span s = w ? outcomes(p.size(), w) : span{p.positive().first, p.positive().last - p.positive().first + 1};
  reader pr(p, false);
  return sum_over(s, b, [&](Index k, Index m, double* t) { entropy_block(pr, k, m, t); });
}

ArrayXd cross_entropy_terms(const pmf& p, const pmf& q, base b) {
  reader pr(p, false), qr(q, false);
  return terms_over(stored(p, q), b, [&](Index k, Index m, double* t) { cross_entropy_block(pr, qr, q, k, m, t); });
}

result cross_entropy(const pmf& p, const pmf& q, base b, std::optional<window> w) {
  if (!w && mass_beyond(p, q)) return off_support();
  const span s = outcomes(std::max(p.size(), q.size()), w);
  if (support_beyond(p, q, s.first, s.count)) return off_support();
  reader pr(p, false), qr(q, false);
  return sum_over(summed(p, q, w), b, [&](Index k, Index m, double* t) { cross_entropy_block(pr, qr, q, k, m, t); });
}

ArrayXd kl_terms(const pmf& p, const pmf& q, base b) {
  reader pr(p, true), qr(q, true);
  return terms_over(stored(p, q), b, [&](Index k, Index m, double* t) { kl_block(pr, qr, q, k, m, t); });
}

result kl_divergence(const pmf& p, const pmf& q, base b, std::optional<window> w) {
  if (!w && mass_beyond(p, q)) return off_support();
  const span s = outcomes(std::max(p.size(), q.size()), w);
  if (support_beyond(p, q, s.first, s.count)) return off_support();
  reader pr(p, true), qr(q, true);
  return non_negative(sum_over(summed(p, q, w), b, [&](Index k, Index m, double* t) { kl_block(pr, qr, q, k, m, t); }));
}

ArrayXd js_terms(const pmf& p, const pmf& q, base b) {
  reader pr(p, true), qr(q, true);
  return terms_over(stored(p, q), b, [&](Index k, Index m, double* t) { js_block(pr, qr, k, m, t); });
}

result js_divergence(const pmf& p, const pmf& q, base b, std::optional<window> w) {
  reader pr(p, true), qr(q, true);
  // 0 <= JS <= ln 2 is a theorem. Only the last roundings are trimmed: -ulp terms when P is near Q (so
  // that the JS distance never takes the square root of a negative number), and a sum of masses 1 + ulp
  // for disjoint supports (so they give exactly ln 2, one bit).
  result r = non_negative(
      sum_over(summed(p, q, w), base::nats, [&](Index k, Index m, double* t) { js_block(pr, qr, k, m, t); }));
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
  const Index n = stored(p, q).count;
  return pmf(0.5 * p.extend(n) + 0.5 * q.extend(n), "M");
}

support_mismatch infinite_outcomes(const pmf& p, const pmf& q) {
  support_mismatch out;
  const Index n = stored(p, q).count;
  const ArrayXd pm = p.extend(n), qm = q.extend(n);
  if (mass_beyond(p, q)) out.all_from = q.size();
  const Index listed = out.all_from ? *out.all_from : n;
  // P has mass at k (however small: P's log mass is finite) and Q has none.
  for (Index k = 0; k < listed; ++k)
    if (qm[k] == 0 && (pm[k] > 0 || p.log_mass(k) > -inf) && q.log_mass(k) == -inf) out.outcomes.push_back(k);
  return out;
}

}  // namespace info
