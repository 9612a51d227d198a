// What the calculator prints: --help, the JSON object's shape, the human report (unit, method, error
// estimate, evaluation count, the chain-rule check, why a value is infinite, windowing), the method that
// auto chooses, and the table of terms.
#include "refusal.hpp"
#include "run.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

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

// ordered_json keeps the members in the order written, so the key order is checked too.
nlohmann::ordered_json ok_json(std::vector<std::string> args) {
  args.push_back("--json");
  const auto o = ok(args);
  INFO(o.command << "\n" << o.out);
  // Exactly one object and one newline: nothing else on stdout.
  CHECK(o.out.back() == '\n');
  CHECK(o.out.find('\n') == o.out.size() - 1);
  return nlohmann::ordered_json::parse(o.out);
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
    // --exact and derive are documented in every build (without the layer they refuse, saying why).
    CHECK(has(o.out, "--exact"));
    CHECK(has(o.out, "EXACT VALUES"));
    CHECK(has(o.out, "infocalc derive QUANTITY FAMILY [FAMILY]"));
  }
  const auto d = ok({"derive", "--help"});
  CHECK(has(d.out, "--bregman"));
  CHECK(has(d.out, "--latex"));
  CHECK(has(d.out, "infocalc derive kl normal"));
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
  for (const auto& c : commands) {
    const auto j = ok_json(c);
    INFO(c[0] << " " << c[1]);
    REQUIRE(j.is_object());
    const bool window = c.size() > 3 && c[3] == "--window";
    REQUIRE(j.size() == keys.size() + (window ? 1 : 0));
    std::vector<std::string> order;
    for (const auto& member : j.items()) order.push_back(member.key());
    for (std::size_t i = 0; i < keys.size(); ++i) CHECK(order[i] == keys[i]);
    CHECK(j.at("quantity") == c[0]);
    CHECK(j.at("P").is_string());
    CHECK((c[0] == "surprisal" || c[0] == "entropy" ? j.at("Q").is_null() : j.at("Q").is_string()));
    CHECK(j.at("base").is_string());
    CHECK(j.at("unit").is_string());
    CHECK((j.at("value").is_number() || j.at("value") == "inf"));
    CHECK(j.at("method").is_string());
    CHECK((j.at("error_estimate").is_number() || j.at("error_estimate").is_null()));
    CHECK((j.at("evaluations").is_number_integer() || j.at("evaluations").is_null()));
    if (window) {
      CHECK(order.back() == "window");
      CHECK(j.at("window") == nlohmann::ordered_json::array({0, 9}));
    }
  }
  SUBCASE("units and bases") {
    CHECK(ok_json({"surprisal", "0.25", "--base", "2"}).at("unit") == "bits");
    CHECK(ok_json({"surprisal", "0.25", "--base", "2"}).at("base") == "2");
    CHECK(ok_json({"surprisal", "0.25", "--base", "bans"}).at("unit") == "bans");
    CHECK(ok_json({"surprisal", "0.25", "--base", "bans"}).at("base") == "10");
    CHECK(ok_json({"surprisal", "0.25"}).at("unit") == "nats");
    CHECK(ok_json({"surprisal", "0.25"}).at("base") == "e");
    CHECK(ok_json({"js-distance", "1,0", "0,1", "--base", "2"}).at("unit") == "sqrt(bits)");
  }
  SUBCASE("values read back as the same double, written in the fewest digits that do") {
    // ln 2 rounded to a double is 0.69314718055994529 to 17 digits; 16 already name it.
    CHECK(ok_json({"surprisal", "0.5"}).at("value").get<double>() == 0.69314718055994530942);
    CHECK(has(ok({"surprisal", "0.5", "--json"}).out, "\"value\":0.6931471805599453,"));
    CHECK(ok_json({"entropy", "uniform(0,0.5)"}).at("value").get<double>() == -0.69314718055994530942);
  }
  SUBCASE("quadrature reports its error estimate and evaluations") {
    const auto j = ok_json({"kl", "normal(0,1)", "laplace(0,1)"});
    CHECK(j.at("method") == "quadrature");
    CHECK(j.at("error_estimate").is_number());
    CHECK(j.at("error_estimate").get<double>() < 1e-9);
    CHECK(j.at("evaluations").get<long>() > 0);
  }
  SUBCASE("an infinite value is the string inf") {
    CHECK(ok_json({"kl", "cauchy(0,1)", "normal(0,1)", "--method", "quadrature"}).at("value") == "inf");
    CHECK(ok_json({"kl", "1,0", "0,1"}).at("value") == "inf");
  }
  SUBCASE("--terms adds the table") {
    const auto j = ok_json({"kl", "binomial(10,0.5)", "poisson(4)", "--window", "0:9", "--terms"});
    REQUIRE(j.contains("terms"));
    REQUIRE(j.at("terms").size() == 10);
    double total = 0;
    for (const auto& row : j.at("terms")) {
      CHECK(row.size() == 4);
      CHECK(row.at("x").is_number_integer());
      CHECK(row.at("p").is_number());
      CHECK(row.at("q").is_number());
      total += row.at("term").get<double>();
    }
    CHECK(j.at("terms").front().at("x") == 0);
    CHECK(j.at("terms").back().at("x") == 9);
    CHECK(std::abs(total - j.at("value").get<double>()) <= 1e-15);
  }
  SUBCASE("in the table, an infinite term is inf and Q of an entropy is null") {
    const auto kl = ok_json({"kl", "0.5,0.5", "1,0", "--terms"});
    CHECK(kl.at("terms").at(1).at("term") == "inf");
    CHECK(kl.at("terms").at(1).at("q") == 0);
    const auto h = ok_json({"entropy", "0.25,0.75", "--terms"});
    REQUIRE(h.at("terms").size() == 2);
    CHECK(h.at("terms").at(0).at("q").is_null());
  }
}

TEST_CASE("JSON: input bytes that are not UTF-8 are refused cleanly and not as an internal error") {
  // The writer must not throw on such text (nlohmann's dump() does by default: exit 1); the parser
  // refuses it first, with exit 2 and one line.
  const std::vector<std::vector<std::string>> commands = {
      {"entropy", "normal(0,1)\xff"},
      {"entropy", "\xff"},
      {"entropy", "0.5,0.5\xc3"},
      {"kl", "normal(0,1)", "normal(1,2)\xe2\x82"},
      {"kl", "0.5,0.5", "0.9,\xfe" "0.1", "--terms"},
      {"surprisal", "0.5\xff"},
      {"entropy", "mixture(0.5*normal(0,1),0.5*\xc0\xafnormal(1,1))"},
      {"entropy", "normal(0,1)", "--base", "2\xff"},
      {"kl", "0.5,0.5", "0.9,0.1", "--window", "0:\xff"},
      {"\xffkl", "0.5,0.5", "0.9,0.1"},
  };
  for (auto args : commands) {
    args.push_back("--json");
    cli::check_refused(cli::run(args));
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
    CHECK(j.at("method") == r.method);
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
    CHECK(std::abs(j.at("value").get<double>()) <= 1e-15);
  }
  SUBCASE("a shorter list is compared on the family's support") {
    const auto j = ok_json({"kl", "0.5,0.5", "poisson(1)"});
    CHECK(j.at("value").is_number());
  }
  SUBCASE("disjoint supports give JS = ln 2 exactly in nats, 1 bit in bits") {
    CHECK(std::abs(ok_json({"js", "1,0,0,0", "0,0,0.5,0.5"}).at("value").get<double>() - std::log(2.0)) <= 1e-15);
    CHECK(std::abs(ok_json({"js", "uniform(0,1)", "uniform(5,7)", "--base", "2"}).at("value").get<double>() - 1.0) <= 1e-12);
  }
}

TEST_SUITE_END();
