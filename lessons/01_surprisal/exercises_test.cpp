// Lesson 01 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.01.K.name.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <stdexcept>
#include <vector>

using namespace hw::lesson01;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;
using info::base;

TEST_SUITE("01.1 surprisal_bits") {
  TEST_CASE("a six with a fair die, a fair coin") {
    CHECK(surprisal_bits(1.0 / 6.0) == near(2.58496250072115618));  // log2 6, references.py 01.1
    CHECK(surprisal_bits(0.5) == near(1.0));
  }
  TEST_CASE("the biased coin P(H) = 0.9: heads surprise little, tails a lot") {
    CHECK(surprisal_bits(0.9) == near(0.152003093445049985));  // curriculum 0.152003
    CHECK(surprisal_bits(0.1) == near(3.32192809488736235));   // curriculum 3.321928
  }
  TEST_CASE("the certain event surprises nobody, the impossible one infinitely") {
    CHECK(surprisal_bits(1.0) == near(0.0));
    CHECK(surprisal_bits(0.0) == inf);
    CHECK(surprisal_bits(1e-300) == relative(996.578428466208704));
  }
  TEST_CASE("refuses what is not a probability") {
    CHECK_THROWS_AS(surprisal_bits(-0.1), std::invalid_argument);
    CHECK_THROWS_AS(surprisal_bits(1.5), std::invalid_argument);
    CHECK_THROWS_AS(surprisal_bits(std::nan("")), std::invalid_argument);
  }
}

TEST_SUITE("01.2 probability_from_surprisal_bits") {
  TEST_CASE("the lesson's 5 bits, and whole numbers of bits") {
    CHECK(probability_from_surprisal_bits(5.0) == near(1.0 / 32.0));
    CHECK(probability_from_surprisal_bits(1.0) == near(0.5));
    CHECK(probability_from_surprisal_bits(0.0) == near(1.0));
  }
  TEST_CASE("fractions of a bit, and very large surprisals") {
    CHECK(probability_from_surprisal_bits(2.58496250072115618) == relative(1.0 / 6.0, 1e-14));
    CHECK(probability_from_surprisal_bits(1000.0) == relative(9.33263618503218879e-302));  // 2^-1000 exactly
  }
  TEST_CASE("an infinite surprisal is an impossible event") {
    CHECK(probability_from_surprisal_bits(inf) == 0.0);
  }
  TEST_CASE("refuses negative surprisals and NaN") {
    CHECK_THROWS_AS(probability_from_surprisal_bits(-1.0), std::invalid_argument);
    CHECK_THROWS_AS(probability_from_surprisal_bits(std::nan("")), std::invalid_argument);
  }
}

TEST_SUITE("01.3 convert") {
  TEST_CASE("the lesson's 3 nats in bits") {
    CHECK(convert(3.0, base::nats, base::bits) == near(4.32808512266689022));  // 3/ln 2, references.py 01.3
  }
  TEST_CASE("every pair of units") {
    CHECK(convert(1.0, base::bans, base::bits) == near(3.32192809488736235));   // log2 10
    CHECK(convert(1.0, base::bits, base::bans) == near(0.301029995663981195));  // log10 2
    CHECK(convert(2.0, base::nats, base::bans) == near(0.868588963806503655));  // 2/ln 10
    CHECK(convert(5.0, base::bits, base::nats) == near(3.46573590279972655));   // 5 ln 2
    CHECK(convert(1.0, base::bans, base::nats) == near(2.30258509299404568));   // ln 10
    CHECK(convert(0.123, base::bits, base::bits) == near(0.123));
  }
  TEST_CASE("negative amounts (differential entropies can be negative), zero and infinity") {
    CHECK(convert(-1.5, base::bits, base::nats) == near(-1.03972077083991796));
    CHECK(convert(0.0, base::nats, base::bits) == near(0.0));
    CHECK(convert(inf, base::nats, base::bits) == inf);
  }
  TEST_CASE("refuses NaN") {
    CHECK_THROWS_AS(convert(std::nan(""), base::nats, base::bits), std::invalid_argument);
  }
}

TEST_SUITE("01.4 joint_surprisal_bits") {
  TEST_CASE("the lesson's two aces, with replacement") {
    CHECK(joint_surprisal_bits({4.0 / 52.0, 4.0 / 52.0}) == near(7.40087943628218432));  // 2 log2 13
  }
  TEST_CASE("ten fair coins, and the biased coin's two faces") {
    CHECK(joint_surprisal_bits(std::vector<double>(10, 0.5)) == near(10.0));
    CHECK(joint_surprisal_bits({0.9, 0.1}) == near(3.47393118833241233));
  }
  TEST_CASE("two thousand rare events: their joint probability 1e-6000 underflows, their surprisal does not") {
    CHECK(joint_surprisal_bits(std::vector<double>(2000, 0.001)) == relative(19931.5685693241741));
  }
  TEST_CASE("no events, and an impossible one among them") {
    CHECK(joint_surprisal_bits({}) == near(0.0));
    CHECK(joint_surprisal_bits({0.5, 0.0, 0.25}) == inf);
  }
  TEST_CASE("refuses what is not a probability") {
    CHECK_THROWS_AS(joint_surprisal_bits({0.5, 1.2}), std::invalid_argument);
    CHECK_THROWS_AS(joint_surprisal_bits({-0.5}), std::invalid_argument);
    CHECK_THROWS_AS(joint_surprisal_bits({std::nan("")}), std::invalid_argument);
  }
}
