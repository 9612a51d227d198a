// Lesson 08 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.08.K.name.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <vector>

using namespace hw::lesson08;
using hw::check::inf;
using hw::check::near;

namespace {

using std::numbers::pi;

double normal_cdf(double x) {
  return 0.5 * std::erfc(-x / std::sqrt(2.0));
}
double log_normal(double x, double mean, double sd) {
  return -0.5 * std::log(2.0 * pi * sd * sd) - (x - mean) * (x - mean) / (2.0 * sd * sd);
}
double log_exponential(double x) {
  return x < 0.0 ? -inf : -x;
}

}  // namespace

TEST_SUITE("08.1 entropy_scales") {
  TEST_CASE("the lesson's h = 0: a = 1, sigma = 1/sqrt(2 pi e)") {
    const scales s = entropy_scales(0.0);
    CHECK(s.uniform_width == near(1.0));
    CHECK(s.normal_sd == near(0.241970724519143350));  // references.py 08.1
  }
  TEST_CASE("the standard normal's own entropy gives sigma = 1") {
    const scales s = entropy_scales(1.41893853320467274);
    CHECK(s.normal_sd == near(1.0));
    CHECK(s.uniform_width == near(4.13273135412249294));  // sqrt(2 pi e)
  }
  TEST_CASE("negative entropies: uniform(0, 0.5) and the curriculum's normal(100, 0.01)") {
    CHECK(entropy_scales(-0.693147180559945309).uniform_width == near(0.5));
    CHECK(entropy_scales(-3.18623165278341863).normal_sd == near(0.01));
    CHECK(entropy_scales(-0.693147180559945309).normal_sd == near(0.120985362259571675));
  }
  TEST_CASE("refuses h that is not finite") {
    CHECK_THROWS_AS(entropy_scales(inf), std::invalid_argument);
    CHECK_THROWS_AS(entropy_scales(std::nan("")), std::invalid_argument);
  }
}

TEST_SUITE("08.2 gaussian_kl_nats") {
  TEST_CASE("the lesson's KL(normal(0, 1) || normal(0, 2)), and the curriculum's normal(1, 2)") {
    CHECK(gaussian_kl_nats({0.0}, {1.0}, {0.0}, {2.0}) == near(0.318147180559945309));
    CHECK(gaussian_kl_nats({0.0}, {1.0}, {1.0}, {2.0}) == near(0.443147180559945309));
  }
  TEST_CASE("independent coordinates add up") {
    // 0.443147 + 0.318147, references.py 08.2
    CHECK(gaussian_kl_nats({0.0, 0.0}, {1.0, 1.0}, {1.0, 0.0}, {2.0, 2.0}) == near(0.761294361119890619));
    // The VAE term KL(N(mu, sigma) || N(0, 1)): ln 2 + 1/4 − 1/2 plus −ln 2 + 5/2 − 1/2 = 1.75 exactly.
    CHECK(gaussian_kl_nats({0.5, -1.0}, {0.5, 2.0}, {0.0, 0.0}, {1.0, 1.0}) == near(1.75));
  }
  TEST_CASE("equal distributions, shifted ones, and very different widths") {
    CHECK(gaussian_kl_nats({3.0, -2.0}, {0.5, 4.0}, {3.0, -2.0}, {0.5, 4.0}) == near(0.0));
    CHECK(gaussian_kl_nats({3.0}, {1.0}, {-3.0}, {1.0}) == near(18.0));  // (Δmu)²/2
    CHECK(gaussian_kl_nats({0.0}, {0.001}, {0.0}, {1000.0}) == near(13.3155105579647741));
  }
  TEST_CASE("refuses mismatched lengths, no coordinates, and standard deviations that are not positive") {
    CHECK_THROWS_AS(gaussian_kl_nats({0.0, 1.0}, {1.0}, {0.0, 1.0}, {1.0, 1.0}), std::invalid_argument);
    CHECK_THROWS_AS(gaussian_kl_nats({}, {}, {}, {}), std::invalid_argument);
    CHECK_THROWS_AS(gaussian_kl_nats({0.0}, {0.0}, {0.0}, {1.0}), std::invalid_argument);
    CHECK_THROWS_AS(gaussian_kl_nats({0.0}, {1.0}, {0.0}, {-1.0}), std::invalid_argument);
  }
}

TEST_SUITE("08.3 binned_entropy_plus_log_delta") {
  TEST_CASE("the lesson's uniform(0, 1): exactly 0 for every number of bins") {
    const auto uniform_cdf = [](double x) { return std::clamp(x, 0.0, 1.0); };
    CHECK(binned_entropy_plus_log_delta(uniform_cdf, 0.0, 1.0, 1) == near(0.0));
    CHECK(binned_entropy_plus_log_delta(uniform_cdf, 0.0, 1.0, 7) == near(0.0));
    CHECK(binned_entropy_plus_log_delta(uniform_cdf, 0.0, 1.0, 1000) == near(0.0));
  }
  TEST_CASE("uniform(0, 0.5): the differential entropy is negative, -ln 2") {
    const auto cdf = [](double x) { return std::clamp(2.0 * x, 0.0, 1.0); };
    CHECK(binned_entropy_plus_log_delta(cdf, 0.0, 0.5, 7) == near(-0.693147180559945309));
  }
  TEST_CASE("normal(0, 1) on [-12, 12]: the sum approaches h = 1.418939 as the bins narrow") {
    const double h = 1.41893853320467274;
    const double wide = binned_entropy_plus_log_delta(normal_cdf, -12.0, 12.0, 24);    // Δ = 1
    const double mid = binned_entropy_plus_log_delta(normal_cdf, -12.0, 12.0, 240);    // Δ = 0.1
    const double fine = binned_entropy_plus_log_delta(normal_cdf, -12.0, 12.0, 2400);  // Δ = 0.01
    CHECK(wide == near(1.45895882841644093, 1e-9));  // references.py 08.3 (bin masses at 30 digits)
    CHECK(mid == near(1.41935502635660425, 1e-9));
    CHECK(fine == near(1.41894269985397839, 1e-9));
    CHECK(std::abs(fine - h) < std::abs(mid - h));
    CHECK(std::abs(mid - h) < std::abs(wide - h));
  }
  TEST_CASE("exponential(1) on [0, 60], 6000 bins: close to h = 1") {
    const auto cdf = [](double x) { return x <= 0.0 ? 0.0 : -std::expm1(-x); };
    CHECK(binned_entropy_plus_log_delta(cdf, 0.0, 60.0, 6000) == near(1.00000416665625003, 1e-9));
  }
  TEST_CASE("refuses a range that misses mass, no bins, and an empty range") {
    CHECK_THROWS_AS(binned_entropy_plus_log_delta(normal_cdf, -1.0, 1.0, 100), std::invalid_argument);
    CHECK_THROWS_AS(binned_entropy_plus_log_delta(normal_cdf, -12.0, 12.0, 0), std::invalid_argument);
    CHECK_THROWS_AS(binned_entropy_plus_log_delta(normal_cdf, 12.0, -12.0, 10), std::invalid_argument);
  }
}

TEST_SUITE("08.4 kl_by_quadrature_nats") {
  TEST_CASE("the lesson's KL(exponential(1) || normal(0, 1)) = ½ log(2 pi)") {
    const auto log_q = [](double x) { return log_normal(x, 0.0, 1.0); };
    CHECK(kl_by_quadrature_nats(log_exponential, log_q, 0.0, inf) == near(0.918938533204672742, 1e-9));
  }
  TEST_CASE("... and the other way round it is infinite: the exponential has no mass below 0") {
    const auto log_p = [](double x) { return log_normal(x, 0.0, 1.0); };
    CHECK(kl_by_quadrature_nats(log_p, log_exponential, -inf, inf) == inf);
  }
  TEST_CASE("the curriculum's normal(0, 1) against normal(1, 2) over the whole line") {
    const auto log_p = [](double x) { return log_normal(x, 0.0, 1.0); };
    const auto log_q = [](double x) { return log_normal(x, 1.0, 2.0); };
    CHECK(kl_by_quadrature_nats(log_p, log_q, -inf, inf) == near(0.443147180559945309, 1e-9));
  }
  TEST_CASE("a finite support, a heavy-tailed Q, and a density that is 0 at an end") {
    const auto log_uniform = [](double) { return 0.0; };  // uniform(0, 1) on its support
    const auto log_std_normal = [](double x) { return log_normal(x, 0.0, 1.0); };
    CHECK(kl_by_quadrature_nats(log_uniform, log_std_normal, 0.0, 1.0) == near(1.08560519987133941, 1e-9));
    const auto log_laplace = [](double x) { return -std::abs(x) - std::log(2.0); };
    const auto log_cauchy = [](double x) { return -std::log(pi * (1.0 + x * x)); };
    CHECK(kl_by_quadrature_nats(log_laplace, log_cauchy, -inf, inf) == near(0.138338628402308930, 1e-9));
    const auto log_gamma2 = [](double x) { return x > 0.0 ? std::log(x) - x : -inf; };  // gamma(2, 1)
    CHECK(kl_by_quadrature_nats(log_gamma2, log_exponential, 0.0, inf) == near(0.422784335098467139, 1e-9));  // 1 − γ
  }
  TEST_CASE("refuses an empty or reversed support") {
    const auto f = [](double x) { return log_normal(x, 0.0, 1.0); };
    CHECK_THROWS_AS(kl_by_quadrature_nats(f, f, 1.0, 1.0), std::invalid_argument);
    CHECK_THROWS_AS(kl_by_quadrature_nats(f, f, 2.0, -2.0), std::invalid_argument);
    CHECK_THROWS_AS(kl_by_quadrature_nats(f, f, std::nan(""), 1.0), std::invalid_argument);
  }
}
