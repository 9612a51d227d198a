// Lesson 09 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 40 significant digits (lessons/homework/references.py, generator lesson09,
// section named by the exercise), quoted here to 15-18 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson09;
using hw::check::inf;
using hw::check::near;
using hw::check::relative;

TEST_SUITE("softmax") {
  TEST_CASE("softmax of (1, 2, 3) matches the worked example") {
    const std::vector<double> q = softmax({1.0, 2.0, 3.0});
    REQUIRE(q.size() == 3);
    CHECK(q[0] == near(0.0900305731703804580));  // references.py lesson09 softmax
    CHECK(q[1] == near(0.244728471054797652));
    CHECK(q[2] == near(0.665240955774821890));
  }
  TEST_CASE("four logits of mixed sign give the mpmath probabilities") {
    const std::vector<double> q = softmax({0.5, -0.25, 0.0, 2.0});
    REQUIRE(q.size() == 4);
    CHECK(q[0] == near(0.152425401769805248));  // references.py lesson09 softmax
    CHECK(q[1] == near(0.0720006615841670674));
    CHECK(q[2] == near(0.0924506794924031796));
    CHECK(q[3] == near(0.683123257153624505));
  }
  TEST_CASE("logits in the thousands do not overflow: e^1000 is infinite in double, softmax is not") {
    const std::vector<double> big = softmax({1000.0, 1001.0});
    REQUIRE(big.size() == 2);
    CHECK(big[0] == near(0.268941421369995121));  // references.py lesson09 softmax
    CHECK(big[1] == near(0.731058578630004879));
    const std::vector<double> small = softmax({-1000.0, -1000.0});
    REQUIRE(small.size() == 2);
    CHECK(small[0] == near(0.5));
    CHECK(small[1] == near(0.5));
  }
  TEST_CASE("a tiny probability keeps its digits: softmax(0, -700) gives the second class e^-700 / (1 + e^-700)") {
    const std::vector<double> q = softmax({0.0, -700.0});
    REQUIRE(q.size() == 2);
    CHECK(q[0] == near(1.0));
    CHECK(q[1] == relative(9.85967654375977086e-305));  // references.py lesson09 softmax
  }
  TEST_CASE("a single class is certain, whatever its logit") {
    const std::vector<double> q = softmax({-7.0});
    REQUIRE(q.size() == 1);
    CHECK(q[0] == near(1.0));
  }
  TEST_CASE("the ratio of two probabilities is e to the difference of their logits") {
    const std::vector<double> z{0.3, -2.0, 4.0, 1.0, -0.5};
    const std::vector<double> q = softmax(z);
    REQUIRE(q.size() == z.size());
    for (std::size_t i = 0; i < z.size(); ++i)
      for (std::size_t j = 0; j < z.size(); ++j) CHECK(q[i] / q[j] == relative(std::exp(z[i] - z[j]), 1e-13));
  }
  TEST_CASE("random logits give a distribution: positive masses summing to 1") {
    std::mt19937 engine(9);
    std::normal_distribution<double> logit(0.0, 30.0);
    for (int trial = 0; trial < 20; ++trial) {
      std::vector<double> z(2 + trial);
      for (double& v : z) v = logit(engine);
      const std::vector<double> q = softmax(z);
      REQUIRE(q.size() == z.size());
      double sum = 0.0;
      for (double v : q) {
        CHECK(v >= 0.0);
        sum += v;
      }
      CHECK(sum == near(1.0, 1e-14));
    }
  }
  TEST_CASE("adding the same constant to every logit changes nothing, and permuting the logits permutes q") {
    const std::vector<double> z{0.25, 3.0, -1.5, 0.0};
    const std::vector<double> q = softmax(z), shifted = softmax({500.25, 503.0, 498.5, 500.0}),
                              reversed = softmax({0.0, -1.5, 3.0, 0.25});
    REQUIRE(q.size() == 4);
    REQUIRE(shifted.size() == 4);
    REQUIRE(reversed.size() == 4);
    for (std::size_t x = 0; x < 4; ++x) {
      CHECK(shifted[x] == near(q[x], 1e-13));
      CHECK(reversed[3 - x] == near(q[x], 1e-15));
    }
  }
  TEST_CASE("refuses a logit that is not finite") {
    CHECK_THROWS_AS(softmax({0.0, inf}), std::invalid_argument);
  }
}

TEST_SUITE("softmax_loss") {
  TEST_CASE("logits (1, 2, 3) with true class 0 give the worked example's loss and gradient") {
    const loss_and_gradient r = softmax_loss({1.0, 2.0, 3.0}, 0);
    CHECK(r.loss == near(2.40760596444438030));  // references.py lesson09 softmax_loss
    REQUIRE(r.gradient.size() == 3);
    CHECK(r.gradient[0] == near(-0.909969426829619542));
    CHECK(r.gradient[1] == near(0.244728471054797652));
    CHECK(r.gradient[2] == near(0.665240955774821890));
  }
  TEST_CASE("a good and a bad prediction: the loss is the surprisal of the true class") {
    CHECK(softmax_loss({2.0, 1.0, 0.1}, 0).loss == near(0.417030016277833483));  // references.py lesson09 softmax_loss
    CHECK(softmax_loss({2.0, 1.0, 0.1}, 2).loss == near(2.31703001627783348));
    CHECK(softmax_loss({0.3, -2.0, 4.0, 1.0}, 1).loss == near(6.07416950677423586));
  }
  TEST_CASE("the loss is minus the log of the true class's probability, computed here by hand") {
    const std::vector<double> z{0.7, -1.2, 2.5, 0.0, 1.1};
    double sum = 0.0;
    for (double v : z) sum += std::exp(v);
    for (std::size_t label = 0; label < z.size(); ++label)
      CHECK(softmax_loss(z, label).loss == near(-std::log(std::exp(z[label]) / sum)));
  }
  TEST_CASE("a confident mistake costs the logit gap, not infinity; a confident right answer costs 0") {
    const loss_and_gradient wrong = softmax_loss({1000.0, 0.0}, 1);
    CHECK(wrong.loss == near(1000.0));
    REQUIRE(wrong.gradient.size() == 2);
    CHECK(wrong.gradient[0] == near(1.0));
    CHECK(wrong.gradient[1] == near(-1.0));
    const loss_and_gradient right = softmax_loss({1000.0, 0.0}, 0);
    CHECK(right.loss == near(0.0));
    REQUIRE(right.gradient.size() == 2);
    CHECK(right.gradient[0] == near(0.0));
    CHECK(right.gradient[1] == near(0.0));
  }
  TEST_CASE("1000 equal logits, even very negative ones, cost ln 1000 nats whichever class is true") {
    const std::vector<double> z(1000, -5000.0);
    const loss_and_gradient r = softmax_loss(z, 417);
    CHECK(r.loss == near(6.90775527898213705));  // ln 1000, references.py lesson09 softmax_loss
    REQUIRE(r.gradient.size() == 1000);
    CHECK(r.gradient[0] == near(0.001));
    CHECK(r.gradient[417] == near(-0.999));
    CHECK(r.gradient[999] == near(0.001));
  }
  TEST_CASE("one class: the truth is certain, the loss and the gradient are 0") {
    const loss_and_gradient r = softmax_loss({3.5}, 0);
    CHECK(r.loss == near(0.0));
    REQUIRE(r.gradient.size() == 1);
    CHECK(r.gradient[0] == near(0.0));
  }
  TEST_CASE("the gradient matches central differences of the loss and sums to zero") {
    const std::vector<double> z{0.3, -2.0, 4.0, 1.0};
    const loss_and_gradient r = softmax_loss(z, 2);
    REQUIRE(r.gradient.size() == 4);
    const double h = 1e-5;
    double sum = 0.0;
    for (std::size_t j = 0; j < z.size(); ++j) {
      std::vector<double> up = z, down = z;
      up[j] += h;
      down[j] -= h;
      CHECK(r.gradient[j] == near((softmax_loss(up, 2).loss - softmax_loss(down, 2).loss) / (2 * h), 1e-8));
      sum += r.gradient[j];
    }
    CHECK(sum == near(0.0, 1e-15));
  }
  TEST_CASE("shifting every logit by 700 leaves the loss unchanged") {
    const double loss = softmax_loss({0.5, -1.0, 2.0}, 1).loss;
    CHECK(loss == near(softmax_loss({700.5, 699.0, 702.0}, 1).loss, 1e-12));
    CHECK(loss == near(softmax_loss({-699.5, -701.0, -698.0}, 1).loss, 1e-12));
  }
  TEST_CASE("refuses a label that is not one of the classes") {
    CHECK_THROWS_AS(softmax_loss({1.0, 2.0}, 2), std::invalid_argument);
  }
}

TEST_SUITE("binary_loss") {
  TEST_CASE("z = 2, y = 1 gives the worked example: loss log(1 + e^-2), derivative sigma(2) - 1") {
    const binary_loss_and_derivative r = binary_loss(2.0, 1.0);
    CHECK(r.loss == near(0.126928011042972496));         // references.py lesson09 binary_loss
    CHECK(r.derivative == near(-0.119202922022117556));
  }
  TEST_CASE("soft labels and the other class give the mpmath values") {
    const binary_loss_and_derivative r = binary_loss(0.4, 0.3);
    CHECK(r.loss == near(0.793015252399952624));  // references.py lesson09 binary_loss
    CHECK(r.derivative == near(0.298687660112452000));
    const binary_loss_and_derivative half = binary_loss(0.0, 0.5);
    CHECK(half.loss == near(0.693147180559945309));  // ln 2
    CHECK(half.derivative == near(0.0));
    const binary_loss_and_derivative zero = binary_loss(-3.0, 0.0);
    CHECK(zero.loss == near(0.0485873515737420588));
    CHECK(zero.derivative == near(0.0474258731775667809));
  }
  TEST_CASE("confident and right: a tiny loss and derivative, kept to full relative accuracy") {
    const binary_loss_and_derivative one = binary_loss(40.0, 1.0);
    CHECK(one.loss == relative(4.24835425529158899e-18));  // references.py lesson09 binary_loss
    CHECK(one.derivative == relative(-4.24835425529158898e-18));
    const binary_loss_and_derivative zero = binary_loss(-40.0, 0.0);
    CHECK(zero.loss == relative(4.24835425529158899e-18));
    CHECK(zero.derivative == relative(4.24835425529158898e-18));
  }
  TEST_CASE("confident and wrong: a loss of 800 nats, still finite") {
    CHECK(binary_loss(-800.0, 1.0).loss == near(800.0));
    CHECK(binary_loss(-800.0, 1.0).derivative == near(-1.0));
    CHECK(binary_loss(800.0, 0.0).loss == near(800.0));
    CHECK(binary_loss(800.0, 0.0).derivative == near(1.0));
  }
  TEST_CASE("the loss is smallest where sigma(z) = y, and there it is the binary entropy H(y)") {
    const double z = std::log(0.3 / 0.7);  // sigma(z) = 0.3
    const binary_loss_and_derivative r = binary_loss(z, 0.3);
    CHECK(r.loss == near(0.610864302054893463));  // H(0.3, 0.7), references.py lesson09 binary_loss
    CHECK(r.derivative == near(0.0, 1e-15));
  }
  TEST_CASE("loss minus H(y) is KL((y, 1-y) || (q, 1-q)), never negative (Gibbs)") {
    for (double y : {0.05, 0.3, 0.5, 0.9}) {
      const double entropy = -y * std::log(y) - (1 - y) * std::log(1 - y);
      for (double z : {-4.0, -1.0, 0.0, 0.5, 2.0, 5.0}) {
        const double q = 1.0 / (1.0 + std::exp(-z));
        const double kl = y * std::log(y / q) + (1 - y) * std::log((1 - y) / (1 - q));
        const double loss = binary_loss(z, y).loss;
        CHECK(loss - entropy == near(kl, 1e-13));
        CHECK(loss >= entropy);
      }
    }
  }
  TEST_CASE("swapping the two classes (z to -z, y to 1 - y) keeps the loss and flips the derivative") {
    for (double z : {-30.0, -2.0, 0.3, 7.0})
      for (double y : {0.0, 0.2, 0.75, 1.0}) {
        const binary_loss_and_derivative a = binary_loss(z, y), b = binary_loss(-z, 1.0 - y);
        CHECK(b.loss == near(a.loss, 1e-13));
        CHECK(b.derivative == near(-a.derivative, 1e-15));
      }
  }
  TEST_CASE("the derivative matches a central difference of the loss") {
    const double h = 1e-5;
    for (double z : {-3.0, -0.5, 0.0, 1.5, 6.0})
      for (double y : {0.0, 0.4, 1.0})
        CHECK(binary_loss(z, y).derivative ==
              near((binary_loss(z + h, y).loss - binary_loss(z - h, y).loss) / (2 * h), 1e-8));
  }
  TEST_CASE("refuses a label outside [0, 1]") {
    CHECK_THROWS_AS(binary_loss(0.0, 1.5), std::invalid_argument);
  }
}

TEST_SUITE("smoothed_label_sums") {
  TEST_CASE("y = (0.9, 0.05, 0.05) against q = (0.8, 0.1, 0.1) gives the worked example") {
    const smoothed_sums s = smoothed_label_sums(0, 0.15, {0.8, 0.1, 0.1});
    CHECK(s.entropy == near(0.394397691447442770));  // references.py lesson09 smoothed_label_sums
    CHECK(s.cross_entropy == near(0.431087705482193349));
    CHECK(s.kl == near(0.0366900140347505781));
  }
  TEST_CASE("no smoothing: a one-hot label has H(y) = 0, so the loss is the KL") {
    const smoothed_sums s = smoothed_label_sums(2, 0.0, {0.2, 0.3, 0.5});
    CHECK(s.entropy == near(0.0));
    CHECK(s.cross_entropy == near(0.693147180559945309));  // ln 2
    CHECK(s.kl == near(0.693147180559945309));
  }
  TEST_CASE("full smoothing: y is uniform, whatever the label, and H(y) = ln 3") {
    const smoothed_sums s = smoothed_label_sums(1, 1.0, {0.2, 0.3, 0.5});
    CHECK(s.entropy == near(1.09861228866810969));  // references.py lesson09 smoothed_label_sums
    CHECK(s.cross_entropy == near(1.16885263243999389));
    CHECK(s.kl == near(0.0702403437718842008));
  }
  TEST_CASE("four classes with label 3 and epsilon 0.1 give the mpmath values") {
    const smoothed_sums s = smoothed_label_sums(3, 0.1, {0.1, 0.2, 0.3, 0.4});
    CHECK(s.entropy == near(0.348780384918028692));  // references.py lesson09 smoothed_label_sums
    CHECK(s.cross_entropy == near(0.975468822227445487));
    CHECK(s.kl == near(0.626688437309416795));
  }
  TEST_CASE("a model that rules out a class the smoothed label keeps pays an infinite loss") {
    const smoothed_sums s = smoothed_label_sums(0, 0.1, {1.0, 0.0});
    CHECK(s.entropy == near(0.198515243345872556));  // H(0.95, 0.05), references.py lesson09 smoothed_label_sums
    CHECK(s.cross_entropy == inf);
    CHECK(s.kl == inf);
  }
  TEST_CASE("a model that gives a kept class 1e-300 pays 0.05 x 300 ln 10 nats, a large but finite loss") {
    const smoothed_sums s = smoothed_label_sums(0, 0.1, {1.0, 1e-300});
    CHECK(s.entropy == near(0.198515243345872556));  // references.py lesson09 smoothed_label_sums
    CHECK(s.cross_entropy == near(34.5387763949106853));
    CHECK(s.kl == near(34.3402611515648127));
  }
  TEST_CASE("1000 classes and a uniform model: the loss is ln 1000, and the KL is ln 1000 - H(y)") {
    const smoothed_sums s = smoothed_label_sums(7, 0.1, std::vector<double>(1000, 0.001));
    CHECK(s.entropy == near(1.01484799774868030));  // references.py lesson09 smoothed_label_sums
    CHECK(s.cross_entropy == near(6.90775527898213705));
    CHECK(s.kl == near(5.89290728123345675));
  }
  TEST_CASE("when q equals the smoothed label, the KL is 0 and the loss is H(y)") {
    const smoothed_sums s = smoothed_label_sums(1, 0.3, {0.1, 0.8, 0.1});
    CHECK(s.kl == near(0.0));
    CHECK(s.cross_entropy == near(s.entropy));
    CHECK(s.entropy == near(0.639031859650176941));  // H(0.1, 0.8, 0.1), references.py lesson09 smoothed_label_sums
  }
  TEST_CASE("for random models: H(y, q) = H(y) + KL(y||q), KL >= 0, and H(y) depends only on epsilon and n") {
    std::mt19937 engine(2024);
    for (int trial = 0; trial < 30; ++trial) {
      const std::size_t n = 2 + static_cast<std::size_t>(trial % 7);
      const std::vector<double> q = hw::check::random_pmf(engine, n);
      const double epsilon = 0.03 * trial;
      const std::size_t label = static_cast<std::size_t>(trial) % n;
      const double top = 1.0 - epsilon + epsilon / static_cast<double>(n), rest = epsilon / static_cast<double>(n);
      const double entropy =
          -top * std::log(top) - (rest > 0.0 ? static_cast<double>(n - 1) * rest * std::log(rest) : 0.0);
      const smoothed_sums s = smoothed_label_sums(label, epsilon, q);
      CHECK(s.entropy == near(entropy, 1e-13));
      CHECK(s.cross_entropy == near(s.entropy + s.kl, 1e-13));
      CHECK(s.kl >= 0.0);
    }
  }
  TEST_CASE("more smoothing, more entropy: H(y) grows with epsilon up to ln n") {
    const std::vector<double> q{0.1, 0.2, 0.3, 0.4};
    double previous = -1.0;
    for (double epsilon = 0.0; epsilon <= 1.0; epsilon += 0.125) {
      const double h = smoothed_label_sums(2, epsilon, q).entropy;
      CHECK(h > previous);
      CHECK(h <= std::log(4.0) + 1e-15);
      previous = h;
    }
    CHECK(previous == near(std::log(4.0)));
  }
  TEST_CASE("refuses an epsilon outside [0, 1]") {
    CHECK_THROWS_AS(smoothed_label_sums(0, 1.5, {0.5, 0.5}), std::invalid_argument);
  }
}
