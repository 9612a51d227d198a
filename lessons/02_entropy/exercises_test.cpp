// Lesson 02 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.02.K.name.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson02;
using hw::check::near;
using info::base;

TEST_SUITE("02.1 entropy") {
  TEST_CASE("the lesson's fair die in bits and P = (0.7, 0.2, 0.1) in nats") {
    CHECK(entropy(std::vector<double>(6, 1.0 / 6.0), base::bits) == near(2.58496250072115618));  // log2 6
    CHECK(entropy({0.7, 0.2, 0.1}, base::nats) == near(0.801818552543337309));                   // references.py 02.1
    CHECK(entropy({0.7, 0.2, 0.1}, base::bans) == near(0.348225372857223979));
  }
  TEST_CASE("the curriculum's coins and the exact 1.5 bits") {
    CHECK(entropy({0.5, 0.5}, base::bits) == near(1.0));
    CHECK(entropy({0.9, 0.1}, base::bits) == near(0.468995593589281221));  // curriculum 0.468996
    CHECK(entropy({0.5, 0.25, 0.25}, base::bits) == near(1.5));
  }
  TEST_CASE("impossible outcomes add nothing; a point mass has none") {
    CHECK(entropy({0.5, 0.5, 0.0, 0.0}, base::bits) == near(1.0));
    CHECK(entropy({0.0, 1.0, 0.0}, base::nats) == near(0.0));
    CHECK(entropy({1.0}, base::bits) == near(0.0));
  }
  TEST_CASE("refuses what is not a distribution") {
    CHECK_THROWS_AS(entropy({0.2, 0.4, 0.5}, base::bits), std::invalid_argument);  // sums to 1.1
    CHECK_THROWS_AS(entropy({1.5, -0.5}, base::bits), std::invalid_argument);
    CHECK_THROWS_AS(entropy({}, base::bits), std::invalid_argument);
    CHECK_THROWS_AS(entropy({0.5, std::nan("")}, base::bits), std::invalid_argument);
  }
}

TEST_SUITE("02.2 most_uncertain_distribution") {
  TEST_CASE("8 outcomes: the lesson's 3 bits") {
    const most_uncertain r = most_uncertain_distribution(8, base::bits);
    REQUIRE(r.p.size() == 8);
    for (double x : r.p) CHECK(x == near(0.125));
    CHECK(r.entropy == near(3.0));
  }
  TEST_CASE("6 outcomes in nats, and a single outcome") {
    CHECK(most_uncertain_distribution(6, base::nats).entropy == near(1.79175946922805500));  // ln 6
    const most_uncertain one = most_uncertain_distribution(1, base::bits);
    REQUIRE(one.p.size() == 1);
    CHECK(one.p[0] == near(1.0));
    CHECK(one.entropy == near(0.0));
  }
  TEST_CASE("no random distribution on 8 outcomes beats it (seeded)") {
    const double best = most_uncertain_distribution(8, base::nats).entropy;
    std::mt19937 engine(2024);
    std::exponential_distribution<double> e(1.0);
    int beaten = 0;
    for (int trial = 0; trial < 1000; ++trial) {
      std::vector<double> p(8);
      double sum = 0.0;
      for (double& x : p) sum += x = e(engine);
      double h = 0.0;  // the test's own entropy sum, in nats
      for (double x : p) h -= (x / sum) * std::log(x / sum);
      beaten += h > best;
    }
    CHECK(beaten == 0);
    CHECK(best == near(2.07944154167983593));  // ln 8
  }
  TEST_CASE("refuses n < 1") {
    CHECK_THROWS_AS(most_uncertain_distribution(0, base::bits), std::invalid_argument);
    CHECK_THROWS_AS(most_uncertain_distribution(-3, base::bits), std::invalid_argument);
  }
}

TEST_SUITE("02.3 entropy_from_counts_bits") {
  TEST_CASE("counts (3, 1) are P = (0.75, 0.25)") {
    CHECK(entropy_from_counts_bits({3, 1}) == near(0.811278124459132864));  // references.py 02.3
  }
  TEST_CASE("equal counts are uniform, whatever their size") {
    CHECK(entropy_from_counts_bits({1, 1, 1, 1, 1, 1}) == near(2.58496250072115618));
    CHECK(entropy_from_counts_bits({1'000'000'000'000, 1'000'000'000'000}) == near(1.0));
  }
  TEST_CASE("outcomes never seen add nothing; one outcome seen has no entropy") {
    CHECK(entropy_from_counts_bits({5, 0, 3, 0, 2}) == near(1.48547529722733432));  // P = (0.5, 0.3, 0.2)
    CHECK(entropy_from_counts_bits({0, 7, 0}) == near(0.0));
    CHECK(entropy_from_counts_bits({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) == near(3.10364346993947995));
  }
  TEST_CASE("refuses negative counts, an empty table and a table of zeros") {
    CHECK_THROWS_AS(entropy_from_counts_bits({3, -1}), std::invalid_argument);
    CHECK_THROWS_AS(entropy_from_counts_bits({}), std::invalid_argument);
    CHECK_THROWS_AS(entropy_from_counts_bits({0, 0, 0}), std::invalid_argument);
  }
}

TEST_SUITE("02.4 inverse_binary_entropy") {
  TEST_CASE("half a bit of entropy") {
    CHECK(inverse_binary_entropy(0.5) == near(0.110027864438359551));  // references.py 02.4 (findroot)
  }
  TEST_CASE("other levels, from almost certain to almost fair") {
    CHECK(inverse_binary_entropy(0.01) == near(0.000860207504982945518));
    CHECK(inverse_binary_entropy(0.25) == near(0.0416926902736566965));
    CHECK(inverse_binary_entropy(0.9) == near(0.316019346323607664));
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
  TEST_CASE("refuses h outside [0, 1]") {
    CHECK_THROWS_AS(inverse_binary_entropy(-0.1), std::invalid_argument);
    CHECK_THROWS_AS(inverse_binary_entropy(1.01), std::invalid_argument);
    CHECK_THROWS_AS(inverse_binary_entropy(std::nan("")), std::invalid_argument);
  }
}
