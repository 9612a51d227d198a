// Tests of info::density: log-densities (against Boost's pdf where it is representable, and against
// mpmath far in the tails where it is not), supports, breakpoints, tails, descriptions and validation.
//
// Reference values marked "mpmath" were computed with /usr/bin/python3 and mpmath at mp.dps = 30 from the
// expression quoted beside them; 18 significant digits are carried here (a double needs 17).
#include "info/density.hpp"
#include "info/detail/density.hpp"
#include "info/error.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

using namespace info::detail;  // the machinery under test beside the density itself

namespace {

namespace bm = boost::math;
using info::density;
using gamma_d = bm::gamma_distribution<>;
using beta_d = bm::beta_distribution<>;

constexpr double inf = std::numeric_limits<double>::infinity();

std::string show(double x) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  return buf;
}

/// |a - b| <= tol * max(1, |b|): relative for large values, absolute near 0.
void check_near(double a, double b, double tol) {
  INFO("got ", show(a), ", expected ", show(b));
  CHECK(std::abs(a - b) <= tol * std::max(1.0, std::abs(b)));
}

/// Compares logpdf with the log of Boost's own pdf (a separate implementation) on a grid of points
/// where Boost's pdf is a normal double.
template <class D>
void check_against_boost(const D& d, const std::vector<double>& xs) {
  const density p(d);
  for (double x : xs) {
    const double boost_pdf = bm::pdf(d, x);
    REQUIRE(boost_pdf > 1e-300);
    INFO(p.describe(), " at x = ", show(x));
    check_near(p.logpdf(x), std::log(boost_pdf), 1e-13);
    // exp of a log-density of size L carries a relative rounding of about L epsilon, in both codes.
    check_near(p.pdf(x), boost_pdf, 1e-15 * (std::abs(std::log(boost_pdf)) + 10) * boost_pdf);
  }
}

}  // namespace

TEST_CASE("density: logpdf agrees with log of Boost's pdf for the symmetric whole-line families") {
  check_against_boost(bm::normal(0, 1), {-30, -5, -1, 0, 0.5, 3, 37});
  check_against_boost(bm::normal(100, 0.01), {99.9, 99.99, 100, 100.003, 100.05});
  check_against_boost(bm::laplace(1, 2), {-300, -3, 0.999, 1, 1.001, 50, 600});
  check_against_boost(bm::logistic(2, 3), {-1000, -10, 2, 4, 1500});
  check_against_boost(bm::cauchy(-1, 0.5), {-1e100, -1e3, -1, 0, 7, 1e140});
  check_against_boost(bm::students_t(3), {-1e50, -100, -1, 0, 2, 1e60});
  check_against_boost(bm::students_t(0.5), {-1e150, -3, 0, 1, 1e100});
  check_against_boost(bm::students_t(1e5), {-10, 0, 1, 6});
}

TEST_CASE("density: logpdf agrees with log of Boost's pdf for the half-line and interval families") {
  check_against_boost(bm::exponential(2), {0, 1e-300, 0.3, 10, 300});
  check_against_boost(gamma_d(2, 3), {1e-200, 0.1, 3, 30, 1500});
  check_against_boost(gamma_d(0.5, 1), {1e-300, 1e-5, 0.5, 100});
  check_against_boost(gamma_d(150, 0.5), {40, 70, 75, 90, 150});
  check_against_boost(beta_d(2, 5), {1e-100, 0.01, 0.3, 0.9, 0.999999});
  check_against_boost(beta_d(0.5, 0.5), {1e-300, 0.25, 0.5, 0.75, 0.999999999});
  check_against_boost(beta_d(60, 40), {0.4, 0.5, 0.6, 0.7, 0.9});
  check_against_boost(bm::uniform(-1, 3), {-1, 0, 2.5, 3});
  check_against_boost(bm::lognormal(0, 1), {1e-3, 0.1, 1, 5, 1e10});
  check_against_boost(bm::lognormal(2, 0.25), {3, 7.389, 12});
  check_against_boost(bm::rayleigh(2), {1e-100, 0.5, 2, 10, 70});
  check_against_boost(bm::weibull(1.5, 2), {1e-100, 0.5, 2, 20});
  check_against_boost(bm::weibull(0.5, 2), {1e-200, 0.01, 2, 300});
  check_against_boost(bm::chi_squared(3), {1e-200, 0.5, 3, 400});
  check_against_boost(bm::chi_squared(60), {30, 59, 100});
}

TEST_CASE("density: logpdf stays finite and exact far in the tails where the pdf underflows") {
  // Each reference: mpmath, mp.dps = 30, the log-density written out at the point.
  // normal(0,1) at 40: -800 - ln(2 pi)/2
  check_near(density(bm::normal(0, 1)).logpdf(40), -800.918938533204672742, 1e-15);
  CHECK(density(bm::normal(0, 1)).pdf(40) == 0.0);
  // cauchy(0,1) at 1e200: -ln(pi) - log1p(1e400)
  check_near(density(bm::cauchy(0, 1)).logpdf(1e200), -922.178767083467673781, 1e-15);
  // gamma(2,1) at 1000: ln(1000) - 1000
  check_near(density(gamma_d(2, 1)).logpdf(1000), -993.092244721017862948, 1e-15);
  // students_t(3) at 1e100: lnG(2) - lnG(1.5) - ln(3 pi)/2 - 2 log1p(1e200/3)
  check_near(density(bm::students_t(3)).logpdf(1e100), -919.837701469905563935, 1e-15);
  // lognormal(0,1) at 1e-300: -ln x - ln(2 pi)/2 - (ln x)^2/2
  check_near(density(bm::lognormal(0, 1)).logpdf(1e-300), -237895.558382162901443, 1e-15);
  // weibull(1.5,2) at 50: ln(1.5/2) + 0.5 ln 25 - 25^1.5
  check_near(density(bm::weibull(1.5, 2)).logpdf(50), -123.678244160017680553, 1e-15);
  // logistic(0,1) at -800: -800 - 2 log1p(e^-800)
  check_near(density(bm::logistic(0, 1)).logpdf(-800), -800.0, 1e-15);
  // laplace(1,2) at -1000: -1001/2 - ln 4
  check_near(density(bm::laplace(1, 2)).logpdf(-1000), -501.886294361119890619, 1e-15);
  // rayleigh(2) at 100: ln 100 - 2 ln 2 - 10000/8
  check_near(density(bm::rayleigh(2)).logpdf(100), -1246.78112417513179925, 1e-15);
  // chi_squared(3) at 2000: 0.5 ln 1000 - 1000 - lnG(1.5) - ln 2
  check_near(density(bm::chi_squared(3)).logpdf(2000), -997.118487303433631561, 1e-15);
  // exponential(2) at 500: ln 2 - 1000
  check_near(density(bm::exponential(2)).logpdf(500), -999.306852819440054691, 1e-15);
}

TEST_CASE("density: logpdf is -infinity outside the support and +infinity at a singular end") {
  CHECK(density(bm::exponential(1)).logpdf(-1e-300) == -inf);
  CHECK(density(gamma_d(2, 1)).logpdf(-1) == -inf);
  CHECK(density(beta_d(2, 2)).logpdf(1.5) == -inf);
  CHECK(density(beta_d(2, 2)).logpdf(-0.5) == -inf);
  CHECK(density(bm::uniform(0, 1)).logpdf(1.0000001) == -inf);
  CHECK(density(bm::lognormal(0, 1)).logpdf(0) == -inf);
  CHECK(density(bm::rayleigh(1)).logpdf(0) == -inf);
  CHECK(density(gamma_d(0.5, 1)).logpdf(0) == inf);
  CHECK(density(beta_d(2, 0.5)).logpdf(1) == inf);
  CHECK(density(bm::weibull(0.7, 1)).logpdf(0) == inf);
  CHECK(density(bm::chi_squared(1)).logpdf(0) == inf);
  // At the end where the density is finite and positive, it is that value.
  check_near(density(bm::exponential(3)).logpdf(0), std::log(3.0), 1e-15);
  check_near(density(gamma_d(1, 2)).logpdf(0), -std::log(2.0), 1e-15);
  CHECK(density(bm::uniform(0, 4)).logpdf(0) == -std::log(4.0));
  CHECK(density(bm::uniform(0, 4)).logpdf(4) == -std::log(4.0));
}

TEST_CASE("density: logpdf_near keeps the digits that x = anchor + offset would round away") {
  // beta(2, 0.5) at 1 - 1e-300, where 1 - 1e-300 rounds to 1 (and logpdf(1) is +infinity).
  // mpmath: ln(1 - 1e-300) - 0.5 ln(1e-300) - ln B(2, 0.5)
  const density b(beta_d(2, 0.5));
  check_near(logpdf_near(b, 1, -1e-300), 345.100081876655071675, 1e-15);
  CHECK(b.logpdf(1 - 1e-300) == inf);
  // beta(0.5, 3) at 1e-300 from the anchor 0: -0.5 ln(1e-300) + 2 log1p(-1e-300) - ln B(0.5, 3)
  check_near(logpdf_near(density(beta_d(0.5, 3)), 0, 1e-300), 345.323225427969281431, 1e-15);
  // normal(100, 0.01) at 100 + 1e-3: -(0.1)^2/2 - ln 0.01 - ln(2 pi)/2 with the double 0.01
  check_near(logpdf_near(density(bm::normal(100, 0.01)), 100, 1e-3), 3.68123165278341860565, 1e-15);
  // A uniform's ends: just inside and just outside, by the offset's sign.
  const density u(bm::uniform(2, 3));
  CHECK(logpdf_near(u, 2, 1e-300) == 0.0);
  CHECK(logpdf_near(u, 2, -1e-300) == -inf);
  CHECK(logpdf_near(u, 3, -1e-300) == 0.0);
  CHECK(logpdf_near(u, 3, 1e-300) == -inf);
}

TEST_CASE("density: logpdf_log_distance is exact where the distance to a support end underflows") {
  // mpmath: (k-1) u - e^u - lnGamma(k) with k = 0.01, u = -5000 (x = e^-5000, far below any double)
  check_near(logpdf_log_distance(density(gamma_d(0.01, 1)), 0, 1, -5000), 4945.40052012195797828, 1e-15);
  // beta(2, 0.01) at 1 - e^-2000: (b-1) u + log1p(-e^u) - ln B(2, 0.01)
  check_near(logpdf_log_distance(density(beta_d(2, 0.01)), 1, -1, -2000), 1975.40478014486507671, 1e-15);
  // lognormal(0, 1) at e^-3000: -u - ln(2 pi)/2 - u^2/2
  check_near(logpdf_log_distance(density(bm::lognormal(0, 1)), 0, 1, -3000), -4497000.91893853320467, 1e-15);
  // Looking outside the support from its end
  CHECK(logpdf_log_distance(density(gamma_d(0.01, 1)), 0, -1, -10) == -inf);
  CHECK(logpdf_log_distance(density(beta_d(2, 0.5)), 1, 1, -10) == -inf);
  // Where e^u is an ordinary double it agrees with logpdf, for every kind of family and a mixture.
  const density ds[] = {density(gamma_d(0.3, 2)), density(beta_d(0.5, 3)), density(bm::weibull(0.7, 1)),
                        density(bm::chi_squared(1)), density(bm::rayleigh(1)), density(bm::exponential(2)),
                        density(bm::lognormal(0, 1)), density(bm::normal(0, 1)), density(bm::uniform(0, 1)),
                        density::mixture({{0.5, gamma_d(0.3, 2)}, {0.5, bm::laplace(0, 1)}})};
  for (const density& d : ds)
    for (double u : {-30.0, -5.0, -1.0}) {
      INFO(d.describe(), " at u = ", u);
      check_near(logpdf_log_distance(d, 0, 1, u), d.logpdf(std::exp(u)), 1e-14);
    }
  check_near(logpdf_log_distance(density(beta_d(0.5, 3)), 1, -1, -5), logpdf_near(density(beta_d(0.5, 3)), 1, -std::exp(-5.0)), 1e-14);
}

TEST_CASE("density: a mixture's logpdf is the log-sum-exp of its parts, finite where they underflow") {
  const density p = density::mixture({{0.5, bm::normal(-2, 0.6)}, {0.5, bm::normal(2, 0.6)}});
  // mpmath: log(0.5 N(40; -2, 0.6) + 0.5 N(40; 2, 0.6))
  check_near(p.logpdf(40), -2006.65681564555418292, 1e-15);
  // Where both parts are representable, against Boost's pdfs summed directly.
  for (double x : {-3.0, -2.0, -0.4, 0.0, 1.0, 2.5}) {
    const double direct = 0.5 * bm::pdf(bm::normal(-2, 0.6), x) + 0.5 * bm::pdf(bm::normal(2, 0.6), x);
    check_near(p.logpdf(x), std::log(direct), 1e-14);
  }
  // A mixture with a gap: -infinity inside the gap.
  const density g = density::mixture({{0.25, bm::uniform(0, 1)}, {0.75, bm::uniform(2, 3)}});
  CHECK(g.logpdf(1.5) == -inf);
  check_near(g.logpdf(0.5), std::log(0.25), 1e-15);
  check_near(g.logpdf(2.5), std::log(0.75), 1e-15);
}

TEST_CASE("density: supports and their pieces") {
  CHECK(density(bm::normal(0, 1)).support().lower == -inf);
  CHECK(density(bm::normal(0, 1)).support().upper == inf);
  CHECK(density(bm::exponential(1)).support().lower == 0.0);
  CHECK(density(bm::exponential(1)).support().upper == inf);
  CHECK(density(beta_d(2, 3)).support().upper == 1.0);
  CHECK(density(bm::uniform(-2, 5)).support().lower == -2.0);

  const density gap = density::mixture({{0.5, bm::uniform(0, 1)}, {0.5, bm::uniform(2, 3)}});
  CHECK(gap.support().lower == 0.0);
  CHECK(gap.support().upper == 3.0);
  const auto pieces = gap.support_pieces();
  REQUIRE(pieces.size() == 2);
  CHECK(pieces[0].upper == 1.0);
  CHECK(pieces[1].lower == 2.0);

  // Touching intervals merge: a single point carries no mass.
  const density touching = density::mixture({{0.5, bm::uniform(0, 1)}, {0.5, bm::uniform(1, 2)}});
  CHECK(touching.support_pieces().size() == 1);
  const density with_line = density::mixture({{0.5, bm::uniform(0, 1)}, {0.5, bm::normal(5, 1)}});
  CHECK(with_line.support_pieces().size() == 1);
  CHECK(info::interval{-1, 2}.contains(info::interval{0, 1}));
  CHECK_FALSE(info::interval{0, 1}.contains(info::interval{-1, 2}));
}

TEST_CASE("density: breakpoints are the finite support ends and the Laplace locations") {
  CHECK(breakpoints(density(bm::normal(0, 1))).empty());
  CHECK(breakpoints(density(bm::laplace(3, 1))) == std::vector<double>{3});
  CHECK(breakpoints(density(bm::uniform(-1, 2))) == std::vector<double>{-1, 2});
  CHECK(breakpoints(density(gamma_d(2, 1))) == std::vector<double>{0});
  CHECK(breakpoints(density(beta_d(2, 1))) == std::vector<double>{0, 1});
  const density m = density::mixture({{0.2, bm::laplace(1, 1)}, {0.3, bm::uniform(0, 1)}, {0.5, gamma_d(2, 2)}});
  CHECK(breakpoints(m) == std::vector<double>{0, 1});
}

TEST_CASE("density: centre lies within a width of the median (Boost's) and scale is a positive width") {
  // The centre comes from formulas (the median where it has one, else the mean), never from Boost's
  // median, which throws for beta(5, 5) and hangs for beta(1e100, 1e100) in Boost 1.74.
  auto check_median = [](const auto& d) {
    const density p(d);
    INFO(p.describe());
    CHECK(std::abs(centre(p) - bm::median(d)) <= scale(p));
    CHECK(scale(p) > 0);
    CHECK(std::isfinite(scale(p)));
  };
  check_median(bm::normal(3, 2));
  check_median(bm::exponential(0.5));
  check_median(gamma_d(2, 3));
  check_median(beta_d(2, 5));
  check_median(bm::uniform(-1, 3));
  check_median(bm::laplace(1, 2));
  check_median(bm::logistic(-2, 0.5));
  check_median(bm::cauchy(4, 0.1));
  check_median(bm::lognormal(1, 0.5));
  check_median(bm::students_t(3));
  check_median(bm::rayleigh(2));
  check_median(bm::weibull(1.5, 2));
  check_median(bm::chi_squared(4));
  CHECK(centre(density(beta_d(5, 5))) == 0.5);  // symmetric; Boost 1.74 throws in its median
  CHECK(centre(density(beta_d(1e100, 1e100))) == 0.5);
  CHECK(scale(density(bm::normal(0, 0.25))) == 0.25);
  CHECK(scale(density(bm::cauchy(0, 3))) == 3.0);
  // A mixture: centre of the heaviest part, scale of the narrowest.
  const density m = density::mixture({{0.3, bm::normal(-5, 0.1)}, {0.7, bm::normal(5, 2)}});
  CHECK(centre(m) == 5.0);
  CHECK(scale(m) == 0.1);
}

TEST_CASE("density: tails carry the moment index and the growth of -log p") {
  const info::detail::tail c = right_tail(density(bm::cauchy(0, 1)));
  CHECK(c.present);
  CHECK(c.moments == 1.0);
  CHECK(c.growth == 0.0);
  const info::detail::tail t = left_tail(density(bm::students_t(3.5)));
  CHECK(t.present);
  CHECK(t.moments == 3.5);
  CHECK(t.growth == 0.0);
  const info::detail::tail n = left_tail(density(bm::normal(0, 1)));
  CHECK(n.moments == inf);
  CHECK(n.growth == 2.0);
  CHECK(right_tail(density(bm::rayleigh(1))).growth == 2.0);
  CHECK(right_tail(density(bm::weibull(3.5, 1))).growth == 3.5);
  CHECK(left_tail(density(bm::laplace(0, 1))).growth == 1.0);
  CHECK(right_tail(density(bm::logistic(0, 1))).growth == 1.0);
  CHECK(right_tail(density(bm::chi_squared(2))).growth == 1.0);
  CHECK(right_tail(density(bm::lognormal(0, 1))).growth == 0.0);
  CHECK(right_tail(density(bm::lognormal(0, 1))).moments == inf);
  CHECK_FALSE(left_tail(density(bm::exponential(1))).present);
  CHECK_FALSE(right_tail(density(beta_d(2, 2))).present);
  CHECK_FALSE(left_tail(density(bm::uniform(0, 1))).present);
  // A mixture's tail is its heaviest part's: fewest moments, slowest growth, on each side.
  const density m = density::mixture({{0.9, bm::normal(0, 1)}, {0.1, bm::students_t(2.5)}});
  CHECK(right_tail(m).moments == 2.5);
  CHECK(right_tail(m).growth == 0.0);
  const density half = density::mixture({{0.5, bm::exponential(1)}, {0.5, bm::uniform(-3, 0)}});
  CHECK_FALSE(left_tail(half).present);
  CHECK(right_tail(half).growth == 1.0);
}

TEST_CASE("density: describe writes the spec with parameters in shortest round-trip form") {
  CHECK(density(bm::normal(0, 1)).describe() == "normal(0, 1)");
  CHECK(density(gamma_d(2, 3)).describe() == "gamma(2, 3)");
  CHECK(density(bm::exponential(0.1)).describe() == "exponential(0.1)");
  CHECK(density(bm::students_t(1e-5)).describe() == "students_t(1e-05)");
  CHECK(density(bm::chi_squared(3)).describe() == "chi_squared(3)");
  CHECK(density(beta_d(0.5, 2)).describe() == "beta(0.5, 2)");
  CHECK(density(bm::normal(0.1 + 0.2, 1)).describe() == "normal(0.30000000000000004, 1)");
  CHECK(density::mixture({{0.5, bm::normal(-2, 0.6)}, {0.5, bm::normal(2, 0.6)}}).describe() ==
        "mixture(0.5*normal(-2, 0.6), 0.5*normal(2, 0.6))");
  CHECK(info::family_name(bm::weibull(1, 2)) == "weibull");
  CHECK(info::describe(info::continuous_family(bm::lognormal(0, 0.25))) == "lognormal(0, 0.25)");
}

TEST_CASE("density: parameters Boost lets through are refused with a message naming them") {
  // Boost accepts df = infinity for Student's t; a density with it would have no finite normaliser.
  try {
    (void)density(bm::students_t(inf));
    FAIL("students_t(inf) was accepted");
  } catch (const info::invalid_distribution& e) {
    const std::string what = e.what();
    CHECK(what.find("students_t: df must be positive and finite, got inf") != std::string::npos);
    CHECK(what.find("normal(0, 1)") != std::string::npos);
  }
  // A uniform whose width overflows a double.
  CHECK_THROWS_AS((void)density(bm::uniform(-1e308, 1e308)), info::invalid_distribution);
  // Boost refuses the rest itself, before the density sees them.
  CHECK_THROWS_AS((void)bm::normal(0, -1), std::domain_error);
}

TEST_CASE("density: mixture weights must be positive, finite and sum to 1") {
  try {
    (void)density::mixture({{0.5, bm::normal(0, 1)}, {0.4, bm::normal(1, 1)}});
    FAIL("weights summing to 0.9 were accepted");
  } catch (const info::invalid_distribution& e) {
    const std::string what = e.what();
    CHECK(what.find("mixture weights sum to 0.9, not 1") != std::string::npos);
    CHECK(what.find("0.5*normal(0, 1), 0.4*normal(1, 1)") != std::string::npos);
    CHECK(what.find("rescale") != std::string::npos);
  }
  CHECK_THROWS_WITH_AS((void)density::mixture({{1.2, bm::normal(0, 1)}, {-0.2, bm::normal(1, 1)}}),
                       doctest::Contains("mixture weight 2 is -0.2"), info::invalid_distribution);
  CHECK_THROWS_AS((void)density::mixture({{std::nan(""), bm::normal(0, 1)}}), info::invalid_distribution);
  CHECK_THROWS_AS((void)density::mixture({{0.0, bm::normal(0, 1)}, {1.0, bm::normal(1, 1)}}), info::invalid_distribution);
  CHECK_THROWS_WITH_AS((void)density::mixture({}), doctest::Contains("no parts"), info::invalid_distribution);
  CHECK_THROWS_AS((void)density::mixture({{1.0, bm::students_t(inf)}}), info::invalid_distribution);
  // Within 1e-9 of 1 is accepted as it stands (not rescaled).
  const density near = density::mixture({{0.3, bm::normal(0, 1)}, {0.7 + 5e-10, bm::normal(1, 1)}});
  CHECK(near.parts()[1].weight == 0.7 + 5e-10);
  CHECK_FALSE(near.is_family());
  CHECK(density(bm::normal(0, 1)).is_family());
}
