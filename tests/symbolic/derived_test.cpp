// The third side of every closed form. For each family the layer derives, at 30 parameter points drawn
// from a fixed seed, the derived formula (evaluated in 50-digit MPFR) must agree
//   - with info's hand-written closed form (lib/src/families.cpp, closed_forms.cpp) to 1e-14, and
//   - with info's quadrature or sum within that result's own error bound,
// and every line of the derivation after its last expectation step must have the same value.
// A closed form typed wrong in info fails here even when it is self-consistent with H + KL.
#include "info/closed_forms.hpp"
#include "info/continuous_measures.hpp"
#include "info/discrete_measures.hpp"
#include "info/error.hpp"
#include "info/spec.hpp"
#include "info/symbolic/derive.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace sym = info::symbolic;

namespace {

using draw = std::function<std::vector<double>(std::mt19937_64&)>;

struct family_case {
  std::string name;
  draw p;  // one member's parameters, in spec order
};

double uniform(std::mt19937_64& g, double a, double b) { return std::uniform_real_distribution<double>(a, b)(g); }

// Domains where quadrature and the doubles are both sound, away from the edges the trust tests cover.
const std::vector<family_case> cases = {
    {"normal", [](auto& g) { return std::vector{uniform(g, -3, 3), uniform(g, 0.3, 3)}; }},
    {"exponential", [](auto& g) { return std::vector{uniform(g, 0.2, 5)}; }},
    {"gamma", [](auto& g) { return std::vector{uniform(g, 0.6, 8), uniform(g, 0.3, 3)}; }},
    {"beta", [](auto& g) { return std::vector{uniform(g, 0.6, 8), uniform(g, 0.6, 8)}; }},
    {"chi_squared", [](auto& g) { return std::vector{uniform(g, 1, 20)}; }},
    {"poisson", [](auto& g) { return std::vector{uniform(g, 0.5, 30)}; }},
    {"bernoulli", [](auto& g) { return std::vector{uniform(g, 0.05, 0.95)}; }},
    {"geometric", [](auto& g) { return std::vector{uniform(g, 0.05, 0.95)}; }},
    {"binomial", [](auto& g) { return std::vector{std::floor(uniform(g, 1, 41)), uniform(g, 0.05, 0.95)}; }},
};

std::string spec(const std::string& family, const std::vector<double>& v) {
  std::string out = family + "(";
  for (std::size_t i = 0; i < v.size(); ++i) {
    char digits[32];
    std::snprintf(digits, sizeof digits, "%.17g", v[i]);  // round-trips: the spec reads back the same double
    out += (i ? ", " : "") + std::string(digits);
  }
  return out + ")";
}

struct measured {
  double value, error;
};

// info's numerical measure (quadrature for densities, the sum for pmfs) of P, or of P against Q.
measured numerical(sym::quantity what, const std::string& p, const std::string& q = {}) {
  const info::distribution P = info::parse_spec(p, "P");
  if (info::is_discrete(P)) {
    const info::pmf pp = info::parse_pmf(p, "P");
    if (what == sym::quantity::entropy) {
      const info::result r = info::entropy(pp);
      return {r.value, r.error};
    }
    const info::pmf qq = info::parse_pmf(q, "Q");
    const info::result r = what == sym::quantity::kl ? info::kl_divergence(pp, qq) : info::cross_entropy(pp, qq);
    return {r.value, r.error};
  }
  const info::density pp = info::parse_density(p, "P");
  if (what == sym::quantity::entropy) {
    const info::result r = info::entropy(pp);
    return {r.value, r.error};
  }
  const info::density qq = info::parse_density(q, "Q");
  const info::result r = what == sym::quantity::kl ? info::kl_divergence(pp, qq) : info::cross_entropy(pp, qq);
  return {r.value, r.error};
}

// info's hand-written closed form, or nothing.
std::optional<double> closed(sym::quantity what, const std::string& p, const std::string& q = {}) {
  const info::distribution P = info::parse_spec(p, "P");
  const auto entropy = [](const info::distribution& d) -> std::optional<double> {
    if (const auto* f = std::get_if<info::discrete_family>(&d)) return info::entropy_closed_form(*f);
    return info::entropy_closed_form(std::get<info::density>(d));
  };
  const auto kl = [](const info::distribution& a, const info::distribution& b) -> std::optional<double> {
    if (const auto* f = std::get_if<info::discrete_family>(&a))
      return info::kl_closed_form(*f, std::get<info::discrete_family>(b));
    return info::kl_closed_form(std::get<info::density>(a), std::get<info::density>(b));
  };
  if (what == sym::quantity::entropy) return entropy(P);
  const info::distribution Q = info::parse_spec(q, "Q");
  if (what == sym::quantity::kl) return kl(P, Q);
  const auto h = entropy(P), k = kl(P, Q);  // H(P,Q) has no closed form of its own in info
  if (!h || !k) return std::nullopt;
  return *h + *k;
}

// Every line from the last step that is not an identity on has the result's value (the symbolic checks,
// repeated in numbers).
void check_lines(const sym::derivation& d, const sym::point& at, double value) {
  std::size_t from = d.steps.size() - 1;
  while (from > 0 && d.steps[from].identity) --from;
  for (std::size_t i = from; i < d.steps.size(); ++i) {
    CAPTURE(d.steps[i].rule);
    CHECK(d.steps[i].value.value(at) == doctest::Approx(value).epsilon(1e-14));
  }
}

sym::point named(const sym::derivation& d, const std::vector<double>& p, const std::vector<double>& q) {
  sym::point at;
  for (std::size_t i = 0; i < p.size(); ++i) at[d.p_parameters[i]] = p[i];
  for (std::size_t i = 0; i < q.size(); ++i) at[d.q_parameters[i]] = q[i];
  return at;
}

void compare(sym::quantity what, const family_case& f, int points) {
  const sym::derivation d = sym::derive(what, f.name);
  std::mt19937_64 g(20261202);
  for (int i = 0; i < points; ++i) {
    std::vector<double> p = f.p(g), q;
    if (what != sym::quantity::entropy) {
      q = f.p(g);
      if (f.name == "binomial") q[0] = p[0];  // within the family: the same n
    }
    const std::string ps = spec(f.name, p), qs = q.empty() ? std::string() : spec(f.name, q);
    CAPTURE(ps);
    CAPTURE(qs);
    const double derived = d.value(p, q);
    REQUIRE(std::isfinite(derived));
    if (const auto hand = closed(what, ps, qs))
      CHECK(std::abs(derived - *hand) <= 1e-14 * std::max(1.0, std::abs(derived)));
    else
      FAIL("info has no closed form for " << f.name);
    // Quadrature's error estimate leaves out the rounding inside the integrand (detail/quadrature.hpp says
    // so): log p and log q are sums of terms of the size of the entropies, so p·(log p − log q) carries
    // an absolute error of a few ε times them even where KL is tiny (chi_squared(19.17) against
    // chi_squared(19.03): 2.7e-15 off, estimate 3.1e-16). That allowance is added here, computed from the
    // entropies; it is 1e-13 at most for these parameters, far below any wrong formula.
    const measured m = numerical(what, ps, qs);
    const double h = std::abs(numerical(sym::quantity::entropy, ps).value);
    const double ce = q.empty() ? 0.0 : std::abs(numerical(sym::quantity::cross_entropy, ps, qs).value);
    const double rounding = 32 * 2.220446049250313e-16 * (1 + h + ce);
    CHECK(std::abs(derived - m.value) <= m.error + rounding);
    check_lines(d, named(d, p, q), derived);
  }
}

}  // namespace

TEST_CASE("derived: the layer derives every family it lists") {
  std::vector<std::string> names;
  for (const auto& c : cases) names.push_back(c.name);
  CHECK(sym::derivable_families() == names);
}

TEST_CASE("derived: KL by moments agrees with info's closed form and with quadrature or the sum") {
  for (const auto& f : cases) {
    CAPTURE(f.name);
    compare(sym::quantity::kl, f, 30);
  }
}

TEST_CASE("derived: entropy agrees with info's closed form and with quadrature or the sum") {
  for (const auto& f : cases) {
    CAPTURE(f.name);
    if (f.name == "poisson" || f.name == "binomial") {
      CHECK_THROWS_WITH_AS((void)sym::derive(sym::quantity::entropy, f.name),
                           doctest::Contains("has no closed form"), info::invalid_input);
      continue;
    }
    compare(sym::quantity::entropy, f, 30);
  }
}

TEST_CASE("derived: cross-entropy agrees with H + KL from info's closed forms and with quadrature or the sum") {
  for (const auto& f : cases) {
    CAPTURE(f.name);
    if (f.name == "poisson" || f.name == "binomial") {
      CHECK_THROWS_AS((void)sym::derive(sym::quantity::cross_entropy, f.name), info::invalid_input);
      continue;
    }
    compare(sym::quantity::cross_entropy, f, 15);
  }
}

TEST_CASE("derived: the Bregman form reaches the same closed form as the moments") {
  for (const auto& f : cases) {
    CAPTURE(f.name);
    const sym::derivation moments = sym::derive(sym::quantity::kl, f.name), bregman = sym::bregman(f.name);
    CHECK(bregman.result().text() == moments.result().text());
    CHECK(bregman.steps.size() >= 7);
    // The substituted Bregman expression, before simplification, has the closed form's value.
    std::mt19937_64 g(7);
    std::vector<double> p = f.p(g), q = f.p(g);
    if (f.name == "binomial") q[0] = p[0];
    const sym::point at = named(bregman, p, q);
    CHECK(bregman.steps[bregman.steps.size() - 2].value.value(at) ==
          doctest::Approx(bregman.result().value(at)).epsilon(1e-14));
  }
}

TEST_CASE("derived: KL(normal‖normal) ends on the textbook formula") {
  const sym::derivation d = sym::derive(sym::quantity::kl, "normal");
  CHECK(d.result().text() == "log(σ₂/σ₁) + (σ₁² + (μ₁ - μ₂)²)/(2σ₂²) - 1/2");
  CHECK(d.p_parameters == std::vector<std::string>{"μ₁", "σ₁"});
  CHECK(d.q_parameters == std::vector<std::string>{"μ₂", "σ₂"});
  CHECK(d.steps.front().rule.find("log p(x) − log q(x)") != std::string::npos);
  CHECK(d.steps[1].identity);
  CHECK_FALSE(d.steps[2].identity);  // the expectation is a rule, not an identity
  CHECK(d.steps[2].rule.find("E[x²] = μ₁² + σ₁²") != std::string::npos);
  // KL(normal(0,1) ‖ normal(1,2)) = log 2 + 2/8 − 1/2 (generate.py, mpmath quad: 0.44314718055994530942)
  CHECK(d.value({0, 1}, {1, 2}) == 0.44314718055994530942);
}

TEST_CASE("derived: gamma's KL in 50 digits matches mpmath") {
  // mpmath (40 digits): (2.5-4)·ψ(2.5) − lnΓ(2.5) + lnΓ(4) + 4 log(0.8/1.5) + 2.5(1.5/0.8 − 1)
  //                   = 0.1254070000977744712 (tests/unit/closed_forms_test.cpp's reference, by quadrature)
  CHECK(sym::derive(sym::quantity::kl, "gamma").value({2.5, 1.5}, {4, 0.8}) ==
        doctest::Approx(0.1254070000977744712).epsilon(1e-16));
}

TEST_CASE("derived: the Fisher information of the normal is diag(1/σ², 2/σ²), by curvature and by moments") {
  const sym::derivation d = sym::fisher_normal();
  CHECK(d.result().text() == "[[1/σ², 0], [0, 2/σ²]]");
  CHECK(d.steps.back().identity);
  const auto rows = d.result().entries();
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].entries()[1].value({{"σ", 0.5}}) == 8.0);
}

TEST_CASE("derived: the softmax cross-entropy gradient is softmax(z) − y") {
  const sym::derivation d = sym::softmax_gradient(3);
  const auto g = d.result().entries();
  REQUIRE(g.size() == 3);
  const sym::point at{{"z₁", 1.0}, {"z₂", -0.5}, {"z₃", 2.0}, {"y₁", 0.0}, {"y₂", 0.0}, {"y₃", 1.0}};
  const double total = std::exp(1.0) + std::exp(-0.5) + std::exp(2.0);
  CHECK(g[0].value(at) == doctest::Approx(std::exp(1.0) / total).epsilon(1e-15));
  CHECK(g[2].value(at) == doctest::Approx(std::exp(2.0) / total - 1).epsilon(1e-15));
  CHECK_THROWS_AS((void)sym::softmax_gradient(1), info::invalid_input);
}

TEST_CASE("derived: unknown families and missing parameters are refused") {
  CHECK_THROWS_WITH_AS((void)sym::derive(sym::quantity::kl, "cauchy"), doctest::Contains("derives normal"),
                       info::invalid_input);
  const sym::derivation d = sym::derive(sym::quantity::kl, "normal");
  CHECK_THROWS_AS((void)d.value({0, 1}, {1}), info::invalid_input);
  CHECK_THROWS_WITH_AS((void)d.result().value({{"μ₁", 0}}), doctest::Contains("needs a value for"), info::invalid_input);
  const sym::derivation b = sym::derive(sym::quantity::kl, "binomial");
  CHECK_THROWS_WITH_AS((void)b.value({10, 0.5}, {11, 0.5}), doctest::Contains("same n"), info::invalid_input);
}
