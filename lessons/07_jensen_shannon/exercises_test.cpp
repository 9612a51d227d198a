// Lesson 07 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.07.K.name.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-17 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson07;
using hw::check::inf;
using hw::check::near;

TEST_SUITE("07.1 js_divergence_bits") {
  TEST_CASE("the lesson's pair: P = (0.5, 0.5), Q = (0.9, 0.1)") {
    CHECK(js_divergence_bits({0.5, 0.5}, {0.9, 0.1}) == near(0.146793102436052008));  // references.py 07.1
  }
  TEST_CASE("cat and dog: P = (1, 0), Q = (0.8, 0.2) (a zero in P adds nothing)") {
    CHECK(js_divergence_bits({1.0, 0.0}, {0.8, 0.2}) == near(0.108031546145600047));  // curriculum 0.108032
  }
  TEST_CASE("symmetric, on four outcomes") {
    const std::vector<double> p{0.1, 0.2, 0.3, 0.4}, q{0.4, 0.3, 0.2, 0.1};
    CHECK(js_divergence_bits(p, q) == near(0.153560655328984507));  // references.py 07.1
    CHECK(js_divergence_bits(q, p) == near(0.153560655328984507));
  }
  TEST_CASE("disjoint supports give exactly 1 bit, identical distributions 0") {
    CHECK(js_divergence_bits({1.0, 0.0}, {0.0, 1.0}) == near(1.0));
    CHECK(js_divergence_bits({0.0, 0.5, 0.0, 0.5}, {0.5, 0.0, 0.5, 0.0}) == near(1.0));
    CHECK(js_divergence_bits({0.2, 0.3, 0.5}, {0.2, 0.3, 0.5}) == near(0.0));
  }
  TEST_CASE("refuses what is not a pair of distributions on the same outcomes") {
    CHECK_THROWS_AS(js_divergence_bits({0.5, 0.5}, {0.2, 0.3, 0.5}), std::invalid_argument);
    CHECK_THROWS_AS(js_divergence_bits({0.2, 0.4, 0.5}, {0.6, 0.15, 0.25}), std::invalid_argument);  // P sums to 1.1
    CHECK_THROWS_AS(js_divergence_bits({1.2, -0.2}, {0.5, 0.5}), std::invalid_argument);
    CHECK_THROWS_AS(js_divergence_bits({}, {}), std::invalid_argument);
  }
}

TEST_SUITE("07.2 uniform_overlap_bits") {
  TEST_CASE("the lesson's pair: P = (0.5, 0.5, 0), Q = (0, 0.5, 0.5)") {
    const js_and_kl r = uniform_overlap_bits(2, 1);
    CHECK(r.js == near(0.5));  // exact: KL(P‖M) = ½·log2(1) + ½·log2(2)
    CHECK(r.kl == inf);
  }
  TEST_CASE("JS is the fraction of outcomes not shared, (n − k)/n bits") {
    CHECK(uniform_overlap_bits(4, 3).js == near(0.25));
    CHECK(uniform_overlap_bits(4, 3).kl == inf);
    CHECK(uniform_overlap_bits(1000, 999).js == near(0.001));
    CHECK(uniform_overlap_bits(5, 0).js == near(1.0));
  }
  TEST_CASE("complete overlap: P = Q, both zero") {
    const js_and_kl r = uniform_overlap_bits(3, 3);
    CHECK(r.js == near(0.0));
    CHECK(r.kl == near(0.0));
    CHECK(uniform_overlap_bits(1, 1).kl == near(0.0));
  }
  TEST_CASE("refuses n < 1, k < 0 and k > n") {
    CHECK_THROWS_AS(uniform_overlap_bits(0, 0), std::invalid_argument);
    CHECK_THROWS_AS(uniform_overlap_bits(3, -1), std::invalid_argument);
    CHECK_THROWS_AS(uniform_overlap_bits(3, 4), std::invalid_argument);
  }
}

TEST_SUITE("07.3 triangle_gaps_nats") {
  TEST_CASE("t = 1/2: JS breaks the triangle inequality, the JS distance does not") {
    const triangle_gaps g = triangle_gaps_nats(0.5);
    CHECK(g.js == near(-0.261624071882273918));        // 0.431523 − 0.693147, references.py 07.3
    CHECK(g.distance == near(0.0964481968872202555));  // 0.929003 − 0.832555
  }
  TEST_CASE("t = 0.1, 0.3 and 0.9 (the picture is symmetric about 1/2)") {
    CHECK(triangle_gaps_nats(0.1).js == near(-0.131576096891932521));
    CHECK(triangle_gaps_nats(0.1).distance == near(0.0820937934786013630));
    CHECK(triangle_gaps_nats(0.9).js == near(-0.131576096891932521));
    CHECK(triangle_gaps_nats(0.3).js == near(-0.233855755774215443));
    CHECK(triangle_gaps_nats(0.3).distance == near(0.0947226406867333008));
  }
  TEST_CASE("every B strictly between A and C breaks it for JS, none for the distance") {
    int js_broken = 0, distance_holds = 0;
    for (int i = 1; i <= 99; ++i) {
      const triangle_gaps g = triangle_gaps_nats(i / 100.0);
      js_broken += g.js < 0.0;
      distance_holds += g.distance >= 0.0;
    }
    CHECK(js_broken == 99);  // t = 0.01, 0.02, ..., 0.99
    CHECK(distance_holds == 99);
  }
  TEST_CASE("t = 0 and t = 1: B is A or C, and the triangle is flat") {
    CHECK(triangle_gaps_nats(0.0).js == near(0.0));
    CHECK(triangle_gaps_nats(1.0).js == near(0.0));
    CHECK(triangle_gaps_nats(1.0).distance == near(0.0));
  }
  TEST_CASE("refuses t outside [0, 1]") {
    CHECK_THROWS_AS(triangle_gaps_nats(-0.1), std::invalid_argument);
    CHECK_THROWS_AS(triangle_gaps_nats(1.5), std::invalid_argument);
    CHECK_THROWS_AS(triangle_gaps_nats(std::nan("")), std::invalid_argument);
  }
}

TEST_SUITE("07.4 js_and_kl_bound_nats") {
  TEST_CASE("the lesson's pair R, S: 0.022341 <= 0.045140") {
    const js_bound b = js_and_kl_bound_nats({0.42, 0.31, 0.27}, {0.25, 0.5, 0.25});
    CHECK(b.js == near(0.0223411996098390064));     // references.py 07.4
    CHECK(b.bound == near(0.0451402419706177539));  // ¼(0.090482 + 0.090079)
  }
  TEST_CASE("two opposite coins") {
    const js_bound b = js_and_kl_bound_nats({0.9, 0.1}, {0.1, 0.9});
    CHECK(b.js == near(0.368064207168497070));
    CHECK(b.bound == near(0.878889830934487753));
  }
  TEST_CASE("disjoint supports: JS = ln 2, the bound is infinite") {
    const js_bound b = js_and_kl_bound_nats({0.5, 0.5, 0.0}, {0.0, 0.0, 1.0});
    CHECK(b.js == near(0.693147180559945309));
    CHECK(b.bound == inf);
  }
  TEST_CASE("the bound holds on 200 random pairs (seeded), and both are 0 for P = Q") {
    std::mt19937 engine(20240607);
    const auto random_pmf = [&engine] {
      std::uniform_real_distribution<double> u(0.0, 1.0);
      std::vector<double> p(5);
      double sum = 0.0;
      for (double& x : p) sum += x = u(engine);
      for (double& x : p) x /= sum;
      return p;
    };
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(), q = random_pmf();
      const js_bound b = js_and_kl_bound_nats(p, q);
      CAPTURE(trial);
      CHECK(b.js > 0.0);
      CHECK(b.js <= b.bound);
      CHECK(b.js <= std::log(2.0));
    }
    const js_bound same = js_and_kl_bound_nats({0.3, 0.7}, {0.3, 0.7});
    CHECK(same.js == near(0.0));
    CHECK(same.bound == near(0.0));
  }
  TEST_CASE("refuses what is not a pair of distributions on the same outcomes") {
    CHECK_THROWS_AS(js_and_kl_bound_nats({0.5, 0.5}, {1.0}), std::invalid_argument);
    CHECK_THROWS_AS(js_and_kl_bound_nats({0.5, 0.6}, {0.5, 0.5}), std::invalid_argument);
  }
}
