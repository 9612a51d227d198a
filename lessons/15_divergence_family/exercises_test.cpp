// Lesson 15 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 50 significant digits (lessons/homework/references.py, generator lesson15,
// section named by the exercise), quoted here to 17-20 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson15;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;

namespace {
const std::vector<double> A{0.42, 0.31, 0.27}, B{0.25, 0.5, 0.25};
const std::vector<double> R{0.1, 0.2, 0.3, 0.4}, S{0.4, 0.3, 0.2, 0.1};
}  // namespace

TEST_SUITE("total_variation") {
  TEST_CASE("the worked example: 0.19; and (0.1, 0.2, 0.3, 0.4) against its reverse: 0.4") {
    CHECK(total_variation(A, B) == near(0.19000000000000000222));  // references.py lesson15 total_variation
    CHECK(total_variation(R, S) == near(0.39999999999999999445));
  }
  TEST_CASE("symmetric, 0 for equal pmfs, 1 for disjoint supports") {
    CHECK(total_variation(B, A) == near(total_variation(A, B)));
    CHECK(total_variation(A, A) == 0.0);
    CHECK(total_variation({0.5, 0.5, 0, 0}, {0, 0, 0.3, 0.7}) == near(1.0));
  }
  TEST_CASE("TV is the largest |P(A) − Q(A)| over the 2⁵ events of random pairs (the test's own enumeration)") {
    std::mt19937 engine(15);
    for (int k = 0; k < 20; ++k) {
      const std::vector<double> p = hw::check::random_pmf(engine, 5), q = hw::check::random_pmf(engine, 5);
      double best = 0.0;
      for (unsigned mask = 0; mask < 32; ++mask) {
        double d = 0.0;
        for (unsigned x = 0; x < 5; ++x)
          if (mask >> x & 1U) d += p[x] - q[x];
        best = std::max(best, std::abs(d));
      }
      CHECK(total_variation(p, q) == near(best));
    }
  }
  TEST_CASE("refuses pmfs of different lengths and a pmf that does not sum to 1") {
    CHECK_THROWS_AS(total_variation({0.5, 0.5}, {0.2, 0.3, 0.5}), std::invalid_argument);
    CHECK_THROWS_AS(total_variation({0.2, 0.4, 0.5}, {0.3, 0.3, 0.4}), std::invalid_argument);
  }
}

TEST_SUITE("hellinger_distance") {
  TEST_CASE("the worked example: 0.149850; and (0.1, 0.2, 0.3, 0.4) against its reverse") {
    CHECK(hellinger_distance(A, B) == near(0.14984975890432671062));  // references.py lesson15 hellinger_distance
    CHECK(hellinger_distance(R, S) == near(0.33181629170877728526));
  }
  TEST_CASE("nearly equal pmfs: H = 7.0710678e-10, to six digits (1 − Σ√(PQ) gives noise here)") {
    // H² is 5e-19, far below the rounding of 1 − Σ √(PQ) (1e-16): only the difference form keeps the digits.
    CHECK(hellinger_distance({0.500000001, 0.499999999}, {0.5, 0.5}) == relative(7.0710678081435803736e-10, 1e-6));
  }
  TEST_CASE("in [0, 1]: 0 for equal pmfs, 1 for disjoint supports; symmetric; H² ≤ TV ≤ √2·H on random pairs") {
    CHECK(hellinger_distance(A, A) == 0.0);
    CHECK(hellinger_distance({1, 0}, {0, 1}) == near(1.0));
    CHECK(hellinger_distance(B, A) == near(hellinger_distance(A, B)));
    std::mt19937 engine(16);
    for (int k = 0; k < 20; ++k) {
      const std::vector<double> p = hw::check::random_pmf(engine, 6), q = hw::check::random_pmf(engine, 6);
      double tv = 0.0;
      for (std::size_t x = 0; x < p.size(); ++x) tv += std::abs(p[x] - q[x]) / 2;
      const double h = hellinger_distance(p, q);
      CHECK(h * h <= tv + 1e-15);
      CHECK(tv <= std::sqrt(2.0) * h + 1e-15);
    }
  }
  TEST_CASE("refuses a negative mass") {
    CHECK_THROWS_AS(hellinger_distance({1.5, -0.5}, {0.5, 0.5}), std::invalid_argument);
  }
}

TEST_SUITE("renyi_divergence_nats") {
  TEST_CASE("the worked example: α = 2 gives 0.173449 nats; α = ½ and α = 10") {
    // references.py lesson15 renyi_divergence_nats
    CHECK(renyi_divergence_nats(A, B, 2.0) == near(0.17344897829035623607));
    CHECK(renyi_divergence_nats(A, B, 0.5) == near(0.045421802954696193048));
    CHECK(renyi_divergence_nats(A, B, 10.0) == near(0.42374649754011936371));
  }
  TEST_CASE("α = 1 is KL; α = 1 ± 1e-10 within 1e-12 of the exact values, on either side of KL") {
    CHECK(renyi_divergence_nats(A, B, 1.0) == near(0.090481776048795073998));
    CHECK(renyi_divergence_nats(A, B, 1.0000000001) == near(0.090481776057659807186, 1e-12));
    CHECK(renyi_divergence_nats(A, B, 0.9999999999) == near(0.090481776039930340809, 1e-12));
    CHECK(renyi_divergence_nats(A, B, 1.0) == near(hw::check::own_kl_nats(A, B)));
  }
  TEST_CASE("non-decreasing in α; D_2 = ln(1 + χ²) with the test's own χ²") {
    double last = 0.0;
    for (double a : {0.1, 0.3, 0.7, 0.99, 1.0, 1.01, 1.5, 3.0, 8.0}) {
      const double d = renyi_divergence_nats(R, S, a);
      CHECK(d >= last - 1e-15);
      last = d;
    }
    double chi = 0.0;
    for (std::size_t x = 0; x < R.size(); ++x) chi += (R[x] - S[x]) * (R[x] - S[x]) / S[x];
    CHECK(renyi_divergence_nats(R, S, 2.0) == near(std::log1p(chi)));
  }
  TEST_CASE("Q rules out an outcome of P: +∞ from α = 1 on, finite below (ln 2 at α = ½)") {
    const std::vector<double> p{0.5, 0.5, 0}, q{1, 0, 0};
    CHECK(renyi_divergence_nats(p, q, 1.0) == inf);
    CHECK(renyi_divergence_nats(p, q, 2.0) == inf);
    CHECK(renyi_divergence_nats(p, q, 0.5) == near(0.69314718055994530942));
  }
  TEST_CASE("refuses α ≤ 0") {
    CHECK_THROWS_AS(renyi_divergence_nats(A, B, 0.0), std::invalid_argument);
  }
}

TEST_SUITE("gaussian_mi_nats") {
  TEST_CASE("the worked example: ρ = 0.6 gives −½ ln 0.64 = 0.223144 nats") {
    CHECK(gaussian_mi_nats(4.0, 0.6, 0.25) == near(0.22314355131420973495));  // references.py lesson15 gaussian_mi_nats
  }
  TEST_CASE("only ρ counts: scales and the sign of cov change nothing; 0 for cov = 0") {
    CHECK(gaussian_mi_nats(100.0, -5.0, 1.0) == near(0.14384103622589046372));
    CHECK(gaussian_mi_nats(1.0, 0.5, 1.0) == near(gaussian_mi_nats(100.0, -5.0, 1.0)));
    CHECK(gaussian_mi_nats(2.0, 0.0, 3.0) == 0.0);
  }
  TEST_CASE("tiny ρ = 1e-9: 5e-19 nats, to ten digits; ρ near 1: 2.303838; ρ = 1: +∞") {
    CHECK(gaussian_mi_nats(1.0, 1e-9, 1.0) == relative(5.0000000000000006253e-19, 1e-10));
    CHECK(gaussian_mi_nats(2.0, 1.99, 2.0) == near(2.3038366581031045062, 1e-10));
    CHECK(gaussian_mi_nats(2.0, 2.0, 2.0) == inf);
  }
  TEST_CASE("refuses a covariance matrix that is not one") {
    CHECK_THROWS_AS(gaussian_mi_nats(1.0, 2.0, 1.0), std::invalid_argument);
  }
}
