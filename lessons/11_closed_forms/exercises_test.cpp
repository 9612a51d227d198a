// Lesson 11 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 digits, both from the closed form and from the defining series summed
// directly (mpmath.nsum of p log(p/q) over k; lessons/homework/references.py, generator lesson11, section
// named by the exercise); exact values where the mathematics gives them. The derived formulas of the
// symbolic layer are a third side, and the exact results are compared with the library's own.
#include "exercises.hpp"

#include "check.hpp"

#include <info/symbolic/derive.hpp>
#include <info/symbolic/exact.hpp>

#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

using namespace hw::lesson11;
using hw::check::near;
using hw::check::relative;
namespace sym = info::symbolic;

TEST_SUITE("poisson_kl_nats") {
  TEST_CASE("KL(poisson(4) || poisson(2)) = 4 log 2 - 2, and the other way round 2 - 2 log 2") {
    CHECK(poisson_kl_nats(4, 2) == near(0.772588722239781238));  // references.py lesson11 poisson_kl_nats
    CHECK(poisson_kl_nats(2, 4) == near(0.613705638880109381));
  }
  TEST_CASE("far apart and nearly equal rates, and equal ones") {
    // references.py lesson11 poisson_kl_nats
    CHECK(poisson_kl_nats(30, 0.5) == near(93.3303368666630205));
    CHECK(poisson_kl_nats(5, 5.001) == relative(9.99866686663467200e-8, 1e-6));
    CHECK(poisson_kl_nats(1e6, 1.001e6) == relative(0.499666916466833191, 1e-8));
    CHECK(poisson_kl_nats(3, 3) == 0.0);
  }
  TEST_CASE("the closed form equals the defining series, summed here term by term") {
    for (const auto& [a, b] : {std::pair{4.0, 2.0}, {0.3, 6.0}, {9.0, 8.5}}) {
      double weight = std::exp(-a), series = 0.0;  // weight = P(k), from P(0) = e^-a
      for (int k = 0; k <= 120; ++k) {
        if (k > 0) weight *= a / k;
        series += weight * (k * std::log(a / b) - a + b);
      }
      CHECK(poisson_kl_nats(a, b) == near(series, 1e-13));
    }
  }
  TEST_CASE("a rate near 0 makes P a point mass at 0, and the KL tends to -log Q(0) = rate of Q") {
    CHECK(poisson_kl_nats(1e-300, 1) == near(1.0));
    CHECK(poisson_kl_nats(1e-300, 7.5) == near(7.5));
  }
  TEST_CASE("a Q that almost never fires costs log(1/rate_Q): 300 ln 10 - 1 nats for rate 1e-300") {
    CHECK(poisson_kl_nats(1, 1e-300) == near(689.775527898213705));  // references.py lesson11 poisson_kl_nats
  }
  TEST_CASE("multiplying both rates by c multiplies the KL by c") {
    for (double c : {0.01, 3.0, 1000.0}) CHECK(poisson_kl_nats(c * 4, c * 2) == relative(c * 0.772588722239781238));
  }
  TEST_CASE("agrees with the derivation of the symbolic layer") {
    const sym::derivation d = sym::derive(sym::quantity::kl, "poisson");
    for (const auto& [a, b] : {std::pair{0.5, 7.0}, {12.0, 11.0}, {2.5, 0.1}})
      CHECK(poisson_kl_nats(a, b) == near(d.value({a}, {b})));
  }
  TEST_CASE("refuses a rate that is not positive") {
    CHECK_THROWS_AS(poisson_kl_nats(1, -2), std::invalid_argument);
  }
}

TEST_SUITE("geometric_kl_nats") {
  TEST_CASE("KL(geometric(1/2) || geometric(1/4)) = log(4/3), and the other way round 3 log 3 - 4 log 2") {
    CHECK(geometric_kl_nats(0.5, 0.25) == near(0.287682072451780927));  // references.py lesson11 geometric_kl_nats
    CHECK(geometric_kl_nats(0.25, 0.5) == near(0.523248143764547837));
  }
  TEST_CASE("far apart and nearly equal") {
    // references.py lesson11 geometric_kl_nats
    CHECK(geometric_kl_nats(0.1, 0.9) == near(17.5777966186897551));
    CHECK(geometric_kl_nats(0.3, 0.3000001) == relative(7.93650692869773783e-14, 1e-6));
    CHECK(geometric_kl_nats(0.6, 0.6) == 0.0);
  }
  TEST_CASE("the closed form equals the defining series, summed here term by term") {
    for (const auto& [p, q] : {std::pair{0.5, 0.25}, {0.25, 0.5}, {0.8, 0.3}}) {
      double weight = p, series = 0.0;  // weight = P(k) = p (1 - p)^k
      for (int k = 0; k <= 400; ++k) {
        series += weight * (std::log(p / q) + k * std::log((1 - p) / (1 - q)));
        weight *= 1 - p;
      }
      CHECK(geometric_kl_nats(p, q) == near(series, 1e-13));
    }
  }
  TEST_CASE("a small change d of p costs d^2 / (2 p^2 (1 - p)): the geometric's Fisher information") {
    for (double p : {0.02, 0.3, 0.5, 0.9}) {
      const double d = 1e-5 * p;
      CHECK(geometric_kl_nats(p, p + d) / (d * d / (2 * p * p * (1 - p))) == near(1.0, 1e-4));
    }
  }
  TEST_CASE("for small p the geometric becomes an exponential: KL(geometric(p) || geometric(2p)) tends to 1 - ln 2") {
    // references.py lesson11 geometric_kl_nats
    CHECK(geometric_kl_nats(1e-8, 2e-8) == near(0.306852824440054774));
    CHECK(geometric_kl_nats(1e-8, 2e-8) == near(0.306852819440054691, 1e-8));  // the limit 1 − ln 2
  }
  TEST_CASE("agrees with the derivation of the symbolic layer") {
    const sym::derivation d = sym::derive(sym::quantity::kl, "geometric");
    for (const auto& [a, b] : {std::pair{0.05, 0.5}, {0.7, 0.2}, {0.99, 0.01}})
      CHECK(geometric_kl_nats(a, b) == near(d.value({a}, {b})));
  }
  TEST_CASE("refuses a q of 1, a point mass on 0") {
    CHECK_THROWS_AS(geometric_kl_nats(0.5, 1), std::invalid_argument);
  }
}

TEST_SUITE("exact_entropy") {
  TEST_CASE("H(1/2, 1/4, 1/4) = 3/2 log 2 nats = 3/2 bits, exactly") {
    const sym::expr h = exact_entropy(sym::read_exact("1/2,1/4,1/4"));
    CHECK(h.ascii() == "3/2*log(2)");
    CHECK(h.bits().ascii() == "3/2");
  }
  TEST_CASE("H(9/25, 12/25, 4/25) in logs of 2, 3 and 5, and zero masses add nothing") {
    CHECK(exact_entropy(sym::read_exact("9/25,12/25,4/25")).ascii() == "-32/25*log(2) - 6/5*log(3) + 2*log(5)");
    CHECK(exact_entropy(sym::read_exact("0,1/3,2/3")).ascii() == "-2/3*log(2) + log(3)");
    CHECK(exact_entropy(sym::read_exact("1/2,0,1/2")).ascii() == "log(2)");
  }
  TEST_CASE("a point mass has entropy exactly 0, wherever the mass sits") {
    CHECK(exact_entropy(sym::read_exact("1")).is_zero());
    CHECK(exact_entropy(sym::read_exact("0,0,1")).is_zero());
  }
  TEST_CASE("a uniform distribution on n outcomes has entropy log n: log 6 nats, and 6 bits for n = 64") {
    const auto die = sym::read_exact("1/6,1/6,1/6,1/6,1/6,1/6");
    CHECK((exact_entropy(die) + sym::log(die.mass(0))).is_zero());  // H + log(1/6) = 0
    std::string spec = "1/64";
    for (int i = 1; i < 64; ++i) spec += ",1/64";
    CHECK(exact_entropy(sym::read_exact(spec)).bits().ascii() == "6");
    CHECK(exact_entropy(sym::read_exact("1/2,1/4,1/8,1/8")).bits().ascii() == "7/4");
  }
  TEST_CASE("permuting the outcomes leaves the entropy unchanged") {
    const sym::expr h = exact_entropy(sym::read_exact("1/2,1/3,1/6"));
    CHECK(h.ascii() == "2/3*log(2) + 1/2*log(3)");
    CHECK((h - exact_entropy(sym::read_exact("1/6,1/2,1/3"))).is_zero());
  }
  TEST_CASE("the grouping rule holds exactly: H(1/6, 1/3, 1/2) = H(1/6, 5/6) + 5/6 H(2/5, 3/5)") {
    const auto merged = sym::read_exact("1/6,5/6");
    const sym::expr whole = exact_entropy(sym::read_exact("1/6,1/3,1/2"));
    const sym::expr parts =
        exact_entropy(merged) + merged.mass(1) * exact_entropy(sym::read_exact("2/5,3/5"));
    CHECK(whole.ascii() == "2/3*log(2) + 1/2*log(3)");
    CHECK((whole - parts).is_zero());
  }
  TEST_CASE("the library's exact entropy, for a binomial") {
    const auto p = sym::read_exact("binomial(6, 1/3)");
    CHECK((exact_entropy(p) - sym::entropy(p)).is_zero());
  }
}

TEST_SUITE("chain_rule_exactly") {
  TEST_CASE("the worked example: 7/4, 3/2 and 1/4 log 2") {
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
  TEST_CASE("KL is not symmetric: (1/2, 1/2) against (1/4, 3/4), and back") {
    const auto p = sym::read_exact("1/2,1/2"), q = sym::read_exact("1/4,3/4");
    const chain_rule_sides pq = chain_rule_exactly(p, q), qp = chain_rule_exactly(q, p);
    CHECK(pq.kl.ascii() == "log(2) - 1/2*log(3)");
    CHECK(qp.kl.ascii() == "-log(2) + 3/4*log(3)");
    CHECK(qp.cross_entropy.ascii() == "log(2)");
    CHECK_FALSE((pq.kl - qp.kl).is_zero());
  }
  TEST_CASE("P against itself: KL is exactly 0 and the cross-entropy is the entropy") {
    const auto p = sym::read_exact("1/7,2/7,4/7");
    const chain_rule_sides s = chain_rule_exactly(p, p);
    CHECK(s.kl.is_zero());
    CHECK(s.entropy.ascii() == "-10/7*log(2) + log(7)");
    CHECK((s.cross_entropy - s.entropy).is_zero());
  }
  TEST_CASE("outcomes P rules out add nothing, whatever Q puts there, even 0") {
    const chain_rule_sides s = chain_rule_exactly(sym::read_exact("1/2,1/2,0"), sym::read_exact("1/4,1/4,1/2"));
    CHECK(s.cross_entropy.ascii() == "2*log(2)");
    CHECK(s.entropy.ascii() == "log(2)");
    CHECK(s.kl.ascii() == "log(2)");
    const chain_rule_sides both = chain_rule_exactly(sym::read_exact("1/2,1/2,0"), sym::read_exact("1/2,1/2,0"));
    CHECK(both.kl.is_zero());
    CHECK(both.cross_entropy.ascii() == "log(2)");
  }
  TEST_CASE("against the uniform Q the cross-entropy is log n whatever P is, so KL = log n - H(P)") {
    const auto u = sym::read_exact("1/3,1/3,1/3");
    const chain_rule_sides s = chain_rule_exactly(sym::read_exact("1/2,1/4,1/4"), u);
    CHECK((s.cross_entropy + sym::log(u.mass(0))).is_zero());  // H(P, U) + log(1/3) = 0
    CHECK(s.kl.ascii() == "-3/2*log(2) + log(3)");
  }
  TEST_CASE("refuses a Q with no mass where P has some") {
    CHECK_THROWS_AS(chain_rule_exactly(sym::read_exact("1/2,1/2"), sym::read_exact("1,0")), std::invalid_argument);
  }
}
