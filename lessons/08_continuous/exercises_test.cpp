// Lesson 08 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numbers>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson08;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;

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
double log_laplace(double x) {
  return -std::abs(x) - std::log(2.0);
}

}  // namespace

TEST_SUITE("entropy_scales") {
  TEST_CASE("h = 0 nats: a = 1 and sigma = 1/sqrt(2 pi e) = 0.241971") {
    const scales s = entropy_scales(0.0);
    CHECK(s.uniform_width == near(1.0));
    CHECK(s.normal_sd == near(0.241970724519143350));  // references.py lesson08 entropy_scales
  }
  TEST_CASE("the standard normal's own entropy, ½ ln(2 pi e), gives sigma = 1") {
    const scales s = entropy_scales(1.41893853320467274);
    CHECK(s.normal_sd == near(1.0));
    CHECK(s.uniform_width == near(4.13273135412249294));  // sqrt(2 pi e)
  }
  TEST_CASE("negative entropies belong to narrow distributions: uniform(0, 0.5) and normal(100, 0.01)") {
    CHECK(entropy_scales(-0.693147180559945309).uniform_width == near(0.5));
    CHECK(entropy_scales(-3.18623165278341863).normal_sd == near(0.01));
    CHECK(entropy_scales(-0.693147180559945309).normal_sd == near(0.120985362259571675));
  }
  TEST_CASE("h = −700 and h = 700: widths of 1e-304 and 1e304, to 12 digits") {
    const scales tiny = entropy_scales(-700.0), huge = entropy_scales(700.0);
    CHECK(tiny.uniform_width == relative(9.85967654375977086e-305));  // references.py lesson08 entropy_scales
    CHECK(tiny.normal_sd == relative(2.38575307681795495e-305));
    CHECK(huge.uniform_width == relative(1.01423205473500451e304));
    CHECK(huge.normal_sd == relative(2.45414465114768496e303));
  }
  TEST_CASE("from h = −20 to 20: the widths have entropy h (the test's own formulas), and a/sigma = sqrt(2 pi e)") {
    for (int i = -40; i <= 40; ++i) {
      const double h = i / 2.0;
      const scales s = entropy_scales(h);
      CAPTURE(h);
      CHECK(std::log(s.uniform_width) == near(h, 1e-13));
      CHECK(0.5 * std::log(2.0 * pi * std::numbers::e * s.normal_sd * s.normal_sd) == near(h, 1e-13));
      CHECK(s.uniform_width / s.normal_sd == near(4.13273135412249294, 1e-13));
    }
  }
  TEST_CASE("refuses h = −∞, which would be a width of 0: a point has no density") {
    CHECK_THROWS_AS(entropy_scales(-inf), std::invalid_argument);
  }
}

TEST_SUITE("gaussian_kl_nats") {
  TEST_CASE("KL(normal(0, 1) || normal(0, 2)) = ln 2 + 1/8 − ½, and against normal(1, 2)") {
    CHECK(gaussian_kl_nats({0.0}, {1.0}, {0.0}, {2.0}) == near(0.318147180559945309));
    CHECK(gaussian_kl_nats({0.0}, {1.0}, {1.0}, {2.0}) == near(0.443147180559945309));
  }
  TEST_CASE("KL is not symmetric: KL(normal(0, 2) || normal(0, 1)) = 1.5 − ln 2 = 0.806853") {
    // references.py lesson08 gaussian_kl_nats
    CHECK(gaussian_kl_nats({0.0}, {2.0}, {0.0}, {1.0}) == near(0.806852819440054691));
  }
  TEST_CASE("independent coordinates add up, in any order") {
    // 0.443147 + 0.318147, references.py lesson08 gaussian_kl_nats
    CHECK(gaussian_kl_nats({0.0, 0.0}, {1.0, 1.0}, {1.0, 0.0}, {2.0, 2.0}) == near(0.761294361119890619));
    CHECK(gaussian_kl_nats({0.0, 0.0}, {1.0, 1.0}, {0.0, 1.0}, {2.0, 2.0}) == near(0.761294361119890619));
    // The VAE term KL(N(mu, sigma) || N(0, 1)): ln 2 + 1/4 − 1/2 plus −ln 2 + 5/2 − 1/2 = 1.75 exactly.
    CHECK(gaussian_kl_nats({0.5, -1.0}, {0.5, 2.0}, {0.0, 0.0}, {1.0, 1.0}) == near(1.75));
  }
  TEST_CASE("a thousand identical coordinates give a thousand times one coordinate's KL") {
    const std::vector<double> zeros(1000, 0.0), ones(1000, 1.0), twos(1000, 2.0);
    CHECK(gaussian_kl_nats(zeros, ones, zeros, twos) == near(318.147180559945309));
  }
  TEST_CASE("equal distributions give 0; equal widths give (Δmu)²/(2 sigma²); very different widths") {
    CHECK(gaussian_kl_nats({3.0, -2.0}, {0.5, 4.0}, {3.0, -2.0}, {0.5, 4.0}) == near(0.0));
    CHECK(gaussian_kl_nats({3.0}, {1.0}, {-3.0}, {1.0}) == near(18.0));
    // references.py lesson08 gaussian_kl_nats
    CHECK(gaussian_kl_nats({0.0}, {0.001}, {0.0}, {1000.0}) == near(13.3155105579647741));
  }
  TEST_CASE("changing the unit of every coordinate (x → 1000x − 7) changes nothing") {
    CHECK(gaussian_kl_nats({-7.0, -7.0}, {1000.0, 1000.0}, {993.0, -7.0}, {2000.0, 2000.0}) ==
          near(0.761294361119890619));
  }
  TEST_CASE("random pairs in 5 dimensions (seeded): the test's own closed-form sum, and KL > 0") {
    std::mt19937 engine(8);
    std::uniform_real_distribution<double> mean(-3.0, 3.0), log_sd(-2.0, 2.0);
    for (int trial = 0; trial < 50; ++trial) {
      std::vector<double> mp(5), sp(5), mq(5), sq(5);
      double expected = 0.0;
      for (std::size_t i = 0; i < 5; ++i) {
        mp[i] = mean(engine), mq[i] = mean(engine), sp[i] = std::exp(log_sd(engine)), sq[i] = std::exp(log_sd(engine));
        const double ratio = sp[i] / sq[i], shift = (mp[i] - mq[i]) / sq[i];
        expected += 0.5 * (ratio * ratio + shift * shift - 1.0 - std::log(ratio * ratio));
      }
      const double kl = gaussian_kl_nats(mp, sp, mq, sq);
      CAPTURE(trial);
      CHECK(kl == near(expected, 1e-12));
      CHECK(kl > 0.0);
    }
  }
  TEST_CASE("refuses vectors of different lengths") {
    CHECK_THROWS_AS(gaussian_kl_nats({0.0, 1.0}, {1.0}, {0.0, 1.0}, {1.0, 1.0}), std::invalid_argument);
  }
}

TEST_SUITE("binned_entropy_plus_log_delta") {
  TEST_CASE("uniform(0, 1): exactly 0 = h for every number of bins") {
    const auto uniform_cdf = [](double x) { return std::clamp(x, 0.0, 1.0); };
    CHECK(binned_entropy_plus_log_delta(uniform_cdf, 0.0, 1.0, 1) == near(0.0));
    CHECK(binned_entropy_plus_log_delta(uniform_cdf, 0.0, 1.0, 7) == near(0.0));
    CHECK(binned_entropy_plus_log_delta(uniform_cdf, 0.0, 1.0, 1000) == near(0.0));
  }
  TEST_CASE("uniform(0, 0.5): the differential entropy is negative, −ln 2") {
    const auto cdf = [](double x) { return std::clamp(2.0 * x, 0.0, 1.0); };
    CHECK(binned_entropy_plus_log_delta(cdf, 0.0, 0.5, 7) == near(-0.693147180559945309));
  }
  TEST_CASE("bins with no mass add nothing: uniform(0, 1) on [−1, 2] with 30 bins is still 0") {
    const auto uniform_cdf = [](double x) { return std::clamp(x, 0.0, 1.0); };
    CHECK(binned_entropy_plus_log_delta(uniform_cdf, -1.0, 2.0, 30) == near(0.0));
  }
  TEST_CASE("bins that straddle the edges of uniform(0, 1) ([−0.95, 2.05], 30 bins) give (ln 2)/10, above h = 0") {
    const auto uniform_cdf = [](double x) { return std::clamp(x, 0.0, 1.0); };
    CHECK(binned_entropy_plus_log_delta(uniform_cdf, -0.95, 2.05, 30) == near(0.0693147180559945309));
  }
  TEST_CASE("normal(0, 1) on [−12, 12]: the sum approaches h = 1.418939 as the bins narrow") {
    const double h = 1.41893853320467274;
    const double wide = binned_entropy_plus_log_delta(normal_cdf, -12.0, 12.0, 24);    // Δ = 1
    const double mid = binned_entropy_plus_log_delta(normal_cdf, -12.0, 12.0, 240);    // Δ = 0.1
    const double fine = binned_entropy_plus_log_delta(normal_cdf, -12.0, 12.0, 2400);  // Δ = 0.01
    CHECK(wide == near(1.45895882841644093, 1e-9));  // references.py lesson08 binned_entropy_plus_log_delta
    CHECK(mid == near(1.41935502635660425, 1e-9));
    CHECK(fine == near(1.41894269985397839, 1e-9));
    CHECK(std::abs(fine - h) < std::abs(mid - h));
    CHECK(std::abs(mid - h) < std::abs(wide - h));
  }
  TEST_CASE("halving the bins again and again only lowers the sum, and it never falls below h (3 to 192 bins)") {
    // H_Δ + ln Δ − h is KL(p ‖ the histogram density) ≥ 0, and refining the bins cannot raise it.
    const double h = 1.41893853320467274;
    const double expected[] = {2.08016111671651563, 2.08011721105258463, 1.57182084611852324, 1.45895882841644093,
                               1.42924817159727180, 1.42153594162160162, 1.41958915138357286};
    double previous = inf;
    long bins = 3;
    for (double e : expected) {
      const double got = binned_entropy_plus_log_delta(normal_cdf, -12.0, 12.0, bins);
      CAPTURE(bins);
      CHECK(got == near(e, 1e-9));  // references.py lesson08 binned_entropy_plus_log_delta
      CHECK(got < previous);
      CHECK(got > h);
      previous = got;
      bins *= 2;
    }
  }
  TEST_CASE("stretching the normal by 2 (normal(0, 2) on [−24, 24]) adds ln 2, and moving it by 100 adds nothing") {
    const auto wide_cdf = [](double x) { return normal_cdf(x / 2.0); };
    const auto moved_cdf = [](double x) { return normal_cdf(x - 100.0); };
    CHECK(binned_entropy_plus_log_delta(wide_cdf, -24.0, 24.0, 240) ==
          near(1.41935502635660425 + std::log(2.0), 1e-9));
    CHECK(binned_entropy_plus_log_delta(moved_cdf, 88.0, 112.0, 240) == near(1.41935502635660425, 1e-9));
  }
  TEST_CASE("exponential(1) on [0, 60], 6000 bins: close to h = 1") {
    const auto cdf = [](double x) { return x <= 0.0 ? 0.0 : -std::expm1(-x); };
    CHECK(binned_entropy_plus_log_delta(cdf, 0.0, 60.0, 6000) == near(1.00000416665625003, 1e-9));
  }
  TEST_CASE("refuses a range that misses part of the distribution (normal(0, 1) on [−1, 1])") {
    CHECK_THROWS_AS(binned_entropy_plus_log_delta(normal_cdf, -1.0, 1.0, 100), std::invalid_argument);
  }
}

TEST_SUITE("kl_by_quadrature_nats") {
  TEST_CASE("KL(exponential(1) || normal(0, 1)) = ½ ln(2 pi) = 0.918939 nats") {
    const auto log_q = [](double x) { return log_normal(x, 0.0, 1.0); };
    CHECK(kl_by_quadrature_nats(log_exponential, log_q, 0.0, inf) == near(0.918938533204672742, 1e-9));
  }
  TEST_CASE("... and the other way round it is infinite: the exponential has no mass below 0") {
    const auto log_p = [](double x) { return log_normal(x, 0.0, 1.0); };
    CHECK(kl_by_quadrature_nats(log_p, log_exponential, -inf, inf) == inf);
  }
  TEST_CASE("normal(0, 1) against normal(1, 2) over the whole line: ln 2 + 2/8 − ½") {
    const auto log_p = [](double x) { return log_normal(x, 0.0, 1.0); };
    const auto log_q = [](double x) { return log_normal(x, 1.0, 2.0); };
    CHECK(kl_by_quadrature_nats(log_p, log_q, -inf, inf) == near(0.443147180559945309, 1e-9));
  }
  TEST_CASE("the same pair in other units (x → 100x + 10) has the same KL") {
    const auto log_p = [](double x) { return log_normal(x, 10.0, 100.0); };
    const auto log_q = [](double x) { return log_normal(x, 110.0, 200.0); };
    CHECK(kl_by_quadrature_nats(log_p, log_q, -inf, inf) == near(0.443147180559945309, 1e-9));
  }
  TEST_CASE("a narrow P = normal(0, 0.001) against a wide Q = normal(0, 1000): 13.315511 nats") {
    const auto log_p = [](double x) { return log_normal(x, 0.0, 0.001); };
    const auto log_q = [](double x) { return log_normal(x, 0.0, 1000.0); };
    // references.py lesson08 gaussian_kl_nats
    CHECK(kl_by_quadrature_nats(log_p, log_q, -inf, inf) == near(13.3155105579647741, 1e-9));
  }
  TEST_CASE("heavier tails: KL(Laplace || normal(0, 1)) = 0.225791, but KL(normal(0, 1) || Laplace) = 0.072093") {
    const auto log_std_normal = [](double x) { return log_normal(x, 0.0, 1.0); };
    // references.py lesson08 kl_by_quadrature_nats
    CHECK(kl_by_quadrature_nats(log_laplace, log_std_normal, -inf, inf) == near(0.225791352644727432, 1e-9));
    CHECK(kl_by_quadrature_nats(log_std_normal, log_laplace, -inf, inf) == near(0.0720932081581379235, 1e-9));
    CHECK(kl_by_quadrature_nats(log_laplace, log_laplace, -inf, inf) == near(0.0, 1e-9));
  }
  TEST_CASE("a finite support, a heavy-tailed Q, and a density that is 0 at an end") {
    const auto log_uniform = [](double) { return 0.0; };  // uniform(0, 1) on its support
    const auto log_std_normal = [](double x) { return log_normal(x, 0.0, 1.0); };
    CHECK(kl_by_quadrature_nats(log_uniform, log_std_normal, 0.0, 1.0) == near(1.08560519987133941, 1e-9));
    const auto log_cauchy = [](double x) { return -std::log(pi * (1.0 + x * x)); };
    CHECK(kl_by_quadrature_nats(log_laplace, log_cauchy, -inf, inf) == near(0.138338628402308930, 1e-9));
    const auto log_gamma2 = [](double x) { return x > 0.0 ? std::log(x) - x : -inf; };  // gamma(2, 1)
    CHECK(kl_by_quadrature_nats(log_gamma2, log_exponential, 0.0, inf) == near(0.422784335098467139, 1e-9));  // 1 − γ
  }
  TEST_CASE("uniform(0, 1) against the wider uniform(−1, 3) is ln 4; against the narrower uniform(0, 0.5) +∞") {
    const auto log_uniform = [](double) { return 0.0; };
    const auto log_wide = [](double x) { return x >= -1.0 && x <= 3.0 ? -std::log(4.0) : -inf; };
    const auto log_narrow = [](double x) { return x >= 0.0 && x <= 0.5 ? std::log(2.0) : -inf; };
    CHECK(kl_by_quadrature_nats(log_uniform, log_wide, 0.0, 1.0) == near(1.38629436111989062, 1e-9));
    CHECK(kl_by_quadrature_nats(log_uniform, log_narrow, 0.0, 1.0) == inf);
  }
  TEST_CASE("refuses a reversed support, lower > upper") {
    const auto f = [](double x) { return log_normal(x, 0.0, 1.0); };
    CHECK_THROWS_AS(kl_by_quadrature_nats(f, f, 2.0, -2.0), std::invalid_argument);
  }
}
