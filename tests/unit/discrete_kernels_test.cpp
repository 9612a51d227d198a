// The discrete measures' logarithms (detail/discrete_kernels.hpp), against long double logl from glibc:
// an independent implementation with 11 more bits than a double, so its rounding to a double is right to
// within a hair of half an ulp. On a processor with AVX2 and FMA this tests the four-at-a-time kernels
// (fdlibm's logarithm, the FMA remainders); elsewhere the one-at-a-time code.
#include <info/detail/discrete_kernels.hpp>
#include <info/discrete_measures.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace {

using info::detail::log_of;
using info::detail::log_ratio;
using info::detail::log_ratio_to_midpoint;

// |got - want| in ulps of want (the spacing of doubles at want; at least the smallest normal's).
double ulps(double got, long double want) {
  const double w = static_cast<double>(want);
  const double spacing = std::max(std::abs(std::nextafter(w, 2 * w + 1) - w), std::numeric_limits<double>::min());
  return static_cast<double>(std::abs(static_cast<long double>(got) - want)) / spacing;
}

// A uniform double in (0, 1) from the raw engine output, the same on every standard library.
double uniform(std::mt19937_64& rng) { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53; }

// 30 000 pairs of normal masses P(k), Q(k) from 1e-260 to 1, their ratios from 1 + 1e-15 to e^±40; every
// seventh pair equal.
struct pairs {
  std::vector<double> p, q;
};
pairs ratio_pairs(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  pairs out;
  for (int i = 0; i < 30000; ++i) {
    const double a = std::exp(-600 * uniform(rng));  // so that Q stays a normal double
    const double lr = (i % 3 == 0) ? 80 * (uniform(rng) - 0.5) : std::ldexp(uniform(rng) - 0.5, -(i % 50));
    out.p.push_back(a);
    out.q.push_back(i % 7 == 0 ? a : std::min(1.0, a * std::exp(lr)));
  }
  return out;
}

}  // namespace

TEST_SUITE("discrete kernels") {
  TEST_CASE("log_of is within 1 ulp of logl from 2.2e-308 to 1, and near 1 where log x is small") {
    std::mt19937_64 rng(7);
    std::vector<double> x;
    for (int i = 0; i < 20000; ++i) x.push_back(std::exp(-708 * uniform(rng)));           // across every exponent
    for (int i = 0; i < 20000; ++i) x.push_back(1 - std::ldexp(uniform(rng), -(i % 50)));  // 1 - 2^-50 .. 1
    for (int i = 0; i < 20000; ++i) x.push_back(std::sqrt(0.5) + 0.6 * uniform(rng));      // the reduction's edges
    x.push_back(1.0);
    x.push_back(std::numeric_limits<double>::min());
    std::vector<double> out(x.size());
    CHECK(log_of(x.data(), out.data(), static_cast<std::ptrdiff_t>(x.size())));
    double worst = 0;
    for (std::size_t i = 0; i < x.size(); ++i) worst = std::max(worst, ulps(out[i], std::log(static_cast<long double>(x[i]))));
    INFO("vectorised: ", info::detail::vectorised(), ", worst ", worst, " ulps");
    CHECK(worst <= 1.0);
    CHECK(out[x.size() - 2] == 0.0);  // log 1 is exactly 0
  }

  TEST_CASE("log_ratio keeps its relative accuracy however near 1 the ratio, and is exactly 0 for P = Q") {
    const auto [p, q] = ratio_pairs(11);
    std::vector<double> out(p.size());
    CHECK(log_ratio(p.data(), q.data(), out.data(), static_cast<std::ptrdiff_t>(p.size())));
    double worst = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      // near 1, log1p of (p - q)/q, whose numerator is exact: a quotient p/q rounded even in long double
      // would leave a log-ratio of 1e-16 with 4 digits
      const long double a = p[i], b = q[i];
      const long double want = (a / b >= 0.5L && a / b <= 2) ? std::log1p((a - b) / b) : std::log(a / b);
      if (p[i] == q[i]) {
        CHECK(out[i] == 0.0);
      } else {
        worst = std::max(worst, ulps(out[i], want));
      }
    }
    INFO("worst ", worst, " ulps");
    CHECK(worst <= 4.0);
  }

  TEST_CASE("log_ratio_to_midpoint: both log-ratios to M = (P+Q)/2 keep their digits, and are 0 for P = Q") {
    const auto [p, q] = ratio_pairs(13);
    std::vector<double> to_p(p.size()), to_q(p.size());
    CHECK(log_ratio_to_midpoint(p.data(), q.data(), to_p.data(), to_q.data(), static_cast<std::ptrdiff_t>(p.size())));
    double worst = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      const long double a = p[i], b = q[i];
      if (p[i] == q[i]) {
        CHECK(to_p[i] == 0.0);
        CHECK(to_q[i] == 0.0);
        continue;
      }
      // log(2a/(a+b)) = -log1p((b - a)/(2a)), with b - a exact where it matters (a and b within a factor 2)
      worst = std::max({worst, ulps(to_p[i], -std::log1p((b - a) / (2 * a))), ulps(to_q[i], -std::log1p((a - b) / (2 * b)))});
    }
    INFO("worst ", worst, " ulps");
    // three parts (the logarithm of the rounded ratio, the remainder of that rounding, the rounding of
    // P + Q), each to an ulp or two, that may partly cancel: 4.25 ulps at worst here
    CHECK(worst <= 6.0);
  }

  TEST_CASE("the kernels report blocks with zeros and subnormal masses, which the measures then do one by one") {
    const std::vector<double> p{0.25, 0.25, 0.0, 1e-310, 0.25, 0.25 - 1e-310};
    const std::vector<double> q{0.2, 0.3, 0.2, 0.3, 0.0, 0.0};
    std::vector<double> out(p.size()), other(p.size());
    CHECK_FALSE(log_of(p.data(), out.data(), 6));
    CHECK_FALSE(log_ratio(p.data(), q.data(), out.data(), 6));
    CHECK_FALSE(log_ratio_to_midpoint(p.data(), q.data(), out.data(), other.data(), 6));
    CHECK(log_of(q.data(), out.data(), 4));
  }

  TEST_CASE("a measure over many blocks with irregular outcomes scattered through them equals the long double sum") {
    // 5000 outcomes (ten blocks), every 37th mass 0 and every 101st subnormal in P; Q without zeros.
    const Eigen::Index n = 5000;
    std::mt19937_64 rng(17);
    Eigen::ArrayXd wp(n), wq(n);
    for (Eigen::Index k = 0; k < n; ++k) {
      wp[k] = k % 37 == 0 ? 0.0 : -std::log(uniform(rng));
      wq[k] = -std::log(uniform(rng));
    }
    Eigen::ArrayXd mp = wp / wp.sum();
    for (Eigen::Index k = 50; k < n; k += 101) mp[k] = 3e-310;
    const info::pmf p(mp / mp.sum()), q = info::pmf::normalised(wq, "Q");
    long double kl = 0, ce = 0, h = 0, js = 0;
    for (Eigen::Index k = 0; k < n; ++k) {
      const long double a = p.mass()[k], b = q.mass()[k], m = (a + b) / 2;
      if (a > 0) {
        kl += a * std::log(a / b);
        ce -= a * std::log(b);
        h -= a * std::log(a);
        js += a * std::log(a / m) / 2;
      }
      js += b * std::log(b / m) / 2;
    }
    CHECK(info::kl_divergence(p, q).value == doctest::Approx(static_cast<double>(kl)).epsilon(1e-14));
    CHECK(info::cross_entropy(p, q).value == doctest::Approx(static_cast<double>(ce)).epsilon(1e-14));
    CHECK(info::entropy(p).value == doctest::Approx(static_cast<double>(h)).epsilon(1e-14));
    CHECK(info::js_divergence(p, q).value == doctest::Approx(static_cast<double>(js)).epsilon(1e-14));
    CHECK(info::kl_terms(p, q).sum() == doctest::Approx(static_cast<double>(kl)).epsilon(1e-14));
  }
}
