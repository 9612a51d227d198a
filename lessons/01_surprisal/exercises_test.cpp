// Lesson 01 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson01;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;
using info::base;

TEST_SUITE("surprisal_bits") {
  TEST_CASE("a six with a fair die has log2 6 bits, a fair coin's face 1 bit") {
    CHECK(surprisal_bits(1.0 / 6.0) == near(2.58496250072115618));  // references.py lesson01 surprisal_bits
    CHECK(surprisal_bits(0.5) == near(1.0));
  }
  TEST_CASE("the biased coin P(H) = 0.9: heads surprise little, tails a lot") {
    CHECK(surprisal_bits(0.9) == near(0.152003093445049985));  // references.py lesson01 surprisal_bits
    CHECK(surprisal_bits(0.1) == near(3.32192809488736235));
  }
  TEST_CASE("the certain event surprises nobody, the impossible one infinitely") {
    CHECK(surprisal_bits(1.0) == near(0.0));
    CHECK(surprisal_bits(0.0) == inf);
  }
  TEST_CASE("an almost certain event surprises a little, never nothing: S(1 - 2^-30) = 1.34e-9 bits") {
    const double s = surprisal_bits(1.0 - std::ldexp(1.0, -30));
    CHECK(s > 0.0);
    CHECK(s == relative(1.34361446049136169e-9, 1e-9));  // references.py lesson01 surprisal_bits
  }
  TEST_CASE("tiny probabilities: 1e-300 has 996.6 bits, the smallest positive double exactly 1074 bits") {
    CHECK(surprisal_bits(1e-300) == relative(996.578428466208704));  // references.py lesson01 surprisal_bits
    CHECK(surprisal_bits(std::numeric_limits<double>::denorm_min()) == near(1074.0));
    CHECK(surprisal_bits(std::numeric_limits<double>::min()) == near(1022.0));
  }
  TEST_CASE("halving a probability adds exactly one bit") {
    for (double p : {0.9, 0.3, 0.01, 1e-100}) {
      CAPTURE(p);
      CHECK(surprisal_bits(p / 2.0) == near(surprisal_bits(p) + 1.0));
    }
  }
  TEST_CASE("the rarer the event, the larger its surprisal, on a grid of 100 probabilities") {
    int not_decreasing = 0;
    for (int i = 1; i < 100; ++i) not_decreasing += !(surprisal_bits(i / 100.0) > surprisal_bits((i + 1) / 100.0));
    CHECK(not_decreasing == 0);
  }
  TEST_CASE("surprisals of independent events add: S(pq) = S(p) + S(q)") {
    CHECK(surprisal_bits(0.3 * 0.7) == near(surprisal_bits(0.3) + surprisal_bits(0.7)));
    CHECK(surprisal_bits(0.125 * 0.5) == near(4.0));
  }
  TEST_CASE("refuses NaN, which fails every comparison") {
    CHECK_THROWS_AS(surprisal_bits(std::nan("")), std::invalid_argument);
  }
}

TEST_SUITE("probability_from_surprisal_bits") {
  TEST_CASE("5 bits are one chance in 32, 1 bit a fair coin, 0 bits a certainty") {
    CHECK(probability_from_surprisal_bits(5.0) == near(1.0 / 32.0));
    CHECK(probability_from_surprisal_bits(1.0) == near(0.5));
    CHECK(probability_from_surprisal_bits(0.0) == near(1.0));
  }
  TEST_CASE("fractions of a bit: 2^-0.5 and 2^-7.5") {
    // references.py lesson01 probability_from_surprisal_bits
    CHECK(probability_from_surprisal_bits(0.5) == near(0.707106781186547524));
    CHECK(probability_from_surprisal_bits(7.5) == relative(0.00552427172801990253, 1e-14));
  }
  TEST_CASE("log2 6 bits are a six with a fair die") {
    CHECK(probability_from_surprisal_bits(2.58496250072115618) == relative(1.0 / 6.0, 1e-14));
  }
  TEST_CASE("very large surprisals: 1000 bits are 2^-1000, 1074 bits the smallest positive double") {
    // references.py lesson01 probability_from_surprisal_bits
    CHECK(probability_from_surprisal_bits(1000.0) == relative(9.33263618503218879e-302));
    CHECK(probability_from_surprisal_bits(1074.0) == std::numeric_limits<double>::denorm_min());
  }
  TEST_CASE("an infinite surprisal is an impossible event") {
    CHECK(probability_from_surprisal_bits(inf) == 0.0);
  }
  TEST_CASE("one more bit of surprise halves the probability") {
    for (double s : {0.0, 0.3, 2.5, 40.0}) {
      CAPTURE(s);
      CHECK(probability_from_surprisal_bits(s + 1.0) == relative(probability_from_surprisal_bits(s) / 2.0, 1e-14));
    }
  }
  TEST_CASE("it undoes the surprisal: p -> -log2 p -> p (the test's own logarithm)") {
    for (double p : {0.9, 0.5, 0.123, 1e-5, 1e-200}) {
      CAPTURE(p);
      CHECK(probability_from_surprisal_bits(-std::log2(p)) == relative(p, 1e-12));
    }
  }
  TEST_CASE("refuses a negative surprisal: it would be a probability above 1") {
    CHECK_THROWS_AS(probability_from_surprisal_bits(-1.0), std::invalid_argument);
  }
}

TEST_SUITE("convert") {
  TEST_CASE("3 nats are 4.328 bits") {
    CHECK(convert(3.0, base::nats, base::bits) == near(4.32808512266689022));  // 3/ln 2, references.py lesson01 convert
  }
  TEST_CASE("one of each unit in the others: 1 nat = 1/ln 2 bits, 1 ban = log2 10 bits = ln 10 nats") {
    CHECK(convert(1.0, base::nats, base::bits) == near(1.44269504088896341));   // references.py lesson01 convert
    CHECK(convert(1.0, base::bans, base::bits) == near(3.32192809488736235));   // log2 10
    CHECK(convert(1.0, base::bits, base::bans) == near(0.301029995663981195));  // log10 2
    CHECK(convert(2.0, base::nats, base::bans) == near(0.868588963806503655));  // 2/ln 10
    CHECK(convert(5.0, base::bits, base::nats) == near(3.46573590279972655));   // 5 ln 2
    CHECK(convert(1.0, base::bans, base::nats) == near(2.30258509299404568));   // ln 10
    CHECK(convert(0.123, base::bits, base::bits) == near(0.123));
  }
  TEST_CASE("a fair die's log2 6 bits are ln 6 nats, and log2 10 bits exactly one ban") {
    // references.py lesson01 convert
    CHECK(convert(2.58496250072115618, base::bits, base::nats) == near(1.79175946922805500));
    CHECK(convert(3.32192809488736235, base::bits, base::bans) == near(1.0));
  }
  TEST_CASE("converting there and back gives the amount again, for every pair of units") {
    const base units[] = {base::bits, base::nats, base::bans};
    for (base from : units)
      for (base to : units) {
        CAPTURE(static_cast<int>(from));
        CAPTURE(static_cast<int>(to));
        CHECK(convert(convert(2.75, from, to), to, from) == near(2.75));
      }
  }
  TEST_CASE("going through a third unit changes nothing: bits -> nats -> bans = bits -> bans") {
    CHECK(convert(convert(7.0, base::bits, base::nats), base::nats, base::bans) ==
          near(convert(7.0, base::bits, base::bans)));
    CHECK(convert(convert(7.0, base::bans, base::bits), base::bits, base::nats) ==
          near(convert(7.0, base::bans, base::nats)));
  }
  TEST_CASE("conversion is a change of scale: twice the amount converts to twice the result") {
    CHECK(convert(8.0, base::nats, base::bans) == near(2.0 * convert(4.0, base::nats, base::bans)));
    // references.py lesson01 convert
    CHECK(convert(1e-300, base::nats, base::bits) == relative(1.44269504088896341e-300));
  }
  TEST_CASE("negative amounts (differential entropies can be negative), zero and infinities") {
    CHECK(convert(-1.5, base::bits, base::nats) == near(-1.03972077083991796));  // references.py lesson01 convert
    CHECK(convert(0.0, base::nats, base::bits) == near(0.0));
    CHECK(convert(inf, base::nats, base::bits) == inf);
    CHECK(convert(-inf, base::bans, base::nats) == -inf);
  }
  TEST_CASE("refuses NaN") {
    CHECK_THROWS_AS(convert(std::nan(""), base::nats, base::bits), std::invalid_argument);
  }
}

TEST_SUITE("joint_surprisal_bits") {
  TEST_CASE("an ace twice from a shuffled deck, with replacement, is 2 log2 13 bits") {
    // references.py lesson01 joint_surprisal_bits
    CHECK(joint_surprisal_bits({4.0 / 52.0, 4.0 / 52.0}) == near(7.40087943628218432));
  }
  TEST_CASE("ten fair coins are 10 bits; the biased coin's two faces 3.474 bits") {
    CHECK(joint_surprisal_bits(std::vector<double>(10, 0.5)) == near(10.0));
    // references.py lesson01 joint_surprisal_bits
    CHECK(joint_surprisal_bits({0.9, 0.1}) == near(3.47393118833241233));
  }
  TEST_CASE("two thousand rare events: their joint probability 1e-6000 underflows, their surprisal does not") {
    // references.py lesson01 joint_surprisal_bits
    CHECK(joint_surprisal_bits(std::vector<double>(2000, 0.001)) == relative(19931.5685693241741));
  }
  TEST_CASE("three events of probability 1e-300: 2990 bits, though the product is 0 in double") {
    // references.py lesson01 joint_surprisal_bits
    CHECK(joint_surprisal_bits({1e-300, 1e-300, 1e-300}) == relative(2989.73528539862611));
  }
  TEST_CASE("a hundred thousand fair coins are exactly 100000 bits") {
    CHECK(joint_surprisal_bits(std::vector<double>(100000, 0.5)) == relative(100000.0));
  }
  TEST_CASE("no events are no surprise; certain events add nothing; an impossible one makes it infinite") {
    CHECK(joint_surprisal_bits({}) == near(0.0));
    CHECK(joint_surprisal_bits({1.0, 0.25, 1.0, 1.0}) == near(2.0));
    CHECK(joint_surprisal_bits({0.5, 0.0, 0.25}) == inf);
  }
  TEST_CASE("it is the sum of the single surprisals (the test's own logarithms), in any order") {
    std::mt19937 engine(101);
    std::uniform_real_distribution<double> u(0.001, 1.0);
    std::vector<double> p(50);
    double expected = 0.0;
    for (double& x : p) expected -= std::log2(x = u(engine));
    CHECK(joint_surprisal_bits(p) == near(expected));
    std::shuffle(p.begin(), p.end(), engine);
    CHECK(joint_surprisal_bits(p) == near(expected));
  }
  TEST_CASE("a single event's surprisal is -log2 p") {
    CHECK(joint_surprisal_bits({0.3}) == near(-std::log2(0.3)));
  }
  TEST_CASE("refuses a list with one value that is not a probability") {
    CHECK_THROWS_AS(joint_surprisal_bits({0.5, 1.2}), std::invalid_argument);
  }
}
