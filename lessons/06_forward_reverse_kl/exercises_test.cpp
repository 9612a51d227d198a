// Lesson 06 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.06.K.name.
// Reference values: mpmath at 30 significant digits (quadrature; the reverse fits by findroot on the
// gradient), see lessons/homework/references.py, section named by the exercise; quoted here to 15-18 digits.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <stdexcept>
#include <vector>

using namespace hw::lesson06;
using hw::check::inf;
using hw::check::near;

namespace {

// The lesson's bimodal P, and the asymmetric mixture of its first exercise.
const std::vector<part> bimodal{{0.5, -2.0, 0.6}, {0.5, 2.0, 0.6}};
const std::vector<part> lopsided{{0.3, -1.0, 0.5}, {0.7, 3.0, 1.0}};

}  // namespace

TEST_SUITE("06.1 forward_kl_fit") {
  TEST_CASE("the lesson's lopsided mixture: mu = 1.8, sigma = sqrt(4.135)") {
    const normal q = forward_kl_fit(lopsided);
    CHECK(q.mean == near(1.8));
    CHECK(q.sd == near(2.03346994076627550));
  }
  TEST_CASE("the bimodal P: the mean lands between the modes, sigma = sqrt(4.36)") {
    const normal q = forward_kl_fit(bimodal);
    CHECK(q.mean == near(0.0));
    CHECK(q.sd == near(2.08806130178211004));  // curriculum 2.088061
  }
  TEST_CASE("a single normal fits itself; three parts far apart") {
    const normal one = forward_kl_fit({{1.0, 5.0, 2.0}});
    CHECK(one.mean == near(5.0));
    CHECK(one.sd == near(2.0));
    const normal three = forward_kl_fit({{0.2, -10.0, 1.0}, {0.5, 0.0, 0.1}, {0.3, 4.0, 3.0}});
    CHECK(three.mean == near(-0.8));
    CHECK(three.sd == near(5.20240329078782588));  // references.py 06.1
  }
  TEST_CASE("refuses what is not a mixture") {
    CHECK_THROWS_AS(forward_kl_fit({}), std::invalid_argument);
    CHECK_THROWS_AS(forward_kl_fit({{0.5, 0.0, 1.0}, {0.4, 1.0, 1.0}}), std::invalid_argument);  // weights sum to 0.9
    CHECK_THROWS_AS(forward_kl_fit({{1.0, 0.0, 0.0}}), std::invalid_argument);
    CHECK_THROWS_AS(forward_kl_fit({{1.5, 0.0, 1.0}, {-0.5, 1.0, 1.0}}), std::invalid_argument);
  }
}

TEST_SUITE("06.2 reverse_kl_nats") {
  TEST_CASE("the lesson's Q = N(mu, 0.6) at mu = 1.5, 2 and 2.5") {
    CHECK(reverse_kl_nats({1.5, 0.6}, bimodal) == near(1.02208734136809258, 1e-9));  // references.py 06.2
    CHECK(reverse_kl_nats({2.0, 0.6}, bimodal) == near(0.691906123814349522, 1e-9));
    CHECK(reverse_kl_nats({2.5, 0.6}, bimodal) == near(1.04032076277951977, 1e-9));
  }
  TEST_CASE("Q between the modes, and Q far wider than P (p underflows in Q's tails)") {
    CHECK(reverse_kl_nats({0.0, 1.0}, bimodal) == near(2.13555041852621168, 1e-9));
    CHECK(reverse_kl_nats({0.0, 5.0}, bimodal) == near(16.1753935947187851, 1e-9));
  }
  TEST_CASE("the lopsided mixture, and Q equal to a one-part P") {
    CHECK(reverse_kl_nats({3.0, 1.0}, lopsided) == near(0.346428832262368095, 1e-9));
    CHECK(reverse_kl_nats({5.0, 2.0}, {{1.0, 5.0, 2.0}}) == near(0.0, 1e-9));
  }
  TEST_CASE("refuses a bad Q or P") {
    CHECK_THROWS_AS(reverse_kl_nats({0.0, 0.0}, bimodal), std::invalid_argument);
    CHECK_THROWS_AS(reverse_kl_nats({0.0, 1.0}, {{0.5, 0.0, 1.0}}), std::invalid_argument);
    CHECK_THROWS_AS(reverse_kl_nats({inf, 1.0}, bimodal), std::invalid_argument);
  }
}

TEST_SUITE("06.3 forward_kl_nats") {
  TEST_CASE("the lesson's minimum: the bimodal P against its forward fit") {
    CHECK(forward_kl_nats(bimodal, {0.0, 2.08806130178211004}) == near(0.555155528632112637, 1e-9));
  }
  TEST_CASE("other Q: on one mode, between the modes, and the lopsided P's own fit") {
    CHECK(forward_kl_nats(bimodal, {2.0, 0.6}) == near(10.4192049872967616, 1e-9));  // references.py 06.3
    CHECK(forward_kl_nats(bimodal, {0.0, 1.0}) == near(1.49891949995164116, 1e-9));
    CHECK(forward_kl_nats(lopsided, {1.8, 2.03346994076627550}) == near(0.318370803714866863, 1e-9));
  }
  TEST_CASE("a one-part P against itself") {
    CHECK(forward_kl_nats({{1.0, 5.0, 2.0}}, {5.0, 2.0}) == near(0.0, 1e-9));
  }
  TEST_CASE("refuses a bad Q or P") {
    CHECK_THROWS_AS(forward_kl_nats(bimodal, {0.0, -1.0}), std::invalid_argument);
    CHECK_THROWS_AS(forward_kl_nats({}, {0.0, 1.0}), std::invalid_argument);
  }
}

TEST_SUITE("06.4 reverse_kl_fit") {
  TEST_CASE("the bimodal P: each start near a mode finds that mode") {
    const normal right = reverse_kl_fit(bimodal, {1.5, 1.0});
    CHECK(right.mean == near(1.99707828154583820, 1e-4));  // references.py 06.4
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
  TEST_CASE("refuses a start with sigma <= 0") {
    CHECK_THROWS_AS(reverse_kl_fit(bimodal, {1.0, 0.0}), std::invalid_argument);
  }
}
