// Lesson 11 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.11.K.name.
// Reference values: mpmath at 30 digits, both from the closed form and from the defining series summed
// directly (mpmath.nsum of p log(p/q) over k); exact values where the mathematics gives them. The derived
// formulas of the symbolic layer are a third side.
#include "exercises.hpp"

#include "check.hpp"

#include <info/symbolic/derive.hpp>
#include <info/symbolic/exact.hpp>

#include <cmath>
#include <stdexcept>

using namespace hw::lesson11;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;
namespace sym = info::symbolic;

TEST_SUITE("11.1 poisson_kl_nats") {
  TEST_CASE("KL(poisson(4) || poisson(2)) = 4 log 2 - 2") {
    CHECK(poisson_kl_nats(4, 2) == near(0.77258872223978123767));  // mpmath: closed form and nsum agree
  }
  TEST_CASE("far apart and nearly equal (no cancellation lost)") {
    CHECK(poisson_kl_nats(30, 0.5) == near(93.330336866663020545));
    CHECK(poisson_kl_nats(5, 5.001) == relative(9.9986668666346719991e-8, 1e-6));
    CHECK(poisson_kl_nats(3, 3) == 0.0);
  }
  TEST_CASE("agrees with the derivation of the symbolic layer") {
    const sym::derivation d = sym::derive(sym::quantity::kl, "poisson");
    for (const auto& [a, b] : {std::pair{0.5, 7.0}, {12.0, 11.0}, {2.5, 0.1}})
      CHECK(poisson_kl_nats(a, b) == near(d.value({a}, {b})));
  }
  TEST_CASE("refuses rates that are not positive and finite") {
    CHECK_THROWS_AS(poisson_kl_nats(0, 1), std::invalid_argument);
    CHECK_THROWS_AS(poisson_kl_nats(1, -2), std::invalid_argument);
    CHECK_THROWS_AS(poisson_kl_nats(inf, 1), std::invalid_argument);
    CHECK_THROWS_AS(poisson_kl_nats(1, std::nan("")), std::invalid_argument);
  }
}

TEST_SUITE("11.2 geometric_kl_nats") {
  TEST_CASE("KL(geometric(1/2) || geometric(1/4)) = log(4/3)") {
    CHECK(geometric_kl_nats(0.5, 0.25) == near(0.28768207245178092744));
  }
  TEST_CASE("far apart and nearly equal") {
    CHECK(geometric_kl_nats(0.1, 0.9) == near(17.577796618689755062));  // mpmath: nsum of the series agrees
    CHECK(geometric_kl_nats(0.3, 0.3000001) == relative(7.9365069286977378259e-14, 1e-6));
  }
  TEST_CASE("agrees with the derivation of the symbolic layer") {
    const sym::derivation d = sym::derive(sym::quantity::kl, "geometric");
    for (const auto& [a, b] : {std::pair{0.05, 0.5}, {0.7, 0.2}, {0.99, 0.01}})
      CHECK(geometric_kl_nats(a, b) == near(d.value({a}, {b})));
  }
  TEST_CASE("refuses p and q outside (0, 1)") {
    CHECK_THROWS_AS(geometric_kl_nats(0, 0.5), std::invalid_argument);
    CHECK_THROWS_AS(geometric_kl_nats(0.5, 1), std::invalid_argument);
    CHECK_THROWS_AS(geometric_kl_nats(1.5, 0.5), std::invalid_argument);
    CHECK_THROWS_AS(geometric_kl_nats(0.5, std::nan("")), std::invalid_argument);
  }
}

TEST_SUITE("11.3 exact_entropy") {
  TEST_CASE("H(1/2, 1/4, 1/4) = 3/2 log 2 nats = 3/2 bits, exactly") {
    const sym::expr h = exact_entropy(sym::read_exact("1/2,1/4,1/4"));
    CHECK(h.ascii() == "3/2*log(2)");
    CHECK(h.bits().ascii() == "3/2");
  }
  TEST_CASE("H(9/25, 12/25, 4/25) in logs of 2, 3 and 5, and a zero mass") {
    CHECK(exact_entropy(sym::read_exact("9/25,12/25,4/25")).ascii() == "-32/25*log(2) - 6/5*log(3) + 2*log(5)");
    CHECK(exact_entropy(sym::read_exact("0,1/3,2/3")).ascii() == "-2/3*log(2) + log(3)");
    CHECK(exact_entropy(sym::read_exact("1")).is_zero());
  }
  TEST_CASE("the library's exact entropy, for a binomial") {
    const auto p = sym::read_exact("binomial(6, 1/3)");
    CHECK((exact_entropy(p) - sym::entropy(p)).is_zero());
  }
}

TEST_SUITE("11.4 chain_rule_exactly") {
  TEST_CASE("the curriculum's pair: 7/4, 3/2 and 1/4 log 2") {
    const chain_rule_sides s = chain_rule_exactly(sym::read_exact("1/2,1/4,1/4"), sym::read_exact("1/4,1/2,1/4"));
    CHECK(s.cross_entropy.ascii() == "7/4*log(2)");
    CHECK(s.entropy.ascii() == "3/2*log(2)");
    CHECK(s.kl.ascii() == "1/4*log(2)");
    CHECK((s.cross_entropy - s.entropy - s.kl).is_zero());
  }
  TEST_CASE("each side is the library's, and the identity is exact, for rationals of many primes") {
    const auto p = sym::read_exact("1/7,2/7,4/7"), q = sym::read_exact("0.1,0.3,0.6");
    const chain_rule_sides s = chain_rule_exactly(p, q);
    CHECK((s.cross_entropy - sym::cross_entropy(p, q)).is_zero());
    CHECK((s.entropy - sym::entropy(p)).is_zero());
    CHECK((s.kl - sym::kl(p, q)).is_zero());
    CHECK((s.cross_entropy - s.entropy - s.kl).is_zero());
    CHECK_FALSE(s.kl.is_zero());
  }
  TEST_CASE("refuses P and Q of different lengths, and q = 0 where p > 0") {
    CHECK_THROWS_AS(chain_rule_exactly(sym::read_exact("1/2,1/2"), sym::read_exact("1/3,1/3,1/3")),
                    std::invalid_argument);
    CHECK_THROWS_AS(chain_rule_exactly(sym::read_exact("1/2,1/2"), sym::read_exact("1,0")), std::invalid_argument);
  }
}
