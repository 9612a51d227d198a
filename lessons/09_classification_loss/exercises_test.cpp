// Lesson 09 homework: the checks. One TEST_SUITE per exercise; CTest runs each suite as the test hw.09.K.name.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, section named by the
// exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <vector>

using namespace hw::lesson09;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;

TEST_SUITE("09.1 softmax") {
  TEST_CASE("the lesson's z = (1, 2, 3)") {
    const std::vector<double> q = softmax({1.0, 2.0, 3.0});
    REQUIRE(q.size() == 3);
    CHECK(q[0] == near(0.0900305731703804580));  // references.py 09.1
    CHECK(q[1] == near(0.244728471054797652));
    CHECK(q[2] == near(0.665240955774821890));
  }
  TEST_CASE("four logits of mixed sign") {
    const std::vector<double> q = softmax({0.5, -0.25, 0.0, 2.0});
    REQUIRE(q.size() == 4);
    CHECK(q[0] == near(0.152425401769805248));
    CHECK(q[1] == near(0.0720006615841670674));
    CHECK(q[3] == near(0.683123257153624505));
  }
  TEST_CASE("logits in the thousands: e^1000 overflows, softmax does not") {
    const std::vector<double> big = softmax({1000.0, 1001.0});
    REQUIRE(big.size() == 2);
    CHECK(big[0] == near(0.268941421369995121));
    CHECK(big[1] == near(0.731058578630004879));
    const std::vector<double> small = softmax({-1000.0, -1000.0});
    REQUIRE(small.size() == 2);
    CHECK(small[0] == near(0.5));
    CHECK(small[1] == near(0.5));
  }
  TEST_CASE("one class is certain") {
    const std::vector<double> q = softmax({-7.0});
    REQUIRE(q.size() == 1);
    CHECK(q[0] == near(1.0));
  }
  TEST_CASE("refuses no logits and logits that are not finite") {
    CHECK_THROWS_AS(softmax({}), std::invalid_argument);
    CHECK_THROWS_AS(softmax({0.0, inf}), std::invalid_argument);
    CHECK_THROWS_AS(softmax({std::nan(""), 1.0}), std::invalid_argument);
  }
}

TEST_SUITE("09.2 softmax_loss") {
  TEST_CASE("the lesson's z = (1, 2, 3), true class 0") {
    const loss_and_gradient r = softmax_loss({1.0, 2.0, 3.0}, 0);
    CHECK(r.loss == near(2.40760596444438030));  // references.py 09.2
    REQUIRE(r.gradient.size() == 3);
    CHECK(r.gradient[0] == near(-0.909969426829619542));
    CHECK(r.gradient[1] == near(0.244728471054797652));
    CHECK(r.gradient[2] == near(0.665240955774821890));
  }
  TEST_CASE("z = (2, 1, 0.1): a good and a bad prediction") {
    CHECK(softmax_loss({2.0, 1.0, 0.1}, 0).loss == near(0.417030016277833483));
    CHECK(softmax_loss({2.0, 1.0, 0.1}, 2).loss == near(2.31703001627783348));
  }
  TEST_CASE("huge logits: the loss of a confident mistake is the logit gap, not infinity") {
    const loss_and_gradient wrong = softmax_loss({1000.0, 0.0}, 1);
    CHECK(wrong.loss == near(1000.0));
    REQUIRE(wrong.gradient.size() == 2);
    CHECK(wrong.gradient[0] == near(1.0));
    CHECK(wrong.gradient[1] == near(-1.0));
    const loss_and_gradient right = softmax_loss({1000.0, 0.0}, 0);
    CHECK(right.loss == near(0.0));
    REQUIRE(right.gradient.size() == 2);
    CHECK(right.gradient[0] == near(0.0));
    CHECK(softmax_loss({-1000.0, -1000.0}, 1).loss == near(0.693147180559945309));
  }
  TEST_CASE("the gradient sums to zero") {
    const loss_and_gradient r = softmax_loss({0.3, -2.0, 4.0, 1.0}, 2);
    REQUIRE(r.gradient.size() == 4);
    CHECK(r.gradient[0] + r.gradient[1] + r.gradient[2] + r.gradient[3] == near(0.0));
  }
  TEST_CASE("refuses a label that is not a class, no logits, and logits that are not finite") {
    CHECK_THROWS_AS(softmax_loss({1.0, 2.0}, 2), std::invalid_argument);
    CHECK_THROWS_AS(softmax_loss({}, 0), std::invalid_argument);
    CHECK_THROWS_AS(softmax_loss({1.0, -inf}, 0), std::invalid_argument);
  }
}

TEST_SUITE("09.3 binary_loss") {
  TEST_CASE("the lesson's z = 2, y = 1") {
    const binary_loss_and_derivative r = binary_loss(2.0, 1.0);
    CHECK(r.loss == near(0.126928011042972496));         // log(1 + e^-2), references.py 09.3
    CHECK(r.derivative == near(-0.119202922022117556));  // sigma(2) − 1
  }
  TEST_CASE("soft labels and the other class") {
    const binary_loss_and_derivative r = binary_loss(0.4, 0.3);
    CHECK(r.loss == near(0.793015252399952624));
    CHECK(r.derivative == near(0.298687660112452000));
    const binary_loss_and_derivative half = binary_loss(0.0, 0.5);
    CHECK(half.loss == near(0.693147180559945309));
    CHECK(half.derivative == near(0.0));
    const binary_loss_and_derivative zero = binary_loss(-3.0, 0.0);
    CHECK(zero.loss == near(0.0485873515737420588));
    CHECK(zero.derivative == near(0.0474258731775667809));
  }
  TEST_CASE("confident and right: a tiny loss, kept to full relative accuracy") {
    const binary_loss_and_derivative r = binary_loss(40.0, 1.0);
    CHECK(r.loss == relative(4.24835425529158899e-18));  // 1 − sigma(40) rounds to 0; log1p does not
    CHECK(r.derivative == relative(-4.24835425529156114e-18));
  }
  TEST_CASE("confident and wrong: a huge loss, still finite") {
    CHECK(binary_loss(-800.0, 1.0).loss == near(800.0));
    CHECK(binary_loss(-800.0, 1.0).derivative == near(-1.0));
    CHECK(binary_loss(800.0, 0.0).loss == near(800.0));
    CHECK(binary_loss(800.0, 0.0).derivative == near(1.0));
  }
  TEST_CASE("refuses labels outside [0, 1] and logits that are not finite") {
    CHECK_THROWS_AS(binary_loss(0.0, 1.5), std::invalid_argument);
    CHECK_THROWS_AS(binary_loss(0.0, -0.1), std::invalid_argument);
    CHECK_THROWS_AS(binary_loss(inf, 1.0), std::invalid_argument);
    CHECK_THROWS_AS(binary_loss(std::nan(""), 1.0), std::invalid_argument);
  }
}

TEST_SUITE("09.4 smoothed_label_sums") {
  TEST_CASE("the lesson's y = (0.9, 0.05, 0.05) against q = (0.8, 0.1, 0.1)") {
    const smoothed_sums s = smoothed_label_sums(0, 0.15, {0.8, 0.1, 0.1});
    CHECK(s.entropy == near(0.394397691447442770));  // references.py 09.4
    CHECK(s.cross_entropy == near(0.431087705482193349));
    CHECK(s.kl == near(0.0366900140347505781));
  }
  TEST_CASE("no smoothing: a one-hot label, H(y) = 0 and the loss is the KL") {
    const smoothed_sums s = smoothed_label_sums(2, 0.0, {0.2, 0.3, 0.5});
    CHECK(s.entropy == near(0.0));
    CHECK(s.cross_entropy == near(0.693147180559945309));
    CHECK(s.kl == near(0.693147180559945309));
  }
  TEST_CASE("full smoothing: y is uniform, whatever the label") {
    const smoothed_sums s = smoothed_label_sums(1, 1.0, {0.2, 0.3, 0.5});
    CHECK(s.entropy == near(1.09861228866810969));  // ln 3
    CHECK(s.cross_entropy == near(1.16885263243999389));
    CHECK(s.kl == near(0.0702403437718842008));
  }
  TEST_CASE("four classes, and a model that rules out a class the smoothed label keeps") {
    const smoothed_sums s = smoothed_label_sums(3, 0.1, {0.1, 0.2, 0.3, 0.4});
    CHECK(s.entropy == near(0.348780384918028692));
    CHECK(s.cross_entropy == near(0.975468822227445487));
    CHECK(s.kl == near(0.626688437309416795));
    const smoothed_sums ruled_out = smoothed_label_sums(0, 0.1, {1.0, 0.0});
    CHECK(std::isfinite(ruled_out.entropy));
    CHECK(ruled_out.cross_entropy == inf);
    CHECK(ruled_out.kl == inf);
  }
  TEST_CASE("refuses epsilon outside [0, 1], a label that is not a class, and a q that is not a distribution") {
    CHECK_THROWS_AS(smoothed_label_sums(0, 1.5, {0.5, 0.5}), std::invalid_argument);
    CHECK_THROWS_AS(smoothed_label_sums(2, 0.1, {0.5, 0.5}), std::invalid_argument);
    CHECK_THROWS_AS(smoothed_label_sums(0, 0.1, {0.5, 0.6}), std::invalid_argument);
  }
}
