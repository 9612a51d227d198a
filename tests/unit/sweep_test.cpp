// The trust issue's sweep: every continuous family over a log-spaced grid of its parameters (shapes 1e-3
// to 1e12, scales 1e-250 to 1e250, locations to 1e15). For each, h(P) by quadrature must agree with the
// closed form within its reported error (plus 1e-12 relative for rounding inside the log-density), or be refused as
// info::unresolved: never NaN, never another exception, never a number further off than it says.
#include "info/closed_forms.hpp"
#include "info/continuous_measures.hpp"
#include "info/error.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace {

namespace bm = boost::math;
using info::density;

/// Rounding inside the log-density, which the quadrature's error estimate does not cover (quadrature.hpp):
/// relative, beside the value.
constexpr double rounding = 1e-12;

struct tally {
  int resolved = 0, refused = 0;
};

void sweep_one(const density& p, tally& t) {
  INFO(p.describe());
  const double exact = *info::entropy_closed_form(p);
  try {
    const info::result r = info::entropy(p);
    REQUIRE(std::isfinite(r.value));
    CHECK(std::abs(r.value - exact) <= r.error + rounding * std::max(1.0, std::abs(exact)));
    ++t.resolved;
  } catch (const info::unresolved&) {
    ++t.refused;
  }
}

template <class Make>
void sweep(const char* family, Make make, tally& t) {
  INFO(family);
  make([&](const density& p) { sweep_one(p, t); });
}

const std::vector<double> shapes = {1e-3, 0.01, 0.1, 0.5, 1, 2, 10, 1e3, 1e6, 1e9, 1e12};
const std::vector<double> scales = {1e-250, 1e-100, 1e-10, 1, 1e10, 1e100, 1e250};
const std::vector<double> locations = {-1e15, -1, 0, 1e3, 1e15};

}  // namespace

TEST_CASE("sweep: h(P) by quadrature agrees with the closed form, or is refused") {
  tally t;
  sweep("location-scale", [&](auto each) {
    for (double m : locations)
      for (double s : scales) {
        each(density(bm::normal(m, s)));
        each(density(bm::laplace(m, s)));
        each(density(bm::logistic(m, s)));
        each(density(bm::cauchy(m, s)));
        if (m + s > m) each(density(bm::uniform(m, m + s)));  // (a width below m's last bit is no interval)
      }
  }, t);
  sweep("scale", [&](auto each) {
    for (double s : scales) {
      each(density(bm::exponential(1 / s)));
      each(density(bm::rayleigh(s)));
      for (double k : shapes) {
        each(density(bm::gamma_distribution<>(k, s)));
        each(density(bm::weibull(k, s)));
      }
    }
  }, t);
  sweep("shape", [&](auto each) {
    for (double k : shapes) {
      each(density(bm::chi_squared(k)));
      each(density(bm::students_t(k)));
      each(density(bm::lognormal(0, k)));
      for (double m : {-300.0, 5.0, 300.0}) each(density(bm::lognormal(m, k)));
      for (double b : shapes) each(density(bm::beta_distribution<>(k, b)));
    }
  }, t);
  MESSAGE(t.resolved << " resolved, " << t.refused << " refused");
  CHECK(t.resolved > t.refused);
}

TEST_CASE("sweep: KL(P||Q) by quadrature agrees with the closed form, or is refused") {
  tally t;
  auto pair = [&](const density& p, const density& q) {
    INFO(p.describe() << " || " << q.describe());
    const double exact = *info::kl_closed_form(p, q);
    try {
      const info::result r = info::kl_divergence(p, q);
      if (std::isinf(exact)) {
        CHECK(std::isinf(r.value));
      } else if (std::isinf(r.value)) {
        CHECK(r.reason == "overflow");  // log q below the double range: the closed form is beyond it too
        CHECK(exact > 1e300);
      } else {
        CHECK(std::abs(r.value - exact) <= r.error + rounding * std::max(1.0, std::abs(exact)));
        CHECK(r.value >= -r.error);
      }
      ++t.resolved;
    } catch (const info::unresolved&) {
      ++t.refused;
    }
  };
  const std::vector<double> widths = {1e-200, 1e-5, 1, 1e5};
  for (double s1 : widths)
    for (double s2 : widths)
      for (double m : {0.0, 3.0, 1e3}) {
        pair(density(bm::normal(0, s1)), density(bm::normal(m, s2)));
        pair(density(bm::laplace(0, s1)), density(bm::laplace(m, s2)));
        pair(density(bm::cauchy(0, s1)), density(bm::cauchy(m, s2)));
        if (m + s1 > m && m - s2 < m)  // (widths below m's last bit make no interval)
          pair(density(bm::uniform(m, m + s1)), density(bm::uniform(m - s2, m + s1 + s2)));
      }
  for (double r1 : {1e-100, 0.1, 1.0, 1e100})
    for (double r2 : {1e-100, 0.1, 1.0, 1e100}) pair(density(bm::exponential(r1)), density(bm::exponential(r2)));
  for (double k1 : {0.01, 0.5, 2.0, 1e3})
    for (double k2 : {0.5, 2.0, 1e3})
      for (double s : {1e-100, 1.0, 1e100}) {
        pair(density(bm::gamma_distribution<>(k1, s)), density(bm::gamma_distribution<>(k2, 2 * s)));
        pair(density(bm::beta_distribution<>(k1, k2)), density(bm::beta_distribution<>(k2, k1 + 1)));
      }
  MESSAGE(t.resolved << " resolved, " << t.refused << " refused");
  CHECK(t.resolved > t.refused);
}

TEST_CASE("sweep: h(P) at random parameters of the shape families, log-uniform over 1e-3..1e12") {
  // The grid above misses what lies between its points (the fuzzer found beta(2999999, 3002) and
  // beta(0.005, 1e-10) there): 1000 random draws, a fixed seed.
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> exponent(-3, 12);
  auto draw = [&] { return std::pow(10.0, exponent(rng)); };
  tally t;
  for (int i = 0; i < 1000; ++i) {
    const double a = draw(), b = draw(), s = std::pow(10.0, 20 * exponent(rng) - 100);
    switch (i % 5) {
      case 0: sweep_one(density(bm::beta_distribution<>(a, b)), t); break;
      case 1: sweep_one(density(bm::gamma_distribution<>(a, s)), t); break;
      case 2: sweep_one(density(bm::weibull(a, s)), t); break;
      case 3: sweep_one(density(bm::students_t(a)), t); break;
      default: sweep_one(density(bm::chi_squared(a)), t); break;
    }
  }
  MESSAGE(t.resolved << " resolved, " << t.refused << " refused");
}
