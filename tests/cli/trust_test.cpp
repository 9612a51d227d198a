// The trust issue's table: inputs a student types next, each of which once printed a wrong value with
// exit 0, crashed, or hung. Each must now give the right value (1e-9 relative) or, only with
// --method quadrature, a clean refusal: exit 2, one line on stderr, nothing on stdout.
// Reference values: mpmath 1.3.0 at mp.dps = 60, with the parameters taken as the doubles the program
// reads (the table; the Bernoulli, gamma and geometric rows recomputed here:
// p log(p/q) + (1-p) log((1-p)/(1-q)); lgamma(k2) - lgamma(k1) - (k2-k1) psi(k1); (-g log g - (1-g) log(1-g))/g).
#include "refusal.hpp"
#include "run.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <string>

TEST_SUITE_BEGIN("cli");

namespace {

// (Timings are in the note, not asserted here: this suite also runs under the sanitizers, ten times slower.)
void right(const std::string& line, double expected) {
  auto args = cli::words(line);
  args.push_back("--json");
  const auto o = cli::run(args);
  INFO(o.command << "\nstdout: " << o.out << "\nstderr: " << o.err);
  REQUIRE(o.status == 0);
  const auto j = nlohmann::json::parse(o.out);
  REQUIRE(j.at("value").is_number());
  CHECK(std::abs(j.at("value").get<double>() - expected) <= 1e-9 * std::max(std::abs(expected), 1e-300));
}

void refused(const std::string& line) { cli::check_refused(cli::run(cli::words(line), 5.0)); }

}  // namespace

TEST_CASE("trust: beta(5,5) has an analytic centre (Boost's median threw)") {
  right("kl beta(5,5) beta(2,2)", 0.18015082634799956158);
  right("kl beta(5,5) beta(2,2) --method quadrature", 0.18015082634799956158);
}

TEST_CASE("trust: a Poisson mass that underflows a double is not a zero") {
  right("kl binomial(500,0.5) poisson(3)", 858.808814389473952);
  // the chain rule's H(P,Q) was +infinity, a false failure
  const auto o = cli::run(cli::words("kl poisson(3000) poisson(3)"));
  INFO(o.out);
  CHECK(o.status == 0);
  CHECK(cli::contains(o.out, "holds"));
  CHECK_FALSE(cli::contains(o.out, "infinity"));
}

TEST_CASE("trust: divergences of nearly equal distributions keep their digits") {
  right("kl bernoulli(0.3) bernoulli(0.30000000001)", 2.38095277492392964154e-22);
  right("kl gamma(1e12,1) gamma(1.000001e12,1)", 0.49999983333366666645);
}

TEST_CASE("trust: tiny scales give no 0/0") {
  right("kl normal(0,1e-200) normal(0,1e-200)", 0.0);
  right("kl cauchy(0,1e-300) cauchy(0,1e-300)", 0.0);
  right("entropy normal(0,1e-320) --method quadrature", -735.40830235776923341);
}

TEST_CASE("trust: a lognormal of width 1e-300 integrated in its own variable") {
  right("kl lognormal(0,1e-300) normal(0,1)", 690.77552789821370518);
  right("js lognormal(0,1e-300) normal(0,1)", 0.69314718055994530942);  // ln 2
  // ... and to the last digit: JS = ln 2 - about 1e-300, which rounds to ln 2 itself
  const auto o = cli::run(cli::words("js lognormal(0,1e-300) normal(0,1) --json"));
  REQUIRE(o.status == 0);
  CHECK(std::abs(nlohmann::json::parse(o.out).at("value").get<double>() - 0.69314718055994530942) <= 1.2e-16);
}

TEST_CASE("trust: quadrature that cannot resolve a density is refused, never a wrong number") {
  for (const char* line : {"entropy gamma(1e100,1) --method quadrature", "entropy beta(10,1e20) --method quadrature",
                           "entropy beta(2,1e10) --method quadrature", "entropy gamma(1e18,1) --method quadrature",
                           "entropy chi_squared(1e15) --method quadrature", "entropy beta(2,1e20) --method quadrature",
                           "entropy beta(1e100,1e100) --method quadrature", "js gamma(1e-300,1) normal(0,1)",
                           "entropy students_t(1e-300) --method quadrature"}) {
    CAPTURE(line);
    refused(line);
  }
  // by closed form they are right, and fast
  right("entropy gamma(1e100,1)", 116.548193182906957);
  right("entropy beta(10,1e20)", -43.5156476813999340);
  right("entropy beta(2,1e10)", -21.4486352652889240);
  right("entropy beta(1e100,1e100)", -114.75003688733752942);
}

TEST_CASE("trust: closed forms for discrete entropies") {
  right("entropy geometric(0.0146)", 5.21939796196230775290);
}

TEST_CASE("trust: the 10^7 limit: only outcomes whose mass is a positive double are evaluated") {
  const auto b = cli::run(cli::words("entropy binomial(9999999,0.5)"));
  CHECK(b.status == 0);
  right("kl poisson(1e6) poisson(1.1e6)", 4689.82019567513995604788);  // lambda1 ln(l1/l2) + l2 - l1
}

// Slow tails: mpmath 1.3.0 at mp.dps = 30, integrating in u = ln|x| over (-inf, 1e5] in pieces (the
// integrand falls like e^{-d u}), 2 * quad(p(e^u) (log p - log q) e^u).
TEST_CASE("trust: slow tails of Student's t integrated in log|x|") {
  right("kl students_t(1.05) laplace(0,1)", 11.7101759208956140483);
  right("kl students_t(0.3) cauchy(0,1)", 0.776589675836927405560);
  // against its closed form (Table 17.1), where quadrature in x was off by 13 nats with an estimate of 0.04
  right("entropy students_t(0.01) --method quadrature", 103.31076107581875);
  right("entropy students_t(0.02) --method quadrature", 52.972267446512454);
}
