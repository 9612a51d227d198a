// Prefix codes (info/codes.hpp): Huffman and Shannon lengths on examples whose lengths are known by hand
// (Cover & Thomas, Elements of Information Theory, 2nd ed., example 5.6.1: (0.25, 0.25, 0.2, 0.15, 0.15) has
// Huffman lengths (2, 2, 2, 3, 3), L = 2.3 bits), Kraft's sum, H <= L < H + 1, zeros, one outcome, underflowed
// masses, canonical codewords, encoding and decoding, and what is refused.
#include <info/codes.hpp>
#include <info/discrete_families.hpp>
#include <info/discrete_measures.hpp>
#include <info/error.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace {

info::pmf random_pmf(std::mt19937& rng, Eigen::Index n) {
  std::exponential_distribution<double> e(1.0);
  Eigen::ArrayXd w(n);
  for (Eigen::Index i = 0; i < n; ++i) w(i) = e(rng);
  return info::pmf::normalised(w);
}

}  // namespace

TEST_CASE("Huffman on (0.4, 0.2, 0.2, 0.1, 0.1): L = 2.2 bits, Kraft sum 1") {
  const info::pmf p{0.4, 0.2, 0.2, 0.1, 0.1};
  const info::code_lengths l = info::huffman_lengths(p);
  // By hand: merge 0.1 + 0.1, then the two 0.2 leaves (made first), then 0.2 + 0.4 ... Optimal codes for this
  // pmf have lengths (2,2,2,3,3) or (1,2,3,4,4); both give 2.2 bits. The tie-breaking rule picks the first.
  CHECK(l.bits == std::vector<int>{2, 2, 2, 3, 3});
  CHECK(info::expected_length(p, l) == doctest::Approx(2.2).epsilon(1e-15));
  CHECK(info::kraft_sum(l) == 1.0);
}

TEST_CASE("Huffman on Cover & Thomas's example 5.6.1: lengths (2, 2, 2, 3, 3), L = 2.3 bits") {
  const info::pmf p{0.25, 0.25, 0.2, 0.15, 0.15};
  const info::code_lengths l = info::huffman_lengths(p);
  CHECK(l.bits == std::vector<int>{2, 2, 2, 3, 3});
  CHECK(info::expected_length(p, l) == doctest::Approx(2.3).epsilon(1e-15));
}

TEST_CASE("Shannon lengths on (0.4, 0.2, 0.2, 0.1, 0.1): (2, 3, 3, 4, 4), Kraft 0.625, L = 2.8 bits") {
  const info::pmf p{0.4, 0.2, 0.2, 0.1, 0.1};
  const info::code_lengths l = info::shannon_lengths(p);
  CHECK(l.bits == std::vector<int>{2, 3, 3, 4, 4});
  CHECK(info::kraft_sum(l) == 0.625);  // 1/4 + 2/8 + 2/16, exact in binary
  CHECK(info::expected_length(p, l) == doctest::Approx(2.8).epsilon(1e-15));
}

TEST_CASE("a dyadic pmf: both codes have lengths -log2 p exactly, and L = H = 1.75 bits") {
  const info::pmf p{0.5, 0.25, 0.125, 0.125};
  const std::vector<int> want{1, 2, 3, 3};
  CHECK(info::huffman_lengths(p).bits == want);
  CHECK(info::shannon_lengths(p).bits == want);
  CHECK(info::expected_length(p, info::huffman_lengths(p)) == 1.75);
  CHECK(info::entropy(p, info::base::bits).value == doctest::Approx(1.75).epsilon(1e-15));
  CHECK(info::kraft_sum(info::shannon_lengths(p)) == 1.0);
  // 2^-k for k = 1..40, the last mass doubled: exact powers of two, Shannon length k.
  Eigen::ArrayXd m(40);
  for (int k = 1; k <= 40; ++k) m(k - 1) = std::ldexp(1.0, -k);
  m(39) *= 2;
  const info::code_lengths s = info::shannon_lengths(info::pmf(m));
  for (int k = 1; k < 40; ++k) CHECK(s[static_cast<std::size_t>(k - 1)] == k);
  CHECK(info::kraft_sum(s) == 1.0);
}

TEST_CASE("a zero mass gets no codeword and costs nothing") {
  const info::pmf p{0.5, 0.0, 0.25, 0.25};
  const int none = info::code_lengths::none;
  CHECK(info::huffman_lengths(p).bits == std::vector<int>{1, none, 2, 2});
  CHECK(info::shannon_lengths(p).bits == std::vector<int>{1, none, 2, 2});
  CHECK(info::kraft_sum(info::huffman_lengths(p)) == 1.0);
  CHECK(info::expected_length(p, info::huffman_lengths(p)) == 1.5);
  const std::vector<std::string> w = info::codewords(info::huffman_lengths(p));
  CHECK(w[1].empty());
  // Coding a pmf that uses outcome 1 with this code is impossible: an infinite expected length.
  CHECK(std::isinf(info::expected_length(info::pmf{0.25, 0.25, 0.25, 0.25}, info::huffman_lengths(p))));
}

TEST_CASE("one outcome of positive mass: the empty codeword, L = H = 0, Kraft sum 1, and encode and decode refuse") {
  for (const info::pmf& p : {info::pmf{1.0}, info::pmf{0.0, 1.0, 0.0}}) {
    const info::code_lengths h = info::huffman_lengths(p), s = info::shannon_lengths(p);
    CHECK(h.bits == s.bits);
    CHECK(std::count(h.bits.begin(), h.bits.end(), 0) == 1);
    CHECK(info::kraft_sum(h) == 1.0);
    CHECK(info::expected_length(p, h) == 0.0);
    const std::vector<std::string> w = info::codewords(h);
    CHECK_THROWS_AS(info::decode(w, ""), info::invalid_input);
    CHECK_THROWS_AS(info::encode(w, {p.size() - 1 - (p.size() == 3 ? 1 : 0)}), info::invalid_input);
  }
}

TEST_CASE("H <= L < H + 1 for both codes, Huffman L <= Shannon L, on 300 random pmfs of 2 to 40 outcomes") {
  std::mt19937 rng(12);
  int broken = 0;
  for (int trial = 0; trial < 300; ++trial) {
    const info::pmf p = random_pmf(rng, 2 + trial % 39);
    const double h = info::entropy(p, info::base::bits).value;
    const double lh = info::expected_length(p, info::huffman_lengths(p));
    const double ls = info::expected_length(p, info::shannon_lengths(p));
    broken += !(h <= lh + 1e-12 && lh < h + 1 && h <= ls + 1e-12 && ls < h + 1 && lh <= ls + 1e-12);
    broken += !(info::kraft_sum(info::huffman_lengths(p)) == 1.0 && info::kraft_sum(info::shannon_lengths(p)) <= 1.0);
  }
  CHECK(broken == 0);
}

TEST_CASE("Shannon lengths from log masses: 1e-320 gets 1064 bits, binomial(3000, 0.3) at 0 gets 1544") {
  // mpmath: -log2(1e-320 as the double 9.99988671826831e-321) = 1063.017...; 3000·log2(0.7) = -1543.7195...
  const info::code_lengths l = info::shannon_lengths(info::pmf{1.0, 1e-320});
  CHECK(l.bits == std::vector<int>{0, 1064});
  const info::pmf b = info::to_pmf(boost::math::binomial(3000, 0.3));
  REQUIRE(b.mass()(0) == 0.0);  // underflowed in a double
  const info::code_lengths s = info::shannon_lengths(b);
  CHECK(s[0] == 1544);
  // Huffman merges in log space there: every one of the 3001 outcomes gets a codeword, Kraft sum 1.
  const info::code_lengths h = info::huffman_lengths(b);
  CHECK(std::count(h.bits.begin(), h.bits.end(), info::code_lengths::none) == 0);
  CHECK(info::kraft_sum(h) == doctest::Approx(1.0).epsilon(1e-12));
  const double hb = info::entropy(b, info::base::bits).value;
  CHECK(info::expected_length(b, h) >= hb - 1e-12);
  CHECK(info::expected_length(b, h) < hb + 1);
}

TEST_CASE("canonical codewords: prefix-free, of the given lengths, and they decode what they encode") {
  const info::code_lengths l{{2, 2, 2, 3, 3}};
  const std::vector<std::string> w = info::codewords(l);
  CHECK(w == std::vector<std::string>{"00", "01", "10", "110", "111"});
  CHECK(info::is_prefix_free(w));
  const std::vector<Eigen::Index> msg{0, 4, 3, 1, 2, 2, 0, 4};
  const std::string bits = info::encode(w, msg);
  CHECK(bits == "00111110011010001" "11");
  CHECK(info::decode(w, bits) == msg);
  // lengths out of order: sorted by length, ties by outcome
  CHECK(info::codewords(info::code_lengths{{3, 1, 3, 2}}) == std::vector<std::string>{"110", "0", "111", "10"});
}

TEST_CASE("is_prefix_free sees a prefix or a repeated word, and ignores empty words (no codeword)") {
  CHECK_FALSE(info::is_prefix_free({"0", "01", "11"}));
  CHECK_FALSE(info::is_prefix_free({"10", "0", "10"}));
  CHECK(info::is_prefix_free({"0", "", "10", "11"}));
  CHECK(info::is_prefix_free({"1"}));
}

TEST_CASE("a complete code implies the distribution 2^-l, and its expected length on P is H(P, Q_l) in bits") {
  const info::pmf p{0.4, 0.2, 0.2, 0.1, 0.1};
  const info::code_lengths l = info::huffman_lengths(p);
  const info::pmf q = info::implied_pmf(l);
  CHECK(q.mass()(0) == 0.25);
  CHECK(q.mass()(4) == 0.125);
  CHECK(info::cross_entropy(p, q, info::base::bits).value == doctest::Approx(2.2).epsilon(1e-15));
  CHECK_THROWS_AS(info::implied_pmf(info::shannon_lengths(p)), info::invalid_input);  // Kraft 0.625
}

TEST_CASE("refusals: lengths beyond Kraft, an infinite family, bad bits, a code that is not prefix-free") {
  CHECK_THROWS_AS(info::codewords(info::code_lengths{{1, 1, 1}}), info::invalid_input);
  CHECK_THROWS_AS(info::huffman_lengths(info::to_pmf(boost::math::poisson(4.0))), info::invalid_input);
  CHECK_THROWS_AS(info::shannon_lengths(info::to_pmf(boost::math::poisson(4.0))), info::invalid_input);
  CHECK_THROWS_AS(info::kraft_sum(info::code_lengths{{1, -2}}), info::invalid_input);
  CHECK_THROWS_AS(info::expected_length(info::pmf{0.5, 0.25, 0.25}, info::code_lengths{{1, 1}}), info::invalid_input);
  const std::vector<std::string> w{"0", "10", "11"};
  CHECK_THROWS_AS(info::decode(w, "0102"), info::invalid_input);
  CHECK_THROWS_AS(info::decode(w, "01"), info::invalid_input);  // ends inside a codeword
  CHECK_THROWS_AS(info::decode({"0", "01"}, "0"), info::invalid_input);
  CHECK_THROWS_AS(info::decode({"0", "10"}, "11"), info::invalid_input);  // no codeword starts 11
  CHECK_THROWS_AS(info::encode(w, {3}), info::invalid_input);
}
