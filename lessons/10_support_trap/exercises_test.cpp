// Lesson 10 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.10.K.name.
// Reference values: mpmath at 40 significant digits (exact sums of the pmfs; the Poisson tails by nsum; see
// lessons/homework/references.py, section named by the exercise), quoted here to 15-18 digits.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <stdexcept>

using namespace hw::lesson10;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;

TEST_SUITE("10.1 kl_binomial_poisson_nats") {
  TEST_CASE("the lesson's binomial(n, 2/n) against poisson(2): about 100 times smaller for 10 times more trials") {
    CHECK(kl_binomial_poisson_nats(10, 0.2, 2.0) == relative(0.0120174322363612917, 1e-8));
    CHECK(kl_binomial_poisson_nats(100, 0.02, 2.0) == relative(1.01695541214187949e-4, 1e-8));
    CHECK(kl_binomial_poisson_nats(1000, 0.002, 2.0) == relative(1.00166950531098081e-6, 1e-8));
  }
  TEST_CASE("the curriculum's full-support values") {
    CHECK(kl_binomial_poisson_nats(250, 0.008, 2.0) == relative(1.61073974724910058e-5, 1e-8));
    CHECK(kl_binomial_poisson_nats(10, 0.5, 4.0) == relative(0.217021775515177753, 1e-8));
  }
  TEST_CASE("point masses: p = 0 sits on 0, p = 1 on n") {
    CHECK(kl_binomial_poisson_nats(3, 0.0, 0.5) == near(0.5));                  // −log e^−0.5
    CHECK(kl_binomial_poisson_nats(3, 1.0, 0.5) == near(4.37120101090789093));  // −log P(3)
    CHECK(kl_binomial_poisson_nats(0, 0.7, 2.0) == near(2.0));
  }
  TEST_CASE("refuses bad parameters") {
    CHECK_THROWS_AS(kl_binomial_poisson_nats(-1, 0.5, 2.0), std::invalid_argument);
    CHECK_THROWS_AS(kl_binomial_poisson_nats(10, 1.5, 2.0), std::invalid_argument);
    CHECK_THROWS_AS(kl_binomial_poisson_nats(10, 0.5, 0.0), std::invalid_argument);
    CHECK_THROWS_AS(kl_binomial_poisson_nats(10, 0.5, inf), std::invalid_argument);
  }
}

TEST_SUITE("10.2 kl_poisson_binomial_window_nats") {
  TEST_CASE("the lesson's poisson(4) against binomial(10, 0.5), K = 9 and K = 10") {
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.5, 9) ==
          near(0.278759179193581856));  // curriculum 0.27875917919358186
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.5, 10) == near(0.287703479827068685));
  }
  TEST_CASE("... and one step further it is infinite: no choice of K gives the divergence") {
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.5, 11) == inf);
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.5, 500) == inf);
  }
  TEST_CASE("the curriculum's poisson(2) against binomial(250, 0.008) on 0..9") {
    CHECK(kl_poisson_binomial_window_nats(2.0, 250, 0.008, 9) == relative(1.07663814138034860e-5, 1e-6));
  }
  TEST_CASE("a window is not a divergence: one term alone can be negative") {
    CHECK(kl_poisson_binomial_window_nats(2.0, 250, 0.008, 0) == near(0.00108849144036526367));
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.0, 0) == near(-0.0732625555549367212));  // e^−4·(−4)
    CHECK(kl_poisson_binomial_window_nats(4.0, 10, 0.0, 1) == inf);
  }
  TEST_CASE("refuses a negative window and bad parameters") {
    CHECK_THROWS_AS(kl_poisson_binomial_window_nats(4.0, 10, 0.5, -1), std::invalid_argument);
    CHECK_THROWS_AS(kl_poisson_binomial_window_nats(-4.0, 10, 0.5, 3), std::invalid_argument);
    CHECK_THROWS_AS(kl_poisson_binomial_window_nats(4.0, 10, -0.5, 3), std::invalid_argument);
  }
}

TEST_SUITE("10.3 poisson_mass_above") {
  TEST_CASE("the lesson's poisson(4) above K = 9 and K = 10") {
    CHECK(poisson_mass_above(4.0, 9) == relative(0.00813224279693386316, 1e-10));
    CHECK(poisson_mass_above(4.0, 10) == relative(0.00283976612051374305, 1e-10));  // curriculum 0.00284
  }
  TEST_CASE("small and large means") {
    CHECK(poisson_mass_above(0.5, 0) == relative(0.393469340287366576, 1e-10));  // 1 − e^−0.5
    CHECK(poisson_mass_above(2.0, 9) == relative(4.64980750172638083e-5, 1e-10));
    CHECK(poisson_mass_above(1000.0, 900) == relative(0.999302232672203693, 1e-10));
  }
  TEST_CASE("far tails, where 1 − P(X <= k) is exactly 0 in double precision") {
    CHECK(poisson_mass_above(100.0, 200) == relative(4.62617947019577288e-19, 1e-10));
    CHECK(poisson_mass_above(2.0, 100) == relative(3.71290687168870329e-131, 1e-10));
    CHECK(poisson_mass_above(30.0, 60) == relative(4.48464021800267989e-7, 1e-10));
  }
  TEST_CASE("refuses k < 0 and bad means") {
    CHECK_THROWS_AS(poisson_mass_above(4.0, -1), std::invalid_argument);
    CHECK_THROWS_AS(poisson_mass_above(0.0, 3), std::invalid_argument);
    CHECK_THROWS_AS(poisson_mass_above(std::nan(""), 3), std::invalid_argument);
  }
}

TEST_SUITE("10.4 kl_poissons_by_sum_nats") {
  // Expected values from the closed form mean_p·log(mean_p/mean_q) + mean_q − mean_p, in mpmath.
  TEST_CASE("the lesson's poisson(2) against poisson(3), and back") {
    CHECK(kl_poissons_by_sum_nats(2.0, 3.0) == relative(0.189069783783671236, 1e-9));
    CHECK(kl_poissons_by_sum_nats(3.0, 2.0) == relative(0.216395324324493146, 1e-9));
  }
  TEST_CASE("means in the thousands: e^-1000 underflows") {
    CHECK(kl_poissons_by_sum_nats(1000.0, 1010.0) == relative(0.0496691468319171518, 1e-9));
  }
  TEST_CASE("very different means, and equal ones") {
    CHECK(kl_poissons_by_sum_nats(0.001, 5.0) == relative(4.99048280680858376, 1e-9));
    CHECK(kl_poissons_by_sum_nats(700.0, 1.0) == relative(3886.75623453038327, 1e-9));
    CHECK(kl_poissons_by_sum_nats(4.0, 4.0) == near(0.0));
  }
  TEST_CASE("refuses means that are not positive and finite") {
    CHECK_THROWS_AS(kl_poissons_by_sum_nats(0.0, 3.0), std::invalid_argument);
    CHECK_THROWS_AS(kl_poissons_by_sum_nats(2.0, -3.0), std::invalid_argument);
    CHECK_THROWS_AS(kl_poissons_by_sum_nats(inf, 3.0), std::invalid_argument);
  }
}
