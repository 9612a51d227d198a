// Invalid input: exit status 2, nothing on stdout, exactly one line on stderr that names the problem.
// Each row gives the arguments and a fragment the message must contain (ignoring case).
#include "refusal.hpp"
#include "run.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_SUITE_BEGIN("cli");

namespace {

struct bad {
  std::vector<std::string> args;
  const char* names;  // a fragment of the message that names the problem
};

void refused(const std::vector<bad>& rows) {
  for (const auto& row : rows) {
    const auto o = cli::run(row.args);
    cli::check_refused(o);
    INFO(o.command << "\nstderr: " << o.err);
    CHECK(cli::contains(o.err, row.names));
  }
}

}  // namespace

TEST_CASE("bad input: lists that are not distributions") {
  refused({
      {{"entropy", "0.5,0.6"}, "sum"},
      {{"entropy", "0.2,0.3"}, "sum"},
      {{"entropy", "-0.1,1.1"}, "negative"},
      {{"kl", "0.5,0.5", "1.5,-0.5"}, "negative"},
      {{"entropy", "nan,0.5"}, "nan"},
      {{"entropy", "0.5,inf"}, "finite"},
      {{"kl", "0.5,0.5", "0.2,0.3,0.5"}, "same"},
      {{"cross-entropy", "0.2,0.3,0.5", "0.5,0.5"}, "same"},
      {{"entropy", ""}, "empty"},
  });
}

TEST_CASE("bad input: unknown families and bad parameters and malformed specs") {
  refused({
      {{"entropy", "foo(1)"}, "foo"},
      {{"entropy", "gauss(0,1)"}, "gauss"},
      {{"entropy", "normal(0,-1)"}, "normal"},
      {{"entropy", "normal(0,0)"}, "normal"},
      {{"entropy", "binomial(10,1.5)"}, "binomial"},
      {{"entropy", "poisson(-1)"}, "poisson"},
      {{"entropy", "uniform(1,0)"}, "uniform"},
      {{"entropy", "beta(0,1)"}, "beta"},
      {{"entropy", "normal(0,1"}, "character"},
      {{"entropy", "normal(0,1,2)"}, "normal"},
      {{"entropy", "normal"}, "character"},
      {{"entropy", "0.5,,0.5"}, "character"},
      {{"entropy", "mixture(0.5*normal(0,1))"}, "weight"},
      {{"kl", "normal(0,1)", "normal(nan,1)"}, "normal"},
  });
}

TEST_CASE("bad input: surprisal needs one probability p with 0 < p <= 1") {
  refused({
      {{"surprisal", "0"}, "(0, 1]"},
      {{"surprisal", "1.5"}, "(0, 1]"},
      {{"surprisal", "-0.25"}, "(0, 1]"},
      {{"surprisal", "nan"}, "(0, 1]"},
      {{"surprisal", "abc"}, "not a number"},
      {{"surprisal", "0.2,0.8"}, "not a number"},
      {{"surprisal", "0.5", "0.5"}, "extra"},
      {{"surprisal", "0.5", "--method", "quadrature"}, "drop --method"},
      {{"surprisal", "0.5", "--window", "0:1"}, "--window"},
  });
}

TEST_CASE("bad input: continuous against discrete") {
  refused({
      {{"kl", "normal(0,1)", "0.5,0.5"}, "discrete"},
      {{"js", "poisson(4)", "normal(4,2)"}, "density"},
      {{"cross-entropy", "0.2,0.8", "mixture(0.5*normal(0,1),0.5*normal(1,1))"}, "density"},
  });
}

TEST_CASE("bad input: unknown quantity and missing or extra Q") {
  refused({
      {{"entropi", "0.5,0.5"}, "unknown quantity"},
      {{"KL", "0.5,0.5", "0.5,0.5"}, "unknown quantity"},
      {{"kl", "0.5,0.5"}, "Q is missing"},
      {{"js-distance", "normal(0,1)"}, "Q is missing"},
      {{"entropy", "0.5,0.5", "0.5,0.5"}, "extra argument"},
  });
}

TEST_CASE("bad input: options") {
  refused({
      {{"entropy", "0.5,0.5", "--base", "3"}, "--base"},
      {{"entropy", "0.5,0.5", "--base", "hex"}, "--base"},
      {{"entropy", "0.5,0.5", "--method", "simpson"}, "--method"},
      {{"kl", "binomial(10,0.5)", "poisson(4)", "--window", "9:0"}, "--window"},
      {{"kl", "binomial(10,0.5)", "poisson(4)", "--window", "a:b"}, "--window"},
      {{"kl", "binomial(10,0.5)", "poisson(4)", "--window", "5"}, "--window"},
      {{"kl", "binomial(10,0.5)", "poisson(4)", "--window", "-1:3"}, "--window"},
      {{"kl", "binomial(10,0.5)", "poisson(4)", "--window", "0:99999999999"}, "--window"},
      {{"kl", "normal(0,1)", "normal(1,1)", "--window", "0:9"}, "--window"},
      {{"kl", "normal(0,1)", "normal(1,1)", "--terms"}, "--terms"},
  });
}

TEST_CASE("bad input: a method that does not apply") {
  refused({
      {{"kl", "normal(0,1)", "laplace(0,1)", "--method", "closed-form"}, "normal, exponential, gamma"},
      {{"entropy", "mixture(0.5*normal(-2,0.6),0.5*normal(2,0.6))", "--method", "closed-form"}, "no closed form"},
      {{"cross-entropy", "normal(0,1)", "normal(1,2)", "--method", "closed-form"}, "no closed form"},
      {{"js", "normal(0,1)", "normal(1,2)", "--method", "closed-form"}, "no closed form"},
      {{"kl", "binomial(10,0.5)", "poisson(4)", "--method", "closed-form"}, "poisson, bernoulli"},
      {{"kl", "binomial(10,0.5)", "binomial(12,0.5)", "--method", "closed-form"}, "same n"},
      {{"kl", "poisson(4)", "poisson(5)", "--method", "closed-form", "--window", "0:9"}, "window"},
      {{"entropy", "binomial(10,0.5)", "--method", "closed-form"}, "no closed form"},
      {{"kl", "normal(0,1)", "normal(1,2)", "--method", "sum"}, "quadrature"},
      {{"kl", "0.5,0.5", "0.9,0.1", "--method", "quadrature"}, "sum"},
  });
}

TEST_CASE("bad input: the command line itself") {
  refused({
      {{}, "QUANTITY"},
      {{"kl"}, "P"},
      {{"kl", "0.5,0.5", "0.5,0.5", "0.5,0.5"}, "at most two distributions"},
      {{"entropy", "0.5,0.5", "--frobnicate"}, "frobnicate"},
      {{"entropy", "0.5,0.5", "--base"}, "--base"},
      {{"entropy", "-.5,1.5"}, "negative"},
      {{"surprisal", "-.5"}, "negative"},
  });
}

TEST_CASE("bad input: a support too large to hold") {
  refused({{{"entropy", "geometric(1e-12)"}, "shorter tail"}});
}

TEST_SUITE_END();
