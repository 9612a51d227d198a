// Discrete measures against reference values computed independently with mpmath at 30 digits
// (/usr/bin/python3, mp.dps = 30, the defining sums over exact decimal inputs); the digits quoted
// are those mpmath printed, rounded to 18 significant digits.
#include <info/discrete_measures.hpp>
#include <info/error.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <numbers>

using namespace info;
namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
const pmf R{0.42, 0.31, 0.27};
const pmf S({0.25, 0.5, 0.25}, "Q");
}  // namespace

TEST_SUITE("discrete measures") {
  TEST_CASE("surprisal of a biased coin in bits") {
    CHECK(surprisal(0.5, base::bits) == doctest::Approx(1.0).epsilon(1e-16));
    CHECK(surprisal(0.9, base::bits) == doctest::Approx(0.152003093445049985).epsilon(1e-15));  // mpmath
    CHECK(surprisal(0.1, base::bits) == doctest::Approx(3.32192809488736235).epsilon(1e-15));   // mpmath
    CHECK(surprisal(1.0) == 0.0);
  }

  TEST_CASE("surprisal refuses a probability that is not positive or exceeds 1") {
    CHECK_THROWS_WITH_AS(surprisal(0.0), doctest::Contains("infinite"), invalid_input);
    CHECK_THROWS_WITH_AS(surprisal(1.5), doctest::Contains("(0, 1]"), invalid_input);
    CHECK_THROWS_AS(surprisal(-0.1), invalid_input);
    CHECK_THROWS_AS(surprisal(std::nan("")), invalid_input);
  }

  TEST_CASE("surprisal of each outcome, infinite for an impossible one") {
    const Eigen::ArrayXd s = surprisal(pmf{0.5, 0.5, 0.0}, base::bits);
    CHECK(s[0] == doctest::Approx(1.0));
    CHECK(s[2] == inf);
  }

  TEST_CASE("entropy of coins and of (1/2, 1/4, 1/4)") {
    CHECK(entropy(pmf{0.5, 0.5}, base::bits) == doctest::Approx(1.0).epsilon(1e-16));
    CHECK(entropy(pmf{0.9, 0.1}, base::bits) == doctest::Approx(0.468995593589281221).epsilon(1e-15));  // mpmath
    CHECK(entropy(pmf{0.5, 0.25, 0.25}, base::bits) == 1.5);
    CHECK(entropy(pmf{0.1, 0.4, 0.5}, base::bans) == doctest::Approx(0.409691001300805641).epsilon(1e-15));  // mpmath
  }

  TEST_CASE("entropy: 0 log 0 = 0, a point mass has none") {
    CHECK(entropy(pmf{0.0, 1.0, 0.0}) == 0.0);
    CHECK(entropy(pmf{0.5, 0.0, 0.5}, base::bits) == doctest::Approx(1.0));
  }

  TEST_CASE("the R and S example: H(R), H(R,S), KL(R||S) and the other way round") {
    CHECK(entropy(R) == doctest::Approx(1.08093695909751249).epsilon(1e-15));               // mpmath
    CHECK(cross_entropy(R, S) == doctest::Approx(1.17141873514630757).epsilon(1e-15));      // mpmath
    CHECK(kl_divergence(R, S) == doctest::Approx(0.0904817760487950796).epsilon(1e-14));    // mpmath
    CHECK(kl_divergence(S, R) == doctest::Approx(0.0900791918336759359).epsilon(1e-14));    // mpmath
    CHECK(cross_entropy(S, R) == doctest::Approx(1.12979996267359390).epsilon(1e-15));      // mpmath
  }

  TEST_CASE("one-hot truth against two predictions") {
    const pmf y{0.0, 1.0, 0.0};
    CHECK(cross_entropy(y, pmf{0.05, 0.85, 0.10}) == doctest::Approx(0.162518929497774913).epsilon(1e-15));  // mpmath
    CHECK(cross_entropy(y, pmf{0.85, 0.05, 0.10}) == doctest::Approx(2.99573227355399099).epsilon(1e-15));   // mpmath
  }

  TEST_CASE("binomial(2, 0.4) against uniform, both ways") {
    const pmf b = to_pmf(boost::math::binomial(2, 0.4));
    const pmf u = pmf::uniform(3, "U");
    CHECK(kl_divergence(b, u) == doctest::Approx(0.0852996013183705679).epsilon(1e-14));  // mpmath
    CHECK(kl_divergence(u, b) == doctest::Approx(0.0974550067853876205).epsilon(1e-14));  // mpmath
  }

  TEST_CASE("lesson 04's own numbers: KL in bits") {
    CHECK(kl_divergence(pmf{0.1, 0.4, 0.5}, pmf{0.8, 0.15, 0.05}, base::bits) ==
          doctest::Approx(1.92697904715521870).epsilon(1e-15));  // mpmath
    CHECK(cross_entropy(pmf{0.1, 0.4, 0.5}, pmf{0.8, 0.15, 0.05}) ==
          doctest::Approx(2.27902848586276899).epsilon(1e-15));  // mpmath
  }

  TEST_CASE("a zero in Q where P has mass makes KL and H(P,Q) infinite, and names the outcome") {
    const pmf p{0.5, 0.5, 0.0};
    const pmf q{1.0, 0.0, 0.0};
    CHECK(kl_divergence(p, q) == inf);
    CHECK(cross_entropy(p, q) == inf);
    const support_mismatch m = infinite_outcomes(p, q);
    REQUIRE(m.outcomes.size() == 1);
    CHECK(m.outcomes[0] == 1);
    CHECK_FALSE(m.all_from);
    CHECK(infinite_outcomes(q, p).empty());
    CHECK(kl_divergence(q, p) == doctest::Approx(std::numbers::ln2));  // a zero in P contributes nothing
  }

  TEST_CASE("per-outcome terms sum to their measure") {
    const pmf p{0.1, 0.4, 0.5};
    const pmf q{0.8, 0.15, 0.05};
    CHECK(kl_terms(p, q, base::bits).sum() == doctest::Approx(1.92697904715521870).epsilon(1e-15));
    CHECK(entropy_terms(p).sum() == doctest::Approx(entropy(p)).epsilon(1e-15));
    CHECK(cross_entropy_terms(p, q).sum() == doctest::Approx(2.27902848586276899).epsilon(1e-15));
    CHECK(js_terms(p, q, base::bits).sum() == doctest::Approx(0.420200570376373246).epsilon(1e-14));  // mpmath
    CHECK(kl_terms(p, q)[0] < 0);  // a term may be negative; the sum may not
  }

  TEST_CASE("JS of the cat/dog example: 0.108032 bits") {
    CHECK(js_divergence(pmf{1.0, 0.0}, pmf{0.8, 0.2}, base::bits) ==
          doctest::Approx(0.108031546145600047).epsilon(1e-14));  // mpmath
  }

  TEST_CASE("JS of disjoint supports is exactly ln 2, one bit, while KL is infinite") {
    const pmf a{1.0, 0.0};
    const pmf c{0.0, 1.0};
    CHECK(js_divergence(a, c) == std::numbers::ln2);
    CHECK(js_divergence(a, c, base::bits) == 1.0);
    CHECK(kl_divergence(a, c) == inf);
  }

  TEST_CASE("JS is not a metric, its square root is (erratum of the blog post)") {
    const pmf a{1.0, 0.0}, b{0.5, 0.5}, c{0.0, 1.0};
    CHECK(js_divergence(a, c) == doctest::Approx(0.693147180559945309).epsilon(1e-15));
    CHECK(js_divergence(a, b) + js_divergence(b, c) == doctest::Approx(0.431523108677671391).epsilon(1e-14));  // mpmath
    CHECK(js_distance(a, c) == doctest::Approx(0.832554611157697756).epsilon(1e-15));                           // mpmath
    CHECK(js_distance(a, b) + js_distance(b, c) == doctest::Approx(0.929002808044918012).epsilon(1e-14));       // mpmath
  }

  TEST_CASE("midpoint is the average of P and Q") {
    const pmf m = midpoint(pmf{1.0, 0.0}, pmf{0.8, 0.2});
    CHECK(m(0) == doctest::Approx(0.9));
    CHECK(m(1) == doctest::Approx(0.1));
  }

  TEST_CASE("pmfs of different lengths are compared on the longer outcome set") {
    const pmf p{0.5, 0.5};
    const pmf q{0.25, 0.25, 0.5};
    CHECK(kl_divergence(p, q) == doctest::Approx(std::numbers::ln2));
    CHECK(kl_divergence(q, p) == inf);
    CHECK(infinite_outcomes(q, p).outcomes == std::vector<Eigen::Index>{2});
  }

  TEST_CASE("binomial(10, 0.5) against poisson(4): full support, finite one way, infinite the other") {
    const pmf b = to_pmf(boost::math::binomial(10, 0.5));
    const pmf p = to_pmf(boost::math::poisson(4), "Q");
    CHECK(kl_divergence(b, p) == doctest::Approx(0.217021775515177753).epsilon(1e-14));  // mpmath
    CHECK(cross_entropy(b, p) == doctest::Approx(2.09297538076197826).epsilon(1e-14));   // mpmath
    CHECK(entropy(p) == doctest::Approx(2.08667269988096384).epsilon(1e-14));            // mpmath, 80 terms
    CHECK(js_divergence(b, p) == doctest::Approx(0.0589034407818937503).epsilon(1e-13));  // mpmath
    CHECK(kl_divergence(p, b) == inf);
    CHECK(cross_entropy(p, b) == inf);
    const support_mismatch m = infinite_outcomes(p, b);
    REQUIRE(m.all_from);
    CHECK(*m.all_from == 11);
    CHECK(m.outcomes.empty());
  }

  TEST_CASE("a window sums only its outcomes, without renormalising") {
    const pmf b = to_pmf(boost::math::binomial(10, 0.5));
    const pmf p = to_pmf(boost::math::poisson(4));
    // Curriculum, lesson 10 (30-digit values): the windowed sums over 0..9.
    CHECK(kl_divergence(b, p, base::nats, window{0, 9}) == doctest::Approx(0.21867216891725084).epsilon(1e-14));
    CHECK(kl_divergence(p, b, base::nats, window{0, 9}) == doctest::Approx(0.27875917919358186).epsilon(1e-14));
    CHECK(entropy(pmf{0.5, 0.5}, base::bits, window{0, 0}) == doctest::Approx(0.5));
    CHECK(entropy(pmf{0.5, 0.5}, base::bits, window{1, 5}) == doctest::Approx(0.5));  // outcomes past the end have no mass
  }

  TEST_CASE("sums run where P or Q has mass, and skip nothing that counts") {
    // Zeros at both ends of P; Q has mass where P has none. mpmath, mp.dps = 30, the defining sums.
    const pmf p{0, 0, 0.5, 0.5, 0};
    const pmf q({0.1, 0.2, 0.3, 0.2, 0.2}, "Q");
    CHECK(p.positive().first == 2);
    CHECK(p.positive().last == 3);
    CHECK(entropy(p) == doctest::Approx(std::numbers::ln2).epsilon(1e-15));
    CHECK(kl_divergence(p, q) == doctest::Approx(0.71355817782007287419).epsilon(1e-15));
    CHECK(cross_entropy(p, q) == doctest::Approx(1.4067053583800181836).epsilon(1e-15));
    CHECK(js_divergence(p, q) == doctest::Approx(0.21912752929191245328).epsilon(1e-15));
    CHECK(js_divergence(q, p) == doctest::Approx(0.21912752929191245328).epsilon(1e-15));
    // poisson(1e6) against poisson(1.1e6): 1.1e6 outcomes stored, about 1.2e5 of positive mass. KL against
    // its closed form l1 log(l1/l2) - l1 + l2; H(P,Q) against mpmath's sum over 1e6 +- 60000 of
    // -P(k) log Q(k) from lgamma at 30 digits (the rest is below 1e-300).
    const pmf big = to_pmf(boost::math::poisson(1e6));
    const pmf bigger = to_pmf(boost::math::poisson(1.1e6), "Q");
    CHECK(big.positive().first > 900'000);
    CHECK(kl_divergence(big, bigger) == doctest::Approx(4689.820195675139956).epsilon(1e-12));
    // (1e-12: the tail masses of Q come from its log law, k log l - l - lgamma(k + 1), whose terms of
    // size 1e7 leave an absolute error near 1e-9 in log Q)
    CHECK(cross_entropy(big, bigger) == doctest::Approx(4698.1468894039933908).epsilon(1e-12));
  }

  TEST_CASE("binomial(250, 0.008) against poisson(2) keeps about 14 digits") {
    // Curriculum, lesson 10 (30-digit values). The terms cancel to 1e-5 of their size, so a double
    // pmf alone would keep 11 digits; the extended-precision residuals keep about 14.
    const pmf b = to_pmf(boost::math::binomial(250, 0.008));
    const pmf p = to_pmf(boost::math::poisson(2));
    CHECK(kl_divergence(b, p) == doctest::Approx(1.6107397472491006e-05).epsilon(1e-13));
    CHECK(kl_divergence(b, p, base::nats, window{0, 9}) == doctest::Approx(2.0943327971861533e-05).epsilon(1e-13));
    CHECK(kl_divergence(p, b, base::nats, window{0, 9}) == doctest::Approx(1.0766381413803486e-05).epsilon(1e-13));
    CHECK(kl_divergence(p, b) == inf);  // Poisson's mass above 250 underflows a double, but is there
  }

  TEST_CASE("binomial(15, 7/15) against uniform 1/15 on 0..14 (the blog post)") {
    const pmf b = to_pmf(boost::math::binomial(15, 7.0 / 15));
    const pmf u = pmf::uniform(15, "U");
    // The article sums over 0..14 only: a window. mpmath: 0.631110325407974253.
    CHECK(kl_divergence(b, u, base::nats, window{0, 14}) == doctest::Approx(0.631110325407974253).epsilon(1e-14));
    CHECK(kl_divergence(b, u) == inf);  // outcome 15 has mass 1.084e-5 where U has none
  }

  TEST_CASE("a bad window is refused") {
    const pmf p{0.5, 0.5};
    CHECK_THROWS_WITH_AS(kl_divergence(p, p, base::nats, window{3, 1}), doctest::Contains("A:B"), invalid_input);
    CHECK_THROWS_AS(entropy(p, base::nats, window{-1, 1}), invalid_input);
    CHECK_THROWS_AS(entropy(p, base::nats, window{0, 100'000'000}), invalid_input);
  }

  TEST_CASE("entropy of geometric(0.3)") {
    CHECK(entropy(to_pmf(boost::math::geometric(0.3))) == doctest::Approx(2.03621434018297821).epsilon(1e-14));  // mpmath
  }
}

TEST_SUITE("discrete measures") {
  TEST_CASE("JS of poisson(2) and binomial(250, 0.008): every term finite, 14 digits") {
    // mpmath at 40 digits over outcomes 0..399, with p = 0.008 taken as the double the code holds:
    // 4.04027003132363556e-6. Poisson masses above ~180 are subnormal or zero in a double; halving
    // them to form M must not turn their terms into log(P/0).
    const pmf p = to_pmf(boost::math::poisson(2));
    const pmf b = to_pmf(boost::math::binomial(250, 0.008));
    CHECK(js_divergence(p, b) == doctest::Approx(4.04027003132363556e-6).epsilon(1e-13));
    CHECK(js_divergence(b, p) == doctest::Approx(4.04027003132363556e-6).epsilon(1e-13));
    CHECK(js_terms(p, b).isFinite().all());
  }

  TEST_CASE("JS stays finite and bounded when a mass is subnormal") {
    const double tiny = 4.9406564584124654e-324;  // the smallest subnormal double
    const pmf p{1.0, tiny};
    const pmf q{0.5, 0.5};
    CHECK(std::isfinite(js_divergence(p, q)));
    CHECK(js_divergence(p, q) <= std::numbers::ln2);
    CHECK(js_divergence(p, q) == doctest::Approx(js_divergence(pmf{1.0, 0.0}, q)).epsilon(1e-15));
  }
}
