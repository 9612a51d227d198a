// Lesson 07 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-17 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <cstddef>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson07;
using hw::check::inf;
using hw::check::near;
using hw::check::random_pmf;
using hw::check::relative;

namespace {

// The test's own JS(P, Q) in nats, for distributions without zeros.
double js_nats(const std::vector<double>& p, const std::vector<double>& q) {
  double sum = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x) {
    const double m = 0.5 * (p[x] + q[x]);
    sum += 0.5 * p[x] * std::log(p[x] / m) + 0.5 * q[x] * std::log(q[x] / m);
  }
  return sum;
}

// The test's own JS in nats between A = (1, 0) and B = (t, 1 − t), and between B and C = (0, 1), for
// 0 < t < 1.
double js_a_b(double t) {
  return 0.5 * std::log(2.0 / (1.0 + t)) + 0.5 * (t * std::log(2.0 * t / (1.0 + t)) + (1.0 - t) * std::log(2.0));
}
double js_b_c(double t) {
  return js_a_b(1.0 - t);
}

}  // namespace

TEST_SUITE("js_divergence_bits") {
  TEST_CASE("P = (0.5, 0.5) against Q = (0.9, 0.1) is 0.146793 bits") {
    // references.py lesson07 js_divergence_bits
    CHECK(js_divergence_bits({0.5, 0.5}, {0.9, 0.1}) == near(0.146793102436052008));
  }
  TEST_CASE("cat and dog, P = (1, 0) against Q = (0.8, 0.2): a zero in P adds nothing") {
    CHECK(js_divergence_bits({1.0, 0.0}, {0.8, 0.2}) == near(0.108031546145600047));  // curriculum 0.108032
  }
  TEST_CASE("JS is symmetric: (0.1, 0.2, 0.3, 0.4) and its reverse give 0.153561 bits either way") {
    const std::vector<double> p{0.1, 0.2, 0.3, 0.4}, q{0.4, 0.3, 0.2, 0.1};
    CHECK(js_divergence_bits(p, q) == near(0.153560655328984507));  // references.py lesson07 js_divergence_bits
    CHECK(js_divergence_bits(q, p) == near(0.153560655328984507));
  }
  TEST_CASE("listing the outcomes in another order changes nothing") {
    CHECK(js_divergence_bits({0.4, 0.1, 0.3, 0.2}, {0.1, 0.4, 0.2, 0.3}) == near(0.153560655328984507));
  }
  TEST_CASE("disjoint supports give exactly 1 bit, identical distributions 0") {
    CHECK(js_divergence_bits({1.0, 0.0}, {0.0, 1.0}) == near(1.0));
    CHECK(js_divergence_bits({0.0, 0.5, 0.0, 0.5}, {0.5, 0.0, 0.5, 0.0}) == near(1.0));
    CHECK(js_divergence_bits({0.2, 0.3, 0.5}, {0.2, 0.3, 0.5}) == near(0.0));
  }
  TEST_CASE("nearly equal P and Q: a JS of 7.2e-9 bits, to 7 digits") {
    // references.py lesson07 js_divergence_bits
    CHECK(js_divergence_bits({0.5, 0.5}, {0.5001, 0.4999}) == relative(7.21347528860202925e-9, 1e-7));
  }
  TEST_CASE("random pairs on 6 outcomes (seeded): the test's own sum, symmetry, and JS ≤ total variation ≤ 1 bit") {
    std::mt19937 engine(7);
    for (int trial = 0; trial < 100; ++trial) {
      const std::vector<double> p = random_pmf(engine, 6), q = random_pmf(engine, 6);
      double tv = 0.0;  // ½ Σ |P − Q|
      for (std::size_t x = 0; x < 6; ++x) tv += 0.5 * std::abs(p[x] - q[x]);
      const double js = js_divergence_bits(p, q);
      CAPTURE(trial);
      CHECK(js == near(js_nats(p, q) / std::log(2.0), 1e-13));
      CHECK(js_divergence_bits(q, p) == near(js, 1e-15));
      CHECK(js > 0.0);
      CHECK(js <= tv);
    }
  }
  TEST_CASE("refuses P and Q on different numbers of outcomes") {
    CHECK_THROWS_AS(js_divergence_bits({0.5, 0.5}, {0.2, 0.3, 0.5}), std::invalid_argument);
  }
}

TEST_SUITE("uniform_overlap_bits") {
  TEST_CASE("n = 2, k = 1: P = (0.5, 0.5, 0), Q = (0, 0.5, 0.5) have JS = ½ bit and KL = +∞") {
    const js_and_kl r = uniform_overlap_bits(2, 1);
    CHECK(r.js == near(0.5));  // exact: KL(P‖M) = ½·log2(1) + ½·log2(2)
    CHECK(r.kl == inf);
  }
  TEST_CASE("for every n ≤ 12 and k ≤ n: JS is the fraction not shared, (n − k)/n bits; KL is +∞ unless k = n") {
    for (int n = 1; n <= 12; ++n)
      for (int k = 0; k <= n; ++k) {
        const js_and_kl r = uniform_overlap_bits(n, k);
        CAPTURE(n);
        CAPTURE(k);
        CHECK(r.js == near(static_cast<double>(n - k) / n));
        if (k < n)
          CHECK(r.kl == inf);
        else
          CHECK(r.kl == near(0.0));
      }
  }
  TEST_CASE("a million outcomes all shared but one: JS = 1e-6 bits, while KL is still +∞") {
    const js_and_kl r = uniform_overlap_bits(1'000'000, 999'999);
    CHECK(r.js == relative(1e-6, 1e-9));
    CHECK(r.kl == inf);
  }
  TEST_CASE("no overlap at all: JS reaches its largest value, 1 bit") {
    CHECK(uniform_overlap_bits(1, 0).js == near(1.0));
    CHECK(uniform_overlap_bits(5, 0).js == near(1.0));
  }
  TEST_CASE("refuses more shared outcomes than each distribution has (k > n)") {
    CHECK_THROWS_AS(uniform_overlap_bits(3, 4), std::invalid_argument);
  }
}

TEST_SUITE("triangle_gaps_nats") {
  TEST_CASE("t = 1/2: JS breaks the triangle inequality, the JS distance does not") {
    const triangle_gaps g = triangle_gaps_nats(0.5);
    CHECK(g.js == near(-0.261624071882273918));        // 0.431523 − 0.693147, references.py lesson07 triangle_gaps_nats
    CHECK(g.distance == near(0.0964481968872202555));  // 0.929003 − 0.832555
  }
  TEST_CASE("t = 0.1, 0.3 and 0.9 (the picture is symmetric about 1/2)") {
    CHECK(triangle_gaps_nats(0.1).js == near(-0.131576096891932521));
    CHECK(triangle_gaps_nats(0.1).distance == near(0.0820937934786013630));
    CHECK(triangle_gaps_nats(0.9).js == near(-0.131576096891932521));
    CHECK(triangle_gaps_nats(0.9).distance == near(0.0820937934786013630));
    CHECK(triangle_gaps_nats(0.3).js == near(-0.233855755774215443));
    CHECK(triangle_gaps_nats(0.3).distance == near(0.0947226406867333008));
  }
  TEST_CASE("B almost equal to C (t = 1e-6): the JS gap is −7.1e-6, the distance gap still +5.8e-4") {
    const triangle_gaps g = triangle_gaps_nats(1e-6);
    CHECK(g.js == near(-7.06118181370201856e-6));  // references.py lesson07 triangle_gaps_nats
    CHECK(g.distance == near(5.84256294954349675e-4));
  }
  TEST_CASE("on a grid of t: each gap against the test's own JS of two coins; JS breaks it, the distance never") {
    for (int i = 1; i <= 99; ++i) {
      const double t = i / 100.0, ab = js_a_b(t), bc = js_b_c(t), ac = std::log(2.0);
      const triangle_gaps g = triangle_gaps_nats(t);
      CAPTURE(t);
      CHECK(g.js == near(ab + bc - ac, 1e-13));
      CHECK(g.distance == near(std::sqrt(ab) + std::sqrt(bc) - std::sqrt(ac), 1e-13));
      CHECK(g.js < 0.0);
      CHECK(g.distance > 0.0);
    }
  }
  TEST_CASE("t = 0 and t = 1: B is C or A, and the triangle is flat") {
    CHECK(triangle_gaps_nats(0.0).js == near(0.0));
    CHECK(triangle_gaps_nats(0.0).distance == near(0.0));
    CHECK(triangle_gaps_nats(1.0).js == near(0.0));
    CHECK(triangle_gaps_nats(1.0).distance == near(0.0));
  }
  TEST_CASE("refuses t = NaN, which is not a number in [0, 1]") {
    CHECK_THROWS_AS(triangle_gaps_nats(std::nan("")), std::invalid_argument);
  }
}

TEST_SUITE("js_and_kl_bound_nats") {
  TEST_CASE("R and S: 0.022341 ≤ 0.045140 nats") {
    const js_bound b = js_and_kl_bound_nats({0.42, 0.31, 0.27}, {0.25, 0.5, 0.25});
    CHECK(b.js == near(0.0223411996098390064));     // references.py lesson07 js_and_kl_bound_nats
    CHECK(b.bound == near(0.0451402419706177539));  // ¼(0.090482 + 0.090079)
  }
  TEST_CASE("both are symmetric: S and R give the same two numbers") {
    const js_bound b = js_and_kl_bound_nats({0.25, 0.5, 0.25}, {0.42, 0.31, 0.27});
    CHECK(b.js == near(0.0223411996098390064));
    CHECK(b.bound == near(0.0451402419706177539));
  }
  TEST_CASE("two opposite coins, (0.9, 0.1) and (0.1, 0.9)") {
    const js_bound b = js_and_kl_bound_nats({0.9, 0.1}, {0.1, 0.9});
    CHECK(b.js == near(0.368064207168497070));
    CHECK(b.bound == near(0.878889830934487753));
  }
  TEST_CASE("disjoint supports: JS = ln 2, the bound is infinite") {
    const js_bound b = js_and_kl_bound_nats({0.5, 0.5, 0.0}, {0.0, 0.0, 1.0});
    CHECK(b.js == near(0.693147180559945309));
    CHECK(b.bound == inf);
  }
  TEST_CASE("P's support inside Q's: KL(P‖Q) is finite but KL(Q‖P) is not, so the bound is +∞ and JS stays finite") {
    const js_bound b = js_and_kl_bound_nats({0.5, 0.5, 0.0}, {0.25, 0.25, 0.5});
    CHECK(b.js == near(0.215761554338835696));  // references.py lesson07 js_and_kl_bound_nats
    CHECK(b.bound == inf);
  }
  TEST_CASE("as Q approaches P, JS tends to half the bound") {
    const js_bound b = js_and_kl_bound_nats({0.3, 0.7}, {0.3001, 0.6999});
    CHECK(b.js == relative(5.95181420458907971e-9, 1e-7));  // references.py lesson07 js_and_kl_bound_nats
    CHECK(b.bound == relative(1.19036284507767034e-8, 1e-7));
    CHECK(b.js / b.bound == near(0.5, 1e-6));
  }
  TEST_CASE("the bound holds on 200 random pairs (seeded), and both are 0 for P = Q") {
    std::mt19937 engine(20240607);
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(engine, 5), q = random_pmf(engine, 5);
      const js_bound b = js_and_kl_bound_nats(p, q);
      CAPTURE(trial);
      CHECK(b.js == near(js_nats(p, q), 1e-13));
      CHECK(b.js <= b.bound);
      CHECK(b.js <= std::log(2.0));
    }
    const js_bound same = js_and_kl_bound_nats({0.3, 0.7}, {0.3, 0.7});
    CHECK(same.js == near(0.0));
    CHECK(same.bound == near(0.0));
  }
  TEST_CASE("refuses a P that does not sum to 1 (it is never normalised for you)") {
    CHECK_THROWS_AS(js_and_kl_bound_nats({0.5, 0.6}, {0.5, 0.5}), std::invalid_argument);
  }
}
