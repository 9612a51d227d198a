// Exact measures of rational pmfs. References: mpmath at 40 digits (the sums written out term by term),
// and the exact forms worked by hand: log(9/25) = 2 log 3 − 2 log 5, log(12/25) = 2 log 2 + log 3 − 2 log 5,
// log(4/25) = 2 log 2 − 2 log 5.
#include "info/discrete_measures.hpp"
#include "info/error.hpp"
#include "info/spec.hpp"
#include "info/symbolic/exact.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <numbers>
#include <string>

namespace sym = info::symbolic;

namespace {

double numeric(const char* what, const char* p, const char* q = nullptr) {
  const info::pmf P = info::parse_pmf(p, "P");
  const std::string w = what;
  if (w == "entropy") return info::entropy(P).value;
  const info::pmf Q = info::parse_pmf(q, "Q");
  if (w == "cross_entropy") return info::cross_entropy(P, Q).value;
  if (w == "kl") return info::kl_divergence(P, Q).value;
  return info::js_divergence(P, Q).value;
}

}  // namespace

TEST_CASE("exact: KL of the article's pair is 1/4 log 2 nats, a quarter of a bit") {
  const auto p = sym::read_exact("1/2,1/4,1/4"), q = sym::read_exact("1/4,1/2,1/4");
  const sym::expr kl = sym::kl(p, q);
  CHECK(kl.ascii() == "1/4*log(2)");
  CHECK(kl.text() == "1/4·log(2)");
  CHECK(kl.latex() == "\\frac{1}{4} \\ln 2");
  CHECK(kl.bits().ascii() == "1/4");
  CHECK(kl.value() == doctest::Approx(std::numbers::ln2 / 4).epsilon(1e-16));
  // −Σ p log q = 7/4 log 2 by hand; mpmath: 1.213007565979904291480156
  CHECK(sym::cross_entropy(p, q).ascii() == "7/4*log(2)");
  CHECK(sym::cross_entropy(p, q).value() == 1.213007565979904291480156);
  // mpmath: ½KL(P‖M) + ½KL(Q‖M) = 0.04247475919884936822510622 = 5/4 log 2 − 3/4 log 3
  const sym::expr js = sym::js(p, q);
  CHECK(js.ascii() == "5/4*log(2) - 3/4*log(3)");
  CHECK(js.value() == 0.04247475919884936822510622);
}

TEST_CASE("exact: H(9/25, 12/25, 4/25) in logs of 2, 3 and 5") {
  const sym::expr h = sym::entropy(sym::read_exact("9/25,12/25,4/25"));
  CHECK(h.ascii() == "-32/25*log(2) - 6/5*log(3) + 2*log(5)");
  CHECK(h.bits().ascii() == "-6/5*log2(3) + 2*log2(5) - 32/25");
  CHECK(h.value() == 1.013312687349739123473167);  // mpmath, 40 digits
  CHECK(h.decimal(20) == "1.0133126873497391235");
  // binomial(2, 2/5) has exactly these masses.
  CHECK(sym::entropy(sym::read_exact("binomial(2, 2/5)")).ascii() == h.ascii());
  CHECK(sym::read_exact("binomial(2, 0.4)").mass(1).ascii() == "12/25");
}

TEST_CASE("exact: the chain rule H(P,Q) − H(P) − KL(P‖Q) is exactly 0, and each side agrees with the doubles") {
  const char* pairs[][2] = {{"1/2,1/4,1/4", "1/4,1/2,1/4"},
                            {"1/3,1/3,1/3", "1/2,1/3,1/6"},
                            {"0.1,0.2,0.3,0.4", "1/7,2/7,3/7,1/7"},
                            {"binomial(4, 1/3)", "binomial(4, 3/4)"},
                            {"bernoulli(1/9)", "bernoulli(0.5)"},
                            {"1/1024,1023/1024", "999/1000,1/1000"}};
  for (const auto& [p, q] : pairs) {
    CAPTURE(p);
    CAPTURE(q);
    const auto P = sym::read_exact(p, "P"), Q = sym::read_exact(q, "Q");
    const sym::expr h = sym::entropy(P), ce = sym::cross_entropy(P, Q), kl = sym::kl(P, Q), js = sym::js(P, Q);
    CHECK((ce - h - kl).is_zero());
    CHECK_FALSE((ce - h).is_zero());  // the check can fail: KL is not 0 for these pairs
    // The doubles are sums of ~n rounded terms: within a few ulps of the exact value.
    CHECK(h.value() == doctest::Approx(numeric("entropy", p)).epsilon(1e-14));
    CHECK(ce.value() == doctest::Approx(numeric("cross_entropy", p, q)).epsilon(1e-14));
    CHECK(kl.value() == doctest::Approx(numeric("kl", p, q)).epsilon(1e-14));
    CHECK(js.value() == doctest::Approx(numeric("js", p, q)).epsilon(1e-14));
  }
}

TEST_CASE("exact: +∞ when Q has no mass where P has some; JS stays finite") {
  const auto p = sym::read_exact("1/2,1/2"), q = sym::read_exact("1,0");
  CHECK(sym::kl(p, q).is_infinite());
  CHECK(sym::kl(p, q).text() == "∞");
  CHECK(sym::kl(p, q).ascii() == "inf");
  CHECK(sym::cross_entropy(p, q).is_infinite());
  CHECK(std::isinf(sym::kl(p, q).value()));
  CHECK_FALSE(sym::kl(q, p).is_infinite());  // 0 log 0 = 0: Q's zero is not P's support
  CHECK(sym::kl(q, p).ascii() == "log(2)");
  CHECK_FALSE(sym::js(p, q).is_infinite());
}

TEST_CASE("exact: decimals are the rationals they denote") {
  const auto p = sym::read_exact("0.1, 0.9");
  CHECK(p.mass(0).ascii() == "1/10");
  CHECK(sym::read_exact("2.5e-1, 75e-2").mass(1).ascii() == "3/4");
  CHECK(sym::read_exact(".5,.5").mass(0).ascii() == "1/2");
  CHECK(sym::read_exact("0e99999999999999999999, 1").mass(0).is_zero());
  CHECK(sym::read_exact("1e-3, 999e-3").mass(0).ascii() == "1/1000");
}

TEST_CASE("exact: what is not rational is refused with the reason and the fix") {
  const auto says = [](const char* spec, const char* words) {
    CAPTURE(spec);
    try {
      (void)sym::read_exact(spec);
      FAIL("accepted");
    } catch (const info::invalid_input& e) {
      CHECK(std::string(e.what()).find(words) != std::string::npos);
      CHECK(std::string(e.what()).find("fractions") != std::string::npos);
    }
  };
  says("poisson(4)", "irrational");
  says("geometric(0.5)", "infinitely many");
  says("normal(0, 1)", "density");
  // 0.99999999999 is 1 within a double list's tolerance, but not exactly.
  try {
    (void)sym::read_exact("0.33333333333,0.33333333333,0.33333333334");
    (void)sym::read_exact("0.33333333333,0.33333333333,0.33333333333");
    FAIL("accepted masses that do not sum to 1");
  } catch (const info::invalid_input& e) {
    CHECK(std::string(e.what()).find("99999999999/100000000000, not exactly 1") != std::string::npos);
  }
  CHECK_THROWS_AS((void)sym::read_exact("1/2,1/3"), info::invalid_input);  // the spec parser's own refusal
}

TEST_CASE("exact: log of a rational splits into primes, so sums of logs cancel") {
  const auto p = sym::read_exact("12/25, 13/25");
  CHECK(sym::log(p.mass(0)).ascii() == "2*log(2) + log(3) - 2*log(5)");
  CHECK((sym::log(p.mass(0)) + sym::log(p.mass(1)) - sym::log(p.mass(0) * p.mass(1))).is_zero());
  CHECK((-sym::log(p.mass(0))).ascii() == "-2*log(2) - log(3) + 2*log(5)");
  CHECK_THROWS_AS((void)sym::log(sym::read_exact("1, 0").mass(1)), info::invalid_input);
}

TEST_CASE("exact: masses with a large prime factor raised to a power stay fast (they hung in trial division)") {
  // binomial(3, 0.123456789): 876543211³ is in the mass of k = 0; its logarithm comes from log(1 − p),
  // factored once, not from the mass.
  const auto p = sym::read_exact("binomial(3, 0.123456789)"), q = sym::read_exact("binomial(3, 1/2)");
  const sym::expr h = sym::entropy(p);
  CHECK(h.value() == doctest::Approx(numeric("entropy", "binomial(3, 0.123456789)")).epsilon(1e-14));
  CHECK((sym::cross_entropy(p, q) - h - sym::kl(p, q)).is_zero());
  CHECK(sym::js(p, q).value() ==
        doctest::Approx(numeric("js", "binomial(3, 0.123456789)", "binomial(3, 1/2)")).epsilon(1e-14));
  // A typed number with no factor below 10^4 is tested for primality, or split by Pollard's rho:
  // 999999999989 is prime, 1000036000099 = 1000003 · 1000033.
  CHECK(sym::log(sym::read_exact("1/999999999989, 999999999988/999999999989").mass(0)).ascii() == "-log(999999999989)");
  CHECK(sym::log(sym::read_exact("1/1000036000099, 1000036000098/1000036000099").mass(0)).ascii() ==
        "-log(1000003) - log(1000033)");
  CHECK_THROWS_WITH_AS((void)sym::read_exact("binomial(101, 1/2)"), doctest::Contains("n ≤ 100"), info::invalid_input);
}
