/// \file
/// \brief Lesson 02 homework: entropy.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// A distribution is a std::vector<double> of probabilities: non-empty, finite, non-negative, summing to 1
/// within 1e-9. Refuse anything else by throwing std::invalid_argument with a message that names the
/// problem (info::pmf does this for you: its exception derives from std::invalid_argument). Never
/// normalise silently. Convention: 0·log 0 = 0.
#pragma once

#include <info/units.hpp>

#include <vector>

namespace hw::lesson02 {

/// Return H(P) = −Σ P(x) log_b P(x) in the unit of base b.
/// Examples: a fair die has 2.584963 bits; P = (0.7, 0.2, 0.1) has 0.801819 nats; P = (0.5, 0.5, 0, 0)
/// has 1 bit (impossible outcomes add nothing).
double entropy(const std::vector<double>& p, info::base b);

/// A distribution with its entropy.
struct most_uncertain {
  std::vector<double> p;  ///< the distribution
  double entropy;         ///< its entropy, in the unit asked for
};

/// Return the distribution on n outcomes whose entropy is the largest possible,
/// and that entropy in the unit of base b. Refuse n < 1.
/// Example: on 8 outcomes the answer has 3 bits.
most_uncertain most_uncertain_distribution(int n, info::base b);

/// Return, in bits, the entropy of the distribution that a table of counts
/// describes: outcome x was seen counts[x] times (the "plug-in" estimate). Refuse negative counts, an
/// empty table and a table of zeros.
/// Example: counts (3, 1) describe P = (0.75, 0.25), 0.811278 bits.
double entropy_from_counts_bits(const std::vector<long long>& counts);

/// The binary entropy H₂(p) = −p log₂ p − (1−p) log₂(1−p) rises from 0
/// to 1 bit as p goes from 0 to ½. Return the p in [0, ½] with H₂(p) = h, accurate to 1e-12 (1e-6 near
/// h = 1, where H₂ is flat). Refuse h outside [0, 1] and NaN.
/// Example: a coin with half a bit of entropy has p = 0.110028.
double inverse_binary_entropy(double h);

}  // namespace hw::lesson02
