// Boost's discrete families as pmfs: full supports, cuts at 1e-17, extended-precision masses.
#include <info/discrete_families.hpp>
#include <info/error.hpp>

#include <doctest/doctest.h>

using namespace info;

TEST_SUITE("discrete families") {
  TEST_CASE("binomial(2, 0.4) is (0.36, 0.48, 0.16) on a bounded support") {
    const pmf p = to_pmf(boost::math::binomial(2, 0.4));
    REQUIRE(p.size() == 3);
    CHECK(p(0) == doctest::Approx(0.36).epsilon(1e-15));
    CHECK(p(1) == doctest::Approx(0.48).epsilon(1e-15));
    CHECK(p(2) == doctest::Approx(0.16).epsilon(1e-15));
    CHECK_FALSE(p.unbounded());
  }

  TEST_CASE("bernoulli(0.9) has two outcomes") {
    const pmf p = to_pmf(boost::math::bernoulli(0.9));
    REQUIRE(p.size() == 2);
    CHECK(p(1) == doctest::Approx(0.9).epsilon(1e-15));
  }

  TEST_CASE("poisson(4) is cut where the tail drops below 1e-17, and the cut is reported") {
    const pmf p = to_pmf(boost::math::poisson(4));
    CHECK(p.unbounded());
    CHECK(p.tail() < tail_cut);
    CHECK(p.tail() > 0);
    // P(X > 31) = 1.46031660072141551956e-18 (mpmath, 30 digits: 1 - sum_{k<=31} e^-4 4^k/k!), and
    // P(X > 30) > 1e-17, so the cut keeps outcomes 0..31.
    CHECK(p.size() == 32);
    CHECK(p.tail() == doctest::Approx(1.46031660072141551956e-18).epsilon(1e-9));
    // Beyond the cut the law still answers exactly: P(40) = e^-4 4^40/40! = 1.3710146043025e-25 (mpmath).
    CHECK(p(40) == doctest::Approx(1.3710146043025424e-25).epsilon(1e-12));
  }

  TEST_CASE("geometric and negative binomial are cut too") {
    const pmf g = to_pmf(boost::math::geometric(0.3));
    CHECK(g.unbounded());
    CHECK(g.tail() < tail_cut);
    CHECK(g(2) == doctest::Approx(0.3 * 0.7 * 0.7).epsilon(1e-15));
    const pmf n = to_pmf(boost::math::negative_binomial(3, 0.2));
    CHECK(n.tail() < tail_cut);
    CHECK(n.mass().sum() == doctest::Approx(1.0).epsilon(1e-15));
  }

  TEST_CASE("a certain first success has the single outcome 0") {
    const pmf g = to_pmf(boost::math::geometric(1.0));
    CHECK(g.size() == 1);
    CHECK_FALSE(g.unbounded());
    CHECK_FALSE(has_infinite_support(boost::math::geometric(1.0)));
    CHECK(has_infinite_support(boost::math::poisson(1.0)));
    CHECK_FALSE(has_infinite_support(boost::math::binomial(3, 0.5)));
  }

  TEST_CASE("a support too long to hold is refused with advice") {
    CHECK_THROWS_WITH_AS(to_pmf(boost::math::geometric(1e-9)), doctest::Contains("shorter tail"),
                         invalid_distribution);
    CHECK_THROWS_AS(to_pmf(boost::math::binomial(2e7, 0.5)), invalid_distribution);
  }

  TEST_CASE("families describe themselves as specs") {
    // (as a discrete_family: a Boost distribution also converts to info::distribution, whose describe()
    // spec.hpp declares)
    CHECK(describe(discrete_family(boost::math::binomial(10, 0.5))) == "binomial(10, 0.5)");
    CHECK(describe(discrete_family(boost::math::poisson(4))) == "poisson(4)");
    CHECK(describe(discrete_family(boost::math::negative_binomial(3, 0.25))) == "negative_binomial(3, 0.25)");
  }

  TEST_CASE("the masses carry their rounding residual") {
    // Residuals are what a double misses of the extended-precision mass: at most half an ulp.
    const pmf p = to_pmf(boost::math::binomial(250, 0.008));
    const Eigen::ArrayXd r = p.extend_residual(p.size());
    CHECK((r.abs() <= p.mass() * 1.2e-16).all());
    CHECK((r != 0.0).any());
  }
}

TEST_SUITE("discrete families") {
  TEST_CASE("absurdly long supports are refused at once, not walked") {
    // geometric(1e-300) needs about 4e301 outcomes; a walk over them would never end.
    CHECK_THROWS_WITH_AS(to_pmf(boost::math::geometric(1e-300)), doctest::Contains("shorter tail"),
                         invalid_distribution);
    // Boost's own tail quantile gives up on poisson(1e15): the refusal is still ours.
    CHECK_THROWS_AS(to_pmf(boost::math::poisson(1e15)), invalid_distribution);
    CHECK_THROWS_AS(to_pmf(boost::math::poisson(1e300)), invalid_distribution);
    CHECK_THROWS_AS(to_pmf(boost::math::negative_binomial(1e9, 0.5)), invalid_distribution);
  }
}
