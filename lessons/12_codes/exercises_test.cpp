// Lesson 12 homework: the checks. One TEST_SUITE per exercise, named as in homework.json.
// Reference values: exact fractions for the code lengths, which are whole numbers of bits, so every expected
// length is rational; mpmath at 30 digits for the cross-entropies (lessons/homework/references.py, generator
// lesson12, section named by the exercise).
#include "exercises.hpp"

#include "check.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hw::lesson12;
using hw::check::inf;
using hw::check::near;
using hw::check::own_entropy_nats;
using hw::check::random_pmf;

namespace {

// The tests' own cross-entropy in bits, −Σ P(x) log₂ Q(x) over P(x) > 0.
double own_cross_entropy_bits(const std::vector<double>& p, const std::vector<double>& q) {
  double h = 0.0;
  for (std::size_t x = 0; x < p.size(); ++x)
    if (p[x] > 0.0) h -= p[x] * std::log2(q[x]);
  return h;
}

}  // namespace

TEST_SUITE("kraft_sum") {
  TEST_CASE("(1, 2, 3, 3) fills the tree: 1, (2, 3, 3, 4, 4) leaves room: 0.625") {
    CHECK(kraft_sum({1, 2, 3, 3}) == 1.0);          // references.py lesson12 kraft_sum: 1
    CHECK(kraft_sum({2, 3, 3, 4, 4}) == 0.625);     // 5/8
    CHECK(kraft_sum({3, 3, 3, 3, 3}) == 0.625);     // 5/8
  }
  TEST_CASE("(1, 1, 1) sums to 1.5: no prefix code has three one-bit codewords") {
    CHECK(kraft_sum({1, 1, 1}) == 1.5);
  }
  TEST_CASE("edge cases: the empty codeword is the whole tree, no codewords take none of it") {
    CHECK(kraft_sum({0}) == 1.0);
    CHECK(kraft_sum({}) == 0.0);
  }
  TEST_CASE("long codewords: 2^-1074 is the smallest double, and 2000 bits add nothing a double can hold") {
    CHECK(kraft_sum({1074}) == std::ldexp(1.0, -1074));
    CHECK(kraft_sum({1, 2, 2000}) == 0.75);
    CHECK(kraft_sum({1024, 1024}) == std::ldexp(1.0, -1023));
  }
  TEST_CASE("n codewords of k bits: n/2^k, a complete tree of depth k (2^k leaves) gives 1") {
    for (int k = 1; k <= 12; ++k) {
      CHECK(kraft_sum(std::vector<int>(static_cast<std::size_t>(1) << k, k)) == 1.0);
      CHECK(kraft_sum(std::vector<int>(3, k)) == 3.0 / std::ldexp(1.0, k));
    }
  }
  TEST_CASE("splitting a leaf into two children one bit longer keeps the sum") {
    std::vector<int> l{1, 2, 3, 3};
    for (int step = 0; step < 20; ++step) {
      const auto it = std::max_element(l.begin(), l.end());
      const int d = *it;
      *it = d + 1;
      l.push_back(d + 1);
      CHECK(kraft_sum(l) == 1.0);
    }
  }
  TEST_CASE("refuses a negative length") {
    CHECK_THROWS_AS(kraft_sum({1, -1}), std::invalid_argument);
  }
}

TEST_SUITE("shannon_expected_length_bits") {
  TEST_CASE("(0.4, 0.2, 0.2, 0.1, 0.1): lengths (2, 3, 3, 4, 4), 2.8 bits") {
    // references.py lesson12 shannon_expected_length_bits
    CHECK(shannon_expected_length_bits({0.4, 0.2, 0.2, 0.1, 0.1}) == near(2.8));  // 14/5
  }
  TEST_CASE("a dyadic P costs exactly its entropy: (1/2, 1/4, 1/8, 1/8) is 1.75 bits") {
    CHECK(shannon_expected_length_bits({0.5, 0.25, 0.125, 0.125}) == 1.75);
    CHECK(shannon_expected_length_bits(std::vector<double>(16, 1.0 / 16)) == 4.0);
  }
  TEST_CASE("more examples: (0.9, 0.1) 1.3, uniform on 5 is 3, (0.6, 0.3, 0.1) 1.6, (0.999, 0.001) 1.009 bits") {
    // references.py lesson12 shannon_expected_length_bits
    CHECK(shannon_expected_length_bits({0.9, 0.1}) == near(1.3));
    CHECK(shannon_expected_length_bits(std::vector<double>(5, 0.2)) == near(3.0));
    CHECK(shannon_expected_length_bits(std::vector<double>(3, 1.0 / 3)) == near(2.0));
    CHECK(shannon_expected_length_bits({0.6, 0.3, 0.1}) == near(1.6));
    CHECK(shannon_expected_length_bits({0.999, 0.001}) == near(1.009));
  }
  TEST_CASE("outcomes that never occur cost nothing, a certain outcome needs no bits") {
    // references.py lesson12 shannon_expected_length_bits
    CHECK(shannon_expected_length_bits({0.5, 0.0, 0.3, 0.0, 0.2}) == near(1.7));  // 17/10
    CHECK(shannon_expected_length_bits({1.0}) == 0.0);
    CHECK(shannon_expected_length_bits({0.0, 1.0, 0.0}) == 0.0);
  }
  TEST_CASE("H(P) <= L < H(P) + 1 on 300 random distributions (the test's own entropy)") {
    std::mt19937 engine(12);
    int outside = 0;
    for (int trial = 0; trial < 300; ++trial) {
      const std::vector<double> p = random_pmf(engine, 2 + static_cast<std::size_t>(trial % 30));
      const double h = own_entropy_nats(p) / std::log(2.0), l = shannon_expected_length_bits(p);
      outside += !(h <= l + 1e-12 && l < h + 1);
    }
    CHECK(outside == 0);
  }
  TEST_CASE("refuses masses that sum to 1.1: never normalise silently") {
    CHECK_THROWS_AS(shannon_expected_length_bits({0.2, 0.4, 0.5}), std::invalid_argument);
  }
}

TEST_SUITE("huffman_expected_length_bits") {
  TEST_CASE("(0.4, 0.2, 0.2, 0.1, 0.1): 2.2 bits") {
    // references.py lesson12 huffman_expected_length_bits
    CHECK(huffman_expected_length_bits({0.4, 0.2, 0.2, 0.1, 0.1}) == near(2.2));  // 11/5
  }
  TEST_CASE("Cover & Thomas's example 5.6.1, (0.25, 0.25, 0.2, 0.15, 0.15): 2.3 bits") {
    // references.py lesson12 huffman_expected_length_bits
    CHECK(huffman_expected_length_bits({0.25, 0.25, 0.2, 0.15, 0.15}) == near(2.3));  // 23/10
  }
  TEST_CASE("uniform: 5 outcomes 2.4 bits, 3 outcomes 5/3, 8 outcomes 3 bits") {
    // references.py lesson12 huffman_expected_length_bits
    CHECK(huffman_expected_length_bits(std::vector<double>(5, 0.2)) == near(2.4));
    CHECK(huffman_expected_length_bits(std::vector<double>(3, 1.0 / 3)) == near(5.0 / 3));
    CHECK(huffman_expected_length_bits(std::vector<double>(8, 0.125)) == near(3.0));
  }
  TEST_CASE("two outcomes always need one bit, however skewed: (0.9, 0.1) and (0.999, 0.001)") {
    CHECK(huffman_expected_length_bits({0.9, 0.1}) == near(1.0));
    CHECK(huffman_expected_length_bits({0.999, 0.001}) == near(1.0));
  }
  TEST_CASE("a dyadic P: L = H exactly, zeros cost nothing, one outcome needs no bits") {
    CHECK(huffman_expected_length_bits({0.5, 0.25, 0.125, 0.125}) == near(1.75));
    // references.py lesson12 huffman_expected_length_bits
    CHECK(huffman_expected_length_bits({0.5, 0.0, 0.3, 0.0, 0.2}) == near(1.5));  // 3/2
    CHECK(huffman_expected_length_bits({0.0, 1.0}) == 0.0);
    CHECK(huffman_expected_length_bits({1.0}) == 0.0);
  }
  TEST_CASE("H <= L(Huffman) <= L(Shannon) < H + 1 on 300 random distributions (the test's own Shannon sum)") {
    std::mt19937 engine(7);
    int broken = 0;
    for (int trial = 0; trial < 300; ++trial) {
      const std::vector<double> p = random_pmf(engine, 2 + static_cast<std::size_t>(trial % 30));
      double shannon = 0.0;
      for (double x : p) shannon += x * std::ceil(-std::log2(x));
      const double h = own_entropy_nats(p) / std::log(2.0), l = huffman_expected_length_bits(p);
      broken += !(h <= l + 1e-12 && l <= shannon + 1e-12 && l < h + 1);
    }
    CHECK(broken == 0);
  }
  TEST_CASE("the order of the outcomes does not matter") {
    std::vector<double> p{0.05, 0.1, 0.15, 0.2, 0.5};
    const double l = huffman_expected_length_bits(p);
    do {
      CHECK(huffman_expected_length_bits(p) == near(l));
    } while (std::next_permutation(p.begin(), p.end()));
  }
  TEST_CASE("refuses a negative mass") {
    CHECK_THROWS_AS(huffman_expected_length_bits({1.2, -0.2}), std::invalid_argument);
  }
}

TEST_SUITE("wrong_code_cost_bits") {
  TEST_CASE("P = (0.5, 0.5) with Q = (0.9, 0.1)'s code: lengths (1, 4), 2.5 bits") {
    // references.py lesson12 wrong_code_cost_bits
    CHECK(wrong_code_cost_bits({0.5, 0.5}, {0.9, 0.1}) == near(2.5));  // 5/2
  }
  TEST_CASE("more examples, each within a bit above H(P, Q)") {
    // references.py lesson12 wrong_code_cost_bits: the cost, then H(P, Q) in bits (mpmath)
    CHECK(wrong_code_cost_bits({0.9, 0.1}, {0.5, 0.5}) == near(1.0));
    CHECK(wrong_code_cost_bits({0.4, 0.2, 0.2, 0.1, 0.1}, {0.1, 0.1, 0.2, 0.2, 0.4}) == near(3.5));
    CHECK(wrong_code_cost_bits({0.7, 0.2, 0.1}, {0.2, 0.3, 0.5}) == near(2.6));
    CHECK(wrong_code_cost_bits({0.7, 0.2, 0.1}, {0.2, 0.3, 0.5}) >= 2.07274278525439488);  // H(P, Q), mpmath
    CHECK(wrong_code_cost_bits({0.5, 0.5}, {0.9, 0.1}) >= 1.73696559416620617);
  }
  TEST_CASE("with Q = P it is the Shannon code's own length") {
    CHECK(wrong_code_cost_bits({0.4, 0.2, 0.2, 0.1, 0.1}, {0.4, 0.2, 0.2, 0.1, 0.1}) == near(2.8));
    CHECK(wrong_code_cost_bits({0.5, 0.25, 0.125, 0.125}, {0.5, 0.25, 0.125, 0.125}) == 1.75);
  }
  TEST_CASE("an outcome P never produces may lack mass in Q, one it produces may not") {
    // references.py lesson12 wrong_code_cost_bits
    CHECK(wrong_code_cost_bits({0.5, 0.5, 0.0}, {0.25, 0.25, 0.5}) == near(2.0));  // 2
    CHECK(wrong_code_cost_bits({0.5, 0.5}, {1.0, 0.0}) == inf);
  }
  TEST_CASE("H(P, Q) <= cost < H(P, Q) + 1 on 300 random pairs (the test's own cross-entropy)") {
    std::mt19937 engine(3);
    int outside = 0;
    for (int trial = 0; trial < 300; ++trial) {
      const std::size_t n = 2 + static_cast<std::size_t>(trial % 20);
      const std::vector<double> p = random_pmf(engine, n), q = random_pmf(engine, n);
      const double h = own_cross_entropy_bits(p, q), c = wrong_code_cost_bits(p, q);
      outside += !(h <= c + 1e-12 && c < h + 1);
    }
    CHECK(outside == 0);
  }
  TEST_CASE("refuses P and Q on different numbers of outcomes") {
    CHECK_THROWS_AS(wrong_code_cost_bits({0.5, 0.5}, {0.2, 0.3, 0.5}), std::invalid_argument);
  }
}
