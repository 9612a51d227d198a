// Lesson 03 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.03.K.name.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <cstddef>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson03;
using hw::check::inf;
using hw::check::near;
using hw::check::random_pmf;
using info::base;

TEST_SUITE("03.1 cross_entropy") {
  TEST_CASE("the lesson's exercises") {
    CHECK(cross_entropy({0, 0, 1}, {0.2, 0.3, 0.5}, base::nats) == near(0.693147180559945309));  // ln 2
    CHECK(cross_entropy({0.5, 0.5}, {0.25, 0.75}, base::bits) == near(1.20751874963942191));     // references.py 03.1
    CHECK(cross_entropy({0.2, 0.3, 0.5}, {0.2, 0.3, 0.5}, base::nats) == near(1.02965301406457353));  // = H(P)
  }
  TEST_CASE("the curriculum's one-hot truths, cat and dog, R and S") {
    CHECK(cross_entropy({0, 1, 0}, {0.05, 0.85, 0.10}, base::nats) == near(0.162518929497774913));
    CHECK(cross_entropy({0, 1, 0}, {0.85, 0.05, 0.10}, base::nats) == near(2.99573227355399099));
    CHECK(cross_entropy({1, 0}, {0.8, 0.2}, base::bits) == near(0.321928094887362348));
    CHECK(cross_entropy({1, 0}, {0.2, 0.8}, base::bits) == near(2.32192809488736235));
    CHECK(cross_entropy({0.42, 0.31, 0.27}, {0.25, 0.5, 0.25}, base::nats) == near(1.17141873514630757));
    CHECK(cross_entropy({0.25, 0.5, 0.25}, {0.42, 0.31, 0.27}, base::nats) ==
          near(1.12979996267359390));  // not symmetric
    CHECK(cross_entropy({0.5, 0.5}, {0.25, 0.75}, base::bans) == near(0.363499363968131172));
  }
  TEST_CASE("zeros: in P they add nothing, in Q under P's mass they make it infinite") {
    CHECK(cross_entropy({0.5, 0.5, 0.0}, {0.25, 0.25, 0.5}, base::nats) == near(1.38629436111989062));  // ln 4
    CHECK(cross_entropy({0.5, 0.5}, {1.0, 0.0}, base::nats) == inf);
    CHECK(cross_entropy({0.5, 0.0, 0.5}, {0.5, 0.0, 0.5}, base::bits) == near(1.0));
  }
  TEST_CASE("H(P, Q) >= H(P) on 200 random pairs (the test's own entropy sum)") {
    std::mt19937 engine(7);
    int below = 0;
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(engine, 6), q = random_pmf(engine, 6);
      double h = 0.0;
      for (double x : p) h -= x * std::log(x);
      below += !(cross_entropy(p, q, base::nats) >= h - 1e-15);
    }
    CHECK(below == 0);
  }
  TEST_CASE("refuses what is not a pair of distributions on the same outcomes") {
    CHECK_THROWS_AS(cross_entropy({0.5, 0.5}, {0.2, 0.3, 0.5}, base::nats), std::invalid_argument);
    CHECK_THROWS_AS(cross_entropy({0.2, 0.4, 0.5}, {0.6, 0.15, 0.25}, base::nats), std::invalid_argument);
    CHECK_THROWS_AS(cross_entropy({0.5, 0.5}, {1.5, -0.5}, base::nats), std::invalid_argument);
    CHECK_THROWS_AS(cross_entropy({}, {}, base::nats), std::invalid_argument);
  }
}

TEST_SUITE("03.2 infinite_outcomes") {
  using outcomes = std::vector<std::size_t>;
  TEST_CASE("the lesson's P = (0.5, 0.5), Q = (1, 0)") {
    CHECK(infinite_outcomes({0.5, 0.5}, {1.0, 0.0}) == outcomes{1});
  }
  TEST_CASE("several, in increasing order") {
    CHECK(infinite_outcomes({0.0, 0.5, 0.5, 0.0}, {0.0, 0.0, 0.0, 1.0}) == outcomes{1, 2});
    CHECK(infinite_outcomes({1.0, 0.0}, {0.0, 1.0}) == outcomes{0});
  }
  TEST_CASE("none when Q covers P (outcomes impossible under both do not count)") {
    CHECK(infinite_outcomes({0.2, 0.3, 0.5}, {0.2, 0.3, 0.5}).empty());
    CHECK(infinite_outcomes({0.5, 0.0, 0.5}, {0.5, 0.0, 0.5}).empty());
    CHECK(infinite_outcomes({1.0, 0.0}, {0.5, 0.5}).empty());
  }
  TEST_CASE("refuses what is not a pair of distributions on the same outcomes") {
    CHECK_THROWS_AS(infinite_outcomes({1.0}, {0.5, 0.5}), std::invalid_argument);
    CHECK_THROWS_AS(infinite_outcomes({0.5, 0.6}, {0.5, 0.5}), std::invalid_argument);
  }
}

TEST_SUITE("03.3 shannon_code_length_bits") {
  TEST_CASE("a code built for the wrong distribution") {
    CHECK(shannon_code_length_bits({0.5, 0.25, 0.25}, {0.25, 0.25, 0.5}) == near(1.75));  // ½·2 + ¼·2 + ¼·1
  }
  TEST_CASE("dyadic Q: the lengths are exact and the mean is H(P, Q)") {
    CHECK(shannon_code_length_bits({0.5, 0.25, 0.25}, {0.5, 0.25, 0.25}) == near(1.5));
    CHECK(shannon_code_length_bits({0.42, 0.31, 0.27}, {0.25, 0.5, 0.25}) == near(1.69));  // = H(R,S) in bits
  }
  TEST_CASE("other Q: lengths round up") {
    CHECK(shannon_code_length_bits({0.42, 0.31, 0.27}, {0.42, 0.31, 0.27}) == near(2.0));  // H(R) = 1.559 bits
    CHECK(shannon_code_length_bits({0.9, 0.1}, {0.9, 0.1}) == near(1.3));                  // ½ bit per 0.9 wasted
    CHECK(shannon_code_length_bits(std::vector<double>(10, 0.1), std::vector<double>(10, 0.1)) == near(4.0));
  }
  TEST_CASE("no codeword for an outcome that happens") {
    CHECK(shannon_code_length_bits({0.5, 0.5}, {1.0, 0.0}) == inf);
    CHECK(shannon_code_length_bits({1.0, 0.0}, {1.0, 0.0}) == near(0.0));  // one certain outcome needs no bits
  }
  TEST_CASE("H(P, Q) <= L < H(P, Q) + 1 on 200 random pairs (the test's own cross-entropy sum)") {
    std::mt19937 engine(11);
    int outside = 0;
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(engine, 5), q = random_pmf(engine, 5);
      double h = 0.0;
      for (std::size_t x = 0; x < p.size(); ++x) h -= p[x] * std::log2(q[x]);
      const double l = shannon_code_length_bits(p, q);
      outside += !(l >= h - 1e-12 && l < h + 1.0);
    }
    CHECK(outside == 0);
  }
  TEST_CASE("refuses what is not a pair of distributions on the same outcomes") {
    CHECK_THROWS_AS(shannon_code_length_bits({0.5, 0.5}, {1.0}), std::invalid_argument);
    CHECK_THROWS_AS(shannon_code_length_bits({0.7, 0.7}, {0.5, 0.5}), std::invalid_argument);
  }
}
