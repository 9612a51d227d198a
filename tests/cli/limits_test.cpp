// The calculator at its limits: a computation that runs away is stopped by the time limit, and output
// that cannot be written is an error.
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

TEST_CASE("limits: --help documents every exit status") {
  const auto o = cli::run({"--help"});
  REQUIRE(o.status == 0);
  CHECK(has(o.out, "EXIT STATUS"));
  for (const char* status : {"\n  0  ", "\n  1  an internal error", "\n  2  invalid input", "\n  3  the output could not be written"})
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
