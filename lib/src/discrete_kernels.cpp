// The discrete measures' logarithms, four outcomes at a time (see detail/discrete_kernels.hpp).
//
// The four-wide code is compiled for AVX2 and FMA by a target attribute and chosen at run time, so one
// build serves every x86-64 processor. It is written with intrinsics and its own logarithm rather than
// Eigen, whose templates instantiated here for AVX2 could be merged by the linker with the SSE2 ones
// of other files.
#include "info/detail/discrete_kernels.hpp"

#include <cmath>
#include <limits>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define INFO_KERNELS_AVX2 1
#include <immintrin.h>
#endif

namespace info::detail {

namespace {
constexpr double normal_min = std::numeric_limits<double>::min();
}  // namespace

// log(a/b): where a and b are within a factor 2, a - b is exact (Sterbenz) and log1p((a - b)/b) keeps
// full relative accuracy in a small log-ratio; elsewhere the plain ratio, or a difference of logs when
// the ratio would overflow or underflow.
double log_ratio_of(double a, double b) {
  const double r = a / b;
  if (r >= 0.5 && r <= 2.0) return std::log1p((a - b) / b);
  if (std::isfinite(r) && r > 0) return std::log(r);
  return std::log(a) - std::log(b);
}

// log(2a/(a+b)) = -log1p((b - a)/(2a)): b - a is exact when a and b are within a factor 2, so a
// log-ratio near 0 keeps its relative accuracy, which a rounded a + b would spoil; where (b - a)/(2a)
// overflows (a subnormal), a difference of logs.
double log_ratio_to_midpoint_of(double a, double b) {
  const double r = (b - a) / (2 * a);
  return std::isfinite(r) ? -std::log1p(r) : std::log(2 * a) - std::log(a + b);
}

namespace {

bool regular(double x) { return x >= normal_min; }

// One outcome at a time: the kernels' tails, and the whole of them without AVX2.
bool scalar_log_of(const double* p, double* out, std::ptrdiff_t m) {
  bool ok = true;
  for (std::ptrdiff_t k = 0; k < m; ++k) {
    ok = ok && regular(p[k]);
    out[k] = std::log(p[k]);
  }
  return ok;
}

bool scalar_log_ratio(const double* p, const double* q, double* out, std::ptrdiff_t m) {
  bool ok = true;
  for (std::ptrdiff_t k = 0; k < m; ++k) {
    ok = ok && regular(p[k]) && regular(q[k]);
    out[k] = regular(p[k]) && regular(q[k]) ? log_ratio_of(p[k], q[k]) : 0.0;
  }
  return ok;
}

bool scalar_log_ratio_to_midpoint(const double* p, const double* q, double* to_p, double* to_q, std::ptrdiff_t m) {
  bool ok = true;
  for (std::ptrdiff_t k = 0; k < m; ++k) {
    const bool both = regular(p[k]) && regular(q[k]);
    ok = ok && both;
    to_p[k] = both ? log_ratio_to_midpoint_of(p[k], q[k]) : 0.0;
    to_q[k] = both ? log_ratio_to_midpoint_of(q[k], p[k]) : 0.0;
  }
  return ok;
}

#ifdef INFO_KERNELS_AVX2
#define INFO_AVX2 __attribute__((target("avx2,fma")))

INFO_AVX2 __m256d c(double v) { return _mm256_set1_pd(v); }

// log x for four positive normal doubles: fdlibm's e_log.c (Sun Microsystems, 1993), error below 1 ulp.
// x = 2^k m with m in [sqrt(2)/2, sqrt(2)); with f = m - 1 (exact) and s = f/(2 + f),
// log(1 + f) = 2 atanh(s) = f - f^2/2 + s (f^2/2 + R(s^2)), R a minimax polynomial of degree 7 in s^2,
// and k ln 2 added in two parts (ln2_hi has trailing zeros, so k ln2_hi is exact).
INFO_AVX2 __m256d log4(__m256d x) {
  const __m256i bits = _mm256_castpd_si256(x);
  const __m256i fraction = _mm256_and_si256(bits, _mm256_set1_epi64x(0x000fffffffffffffLL));
  __m256d m = _mm256_castsi256_pd(_mm256_or_si256(fraction, _mm256_set1_epi64x(0x3ff0000000000000LL)));  // [1, 2)
  // the biased exponent as a double: its 11 bits placed under 2^52, and 2^52 + 1023 taken off
  const __m256i biased = _mm256_srli_epi64(bits, 52);
  __m256d k = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(biased, _mm256_set1_epi64x(0x4330000000000000LL))),
                            _mm256_set1_pd(4503599627370496.0 + 1023.0));
  const __m256d high = _mm256_cmp_pd(m, _mm256_set1_pd(1.4142135623730951), _CMP_GT_OQ);
  m = _mm256_blendv_pd(m, _mm256_mul_pd(m, _mm256_set1_pd(0.5)), high);
  k = _mm256_add_pd(k, _mm256_and_pd(high, _mm256_set1_pd(1.0)));

  const __m256d f = _mm256_sub_pd(m, _mm256_set1_pd(1.0));
  const __m256d s = _mm256_div_pd(f, _mm256_add_pd(_mm256_set1_pd(2.0), f));
  const __m256d z = _mm256_mul_pd(s, s);
  const __m256d w = _mm256_mul_pd(z, z);
  const __m256d t1 = _mm256_mul_pd(
      w, _mm256_fmadd_pd(w, _mm256_fmadd_pd(w, c(1.531383769920937332e-01), c(2.222219843214978396e-01)),
                         c(3.999999999940941908e-01)));
  const __m256d t2 = _mm256_mul_pd(
      z, _mm256_fmadd_pd(
             w, _mm256_fmadd_pd(w, _mm256_fmadd_pd(w, c(1.479819860511658591e-01), c(1.818357216161805012e-01)),
                                c(2.857142874366239149e-01)),
             c(6.666666666666735130e-01)));
  const __m256d r = _mm256_add_pd(t2, t1);
  const __m256d hfsq = _mm256_mul_pd(_mm256_mul_pd(c(0.5), f), f);
  // k ln2_hi - ((hfsq - (s (hfsq + R) + k ln2_lo)) - f)
  const __m256d inner = _mm256_fmadd_pd(s, _mm256_add_pd(hfsq, r), _mm256_mul_pd(k, c(1.90821492927058770002e-10)));
  return _mm256_fmsub_pd(k, c(6.93147180369123816490e-01), _mm256_sub_pd(_mm256_sub_pd(hfsq, inner), f));
}

// Whether every lane of x is a normal double (NaN compares false and counts as irregular).
INFO_AVX2 __m256d regular4(__m256d x) { return _mm256_cmp_pd(x, _mm256_set1_pd(normal_min), _CMP_GE_OQ); }
INFO_AVX2 bool all(__m256d mask) { return _mm256_movemask_pd(mask) == 0xf; }

INFO_AVX2 bool avx2_log_of(const double* p, double* out, std::ptrdiff_t m) {
  __m256d ok = _mm256_castsi256_pd(_mm256_set1_epi64x(-1));
  std::ptrdiff_t k = 0;
  for (; k + 4 <= m; k += 4) {
    const __m256d x = _mm256_loadu_pd(p + k);
    ok = _mm256_and_pd(ok, regular4(x));
    _mm256_storeu_pd(out + k, log4(x));
  }
  return scalar_log_of(p + k, out + k, m - k) && all(ok);
}

// log(p/q) = log r + log(p/(r q)) with r = p (1/q), within two roundings of p/q: one division, which
// is what the kernels wait for. The remainder e = p - r q is exact by FMA, and p/(r q) = 1 + e/(r q);
// where |r - 1| < 1/2 that correction is e/q to within its own size times |r - 1|, and it restores the
// digits of a log-ratio near 0 that rounding r lost. Farther out log r is at least 0.4 and the
// correction, below 2 ulps, is left out. Where p = q the log-ratio is exactly 0 (so KL(P||P) is 0),
// which r = p (1/q), an ulp from 1, would otherwise miss by about 1e-32.
INFO_AVX2 bool avx2_log_ratio(const double* p, const double* q, double* out, std::ptrdiff_t m) {
  __m256d ok = _mm256_castsi256_pd(_mm256_set1_epi64x(-1));
  const __m256d sign = _mm256_set1_pd(-0.0);
  std::ptrdiff_t k = 0;
  for (; k + 4 <= m; k += 4) {
    const __m256d a = _mm256_loadu_pd(p + k);
    const __m256d b = _mm256_loadu_pd(q + k);
    ok = _mm256_and_pd(ok, _mm256_and_pd(regular4(a), regular4(b)));
    const __m256d inv = _mm256_div_pd(_mm256_set1_pd(1.0), b);
    const __m256d r = _mm256_mul_pd(a, inv);
    const __m256d e = _mm256_fnmadd_pd(r, b, a);
    const __m256d near = _mm256_cmp_pd(_mm256_andnot_pd(sign, _mm256_sub_pd(r, _mm256_set1_pd(1.0))),
                                       _mm256_set1_pd(0.5), _CMP_LT_OQ);
    const __m256d correction = _mm256_and_pd(near, _mm256_mul_pd(e, inv));
    const __m256d equal = _mm256_cmp_pd(a, b, _CMP_EQ_OQ);
    _mm256_storeu_pd(out + k, _mm256_andnot_pd(equal, _mm256_add_pd(log4(r), correction)));
  }
  return scalar_log_ratio(p + k, q + k, out + k, m - k) && all(ok);
}

// log(2p/(p+q)) with s = p + q rounded and its rounding s_lo recovered exactly (Knuth's TwoSum):
// log(2p/(s + s_lo)) = log r + log(2p/(r s)) - log1p(s_lo/s) with r = 2p (1/s) (one division for
// both masses); the remainder
// 2p - r s is exact by FMA and, divided by s, is the second term to within its own size (r <= 2, and
// where r is far from 1 the term is below 3 ulps of a logarithm of at least 0.4). The same for q. Where
// p = q both log-ratios are exactly 0 (so JS(P,P) is 0).
INFO_AVX2 bool avx2_log_ratio_to_midpoint(const double* p, const double* q, double* to_p, double* to_q,
                                          std::ptrdiff_t m) {
  __m256d ok = _mm256_castsi256_pd(_mm256_set1_epi64x(-1));
  std::ptrdiff_t k = 0;
  for (; k + 4 <= m; k += 4) {
    const __m256d a = _mm256_loadu_pd(p + k);
    const __m256d b = _mm256_loadu_pd(q + k);
    ok = _mm256_and_pd(ok, _mm256_and_pd(regular4(a), regular4(b)));
    const __m256d s = _mm256_add_pd(a, b);
    const __m256d bb = _mm256_sub_pd(s, a);
    const __m256d s_lo = _mm256_add_pd(_mm256_sub_pd(a, _mm256_sub_pd(s, bb)), _mm256_sub_pd(b, bb));
    const __m256d inv = _mm256_div_pd(_mm256_set1_pd(1.0), s);
    const __m256d lost = _mm256_mul_pd(s_lo, inv);
    const __m256d a2 = _mm256_add_pd(a, a), b2 = _mm256_add_pd(b, b);
    const __m256d ra = _mm256_mul_pd(a2, inv), rb = _mm256_mul_pd(b2, inv);
    const __m256d ea = _mm256_mul_pd(_mm256_fnmadd_pd(ra, s, a2), inv);
    const __m256d eb = _mm256_mul_pd(_mm256_fnmadd_pd(rb, s, b2), inv);
    const __m256d equal = _mm256_cmp_pd(a, b, _CMP_EQ_OQ);
    _mm256_storeu_pd(to_p + k, _mm256_andnot_pd(equal, _mm256_sub_pd(_mm256_add_pd(log4(ra), ea), lost)));
    _mm256_storeu_pd(to_q + k, _mm256_andnot_pd(equal, _mm256_sub_pd(_mm256_add_pd(log4(rb), eb), lost)));
  }
  return scalar_log_ratio_to_midpoint(p + k, q + k, to_p + k, to_q + k, m - k) && all(ok);
}

bool has_avx2() {
  static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return yes;
}
#endif

}  // namespace

bool vectorised() noexcept {
#ifdef INFO_KERNELS_AVX2
  return has_avx2();
#else
  return false;
#endif
}

bool log_of(const double* p, double* out, std::ptrdiff_t m) {
#ifdef INFO_KERNELS_AVX2
  if (has_avx2()) return avx2_log_of(p, out, m);
#endif
  return scalar_log_of(p, out, m);
}

bool log_ratio(const double* p, const double* q, double* out, std::ptrdiff_t m) {
#ifdef INFO_KERNELS_AVX2
  if (has_avx2()) return avx2_log_ratio(p, q, out, m);
#endif
  return scalar_log_ratio(p, q, out, m);
}

bool log_ratio_to_midpoint(const double* p, const double* q, double* to_p, double* to_q, std::ptrdiff_t m) {
#ifdef INFO_KERNELS_AVX2
  if (has_avx2()) return avx2_log_ratio_to_midpoint(p, q, to_p, to_q, m);
#endif
  return scalar_log_ratio_to_midpoint(p, q, to_p, to_q, m);
}

}  // namespace info::detail
