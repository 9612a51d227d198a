// Lesson 05 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.05.K.name.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <cstddef>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson05;
using hw::check::inf;
using hw::check::near;
using hw::check::random_pmf;
using info::base;

TEST_SUITE("05.1 three_sums") {
  TEST_CASE("the lesson's P = (0.5, 0.5), Q = (0.9, 0.1), in bits") {
    const sides s = three_sums({0.5, 0.5}, {0.9, 0.1}, base::bits);
    CHECK(s.entropy == near(1.0));
    CHECK(s.kl == near(0.736965594166206166));  // references.py 05.1
    CHECK(s.cross_entropy == near(1.73696559416620617));
  }
  TEST_CASE("the curriculum's R and S, in nats: 1.080937 + 0.090482 = 1.171419") {
    const sides s = three_sums({0.42, 0.31, 0.27}, {0.25, 0.5, 0.25}, base::nats);
    CHECK(s.entropy == near(1.08093695909751249));
    CHECK(s.kl == near(0.0904817760487950796));
    CHECK(s.cross_entropy == near(1.17141873514630757));
  }
  TEST_CASE("zeros: shared zeros add nothing; a zero of Q under P makes two sides infinite") {
    const sides shared = three_sums({0.5, 0.5, 0.0}, {0.25, 0.75, 0.0}, base::nats);
    CHECK(shared.entropy == near(0.693147180559945309));
    CHECK(shared.kl == near(0.143841036225890464));
    CHECK(shared.cross_entropy == near(0.836988216785835773));
    const sides ruled_out = three_sums({0.5, 0.5}, {1.0, 0.0}, base::nats);
    CHECK(ruled_out.entropy == near(0.693147180559945309));
    CHECK(ruled_out.kl == inf);
    CHECK(ruled_out.cross_entropy == inf);
  }
  TEST_CASE("random P, Q of length 20 (seeded): each side against the test's own sum, and the identity") {
    std::mt19937 engine(5);
    for (int trial = 0; trial < 20; ++trial) {
      const std::vector<double> p = random_pmf(engine, 20), q = random_pmf(engine, 20);
      double h = 0.0, ce = 0.0;
      for (std::size_t x = 0; x < 20; ++x) {
        h -= p[x] * std::log(p[x]);
        ce -= p[x] * std::log(q[x]);
      }
      const sides s = three_sums(p, q, base::nats);
      CAPTURE(trial);
      CHECK(s.entropy == near(h, 1e-13));
      CHECK(s.cross_entropy == near(ce, 1e-13));
      CHECK(s.cross_entropy == near(s.entropy + s.kl, 1e-13));
    }
  }
  TEST_CASE("refuses what is not a pair of distributions on the same outcomes") {
    CHECK_THROWS_AS(three_sums({0.5, 0.5}, {1.0}, base::nats), std::invalid_argument);
    CHECK_THROWS_AS(three_sums({0.5, 0.6}, {0.5, 0.5}, base::nats), std::invalid_argument);
    CHECK_THROWS_AS(three_sums({}, {}, base::nats), std::invalid_argument);
  }
}

TEST_SUITE("05.2 kl_to_uniform_nats") {
  TEST_CASE("the lesson's P = (0.7, 0.2, 0.1)") {
    CHECK(kl_to_uniform_nats({0.7, 0.2, 0.1}) == near(0.296793736124772383));  // KL sum, references.py 05.2
  }
  TEST_CASE("the curriculum's Binomial(2, 0.4) against uniform") {
    CHECK(kl_to_uniform_nats({0.36, 0.48, 0.16}) == near(0.0852996013183705679));
  }
  TEST_CASE("edges: uniform gives 0, a point mass log n, a single outcome 0") {
    CHECK(kl_to_uniform_nats(std::vector<double>(5, 0.2)) == near(0.0));
    CHECK(kl_to_uniform_nats({0.0, 1.0, 0.0, 0.0}) == near(1.38629436111989062));  // ln 4
    CHECK(kl_to_uniform_nats({1.0}) == near(0.0));
  }
  TEST_CASE("refuses what is not a distribution") {
    CHECK_THROWS_AS(kl_to_uniform_nats({0.7, 0.2, 0.2}), std::invalid_argument);
    CHECK_THROWS_AS(kl_to_uniform_nats({}), std::invalid_argument);
  }
}

TEST_SUITE("05.3 gaussian_sides_nats") {
  TEST_CASE("the lesson's normal(0, 1) against normal(0, 2)") {
    const sides s = gaussian_sides_nats(0.0, 1.0, 0.0, 2.0);
    CHECK(s.entropy == near(1.41893853320467274));  // ½ ln(2πe), references.py 05.3
    CHECK(s.kl == near(0.318147180559945309));      // ln 2 + 1/8 − 1/2
    CHECK(s.cross_entropy == near(1.73708571376461805));
  }
  TEST_CASE("the curriculum's normal(0, 1) against normal(1, 2): 1.418939 + 0.443147 = 1.862086") {
    const sides s = gaussian_sides_nats(0.0, 1.0, 1.0, 2.0);
    CHECK(s.entropy == near(1.41893853320467274));
    CHECK(s.kl == near(0.443147180559945309));
    CHECK(s.cross_entropy == near(1.86208571376461805));
  }
  TEST_CASE("a narrow P has negative differential entropy; P = Q has KL 0") {
    const sides s = gaussian_sides_nats(100.0, 0.01, 100.0, 0.01);
    CHECK(s.entropy == near(-3.18623165278341863));
    CHECK(s.kl == near(0.0));
    CHECK(s.cross_entropy == near(-3.18623165278341863));
  }
  TEST_CASE("far apart and of different widths") {
    const sides s = gaussian_sides_nats(-3.0, 0.5, 2.0, 4.0);
    CHECK(s.entropy == near(0.725791352644727432));
    CHECK(s.kl == near(2.36850404167983593));
    CHECK(s.cross_entropy == near(3.09429539432456336));
  }
  TEST_CASE("refuses standard deviations that are not positive, and infinite parameters") {
    CHECK_THROWS_AS(gaussian_sides_nats(0.0, 0.0, 0.0, 1.0), std::invalid_argument);
    CHECK_THROWS_AS(gaussian_sides_nats(0.0, 1.0, 0.0, -2.0), std::invalid_argument);
    CHECK_THROWS_AS(gaussian_sides_nats(inf, 1.0, 0.0, 1.0), std::invalid_argument);
    CHECK_THROWS_AS(gaussian_sides_nats(0.0, 1.0, 0.0, inf), std::invalid_argument);
  }
}

TEST_SUITE("05.4 softmax_gradients") {
  // Gradients to 1e-8: an answer by central finite differences passes too.
  TEST_CASE("the lesson's P = (1, 0) at θ = (0, 0)") {
    const gradients g = softmax_gradients({1.0, 0.0}, {0.0, 0.0});
    REQUIRE(g.cross_entropy.size() == 2);
    REQUIRE(g.kl.size() == 2);
    CHECK(g.cross_entropy[0] == near(-0.5, 1e-8));
    CHECK(g.cross_entropy[1] == near(0.5, 1e-8));
    CHECK(g.kl[0] == near(-0.5, 1e-8));
    CHECK(g.kl[1] == near(0.5, 1e-8));
  }
  TEST_CASE("P = (0.2, 0.8) at θ = (1, −1)") {
    const gradients g = softmax_gradients({0.2, 0.8}, {1.0, -1.0});
    REQUIRE(g.cross_entropy.size() == 2);
    REQUIRE(g.kl.size() == 2);
    CHECK(g.cross_entropy[0] == near(0.680797077977882444, 1e-8));  // references.py 05.4
    CHECK(g.kl[0] == near(0.680797077977882444, 1e-8));
    CHECK(g.kl[1] == near(-0.680797077977882444, 1e-8));
  }
  TEST_CASE("three classes: P = (0.5, 0.3, 0.2) at θ = (2, 0.5, −1), and a one-hot P at θ = 0") {
    const gradients g = softmax_gradients({0.5, 0.3, 0.2}, {2.0, 0.5, -1.0});
    REQUIRE(g.cross_entropy.size() == 3);
    REQUIRE(g.kl.size() == 3);
    const double expected[3] = {0.285597034589275858, -0.124709607859963310, -0.160887426729312548};
    for (std::size_t x = 0; x < 3; ++x) {
      CHECK(g.cross_entropy[x] == near(expected[x], 1e-8));
      CHECK(g.kl[x] == near(expected[x], 1e-8));
    }
    const gradients h = softmax_gradients({0.0, 0.0, 1.0}, {0.0, 0.0, 0.0});
    REQUIRE(h.kl.size() == 3);
    CHECK(h.kl[0] == near(1.0 / 3.0, 1e-8));
    CHECK(h.kl[2] == near(-2.0 / 3.0, 1e-8));
  }
  TEST_CASE("refuses mismatched lengths, bad P and logits that are not finite") {
    CHECK_THROWS_AS(softmax_gradients({0.5, 0.5}, {0.0, 0.0, 0.0}), std::invalid_argument);
    CHECK_THROWS_AS(softmax_gradients({0.5, 0.6}, {0.0, 0.0}), std::invalid_argument);
    CHECK_THROWS_AS(softmax_gradients({0.5, 0.5}, {0.0, inf}), std::invalid_argument);
  }
}
