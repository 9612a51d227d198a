// Accuracy: every quantity, against mpmath at 30 digits (tests/cli/references.py generated references.inc,
// which records the provenance of each value). Each continuous case runs with --method auto and with
// --method quadrature; each discrete case with auto and with --method sum. The bar is the issue's:
// relative 1e-9, or 1e-12 absolute near zero. An infinite reference must come back as "inf".
#include "run.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

TEST_SUITE_BEGIN("cli");

namespace {

enum kind { surprisal, discrete, continuous };

struct reference {
  kind type;
  const char* command;  // infocalc's arguments, specs without spaces
  const char* value;    // mpmath, 25 significant digits, or "inf"
  const char* how;      // provenance
};

const reference references[] = {
#include "references.inc"
};

constexpr double relative = 1e-9;
constexpr double absolute = 1e-12;

std::string quantity_of(const reference& r) { return cli::words(r.command).front(); }

bool windowed(const reference& r) { return std::string{r.command}.find("--window") != std::string::npos; }

// Runs every reference of `type` and `quantity` with `method` (empty: the default), checks the JSON value
// against the reference, and, for kl and cross-entropy, that the report's chain-rule check holds.
void check_all(kind type, const std::string& quantity, const std::string& method) {
  double worst = 0.0;
  std::string worst_command;
  int cases = 0;
  for (const auto& r : references) {
    if (r.type != type || quantity_of(r) != quantity) continue;
    ++cases;
    auto args = cli::words(r.command);
    if (!method.empty()) {
      args.push_back("--method");
      args.push_back(method);
    }
    auto human = args;
    args.push_back("--json");
    const auto o = cli::run(args);
    INFO(o.command);
    INFO("stderr: " << o.err);
    INFO("reference " << std::string{r.value} << " (" << std::string{r.how} << ")");
    REQUIRE(o.status == 0);
    CHECK(o.err.empty());
    const auto j = nlohmann::json::parse(o.out);
    const auto& v = j.at("value");
    INFO("got " << o.out);
    if (std::string{r.value} == "inf") {
      CHECK((v.is_string() && v == "inf"));
    } else {
      REQUIRE(v.is_number());
      const double expected = std::strtod(r.value, nullptr);
      const double error = std::abs(v.get<double>() - expected);
      CHECK(error <= std::max(relative * std::abs(expected), absolute));
      const double scaled = error / std::max(std::abs(expected), absolute / relative);
      if (scaled > worst) {
        worst = scaled;
        worst_command = o.command;
      }
    }
    const auto used = j.at("method").get<std::string>();
    if (method == "quadrature") CHECK((used == "quadrature" || used == "analytic"));
    if (method == "sum") CHECK((used == "sum" || used == "analytic"));  // an infinity decided from the supports
    if (quantity == "kl" || quantity == "cross-entropy") {
      const auto h = cli::run(human);
      INFO(h.command << "\n" << h.out);
      CHECK(h.status == 0);
      CHECK(h.out.find("H(P,Q) = ") != std::string::npos);
      CHECK(h.out.find(": holds\n") != std::string::npos);
      if (windowed(r)) CHECK(h.out.find("WINDOWED") != std::string::npos);
    }
  }
  CHECK(cases > 0);
  // The measured accuracy, for the record (relative error, or absolute / 1e-3 near zero).
  MESSAGE(quantity << (method.empty() ? "" : " --method " + method) << ": " << cases
                   << " cases, worst scaled error " << worst << " (" << worst_command << ")");
}

}  // namespace

TEST_CASE("accuracy: surprisal") { check_all(surprisal, "surprisal", ""); }

TEST_CASE("accuracy: discrete entropy with auto") { check_all(discrete, "entropy", ""); }
TEST_CASE("accuracy: discrete entropy with sum") { check_all(discrete, "entropy", "sum"); }
TEST_CASE("accuracy: discrete cross-entropy with auto") { check_all(discrete, "cross-entropy", ""); }
TEST_CASE("accuracy: discrete cross-entropy with sum") { check_all(discrete, "cross-entropy", "sum"); }
TEST_CASE("accuracy: discrete kl with auto") { check_all(discrete, "kl", ""); }
TEST_CASE("accuracy: discrete kl with sum") { check_all(discrete, "kl", "sum"); }
TEST_CASE("accuracy: discrete js with auto") { check_all(discrete, "js", ""); }
TEST_CASE("accuracy: discrete js with sum") { check_all(discrete, "js", "sum"); }
TEST_CASE("accuracy: discrete js-distance with auto") { check_all(discrete, "js-distance", ""); }
TEST_CASE("accuracy: discrete js-distance with sum") { check_all(discrete, "js-distance", "sum"); }

TEST_CASE("accuracy: differential entropy with auto") { check_all(continuous, "entropy", ""); }
TEST_CASE("accuracy: differential entropy with quadrature") { check_all(continuous, "entropy", "quadrature"); }
TEST_CASE("accuracy: continuous cross-entropy with auto") { check_all(continuous, "cross-entropy", ""); }
TEST_CASE("accuracy: continuous cross-entropy with quadrature") { check_all(continuous, "cross-entropy", "quadrature"); }
TEST_CASE("accuracy: continuous kl with auto") { check_all(continuous, "kl", ""); }
TEST_CASE("accuracy: continuous kl with quadrature") { check_all(continuous, "kl", "quadrature"); }
TEST_CASE("accuracy: continuous js with auto") { check_all(continuous, "js", ""); }
TEST_CASE("accuracy: continuous js with quadrature") { check_all(continuous, "js", "quadrature"); }
TEST_CASE("accuracy: continuous js-distance with auto") { check_all(continuous, "js-distance", ""); }
TEST_CASE("accuracy: continuous js-distance with quadrature") { check_all(continuous, "js-distance", "quadrature"); }

// The curriculum's lesson 10 figures, as printed there (computed independently at 30 digits), so that the
// windowed sums are checked against a second source besides references.py.
TEST_CASE("windowed sums: the curriculum's binomial || poisson figures") {
  struct figure {
    const char* command;
    double value;
  };
  const figure figures[] = {
      {"kl binomial(10,0.5) poisson(4) --window 0:9", 0.21867216891725084},
      {"kl poisson(4) binomial(10,0.5) --window 0:9", 0.27875917919358186},
      {"kl binomial(250,0.008) poisson(2) --window 0:9", 2.0943327971861533e-05},
      {"kl poisson(2) binomial(250,0.008) --window 0:9", 1.0766381413803486e-05},
      {"kl binomial(10,0.5) poisson(4)", 0.21702177551517775},
      {"kl binomial(250,0.008) poisson(2)", 1.6107397472491006e-05},
  };
  for (const auto& f : figures) {
    auto args = cli::words(f.command);
    args.push_back("--json");
    const auto o = cli::run(args);
    INFO(o.command << "\n" << o.out << o.err);
    REQUIRE(o.status == 0);
    const auto j = nlohmann::json::parse(o.out);
    REQUIRE(j.at("value").is_number());
    CHECK(std::abs(j.at("value").get<double>() - f.value) <= relative * f.value);
    if (std::string{f.command}.find("--window") != std::string::npos) {
      REQUIRE(j.contains("window"));
      CHECK(j.at("window") == nlohmann::json::array({0, 9}));
    } else {
      CHECK_FALSE(j.contains("window"));
    }
  }
  // Over the full support the reverse divergences are infinite (Poisson mass beyond the binomial's n).
  for (const char* command : {"kl poisson(4) binomial(10,0.5)", "kl poisson(2) binomial(250,0.008)"}) {
    auto args = cli::words(command);
    args.push_back("--json");
    const auto o = cli::run(args);
    INFO(o.command << "\n" << o.out << o.err);
    REQUIRE(o.status == 0);
    CHECK(nlohmann::json::parse(o.out).at("value") == "inf");
  }
}

TEST_SUITE_END();
