// Validated pmfs: every defect refused with its reason, nothing normalised silently.
#include <info/error.hpp>
#include <info/pmf.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace info;

TEST_SUITE("pmf") {
  TEST_CASE("a valid list is kept as given") {
    const pmf p{0.5, 0.25, 0.25};
    CHECK(p.size() == 3);
    CHECK(p(0) == 0.5);
    CHECK(p(2) == 0.25);
    CHECK(p(3) == 0.0);   // beyond a bounded support
    CHECK(p(-1) == 0.0);
    CHECK_FALSE(p.unbounded());
    CHECK(p.tail() == 0.0);
    CHECK(p.name() == "P");
  }

  TEST_CASE("an empty list is refused") {
    CHECK_THROWS_WITH_AS(pmf(std::vector<double>{}), doctest::Contains("P is empty"), invalid_distribution);
  }

  TEST_CASE("a sum off 1 is refused, naming the sum and the explicit fix") {
    // The rel_entr example of the OpenGenus article: p = (0.20, 0.40, 0.50) sums to 1.1.
    CHECK_THROWS_WITH_AS(pmf({0.2, 0.4, 0.5}, "P"), doctest::Contains("P sums to 1.1, not 1"), invalid_distribution);
    CHECK_THROWS_WITH_AS(pmf({0.6, 0.15, 0.05}, "Q"), doctest::Contains("Q sums to 0.8, not 1"), invalid_distribution);
    CHECK_THROWS_WITH_AS(pmf({0.2, 0.4, 0.5}), doctest::Contains("pmf::normalised"), invalid_distribution);
  }

  TEST_CASE("a sum within 1e-9 of 1 is accepted, beyond it is not") {
    CHECK_NOTHROW(pmf({0.5, 0.5 + 5e-10}));
    CHECK_THROWS_AS(pmf({0.5, 0.5 + 2e-9}), invalid_distribution);
  }

  TEST_CASE("negative and non-finite masses are refused, naming the outcome") {
    CHECK_THROWS_WITH_AS(pmf({1.2, -0.2}), doctest::Contains("P(1) = -0.2 is negative"), invalid_distribution);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH_AS(pmf({nan, 1.0}), doctest::Contains("P(0) is nan"), invalid_distribution);
    CHECK_THROWS_WITH_AS(pmf({0.5, inf}), doctest::Contains("P(1) is inf"), invalid_distribution);
  }

  TEST_CASE("explicit normalisation divides by the sum") {
    const pmf p = pmf::normalised(Eigen::ArrayXd{{0.2, 0.4, 0.5}});
    CHECK(p(0) == doctest::Approx(0.2 / 1.1).epsilon(1e-15));
    CHECK(p(2) == doctest::Approx(0.5 / 1.1).epsilon(1e-15));
    CHECK(p.mass().sum() == doctest::Approx(1.0).epsilon(1e-15));
  }

  TEST_CASE("normalisation refuses negative, non-finite and all-zero weights") {
    CHECK_THROWS_AS(pmf::normalised(Eigen::ArrayXd{{1.0, -1.0}}), invalid_distribution);
    CHECK_THROWS_AS(pmf::normalised(Eigen::ArrayXd{{1.0, std::nan("")}}), invalid_distribution);
    CHECK_THROWS_WITH_AS(pmf::normalised(Eigen::ArrayXd{{0.0, 0.0}}), doctest::Contains("no positive weight"),
                         invalid_distribution);
    CHECK_THROWS_AS(pmf::normalised(Eigen::ArrayXd(0)), invalid_distribution);
  }

  TEST_CASE("uniform") {
    const pmf u = pmf::uniform(4);
    CHECK(u.size() == 4);
    CHECK(u(3) == 0.25);
    CHECK_THROWS_AS(pmf::uniform(0), invalid_distribution);
  }

  TEST_CASE("extend pads a bounded pmf with zeros and renaming keeps the masses") {
    const pmf p = pmf({0.25, 0.75}).named("Q");
    CHECK(p.name() == "Q");
    const Eigen::ArrayXd e = p.extend(4);
    CHECK(e.size() == 4);
    CHECK(e[1] == 0.75);
    CHECK(e[3] == 0.0);
    CHECK((p.extend_residual(4) == 0.0).all());
  }

  TEST_CASE("a family's law fills an unbounded pmf and extends it exactly") {
    // A geometric law P(k) = 2^-(k+1), cut after 3 outcomes with tail 1/8: a cut this coarse is only a
    // test of the mechanism (real families are cut at 1e-17).
    const pmf g = pmf::of_law(3, [](Eigen::Index k) { return std::ldexp(1.0L, -static_cast<int>(k) - 1); }, true,
                              0.125, "G");
    CHECK(g.unbounded());
    CHECK(g.tail() == 0.125);
    CHECK(g(5) == 1.0 / 64);
    CHECK(g.extend(6)[5] == 1.0 / 64);
  }

  TEST_CASE("a law whose masses do not sum to 1 is refused") {
    CHECK_THROWS_AS(pmf::of_law(2, [](Eigen::Index) { return 0.25L; }, false, 0.0), invalid_distribution);
  }
}
