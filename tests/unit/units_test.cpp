// Units: conversion is one exact division by ln 2 or ln 10.
#include <info/error.hpp>
#include <info/units.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace info;

TEST_SUITE("units") {
  TEST_CASE("one bit is ln 2 nats and one ban is ln 10 nats") {
    // 0.693147180559945309417... = ln 2 and 2.302585092994045684... = ln 10 (mpmath, 30 digits).
    CHECK(from_nats(0.693147180559945309417, base::bits) == doctest::Approx(1.0).epsilon(1e-16));
    CHECK(from_nats(2.302585092994045684018, base::bans) == doctest::Approx(1.0).epsilon(1e-16));
    CHECK(from_nats(1.5, base::nats) == 1.5);
  }

  TEST_CASE("infinity stays infinite in every unit") {
    const double inf = std::numeric_limits<double>::infinity();
    for (base b : {base::nats, base::bits, base::bans}) CHECK(from_nats(inf, b) == inf);
  }

  TEST_CASE("unit names") {
    CHECK(unit_name(base::nats) == "nats");
    CHECK(unit_name(base::bits) == "bits");
    CHECK(unit_name(base::bans) == "bans");
  }

  TEST_CASE("bases are read as people write them") {
    CHECK(parse_base("2") == base::bits);
    CHECK(parse_base("bits") == base::bits);
    CHECK(parse_base("Bits") == base::bits);
    CHECK(parse_base("e") == base::nats);
    CHECK(parse_base("nats") == base::nats);
    CHECK(parse_base("10") == base::bans);
    CHECK(parse_base("bans") == base::bans);
    CHECK(parse_base("hartleys") == base::bans);
  }

  TEST_CASE("an unknown base is refused with the accepted spellings") {
    CHECK_THROWS_WITH_AS(parse_base("3"), doctest::Contains("use 2 (bits), e (nats) or 10 (bans)"), invalid_input);
    CHECK_THROWS_AS(parse_base(""), invalid_input);
  }
}
