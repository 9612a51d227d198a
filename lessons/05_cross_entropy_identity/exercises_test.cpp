// Lesson 05 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson05;
using hw::check::inf;
using hw::check::near;
using hw::check::random_pmf;
using hw::check::relative;
using info::base;

TEST_SUITE("three_sums") {
  TEST_CASE("P = (0.5, 0.5) against Q = (0.9, 0.1) is 1 + 0.736966 = 1.736966 bits") {
    const sides s = three_sums({0.5, 0.5}, {0.9, 0.1}, base::bits);
    CHECK(s.entropy == near(1.0));
    CHECK(s.kl == near(0.736965594166206166));  // references.py lesson05 three_sums
    CHECK(s.cross_entropy == near(1.73696559416620617));
  }
  TEST_CASE("R = (0.42, 0.31, 0.27) against S = (0.25, 0.5, 0.25) is 1.080937 + 0.090482 = 1.171419 nats") {
    const sides s = three_sums({0.42, 0.31, 0.27}, {0.25, 0.5, 0.25}, base::nats);
    CHECK(s.entropy == near(1.08093695909751249));  // references.py lesson05 three_sums
    CHECK(s.kl == near(0.0904817760487950796));
    CHECK(s.cross_entropy == near(1.17141873514630757));
  }
  TEST_CASE("the same pair in bans: every side is divided by ln 10") {
    const sides s = three_sums({0.42, 0.31, 0.27}, {0.25, 0.5, 0.25}, base::bans);
    CHECK(s.entropy == near(0.469444956621330701));  // references.py lesson05 three_sums
    CHECK(s.kl == near(0.0392957360507975194));
    CHECK(s.cross_entropy == near(0.508740692672128220));
  }
  TEST_CASE("listing the outcomes in another order changes none of the three sums") {
    const sides s = three_sums({0.27, 0.42, 0.31}, {0.25, 0.25, 0.5}, base::nats);  // R and S, rotated
    CHECK(s.entropy == near(1.08093695909751249));  // references.py lesson05 three_sums
    CHECK(s.kl == near(0.0904817760487950796));
    CHECK(s.cross_entropy == near(1.17141873514630757));
  }
  TEST_CASE("swapping P and Q: S against R has another entropy and another KL (0.090079, not 0.090482)") {
    const sides s = three_sums({0.25, 0.5, 0.25}, {0.42, 0.31, 0.27}, base::nats);
    CHECK(s.entropy == near(1.03972077083991796));  // 1.5 ln 2, references.py lesson05 three_sums
    CHECK(s.kl == near(0.0900791918336759359));
    CHECK(s.cross_entropy == near(1.12979996267359390));
  }
  TEST_CASE("shared zeros add nothing; a zero of Q where P has mass makes KL and H(P, Q) infinite, not H(P)") {
    const sides shared = three_sums({0.5, 0.5, 0.0}, {0.25, 0.75, 0.0}, base::nats);
    CHECK(shared.entropy == near(0.693147180559945309));  // references.py lesson05 three_sums
    CHECK(shared.kl == near(0.143841036225890464));
    CHECK(shared.cross_entropy == near(0.836988216785835773));
    const sides ruled_out = three_sums({0.5, 0.5}, {1.0, 0.0}, base::nats);
    CHECK(ruled_out.entropy == near(0.693147180559945309));
    CHECK(ruled_out.kl == inf);
    CHECK(ruled_out.cross_entropy == inf);
  }
  TEST_CASE("a point mass has no entropy, so its KL and its cross-entropy are both -ln Q(x)") {
    const sides s = three_sums({0.0, 1.0, 0.0}, {0.2, 0.3, 0.5}, base::nats);
    CHECK(s.entropy == near(0.0));
    CHECK(s.kl == near(1.20397280432593599));  // ln(1/0.3), references.py lesson05 three_sums
    CHECK(s.cross_entropy == near(1.20397280432593599));
  }
  TEST_CASE("a tiny Q(x) = 1e-300 is not a zero: KL and H(P, Q) are large but finite") {
    const sides s = three_sums({0.5, 0.5}, {1e-300, 1.0}, base::nats);
    CHECK(s.entropy == near(0.693147180559945309));
    CHECK(s.kl == near(344.694616768546907));  // 150 ln 10 − ln 2, references.py lesson05 three_sums
    CHECK(s.cross_entropy == near(345.387763949106853));
  }
  TEST_CASE("nearly equal P and Q: KL is small and positive, about 2e-8 nats, to 7 digits") {
    const sides nats = three_sums({0.5, 0.5}, {0.5001, 0.4999}, base::nats);
    CHECK(nats.kl == relative(2.00000004000000107e-8, 1e-7));  // references.py lesson05 three_sums
    CHECK(nats.cross_entropy == near(0.693147200559945709));
    const sides bits = three_sums({0.5, 0.5}, {0.5001, 0.4999}, base::bits);
    CHECK(bits.kl == relative(2.88539013948572999e-8, 1e-7));
  }
  TEST_CASE("random P, Q of length 20 (seeded): each side against the test's own sum, Gibbs, and the identity") {
    std::mt19937 engine(5);
    for (int trial = 0; trial < 20; ++trial) {
      const std::vector<double> p = random_pmf(engine, 20), q = random_pmf(engine, 20);
      double h = 0.0, kl = 0.0, ce = 0.0;
      for (std::size_t x = 0; x < 20; ++x) {
        h -= p[x] * std::log(p[x]);
        kl += p[x] * std::log(p[x] / q[x]);
        ce -= p[x] * std::log(q[x]);
      }
      const sides s = three_sums(p, q, base::nats);
      CAPTURE(trial);
      CHECK(s.entropy == near(h, 1e-13));
      CHECK(s.kl == near(kl, 1e-13));
      CHECK(s.cross_entropy == near(ce, 1e-13));
      CHECK(s.kl > 0.0);                       // Gibbs: KL(P‖Q) ≥ 0, with equality only for P = Q
      CHECK(s.cross_entropy > s.entropy);      // so no model beats the truth's own entropy
      CHECK(s.cross_entropy == near(s.entropy + s.kl, 1e-13));
    }
  }
  TEST_CASE("refuses P and Q on different numbers of outcomes") {
    CHECK_THROWS_AS(three_sums({0.5, 0.5}, {1.0}, base::nats), std::invalid_argument);
  }
}

TEST_SUITE("kl_to_uniform_nats") {
  TEST_CASE("P = (0.7, 0.2, 0.1) is ln 3 − 0.801819 = 0.296794 nats from uniform") {
    // references.py lesson05 kl_to_uniform_nats
    CHECK(kl_to_uniform_nats({0.7, 0.2, 0.1}) == near(0.296793736124772383));
  }
  TEST_CASE("Binomial(2, 0.4) is 0.085300 nats from uniform on its three values") {
    CHECK(kl_to_uniform_nats({0.36, 0.48, 0.16}) == near(0.0852996013183705679));
  }
  TEST_CASE("a dyadic P = (1/2, 1/4, 1/8, 1/8) is ln 4 − 1.75 ln 2 = ¼ ln 2 from uniform") {
    CHECK(kl_to_uniform_nats({0.5, 0.25, 0.125, 0.125}) == near(0.173286795139986327));
  }
  TEST_CASE("outcomes P never takes still count: three zeros more move P a further ln 2 from uniform") {
    // references.py lesson05 kl_to_uniform_nats
    CHECK(kl_to_uniform_nats({0.7, 0.2, 0.1, 0.0, 0.0, 0.0}) == near(0.989940916684717692));
  }
  TEST_CASE("uniform P is 0 from uniform, a single outcome too, and a point mass is ln n away") {
    CHECK(kl_to_uniform_nats(std::vector<double>(5, 0.2)) == near(0.0));
    CHECK(kl_to_uniform_nats({1.0}) == near(0.0));
    CHECK(kl_to_uniform_nats({0.0, 1.0, 0.0, 0.0}) == near(1.38629436111989062));  // ln 4
  }
  TEST_CASE("a point mass among a million outcomes is ln 10^6 = 13.815511 nats from uniform") {
    std::vector<double> p(1'000'000, 0.0);
    p[123'456] = 1.0;
    CHECK(kl_to_uniform_nats(p) == near(13.8155105579642741));
  }
  TEST_CASE("random P on 2 to 40 outcomes (seeded): the test's own KL sum against U, between 0 and ln n") {
    std::mt19937 engine(7);
    for (std::size_t n = 2; n <= 40; ++n) {
      const std::vector<double> p = random_pmf(engine, n);
      double kl = 0.0;  // Σ P(x) ln(P(x) / (1/n))
      for (double x : p) kl += x * std::log(x * static_cast<double>(n));
      const double got = kl_to_uniform_nats(p);
      CAPTURE(n);
      CHECK(got == near(kl, 1e-13));
      CHECK(got > 0.0);
      CHECK(got < std::log(static_cast<double>(n)));
    }
  }
  TEST_CASE("refuses a P that does not sum to 1 (it is never normalised for you)") {
    CHECK_THROWS_AS(kl_to_uniform_nats({0.7, 0.2, 0.2}), std::invalid_argument);
  }
}

TEST_SUITE("gaussian_sides_nats") {
  TEST_CASE("normal(0, 1) against normal(0, 2) is 1.418939 + 0.318147 = 1.737086 nats") {
    const sides s = gaussian_sides_nats(0.0, 1.0, 0.0, 2.0);
    CHECK(s.entropy == near(1.41893853320467274));  // ½ ln(2πe), references.py lesson05 gaussian_sides_nats
    CHECK(s.kl == near(0.318147180559945309));      // ln 2 + 1/8 − 1/2
    CHECK(s.cross_entropy == near(1.73708571376461805));
  }
  TEST_CASE("normal(0, 1) against normal(1, 2) is 1.418939 + 0.443147 = 1.862086 nats") {
    const sides s = gaussian_sides_nats(0.0, 1.0, 1.0, 2.0);
    CHECK(s.entropy == near(1.41893853320467274));
    CHECK(s.kl == near(0.443147180559945309));
    CHECK(s.cross_entropy == near(1.86208571376461805));
  }
  TEST_CASE("KL is not symmetric: normal(0, 2) against normal(0, 1) is 1.5 − ln 2 = 0.806853 nats") {
    const sides s = gaussian_sides_nats(0.0, 2.0, 0.0, 1.0);
    CHECK(s.entropy == near(2.11208571376461805));  // references.py lesson05 gaussian_sides_nats
    CHECK(s.kl == near(0.806852819440054691));
    CHECK(s.cross_entropy == near(2.91893853320467274));
  }
  TEST_CASE("a narrow P has a negative differential entropy; P = Q has KL 0") {
    const sides s = gaussian_sides_nats(100.0, 0.01, 100.0, 0.01);
    CHECK(s.entropy == near(-3.18623165278341863));
    CHECK(s.kl == near(0.0));
    CHECK(s.cross_entropy == near(-3.18623165278341863));
  }
  TEST_CASE("means far apart and different widths: normal(-3, 0.5) against normal(2, 4)") {
    const sides s = gaussian_sides_nats(-3.0, 0.5, 2.0, 4.0);
    CHECK(s.entropy == near(0.725791352644727432));
    CHECK(s.kl == near(2.36850404167983593));
    CHECK(s.cross_entropy == near(3.09429539432456336));
  }
  TEST_CASE("equal widths: KL is (mean_p − mean_q)² / (2σ²), wherever the pair sits on the line") {
    CHECK(gaussian_sides_nats(3.0, 1.5, 7.0, 1.5).kl == near(3.55555555555555556));  // 16 / 4.5
    CHECK(gaussian_sides_nats(1003.0, 1.5, 1007.0, 1.5).kl == near(3.55555555555555556, 1e-10));
    // references.py lesson05 gaussian_sides_nats
    CHECK(gaussian_sides_nats(3.0, 1.5, 7.0, 1.5).cross_entropy == near(5.37995919686839268));
  }
  TEST_CASE("stretching both by 1000: h(P) and H(P, Q) grow by ln 1000, KL does not change") {
    const sides s = gaussian_sides_nats(0.0, 1000.0, 1000.0, 2000.0);
    const double ln_1000 = std::log(1000.0);
    CHECK(s.entropy == near(1.41893853320467274 + ln_1000));
    CHECK(s.kl == near(0.443147180559945309));
    CHECK(s.cross_entropy == near(1.86208571376461805 + ln_1000));
  }
  TEST_CASE("a very wide model normal(0, 1e6): KL is about ln 10^6 − ½ = 13.315511 nats") {
    const sides s = gaussian_sides_nats(0.0, 1.0, 0.0, 1e6);
    CHECK(s.kl == near(13.3155105579647741));  // references.py lesson05 gaussian_sides_nats
    CHECK(s.cross_entropy == near(14.7344490911694468));
  }
  TEST_CASE("on a grid of 81 pairs: KL ≥ 0, zero only when P = Q, and H(P, Q) = h(P) + KL(P‖Q)") {
    const double means[] = {-2.0, 0.0, 3.0}, sds[] = {0.5, 1.0, 4.0};
    for (double mp : means)
      for (double sp : sds)
        for (double mq : means)
          for (double sq : sds) {
            const sides s = gaussian_sides_nats(mp, sp, mq, sq);
            CAPTURE(mp);
            CAPTURE(sp);
            CAPTURE(mq);
            CAPTURE(sq);
            CHECK(s.cross_entropy == near(s.entropy + s.kl, 1e-13));
            if (mp == mq && sp == sq)
              CHECK(s.kl == near(0.0));
            else
              CHECK(s.kl > 1e-3);
          }
  }
  TEST_CASE("refuses a standard deviation of 0 (a point has no density)") {
    CHECK_THROWS_AS(gaussian_sides_nats(0.0, 0.0, 0.0, 1.0), std::invalid_argument);
  }
}

TEST_SUITE("softmax_gradients") {
  // Gradients to 1e-8: an answer by central finite differences passes too.
  TEST_CASE("P = (1, 0) at θ = (0, 0): both gradients are (−0.5, 0.5)") {
    const gradients g = softmax_gradients({1.0, 0.0}, {0.0, 0.0});
    REQUIRE(g.cross_entropy.size() == 2);
    REQUIRE(g.kl.size() == 2);
    CHECK(g.cross_entropy[0] == near(-0.5, 1e-8));
    CHECK(g.cross_entropy[1] == near(0.5, 1e-8));
    CHECK(g.kl[0] == near(-0.5, 1e-8));
    CHECK(g.kl[1] == near(0.5, 1e-8));
  }
  TEST_CASE("P = (0.2, 0.8) at θ = (1, −1)") {
    const gradients g = softmax_gradients({0.2, 0.8}, {1.0, -1.0});
    REQUIRE(g.cross_entropy.size() == 2);
    REQUIRE(g.kl.size() == 2);
    CHECK(g.cross_entropy[0] == near(0.680797077977882444, 1e-8));  // references.py lesson05 softmax_gradients
    CHECK(g.kl[0] == near(0.680797077977882444, 1e-8));
    CHECK(g.kl[1] == near(-0.680797077977882444, 1e-8));
  }
  TEST_CASE("three classes: P = (0.5, 0.3, 0.2) at θ = (2, 0.5, −1), and a one-hot P at θ = 0") {
    const gradients g = softmax_gradients({0.5, 0.3, 0.2}, {2.0, 0.5, -1.0});
    REQUIRE(g.cross_entropy.size() == 3);
    REQUIRE(g.kl.size() == 3);
    const double expected[3] = {0.285597034589275858, -0.124709607859963310, -0.160887426729312548};
    for (std::size_t x = 0; x < 3; ++x) {
      CHECK(g.cross_entropy[x] == near(expected[x], 1e-8));
      CHECK(g.kl[x] == near(expected[x], 1e-8));
    }
    const gradients h = softmax_gradients({0.0, 0.0, 1.0}, {0.0, 0.0, 0.0});
    REQUIRE(h.kl.size() == 3);
    CHECK(h.kl[0] == near(1.0 / 3.0, 1e-8));
    CHECK(h.kl[2] == near(-2.0 / 3.0, 1e-8));
  }
  TEST_CASE("adding 1000 to every logit, or taking 1000 away, changes nothing (and nothing overflows)") {
    const double expected[3] = {0.285597034589275858, -0.124709607859963310, -0.160887426729312548};
    for (double shift : {1000.0, -1000.0}) {
      const gradients g = softmax_gradients({0.5, 0.3, 0.2}, {2.0 + shift, 0.5 + shift, -1.0 + shift});
      CAPTURE(shift);
      REQUIRE(g.kl.size() == 3);
      REQUIRE(g.cross_entropy.size() == 3);
      for (std::size_t x = 0; x < 3; ++x) {
        CHECK(g.kl[x] == near(expected[x], 1e-8));
        CHECK(g.cross_entropy[x] == near(expected[x], 1e-8));
      }
    }
  }
  TEST_CASE("at θ = ln P the model is the truth: KL is at its minimum and both gradients vanish") {
    const std::vector<double> p{0.5, 0.3, 0.2};
    const gradients g = softmax_gradients(p, {std::log(0.5), std::log(0.3), std::log(0.2)});
    REQUIRE(g.kl.size() == 3);
    REQUIRE(g.cross_entropy.size() == 3);
    for (std::size_t x = 0; x < 3; ++x) {
      CHECK(g.kl[x] == near(0.0, 1e-12));
      CHECK(g.cross_entropy[x] == near(0.0, 1e-12));
    }
  }
  TEST_CASE("a label the model all but rules out (θ = −50 against 0, 0) gets the full push, −1") {
    const gradients g = softmax_gradients({1.0, 0.0, 0.0}, {-50.0, 0.0, 0.0});
    REQUIRE(g.kl.size() == 3);
    CHECK(g.kl[0] == near(-1.0, 1e-12));
    CHECK(g.kl[1] == near(0.5, 1e-12));
    CHECK(g.kl[2] == near(0.5, 1e-12));
  }
  TEST_CASE("random P and θ on 4 classes (seeded): the test's own finite differences of KL, and a sum of 0") {
    std::mt19937 engine(11);
    std::uniform_real_distribution<double> logit(-3.0, 3.0);
    // The test's own KL(P‖softmax(θ)) in nats.
    const auto kl = [](const std::vector<double>& p, std::vector<double> theta) {
      const double top = *std::max_element(theta.begin(), theta.end());
      double z = 0.0;
      for (double t : theta) z += std::exp(t - top);
      double sum = 0.0;
      for (std::size_t x = 0; x < p.size(); ++x) sum += p[x] * (std::log(p[x]) - (theta[x] - top - std::log(z)));
      return sum;
    };
    for (int trial = 0; trial < 10; ++trial) {
      const std::vector<double> p = random_pmf(engine, 4);
      std::vector<double> theta(4);
      for (double& t : theta) t = logit(engine);
      const gradients g = softmax_gradients(p, theta);
      CAPTURE(trial);
      REQUIRE(g.kl.size() == 4);
      REQUIRE(g.cross_entropy.size() == 4);
      for (std::size_t x = 0; x < 4; ++x) {
        std::vector<double> up = theta, down = theta;
        up[x] += 1e-5;
        down[x] -= 1e-5;
        CHECK(g.kl[x] == near((kl(p, up) - kl(p, down)) / 2e-5, 1e-7));
        CHECK(g.cross_entropy[x] == near(g.kl[x], 1e-12));
      }
      CHECK(std::accumulate(g.kl.begin(), g.kl.end(), 0.0) == near(0.0, 1e-12));  // Σ Q_θ − Σ P = 1 − 1
    }
  }
  TEST_CASE("refuses a logit that is not finite") {
    CHECK_THROWS_AS(softmax_gradients({0.5, 0.5}, {0.0, inf}), std::invalid_argument);
  }
}
