// Lesson 02 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson02;
using hw::check::near;
using hw::check::random_pmf;
using hw::check::relative;
using hw::check::own_entropy_nats;
using info::base;

TEST_SUITE("entropy") {
  TEST_CASE("a fair die has log2 6 bits; P = (0.7, 0.2, 0.1) has 0.8018 nats, 0.3482 bans") {
    // references.py lesson02 entropy
    CHECK(entropy(std::vector<double>(6, 1.0 / 6.0), base::bits) == near(2.58496250072115618));
    CHECK(entropy({0.7, 0.2, 0.1}, base::nats) == near(0.801818552543337309));  // references.py lesson02 entropy
    CHECK(entropy({0.7, 0.2, 0.1}, base::bans) == near(0.348225372857223979));
  }
  TEST_CASE("coins and dyadic distributions: 1 bit, 0.469 bits, exactly 1.5 and 1.75 bits") {
    CHECK(entropy({0.5, 0.5}, base::bits) == near(1.0));
    CHECK(entropy({0.9, 0.1}, base::bits) == near(0.468995593589281221));  // references.py lesson02 entropy
    CHECK(entropy({0.5, 0.25, 0.25}, base::bits) == near(1.5));
    CHECK(entropy({0.5, 0.25, 0.125, 0.125}, base::bits) == near(1.75));
  }
  TEST_CASE("impossible outcomes add nothing; a point mass has no entropy") {
    CHECK(entropy({0.5, 0.5, 0.0, 0.0}, base::bits) == near(1.0));
    CHECK(entropy({0.0, 1.0, 0.0}, base::nats) == near(0.0));
    CHECK(entropy({1.0}, base::bits) == near(0.0));
  }
  TEST_CASE("almost a point mass: tiny but positive entropy, digit by digit") {
    // references.py lesson02 entropy
    CHECK(entropy({0.999999, 1e-6}, base::bits) == relative(2.13742628888653766e-5, 1e-9));
    CHECK(entropy({1.0, 1e-300, 1e-300}, base::bits) == relative(1.99315685693241741e-297, 1e-12));
  }
  TEST_CASE("a uniform distribution on 2^20 outcomes has 20 bits") {
    CHECK(entropy(std::vector<double>(1 << 20, 1.0 / (1 << 20)), base::bits) == near(20.0, 1e-9));
  }
  TEST_CASE("renaming the outcomes changes nothing: entropy is invariant under permutations") {
    std::mt19937 engine(17);
    std::vector<double> p = random_pmf(engine, 7);
    const double h = own_entropy_nats(p);
    for (int trial = 0; trial < 5; ++trial) {
      std::shuffle(p.begin(), p.end(), engine);
      CHECK(entropy(p, base::nats) == near(h));
    }
  }
  TEST_CASE("0 <= H(P) <= log2 n on 200 random distributions on 5 outcomes (the test's own sum)") {
    std::mt19937 engine(2);
    int outside = 0, wrong = 0;
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(engine, 5);
      const double h = entropy(p, base::bits);
      outside += !(h >= 0.0 && h <= std::log2(5.0));
      wrong += !(std::abs(h - own_entropy_nats(p) / std::log(2.0)) < 1e-12);
    }
    CHECK(outside == 0);
    CHECK(wrong == 0);
  }
  TEST_CASE("grouping: H(p1, p2, p3) = H(p1 + p2, p3) + (p1 + p2) H(p1/(p1 + p2), p2/(p1 + p2))") {
    std::mt19937 engine(5);
    for (int trial = 0; trial < 20; ++trial) {
      const std::vector<double> p = random_pmf(engine, 3);
      const double s = p[0] + p[1];
      CHECK(entropy(p, base::nats) ==
            near(entropy({s, p[2]}, base::nats) + s * entropy({p[0] / s, p[1] / s}, base::nats)));
    }
  }
  TEST_CASE("mixing raises entropy: H(mix of P and Q) >= the mix of H(P) and H(Q), on 200 random pairs") {
    std::mt19937 engine(9);
    int below = 0;
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(engine, 4), q = random_pmf(engine, 4);
      const double lambda = (trial + 0.5) / 200.0;
      std::vector<double> m(4);
      for (std::size_t x = 0; x < 4; ++x) m[x] = lambda * p[x] + (1 - lambda) * q[x];
      below += !(entropy(m, base::nats) >=
                 lambda * entropy(p, base::nats) + (1 - lambda) * entropy(q, base::nats) - 1e-15);
    }
    CHECK(below == 0);
  }
  TEST_CASE("refuses masses that sum to 1.1: never normalise silently") {
    CHECK_THROWS_AS(entropy({0.2, 0.4, 0.5}, base::bits), std::invalid_argument);
  }
}

TEST_SUITE("most_uncertain_distribution") {
  TEST_CASE("on 8 outcomes it is uniform, with 3 bits") {
    const most_uncertain r = most_uncertain_distribution(8, base::bits);
    REQUIRE(r.p.size() == 8);
    for (double x : r.p) CHECK(x == near(0.125));
    CHECK(r.entropy == near(3.0));
  }
  TEST_CASE("6 outcomes have ln 6 nats; a single outcome has nothing to be uncertain about") {
    // references.py lesson02 most_uncertain_distribution
    CHECK(most_uncertain_distribution(6, base::nats).entropy == near(1.79175946922805500));
    const most_uncertain one = most_uncertain_distribution(1, base::bits);
    REQUIRE(one.p.size() == 1);
    CHECK(one.p[0] == near(1.0));
    CHECK(one.entropy == near(0.0));
  }
  TEST_CASE("in bans: 10 outcomes are 1 ban, 1000 outcomes 3 bans, 3 outcomes log10 3") {
    CHECK(most_uncertain_distribution(10, base::bans).entropy == near(1.0));
    CHECK(most_uncertain_distribution(1000, base::bans).entropy == near(3.0));
    // references.py lesson02 most_uncertain_distribution
    CHECK(most_uncertain_distribution(3, base::bans).entropy == near(0.477121254719662437));
  }
  TEST_CASE("a million outcomes: log2 1e6 bits, a distribution that sums to 1") {
    const most_uncertain r = most_uncertain_distribution(1'000'000, base::bits);
    REQUIRE(r.p.size() == 1'000'000);
    double sum = 0.0;
    for (double x : r.p) sum += x;
    CHECK(sum == near(1.0, 1e-9));
    CHECK(r.entropy == near(19.9315685693241741));  // references.py lesson02 most_uncertain_distribution
  }
  TEST_CASE("the entropy returned is the entropy of the distribution returned (the test's own sum)") {
    const most_uncertain r = most_uncertain_distribution(7, base::nats);
    REQUIRE(r.p.size() == 7);
    CHECK(r.entropy == near(own_entropy_nats(r.p)));
  }
  TEST_CASE("independent choices add: the maximum on 6 = 2 x 3 outcomes is the sum of those on 2 and 3") {
    CHECK(most_uncertain_distribution(6, base::bits).entropy ==
          near(most_uncertain_distribution(2, base::bits).entropy +
               most_uncertain_distribution(3, base::bits).entropy));
  }
  TEST_CASE("no random distribution beats it, on 2, 3, 8 and 10 outcomes (seeded, the test's own sum)") {
    std::mt19937 engine(2024);
    for (int n : {2, 3, 8, 10}) {
      CAPTURE(n);
      const double best = most_uncertain_distribution(n, base::nats).entropy;
      CHECK(best == near(std::log(n)));
      int beaten = 0;
      for (int trial = 0; trial < 250; ++trial)
        beaten += !(own_entropy_nats(random_pmf(engine, static_cast<std::size_t>(n))) <= best + 1e-15);
      CHECK(beaten == 0);
    }
  }
  TEST_CASE("more outcomes, more room for uncertainty: the maximum grows with n") {
    int not_growing = 0;
    for (int n = 1; n < 50; ++n)
      not_growing += !(most_uncertain_distribution(n + 1, base::bits).entropy >
                       most_uncertain_distribution(n, base::bits).entropy);
    CHECK(not_growing == 0);
  }
  TEST_CASE("refuses n = 0: a distribution needs at least one outcome") {
    CHECK_THROWS_AS(most_uncertain_distribution(0, base::bits), std::invalid_argument);
  }
}

TEST_SUITE("entropy_from_counts_bits") {
  TEST_CASE("counts (3, 1) are P = (0.75, 0.25): 0.811 bits") {
    // references.py lesson02 entropy_from_counts_bits
    CHECK(entropy_from_counts_bits({3, 1}) == near(0.811278124459132864));
  }
  TEST_CASE("only the proportions matter: (3, 1), (300, 100) and (3e12, 1e12) have the same entropy") {
    CHECK(entropy_from_counts_bits({300, 100}) == near(0.811278124459132864));
    CHECK(entropy_from_counts_bits({3'000'000'000'000, 1'000'000'000'000}) == near(0.811278124459132864));
    CHECK(entropy_from_counts_bits({1, 1, 1, 1, 1, 1}) == near(2.58496250072115618));
  }
  TEST_CASE("outcomes never seen add nothing; one outcome seen has no entropy") {
    // P = (0.5, 0.3, 0.2), references.py lesson02 entropy_from_counts_bits
    CHECK(entropy_from_counts_bits({5, 0, 3, 0, 2}) == near(1.48547529722733432));
    CHECK(entropy_from_counts_bits({0, 7, 0}) == near(0.0));
    CHECK(entropy_from_counts_bits({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) == near(3.10364346993947995));
  }
  TEST_CASE("one stray observation among a million: a little entropy, not none") {
    // references.py lesson02 entropy_from_counts_bits
    CHECK(entropy_from_counts_bits({999'999, 1}) == near(2.13742628888653766e-5));
  }
  TEST_CASE("counts whose total overflows a long long: (5e18, 5e18) is 1 bit, (6e18, 3e18, 3e18) 1.5 bits") {
    CHECK(entropy_from_counts_bits({5'000'000'000'000'000'000, 5'000'000'000'000'000'000}) == near(1.0));
    CHECK(entropy_from_counts_bits({6'000'000'000'000'000'000, 3'000'000'000'000'000'000, 3'000'000'000'000'000'000}) ==
          near(1.5));
  }
  TEST_CASE("it is the entropy of the proportions, in any order, on random tables (the test's own sum)") {
    std::mt19937 engine(31);
    std::uniform_int_distribution<long long> draw(0, 1000);
    for (int trial = 0; trial < 20; ++trial) {
      std::vector<long long> c(6);
      double total = 0.0;
      for (long long& x : c) total += static_cast<double>(x = draw(engine));
      std::vector<double> p;
      for (long long x : c) p.push_back(static_cast<double>(x) / total);
      const double expected = own_entropy_nats(p) / std::log(2.0);
      CHECK(entropy_from_counts_bits(c) == near(expected));
      std::shuffle(c.begin(), c.end(), engine);
      CHECK(entropy_from_counts_bits(c) == near(expected));
    }
  }
  TEST_CASE("seeing the commonest outcome again and again lowers the entropy of (n, 1)") {
    int not_falling = 0;
    for (long long n = 1; n < 1'000'000; n *= 2)
      not_falling += !(entropy_from_counts_bits({2 * n, 1}) < entropy_from_counts_bits({n, 1}));
    CHECK(not_falling == 0);
  }
  TEST_CASE("refuses a table of zeros: nothing was observed, so there is no distribution") {
    CHECK_THROWS_AS(entropy_from_counts_bits({0, 0, 0}), std::invalid_argument);
  }
}

TEST_SUITE("inverse_binary_entropy") {
  TEST_CASE("a coin with half a bit of entropy has p = 0.110") {
    CHECK(inverse_binary_entropy(0.5) == near(0.110027864438359551));  // references.py lesson02 inverse_binary_entropy
  }
  TEST_CASE("other levels, from almost certain to almost fair") {
    // references.py lesson02 inverse_binary_entropy
    CHECK(inverse_binary_entropy(0.01) == near(0.000860207504982945518));
    CHECK(inverse_binary_entropy(0.25) == near(0.0416926902736566965));
    CHECK(inverse_binary_entropy(0.9) == near(0.316019346323607664));
  }
  TEST_CASE("a millionth of a bit is a coin with p = 3.83e-8") {
    // references.py lesson02 inverse_binary_entropy
    CHECK(inverse_binary_entropy(1e-6) == near(3.83449036972521702e-8));
  }
  TEST_CASE("a millionth of a bit short of fair is p = 0.49941, where H2 is flat") {
    // references.py lesson02 inverse_binary_entropy
    CHECK(inverse_binary_entropy(0.999999) == near(0.499411295056752143, 1e-6));
  }
  TEST_CASE("the ends: no entropy is a certain coin, one bit a fair one") {
    CHECK(inverse_binary_entropy(0.0) == near(0.0));
    CHECK(inverse_binary_entropy(1.0) == near(0.5, 1e-6));
  }
  TEST_CASE("it really inverts H2, on a grid of levels (the test's own H2)") {
    for (int i = 1; i <= 19; ++i) {
      const double h = i / 20.0, p = inverse_binary_entropy(h);
      CAPTURE(h);
      REQUIRE(p >= 0.0);
      REQUIRE(p <= 0.5);
      CHECK(-(p * std::log2(p) + (1 - p) * std::log2(1 - p)) == near(h, 1e-12));
    }
  }
  TEST_CASE("more entropy needs a fairer coin: p grows with h on a grid of 100 levels") {
    int not_growing = 0;
    for (int i = 0; i < 100; ++i)
      not_growing += !(inverse_binary_entropy((i + 1) / 100.0) > inverse_binary_entropy(i / 100.0));
    CHECK(not_growing == 0);
  }
  TEST_CASE("refuses h above 1 bit: no coin is that uncertain") {
    CHECK_THROWS_AS(inverse_binary_entropy(1.01), std::invalid_argument);
  }
}
