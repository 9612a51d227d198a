// Lesson 14 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, generator lesson14,
// section named by the exercise), quoted here to 17-20 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <vector>

using namespace hw::lesson14;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;

TEST_SUITE("miller_madow_nats") {
  TEST_CASE("counts (3, 1): the plug-in 0.562335 plus 1/8") {
    CHECK(miller_madow_nats({3, 1}) == near(0.68733514461880835029));  // references.py lesson14 miller_madow_nats
  }
  TEST_CASE("unseen outcomes add nothing: (5, 0, 3, 0, 2) counts m̂ = 3; and 1..10") {
    CHECK(miller_madow_nats({5, 0, 3, 0, 2}) == near(1.1296530140645735274));
    CHECK(miller_madow_nats({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) == near(2.2330999024700177206));
  }
  TEST_CASE("four draws, four outcomes: ln 4 + 3/8; one outcome seen: exactly 0") {
    CHECK(miller_madow_nats({1, 1, 1, 1}) == near(std::log(4.0) + 0.375));
    CHECK(miller_madow_nats({0, 12, 0}) == 0.0);
  }
  TEST_CASE("a million draws, one of them rare: 1.5316e-5 nats, to 10 digits") {
    // ln(999999/1e6) is the logarithm of a rounded number near 1: about 11 digits survive, and 10 are asked.
    CHECK(miller_madow_nats({999999, 1}) == relative(1.5315510057964107437e-5, 1e-10));
  }
  TEST_CASE("the correction is the estimate minus the plug-in (the test's own sum), in any order of outcomes") {
    const std::vector<long long> counts{7, 0, 2, 9, 1, 0, 4};
    std::vector<double> empirical;
    for (long long c : counts) empirical.push_back(static_cast<double>(c) / 23.0);
    CHECK(miller_madow_nats(counts) - hw::check::own_entropy_nats(empirical) == near(4.0 / 46.0));
    std::vector<long long> shuffled = counts;
    std::reverse(shuffled.begin(), shuffled.end());
    CHECK(miller_madow_nats(shuffled) == near(miller_madow_nats(counts)));
  }
  TEST_CASE("refuses a negative count and no draws at all") {
    CHECK_THROWS_AS(miller_madow_nats({3, -1, 2}), std::invalid_argument);
    CHECK_THROWS_AS(miller_madow_nats({0, 0}), std::invalid_argument);
  }
}

TEST_SUITE("expected_plugin_entropy_nats") {
  TEST_CASE("a fair coin: one toss shows nothing, two tosses give ½ ln 2, ten give 0.640120") {
    CHECK(expected_plugin_entropy_nats({0.5, 0.5}, 1) == near(0.0));
    CHECK(expected_plugin_entropy_nats({0.5, 0.5}, 2) == near(0.34657359027997265471));
    // references.py lesson14 expected_plugin_entropy_nats
    CHECK(expected_plugin_entropy_nats({0.5, 0.5}, 10) == near(0.64012040988714279899));
  }
  TEST_CASE("(0.7, 0.2, 0.1) with 5 and 50 draws; (0.9, 0.1) with 10") {
    CHECK(expected_plugin_entropy_nats({0.7, 0.2, 0.1}, 5) == near(0.57514281260564833522));
    CHECK(expected_plugin_entropy_nats({0.7, 0.2, 0.1}, 50) == near(0.78117108867080168249));
    CHECK(expected_plugin_entropy_nats({0.9, 0.1}, 10) == near(0.26657849093798628749));
  }
  TEST_CASE("ten equal outcomes, 1000 draws (binomial coefficients near 1e299): 2.298077, and the bias ≈ −9/2000") {
    const std::vector<double> p(10, 0.1);
    const double e = expected_plugin_entropy_nats(p, 1000);
    CHECK(e == near(2.2980767666149326508));
    CHECK(1000.0 * (e - std::log(10.0)) == near(-4.5, 0.01));
  }
  TEST_CASE("below H(P) for every N (the test's own H), and approaching it: N·(H − E[Ĥ]) → (m − 1)/2") {
    const std::vector<double> p{0.5, 0.3, 0.2};
    const double h = hw::check::own_entropy_nats(p);
    for (long long n : {1LL, 3LL, 10LL, 100LL}) {
      CAPTURE(n);
      CHECK(expected_plugin_entropy_nats(p, n) < h);
    }
    CHECK(3000.0 * (h - expected_plugin_entropy_nats(p, 3000)) == near(1.0, 0.01));
  }
  TEST_CASE("an outcome of mass 0 changes nothing; a certain outcome gives 0") {
    CHECK(expected_plugin_entropy_nats({0.5, 0.0, 0.5}, 10) == near(0.64012040988714279899));
    CHECK(expected_plugin_entropy_nats({0.0, 1.0}, 20) == near(0.0));
  }
  TEST_CASE("refuses no draws") {
    CHECK_THROWS_AS(expected_plugin_entropy_nats({0.5, 0.5}, 0), std::invalid_argument);
  }
}

TEST_SUITE("kl_confidence_interval") {
  TEST_CASE("five log-ratios with z = 1.96") {
    const interval i = kl_confidence_interval({0.3, -0.1, 0.8, 0.25, 0.5}, 1.96);
    CHECK(i.mean == near(0.35));
    CHECK(i.lower == near(0.059285019305850012411));  // references.py lesson14 kl_confidence_interval
    CHECK(i.upper == near(0.64071498069414998759));
  }
  TEST_CASE("(1, 2, 3, 4) with z = 2.575829 (99 %): 2.5 and [0.837310, 4.162690]") {
    const interval i = kl_confidence_interval({1.0, 2.0, 3.0, 4.0}, 2.575829);
    CHECK(i.mean == near(2.5));
    CHECK(i.lower == near(0.83730953005364926201));
    CHECK(i.upper == near(4.162690469946350738));
  }
  TEST_CASE("values near 1e9 that differ by 1: the same width as (1, 2, 3, 4) (no digits lost)") {
    const interval i = kl_confidence_interval({1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4}, 2.575829);
    CHECK(i.mean == relative(1e9 + 2.5));
    // The ends are near 1e9, whose doubles are 1.2e-7 apart: the half-width is known to about 1e-7. A one-pass
    // Σy² − n·mean² would lose all of it (Σy² ≈ 4e18 is held to ±512).
    CHECK((i.upper - i.lower) / 2 == near(1.662690469946350738, 1e-6));
  }
  TEST_CASE("equal values: an interval of width 0; the sample copied four times: 2·√(5/4) = 2.236 times narrower") {
    const interval flat = kl_confidence_interval({0.7, 0.7, 0.7}, 1.96);
    CHECK(flat.lower == near(0.7));
    CHECK(flat.upper == near(0.7));
    const std::vector<double> once{0.1, 0.9, 0.4, 0.6};
    std::vector<double> four_times;
    for (int r = 0; r < 4; ++r) four_times.insert(four_times.end(), once.begin(), once.end());
    const interval a = kl_confidence_interval(once, 1.96), b = kl_confidence_interval(four_times, 1.96);
    // Σ(y − mean)² = S becomes 4S: s² goes from S/3 to 4S/15 and √n from 2 to 4, so the width shrinks by
    // 2·√(15/12) = 2·√(5/4).
    const double ratio = 2.0 * std::sqrt(1.25);
    CHECK((a.upper - a.lower) / (b.upper - b.lower) == near(ratio));
  }
  TEST_CASE("refuses a single value: no standard deviation") {
    CHECK_THROWS_AS(kl_confidence_interval({0.4}, 1.96), std::invalid_argument);
  }
}

TEST_SUITE("kozachenko_leonenko_nats") {
  TEST_CASE("(0, 1, 3, 7): k = 1 gives 3.046341, k = 3 gives 2.793949") {
    CHECK(kozachenko_leonenko_nats({0.0, 1.0, 3.0, 7.0}, 1) == near(3.0463408993132376248));
    CHECK(kozachenko_leonenko_nats({0.0, 1.0, 3.0, 7.0}, 3) == near(2.7939490460079217002));
  }
  TEST_CASE("seven unsorted points, k = 1, 2 and 6") {
    const std::vector<double> s{0.1, 0.4, 0.45, 1.3, 2.0, -0.7, 3.1};  // references.py lesson14 kozachenko_leonenko_nats
    CHECK(kozachenko_leonenko_nats(s, 1) == near(1.9950585218711927904));
    CHECK(kozachenko_leonenko_nats(s, 2) == near(1.7591859008013313731));
    CHECK(kozachenko_leonenko_nats(s, 6) == near(1.920217388471102375));
  }
  TEST_CASE("scaling the sample by a adds ln a, shifting it adds nothing, order does not matter") {
    const std::vector<double> s{0.1, 0.4, 0.45, 1.3, 2.0, -0.7, 3.1};
    std::vector<double> scaled, reversed(s.rbegin(), s.rend());
    for (double v : s) scaled.push_back(0.001 * v + 5.0);
    CHECK(kozachenko_leonenko_nats(scaled, 2) - kozachenko_leonenko_nats(s, 2) == near(std::log(0.001), 1e-10));
    CHECK(kozachenko_leonenko_nats(reversed, 1) == near(1.9950585218711927904));
  }
  TEST_CASE("evenly spaced points on [0, 1): N = 1000, k = 1 gives ψ(N) − ψ(1) + ln 2 + ln(1/N) ≈ ln 2 + γ − 1/(2N)") {
    std::vector<double> grid;
    for (int i = 0; i < 1000; ++i) grid.push_back(i / 1000.0);
    // every nearest distance is 1/1000 (up to rounding of i/1000): ψ(1000) − ψ(1) + ln 2 − ln 1000, with
    // ψ(1000) = 6.90725519564881205 and −ψ(1) = γ = 0.577215664901532861 (mpmath digamma, euler)
    const double expected = 6.9072551956488121 + 0.57721566490153286 + std::numbers::ln2 - std::log(1000.0);
    CHECK(kozachenko_leonenko_nats(grid, 1) == near(expected, 1e-9));
  }
  TEST_CASE("refuses k ≥ N: a point needs k other points") {
    CHECK_THROWS_AS(kozachenko_leonenko_nats({0.0, 1.0, 3.0}, 3), std::invalid_argument);
  }
}
