// Lesson 03 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson03;
using hw::check::inf;
using hw::check::near;
using hw::check::random_pmf;
using hw::check::relative;
using hw::check::own_entropy_nats;
using hw::check::own_kl_nats;
using info::base;

namespace {

// A random distribution on n outcomes with some outcomes made impossible (at least one keeps its mass).
std::vector<double> random_pmf_with_zeros(std::mt19937& engine, std::size_t n) {
  std::vector<double> p = random_pmf(engine, n);
  std::bernoulli_distribution drop(0.3);
  double sum = 0.0;
  for (std::size_t x = 1; x < n; ++x)
    if (drop(engine)) p[x] = 0.0;
  for (double v : p) sum += v;
  for (double& v : p) v /= sum;
  return p;
}

}  // namespace

TEST_SUITE("cross_entropy") {
  TEST_CASE("a one-hot truth P = (0, 0, 1) judged by Q = (0.2, 0.3, 0.5) costs ln 2 nats") {
    CHECK(cross_entropy({0, 0, 1}, {0.2, 0.3, 0.5}, base::nats) == near(0.693147180559945309));  // ln 2
  }
  TEST_CASE("P = (0.5, 0.5) judged by Q = (0.25, 0.75) costs 1.2075 bits, 0.3635 bans") {
    // references.py lesson03 cross_entropy
    CHECK(cross_entropy({0.5, 0.5}, {0.25, 0.75}, base::bits) == near(1.20751874963942191));
    CHECK(cross_entropy({0.5, 0.5}, {0.25, 0.75}, base::bans) == near(0.363499363968131172));
  }
  TEST_CASE("one-hot truths, cat and dog, and R against S both ways (it is not symmetric)") {
    // references.py lesson03 cross_entropy
    CHECK(cross_entropy({0, 1, 0}, {0.05, 0.85, 0.10}, base::nats) == near(0.162518929497774913));
    CHECK(cross_entropy({0, 1, 0}, {0.85, 0.05, 0.10}, base::nats) == near(2.99573227355399099));
    CHECK(cross_entropy({1, 0}, {0.8, 0.2}, base::bits) == near(0.321928094887362348));
    CHECK(cross_entropy({1, 0}, {0.2, 0.8}, base::bits) == near(2.32192809488736235));
    CHECK(cross_entropy({0.42, 0.31, 0.27}, {0.25, 0.5, 0.25}, base::nats) == near(1.17141873514630757));
    CHECK(cross_entropy({0.25, 0.5, 0.25}, {0.42, 0.31, 0.27}, base::nats) == near(1.12979996267359390));
  }
  TEST_CASE("zeros: in P they add nothing, in Q under P's mass they make it infinite") {
    CHECK(cross_entropy({0.5, 0.5, 0.0}, {0.25, 0.25, 0.5}, base::nats) == near(1.38629436111989062));  // ln 4
    CHECK(cross_entropy({0.5, 0.5}, {1.0, 0.0}, base::nats) == inf);
    CHECK(cross_entropy({0.5, 0.0, 0.5}, {0.5, 0.0, 0.5}, base::bits) == near(1.0));
  }
  TEST_CASE("a model that calls an outcome nearly impossible (1e-300) pays 345 nats: finite, not infinite") {
    // references.py lesson03 cross_entropy
    CHECK(cross_entropy({0.5, 0.5}, {1.0, 1e-300}, base::nats) == relative(345.387763949106853));
  }
  TEST_CASE("a one-hot truth on outcome k costs the surprisal -ln Q(k) (the test's own logarithm)") {
    std::mt19937 engine(13);
    const std::vector<double> q = random_pmf(engine, 5);
    for (std::size_t k = 0; k < 5; ++k) {
      std::vector<double> p(5, 0.0);
      p[k] = 1.0;
      CAPTURE(k);
      CHECK(cross_entropy(p, q, base::nats) == near(-std::log(q[k])));
    }
  }
  TEST_CASE("against a uniform model every truth costs log n: H(P, U) = log2 6 bits") {
    std::mt19937 engine(19);
    for (int trial = 0; trial < 10; ++trial)
      CHECK(cross_entropy(random_pmf(engine, 6), std::vector<double>(6, 1.0 / 6.0), base::bits) ==
            near(std::log2(6.0)));
  }
  TEST_CASE("H(P, P) = H(P), and H(P, Q) >= H(P) on 200 random pairs (the test's own entropy sum)") {
    std::mt19937 engine(7);
    int below = 0, unequal = 0;
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(engine, 6), q = random_pmf(engine, 6);
      const double h = own_entropy_nats(p);
      below += !(cross_entropy(p, q, base::nats) >= h - 1e-15);
      unequal += !(std::abs(cross_entropy(p, p, base::nats) - h) < 1e-12);
    }
    CHECK(below == 0);
    CHECK(unequal == 0);
  }
  TEST_CASE("H(P, Q) = H(P) + KL(P||Q) on random pairs (both sides summed by the test)") {
    std::mt19937 engine(23);
    for (int trial = 0; trial < 20; ++trial) {
      const std::vector<double> p = random_pmf_with_zeros(engine, 6), q = random_pmf(engine, 6);
      CHECK(cross_entropy(p, q, base::nats) == near(own_entropy_nats(p) + own_kl_nats(p, q)));
    }
  }
  TEST_CASE("it is linear in P: mixing two truths mixes their costs") {
    std::mt19937 engine(29);
    const std::vector<double> p1 = random_pmf(engine, 4), p2 = random_pmf(engine, 4), q = random_pmf(engine, 4);
    for (double lambda : {0.1, 0.5, 0.8}) {
      std::vector<double> m(4);
      for (std::size_t x = 0; x < 4; ++x) m[x] = lambda * p1[x] + (1 - lambda) * p2[x];
      CHECK(cross_entropy(m, q, base::nats) ==
            near(lambda * cross_entropy(p1, q, base::nats) + (1 - lambda) * cross_entropy(p2, q, base::nats)));
    }
  }
  TEST_CASE("renaming the outcomes of P and Q together changes nothing") {
    std::vector<double> p{0.1, 0.2, 0.3, 0.4}, q{0.4, 0.3, 0.2, 0.1};
    const double h = -(0.1 * std::log(0.4) + 0.2 * std::log(0.3) + 0.3 * std::log(0.2) + 0.4 * std::log(0.1));
    std::vector<std::size_t> order{0, 1, 2, 3};
    do {
      std::vector<double> pp, qq;
      for (std::size_t i : order) {
        pp.push_back(p[i]);
        qq.push_back(q[i]);
      }
      CHECK(cross_entropy(pp, qq, base::nats) == near(h));
    } while (std::next_permutation(order.begin(), order.end()));
  }
  TEST_CASE("refuses P and Q on different numbers of outcomes") {
    CHECK_THROWS_AS(cross_entropy({0.5, 0.5}, {0.2, 0.3, 0.5}, base::nats), std::invalid_argument);
  }
}

TEST_SUITE("infinite_outcomes") {
  using outcomes = std::vector<std::size_t>;
  TEST_CASE("P = (0.5, 0.5), Q = (1, 0): outcome 1 happens but Q rules it out") {
    CHECK(infinite_outcomes({0.5, 0.5}, {1.0, 0.0}) == outcomes{1});
  }
  TEST_CASE("several, in increasing order") {
    CHECK(infinite_outcomes({0.0, 0.5, 0.5, 0.0}, {0.0, 0.0, 0.0, 1.0}) == outcomes{1, 2});
    CHECK(infinite_outcomes({1.0, 0.0}, {0.0, 1.0}) == outcomes{0});
    CHECK(infinite_outcomes({0.25, 0.25, 0.5, 0.0}, {0.0, 0.0, 0.0, 1.0}) == outcomes{0, 1, 2});
  }
  TEST_CASE("none when Q covers P (outcomes impossible under both do not count)") {
    CHECK(infinite_outcomes({0.2, 0.3, 0.5}, {0.2, 0.3, 0.5}).empty());
    CHECK(infinite_outcomes({0.5, 0.0, 0.5}, {0.5, 0.0, 0.5}).empty());
    CHECK(infinite_outcomes({1.0, 0.0}, {0.5, 0.5}).empty());
  }
  TEST_CASE("tiny is not impossible: Q(x) = 1e-300 or the smallest positive double covers P") {
    CHECK(infinite_outcomes({0.5, 0.5}, {1.0, 1e-300}).empty());
    CHECK(infinite_outcomes({0.5, 0.5}, {1.0, std::numeric_limits<double>::denorm_min()}).empty());
  }
  TEST_CASE("the direction matters: swapping P and Q gives other outcomes") {
    CHECK(infinite_outcomes({0.5, 0.5, 0.0}, {0.0, 0.5, 0.5}) == outcomes{0});
    CHECK(infinite_outcomes({0.0, 0.5, 0.5}, {0.5, 0.5, 0.0}) == outcomes{2});
  }
  TEST_CASE("a thousand outcomes: P on the even ones, Q on the multiples of 3") {
    std::vector<double> p(1000, 0.0), q(1000, 0.0);
    outcomes expected;
    for (std::size_t x = 0; x < 1000; ++x) {
      if (x % 2 == 0) p[x] = 1.0 / 500.0;
      if (x % 3 == 0) q[x] = 1.0 / 334.0;
      if (x % 2 == 0 && x % 3 != 0) expected.push_back(x);
    }
    CHECK(infinite_outcomes(p, q) == expected);
  }
  TEST_CASE("the list is empty exactly when the test's own H(P, Q) is finite, on 100 random pairs with zeros") {
    std::mt19937 engine(37);
    int disagree = 0;
    for (int trial = 0; trial < 100; ++trial) {
      const std::vector<double> p = random_pmf_with_zeros(engine, 5), q = random_pmf_with_zeros(engine, 5);
      double h = 0.0;
      for (std::size_t x = 0; x < 5; ++x)
        if (p[x] > 0.0) h -= p[x] * std::log(q[x]);  // log 0 = -inf makes h infinite
      const outcomes found = infinite_outcomes(p, q);
      disagree += found.empty() != std::isfinite(h);
      for (std::size_t x : found) disagree += !(x < 5 && p[x] > 0.0 && q[x] == 0.0);
      disagree += !std::is_sorted(found.begin(), found.end());
    }
    CHECK(disagree == 0);
  }
  TEST_CASE("refuses P and Q on different numbers of outcomes") {
    CHECK_THROWS_AS(infinite_outcomes({1.0}, {0.5, 0.5}), std::invalid_argument);
  }
}

TEST_SUITE("shannon_code_length_bits") {
  TEST_CASE("P = (0.5, 0.25, 0.25) coded for Q = (0.25, 0.25, 0.5) needs 1.75 bits per outcome") {
    CHECK(shannon_code_length_bits({0.5, 0.25, 0.25}, {0.25, 0.25, 0.5}) == near(1.75));  // ½·2 + ¼·2 + ¼·1
  }
  TEST_CASE("dyadic Q: the lengths are exact and the mean is H(P, Q)") {
    CHECK(shannon_code_length_bits({0.5, 0.25, 0.25}, {0.5, 0.25, 0.25}) == near(1.5));
    CHECK(shannon_code_length_bits({0.5, 0.25, 0.125, 0.125}, {0.5, 0.25, 0.125, 0.125}) == near(1.75));
    CHECK(shannon_code_length_bits({0.42, 0.31, 0.27}, {0.25, 0.5, 0.25}) == near(1.69));  // = H(R,S) in bits
  }
  TEST_CASE("other Q: lengths round up") {
    CHECK(shannon_code_length_bits({0.42, 0.31, 0.27}, {0.42, 0.31, 0.27}) == near(2.0));  // H(R) = 1.559 bits
    CHECK(shannon_code_length_bits({0.9, 0.1}, {0.9, 0.1}) == near(1.3));                  // ½ bit per 0.9 wasted
    CHECK(shannon_code_length_bits(std::vector<double>(10, 0.1), std::vector<double>(10, 0.1)) == near(4.0));
  }
  TEST_CASE("a uniform code on n outcomes needs ceil(log2 n) bits: 1024 outcomes 10 bits, 1025 outcomes 11") {
    CHECK(shannon_code_length_bits(std::vector<double>(1024, 1.0 / 1024), std::vector<double>(1024, 1.0 / 1024)) ==
          near(10.0));
    CHECK(shannon_code_length_bits(std::vector<double>(1025, 1.0 / 1025), std::vector<double>(1025, 1.0 / 1025)) ==
          near(11.0));
  }
  TEST_CASE("an outcome the model thinks astronomically rare (2^-1000) gets a 1000-bit codeword") {
    CHECK(shannon_code_length_bits({0.5, 0.5}, {1.0, std::ldexp(1.0, -1000)}) == near(500.0));
  }
  TEST_CASE("no codeword for an outcome that happens; one certain outcome needs no bits") {
    CHECK(shannon_code_length_bits({0.5, 0.5}, {1.0, 0.0}) == inf);
    CHECK(shannon_code_length_bits({1.0, 0.0}, {1.0, 0.0}) == near(0.0));
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
  TEST_CASE("a code built for the truth itself: H(P) <= L < H(P) + 1 on 200 random P") {
    std::mt19937 engine(41);
    int outside = 0;
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(engine, 7);
      const double h = own_entropy_nats(p) / std::log(2.0), l = shannon_code_length_bits(p, p);
      outside += !(l >= h - 1e-12 && l < h + 1.0);
    }
    CHECK(outside == 0);
  }
  TEST_CASE("Q = (0.6, 0.3, 0.1) gives codewords of 1, 2 and 4 bits, and the mean length is linear in P") {
    const std::vector<double> q{0.6, 0.3, 0.1};
    CHECK(shannon_code_length_bits({1.0, 0.0, 0.0}, q) == near(1.0));
    CHECK(shannon_code_length_bits({0.0, 0.0, 1.0}, q) == near(4.0));
    CHECK(shannon_code_length_bits({0.6, 0.3, 0.1}, q) == near(1.6));
    CHECK(shannon_code_length_bits({0.1, 0.1, 0.8}, q) == near(3.5));
    CHECK(shannon_code_length_bits({0.25 * 0.1 + 0.75 * 0.6, 0.25 * 0.1 + 0.75 * 0.3, 0.25 * 0.8 + 0.75 * 0.1}, q) ==
          near(0.25 * 3.5 + 0.75 * 1.6));
  }
  TEST_CASE("refuses a Q that is not a distribution: it describes no code") {
    CHECK_THROWS_AS(shannon_code_length_bits({0.5, 0.5}, {0.6, 0.6}), std::invalid_argument);
  }
}
