// infocalc built without the symbolic layer (WORKBOOK_SYMBOLIC=OFF): --exact and derive are refused with
// the way to get the layer, and everything else works. Compiled only in such a build.
#include "refusal.hpp"
#include "run.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_SUITE_BEGIN("cli");

TEST_CASE("without the symbolic layer: --exact and derive say how to build it") {
  const std::string message =
      "infocalc: this build has no symbolic layer: configure with -DWORKBOOK_SYMBOLIC=ON (./workbook setup installs "
      "libginac-dev)\n";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"kl", "1/2,1/4,1/4", "1/4,1/2,1/4", "--exact"},
                                               std::vector<std::string>{"entropy", "1/3,1/3,1/3", "--exact", "--json"},
                                               std::vector<std::string>{"derive", "kl", "normal"},
                                               std::vector<std::string>{"derive", "entropy", "exponential", "--json"}}) {
    const auto o = cli::run(args);
    cli::check_refused(o);
    CHECK(o.err == message);
  }
  // The fractions are the spec parser's, not the layer's: they work without it.
  const auto o = cli::run({"kl", "1/2,1/4,1/4", "1/4,1/2,1/4", "--base", "2"});
  INFO(o.out << o.err);
  CHECK(o.status == 0);
  CHECK(o.out.rfind("KL(P || Q) = 0.25 bits\n", 0) == 0);
}
