/// \file codes.hpp
/// \brief Binary prefix codes for a pmf: Huffman's code, the Shannon code, Kraft's sum and the expected length.
///
/// Entropy is a code length: no prefix code for P has an expected length below H(P) bits, and the codes
/// here reach H(P) to within a bit, \f$H(P) \le L < H(P) + 1\f$. A code is held by its lengths
/// \f$\ell(x)\f$ in bits, one per outcome; codewords() turns lengths into the canonical codewords.
///
/// Conventions.
/// - An outcome with \f$P(x) = 0\f$ never occurs and gets no codeword: its length is code_lengths::none
///   (\f$-1\f$), and it adds nothing to the Kraft sum or to the expected length. Where a family's mass merely
///   underflowed a double, its log mass is finite, and the outcome has a codeword.
/// - A pmf with a single outcome of positive mass needs no bits: that outcome gets the empty codeword
///   (length 0), so \f$L = H = 0\f$ and the Kraft sum is 1. Its messages are told apart by their lengths alone,
///   so encode() and decode() refuse such a code.
/// - Huffman's ties are broken deterministically: of two subtrees of equal mass the one made first (outcomes
///   first, in their order, then merged subtrees in the order they were made) is merged first.
/// - A code is built for a finite alphabet: a cut infinite family (poisson(4)) is refused.
#pragma once

#include "info/pmf.hpp"

#include <Eigen/Core>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace info {

/// The codeword length of each outcome, in bits; code_lengths::none where the outcome has no codeword.
struct code_lengths {
  /// The length of an outcome that has no codeword (P(x) = 0).
  static constexpr int none = -1;
  std::vector<int> bits;  ///< \f$\ell(x)\f$ for x = 0, ..., n-1
  /// The number of outcomes.
  [[nodiscard]] std::size_t size() const noexcept { return bits.size(); }
  /// \f$\ell(x)\f$, or none.
  [[nodiscard]] int operator[](std::size_t x) const { return bits[x]; }
};

/// The lengths of a Huffman code for P: repeatedly merge the two least probable subtrees; an outcome's length
/// is its depth in the final tree. Optimal: no prefix code has a smaller expected length. The merges are
/// done on log masses (log-sum-exp), so outcomes whose masses underflow a double still get codewords.
/// With two or more outcomes of positive mass the Kraft sum is exactly 1.
/// \throws info::invalid_input for a cut infinite family (the alphabet must be finite).
[[nodiscard]] code_lengths huffman_lengths(const pmf& p);

/// The lengths of the Shannon code for P: \f$\ell(x) = \lceil -\log_2 P(x) \rceil\f$, from P's log masses (so
/// a mass of 1e-320 gets ⌈1063.02⌉ = 1064 bits, not an overflow), and from log2 of the mass itself where it is a normal
/// double, so that a dyadic mass \f$2^{-k}\f$ gets exactly k bits. Kraft sum \f$\le 1\f$ and
/// \f$H(P) \le L < H(P) + 1\f$. A single outcome of positive mass gets length 0 (\f$-\log_2 1 = 0\f$).
/// \throws info::invalid_input for a cut infinite family.
[[nodiscard]] code_lengths shannon_lengths(const pmf& p);

/// Kraft's sum \f$\sum_x 2^{-\ell(x)}\f$ over the outcomes that have a codeword. A prefix code with these
/// lengths exists if and only if it is at most 1 (Kraft's inequality).
/// \throws info::invalid_input if a length is below code_lengths::none.
[[nodiscard]] double kraft_sum(const code_lengths& lengths);

/// The expected length \f$L = \sum_x P(x)\,\ell(x)\f$ in bits of a code with these lengths, when the
/// outcomes come from P (which need not be the distribution the code was built for): \f$+\infty\f$ if an
/// outcome with \f$P(x) > 0\f$ has no codeword.
/// \throws info::invalid_input if P has more outcomes than the code, or P is a cut infinite family.
[[nodiscard]] double expected_length(const pmf& p, const code_lengths& lengths);

/// The distribution a complete code implies, \f$Q_\ell(x) = 2^{-\ell(x)}\f$ (0 where there is no codeword):
/// a code is a model, and its expected length on P is the cross-entropy \f$H(P, Q_\ell)\f$ in bits.
/// \throws info::invalid_input unless the Kraft sum is 1 (within 1e-12): an incomplete code implies no distribution.
[[nodiscard]] pmf implied_pmf(const code_lengths& lengths, std::string name = "Q");

/// The canonical codewords for these lengths, as strings of '0' and '1': outcomes sorted by length (ties by
/// outcome), each codeword the previous one plus 1, shifted left to its length. Prefix-free whenever the
/// Kraft sum is at most 1; empty for an outcome without a codeword.
/// \throws info::invalid_input if the Kraft sum exceeds 1 (no prefix code has these lengths), or a codeword
/// would be longer than 4096 bits (the strings would not fit in memory for long alphabets).
[[nodiscard]] std::vector<std::string> codewords(const code_lengths& lengths);

/// Whether no codeword is a prefix of another (and none is repeated); outcomes without a codeword (empty
/// strings) are ignored. Checked directly on the strings, independently of how they were made.
[[nodiscard]] bool is_prefix_free(const std::vector<std::string>& words);

/// The concatenated codewords of the message's symbols.
/// \throws info::invalid_input if a symbol is out of range or has no codeword (an empty one: also the
/// single outcome of a one-symbol code, which sends no bits).
[[nodiscard]] std::string encode(const std::vector<std::string>& words, const std::vector<Eigen::Index>& message);

/// Reads the symbols back from the bits of a prefix code.
/// \throws info::invalid_input if the code is not prefix-free, has an empty codeword (a one-symbol code
/// sends no bits), or the bits do not parse (a character other than 0/1, or bits left over at the end).
[[nodiscard]] std::vector<Eigen::Index> decode(const std::vector<std::string>& words, std::string_view bits);

}  // namespace info
