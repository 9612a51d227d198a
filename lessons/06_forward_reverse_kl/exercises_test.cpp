// Lesson 06 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 significant digits (quadrature; the reverse fits by findroot on the
// gradient), see lessons/homework/references.py, section named by the exercise; quoted here to 15-18 digits.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <vector>

using namespace hw::lesson06;
using hw::check::near;

namespace {

// The lesson's bimodal P, and the asymmetric mixture of its first exercise.
const std::vector<part> bimodal{{0.5, -2.0, 0.6}, {0.5, 2.0, 0.6}};
const std::vector<part> lopsided{{0.3, -1.0, 0.5}, {0.7, 3.0, 1.0}};
const std::vector<part> three{{0.2, -10.0, 1.0}, {0.5, 0.0, 0.1}, {0.3, 4.0, 3.0}};

// The mixture seen through x → shift + scale·x: every KL between P and Q is unchanged when both move.
std::vector<part> moved(const std::vector<part>& p, double shift, double scale) {
  std::vector<part> out;
  for (const part& c : p) out.push_back({c.weight, shift + scale * c.mean, scale * c.sd});
  return out;
}

// The test's own E_P[−ln q(X)] for a normal Q, from the parts' moments: the only part of KL(P‖Q) that
// depends on Q.
double cross_entropy_to_normal(const std::vector<part>& p, normal q) {
  double second = 0.0;  // E_P[(X − μ)²]
  for (const part& c : p) second += c.weight * (c.sd * c.sd + (c.mean - q.mean) * (c.mean - q.mean));
  return 0.5 * std::log(2.0 * std::numbers::pi * q.sd * q.sd) + second / (2.0 * q.sd * q.sd);
}

}  // namespace

TEST_SUITE("forward_kl_fit") {
  TEST_CASE("the lopsided mixture is fitted by mu = 1.8, sigma = sqrt(4.135)") {
    const normal q = forward_kl_fit(lopsided);
    CHECK(q.mean == near(1.8));
    CHECK(q.sd == near(2.03346994076627550));  // references.py lesson06 forward_kl_fit
  }
  TEST_CASE("the bimodal P is fitted between its modes, mu = 0, sigma = sqrt(4.36)") {
    const normal q = forward_kl_fit(bimodal);
    CHECK(q.mean == near(0.0));
    CHECK(q.sd == near(2.08806130178211004));  // curriculum 2.088061
  }
  TEST_CASE("a single normal fits itself; three parts far apart") {
    const normal one = forward_kl_fit({{1.0, 5.0, 2.0}});
    CHECK(one.mean == near(5.0));
    CHECK(one.sd == near(2.0));
    const normal q = forward_kl_fit(three);
    CHECK(q.mean == near(-0.8));
    CHECK(q.sd == near(5.20240329078782588));  // references.py lesson06 forward_kl_fit
  }
  TEST_CASE("the order of the parts does not matter, and two equal halves are one normal") {
    const normal q = forward_kl_fit({{0.3, 4.0, 3.0}, {0.2, -10.0, 1.0}, {0.5, 0.0, 0.1}});
    CHECK(q.mean == near(-0.8));
    CHECK(q.sd == near(5.20240329078782588));
    const normal halves = forward_kl_fit({{0.5, 1.0, 2.0}, {0.5, 1.0, 2.0}});
    CHECK(halves.mean == near(1.0));
    CHECK(halves.sd == near(2.0));
  }
  TEST_CASE("moving P by x → 100 + 10x moves the fit the same way") {
    const normal q = forward_kl_fit(moved(lopsided, 100.0, 10.0));
    CHECK(q.mean == near(118.0));
    CHECK(q.sd == near(20.3346994076627550));
  }
  TEST_CASE("forward KL covers all mass: a part of weight 1e-12 at 10^6 doubles the variance") {
    const normal q = forward_kl_fit({{1.0 - 1e-12, 0.0, 1.0}, {1e-12, 1e6, 1.0}});
    CHECK(q.mean == near(1e-6));
    CHECK(q.sd == near(1.41421356237274150));  // references.py lesson06 forward_kl_fit
  }
  TEST_CASE("the fit minimises E_P[−ln q]: moving its mean or sd either way costs more (the test's own sum)") {
    const normal q = forward_kl_fit(three);
    const double best = cross_entropy_to_normal(three, q);
    CHECK(best < cross_entropy_to_normal(three, {q.mean + 0.01, q.sd}));
    CHECK(best < cross_entropy_to_normal(three, {q.mean - 0.01, q.sd}));
    CHECK(best < cross_entropy_to_normal(three, {q.mean, q.sd * 1.001}));
    CHECK(best < cross_entropy_to_normal(three, {q.mean, q.sd / 1.001}));
  }
  TEST_CASE("refuses weights that do not sum to 1 (they are never normalised for you)") {
    CHECK_THROWS_AS(forward_kl_fit({{0.5, 0.0, 1.0}, {0.4, 1.0, 1.0}}), std::invalid_argument);  // sum 0.9
  }
}

TEST_SUITE("reverse_kl_nats") {
  TEST_CASE("Q = N(mu, 0.6) against the bimodal P at mu = 1.5, 2 and 2.5: smallest on the mode") {
    // references.py lesson06 reverse_kl_nats
    CHECK(reverse_kl_nats({1.5, 0.6}, bimodal) == near(1.02208734136809258, 1e-9));
    CHECK(reverse_kl_nats({2.0, 0.6}, bimodal) == near(0.691906123814349522, 1e-9));
    CHECK(reverse_kl_nats({2.5, 0.6}, bimodal) == near(1.04032076277951977, 1e-9));
  }
  TEST_CASE("Q between the modes, and Q far wider than P (p underflows in Q's tails)") {
    CHECK(reverse_kl_nats({0.0, 1.0}, bimodal) == near(2.13555041852621168, 1e-9));
    CHECK(reverse_kl_nats({0.0, 5.0}, bimodal) == near(16.1753935947187851, 1e-9));
  }
  TEST_CASE("Q = N(30, 1), so far beyond both modes that p(x) underflows to 0 in double: about 1090 nats, finite") {
    // references.py lesson06 reverse_kl_nats
    CHECK(reverse_kl_nats({30.0, 1.0}, bimodal) == near(1089.96009933457173, 1e-9));
  }
  TEST_CASE("a very narrow Q = N(2, 0.01) on one mode") {
    CHECK(reverse_kl_nats({2.0, 0.01}, bimodal) == near(4.28763063144618869, 1e-9));
  }
  TEST_CASE("the lopsided mixture, and Q equal to a one-part P") {
    CHECK(reverse_kl_nats({3.0, 1.0}, lopsided) == near(0.346428832262368095, 1e-9));
    CHECK(reverse_kl_nats({5.0, 2.0}, {{1.0, 5.0, 2.0}}) == near(0.0, 1e-9));
  }
  TEST_CASE("against a one-part P it is the closed-form KL of two normals (the test's own formula)") {
    // KL(N(1, 0.5)‖N(−1, 2)) = ln(2/0.5) + (0.5² + 2²)/(2·2²) − ½
    const double closed = std::log(4.0) + (0.25 + 4.0) / 8.0 - 0.5;
    CHECK(reverse_kl_nats({1.0, 0.5}, {{1.0, -1.0, 2.0}}) == near(closed, 1e-9));
  }
  TEST_CASE("moving Q and P together by x → 100 + 10x changes nothing") {
    CHECK(reverse_kl_nats({120.0, 6.0}, moved(bimodal, 100.0, 10.0)) == near(0.691906123814349522, 1e-9));
    CHECK(reverse_kl_nats({130.0, 10.0}, moved(lopsided, 100.0, 10.0)) == near(0.346428832262368095, 1e-9));
  }
  TEST_CASE("refuses a Q with standard deviation 0") {
    CHECK_THROWS_AS(reverse_kl_nats({0.0, 0.0}, bimodal), std::invalid_argument);
  }
}

TEST_SUITE("forward_kl_nats") {
  TEST_CASE("the bimodal P against its forward fit N(0, sqrt 4.36): the minimum, 0.555156 nats") {
    CHECK(forward_kl_nats(bimodal, {0.0, 2.08806130178211004}) == near(0.555155528632112637, 1e-9));
  }
  TEST_CASE("on one mode KL(P‖Q) is 10.4 nats, while KL(Q‖P) was 0.69: the forward direction punishes a missed mode") {
    // references.py lesson06 forward_kl_nats
    CHECK(forward_kl_nats(bimodal, {2.0, 0.6}) == near(10.4192049872967616, 1e-9));
    CHECK(forward_kl_nats(bimodal, {0.0, 1.0}) == near(1.49891949995164116, 1e-9));
  }
  TEST_CASE("the lopsided and the three-part mixtures against their own fits") {
    CHECK(forward_kl_nats(lopsided, {1.8, 2.03346994076627550}) == near(0.318370803714866863, 1e-9));
    // references.py lesson06 forward_kl_nats
    CHECK(forward_kl_nats(three, {-0.8, 5.20240329078782588}) == near(1.48692239302610505, 1e-9));
  }
  TEST_CASE("a one-part P against itself is 0; two equal halves are the closed-form KL of two normals") {
    CHECK(forward_kl_nats({{1.0, 5.0, 2.0}}, {5.0, 2.0}) == near(0.0, 1e-9));
    // KL(N(1, 2)‖N(0, 3)) = ln(3/2) + (2² + 1²)/(2·3²) − ½, the test's own closed form
    const double closed = std::log(1.5) + 5.0 / 18.0 - 0.5;
    CHECK(forward_kl_nats({{0.5, 1.0, 2.0}, {0.5, 1.0, 2.0}}, {0.0, 3.0}) == near(closed, 1e-9));
  }
  TEST_CASE("moving Q away from the fit adds exactly the change of E_P[−ln q] (the test's own sum)") {
    const normal fit{0.0, 2.08806130178211004};
    for (const normal q : {normal{0.5, 2.08806130178211004}, normal{0.0, 3.0}, normal{-1.0, 1.5}}) {
      CAPTURE(q.mean);
      CAPTURE(q.sd);
      const double extra = cross_entropy_to_normal(bimodal, q) - cross_entropy_to_normal(bimodal, fit);
      CHECK(extra > 0.0);
      CHECK(forward_kl_nats(bimodal, q) == near(0.555155528632112637 + extra, 1e-9));
    }
  }
  TEST_CASE("moving P and Q together by x → 100 + 10x changes nothing") {
    CHECK(forward_kl_nats(moved(bimodal, 100.0, 10.0), {100.0, 20.8806130178211004}) ==
          near(0.555155528632112637, 1e-9));
  }
  TEST_CASE("refuses a mixture with no parts") {
    CHECK_THROWS_AS(forward_kl_nats({}, {0.0, 1.0}), std::invalid_argument);
  }
}

TEST_SUITE("reverse_kl_fit") {
  TEST_CASE("the bimodal P: each start near a mode finds that mode, with about its width") {
    const normal right = reverse_kl_fit(bimodal, {1.5, 1.0});
    CHECK(right.mean == near(1.99707828154583820, 1e-4));  // references.py lesson06 reverse_kl_fit
    CHECK(right.sd == near(0.604856420673783984, 1e-4));
    const normal left = reverse_kl_fit(bimodal, {-2.5, 0.3});
    CHECK(left.mean == near(-1.99707828154583820, 1e-4));  // the mirror image of the right mode
    CHECK(left.sd == near(0.604856420673783984, 1e-4));
  }
  TEST_CASE("the lopsided P has a minimum at each of its parts") {
    const normal big = reverse_kl_fit(lopsided, {2.5, 1.5});
    CHECK(big.mean == near(2.93720482274769461, 1e-4));
    CHECK(big.sd == near(1.08476140192895818, 1e-4));
    const normal small = reverse_kl_fit(lopsided, {-1.2, 0.4});
    CHECK(small.mean == near(-0.970934267352484793, 1e-4));
    CHECK(small.sd == near(0.534482759155963048, 1e-4));
  }
  TEST_CASE("a one-part P is found exactly") {
    const normal q = reverse_kl_fit({{1.0, 5.0, 2.0}}, {4.0, 1.0});
    CHECK(q.mean == near(5.0, 1e-4));
    CHECK(q.sd == near(2.0, 1e-4));
  }
  TEST_CASE("moving P and the start by x → 100 + 10x moves the fit the same way") {
    const normal q = reverse_kl_fit(moved(bimodal, 100.0, 10.0), {115.0, 10.0});
    CHECK(q.mean == near(119.970782815458382, 2e-5));  // 100 + 10 · 1.997078, to 1e-4 before the move
    CHECK(q.sd == near(6.04856420673783984, 3e-4));
  }
  TEST_CASE("refuses a start with sigma <= 0") {
    CHECK_THROWS_AS(reverse_kl_fit(bimodal, {1.0, 0.0}), std::invalid_argument);
  }
}
