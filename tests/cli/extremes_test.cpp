// Extreme inputs: supports too large to hold, scales near the ends of the double range, densities far
// apart, mass piled against a support end. Each must give the right value (to the 1e-9) or a
// clear refusal (exit 2), never a crash (exit 1 or a signal), a hang or NaN.
// Reference values: mpmath 1.2.1 at mp.dps = 30 from the closed forms named beside each, with the
// parameters taken as the doubles the program reads; 30 digits computed, 17 carried here.
#include "refusal.hpp"
#include "run.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

TEST_SUITE_BEGIN("cli");

namespace {

void close_to(const std::vector<std::string>& args, double expected) {
  auto with_json = args;
  with_json.push_back("--json");
  const auto o = cli::run(with_json);
  INFO(o.command << "\nstdout: " << o.out << "\nstderr: " << o.err);
  CHECK_FALSE(o.timed_out);
  REQUIRE(o.status == 0);
  const auto j = nlohmann::json::parse(o.out);
  REQUIRE(j.at("value").is_number());
  CHECK(std::abs(j.at("value").get<double>() - expected) <= std::max(1e-9 * std::abs(expected), 1e-12));
}

void refused(const std::vector<std::string>& args) { cli::check_refused(cli::run(args)); }

}  // namespace

TEST_CASE("extremes: supports too large to hold are refused at once") {
  refused({"entropy", "binomial(1000000000,0.5)"});
  refused({"entropy", "poisson(1e9)"});
  refused({"entropy", "negative_binomial(1e9,0.5)"});
  refused({"entropy", "poisson(1e15)"});
  refused({"entropy", "geometric(1e-300)"});
}

TEST_CASE("extremes: scales near the ends of the double range") {
  // KL(normal(0, s) || normal(0, 1)) = -ln s + s^2/2 - 1/2 with s = 1e-100.
  close_to({"kl", "normal(0,1e-100)", "normal(0,1)"}, 229.75850929940456838);
  close_to({"kl", "normal(0,1e-100)", "normal(0,1)", "--method", "quadrature"}, 229.75850929940456838);
  // h(normal(0, s)) = ln(s sqrt(2 pi e)) with s = 1e-300.
  close_to({"entropy", "normal(0,1e-300)"}, -689.35658936500903);
}

TEST_CASE("extremes: densities far apart have JS = ln 2") {
  // The overlap of normal(0,1) and normal(d,1) is below exp(-d^2/8): JS = ln 2 to double precision.
  for (const char* far : {"normal(1000000,1)", "normal(1e10,1)", "normal(1e15,1)", "normal(1e300,1)"}) {
    close_to({"js", "normal(0,1)", far}, 0.69314718055994531);
    close_to({"js", far, "normal(0,1)", "--method", "quadrature"}, 0.69314718055994531);
  }
}

TEST_CASE("extremes: mass piled against a support end") {
  // KL(gamma(0.01,1) || gamma(0.02,1)) = (k1-k2) psi(k1) - lnG(k1) + lnG(k2) = 0.30693349263504099457.
  close_to({"kl", "gamma(0.01,1)", "gamma(0.02,1)"}, 0.30693349263504099457);
  close_to({"kl", "gamma(0.01,1)", "gamma(0.02,1)", "--method", "quadrature"}, 0.30693349263504099457);
  // KL(beta(a,a) || uniform(0,1)) = -h(beta(a,a)) with a = 0.01: 93.733715131891069990.
  close_to({"kl", "beta(0.01,0.01)", "uniform(0,1)"}, 93.733715131891069990);
}

TEST_SUITE_END();
