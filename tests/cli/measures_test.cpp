// The measures beyond P and Q given as specs, and the ones without a unit: joint and conditional entropy and
// mutual information of a joint table, a channel's capacity, Renyi entropy and divergence, total variation,
// Hellinger, chi-squared, and the multivariate normal's entropy and KL. Each value against mpmath at 30 digits
// (tests/cli/more_references.py prints them, with how each was computed), to 1e-12 relative (capacity, which
// Blahut-Arimoto finds to 1e-12 nats, to 1e-10); then their output, and every refusal they add.
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

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Runs a command that must succeed with --json and returns the object.
nlohmann::ordered_json json_of(std::vector<std::string> args) {
  args.push_back("--json");
  const auto o = cli::run(args);
  INFO(o.command << "\nstdout: " << o.out << "\nstderr: " << o.err);
  REQUIRE(o.status == 0);
  CHECK(o.err.empty());
  CHECK(o.out.find('\n') == o.out.size() - 1);
  return nlohmann::ordered_json::parse(o.out);
}

// Runs a command that must succeed and returns the report.
std::string report_of(const std::vector<std::string>& args) {
  const auto o = cli::run(args);
  INFO(o.command << "\nstdout: " << o.out << "\nstderr: " << o.err);
  REQUIRE(o.status == 0);
  CHECK(o.err.empty());
  CHECK_FALSE(cli::contains(o.out, "nan"));
  return o.out;
}

struct reference {
  const char* command;  // specs without spaces
  double value;         // mpmath, 30 digits (more_references.py), shown to 20
  double relative;      // the tolerance
};

constexpr double tight = 1e-12;
constexpr double capacity_tolerance = 1e-10;

// tests/cli/more_references.py, mpmath 1.2.1 at mp.dps = 30: each from its definition (sums over the cells,
// mp.quad split at the crossings of the densities, mpmath matrices), the capacities from their closed forms
// checked against a maximisation of I(X;Y) over the input to 1e-25.
const reference references[] = {
    {"joint-entropy 0.3,0.2;0.1,0.4", 1.2798542258336674672, tight},                // -sum P log P
    {"joint-entropy 0.3,0.2;0.1,0.4 --base 2", 1.8464393446710154934, tight},       // -sum P log2 P
    {"conditional-entropy 0.3,0.2;0.1,0.4", 0.58670704527372215776, tight},         // -sum P(x,y) log P(x,y)/P(x)
    {"conditional-entropy 0.3,0.2;0.1,0.4 --base 2", 0.84643934467101549343, tight},
    {"mutual-information 0.3,0.2;0.1,0.4", 0.086304621735534278232, tight},         // sum P log P/(P(x)P(y))
    {"mutual-information 0.3,0.2;0.1,0.4 --base 10", 0.037481620982489985940, tight},
    {"capacity 0.89,0.11;0.11,0.89 --base 2", 0.50008404183547200436, capacity_tolerance},  // BSC: 1 - h(0.11)
    {"capacity 0.75,0.25,0;0,0.25,0.75 --base 2", 0.75, capacity_tolerance},                // BEC: 1 - 0.25
    {"capacity 1,0;0.3,0.7 --base 2", 0.50369193348481738431, capacity_tolerance},  // Z: log2(1+(1-p)p^(p/(1-p)))
    {"tv 0.42,0.31,0.27 0.25,0.5,0.25", 0.19, tight},                              // (1/2) sum |P - Q|
    {"hellinger 0.42,0.31,0.27 0.25,0.5,0.25", 0.14984975890432671443, tight},     // sqrt((1/2) sum (vP - vQ)^2)
    {"chi2 0.42,0.31,0.27 0.25,0.5,0.25", 0.1894, tight},                          // sum (P - Q)^2 / Q
    {"renyi 0.42,0.31,0.27 0.25,0.5,0.25 --alpha 2", 0.17344897829035625003, tight},  // log(1 + chi2)
    {"renyi 0.42,0.31,0.27 0.25,0.5,0.25 --alpha 0.5", 0.045421802954696195382, tight},
    {"renyi 0.42,0.31,0.27 --alpha 2 --base 2", 1.5336600120205251289, tight},     // log2(sum P^a)/(1-a)
    {"renyi 0.42,0.31,0.27 --alpha 0.5 --base 2", 1.5722989481023696269, tight},
    {"tv normal(0,1) normal(1,2)", 0.39006566012105566105, tight},
    {"hellinger normal(0,1) normal(1,2)", 0.38625708776326656572, tight},
    {"chi2 normal(0,1) normal(1,2)", 0.74402634150968519452, tight},
    {"renyi normal(0,1) normal(1,2) --alpha 2", 0.55619642944937682342, tight},
    {"renyi normal(0,1) normal(1,2) --alpha 0.5", 0.32314355131420975577, tight},
    {"entropy mvnormal(0,0|1,0.5;0.5,2)", 3.1176849603770568267, tight},          // (k log(2 pi e) + log det S)/2
    {"entropy mvnormal(0,0|1,0.5;0.5,2) --base 2", 4.4978686313900842591, tight},
    {"kl mvnormal(0,0|1,0.5;0.5,2) mvnormal(1,0|1,0;0,1)", 0.72019210603228865686, tight},
    {"kl mvnormal(1,-1|2,-0.3;-0.3,0.5) mvnormal(0,0|1,0.5;0.5,2)", 1.8412489479890462923, tight},
};

}  // namespace

TEST_CASE("new measures: every value against mpmath") {
  for (const auto& r : references) {
    const auto j = json_of(cli::words(r.command));
    INFO(r.command << " -> " << j.dump());
    REQUIRE(j.at("value").is_number());
    const double v = j.at("value").get<double>();
    CHECK(std::abs(v - r.value) <= r.relative * std::abs(r.value));
  }
}

TEST_CASE("new measures: Renyi of order 2 is log(1 + chi-squared), from two separate runs") {
  const double chi2 = json_of({"chi2", "0.42,0.31,0.27", "0.25,0.5,0.25"}).at("value").get<double>();
  const double renyi = json_of({"renyi", "0.42,0.31,0.27", "0.25,0.5,0.25", "--alpha", "2"}).at("value").get<double>();
  CHECK(std::abs(renyi - std::log1p(chi2)) <= 1e-15);
}

TEST_CASE("new measures: JSON keys, units and the capacity's iterations") {
  const std::vector<std::string> keys = {"quantity", "P", "Q", "base", "unit", "value", "method", "error_estimate",
                                         "evaluations"};
  auto order = [](const nlohmann::ordered_json& j) {
    std::vector<std::string> o;
    for (const auto& member : j.items()) o.push_back(member.key());
    return o;
  };
  SUBCASE("a measure without a unit has base and unit null") {
    for (const char* q : {"tv", "hellinger", "chi2"}) {
      const auto j = json_of({q, "0.42,0.31,0.27", "0.25,0.5,0.25"});
      CHECK(order(j) == keys);
      CHECK(j.at("quantity") == q);
      CHECK(j.at("base").is_null());
      CHECK(j.at("unit").is_null());
      CHECK(j.at("method") == "sum");
    }
  }
  SUBCASE("joint measures take the table as P, in the unit asked for") {
    const auto j = json_of({"mutual-information", "0.3,0.2;0.1,0.4", "--base", "2"});
    CHECK(order(j) == keys);
    CHECK(j.at("P") == "0.3, 0.2; 0.1, 0.4");
    CHECK(j.at("Q").is_null());
    CHECK(j.at("base") == "2");
    CHECK(j.at("unit") == "bits");
    CHECK(j.at("method") == "sum");
  }
  SUBCASE("capacity: Blahut-Arimoto with its iterations and the input it found") {
    const auto j = json_of({"capacity", "1,0;0.3,0.7", "--base", "2"});
    auto with = keys;
    with.insert(with.end(), {"iterations", "input"});
    CHECK(order(j) == with);
    CHECK(j.at("method") == "blahut-arimoto");
    CHECK(j.at("unit") == "bits");
    REQUIRE(j.at("iterations").is_number_integer());
    CHECK(j.at("iterations").get<long>() > 0);  // the uniform input is not optimal for the Z channel
    CHECK(j.at("error_estimate").get<double>() <= 1e-12 / std::log(2.0));
    REQUIRE(j.at("input").size() == 2);
    CHECK(std::abs(j.at("input")[0].get<double>() + j.at("input")[1].get<double>() - 1) <= 1e-12);
    // The BSC's uniform input is optimal from the start: no update is needed.
    CHECK(json_of({"capacity", "0.89,0.11;0.11,0.89"}).at("iterations") == 0);
  }
  SUBCASE("Renyi and mvnormal in their units") {
    CHECK(json_of({"renyi", "0.5,0.5", "--alpha", "3", "--base", "2"}).at("unit") == "bits");
    CHECK(std::abs(json_of({"renyi", "0.5,0.5", "--alpha", "3", "--base", "2"}).at("value").get<double>() - 1.0) <= 1e-15);
    const auto m = json_of({"entropy", "mvnormal(0,0|1,0.5;0.5,2)", "--base", "10"});
    CHECK(m.at("unit") == "bans");
    CHECK(m.at("method") == "closed-form");
    CHECK(m.at("P") == "mvnormal(0, 0 | 1, 0.5; 0.5, 2)");
  }
}

TEST_CASE("new measures: the human report") {
  SUBCASE("no unit after TV, Hellinger and chi-squared") {
    const auto tv = report_of({"tv", "0.42,0.31,0.27", "0.25,0.5,0.25"});
    CHECK(tv.rfind("TV(P, Q) = 0.19\n", 0) == 0);
    CHECK_FALSE(has(tv, "nats"));
    CHECK(has(report_of({"hellinger", "normal(0,1)", "normal(1,2)"}), "Hellinger(P, Q) = 0.38625708776326"));
    CHECK(has(report_of({"chi2", "0.42,0.31,0.27", "0.25,0.5,0.25"}), "chi2(P || Q) = 0.189"));
  }
  SUBCASE("Renyi shows its order in the symbol") {
    CHECK(has(report_of({"renyi", "0.42,0.31,0.27", "--alpha", "2"}), "H_2(P) = "));
    CHECK(has(report_of({"renyi", "0.42,0.31,0.27", "0.25,0.5,0.25", "--alpha", "0.5"}), "D_0.5(P || Q) = "));
  }
  SUBCASE("joint tables and channels") {
    const auto j = report_of({"joint-entropy", "0.3,0.2;0.1,0.4", "--base", "2"});
    CHECK(has(j, "H(X,Y) = 1.84643934467101"));
    CHECK(has(j, " bits\n"));
    CHECK(has(j, "J = 0.3, 0.2; 0.1, 0.4 (X the row, Y the column)"));
    CHECK(has(report_of({"conditional-entropy", "0.3,0.2;0.1,0.4"}), "H(Y|X) = 0.58670704527372"));
    const auto c = report_of({"capacity", "1,0;0.3,0.7", "--base", "2"});
    CHECK(has(c, "C(W) = 0.50369193348481"));
    CHECK(has(c, "method: Blahut-Arimoto, "));
    CHECK(has(c, " iterations, until its bounds meet within 1e-12 nats"));
    CHECK(has(c, "capacity-achieving input r: 0.57"));
  }
  SUBCASE("mvnormal KL says the chain rule is not checked") {
    const auto k = report_of({"kl", "mvnormal(0,0|1,0.5;0.5,2)", "mvnormal(1,0|1,0;0,1)"});
    CHECK(has(k, "KL(P || Q) = 0.72019210603228"));
    CHECK(has(k, "method: closed form"));
    CHECK(has(k, "not checked"));
  }
}

TEST_CASE("new measures: --help lists them") {
  const auto h = report_of({"--help"});
  for (const char* part : {"joint-entropy J", "conditional-entropy J", "mutual-information J", "capacity W",
                           "renyi P [Q]", "tv P Q", "hellinger P Q", "chi2 P Q", "--alpha", "mvnormal(0,0|1,0.5;0.5,2)"})
    CHECK(has(h, part));
}

TEST_CASE("new measures: refusals, one line each, exit 2") {
  struct bad {
    std::vector<std::string> args;
    const char* names;  // a fragment of the message (ignoring case)
  };
  const std::vector<bad> rows = {
      // a covariance that is not symmetric positive definite
      {{"entropy", "mvnormal(0,0|1,2;0.5,2)"}, "not symmetric"},
      {{"entropy", "mvnormal(0,0|1,2;2,1)"}, "not positive definite"},
      {{"kl", "mvnormal(0,0|1,0;0,1)", "mvnormal(0,0|-1,0;0,1)"}, "not positive definite"},
      // a channel row that does not sum to 1
      {{"capacity", "0.9,0.1;0.2,0.7"}, "row 1"},
      {{"capacity", "0.9,0.1;0.2,0.7"}, "sums to 0.9"},
      // a joint table with ragged rows, or not summing to 1
      {{"joint-entropy", "0.3,0.2;0.1"}, "different lengths"},
      {{"mutual-information", "0.3,0.2,0.1;0.1,0.3"}, "different lengths"},
      {{"capacity", "0.9,0.1;1"}, "different lengths"},
      {{"conditional-entropy", "0.3,0.2;0.1,0.3"}, "sums to 0.9, not 1"},
      {{"joint-entropy", "0.3,0.2;0.1,x"}, "not a finite number"},
      {{"joint-entropy", ""}, "empty"},
      // alpha <= 0, missing for renyi, given to another quantity
      {{"renyi", "0.5,0.5", "--alpha", "0"}, "--alpha '0'"},
      {{"renyi", "0.5,0.5", "--alpha", "-1"}, "> 0"},
      {{"renyi", "0.5,0.5", "--alpha=-0.5"}, "> 0"},
      {{"renyi", "0.5,0.5", "--alpha", "two"}, "> 0"},
      {{"renyi", "0.5,0.5"}, "add --alpha"},
      {{"renyi", "0.5,0.5", "0.9,0.1"}, "add --alpha"},
      {{"kl", "0.5,0.5", "0.9,0.1", "--alpha", "2"}, "drop --alpha"},
      {{"entropy", "0.5,0.5", "--alpha", "2"}, "drop --alpha"},
      {{"surprisal", "0.5", "--alpha", "2"}, "drop --alpha"},
      {{"capacity", "1,0;0,1", "--alpha", "2"}, "drop --alpha"},
      // mvnormal dimensions that do not match
      {{"entropy", "mvnormal(0,0|1,0,0;0,1,0;0,0,1)"}, "dimension 2"},
      {{"entropy", "mvnormal(0,0,0|1,0;0,1)"}, "3x3"},
      {{"kl", "mvnormal(0,0|1,0;0,1)", "mvnormal(0|1)"}, "dimension"},
      {{"entropy", "mvnormal(0,0|1,0;0,1"}, "mvnormal(m1"},
      // mvnormal given to a measure that does not support it
      {{"js", "mvnormal(0,0|1,0;0,1)", "mvnormal(0,0|1,0;0,1)"}, "entropy and kl only"},
      {{"tv", "mvnormal(0,0|1,0;0,1)", "mvnormal(0,0|1,0;0,1)"}, "entropy and kl only"},
      {{"kl", "mvnormal(0,0|1,0;0,1)", "normal(0,1)"}, "both as mvnormal"},
      {{"kl", "mvnormal(0,0|1,0;0,1)", "mvnormal(0,0|1,0;0,1)", "--method", "quadrature"}, "closed form only"},
      // --base for a measure without a unit
      {{"tv", "0.5,0.5", "0.9,0.1", "--base", "2"}, "without a unit"},
      {{"chi2", "0.5,0.5", "0.9,0.1", "--base", "e"}, "drop --base"},
      // densities the library has no method for, said for the command line
      {{"chi2", "normal(0,1)", "laplace(0,1)"}, "only for two normals"},
      {{"renyi", "normal(0,1)", "laplace(0,1)", "--alpha", "2"}, "only for two normals"},
      {{"renyi", "normal(0,1)", "--alpha", "2"}, "renyi entropy of a density"},
      // options that do not apply
      {{"tv", "0.5,0.5", "0.9,0.1", "--window", "0:1"}, "drop --window"},
      {{"hellinger", "0.5,0.5", "0.9,0.1", "--terms"}, "drop --terms"},
      {{"joint-entropy", "0.5,0.5", "0.5,0.5"}, "extra argument"},
      {{"joint-entropy", "0.25,0.25;0.25,0.25", "--window", "0:1"}, "drop --window"},
      {{"mutual-information", "0.25,0.25;0.25,0.25", "--method", "quadrature"}, "--method sum"},
      {{"capacity", "1,0;0,1", "--method", "sum"}, "drop --method"},
      {{"tv", "0.5,0.5"}, "Q is missing"},
  };
  for (const auto& row : rows) {
    const auto o = cli::run(row.args);
    cli::check_refused(o);
    INFO(o.command << "\nstderr: " << o.err);
    CHECK(cli::contains(o.err, row.names));
  }
}

TEST_SUITE_END();
