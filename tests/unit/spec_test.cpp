// Tests of the spec parser (info/spec.hpp): lists, every family with its parameters, aliases, mixtures,
// describe/parse round trips, and every error path with its exception type, key words and position.
//
// Expected values here are the numbers written in the specs themselves (a decimal literal read by the
// compiler against the same literal read by the parser), and exact binomial masses such as
// C(2,1)/4 = 0.5; no external oracle is needed for a parser.
#include "info/error.hpp"
#include "info/spec.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bm = boost::math;

namespace {

// The single family a spec describes.
template <class Family>
Family continuous(std::string_view text) {
  const info::distribution d = info::parse_spec(text);
  REQUIRE(std::holds_alternative<info::density>(d));
  const info::density& q = std::get<info::density>(d);
  REQUIRE(q.is_family());
  REQUIRE(std::holds_alternative<Family>(q.parts()[0].family));
  return std::get<Family>(q.parts()[0].family);
}

template <class Family>
Family discrete(std::string_view text) {
  const info::distribution d = info::parse_spec(text);
  REQUIRE(std::holds_alternative<info::discrete_family>(d));
  REQUIRE(std::holds_alternative<Family>(std::get<info::discrete_family>(d)));
  return std::get<Family>(std::get<info::discrete_family>(d));
}

// The error a spec must raise; any other exception type escapes and fails the test case.
template <class Error>
Error failure(std::string_view text, const std::string& name = "P") {
  try {
    (void)info::parse_spec(text, name);
  } catch (const Error& e) {
    return e;
  }
  FAIL("no exception for the spec \"" << std::string(text) << "\"");
  throw std::logic_error("unreachable");
}

info::spec_error syntax_error(std::string_view text, const std::string& name = "P") {
  return failure<info::spec_error>(text, name);
}

info::invalid_distribution value_error(std::string_view text, const std::string& name = "P") {
  return failure<info::invalid_distribution>(text, name);
}

bool says(const std::exception& e, std::string_view words) {
  return std::string_view(e.what()).find(words) != std::string_view::npos;
}

#define CHECK_SAYS(e, words)  \
  do {                        \
    INFO("message: ", (e).what()); \
    CHECK(says((e), (words)));     \
  } while (false)

std::vector<double> masses(const info::pmf& p) { return {p.mass().begin(), p.mass().end()}; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// Lists

TEST_CASE("spec: a comma list becomes a pmf with exactly the written masses") {
  const info::distribution d = info::parse_spec("0.2,0.3,0.5");
  REQUIRE(std::holds_alternative<info::pmf>(d));
  CHECK(masses(std::get<info::pmf>(d)) == std::vector<double>{0.2, 0.3, 0.5});
  CHECK(info::is_discrete(d));
}

TEST_CASE("spec: a list may hold spaces, tabs, signs and scientific notation") {
  const info::pmf p = info::parse_pmf(" 0.25 ,\t2.5e-1, +5E-1 \n");
  CHECK(masses(p) == std::vector<double>{0.25, 0.25, 0.5});
  CHECK(masses(info::parse_pmf(".5,5e-1")) == std::vector<double>{0.5, 0.5});
  CHECK(masses(info::parse_pmf("1")) == std::vector<double>{1.0});
  CHECK(masses(info::parse_pmf("0,1,0")) == std::vector<double>{0.0, 1.0, 0.0});
}

TEST_CASE("spec: a list keeps a subnormal mass rather than rounding it to zero") {
  const info::pmf p = info::parse_pmf("1e-310, 1");
  CHECK(p.mass()[0] == 1e-310);
  CHECK(p.mass()[0] > 0);
}

TEST_CASE("spec: the name labels the pmf") {
  CHECK(info::parse_pmf("0.5,0.5", "Q").name() == "Q");
}

TEST_CASE("spec: a list that does not sum to 1 is refused, never normalised") {
  const auto e = value_error("0.2,0.3,0.6");
  CHECK_SAYS(e, "sums to");
  CHECK_SAYS(e, "1.1");
  CHECK_THROWS_AS((void)info::parse_pmf("2,2"), info::invalid_distribution);
}

TEST_CASE("spec: a list with a negative, NaN or infinite entry is refused") {
  CHECK_SAYS(value_error("-0.5,1.5"), "negative");
  CHECK_THROWS_AS((void)info::parse_spec("nan,1"), info::invalid_distribution);
  CHECK_THROWS_AS((void)info::parse_spec("inf"), info::invalid_distribution);
  CHECK_THROWS_AS((void)info::parse_spec("-Infinity, 1"), info::invalid_distribution);
}

TEST_CASE("spec: a long list of 100000 masses is read") {
  std::string text;
  for (int k = 0; k < 100000; ++k) text += k == 0 ? "0.00001" : ",0.00001";
  const info::pmf p = info::parse_pmf(text);
  CHECK(p.size() == 100000);
  CHECK(p.mass()[99999] == 0.00001);
}

// ---------------------------------------------------------------------------------------------
// Continuous families: each reads Boost.Math's constructor parameters in order

TEST_CASE("spec: normal(mean, sd)") {
  const auto d = continuous<bm::normal>("normal(1.5, 0.25)");
  CHECK(d.mean() == 1.5);
  CHECK(d.standard_deviation() == 0.25);
}

TEST_CASE("spec: exponential(rate)") { CHECK(continuous<bm::exponential>("exponential(3)").lambda() == 3); }

TEST_CASE("spec: gamma(shape, scale)") {
  const auto d = continuous<bm::gamma_distribution<>>("gamma(2, 0.5)");
  CHECK(d.shape() == 2);
  CHECK(d.scale() == 0.5);
}

TEST_CASE("spec: beta(a, b)") {
  const auto d = continuous<bm::beta_distribution<>>("beta(2, 5)");
  CHECK(d.alpha() == 2);
  CHECK(d.beta() == 5);
}

TEST_CASE("spec: uniform(lower, upper)") {
  const auto d = continuous<bm::uniform>("uniform(-1, 3)");
  CHECK(d.lower() == -1);
  CHECK(d.upper() == 3);
}

TEST_CASE("spec: laplace(location, scale)") {
  const auto d = continuous<bm::laplace>("laplace(-2, 0.7)");
  CHECK(d.location() == -2);
  CHECK(d.scale() == 0.7);
}

TEST_CASE("spec: logistic(location, scale)") {
  const auto d = continuous<bm::logistic>("logistic(4, 2)");
  CHECK(d.location() == 4);
  CHECK(d.scale() == 2);
}

TEST_CASE("spec: cauchy(location, scale)") {
  const auto d = continuous<bm::cauchy>("cauchy(0.5, 3)");
  CHECK(d.location() == 0.5);
  CHECK(d.scale() == 3);
}

TEST_CASE("spec: lognormal(location, scale)") {
  const auto d = continuous<bm::lognormal>("lognormal(-1, 0.5)");
  CHECK(d.location() == -1);
  CHECK(d.scale() == 0.5);
}

TEST_CASE("spec: students_t(df)") { CHECK(continuous<bm::students_t>("students_t(7)").degrees_of_freedom() == 7); }

TEST_CASE("spec: rayleigh(sigma)") { CHECK(continuous<bm::rayleigh>("rayleigh(1.25)").sigma() == 1.25); }

TEST_CASE("spec: weibull(shape, scale)") {
  const auto d = continuous<bm::weibull>("weibull(1.5, 4)");
  CHECK(d.shape() == 1.5);
  CHECK(d.scale() == 4);
}

TEST_CASE("spec: chi_squared(df)") {
  CHECK(continuous<bm::chi_squared>("chi_squared(3)").degrees_of_freedom() == 3);
}

TEST_CASE("spec: a continuous family is not discrete") {
  CHECK_FALSE(info::is_discrete(info::parse_spec("normal(0, 1)")));
}

// ---------------------------------------------------------------------------------------------
// Discrete families

TEST_CASE("spec: binomial(n, p)") {
  const auto d = discrete<bm::binomial>("binomial(10, 0.3)");
  CHECK(d.trials() == 10);
  CHECK(d.success_fraction() == 0.3);
}

TEST_CASE("spec: poisson(mean)") { CHECK(discrete<bm::poisson>("poisson(4)").mean() == 4); }

TEST_CASE("spec: geometric(p)") { CHECK(discrete<bm::geometric>("geometric(0.25)").success_fraction() == 0.25); }

TEST_CASE("spec: negative_binomial(r, p)") {
  const auto d = discrete<bm::negative_binomial>("negative_binomial(3, 0.4)");
  CHECK(d.successes() == 3);
  CHECK(d.success_fraction() == 0.4);
}

TEST_CASE("spec: bernoulli(p)") { CHECK(discrete<bm::bernoulli>("bernoulli(0.9)").success_fraction() == 0.9); }

TEST_CASE("spec: discrete families at the edges of their domains") {
  CHECK(discrete<bm::binomial>("binomial(0, 0.5)").trials() == 0);
  CHECK(discrete<bm::binomial>("binomial(4, 1)").success_fraction() == 1);
  CHECK(discrete<bm::geometric>("geometric(1)").success_fraction() == 1);
  CHECK(discrete<bm::bernoulli>("bernoulli(0)").success_fraction() == 0);
  CHECK(discrete<bm::negative_binomial>("negative_binomial(0.5, 1)").successes() == 0.5);
}

TEST_CASE("spec: a discrete family is discrete") { CHECK(info::is_discrete(info::parse_spec("poisson(2)"))); }

// ---------------------------------------------------------------------------------------------
// Names: case, aliases, spaces

TEST_CASE("spec: family names are case-insensitive and may be spaced from their parentheses") {
  CHECK(continuous<bm::normal>("Normal(0, 2)").standard_deviation() == 2);
  CHECK(continuous<bm::normal>("NORMAL (0,2)").standard_deviation() == 2);
  CHECK(continuous<bm::normal>("  normal ( 0 , 2 )  ").standard_deviation() == 2);
  CHECK(discrete<bm::poisson>("Poisson(3)").mean() == 3);
}

TEST_CASE("spec: aliases gaussian, norm and exp") {
  CHECK(continuous<bm::normal>("gaussian(1, 2)").mean() == 1);
  CHECK(continuous<bm::normal>("norm(1, 2)").standard_deviation() == 2);
  CHECK(continuous<bm::exponential>("exp(2)").lambda() == 2);
}

TEST_CASE("spec: aliases t, student_t and student for students_t") {
  CHECK(continuous<bm::students_t>("t(3)").degrees_of_freedom() == 3);
  CHECK(continuous<bm::students_t>("student_t(4)").degrees_of_freedom() == 4);
  CHECK(continuous<bm::students_t>("Student(5)").degrees_of_freedom() == 5);
}

TEST_CASE("spec: aliases chi2, chisq and chi_square for chi_squared") {
  CHECK(continuous<bm::chi_squared>("chi2(2)").degrees_of_freedom() == 2);
  CHECK(continuous<bm::chi_squared>("chisq(3)").degrees_of_freedom() == 3);
  CHECK(continuous<bm::chi_squared>("chi_square(4)").degrees_of_freedom() == 4);
}

TEST_CASE("spec: aliases for discrete families and lognormal") {
  CHECK(discrete<bm::binomial>("binom(5, 0.5)").trials() == 5);
  CHECK(discrete<bm::poisson>("pois(2)").mean() == 2);
  CHECK(discrete<bm::negative_binomial>("nbinom(2, 0.5)").successes() == 2);
  CHECK(discrete<bm::negative_binomial>("negbin(3, 0.5)").successes() == 3);
  CHECK(continuous<bm::lognormal>("log_normal(0, 1)").scale() == 1);
}

// ---------------------------------------------------------------------------------------------
// Mixtures

TEST_CASE("spec: a mixture reads its weights and continuous families in order") {
  const info::density q = info::parse_density("mixture(0.3*normal(-2, 0.6), 0.7 * laplace(1, 2))");
  REQUIRE(q.parts().size() == 2);
  CHECK_FALSE(q.is_family());
  CHECK(q.parts()[0].weight == 0.3);
  CHECK(q.parts()[1].weight == 0.7);
  REQUIRE(std::holds_alternative<bm::normal>(q.parts()[0].family));
  CHECK(std::get<bm::normal>(q.parts()[0].family).mean() == -2);
  CHECK(std::get<bm::normal>(q.parts()[0].family).standard_deviation() == 0.6);
  REQUIRE(std::holds_alternative<bm::laplace>(q.parts()[1].family));
  CHECK(std::get<bm::laplace>(q.parts()[1].family).scale() == 2);
}

TEST_CASE("spec: a mixture may mix families, use aliases and hold three parts") {
  const info::density q = info::parse_density("Mixture(0.25*gaussian(0,1), 0.25*t(3), 0.5*gamma(2,1))");
  REQUIRE(q.parts().size() == 3);
  CHECK(std::holds_alternative<bm::normal>(q.parts()[0].family));
  CHECK(std::holds_alternative<bm::students_t>(q.parts()[1].family));
  CHECK(std::holds_alternative<bm::gamma_distribution<>>(q.parts()[2].family));
}

TEST_CASE("spec: a mixture with one part of weight 1 is accepted") {
  const info::density q = info::parse_density("mixture(1*normal(0,1))");
  REQUIRE(q.parts().size() == 1);
  CHECK(q.parts()[0].weight == 1);
}

TEST_CASE("spec: mixture weights that do not sum to 1 are refused, never normalised") {
  CHECK_SAYS(value_error("mixture(0.5*normal(0,1))"), "sum to 0.5");
  const auto e = value_error("mixture(0.5*normal(0,1),0.6*normal(1,1))");
  CHECK_SAYS(e, "sum to 1.1");
  CHECK_SAYS(e, "not 1");
}

TEST_CASE("spec: a mixture weight that is not positive or exceeds 1 is refused with its component and position") {
  const auto e = value_error("mixture(-0.5*normal(0,1), 1.5*normal(1,1))");
  CHECK_SAYS(e, "component 1");
  CHECK_SAYS(e, "-0.5");
  CHECK_SAYS(e, "character 9");
  CHECK_SAYS(value_error("mixture(0*normal(0,1), 1*normal(1,1))"), "(0, 1]");
}

TEST_CASE("spec: a mixture component's parameters are validated") {
  const auto e = value_error("mixture(0.5*normal(0,1), 0.5*normal(1,0))");
  CHECK_SAYS(e, "sd");
  CHECK_SAYS(e, "> 0");
}

TEST_CASE("spec: a discrete family inside a mixture is refused at its name") {
  const auto e = syntax_error("mixture(0.5*normal(0,1), 0.5*poisson(3))");
  CHECK(e.position() == 29);
  CHECK_SAYS(e, "poisson is a discrete family");
  CHECK_SAYS(e, "continuous families only");
}

TEST_CASE("spec: mixtures cannot be nested") {
  const auto e = syntax_error("mixture(0.5*mixture(1*normal(0,1)), 0.5*normal(0,1))");
  CHECK(e.position() == 12);
  CHECK_SAYS(e, "nested");
}

TEST_CASE("spec: an empty mixture is refused") {
  const auto e = syntax_error("mixture()");
  CHECK(e.position() == 8);
  CHECK_SAYS(e, "no components");
  CHECK(syntax_error("mixture( )").position() == 9);
}

TEST_CASE("spec: a mixture component without a weight or without its star is refused") {
  const auto no_weight = syntax_error("mixture(normal(0,1), 0.5*normal(1,1))");
  CHECK(no_weight.position() == 8);
  CHECK_SAYS(no_weight, "has no weight");
  const auto no_star = syntax_error("mixture(0.5 normal(0,1))");
  CHECK(no_star.position() == 12);
  CHECK_SAYS(no_star, "expected '*'");
  const auto no_family = syntax_error("mixture(0.5*0.5)");
  CHECK(no_family.position() == 12);
  CHECK_SAYS(no_family, "expected a family name");
}

TEST_CASE("spec: an unclosed mixture names where it was opened") {
  const auto e = syntax_error("mixture(1*normal(0,1)");
  CHECK(e.position() == 21);
  CHECK_SAYS(e, "expected ')' to close 'mixture(' opened at character 8");
}

TEST_CASE("spec: a weighted family outside a mixture points to mixture(...)") {
  const auto e = syntax_error("0.5*normal(0,1)");
  CHECK(e.position() == 3);
  CHECK_SAYS(e, "mixture");
}

// ---------------------------------------------------------------------------------------------
// Malformed text: spec_error with the position of the problem

TEST_CASE("spec: an empty or blank spec is refused at character 1") {
  const auto e = syntax_error("");
  CHECK(e.position() == 0);
  CHECK_SAYS(e, "empty");
  CHECK_SAYS(e, "at character 1");
  CHECK(syntax_error("  \t ").position() == 0);
}

TEST_CASE("spec: a lone comma is an empty entry") {
  const auto e = syntax_error(",");
  CHECK(e.position() == 0);
  CHECK_SAYS(e, "empty entry");
  CHECK(syntax_error("0.5,,0.5").position() == 4);
}

TEST_CASE("spec: a trailing comma is refused at the comma") {
  const auto e = syntax_error("0.5,");
  CHECK(e.position() == 3);
  CHECK_SAYS(e, "ends with a comma");
  CHECK_SAYS(e, "at character 4");
}

TEST_CASE("spec: an unfinished family") {
  const auto e = syntax_error("normal(");
  CHECK(e.position() == 7);
  CHECK_SAYS(e, "expected normal's mean");
  CHECK_SAYS(e, "normal(mean, sd)");
}

TEST_CASE("spec: an unclosed parenthesis names where it was opened") {
  const auto e = syntax_error("normal(0,1");
  CHECK(e.position() == 10);
  CHECK_SAYS(e, "at character 11: in P, expected ')' to close 'normal(' opened at character 7");
}

TEST_CASE("spec: an extra closing parenthesis is refused") {
  const auto e = syntax_error("normal(0,1))");
  CHECK(e.position() == 11);
  CHECK_SAYS(e, "unexpected ')'");
  CHECK_SAYS(e, "unbalanced");
}

TEST_CASE("spec: trailing text after a family is refused") {
  const auto e = syntax_error("normal(0,1) x");
  CHECK(e.position() == 12);
  CHECK_SAYS(e, "after the end of the family");
}

TEST_CASE("spec: a parameter that is not a number") {
  const auto e = syntax_error("normal(a,1)");
  CHECK(e.position() == 7);
  CHECK_SAYS(e, "'a' is not a number");
  CHECK_SAYS(e, "normal's mean");
  const auto nested = syntax_error("normal(normal(0,1),1)");
  CHECK_SAYS(nested, "a family cannot be a parameter");
}

TEST_CASE("spec: an empty parameter") {
  const auto e = syntax_error("normal(0,,1)");
  CHECK(e.position() == 9);
  CHECK_SAYS(e, "expected normal's sd");
  CHECK_SAYS(e, "empty entry");
}

TEST_CASE("spec: parameters must be separated by commas") {
  const auto e = syntax_error("normal(0 1)");
  CHECK(e.position() == 9);
  CHECK_SAYS(e, "expected ',' or ')'");
}

TEST_CASE("spec: a family without parentheses") {
  const auto e = syntax_error("normal");
  CHECK(e.position() == 6);
  CHECK_SAYS(e, "expected '(' after 'normal'");
}

TEST_CASE("spec: too few parameters name the signature") {
  const auto e = syntax_error("normal(0)");
  CHECK(e.position() == 8);
  CHECK_SAYS(e, "normal takes 2 parameters (mean, sd), got 1");
  CHECK_SAYS(syntax_error("gamma()"), "gamma takes 2 parameters (shape, scale), got 0");
}

TEST_CASE("spec: too many parameters point at the first extra one") {
  const auto e = syntax_error("poisson(1, 2)");
  CHECK(e.position() == 11);
  CHECK_SAYS(e, "poisson takes 1 parameter (mean), got 2");
}

TEST_CASE("spec: numbers separated by spaces or semicolons") {
  const auto spaces = syntax_error("0.2 0.8");
  CHECK(spaces.position() == 4);
  CHECK_SAYS(spaces, "expected ','");
  const auto semicolons = syntax_error("0.5;0.5");
  CHECK(semicolons.position() == 0);
  CHECK_SAYS(semicolons, "not a number");
  CHECK_SAYS(semicolons, "semicolons");
}

TEST_CASE("spec: fractions are read as a/b, rounded once") {
  const info::pmf thirds = info::parse_pmf("1/3, 1/3, 1/3");
  REQUIRE(thirds.size() == 3);
  for (Eigen::Index i = 0; i < 3; ++i) CHECK(thirds.mass()[i] == 1.0 / 3.0);
  CHECK(discrete<bm::binomial>("binomial(2, 2/5)").success_fraction() == 0.4);
  CHECK(info::parse_pmf("0.5/2, 3/4").mass()[0] == 0.25);
  const auto zero = syntax_error("1/0, 1");
  CHECK(zero.position() == 0);
  CHECK_SAYS(zero, "divides by zero");
  CHECK_SAYS(syntax_error("1/2/2,3/4"), "a fraction is two numbers and one '/'");
  CHECK_SAYS(syntax_error("1e300/1e-300,1"), "too large");
  CHECK_SAYS(syntax_error("1e-300/1e300,1"), "too small");
  CHECK_SAYS(syntax_error("inf/2,1"), "neither a number");
  CHECK_SAYS(syntax_error("0.5,inf/2"), "not a number");
}

TEST_CASE("spec: the numbers as written, for exact readers") {
  const info::written_spec list = info::parse_written(" 1/2, 0.25 ,1/4");
  CHECK(list.family.empty());
  CHECK(list.numbers == std::vector<std::string>{"1/2", "0.25", "1/4"});
  const info::written_spec family = info::parse_written("BINOM(2, 2/5)");
  CHECK(family.family == "binomial");
  CHECK(family.numbers == std::vector<std::string>{"2", "2/5"});
  CHECK(info::parse_written("mixture(0.5*normal(0,1), 0.5*normal(1,1))").family == "mixture");
  CHECK_THROWS_AS((void)info::parse_written("0.5,0.6"), info::invalid_distribution);
}

TEST_CASE("spec: percentages and brackets get a hint") {
  CHECK_SAYS(syntax_error("50%,50%"), "percentages");
  CHECK_SAYS(syntax_error("[0.5,0.5]"), "brackets");
}

TEST_CASE("spec: numbers too large or too small for a double") {
  const auto large = syntax_error("1e999");
  CHECK(large.position() == 0);
  CHECK_SAYS(large, "too large");
  const auto small = syntax_error("0.5, 1e-999");
  CHECK(small.position() == 5);
  CHECK_SAYS(small, "too small");
  CHECK_SAYS(syntax_error("normal(0, 0.0001e-400)"), "too small");
  CHECK_SAYS(syntax_error("normal(-1000e306, 1)"), "too large");
}

TEST_CASE("spec: malformed numbers") {
  CHECK(syntax_error("1e,0").position() == 0);
  CHECK(syntax_error("0.5.5,0.5").position() == 0);
  CHECK(syntax_error("0.5, --0.5").position() == 5);
  CHECK(syntax_error("0x1p-1, 0.5").position() == 0);
  CHECK(syntax_error("+-0.5").position() == 0);
}

TEST_CASE("spec: the name appears in the message") {
  CHECK_SAYS(syntax_error("0.5,", "Q"), "in Q,");
  CHECK_SAYS(value_error("normal(0,-1)", "Q"), "Q = normal(0,-1)");
}

// ---------------------------------------------------------------------------------------------
// Unknown families

TEST_CASE("spec: an unknown family suggests the nearest known one") {
  const auto e = syntax_error("normla(0,1)");
  CHECK(e.position() == 0);
  CHECK_SAYS(e, "unknown family 'normla'");
  CHECK_SAYS(e, "did you mean normal?");
  CHECK_SAYS(e, "Known families");
  CHECK_SAYS(syntax_error("poison(3)"), "did you mean poisson?");
  CHECK_SAYS(syntax_error("Weibul(1,1)"), "did you mean weibull?");
  CHECK_SAYS(syntax_error("gausian(0,1)"), "did you mean normal?");
  CHECK_SAYS(syntax_error("mixtrue(1*normal(0,1))"), "did you mean mixture?");
}

TEST_CASE("spec: a name far from every family lists them all without a guess") {
  const auto e = syntax_error("zebra(1)");
  CHECK_FALSE(says(e, "did you mean"));
  CHECK_SAYS(e, "normal, exponential");
  CHECK_SAYS(e, "bernoulli");
  CHECK_SAYS(syntax_error("x(1)"), "unknown family 'x'");
}

TEST_CASE("spec: an unknown family inside a mixture is refused at its name") {
  const auto e = syntax_error("mixture(0.5*normal(0,1), 0.5*lapalce(0,1))");
  CHECK(e.position() == 29);
  CHECK_SAYS(e, "did you mean laplace?");
}

// ---------------------------------------------------------------------------------------------
// Invalid parameters: invalid_distribution naming the family, the parameter, the value and the fix

TEST_CASE("spec: normal's sd must be positive") {
  const auto e = value_error("normal(0,-1)");
  CHECK_SAYS(e, "normal's sd must be a finite number > 0, but it is -1 (at character 10)");
  CHECK_SAYS(e, "normal(mean, sd), e.g. normal(0, 1)");
  CHECK_THROWS_AS((void)info::parse_spec("normal(0,0)"), info::invalid_distribution);
}

TEST_CASE("spec: NaN and infinite parameters are refused") {
  CHECK_SAYS(value_error("normal(nan,1)"), "normal's mean must be a finite number, but it is nan");
  CHECK_SAYS(value_error("normal(inf,1)"), "normal's mean must be a finite number");
  CHECK_SAYS(value_error("normal(0,inf)"), "normal's sd");
  CHECK_SAYS(value_error("students_t(inf)"), "students_t's df");
  CHECK_SAYS(value_error("uniform(-inf,0)"), "uniform's lower");
}

TEST_CASE("spec: each continuous family's positive parameters are checked") {
  CHECK_SAYS(value_error("exponential(0)"), "exponential's rate");
  CHECK_SAYS(value_error("gamma(-1,1)"), "gamma's shape");
  CHECK_SAYS(value_error("gamma(1,0)"), "gamma's scale");
  CHECK_SAYS(value_error("beta(0,1)"), "beta's a");
  CHECK_SAYS(value_error("beta(1,-2)"), "beta's b");
  CHECK_SAYS(value_error("laplace(0,0)"), "laplace's scale");
  CHECK_SAYS(value_error("logistic(0,-1)"), "logistic's scale");
  CHECK_SAYS(value_error("cauchy(0,0)"), "cauchy's scale");
  CHECK_SAYS(value_error("lognormal(0,0)"), "lognormal's scale");
  CHECK_SAYS(value_error("students_t(0)"), "students_t's df");
  CHECK_SAYS(value_error("rayleigh(-1)"), "rayleigh's sigma");
  CHECK_SAYS(value_error("weibull(0,1)"), "weibull's shape");
  CHECK_SAYS(value_error("weibull(1,0)"), "weibull's scale");
  CHECK_SAYS(value_error("chi_squared(0)"), "chi_squared's df");
}

TEST_CASE("spec: uniform needs lower below upper") {
  const auto e = value_error("uniform(2, 1)");
  CHECK_SAYS(e, "uniform's lower (2) must be below its upper (1)");
  CHECK_THROWS_AS((void)info::parse_spec("uniform(1, 1)"), info::invalid_distribution);
}

TEST_CASE("spec: poisson's mean must be positive and finite") {
  CHECK_SAYS(value_error("poisson(-1)"), "poisson's mean must be a finite number > 0, but it is -1");
  CHECK_THROWS_AS((void)info::parse_spec("poisson(0)"), info::invalid_distribution);
  CHECK_THROWS_AS((void)info::parse_spec("poisson(inf)"), info::invalid_distribution);
}

TEST_CASE("spec: binomial needs a whole number of trials and a probability") {
  CHECK_SAYS(value_error("binomial(2.5,0.3)"), "binomial's n must be a whole number >= 0, but it is 2.5");
  CHECK_SAYS(value_error("binomial(-1,0.3)"), "binomial's n");
  CHECK_SAYS(value_error("binomial(10,1.1)"), "binomial's p must be a probability in [0, 1], but it is 1.1");
  CHECK_SAYS(value_error("binomial(10,nan)"), "binomial's p");
  CHECK_SAYS(value_error("binomial(inf,0.5)"), "binomial's n");
}

TEST_CASE("spec: geometric and negative_binomial need p above 0 and at most 1") {
  CHECK_SAYS(value_error("geometric(0)"), "geometric's p must be a probability in (0, 1]");
  CHECK_SAYS(value_error("geometric(1.5)"), "geometric's p");
  CHECK_SAYS(value_error("negative_binomial(2, 0)"), "negative_binomial's p");
  CHECK_SAYS(value_error("negative_binomial(0, 0.5)"), "negative_binomial's r must be a finite number > 0");
}

TEST_CASE("spec: bernoulli needs p between 0 and 1") {
  CHECK_SAYS(value_error("bernoulli(-0.1)"), "bernoulli's p");
  CHECK_SAYS(value_error("bernoulli(2)"), "bernoulli(p), e.g. bernoulli(0.3)");
}

// ---------------------------------------------------------------------------------------------
// parse_pmf and parse_density

TEST_CASE("spec: parse_pmf turns a discrete family into its pmf over the full support") {
  // binomial(2, 1/2): C(2,k)/4 = 1/4, 1/2, 1/4 exactly.
  const info::pmf p = info::parse_pmf("binomial(2, 0.5)", "Q");
  REQUIRE(p.size() == 3);
  CHECK(p.mass()[0] == doctest::Approx(0.25).epsilon(1e-15));
  CHECK(p.mass()[1] == doctest::Approx(0.5).epsilon(1e-15));
  CHECK(p.mass()[2] == doctest::Approx(0.25).epsilon(1e-15));
  CHECK(p.name() == "Q");
  CHECK_FALSE(p.unbounded());
}

TEST_CASE("spec: parse_pmf cuts an infinite support and says so") {
  const info::pmf p = info::parse_pmf("poisson(4)");
  CHECK(p.unbounded());
  CHECK(p.tail() < 1e-17);
  // P(X = 0) = e^-4 for poisson(4).
  CHECK(p.mass()[0] == doctest::Approx(std::exp(-4.0)).epsilon(1e-14));
}

TEST_CASE("spec: parse_pmf refuses a continuous spec") {
  try {
    (void)info::parse_pmf("normal(0, 1)");
    FAIL("no exception");
  } catch (const info::incompatible_distributions& e) {
    CHECK_SAYS(e, "P is continuous (normal(0, 1))");
    CHECK_SAYS(e, "discrete distribution is needed");
    CHECK_SAYS(e, "poisson(4)");
  }
  CHECK_THROWS_AS((void)info::parse_pmf("mixture(1*normal(0,1))"), info::incompatible_distributions);
}

TEST_CASE("spec: parse_pmf still refuses malformed text and bad lists") {
  CHECK_THROWS_AS((void)info::parse_pmf("normal(0,1"), info::spec_error);
  CHECK_THROWS_AS((void)info::parse_pmf("0.5,0.6"), info::invalid_distribution);
  CHECK_THROWS_AS((void)info::parse_pmf("poisson(-1)"), info::invalid_distribution);
}

TEST_CASE("spec: parse_density reads families and mixtures") {
  CHECK(info::parse_density("gamma(2, 3)").is_family());
  CHECK(info::parse_density("mixture(0.5*normal(-2,1), 0.5*normal(2,1))").parts().size() == 2);
}

TEST_CASE("spec: parse_density refuses lists and discrete families") {
  try {
    (void)info::parse_density(" 0.2,0.8 ", "Q");
    FAIL("no exception");
  } catch (const info::incompatible_distributions& e) {
    CHECK_SAYS(e, "Q is discrete (0.2,0.8)");
    CHECK_SAYS(e, "continuous distribution is needed");
    CHECK_SAYS(e, "normal(0, 1)");
  }
  CHECK_THROWS_AS((void)info::parse_density("poisson(4)"), info::incompatible_distributions);
  CHECK_THROWS_AS((void)info::parse_density("normal(0,-1)"), info::invalid_distribution);
}

// ---------------------------------------------------------------------------------------------
// describe and round trips

TEST_CASE("spec: a list is described with the shortest round-trip decimals") {
  CHECK(info::describe(info::parse_spec("0.2,0.3,0.5")) == "0.2, 0.3, 0.5");
  CHECK(info::describe(info::parse_spec("0.1,  0.2,0.7")) == "0.1, 0.2, 0.7");
  CHECK(info::describe(info::parse_spec("0.3333333333333333,0.6666666666666667")) ==
        "0.3333333333333333, 0.6666666666666667");
}

TEST_CASE("spec: a described list reads back to the same masses") {
  const info::pmf p = info::pmf::normalised(Eigen::ArrayXd::LinSpaced(7, 1.0, 7.0));
  const info::pmf back = info::parse_pmf(info::describe(p));
  REQUIRE(back.size() == p.size());
  for (Eigen::Index k = 0; k < p.size(); ++k) CHECK(back.mass()[k] == p.mass()[k]);
}

TEST_CASE("spec: families are described as specs") {
  CHECK(info::describe(info::parse_spec("binomial(10,0.5)")) == "binomial(10, 0.5)");
  CHECK(info::describe(info::parse_spec("Poisson( 4 )")) == "poisson(4)");
  CHECK(info::describe(info::parse_spec("gaussian(0,1)")) == "normal(0, 1)");
}

TEST_CASE("spec: every family reads back from its description with the same parameters") {
  const std::vector<std::string> specs{
      "normal(0.1, 0.3)",       "exponential(1.7)",         "gamma(2.5, 0.2)",   "beta(0.5, 3)",
      "uniform(-0.3, 7)",       "laplace(-2, 0.7)",         "logistic(1e-3, 9)", "cauchy(0.5, 3)",
      "lognormal(-1, 0.25)",    "students_t(2.5)",          "rayleigh(1.5)",     "weibull(1.5, 4)",
      "chi_squared(3)",         "binomial(12, 0.1)",        "poisson(0.7)",      "geometric(0.3)",
      "negative_binomial(4, 0.35)", "bernoulli(0.123)",
      "mixture(0.3*normal(-2, 0.6), 0.7*laplace(1, 2))"};
  for (const std::string& s : specs) {
    INFO("spec: ", s);
    const info::distribution first = info::parse_spec(s);
    const std::string text = info::describe(first);
    INFO("described: ", text);
    const info::distribution second = info::parse_spec(text);
    CHECK(info::describe(second) == text);
    CHECK(first.index() == second.index());
    // The parameters themselves, compared through the density at a few points (a separate path
    // from the description) or through the discrete family's variant index and pmf.
    if (const auto* q = std::get_if<info::density>(&first)) {
      const auto& r = std::get<info::density>(second);
      REQUIRE(q->parts().size() == r.parts().size());
      for (std::size_t i = 0; i < q->parts().size(); ++i) {
        CHECK(q->parts()[i].weight == r.parts()[i].weight);
        CHECK(q->parts()[i].family.index() == r.parts()[i].family.index());
        for (double x : {0.05, 0.5, 0.9})
          CHECK(std::visit([x](const auto& d) { return pdf(d, x); }, q->parts()[i].family) ==
                std::visit([x](const auto& d) { return pdf(d, x); }, r.parts()[i].family));
      }
    } else if (const auto* f = std::get_if<info::discrete_family>(&first)) {
      const auto& g = std::get<info::discrete_family>(second);
      CHECK(f->index() == g.index());
      for (double k : {0.0, 1.0})
        CHECK(std::visit([k](const auto& d) { return pdf(d, k); }, *f) ==
              std::visit([k](const auto& d) { return pdf(d, k); }, g));
    }
  }
}

TEST_CASE("spec: a mixture is described as a mixture spec") {
  const std::string text = info::describe(info::parse_spec("mixture(0.5*normal(-2,0.6), 0.5*normal(2,0.6))"));
  CHECK(text == "mixture(0.5*normal(-2, 0.6), 0.5*normal(2, 0.6))");
}

// ---------------------------------------------------------------------------------------------
// Robustness: nasty inputs, very long inputs, unicode, and random text

TEST_CASE("spec: nasty inputs raise their intended exception types") {
  struct nasty {
    std::string text;
    bool syntax;  // spec_error, else invalid_distribution
  };
  const std::vector<nasty> cases{
      {"", true},
      {",", true},
      {"0.5,", true},
      {"normal(", true},
      {"normal(0,1", true},
      {"normal(0,1))", true},
      {"normal(a,1)", true},
      {"normal(0,-1)", false},
      {"normal(nan,1)", false},
      {"normal(inf,1)", false},
      {"mixture()", true},
      {"mixture(0.5*normal(0,1))", false},
      {"mixture(0.5*normal(0,1),0.6*normal(1,1))", false},
      {"poisson(-1)", false},
      {"binomial(2.5,0.3)", false},
      {"1e999", true},
      {"0.5;0.5", true},
      {"(", true},
      {")", true},
      {"*", true},
      {"()", true},
      {"normal()", true},
      {"normal(0,1)(", true},
      {"mixture", true},
      {"mixture(", true},
      {"mixture(1", true},
      {"mixture(1*", true},
      {"mixture(1*normal", true},
      {"mixture(1*normal(0,1),", true},
      {"mixture(1*normal(0,1),)", true},
      {"mixture(1*normal(0,1)))", true},
      {"0.5,0.5,", true},
      {"-", true},
      {"+", true},
      {".", true},
      {"e", true},
      {"nan", false},
      {"-0", false},
      {std::string("0.5\0,0.5", 8), true},
      {"\xff\xfe", true},
      {"0.5,0.5\xc3", true},
      {"\xce\xbc(0,1)", true},                      // μ(0,1)
      {"normal(0,\xef\xbc\x91)", true},             // a fullwidth digit one
      {"0.5,\xc2\xa0" "0.5", true},                 // a no-break space
      {"normal(0,1)\xe2\x80\x8b", true},            // a zero-width space after the spec
  };
  for (const nasty& c : cases) {
    INFO("spec: \"", c.text, "\"");
    if (c.syntax) {
      try {
        (void)info::parse_spec(c.text);
        FAIL("no exception");
      } catch (const info::spec_error& e) {
        CHECK(e.position() <= c.text.size());
      }
    } else {
      CHECK_THROWS_AS((void)info::parse_spec(c.text), info::invalid_distribution);
    }
  }
}

TEST_CASE("spec: very long malformed inputs are refused quickly at the right place") {
  const std::string parens(1'000'000, '(');
  CHECK(syntax_error(parens).position() == 0);
  const std::string name(100'000, 'a');
  const auto e = syntax_error(name + "(1)");
  CHECK(e.position() == 0);
  CHECK(std::string_view(e.what()).size() < 2000);  // the long name is shortened in the message
  const std::string digits(100'000, '1');
  CHECK_SAYS(syntax_error(digits), "too large");
  std::string arguments = "normal(0";
  for (int k = 0; k < 100'000; ++k) arguments += ",1";
  CHECK_SAYS(syntax_error(arguments + ")"), "got 100001");
  CHECK_SAYS(syntax_error(arguments), "expected ')'");
}

TEST_CASE("spec: control characters in messages are escaped") {
  const auto e = syntax_error("0.5,\x01");
  CHECK_SAYS(e, "\\x01");
}

TEST_CASE("spec: ten thousand random texts either parse or raise info::invalid_input") {
  // Fragments of the grammar, glued at random: most texts are malformed, some are valid.
  const std::vector<std::string> pieces{"normal",  "mixture", "poisson", "gamma", "(", ")", ",", "*", " ", "0",
                                        "1",       "0.5",     "-",       "e",     ".", "+", "nan", "inf", "1e400",
                                        "\xc3\xa9", "t",      "binomial", "2",    ";", "\t", "0.25", "1e-400"};
  std::mt19937 random(20240611);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(0, 12);
  int parsed = 0, refused = 0;
  for (int trial = 0; trial < 10000; ++trial) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text += pieces[pick(random)];
    try {
      (void)info::parse_spec(text);
      ++parsed;
    } catch (const info::spec_error& e) {
      ++refused;
      if (e.position() > text.size()) FAIL_CHECK("position beyond the text for \"" << text << "\"");
    } catch (const info::invalid_input&) {
      ++refused;
    }
  }
  CHECK(parsed + refused == 10000);
  CHECK(parsed > 0);
}

TEST_CASE("spec: describe_named names each parameter, as a lesson shows a family the first time") {
  // exponential(3) is the rate 3 (mean 1/3), not the scale: the named form says so.
  CHECK(info::describe_named(info::parse_spec("exponential(3)")) == "exponential(rate = 3)");
  CHECK(info::describe_named(info::parse_spec("normal(0,1)")) == "normal(mean = 0, sd = 1)");
  CHECK(info::describe_named(info::parse_spec("binomial(10,0.5)")) == "binomial(n = 10, p = 0.5)");
  CHECK(info::describe_named(info::parse_spec("poisson(4)")) == "poisson(mean = 4)");
  CHECK(info::describe_named(info::parse_spec("mixture(0.5*normal(-2,0.6),0.5*gamma(2,1))")) ==
        "mixture(0.5*normal(mean = -2, sd = 0.6), 0.5*gamma(shape = 2, scale = 1))");
  CHECK(info::describe_named(info::parse_spec("0.5,0.25,0.25")) == "0.5, 0.25, 0.25");
}
