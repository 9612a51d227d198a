// The trust issue's sweep: every continuous family over a log-spaced grid of its parameters (shapes 1e-3
// to 1e12, scales 1e-250 to 1e250, locations to 1e15). For each, h(P) by quadrature must agree with the
// closed form within its reported error (plus the closed form's own rounding), or be refused as
// info::unresolved: never NaN, never another exception, never a number further off than it says.
#include "info/closed_forms.hpp"
#include "info/continuous_measures.hpp"
#include "info/error.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

namespace {

namespace bm = boost::math;
using info::density;

struct tally {
  int resolved = 0, refused = 0;
};

void sweep_one(const density& p, tally& t) {
  INFO(p.describe());
  const double exact = *info::entropy_closed_form(p);
  try {
    const info::result r = info::entropy(p);
    REQUIRE(std::isfinite(r.value));
    CHECK(std::abs(r.value - exact) <= r.error + 1e-13 * std::max(1.0, std::abs(exact)));
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
