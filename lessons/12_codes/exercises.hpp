/// \file
/// \brief Lesson 12 homework: entropy as code length.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// A distribution is a std::vector<double> of probabilities: non-empty, finite, non-negative, summing to 1
/// within 1e-9. Refuse anything else by throwing std::invalid_argument with a message that names the
/// problem (info::pmf does this for you: its exception derives from std::invalid_argument). Never
/// normalise silently. Codes are binary: lengths are in bits. An outcome with P(x) = 0 needs no codeword.
#pragma once

#include <vector>

namespace hw::lesson12 {

/// Return Kraft's sum Σ 2^(−ℓ) of the codeword lengths ℓ (bits, each 0 or more). Refuse a negative length.
/// Examples: (1, 2, 3, 3) gives 1; (2, 3, 3, 4, 4) gives 0.625; (1, 1, 1) gives 1.5 (no prefix code has
/// these lengths); an empty list gives 0.
double kraft_sum(const std::vector<int>& lengths);

/// Return the expected length L = Σ P(x) ⌈−log₂ P(x)⌉ in bits of the Shannon code for P (outcomes with
/// P(x) = 0 add nothing). Refuse a P that is not a distribution.
/// Examples: (0.4, 0.2, 0.2, 0.1, 0.1) gives 2.8 bits; (0.5, 0.25, 0.125, 0.125) gives 1.75 bits; (1) gives 0.
double shannon_expected_length_bits(const std::vector<double>& p);

/// Return the expected length in bits of a Huffman code for P (the shortest prefix code). Refuse a P that
/// is not a distribution.
/// Examples: (0.4, 0.2, 0.2, 0.1, 0.1) gives 2.2 bits; five outcomes of 0.2 give 2.4 bits; (0, 1) gives 0.
double huffman_expected_length_bits(const std::vector<double>& p);

/// Return Σ P(x) ⌈−log₂ Q(x)⌉: the bits per symbol of sending P's outcomes with the Shannon code built for
/// Q; +∞ when an outcome with P(x) > 0 has Q(x) = 0. Refuse P or Q that is not a distribution, and P and Q
/// of different lengths.
/// Example: P = (0.5, 0.5) with Q = (0.9, 0.1): lengths (1, 4), 2.5 bits (H(P, Q) = 1.736966 bits).
double wrong_code_cost_bits(const std::vector<double>& p, const std::vector<double>& q);

}  // namespace hw::lesson12
