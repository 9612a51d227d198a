// The calculator at its limits: the exit status follows the chain-rule check it prints, a computation
// that runs away is stopped by the time limit, and output that cannot be written is an error.
#include "run.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

TEST_SUITE_BEGIN("cli");

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

long lines(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

}  // namespace

TEST_CASE("limits: the exit status follows the chain-rule check") {
  // poisson(500) against poisson(3) (and the other two) printed "FAILS" and exited 0 with the library of
  // this writing: the summed H(P,Q) reached +infinity where a Poisson mass underflowed, while the closed
  // form gave a finite KL. Whichever way the library goes, the status must say what the check line says.
  const std::vector<std::vector<std::string>> commands = {
      {"kl", "0.5,0.5", "0.9,0.1"},
      {"cross-entropy", "binomial(10,0.5)", "poisson(4)"},
      {"kl", "poisson(500)", "poisson(3)"},
      {"cross-entropy", "poisson(500)", "poisson(3)"},
      {"kl", "binomial(1000,0.5)", "binomial(1000,0.001)"},
      {"kl", "geometric(1e-4)", "geometric(0.999)"},
      {"kl", "cauchy(0,1)", "normal(0,1)"},
  };
  for (const auto& args : commands) {
    const auto o = cli::run(args);
    INFO(o.command << "\nstdout: " << o.out << "\nstderr: " << o.err);
    const bool fails = has(o.out, ": FAILS\n");
    CHECK(fails != has(o.out, ": holds\n"));  // exactly one verdict
    CHECK(o.status == (fails ? 1 : 0));
    CHECK(o.err.empty());
    auto with_json = args;
    with_json.push_back("--json");
    CHECK(cli::run(with_json).status == o.status);
  }
}

TEST_CASE("limits: --help documents every exit status") {
  const auto o = cli::run({"--help"});
  REQUIRE(o.status == 0);
  CHECK(has(o.out, "EXIT STATUS"));
  for (const char* status : {"\n  0  ", "\n  1  the check", "\n  2  invalid input", "\n  3  the output could not be written"})
    CHECK(has(o.out, status));
}

TEST_CASE("limits: output that cannot be written exits 3 with one line") {
  cli::settings full;
  full.stdout_path = "/dev/full";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"kl", "0.5,0.5", "0.9,0.1"},
                                               std::vector<std::string>{"kl", "0.5,0.5", "0.9,0.1", "--json"},
                                               std::vector<std::string>{"--help"}}) {
    const auto o = cli::run(args, full);
    INFO(o.command << " > /dev/full\nstderr: " << o.err);
    CHECK(o.status == 3);
    CHECK(lines(o.err) == 1);
    CHECK(o.err.rfind("infocalc: cannot write the output: ", 0) == 0);
  }
}

TEST_CASE("limits: a computation that runs away is stopped by the time limit") {
  // The limit is 60 seconds of computing; WORKBOOK_TIME_LIMIT shortens it here, below what a million
  // outcomes take to sum.
  cli::settings quick;
  quick.environment = {"WORKBOOK_TIME_LIMIT=0.02"};
  const auto o = cli::run({"kl", "poisson(1e6)", "poisson(3)"}, quick);
  INFO(o.command << "\nstdout: " << o.out << "\nstderr: " << o.err);
  CHECK(o.status == 1);
  CHECK(o.out.empty());
  CHECK(lines(o.err) == 1);
  CHECK(o.err.rfind("infocalc: internal error: no answer after 0.02 seconds of computing", 0) == 0);

  for (const char* bad : {"WORKBOOK_TIME_LIMIT=abc", "WORKBOOK_TIME_LIMIT=0", "WORKBOOK_TIME_LIMIT=-5", "WORKBOOK_TIME_LIMIT="}) {
    cli::settings wrong;
    wrong.environment = {bad};
    const auto r = cli::run({"entropy", "0.5,0.5"}, wrong);
    INFO(bad << "\nstderr: " << r.err);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(lines(r.err) == 1);
    CHECK(has(r.err, "WORKBOOK_TIME_LIMIT"));
  }
}

TEST_SUITE_END();
