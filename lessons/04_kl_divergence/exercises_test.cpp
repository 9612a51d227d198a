// Lesson 04 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
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

using namespace hw::lesson04;
using hw::check::inf;
using hw::check::near;
using hw::check::random_pmf;
using hw::check::relative;
using hw::check::own_entropy_nats;
using info::base;

namespace {

// KL between two coins with 0 < p, q < 1, in nats.
double own_coin_kl_nats(double p, double q) {
  return p * std::log(p / q) + (1 - p) * std::log((1 - p) / (1 - q));
}

// Binomial(n, p) on 0..n by the recursion P(k+1) = P(k)·(n−k)/(k+1)·p/(1−p), for 0 < p < 1 and moderate n.
std::vector<double> own_binomial(int n, double p) {
  std::vector<double> b(static_cast<std::size_t>(n) + 1);
  b[0] = std::pow(1 - p, n);
  for (int k = 0; k < n; ++k) b[k + 1] = b[k] * (n - k) / (k + 1.0) * p / (1 - p);
  return b;
}

}  // namespace

TEST_SUITE("kl_coins_bits") {
  TEST_CASE("a fair coin against a 0.9 coin: 0.737 bits one way, 0.531 bits the other") {
    CHECK(kl_coins_bits(0.5, 0.9) == near(0.736965594166206166));  // references.py lesson04 kl_coins_bits
    CHECK(kl_coins_bits(0.9, 0.5) == near(0.531004406410718779));
  }
  TEST_CASE("cat and dog: a certain truth against a confident and a wrong model") {
    CHECK(kl_coins_bits(1.0, 0.9) == near(0.152003093445049985));  // references.py lesson04 kl_coins_bits
    CHECK(kl_coins_bits(1.0, 0.1) == near(3.32192809488736235));
  }
  TEST_CASE("edges: equal coins, certain coins, and a face declared impossible") {
    CHECK(kl_coins_bits(0.3, 0.3) == near(0.0));
    CHECK(kl_coins_bits(0.0, 0.5) == near(1.0));
    CHECK(kl_coins_bits(0.0, 0.0) == near(0.0));
    CHECK(kl_coins_bits(0.5, 0.0) == inf);
    CHECK(kl_coins_bits(1.0, 0.0) == inf);
    CHECK(kl_coins_bits(0.999, 0.001) == near(9.94441218605683349));  // references.py lesson04 kl_coins_bits
  }
  TEST_CASE("a coin said to land heads once in 1e300 tosses: huge (497 bits) but finite") {
    CHECK(kl_coins_bits(0.5, 1e-300) == relative(497.289214233104352));  // references.py lesson04 kl_coins_bits
  }
  TEST_CASE("nearly equal coins: KL(0.3 || 0.301) = 3.43e-6 bits, digit by digit") {
    CHECK(kl_coins_bits(0.3, 0.301) == relative(3.43064067831855777e-6, 1e-9));  // references.py lesson04 kl_coins_bits
  }
  TEST_CASE("for close coins KL grows like the square of the gap: d^2 / (2 p (1 - p) ln 2) bits") {
    const double p = 0.3, d = 1e-4;
    CHECK(kl_coins_bits(p, p + d) == relative(d * d / (2 * p * (1 - p) * std::log(2.0)), 1e-3));
    CHECK(kl_coins_bits(p, p + 2 * d) / kl_coins_bits(p, p + d) == near(4.0, 1e-3));
  }
  TEST_CASE("Gibbs: KL >= 0 on a grid of coins, and 0 only where p = q") {
    int wrong = 0;
    for (int i = 0; i <= 10; ++i)
      for (int j = 0; j <= 10; ++j) {
        const double d = kl_coins_bits(i / 10.0, j / 10.0);
        wrong += i == j ? !(d == 0.0) : !(d > 0.0);
      }
    CHECK(wrong == 0);
  }
  TEST_CASE("naming the other face heads changes nothing: KL(p || q) = KL(1 - p || 1 - q)") {
    for (double p : {0.1, 0.5, 0.77})
      for (double q : {0.2, 0.6, 0.95}) {
        CAPTURE(p);
        CAPTURE(q);
        CHECK(kl_coins_bits(p, q) == near(kl_coins_bits(1 - p, 1 - q)));
        CHECK(kl_coins_bits(p, q) == near(own_coin_kl_nats(p, q) / std::log(2.0)));
      }
  }
  TEST_CASE("refuses a coin that lands heads with probability 1.1") {
    CHECK_THROWS_AS(kl_coins_bits(0.5, 1.1), std::invalid_argument);
  }
}

TEST_SUITE("kl_divergence") {
  TEST_CASE("P = (1/3, 1/3, 1/3), Q = (0.5, 0.5, 0): KL(P||Q) is infinite, KL(Q||P) = ln(3/2)") {
    const std::vector<double> third(3, 1.0 / 3.0), q{0.5, 0.5, 0.0};
    CHECK(kl_divergence(third, q, base::nats) == inf);
    CHECK(kl_divergence(q, third, base::nats) == near(0.405465108108164382));  // ln(3/2)
    CHECK(kl_divergence(q, third, base::bits) == near(0.584962500721156181));
  }
  TEST_CASE("R against S and a binomial against uniform, both ways: close but not equal") {
    const std::vector<double> r{0.42, 0.31, 0.27}, s{0.25, 0.5, 0.25}, b{0.36, 0.48, 0.16}, u(3, 1.0 / 3.0);
    CHECK(kl_divergence(r, s, base::nats) == near(0.0904817760487950796));  // references.py lesson04 kl_divergence
    CHECK(kl_divergence(s, r, base::nats) == near(0.0900791918336759359));
    CHECK(kl_divergence(b, u, base::nats) == near(0.0852996013183705679));
    CHECK(kl_divergence(u, b, base::nats) == near(0.0974550067853876205));
    CHECK(kl_divergence({0.1, 0.4, 0.5}, {0.8, 0.15, 0.05}, base::bits) == near(1.92697904715521870));
  }
  TEST_CASE("a zero in P adds nothing; P = Q gives 0") {
    CHECK(kl_divergence({0.5, 0.0, 0.5}, {0.25, 0.5, 0.25}, base::nats) == near(0.693147180559945309));
    CHECK(kl_divergence({0.2, 0.8}, {0.2, 0.8}, base::bits) == near(0.0));
  }
  TEST_CASE("a model that gives an outcome probability 1e-300 pays 344.7 nats: finite") {
    // references.py lesson04 kl_divergence
    CHECK(kl_divergence({0.5, 0.5}, {1.0, 1e-300}, base::nats) == relative(344.694616768546907));
  }
  TEST_CASE("nearly equal distributions: KL(R || (0.421, 0.309, 0.27)) = 2.80e-6 nats, digit by digit") {
    CHECK(kl_divergence({0.42, 0.31, 0.27}, {0.421, 0.309, 0.27}, base::nats) ==
          relative(2.80497016208539861e-6, 1e-8));  // references.py lesson04 kl_divergence
  }
  TEST_CASE("close distributions: KL(P || P + t d) / t^2 tends to half the chi-square sum of d^2 / P") {
    const std::vector<double> p{0.42, 0.31, 0.27}, d{0.5, -0.3, -0.2};
    double half_chi2 = 0.0;
    for (std::size_t x = 0; x < 3; ++x) half_chi2 += 0.5 * d[x] * d[x] / p[x];
    const double t = 1e-4;
    std::vector<double> q(3);
    for (std::size_t x = 0; x < 3; ++x) q[x] = p[x] + t * d[x];
    CHECK(kl_divergence(p, q, base::nats) / (t * t) == relative(half_chi2, 1e-3));
  }
  TEST_CASE("a point mass on outcome k against Q is the surprisal -ln Q(k) (the test's own logarithm)") {
    std::mt19937 engine(43);
    const std::vector<double> q = random_pmf(engine, 4);
    for (std::size_t k = 0; k < 4; ++k) {
      std::vector<double> p(4, 0.0);
      p[k] = 1.0;
      CAPTURE(k);
      CHECK(kl_divergence(p, q, base::nats) == near(-std::log(q[k])));
    }
  }
  TEST_CASE("against the uniform distribution on 1000 outcomes, KL(P || U) = ln 1000 - H(P)") {
    std::mt19937 engine(47);
    const std::vector<double> p = random_pmf(engine, 1000), u(1000, 1.0 / 1000.0);
    CHECK(kl_divergence(p, u, base::nats) == near(std::log(1000.0) - own_entropy_nats(p), 1e-11));
  }
  TEST_CASE("Gibbs: KL > 0 on 200 random pairs, KL(P || P) = 0 (seeded)") {
    std::mt19937 engine(3);
    int negative = 0, nonzero = 0;
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p = random_pmf(engine, 4), q = random_pmf(engine, 4);
      negative += !(kl_divergence(p, q, base::nats) > 0.0);
      nonzero += !(std::abs(kl_divergence(p, p, base::nats)) < 1e-15);
    }
    CHECK(negative == 0);
    CHECK(nonzero == 0);
  }
  TEST_CASE("n independent tosses: KL(Binomial(50, 0.3) || Binomial(50, 0.35)) = 50 x KL of one coin") {
    CHECK(kl_divergence(own_binomial(50, 0.3), own_binomial(50, 0.35), base::nats) ==
          near(50 * own_coin_kl_nats(0.3, 0.35), 1e-11));
  }
  TEST_CASE("independent pairs add: KL(P1 x P2 || Q1 x Q2) = KL(P1 || Q1) + KL(P2 || Q2)") {
    std::mt19937 engine(53);
    for (int trial = 0; trial < 10; ++trial) {
      const std::vector<double> p1 = random_pmf(engine, 3), q1 = random_pmf(engine, 3);
      const std::vector<double> p2 = random_pmf(engine, 4), q2 = random_pmf(engine, 4);
      std::vector<double> p, q;
      for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 4; ++j) {
          p.push_back(p1[i] * p2[j]);
          q.push_back(q1[i] * q2[j]);
        }
      CHECK(kl_divergence(p, q, base::nats) ==
            near(kl_divergence(p1, q1, base::nats) + kl_divergence(p2, q2, base::nats)));
    }
  }
  TEST_CASE("mixing pairs can only bring them closer: KL is jointly convex, on 200 random pairs of pairs") {
    std::mt19937 engine(59);
    int above = 0;
    for (int trial = 0; trial < 200; ++trial) {
      const std::vector<double> p1 = random_pmf(engine, 3), q1 = random_pmf(engine, 3);
      const std::vector<double> p2 = random_pmf(engine, 3), q2 = random_pmf(engine, 3);
      const double lambda = (trial + 0.5) / 200.0;
      std::vector<double> p(3), q(3);
      for (std::size_t x = 0; x < 3; ++x) {
        p[x] = lambda * p1[x] + (1 - lambda) * p2[x];
        q[x] = lambda * q1[x] + (1 - lambda) * q2[x];
      }
      above += !(kl_divergence(p, q, base::nats) <=
                 lambda * kl_divergence(p1, q1, base::nats) + (1 - lambda) * kl_divergence(p2, q2, base::nats) + 1e-15);
    }
    CHECK(above == 0);
  }
  TEST_CASE("renaming the outcomes of P and Q together changes nothing") {
    std::vector<double> p{0.1, 0.2, 0.3, 0.4}, q{0.25, 0.25, 0.4, 0.1};
    double expected = 0.0;
    for (std::size_t x = 0; x < 4; ++x) expected += p[x] * std::log(p[x] / q[x]);
    std::vector<std::size_t> order{0, 1, 2, 3};
    do {
      std::vector<double> pp, qq;
      for (std::size_t i : order) {
        pp.push_back(p[i]);
        qq.push_back(q[i]);
      }
      CHECK(kl_divergence(pp, qq, base::nats) == near(expected));
    } while (std::next_permutation(order.begin(), order.end()));
  }
  TEST_CASE("refuses the lesson's rel_entr example: its P sums to 1.1 and its Q to 0.8") {
    CHECK_THROWS_AS(kl_divergence({0.20, 0.40, 0.50}, {0.60, 0.15, 0.05}, base::nats), std::invalid_argument);
  }
}

TEST_SUITE("asymmetric_pair") {
  TEST_CASE("P and Q are distributions on the same two or more outcomes") {
    const pair found = asymmetric_pair();
    REQUIRE(found.p.size() >= 2);
    REQUIRE(found.p.size() == found.q.size());
    double sum_p = 0.0, sum_q = 0.0;
    int negative = 0;
    for (std::size_t x = 0; x < found.p.size(); ++x) {
      negative += !(found.p[x] >= 0.0) + !(found.q[x] >= 0.0);
      sum_p += found.p[x];
      sum_q += found.q[x];
    }
    CHECK(negative == 0);
    CHECK(sum_p == near(1.0, 1e-9));
    CHECK(sum_q == near(1.0, 1e-9));
  }
  TEST_CASE("both directions are finite: neither P nor Q rules out what the other allows") {
    const pair found = asymmetric_pair();
    REQUIRE(found.p.size() >= 2);
    REQUIRE(found.p.size() == found.q.size());
    int ruled_out = 0;
    for (std::size_t x = 0; x < found.p.size(); ++x) ruled_out += (found.p[x] > 0.0) != (found.q[x] > 0.0);
    CHECK(ruled_out == 0);
  }
  TEST_CASE("KL(P||Q) exceeds KL(Q||P) by more than 0.1 nats (the test's own sums)") {
    const pair found = asymmetric_pair();
    REQUIRE(found.p.size() >= 2);
    REQUIRE(found.p.size() == found.q.size());
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

TEST_SUITE("kl_binomial_uniform_nats") {
  TEST_CASE("Binomial(2, 0.5) has 0.0589 nats, Binomial(2, 0.4) 0.0853 nats") {
    // references.py lesson04 kl_binomial_uniform_nats
    CHECK(kl_binomial_uniform_nats(2, 0.5) == near(0.0588915178281917273));
    CHECK(kl_binomial_uniform_nats(2, 0.4) == near(0.0852996013183705679));
  }
  TEST_CASE("Binomial(15, 7/15) over its full support 0..15, and Binomial(100, 0.5)") {
    // references.py lesson04 kl_binomial_uniform_nats
    CHECK(kl_binomial_uniform_nats(15, 7.0 / 15.0) == near(0.695554262063659899));
    CHECK(kl_binomial_uniform_nats(100, 0.5) == near(1.58675257670409264));
  }
  TEST_CASE("thousands of trials: the coefficients overflow, their logarithms do not") {
    // references.py lesson04 kl_binomial_uniform_nats
    CHECK(kl_binomial_uniform_nats(5000, 0.3) == relative(3.62019462443815221, 1e-9));
    CHECK(kl_binomial_uniform_nats(3000, 0.001) == relative(6.07563019212705399, 1e-9));
  }
  TEST_CASE("edges: one trial, one outcome, and point masses (p = 0 or 1) give ln(n + 1)") {
    // references.py lesson04 kl_binomial_uniform_nats
    CHECK(kl_binomial_uniform_nats(1, 0.25) == near(0.130812035941136959));
    CHECK(kl_binomial_uniform_nats(0, 0.3) == near(0.0));
    CHECK(kl_binomial_uniform_nats(10, 0.0) == near(2.39789527279837054));  // ln 11
    CHECK(kl_binomial_uniform_nats(10, 1.0) == near(2.39789527279837054));
  }
  TEST_CASE("it is ln(n + 1) - H(Binomial(n, p)) (the test's own binomial and entropy)") {
    for (double p : {0.05, 0.35, 0.5}) {
      CAPTURE(p);
      CHECK(kl_binomial_uniform_nats(30, p) == near(std::log(31.0) - own_entropy_nats(own_binomial(30, p))));
    }
  }
  TEST_CASE("counting failures instead of successes changes nothing: p and 1 - p give the same KL") {
    CHECK(kl_binomial_uniform_nats(40, 0.2) == near(kl_binomial_uniform_nats(40, 0.8)));
    CHECK(kl_binomial_uniform_nats(7, 0.01) == near(kl_binomial_uniform_nats(7, 0.99)));
  }
  TEST_CASE("the further p is from 1/2, the further from uniform, up to ln(n + 1) at p = 1") {
    int wrong = 0;
    for (int i = 0; i < 10; ++i)
      wrong += !(kl_binomial_uniform_nats(20, 0.5 + (i + 1) / 20.0) > kl_binomial_uniform_nats(20, 0.5 + i / 20.0));
    CHECK(wrong == 0);
    CHECK(kl_binomial_uniform_nats(20, 0.5) > 0.0);
  }
  TEST_CASE("large n: close to ln(n + 1) - ln(2 pi e n p (1 - p)) / 2, the normal approximation, at n = 100000") {
    const double n = 100000, p = 0.3, pi = std::acos(-1.0);
    CHECK(kl_binomial_uniform_nats(100000, p) ==
          near(std::log(n + 1) - 0.5 * std::log(2 * pi * std::exp(1.0) * n * p * (1 - p)), 1e-4));
  }
  TEST_CASE("refuses p = 1.5, which is not a probability") {
    CHECK_THROWS_AS(kl_binomial_uniform_nats(5, 1.5), std::invalid_argument);
  }
}
