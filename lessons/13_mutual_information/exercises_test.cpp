// Lesson 13 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: mpmath at 30 significant digits (lessons/homework/references.py, generator lesson13,
// section named by the exercise), quoted here to 20 digits; exact values where the mathematics gives them.
#include "exercises.hpp"

#include "check.hpp"

#include <cmath>
#include <stdexcept>
#include <vector>

using namespace hw::lesson13;
using hw::check::near;

namespace {

const std::vector<std::vector<double>> A{{0.3, 0.2}, {0.1, 0.4}};
const std::vector<std::vector<double>> B{{0.25, 0, 0.125}, {0, 0.25, 0.125}, {0.125, 0.125, 0}};
// Cover and Thomas's table (Elements of Information Theory, Example 2.2.1), X the row.
const std::vector<std::vector<double>> CT{{0, 0.125}, {0.75, 0.125}};

std::vector<std::vector<double>> transposed(const std::vector<std::vector<double>>& t) {
  std::vector<std::vector<double>> u(t.front().size(), std::vector<double>(t.size()));
  for (std::size_t x = 0; x < t.size(); ++x)
    for (std::size_t y = 0; y < t[x].size(); ++y) u[y][x] = t[x][y];
  return u;
}

double own_entropy_bits(const std::vector<double>& p) { return hw::check::own_entropy_nats(p) / std::log(2.0); }

}  // namespace

TEST_SUITE("mutual_information_bits") {
  TEST_CASE("(0.3, 0.2; 0.1, 0.4), a 3 × 3 table with zeros, and Cover and Thomas's table") {
    // references.py lesson13 mutual_information_bits
    CHECK(mutual_information_bits(A) == near(0.12451124978365314556));
    CHECK(mutual_information_bits(B) == near(0.62255624891826572782));
    CHECK(mutual_information_bits(CT) == near(0.29356444319959640599));
  }
  TEST_CASE("symmetric: I(X;Y) = I(Y;X)") {
    CHECK(mutual_information_bits(transposed(B)) == near(mutual_information_bits(B)));
  }
  TEST_CASE("independent: a product of marginals gives 0; Y a copy of X gives H(X)") {
    CHECK(mutual_information_bits({{0.12, 0.28}, {0.18, 0.42}}) == near(0.0));  // (0.4, 0.6) × (0.3, 0.7)
    CHECK(mutual_information_bits({{0.5, 0, 0}, {0, 0.25, 0}, {0, 0, 0.25}}) == near(1.5));
  }
  TEST_CASE("H(X) + H(Y) − H(X,Y), by the test's own sums") {
    const double hxy = own_entropy_bits({0.25, 0.125, 0.25, 0.125, 0.125, 0.125});
    CHECK(mutual_information_bits(B) == near(own_entropy_bits({0.375, 0.375, 0.25}) * 2 - hxy));
  }
  TEST_CASE("refuses a ragged table and a sum that is not 1") {
    CHECK_THROWS_AS(mutual_information_bits({{0.5, 0.25}, {0.25}}), std::invalid_argument);
    CHECK_THROWS_AS(mutual_information_bits({{0.3, 0.2}, {0.1, 0.5}}), std::invalid_argument);
  }
}

TEST_SUITE("conditional_entropy_bits") {
  TEST_CASE("(0.3, 0.2; 0.1, 0.4), the 3 × 3 table, and Cover and Thomas's both ways") {
    // references.py lesson13 conditional_entropy_bits
    CHECK(conditional_entropy_bits(A) == near(0.84643934467101549343));
    CHECK(conditional_entropy_bits(B) == near(0.93872187554086713609));
    CHECK(conditional_entropy_bits(CT) == near(0.51771368125953645792));
    CHECK(conditional_entropy_bits(transposed(CT)) == near(0.25));  // H(X|Y) = ¾·0 + ¼·1 bit, exactly
  }
  TEST_CASE("the chain rule: H(Y|X) = H(X,Y) − H(X), by the test's own sums") {
    CHECK(conditional_entropy_bits(A) ==
          near(own_entropy_bits({0.3, 0.2, 0.1, 0.4}) - own_entropy_bits({0.5, 0.5})));
  }
  TEST_CASE("Y a function of X leaves nothing; Y independent of X leaves H(Y)") {
    CHECK(conditional_entropy_bits({{0.5, 0}, {0, 0.25}, {0.25, 0}}) == near(0.0));
    CHECK(conditional_entropy_bits({{0.12, 0.28}, {0.18, 0.42}}) == near(own_entropy_bits({0.3, 0.7})));
  }
  TEST_CASE("a row that never happens adds nothing") {
    CHECK(conditional_entropy_bits({{0.5, 0.5}, {0, 0}}) == near(1.0));
  }
  TEST_CASE("refuses a negative entry") {
    CHECK_THROWS_AS(conditional_entropy_bits({{0.6, -0.1}, {0.1, 0.4}}), std::invalid_argument);
  }
}

TEST_SUITE("channel_capacity_bits") {
  TEST_CASE("the binary symmetric channel: 1 − h(0.11); a noiseless one and a coin toss") {
    CHECK(channel_capacity_bits({{0.89, 0.11}, {0.11, 0.89}}) == near(0.50008404183547200436, 1e-10));
    CHECK(channel_capacity_bits({{1, 0}, {0, 1}}) == near(1.0, 1e-10));
    CHECK(channel_capacity_bits({{0.5, 0.5}, {0.5, 0.5}}) == near(0.0, 1e-10));
  }
  TEST_CASE("the binary erasure channel: 1 − 0.25 bits") {
    CHECK(channel_capacity_bits({{0.75, 0, 0.25}, {0, 0.75, 0.25}}) == near(0.75, 1e-10));
  }
  TEST_CASE("the Z channel: log₂(1 + (1 − p) p^(p/(1−p))) at p = 0.3, where the uniform input is not the best") {
    CHECK(channel_capacity_bits({{1, 0}, {0.3, 0.7}}) == near(0.50369193348481738431, 1e-10));
  }
  TEST_CASE("an asymmetric 3 × 3 channel (mpmath Blahut–Arimoto to 1e-26); three noiseless symbols give log₂ 3") {
    CHECK(channel_capacity_bits({{0.7, 0.2, 0.1}, {0.1, 0.6, 0.3}, {0.2, 0.2, 0.6}}) ==
          near(0.321459569595760152, 1e-10));
    CHECK(channel_capacity_bits({{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}) == near(std::log2(3.0), 1e-10));
  }
  TEST_CASE("refuses a row that does not sum to 1") {
    CHECK_THROWS_AS(channel_capacity_bits({{0.9, 0.2}, {0.1, 0.9}}), std::invalid_argument);
  }
}
