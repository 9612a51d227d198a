// The identity-check value type: verdicts, infinities and NaN.
#include <info/check.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace info;

TEST_SUITE("check") {
  TEST_CASE("an identity holds within its tolerance and fails outside it") {
    CHECK(identity("a = b", 1.0, 1.0 + 1e-13, 1e-12).holds());
    CHECK_FALSE(identity("a = b", 1.0, 1.0 + 1e-11, 1e-12).holds());
    CHECK(identity("a = b", 2.0, 1.5, 0.0).difference() == 0.5);
  }

  TEST_CASE("inequalities allow only their tolerance the wrong way") {
    CHECK(at_most("a <= b", 1.0, 2.0).holds());
    CHECK_FALSE(at_most("a <= b", 2.0, 1.0).holds());
    CHECK(at_most("a <= b", 1.0 + 1e-15, 1.0, 1e-14).holds());
    CHECK(at_least("a >= b", 2.0, 1.0).holds());
    CHECK_FALSE(at_least("a >= b", 1.0, 2.0).holds());
  }

  TEST_CASE("the same infinity on both sides is equal, different ones are not") {
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(identity("inf = inf", inf, inf, 0.0).holds());
    CHECK(identity("inf = inf", inf, inf, 0.0).difference() == 0.0);
    CHECK_FALSE(identity("inf = -inf", inf, -inf, 1.0).holds());
    CHECK_FALSE(identity("inf = 1", inf, 1.0, 1.0).holds());
  }

  TEST_CASE("NaN never holds") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK_FALSE(identity("nan", nan, nan, 1.0).holds());
    CHECK_FALSE(at_most("nan", nan, 1.0, 1.0).holds());
    CHECK_FALSE(at_least("nan", 1.0, nan, 1.0).holds());
  }

  TEST_CASE("symbols") {
    CHECK(std::string(identity("", 0, 0, 0).symbol()) == "=");
    CHECK(std::string(at_most("", 0, 0).symbol()) == "≤");
    CHECK(std::string(at_least("", 0, 0).symbol()) == "≥");
  }
}
