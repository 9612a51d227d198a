// The homework runner's reporter and guard (lessons/homework/main.cpp), on checks whose outcome is known:
// tests/homework/CMakeLists.txt runs these suites with --reporters=homework and matches what a student reads.
#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace {
double twice(double x) { return 2.0 * x; }
double refuse_nothing(double x) { return x; }
double throw_something(double) { throw std::runtime_error("the answer gave up"); }
}  // namespace

TEST_SUITE("passing") {
  TEST_CASE("twice doubles") { CHECK(twice(2.0) == doctest::Approx(4.0)); }
}

TEST_SUITE("failing") {
  TEST_CASE("twice is checked against a wrong value") {
    CHECK(twice(1.0) == doctest::Approx(3.0));
    CHECK(twice(2.0) == doctest::Approx(5.0));
    CHECK(twice(3.0) == doctest::Approx(7.0));
  }
  TEST_CASE("a refusal that does not come") { CHECK_THROWS_AS(refuse_nothing(-1.0), std::invalid_argument); }
  TEST_CASE("an answer that throws") { CHECK(throw_something(1.0) == doctest::Approx(1.0)); }
  TEST_CASE("a case that passes among them") { CHECK(twice(0.0) == doctest::Approx(0.0)); }
}
