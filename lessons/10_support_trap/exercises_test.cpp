// Lesson 10 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 40 significant digits (exact sums of the pmfs; the Poisson tails by nsum; see
// lessons/homework/references.py, generator lesson10, section named by the exercise), quoted here to 15-18
// digits.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <stdexcept>

using namespace hw::lesson10;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;

TEST_SUITE("kl_binomial_poisson_nats") {
  TEST_CASE("binomial(n, 2/n) against poisson(2) is about 100 times smaller for 10 times more trials") {
    // references.py lesson10 kl_binomial_poisson_nats
    CHECK(kl_binomial_poisson_nats(10, 0.2, 2.0) == relative(0.0120174322363612917, 1e-8));
    CHECK(kl_binomial_poisson_nats(100, 0.02, 2.0) == relative(1.01695541214187949e-4, 1e-8));
    CHECK(kl_binomial_poisson_nats(1000, 0.002, 2.0) == relative(1.00166950531098081e-6, 1e-8));
  }
  TEST_CASE("a divergence of 1e-8 keeps 8 digits: binomial(10000, 0.0002) against poisson(2)") {
    CHECK(kl_binomial_poisson_nats(10000, 0.0002, 2.0) ==
          relative(1.00016669500530110e-8, 1e-8));  // references.py lesson10 kl_binomial_poisson_nats
  }
  TEST_CASE("the article's pairs over the full support of the binomial") {
    // references.py lesson10 kl_binomial_poisson_nats
    CHECK(kl_binomial_poisson_nats(250, 0.008, 2.0) == relative(1.61073974724910058e-5, 1e-8));
    CHECK(kl_binomial_poisson_nats(10, 0.5, 4.0) == relative(0.217021775515177753, 1e-8));
  }
  TEST_CASE("a Poisson with the wrong mean: binomial(20, 0.1) against poisson(3)") {
    CHECK(kl_binomial_poisson_nats(20, 0.1, 3.0) ==
          relative(0.191797675566676956, 1e-8));  // references.py lesson10 kl_binomial_poisson_nats
  }
  TEST_CASE("point masses: p = 0 sits on 0, p = 1 on n, and n = 0 leaves only k = 0") {
    CHECK(kl_binomial_poisson_nats(3, 0.0, 0.5) == near(0.5));  // −log e^−0.5
    // −log P(3), references.py lesson10 kl_binomial_poisson_nats
    CHECK(kl_binomial_poisson_nats(3, 1.0, 0.5) == near(4.37120101090789093));
    CHECK(kl_binomial_poisson_nats(0, 0.7, 2.0) == near(2.0));  // −log e^−2
  }
  TEST_CASE("n squared times D(binomial(n, 2/n) || poisson(2)) falls toward 2^2/4 = 1 as n doubles") {
    double previous = inf;
    for (int n = 10; n <= 20480; n *= 2) {
      const double d = kl_binomial_poisson_nats(n, 2.0 / n, 2.0);
      CHECK(d > 0.0);
      CHECK(d * n * n < previous);
      previous = d * n * n;
    }
    CHECK(previous == near(1.0, 2e-4));
  }
  TEST_CASE("D(B || P) is positive for every binomial, a Poisson being never exactly a binomial (Gibbs)") {
    for (int n : {1, 2, 5, 30})
      for (double p : {0.01, 0.3, 0.5, 0.99})
        for (double mean : {0.1, 1.0, 7.5}) CHECK(kl_binomial_poisson_nats(n, p, mean) > 0.0);
  }
  TEST_CASE("refuses a p outside [0, 1]") {
    CHECK_THROWS_AS(kl_binomial_poisson_nats(10, 1.5, 2.0), std::invalid_argument);
  }
}

TEST_SUITE("kl_poisson_binomial_window_nats") {
  TEST_CASE("poisson(4) against binomial(10, 0.5) over the windows 0..9 and 0..10") {
    // references.py lesson10 kl_poisson_binomial_window_nats
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.5, 9) == near(0.278759179193581856));
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.5, 10) == near(0.287703479827068685));
  }
  TEST_CASE("one step further the window is infinite: no choice of K gives a finite divergence") {
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.5, 11) == inf);
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.5, 500) == inf);
  }
  TEST_CASE("each step of the window adds P(k) log(P(k)/B(k)), with the pmfs computed here") {
    double poisson = std::exp(-4.0), binomial = 1.0 / 1024.0;  // P(0) and B(0) for poisson(4), binomial(10, 0.5)
    double previous = 0.0;
    for (int k = 0; k <= 10; ++k) {
      if (k > 0) {
        poisson *= 4.0 / k;
        binomial *= (10.0 - k + 1) / k;
      }
      const double window = kl_poisson_binomial_window_nats(4.0, 10, 0.5, k);
      CHECK(window - previous == near(poisson * std::log(poisson / binomial), 1e-13));
      previous = window;
    }
  }
  TEST_CASE("poisson(2) against binomial(250, 0.008): finite up to 250, infinite at 251 though P(251) is 1e-420") {
    // references.py lesson10 kl_poisson_binomial_window_nats
    CHECK(kl_poisson_binomial_window_nats(2.0, 250, 0.008, 9) == relative(1.07663814138034860e-5, 1e-6));
    CHECK(kl_poisson_binomial_window_nats(2.0, 250, 0.008, 250) == relative(1.62162348986965581e-5, 1e-6));
    CHECK(kl_poisson_binomial_window_nats(2.0, 250, 0.008, 251) == inf);
  }
  TEST_CASE("a window is not a divergence: a sum of one term can be negative") {
    // references.py lesson10 kl_poisson_binomial_window_nats
    CHECK(kl_poisson_binomial_window_nats(2.0, 250, 0.008, 0) == near(0.00108849144036526367));
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.0, 0) == near(-0.0732625555549367212));  // e^−4·(−4)
  }
  TEST_CASE("a point-mass binomial rules out all but one outcome: infinite as soon as the window reaches one") {
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.0, 1) == inf);  // p = 0: only k = 0
    CHECK(kl_poisson_binomial_window_nats(2.0, 3, 1.0, 0) == inf);   // p = 1: only k = 3
  }
  TEST_CASE("refuses a window that ends before 0") {
    CHECK_THROWS_AS(kl_poisson_binomial_window_nats(4.0, 10, 0.5, -1), std::invalid_argument);
  }
}

TEST_SUITE("poisson_mass_above") {
  TEST_CASE("poisson(4) above 9 and above 10: the mass the windows leave out") {
    // references.py lesson10 poisson_mass_above
    CHECK(poisson_mass_above(4.0, 9) == relative(0.00813224279693386316, 1e-10));
    CHECK(poisson_mass_above(4.0, 10) == relative(0.00283976612051374305, 1e-10));
  }
  TEST_CASE("small and large means give the mpmath tails") {
    // references.py lesson10 poisson_mass_above
    CHECK(poisson_mass_above(0.5, 0) == relative(0.393469340287366576, 1e-10));  // 1 − e^−0.5
    CHECK(poisson_mass_above(2.0, 9) == relative(4.64980750172638083e-5, 1e-10));
    CHECK(poisson_mass_above(1000.0, 900) == relative(0.999302232672203693, 1e-10));
  }
  TEST_CASE("far tails, where 1 - P(X <= k) is exactly 0 in double precision, keep their digits") {
    // references.py lesson10 poisson_mass_above
    CHECK(poisson_mass_above(100.0, 200) == relative(4.62617947019577288e-19, 1e-10));
    CHECK(poisson_mass_above(2.0, 100) == relative(3.71290687168870329e-131, 1e-10));
    CHECK(poisson_mass_above(30.0, 60) == relative(4.48464021800267989e-7, 1e-10));
  }
  TEST_CASE("a tiny mean of 1e-10: P(X > 0) = 1 - e^(-1e-10) keeps all its digits") {
    CHECK(poisson_mass_above(1e-10, 0) == relative(9.99999999950000000e-11, 1e-10));  // references.py lesson10
  }
  TEST_CASE("a mean of 10000: just under half the mass above the mean, and 3.4e-7 five deviations above it") {
    // references.py lesson10 poisson_mass_above
    CHECK(poisson_mass_above(10000.0, 10000) == relative(0.497340418780992375, 1e-10));
    CHECK(poisson_mass_above(10000.0, 10500) == relative(3.42179760183166353e-7, 1e-10));
  }
  TEST_CASE("the mass above k and the mass up to k, summed here from the pmf, add up to 1") {
    double pmf = std::exp(-4.0), below = 0.0;
    for (int k = 0; k <= 25; ++k) {
      if (k > 0) pmf *= 4.0 / k;
      below += pmf;
      CHECK(poisson_mass_above(4.0, k) + below == near(1.0, 1e-14));
    }
  }
  TEST_CASE("the tail shrinks as k grows and grows with the mean") {
    for (int k = 0; k < 40; ++k) CHECK(poisson_mass_above(4.0, k + 1) < poisson_mass_above(4.0, k));
    for (double mean : {0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0})
      CHECK(poisson_mass_above(mean, 5) < poisson_mass_above(2.0 * mean, 5));
  }
  TEST_CASE("refuses k < 0") {
    CHECK_THROWS_AS(poisson_mass_above(4.0, -1), std::invalid_argument);
  }
}

TEST_SUITE("kl_poissons_by_sum_nats") {
  // Expected values from the closed form mean_p·log(mean_p/mean_q) + mean_q − mean_p, in mpmath
  // (references.py lesson10 kl_poissons_by_sum_nats).
  TEST_CASE("poisson(2) against poisson(3), and back: KL is not symmetric") {
    CHECK(kl_poissons_by_sum_nats(2.0, 3.0) == relative(0.189069783783671236, 1e-9));
    CHECK(kl_poissons_by_sum_nats(3.0, 2.0) == relative(0.216395324324493146, 1e-9));
  }
  TEST_CASE("means in the thousands, where e^-1000 underflows") {
    CHECK(kl_poissons_by_sum_nats(1000.0, 1010.0) == relative(0.0496691468319171518, 1e-9));
  }
  TEST_CASE("very different means, and equal ones") {
    CHECK(kl_poissons_by_sum_nats(0.001, 5.0) == relative(4.99048280680858376, 1e-9));
    CHECK(kl_poissons_by_sum_nats(700.0, 1.0) == relative(3886.75623453038327, 1e-9));
    CHECK(kl_poissons_by_sum_nats(4.0, 4.0) == near(0.0));
  }
  TEST_CASE("nearly equal means keep 9 digits of a divergence as small as 1e-8") {
    CHECK(kl_poissons_by_sum_nats(50.0, 50.001) == relative(9.99986666866663467e-9, 1e-9));
    CHECK(kl_poissons_by_sum_nats(1000.0, 1000.5) == relative(1.24958348952085936e-4, 1e-9));
    CHECK(kl_poissons_by_sum_nats(5000.0, 5001.0) == relative(9.99866686663467200e-5, 1e-9));
  }
  TEST_CASE("a small change d of the mean costs d^2/(2 mean): the Poisson's Fisher information is 1/mean") {
    for (double mean : {0.5, 3.0, 40.0, 2000.0}) {
      const double d = 1e-4 * mean;
      CHECK(kl_poissons_by_sum_nats(mean, mean + d) / (d * d / (2 * mean)) == near(1.0, 1e-4));
    }
  }
  TEST_CASE("multiplying both means by 10 multiplies the KL by 10, and KL is never negative") {
    CHECK(kl_poissons_by_sum_nats(20.0, 30.0) == relative(10 * kl_poissons_by_sum_nats(2.0, 3.0), 1e-9));
    CHECK(kl_poissons_by_sum_nats(0.7, 3.0) == relative(0.1 * kl_poissons_by_sum_nats(7.0, 30.0), 1e-9));
    for (double a : {0.1, 1.0, 9.0, 300.0})
      for (double b : {0.2, 1.0, 8.0, 310.0}) CHECK(kl_poissons_by_sum_nats(a, b) >= 0.0);
  }
  TEST_CASE("refuses a mean that is not positive") {
    CHECK_THROWS_AS(kl_poissons_by_sum_nats(0.0, 3.0), std::invalid_argument);
  }
}
