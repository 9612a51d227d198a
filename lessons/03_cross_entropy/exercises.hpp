/// \file
/// \brief Lesson 03 homework: cross-entropy.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// A distribution is a std::vector<double> of probabilities: non-empty, finite, non-negative, summing to 1
/// within 1e-9. Refuse anything else by throwing std::invalid_argument with a message that names the
/// problem (info::pmf does this for you: its exception derives from std::invalid_argument). Never
/// normalise silently. P and Q must have the same outcomes (the same length). Conventions: 0·log 0 = 0;
/// a term with P(x) > 0 and Q(x) = 0 makes H(P, Q) = +∞.
#pragma once

#include <info/units.hpp>

#include <cstddef>
#include <vector>

namespace hw::lesson03 {

/// Return H(P, Q) = −Σ P(x) log_b Q(x), summed from this definition, in the unit of
/// base b. Examples: P = (0, 0, 1), Q = (0.2, 0.3, 0.5) give 0.693147 nats; P = (0.5, 0.5),
/// Q = (0.25, 0.75) give 1.207519 bits; P = (0.5, 0.5), Q = (1, 0) give +∞.
double cross_entropy(const std::vector<double>& p, const std::vector<double>& q, info::base b);

/// Return, in increasing order, the outcomes x with P(x) > 0 and Q(x) = 0: the ones
/// that make H(P, Q) infinite (an empty list when it is finite).
/// Example: P = (0.5, 0.5), Q = (1, 0) give {1}.
std::vector<std::size_t> infinite_outcomes(const std::vector<double>& p, const std::vector<double>& q);

/// A code built for Q gives outcome x a codeword of
/// ⌈−log₂ Q(x)⌉ bits (a Shannon code). Return the mean codeword length in bits when the outcomes
/// actually come from P: Σ P(x)·⌈−log₂ Q(x)⌉, +∞ if P needs an outcome the code has no word for (Q(x) = 0).
/// It always lies in [H(P, Q), H(P, Q) + 1) bits.
/// Example: P = (0.5, 0.25, 0.25) coded for Q = (0.25, 0.25, 0.5) needs 1.75 bits per outcome.
double shannon_code_length_bits(const std::vector<double>& p, const std::vector<double>& q);

}  // namespace hw::lesson03
