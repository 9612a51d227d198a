// Tests of info::detail::integrate (the machinery under the continuous measures): the integrator chosen by the range, splitting at breakpoints, scaled variables,
// the exact offsets near a piece's end, evaluation counts, error estimates and non-finite integrands.
#include "info/detail/quadrature.hpp"
#include "info/continuous_measures.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace info::detail;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

std::string show(double x) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  return buf;
}

/// The value within `rel` of the exact one, and the error estimate no smaller than the actual error
/// (up to 4 ulps of the exact value, which is itself rounded).
void check_integral(const info::result& r, double exact, double rel) {
  INFO("value ", show(r.value), ", exact ", show(exact), ", error estimate ", show(r.error), ", ", info::describe(r), ", ",
       r.evaluations, " evaluations");
  const double diff = std::abs(r.value - exact);
  CHECK(diff <= rel * std::abs(exact));
  CHECK(diff <= r.error + 4 * std::numeric_limits<double>::epsilon() * std::abs(exact));
}

/// A plan: the range, the points to split at, the centre and the width (no singular points).
info::detail::integration_plan plan_of(info::interval range, std::vector<double> breakpoints, double centre, double scale) {
  info::detail::integration_plan plan;
  plan.range = range;
  plan.breakpoints = std::move(breakpoints);
  plan.centre = centre;
  plan.scale = scale;
  return plan;
}

}  // namespace

TEST_CASE("integrate: the whole line without breakpoints uses sinh-sinh and counts every evaluation") {
  long calls = 0;
  const std::function<double(double)> f = [&](double x) {
    ++calls;
    return std::exp(-x * x);
  };
  const info::result r = info::detail::integrate(f, {});
  check_integral(r, std::sqrt(std::numbers::pi), 1e-14);  // the Gaussian integral, sqrt(pi)
  CHECK(info::joined(r.integrators) == "sinh-sinh");
  CHECK(r.evaluations == calls);
  CHECK(r.evaluations > 0);
  CHECK(r.evaluations < 400);
}

TEST_CASE("integrate: a half-line uses exp-sinh") {
  const info::detail::integration_plan plan = plan_of({0, inf}, {}, 0, 1);
  const info::result r = info::detail::integrate([](double x) { return std::exp(-x); }, plan);
  check_integral(r, 1.0, 1e-14);
  CHECK(info::joined(r.integrators) == "exp-sinh");
  const info::detail::integration_plan left = plan_of({-inf, 2}, {}, 0, 1);
  const info::result l = info::detail::integrate([](double x) { return std::exp(x - 2); }, left);
  check_integral(l, 1.0, 1e-14);
  CHECK(info::joined(l.integrators) == "exp-sinh");
}

TEST_CASE("integrate: an interval uses tanh-sinh, and reaches an integrable singularity at its end") {
  info::detail::integration_plan plan = plan_of({0, 1}, {}, 0.5, 1);
  plan.singularities = {0};
  const info::result r = info::detail::integrate([](double x) { return 1 / std::sqrt(x); }, plan);
  check_integral(r, 2.0, 1e-13);  // the integral of x^(-1/2) over [0, 1]
  CHECK(info::joined(r.integrators) == "tanh-sinh");
}

TEST_CASE("integrate: the exact offset keeps a singularity at the upper end finite and accurate") {
  // (1 - x)^(-1/2) on [0, 1]: from x alone, the abscissas nearest 1 round to 1 and the integrand is
  // infinite there; from the anchor and offset, 1 - x is exact.
  info::detail::integration_plan plan = plan_of({0, 1}, {}, 0.5, 1);
  plan.singularities = {1};
  const info::result from_x = info::detail::integrate([](double x) { return 1 / std::sqrt(1 - x); }, plan);
  CHECK(from_x.value == inf);
  const info::result from_offset = info::detail::integrate(
      std::function<double(double, double)>([](double anchor, double offset) { return 1 / std::sqrt((1 - anchor) - offset); }),
      plan);
  check_integral(from_offset, 2.0, 1e-13);
}

TEST_CASE("integrate: breakpoints split the range, and the method lists the integrators used") {
  // e^{-|x - 3|} has a kink at 3: split there, each half-line is smooth. Integral: 2.
  const info::detail::integration_plan kink = plan_of({-inf, inf}, {3}, 3, 1);
  const info::result r = info::detail::integrate([](double x) { return std::exp(-std::abs(x - 3)); }, kink);
  check_integral(r, 2.0, 1e-14);
  CHECK(info::joined(r.integrators) == "exp-sinh");
  // An indicator of [0, 1] on the whole line, split at its jumps: 1.
  const info::detail::integration_plan jumps = plan_of({-inf, inf}, {1, 0, 1, 7, -inf}, 0, 1);  // unsorted, repeated, outside: cleaned
  const info::result box = info::detail::integrate([](double x) { return (x >= 0 && x <= 1) ? 1.0 : 0.0; }, jumps);
  check_integral(box, 1.0, 1e-14);
  CHECK(info::joined(box.integrators) == "exp-sinh + tanh-sinh");
}

TEST_CASE("integrate: infinite pieces in the scaled variable integrate a narrow, far-off bump as well as a standard one") {
  // A Gaussian bump of width 1e-3 at 100: integral 1e-3 sqrt(2 pi).
  const info::detail::integration_plan plan = plan_of({-inf, inf}, {}, 100, 1e-3);
  const info::result r = info::detail::integrate(
      std::function<double(double, double)>([](double anchor, double offset) {
        const double z = ((anchor - 100) + offset) / 1e-3;
        return std::exp(-0.5 * z * z);
      }),
      plan);
  check_integral(r, 1e-3 * std::sqrt(2 * std::numbers::pi), 1e-14);
  CHECK(r.evaluations < 400);
}

TEST_CASE("integrate: a long piece with bumps only at its ends gets a half-line rule from each end") {
  // Two unit Gaussian bumps 1e12 apart: the integral is 2 sqrt(2 pi). Anchored at the bumps' centres,
  // the offsets are exact although 1e12 + offset rounds to a multiple of 1e-4.
  const std::function<double(double, double)> f = [](double anchor, double offset) {
    const double z0 = anchor + offset, z1 = (anchor - 1e12) + offset;
    return std::exp(-0.5 * z0 * z0) + std::exp(-0.5 * z1 * z1);
  };
  const info::result r = info::detail::integrate(f, plan_of({-inf, inf}, {0, 1e12}, 0, 1));
  check_integral(r, 2 * std::sqrt(2 * std::numbers::pi), 1e-14);
  CHECK(info::joined(r.integrators) == "exp-sinh");
}

TEST_CASE("integrate: in log-distance, mass below the smallest double is reached") {
  // The integral of k x^(k-1) over (0, 1] is 1; with k = 0.01 a tenth of it lies below x = 1e-100 and
  // 0.1% below 1e-300. In u = ln x the integrand times the Jacobian is k e^{k u}.
  const double k = 0.01;
  const info::result r = info::detail::integrate_log_distance([k](double u) { return k * std::exp(k * u); }, 0.0, 1 / k);
  check_integral(r, 1.0, 1e-14);
  CHECK(info::joined(r.integrators) == "exp-sinh in log x");
  CHECK(r.evaluations < 400);
  CHECK_THROWS_AS((void)info::detail::integrate_log_distance([](double) { return 1.0; }, inf, 1), std::invalid_argument);
}

TEST_CASE("integrate: the error estimate covers the actual error of a hard integrand") {
  // sin(1/x) on [0, 1] oscillates without end near 0. mpmath (mp.dps = 30): sin(1) - Ci(1)
  // = 0.504067061906928371989856117741, also by quadosc of sin(t)/t^2 over [1, inf).
  const double exact = 0.504067061906928372;
  const info::detail::integration_plan plan = plan_of({0, 1}, {}, 0.5, 1);
  const info::result r = info::detail::integrate([](double x) { return std::sin(1 / x); }, plan);
  INFO("value ", show(r.value), ", error estimate ", show(r.error), ", evaluations ", r.evaluations);
  CHECK(std::abs(r.value - exact) <= r.error);
  CHECK(r.error > 1e-12 * std::abs(r.value));  // it does not pretend to have met the tolerance
  CHECK(r.evaluations < 20000);                 // and it gave up in bounded time
}

TEST_CASE("integrate: an infinite integrand gives an infinite result, a NaN an error naming the point") {
  const info::detail::integration_plan plan = plan_of({0, 1}, {}, 0.5, 1);
  const info::result r = info::detail::integrate([](double x) { return x > 0.5 ? inf : 1.0; }, plan);
  CHECK(r.value == inf);
  CHECK(r.evaluations > 0);
  const info::result m = info::detail::integrate([](double x) { return x > 0.5 ? -inf : 1.0; }, plan);
  CHECK(m.value == -inf);
  CHECK_THROWS_WITH_AS((void)info::detail::integrate([](double x) { return x > 0.5 ? std::nan("") : 1.0; }, plan),
                       doctest::Contains("NaN"), std::domain_error);
  CHECK_THROWS_AS((void)info::detail::integrate([](double x) { return x > 0.5 ? inf : -inf; }, plan), std::domain_error);
}

TEST_CASE("integrate: an empty range is 0 with no evaluations; a reversed range or bad tolerance is refused") {
  const info::result r = info::detail::integrate([](double) { return 1.0; }, plan_of({2, 2}, {}, 0, 1));
  CHECK(r.value == 0.0);
  CHECK(r.evaluations == 0);
  CHECK(r.method == info::method::quadrature);
  CHECK(r.integrators.empty());
  CHECK_THROWS_AS((void)info::detail::integrate([](double) { return 1.0; }, plan_of({3, 2}, {}, 0, 1)), std::invalid_argument);
  CHECK_THROWS_AS((void)info::detail::integrate([](double) { return 1.0; }, plan_of({0, 1}, {}, 0, 1), 0.0), std::invalid_argument);
}
