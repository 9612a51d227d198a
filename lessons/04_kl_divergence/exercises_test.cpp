// Lesson 04 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.04.K.name.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <cstddef>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson04;
using hw::check::inf;
using hw::check::near;
using hw::check::random_pmf;
using hw::check::relative;
using info::base;

TEST_SUITE("04.1 kl_coins_bits") {
  TEST_CASE("the lesson's fair coin against a 0.9 coin, both ways") {
    CHECK(kl_coins_bits(0.5, 0.9) == near(0.736965594166206166));  // references.py 04.1
    CHECK(kl_coins_bits(0.9, 0.5) == near(0.531004406410718779));
  }
  TEST_CASE("cat and dog: a certain truth against a confident and a wrong model") {
    CHECK(kl_coins_bits(1.0, 0.9) == near(0.152003093445049985));  // curriculum 0.152003
    CHECK(kl_coins_bits(1.0, 0.1) == near(3.32192809488736235));   // curriculum 3.321928
  }
  TEST_CASE("edges: equal coins, certain coins, and a coin declared impossible") {
    CHECK(kl_coins_bits(0.3, 0.3) == near(0.0));
    CHECK(kl_coins_bits(0.0, 0.5) == near(1.0));
    CHECK(kl_coins_bits(0.0, 0.0) == near(0.0));
    CHECK(kl_coins_bits(0.5, 0.0) == inf);
    CHECK(kl_coins_bits(1.0, 0.0) == inf);
    CHECK(kl_coins_bits(0.999, 0.001) == near(9.94441218605683349));
  }
  TEST_CASE("refuses what is not a probability") {
    CHECK_THROWS_AS(kl_coins_bits(-0.1, 0.5), std::invalid_argument);
    CHECK_THROWS_AS(kl_coins_bits(0.5, 1.1), std::invalid_argument);
    CHECK_THROWS_AS(kl_coins_bits(std::nan(""), 0.5), std::invalid_argument);
  }
}

TEST_SUITE("04.2 kl_divergence") {
  TEST_CASE("the lesson's P = (1/3, 1/3, 1/3), Q = (0.5, 0.5, 0): one direction is infinite") {
    const std::vector<double> third(3, 1.0 / 3.0), q{0.5, 0.5, 0.0};
    CHECK(kl_divergence(third, q, base::nats) == inf);
    CHECK(kl_divergence(q, third, base::nats) == near(0.405465108108164382));  // ln(3/2)
    CHECK(kl_divergence(q, third, base::bits) == near(0.584962500721156181));
  }
  TEST_CASE("the curriculum's R and S, and the binomial against uniform") {
    const std::vector<double> r{0.42, 0.31, 0.27}, s{0.25, 0.5, 0.25}, b{0.36, 0.48, 0.16}, u(3, 1.0 / 3.0);
    CHECK(kl_divergence(r, s, base::nats) == near(0.0904817760487950796));  // not the article's 0.07
    CHECK(kl_divergence(s, r, base::nats) == near(0.0900791918336759359));
    CHECK(kl_divergence(b, u, base::nats) == near(0.0852996013183705679));
    CHECK(kl_divergence(u, b, base::nats) == near(0.0974550067853876205));
    CHECK(kl_divergence({0.1, 0.4, 0.5}, {0.8, 0.15, 0.05}, base::bits) == near(1.92697904715521870));
  }
  TEST_CASE("a zero in P adds nothing; P = Q gives 0") {
    CHECK(kl_divergence({0.5, 0.0, 0.5}, {0.25, 0.5, 0.25}, base::nats) == near(0.693147180559945309));
    CHECK(kl_divergence({0.2, 0.8}, {0.2, 0.8}, base::bits) == near(0.0));
  }
  TEST_CASE("Gibbs: KL >= 0 on 200 random pairs (seeded)") {
    std::mt19937 engine(3);
    int negative = 0;
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(engine, 4), q = random_pmf(engine, 4);
      negative += !(kl_divergence(p, q, base::nats) > 0.0);
    }
    CHECK(negative == 0);
  }
  TEST_CASE("refuses the article's rel_entr example, which is not a pair of distributions") {
    CHECK_THROWS_AS(kl_divergence({0.20, 0.40, 0.50}, {0.60, 0.15, 0.05}, base::nats), std::invalid_argument);
    CHECK_THROWS_AS(kl_divergence({0.5, 0.5}, {0.2, 0.3, 0.5}, base::nats), std::invalid_argument);
    CHECK_THROWS_AS(kl_divergence({}, {}, base::nats), std::invalid_argument);
  }
}

TEST_SUITE("04.3 asymmetric_pair") {
  TEST_CASE("KL(P||Q) > KL(Q||P) + 0.1 nats, both finite (the test's own sums)") {
    const pair found = asymmetric_pair();
    REQUIRE(found.p.size() >= 2);
    REQUIRE(found.p.size() == found.q.size());
    double sum_p = 0.0, sum_q = 0.0;
    for (std::size_t x = 0; x < found.p.size(); ++x) {
      REQUIRE(found.p[x] >= 0.0);
      REQUIRE(found.q[x] >= 0.0);
      sum_p += found.p[x];
      sum_q += found.q[x];
    }
    REQUIRE(sum_p == near(1.0, 1e-9));
    REQUIRE(sum_q == near(1.0, 1e-9));
    double forward = 0.0, reverse = 0.0;
    for (std::size_t x = 0; x < found.p.size(); ++x) {
      const double p = found.p[x], q = found.q[x];
      if (p > 0.0) forward += q > 0.0 ? p * std::log(p / q) : inf;
      if (q > 0.0) reverse += p > 0.0 ? q * std::log(q / p) : inf;
    }
    CAPTURE(forward);
    CAPTURE(reverse);
    CHECK(std::isfinite(forward));
    CHECK(std::isfinite(reverse));
    CHECK(forward > reverse + 0.1);
  }
}

TEST_SUITE("04.4 kl_binomial_uniform_nats") {
  TEST_CASE("the lesson's Binomial(2, 0.5), and the curriculum's Binomial(2, 0.4)") {
    CHECK(kl_binomial_uniform_nats(2, 0.5) == near(0.0588915178281917273));  // references.py 04.4
    CHECK(kl_binomial_uniform_nats(2, 0.4) == near(0.0852996013183705679));  // curriculum 0.085300
  }
  TEST_CASE("Binomial(15, 7/15) over its full support 0..15 (article 000 sums only 0..14)") {
    CHECK(kl_binomial_uniform_nats(15, 7.0 / 15.0) == near(0.695554262063659899));
    CHECK(kl_binomial_uniform_nats(100, 0.5) == near(1.58675257670409264));
  }
  TEST_CASE("thousands of trials: the coefficients overflow, their logarithms do not") {
    CHECK(kl_binomial_uniform_nats(5000, 0.3) == relative(3.62019462443815221, 1e-9));
  }
  TEST_CASE("edges: one outcome, and point masses (p = 0 or 1) give log(n + 1)") {
    CHECK(kl_binomial_uniform_nats(0, 0.3) == near(0.0));
    CHECK(kl_binomial_uniform_nats(10, 0.0) == near(2.39789527279837054));  // ln 11
    CHECK(kl_binomial_uniform_nats(10, 1.0) == near(2.39789527279837054));
  }
  TEST_CASE("refuses n < 0 and p outside [0, 1]") {
    CHECK_THROWS_AS(kl_binomial_uniform_nats(-1, 0.5), std::invalid_argument);
    CHECK_THROWS_AS(kl_binomial_uniform_nats(5, 1.5), std::invalid_argument);
    CHECK_THROWS_AS(kl_binomial_uniform_nats(5, std::nan("")), std::invalid_argument);
  }
}
