// What the calculator prints: --help, the JSON object's shape, the human report (unit, method, error
// estimate, evaluation count, the chain-rule check, why a value is infinite, windowing), the method that
// auto chooses, and the table of terms.
#include "json_reader.hpp"
#include "run.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

TEST_SUITE_BEGIN("cli");

namespace {

// Runs a command that must succeed: status 0, stderr empty, no NaN anywhere on stdout.
cli::outcome ok(const std::vector<std::string>& args) {
  auto o = cli::run(args);
  INFO(o.command);
  INFO("stdout: " << o.out);
  INFO("stderr: " << o.err);
  REQUIRE(o.status == 0);
  CHECK(o.err.empty());
  CHECK_FALSE(cli::contains(o.out, "nan"));
  return o;
}

cli::json ok_json(std::vector<std::string> args) {
  args.push_back("--json");
  const auto o = ok(args);
  INFO(o.command << "\n" << o.out);
  // Exactly one object and one newline: nothing else on stdout.
  CHECK(o.out.back() == '\n');
  CHECK(o.out.find('\n') == o.out.size() - 1);
  return cli::read_json(o.out);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("--help shows the usage and examples") {
  for (const char* flag : {"--help", "-h"}) {
    const auto o = ok({flag});
    CHECK(has(o.out, "QUANTITY"));
    CHECK(has(o.out, "EXAMPLES"));
    CHECK(has(o.out, "infocalc kl 'binomial(10,0.5)' 'poisson(4)'"));
    CHECK(has(o.out, "--window"));
  }
}

TEST_CASE("JSON: the keys in order with their types") {
  const std::vector<std::vector<std::string>> commands = {
      {"surprisal", "0.25", "--base", "2"},
      {"entropy", "0.5,0.25,0.25"},
      {"entropy", "normal(0,1)"},
      {"cross-entropy", "0.42,0.31,0.27", "0.25,0.5,0.25", "--base", "10"},
      {"kl", "normal(0,1)", "laplace(0,1)", "--method", "quadrature"},
      {"kl", "cauchy(0,1)", "normal(0,1)"},
      {"js", "binomial(10,0.5)", "poisson(4)", "--base", "bits"},
      {"js-distance", "uniform(0,1)", "uniform(2,3)"},
      {"kl", "binomial(10,0.5)", "poisson(4)", "--window", "0:9"},
  };
  const std::vector<std::string> keys = {"quantity", "P", "Q", "base", "unit", "value", "method", "error_estimate",
                                         "evaluations"};
  using k = cli::json::kind;
  for (const auto& c : commands) {
    const auto j = ok_json(c);
    INFO(c[0] << " " << c[1]);
    REQUIRE(j.type == k::object);
    const bool window = c.size() > 3 && c[3] == "--window";
    REQUIRE(j.members.size() == keys.size() + (window ? 1 : 0));
    for (std::size_t i = 0; i < keys.size(); ++i) CHECK(j.members[i].first == keys[i]);
    CHECK(j["quantity"].text == c[0]);
    CHECK(j["P"].type == k::string);
    CHECK(j["Q"].type == (c[0] == "surprisal" || c[0] == "entropy" ? k::null : k::string));
    CHECK(j["base"].type == k::string);
    CHECK(j["unit"].type == k::string);
    CHECK((j["value"].type == k::number || (j["value"].type == k::string && j["value"].text == "inf")));
    CHECK(j["method"].type == k::string);
    CHECK((j["error_estimate"].type == k::number || j["error_estimate"].type == k::null));
    CHECK((j["evaluations"].type == k::number || j["evaluations"].type == k::null));
    if (window) CHECK(j.members.back().first == "window");
  }
  SUBCASE("units and bases") {
    CHECK(ok_json({"surprisal", "0.25", "--base", "2"})["unit"].text == "bits");
    CHECK(ok_json({"surprisal", "0.25", "--base", "2"})["base"].text == "2");
    CHECK(ok_json({"surprisal", "0.25", "--base", "bans"})["unit"].text == "bans");
    CHECK(ok_json({"surprisal", "0.25", "--base", "bans"})["base"].text == "10");
    CHECK(ok_json({"surprisal", "0.25"})["unit"].text == "nats");
    CHECK(ok_json({"surprisal", "0.25"})["base"].text == "e");
    CHECK(ok_json({"js-distance", "1,0", "0,1", "--base", "2"})["unit"].text == "sqrt(bits)");
  }
  SUBCASE("values carry 17 significant digits") {
    const auto j = ok_json({"surprisal", "0.5"});
    CHECK(j["value"].text == "0.69314718055994529");  // ln 2 rounded to a double, printed with %.17g
  }
  SUBCASE("quadrature reports its error estimate and evaluations") {
    const auto j = ok_json({"kl", "normal(0,1)", "laplace(0,1)"});
    CHECK(j["method"].text == "quadrature");
    CHECK(j["error_estimate"].type == k::number);
    CHECK(j["error_estimate"].number < 1e-9);
    CHECK(j["evaluations"].number > 0);
  }
  SUBCASE("an infinite value is the string inf") {
    CHECK(ok_json({"kl", "cauchy(0,1)", "normal(0,1)", "--method", "quadrature"})["value"].text == "inf");
    CHECK(ok_json({"kl", "1,0", "0,1"})["value"].text == "inf");
  }
  SUBCASE("--terms adds the table") {
    const auto j = ok_json({"kl", "binomial(10,0.5)", "poisson(4)", "--window", "0:9", "--terms"});
    REQUIRE(j.has("terms"));
    CHECK(j["terms"].items.size() == 10);
    double total = 0;
    for (const auto& row : j["terms"].items) total += row["term"].number;
    CHECK(std::abs(total - j["value"].number) <= 1e-15);
  }
}

TEST_CASE("auto chooses the closed form where one exists and otherwise quadrature or the sum") {
  struct row {
    std::vector<std::string> args;
    const char* method;
  };
  const std::vector<row> rows = {
      {{"entropy", "normal(0,1)"}, "closed-form"},
      {{"entropy", "chi_squared(4)"}, "closed-form"},
      {{"entropy", "mixture(0.5*normal(-2,0.6),0.5*normal(2,0.6))"}, "quadrature"},
      {{"entropy", "normal(0,1)", "--method", "quadrature"}, "quadrature"},
      {{"kl", "normal(0,1)", "normal(1,2)"}, "closed-form"},
      {{"kl", "beta(2,5)", "beta(3,3)"}, "closed-form"},
      {{"kl", "normal(0,1)", "laplace(0,1)"}, "quadrature"},
      {{"kl", "normal(0,1)", "normal(1,2)", "--method", "quadrature"}, "quadrature"},
      {{"cross-entropy", "normal(0,1)", "normal(1,2)"}, "quadrature"},
      {{"js", "normal(0,1)", "normal(1,2)"}, "quadrature"},
      {{"kl", "poisson(4)", "poisson(5)"}, "closed-form"},
      {{"kl", "binomial(10,0.5)", "binomial(10,0.3)"}, "closed-form"},
      {{"kl", "poisson(4)", "poisson(5)", "--method", "closed-form"}, "closed-form"},
      {{"kl", "poisson(4)", "poisson(5)", "--method", "sum"}, "sum"},
      {{"kl", "poisson(4)", "poisson(5)", "--window", "0:9"}, "sum"},
      {{"kl", "binomial(10,0.5)", "binomial(12,0.5)"}, "sum"},
      {{"kl", "binomial(10,0.5)", "poisson(4)"}, "sum"},
      {{"kl", "0.5,0.5", "bernoulli(0.3)"}, "sum"},
      {{"entropy", "binomial(10,0.5)"}, "sum"},
  };
  for (const auto& r : rows) {
    const auto j = ok_json(r.args);
    INFO(r.args[0] << " " << r.args[1]);
    CHECK(j["method"].text == r.method);
  }
}

TEST_CASE("human report: value with unit and method and the chain rule with independent sides") {
  SUBCASE("a discrete sum") {
    const auto o = ok({"kl", "binomial(10,0.5)", "poisson(4)", "--base", "2"});
    CHECK(has(o.out, "KL(P || Q) = 0.313"));
    CHECK(has(o.out, " bits\n"));
    CHECK(has(o.out, "P = binomial(10"));
    CHECK(has(o.out, "Q = poisson(4"));
    CHECK(has(o.out, "method: sum over "));
    CHECK(has(o.out, "H(P,Q)            = "));
    CHECK(has(o.out, "H(P) + KL(P||Q)   = "));
    CHECK(has(o.out, ": holds\n"));
    CHECK(has(o.out, "infinite support"));  // Poisson's support is cut, and the report says where
  }
  SUBCASE("quadrature: error estimate and evaluation count") {
    const auto o = ok({"kl", "normal(0,1)", "laplace(0,1)"});
    CHECK(has(o.out, "KL(P || Q) = 0.0"));
    CHECK(has(o.out, " nats\n"));
    CHECK(has(o.out, "method: quadrature ("));
    CHECK(has(o.out, "error estimate: "));
    CHECK(has(o.out, "integrand evaluations: "));
    CHECK(has(o.out, ": holds\n"));
  }
  SUBCASE("cross-entropy of densities, sides by closed form and quadrature") {
    const auto o = ok({"cross-entropy", "normal(0,1)", "normal(1,2)"});
    CHECK(has(o.out, "H(P, Q) = 1.86208"));
    CHECK(has(o.out, "h(P)              = 1.41893"));
    CHECK(has(o.out, "[closed form]"));
    CHECK(has(o.out, ": holds\n"));
  }
  SUBCASE("differential entropy says it may be negative") {
    const auto o = ok({"entropy", "uniform(0,0.5)"});
    CHECK(has(o.out, "h(P) = -0.69314718055994"));
    CHECK(has(o.out, "differential entropy"));
  }
  SUBCASE("surprisal") {
    const auto o = ok({"surprisal", "0.5", "--base", "2"});
    CHECK(has(o.out, "S(0.5) = 1 bits\n"));
  }
}

TEST_CASE("human report: an infinite value says why") {
  SUBCASE("a heavy tail against a light one") {
    const auto o = ok({"kl", "cauchy(0,1)", "normal(0,1)"});
    CHECK(has(o.out, "KL(P || Q) = +infinity"));
    CHECK(has(o.out, "why infinite: "));
    CHECK(has(o.out, ": holds\n"));  // both sides of the chain rule are +infinity
  }
  SUBCASE("a support Q does not cover") {
    const auto o = ok({"kl", "uniform(-1,2)", "uniform(0,1)"});
    CHECK(has(o.out, "+infinity"));
    CHECK(has(o.out, "why infinite: "));
  }
  SUBCASE("discrete: the offending outcomes are named") {
    const auto o = ok({"kl", "0.2,0.3,0.5", "0.5,0,0.5"});
    CHECK(has(o.out, "+infinity"));
    CHECK(has(o.out, "why infinite: P(x) > 0 but Q(x) = 0 at x = 1"));
  }
  SUBCASE("discrete: an infinite support against a finite one") {
    const auto o = ok({"kl", "poisson(4)", "binomial(10,0.5)"});
    CHECK(has(o.out, "+infinity"));
    CHECK(has(o.out, "every x >= 11"));
  }
}

TEST_CASE("windowed sums say so plainly and the table of terms follows the window") {
  const auto o = ok({"kl", "binomial(10,0.5)", "poisson(4)", "--window", "0:9", "--terms"});
  CHECK(has(o.out, "KL(P || Q) over outcomes 0..9 only (WINDOWED) = 0.2186721689172"));
  CHECK(has(o.out, "nothing is renormalised"));
  CHECK(has(o.out, "not the quantity for the whole distributions"));
  std::istringstream lines(o.out);
  int rows = 0;
  bool in_table = false;
  for (std::string line; std::getline(lines, line);) {
    if (has(line, "  note:")) in_table = false;
    if (in_table && line.find_first_not_of(' ') != std::string::npos && std::isdigit(static_cast<unsigned char>(line[line.find_first_not_of(' ')])))
      ++rows;
    if (has(line, "term")) in_table = true;
  }
  CHECK(rows == 10);
  SUBCASE("a window that leaves out the offending outcomes is finite") {
    const auto w = ok({"kl", "poisson(4)", "binomial(10,0.5)", "--window", "0:9"});
    CHECK(has(w.out, "= 0.27875917919358"));
  }
}

TEST_CASE("lists against families") {
  SUBCASE("a list meets a family on outcomes 0..n-1") {
    const auto j = ok_json({"kl", "0.25,0.5,0.25", "binomial(2,0.5)"});
    CHECK(std::abs(j["value"].number) <= 1e-15);
  }
  SUBCASE("a shorter list is compared on the family's support") {
    const auto j = ok_json({"kl", "0.5,0.5", "poisson(1)"});
    CHECK(j["value"].type == cli::json::kind::number);
  }
  SUBCASE("disjoint supports give JS = ln 2 exactly in nats, 1 bit in bits") {
    CHECK(std::abs(ok_json({"js", "1,0,0,0", "0,0,0.5,0.5"})["value"].number - std::log(2.0)) <= 1e-15);
    CHECK(std::abs(ok_json({"js", "uniform(0,1)", "uniform(5,7)", "--base", "2"})["value"].number - 1.0) <= 1e-12);
  }
}

TEST_SUITE_END();
