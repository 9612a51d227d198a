// Estimators from samples (estimation.hpp) against values computed outside the code:
//   mpmath 1.2.1 at mp.dps = 30, by the script quoted beside each group (the definitions written out in
//   mpmath: the plug-in sum over counts, the log-ratios of two normals and their sample standard deviation,
//   and the Kozachenko–Leonenko sum with every neighbour distance found by brute force, sorting all N − 1
//   distances of each point, and mpmath's digamma); 20 significant digits quoted.
// Then properties (units, the correction's size) and the refusals.
#include "info/estimation.hpp"

#include "info/density.hpp"
#include "info/error.hpp"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/uniform.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
}

// H = -fsum(c/n*log(c/n) for c in counts if c > 0); Miller–Madow adds (m̂ − 1)/(2n).
TEST_CASE("plug-in entropy of counts against mpmath") {
  const std::vector<long long> coin{3, 1}, gaps{5, 0, 3, 0, 2}, ramp{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  CHECK(info::plugin_entropy(coin) == doctest::Approx(0.56233514461880835029).epsilon(1e-15));
  CHECK(info::plugin_entropy(coin, info::base::bits) == doctest::Approx(0.81127812445913286391).epsilon(1e-15));
  CHECK(info::plugin_entropy(gaps) == doctest::Approx(1.0296530140645735274).epsilon(1e-15));
  CHECK(info::plugin_entropy(ramp) == doctest::Approx(2.1512817206518359024).epsilon(1e-15));
  // One outcome observed: the empirical pmf is a point mass, Ĥ = 0 exactly.
  CHECK(info::plugin_entropy(std::vector<long long>{0, 7, 0}) == 0.0);
}

TEST_CASE("Miller–Madow adds (observed outcomes − 1)/(2N) nats") {
  const std::vector<long long> gaps{5, 0, 3, 0, 2}, ramp{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  CHECK(info::miller_madow_entropy(gaps) == doctest::Approx(1.1296530140645735274).epsilon(1e-15));  // + 2/20
  CHECK(info::miller_madow_entropy(ramp) == doctest::Approx(2.2330999024700177206).epsilon(1e-15));  // + 9/110
  CHECK(info::miller_madow_entropy(std::vector<long long>{0, 7, 0}) == 0.0);
  // The correction in bits is the same (m̂ − 1)/(2N) nats divided by ln 2.
  CHECK(info::miller_madow_entropy(gaps, info::base::bits) - info::plugin_entropy(gaps, info::base::bits) ==
        doctest::Approx(0.1 / std::log(2.0)).epsilon(1e-14));
}

// x = (-1.5, -0.2, 0.3, 0.8, 2.1), r = lnN(x, 0, 1) − lnN(x, 1, 2); mean = fsum(r)/5,
// se = sqrt(fsum((r − mean)²)/4/5).
TEST_CASE("Monte Carlo KL of two normals on a fixed sample of five") {
  const info::density p = boost::math::normal(0.0, 1.0), q = boost::math::normal(1.0, 2.0);
  const std::vector<double> x{-1.5, -0.2, 0.3, 0.8, 2.1};
  const info::mean_estimate e = info::monte_carlo_kl(p, q, x);
  CHECK(e.n == 5);
  CHECK(e.mean == doctest::Approx(0.18589718055994530942).epsilon(1e-13));
  CHECK(e.standard_error == doctest::Approx(0.39841118050325846748).epsilon(1e-13));
  const info::mean_estimate bits = info::monte_carlo_kl(p, q, x, info::base::bits);
  CHECK(bits.mean == doctest::Approx(0.26819294050907331162).epsilon(1e-13));
  CHECK(e.lower(1.959963984540054) < e.mean);
  CHECK(e.upper(1.959963984540054) - e.lower(1.959963984540054) ==
        doctest::Approx(2 * 1.959963984540054 * e.standard_error));
}

TEST_CASE("mean with error: equal values, an infinite value, and the KL where q vanishes") {
  const std::vector<double> same{2.5, 2.5, 2.5};
  const info::mean_estimate e = info::mean_with_error(same);
  CHECK(e.mean == 2.5);
  CHECK(e.standard_error == 0.0);
  const std::vector<double> with_inf{1.0, inf};
  CHECK(info::mean_with_error(with_inf).mean == inf);
  // P = uniform(0, 2) against Q = uniform(0, 1): the point 1.5 has q = 0, so the estimate is +∞.
  const info::density p = boost::math::uniform_distribution<>(0.0, 2.0), q = boost::math::uniform_distribution<>(0.0, 1.0);
  CHECK(info::monte_carlo_kl(p, q, std::vector<double>{0.5, 1.5}).mean == inf);
  CHECK(info::monte_carlo_kl(p, q, std::vector<double>{0.25, 0.5}).mean == doctest::Approx(-std::log(2.0)));
}

// x = sorted(S); for each i, d = sorted(|x_i − x_j| for j ≠ i); h = digamma(N) − digamma(k) + log 2 + Σ log d[k−1] / N.
TEST_CASE("Kozachenko–Leonenko on a fixed sample of seven against mpmath") {
  const std::vector<double> s{0.1, 0.4, 0.45, 1.3, 2.0, -0.7, 3.1};
  CHECK(info::kozachenko_leonenko_entropy(s) == doctest::Approx(1.9950585218711927904).epsilon(1e-13));
  CHECK(info::kozachenko_leonenko_entropy(s, 2) == doctest::Approx(1.7591859008013313731).epsilon(1e-13));
  CHECK(info::kozachenko_leonenko_entropy(s, 6) == doctest::Approx(1.9202173884711023750).epsilon(1e-13));
  CHECK(info::kozachenko_leonenko_entropy(s, 1, info::base::bits) ==
        doctest::Approx(2.8782610357868353791).epsilon(1e-13));
}

TEST_CASE("Kozachenko–Leonenko shifts by log a when the sample is scaled by a") {
  std::vector<double> s{0.1, 0.4, 0.45, 1.3, 2.0, -0.7, 3.1}, scaled;
  for (double v : s) scaled.push_back(10.0 * v - 3.0);
  CHECK(info::kozachenko_leonenko_entropy(scaled, 2) - info::kozachenko_leonenko_entropy(s, 2) ==
        doctest::Approx(std::log(10.0)).epsilon(1e-13));
}

TEST_CASE("estimators refuse what they cannot estimate from") {
  CHECK_THROWS_AS((void)info::plugin_entropy(std::vector<long long>{}), info::invalid_input);
  CHECK_THROWS_AS((void)info::plugin_entropy(std::vector<long long>{0, 0}), info::invalid_input);
  CHECK_THROWS_AS((void)info::plugin_entropy(std::vector<long long>{3, -1, 2}), info::invalid_input);
  CHECK_THROWS_AS((void)info::miller_madow_entropy(std::vector<long long>{3, -1, 2}), info::invalid_input);
  CHECK_THROWS_AS((void)info::mean_with_error(std::vector<double>{}), info::invalid_input);
  CHECK_THROWS_AS((void)info::mean_with_error(std::vector<double>{1.0}), info::invalid_input);
  CHECK_THROWS_AS((void)info::mean_with_error(std::vector<double>{1.0, std::nan("")}), info::invalid_input);
  const info::density p = boost::math::uniform_distribution<>(0.0, 1.0);
  CHECK_THROWS_AS((void)info::monte_carlo_kl(p, p, std::vector<double>{0.5, 2.0}), info::invalid_input);  // p(2) = 0
  const std::vector<double> s{0.1, 0.4, 0.45};
  CHECK_THROWS_AS((void)info::kozachenko_leonenko_entropy(std::vector<double>{}), info::invalid_input);
  CHECK_THROWS_AS((void)info::kozachenko_leonenko_entropy(s, 0), info::invalid_input);
  CHECK_THROWS_AS((void)info::kozachenko_leonenko_entropy(s, 3), info::invalid_input);  // k ≥ N
  CHECK_NOTHROW((void)info::kozachenko_leonenko_entropy(s, 2));
  CHECK_THROWS_AS((void)info::kozachenko_leonenko_entropy(std::vector<double>{1.0, 1.0, 2.0}), info::invalid_input);
  CHECK_NOTHROW((void)info::kozachenko_leonenko_entropy(std::vector<double>{1.0, 1.0, 2.0}, 2));
  CHECK_THROWS_AS((void)info::kozachenko_leonenko_entropy(std::vector<double>{1.0, inf, 2.0}), info::invalid_input);
}
