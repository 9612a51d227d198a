// infocalc with the symbolic layer: --exact (exact values of rational distributions beside the doubles)
// and infocalc derive (closed forms derived step by step). Compiled only when the layer is built.
//
// The expected exact values are worked by hand. With P = (1/2, 1/4, 1/4), Q = (1/4, 1/2, 1/4):
//   KL(P‖Q)  = 1/2 log 2 + 1/4 log(1/2) + 0                               = 1/4 log 2   (1/4 bit)
//   H(P,Q)   = 1/2 log 4 + 1/4 log 2 + 1/4 log 4                           = 7/4 log 2   (7/4 bits)
//   M = (3/8, 3/8, 1/4); KL(P‖M) = 1/2 log(4/3) + 1/4 log(2/3) = 5/4 log 2 - 3/4 log 3, and KL(Q‖M)
//   is the same by symmetry, so JS = 5/4 log 2 - 3/4 log 3.
// H(9/25, 12/25, 4/25) = -(9/25 log(9/25) + 12/25 log(12/25) + 4/25 log(4/25))
//                      = -32/25 log 2 - 6/5 log 3 + 2 log 5.
// KL(binomial(10, 1/3) ‖ binomial(10, 1/2)) = 10 (1/3 log(2/3) + 2/3 log(4/3)) = 50/3 log 2 - 10 log 3.
#include "refusal.hpp"
#include "run.hpp"

#include "info/symbolic/derive.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <vector>

TEST_SUITE_BEGIN("cli");

namespace {

cli::outcome ok(const std::vector<std::string>& args) {
  auto o = cli::run(args);
  INFO(o.command << "\nstdout: " << o.out << "\nstderr: " << o.err);
  REQUIRE(o.status == 0);
  CHECK(o.err.empty());
  return o;
}

nlohmann::json ok_json(std::vector<std::string> args) {
  args.push_back("--json");
  const auto o = ok(args);
  return nlohmann::json::parse(o.out);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The last line of the output, without its newline.
std::string last_line(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text.substr(text.rfind('\n') + 1);
}

void refused(const std::vector<std::string>& args, const std::string& names) {
  const auto o = cli::run(args);
  cli::check_refused(o);
  INFO(o.command << "\nstderr: " << o.err);
  CHECK(cli::contains(o.err, names));
}

}  // namespace

TEST_CASE("--exact: KL, entropy, cross-entropy and JS of fractions, worked by hand") {
  struct row {
    std::vector<std::string> args;
    const char* nats;
    const char* bits;
  };
  const std::vector<row> rows = {
      {{"kl", "1/2,1/4,1/4", "1/4,1/2,1/4"}, "1/4*log(2)", "1/4"},
      {{"cross-entropy", "1/2,1/4,1/4", "1/4,1/2,1/4"}, "7/4*log(2)", "7/4"},
      {{"js", "1/2,1/4,1/4", "1/4,1/2,1/4"}, "5/4*log(2) - 3/4*log(3)", "-3/4*log2(3) + 5/4"},
      {{"entropy", "9/25,12/25,4/25"}, "-32/25*log(2) - 6/5*log(3) + 2*log(5)", "-6/5*log2(3) + 2*log2(5) - 32/25"},
      {{"entropy", "0.5,0.25,0.25"}, "3/2*log(2)", "3/2"},  // decimals are the rationals they denote
      {{"kl", "binomial(10,1/3)", "binomial(10,1/2)"}, "50/3*log(2) - 10*log(3)", "-10*log2(3) + 50/3"},
      {{"entropy", "bernoulli(1/3)"}, "-2/3*log(2) + log(3)", "log2(3) - 2/3"},
  };
  for (const auto& r : rows) {
    auto args = r.args;
    args.push_back("--exact");
    const auto j = ok_json(args);
    INFO(j.dump());
    CHECK(j["exact"] == r.nats);
    CHECK(j["exact_bits"] == r.bits);
    CHECK(j["exact_agrees"] == true);
    CHECK(j["exact_latex"].is_string());
  }
  const auto kl = ok_json({"kl", "1/2,1/4,1/4", "1/4,1/2,1/4", "--exact"});
  CHECK(kl["exact_latex"] == "\\frac{1}{4} \\ln 2");
  CHECK(kl["value"].get<double>() == doctest::Approx(std::log(2.0) / 4).epsilon(1e-15));
}

TEST_CASE("--exact: the report shows the value in nats and in the chosen unit, and the check") {
  const auto e = ok({"entropy", "9/25,12/25,4/25", "--exact"});
  INFO(e.out);
  CHECK(has(e.out, "  exact: -32/25·log(2) - 6/5·log(3) + 2·log(5) nats = -6/5·log₂(3) + 2·log₂(5) - 32/25 bits\n"));
  CHECK(has(e.out, ": agree\n"));
  const auto nats = ok({"kl", "1/2,1/4,1/4", "1/4,1/2,1/4", "--exact"});
  CHECK(has(nats.out, "  exact: 1/4·log(2) nats = 1/4 bits\n"));
  const auto bits = ok({"kl", "1/2,1/4,1/4", "1/4,1/2,1/4", "--exact", "--base", "2"});
  INFO(bits.out);
  CHECK(has(bits.out, "KL(P || Q) = 0.25 bits\n"));
  CHECK(has(bits.out, "  exact: 1/4 bits = 1/4·log(2) nats\n"));
  CHECK(has(bits.out, "is 0 bits"));  // 1/4 is a double: the sum must hit it
  const auto bans = ok({"cross-entropy", "1/2,1/4,1/4", "1/4,1/2,1/4", "--exact", "--base", "10"});
  CHECK(has(bans.out, "  exact: 7/4·log(2) nats = 7/4 bits"));
  CHECK(has(bans.out, " bans, tolerance "));
}

TEST_CASE("--exact: an infinite KL is ∞ exactly and inf in JSON") {
  const auto j = ok_json({"kl", "1/2,1/2", "1,0", "--exact"});
  CHECK(j["value"] == "inf");
  CHECK(j["exact"] == "inf");
  CHECK(j["exact_bits"] == "inf");
  CHECK(j["exact_agrees"] == true);
  const auto t = ok({"cross-entropy", "1/2,1/2", "1,0", "--exact"});
  CHECK(has(t.out, "  exact: ∞ nats = ∞ bits\n"));
  CHECK(has(t.out, "both +infinity: agree"));
  // Q = 0 where P = 0 is no obstacle: 0 log 0 = 0.
  CHECK(ok_json({"kl", "1,0", "1/2,1/2", "--exact"})["exact"] == "log(2)");
}

TEST_CASE("--exact: what is not rational is refused with the layer's reason") {
  refused({"entropy", "poisson(4)", "--exact"}, "irrational");
  refused({"kl", "1/2,1/2", "poisson(4)", "--exact"}, "Q = poisson(4)");
  refused({"entropy", "normal(0,1)", "--exact"}, "density");
  refused({"entropy", "geometric(1/2)", "--exact"}, "infinitely many outcomes");
  refused({"entropy", "0.3333,0.3333,0.3333", "--exact"}, "sum");  // the parser's own tolerance refuses it
  refused({"entropy", "0.3333333333333,0.3333333333333,0.3333333333333", "--exact"}, "not exactly 1");
  refused({"js-distance", "1/2,1/2", "1/4,3/4", "--exact"}, "infocalc js P Q --exact");
  refused({"surprisal", "0.5", "--exact"}, "drop --exact");
  refused({"entropy", "1/2,1/2", "--exact", "--window", "0:1"}, "window");
  // Without --exact the same near-third list is an ordinary double computation.
  ok({"entropy", "0.3333333333333,0.3333333333333,0.3333333333333"});
}

TEST_CASE("derive: KL of normals ends on the textbook closed form") {
  const auto o = ok({"derive", "kl", "normal"});
  CHECK(o.out.rfind("KL(normal(μ₁, σ₁) ‖ normal(μ₂, σ₂))\n", 0) == 0);
  CHECK(has(last_line(o.out), "log(σ₂/σ₁) + (σ₁² + (μ₁ - μ₂)²)/(2σ₂²) - 1/2"));
  CHECK(last_line(o.out).ends_with("log(σ₂/σ₁) + (σ₁² + (μ₁ - μ₂)²)/(2σ₂²) - 1/2"));
  CHECK(o.out == ok({"derive", "kl", "normal", "normal"}).out);  // the same family twice is the same
  const auto b = ok({"derive", "kl", "normal", "--bregman"});
  CHECK(has(b.out, "Bregman"));
  CHECK(last_line(b.out) == last_line(o.out));
  const auto l = ok({"derive", "kl", "normal", "--latex"});
  CHECK(l.out.rfind("\\begin{aligned}\n", 0) == 0);
  CHECK(last_line(l.out) == "\\end{aligned}");
}

TEST_CASE("derive: every family the layer derives, for kl, cross-entropy and entropy") {
  for (const std::string& f : info::symbolic::derivable_families()) {
    // poisson and binomial have no closed-form entropy (E[log k!] is a series, E[log C(n,k)] a sum).
    const bool series = f == "poisson" || f == "binomial";
    for (const char* what : {"kl", "cross-entropy", "cross_entropy", "entropy"}) {
      const auto o = cli::run({"derive", what, f});
      INFO(o.command << "\nstdout: " << o.out << "\nstderr: " << o.err);
      if (series && std::string{what} != "kl") {
        cli::check_refused(o);
        CHECK(has(o.err, "no closed form"));
        CHECK(has(o.err, "infocalc entropy"));  // the fix: sum it
        continue;
      }
      CHECK(o.status == 0);
      CHECK(o.err.empty());
      CHECK_FALSE(last_line(o.out).empty());
      CHECK(has(last_line(o.out), "    = "));  // the last step is an identity, checked
    }
    const auto b = ok({"derive", "kl", f, "--bregman"});
    CHECK(last_line(b.out) == last_line(ok({"derive", "kl", f}).out));
  }
}

TEST_CASE("derive --help lists the layer's families") {
  const auto o = ok({"derive", "--help"});
  std::string listed;
  for (const std::string& f : info::symbolic::derivable_families()) listed += (listed.empty() ? "\n  " : ", ") + f;
  CHECK(has(o.out, "FAMILY\n" + listed.substr(1) + "\n"));
}

TEST_CASE("derive --json: the documented keys, the result the last step") {
  const auto j = ok_json({"derive", "kl", "normal"});
  CHECK(j["quantity"] == "kl");
  CHECK(j["family"] == "normal");
  CHECK(j["title"] == "KL(normal(μ₁, σ₁) ‖ normal(μ₂, σ₂))");
  CHECK(j["latex_title"].is_string());
  REQUIRE(j["steps"].is_array());
  REQUIRE(j["steps"].size() >= 2);
  for (const auto& s : j["steps"])
    for (const char* key : {"rule", "text", "ascii", "latex"}) CHECK(s[key].is_string());
  CHECK(j["steps"][0]["identity"] == false);
  CHECK(j["steps"].back()["identity"] == true);
  CHECK(j["result"]["text"] == "log(σ₂/σ₁) + (σ₁² + (μ₁ - μ₂)²)/(2σ₂²) - 1/2");
  CHECK(j["result"]["ascii"] == j["steps"].back()["ascii"]);
  CHECK(j["result"]["latex"] == j["steps"].back()["latex"]);
  CHECK(j["p_parameters"] == nlohmann::json::array({"μ₁", "σ₁"}));
  CHECK(j["q_parameters"] == nlohmann::json::array({"μ₂", "σ₂"}));
  const auto e = ok_json({"derive", "entropy", "exponential"});
  CHECK(e["q_parameters"].empty());
  CHECK(ok_json({"derive", "cross_entropy", "beta"})["quantity"] == "cross-entropy");
}

TEST_CASE("derive: what cannot be derived is refused with the fix") {
  refused({"derive", "kl", "normal", "gamma"}, "differ");
  refused({"derive", "kl", "foo"}, "the layer derives normal");
  refused({"derive", "entropy", "poisson"}, "no closed form");
  refused({"derive", "entropy", "binomial"}, "no closed form");
  refused({"derive", "entropy", "normal", "normal"}, "one distribution");
  refused({"derive", "js", "normal"}, "derive takes entropy");
  refused({"derive", "frob", "normal"}, "unknown quantity");
  refused({"derive", "entropy", "normal", "--bregman"}, "use it with kl");
  refused({"derive", "kl", "normal", "--latex", "--json"}, "choose one");
  refused({"derive", "kl"}, "FAMILY");
}

TEST_CASE("symbolic output is the same bytes in every run") {
  // GiNaC orders the terms of a sum by hashes that follow addresses; the layer's printer must not.
  const std::vector<std::vector<std::string>> commands = {
      {"derive", "cross-entropy", "beta", "--json"},
      {"derive", "kl", "gamma", "--bregman"},
      {"derive", "kl", "binomial", "--latex"},
      {"entropy", "1/7,2/7,1/14,3/14,5/21,1/21", "--exact"},
      {"js", "0.1,0.2,0.3,0.4", "1/10,1/5,7/10,0", "--exact", "--json"},
  };
  for (const auto& args : commands) {
    const auto first = ok(args);
    for (int i = 0; i < 3; ++i) CHECK(ok(args).out == first.out);
  }
}
