/// \file
/// \brief Lesson 04 homework: the Kullback-Leibler divergence.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// A distribution is a std::vector<double> of probabilities: non-empty, finite, non-negative, summing to 1
/// within 1e-9. Refuse anything else by throwing std::invalid_argument with a message that names the
/// problem (info::pmf does this for you: its exception derives from std::invalid_argument). Never
/// normalise silently. Conventions: 0·log 0 = 0; a term with P(x) > 0 and Q(x) = 0 makes KL(P‖Q) = +∞.
#pragma once

#include <info/units.hpp>

#include <vector>

namespace hw::lesson04 {

/// Return KL(P‖Q) in bits between a coin P that lands heads with probability p and a coin
/// Q that lands heads with probability q. Refuse p or q outside [0, 1] and NaN.
/// Example: p = 0.5, q = 0.9 gives 0.736966 bits.
double kl_coins_bits(double p, double q);

/// Return KL(P‖Q) = Σ P(x) log_b (P(x)/Q(x)) in the unit of base b, for P and Q on the
/// same outcomes (the same length).
/// Example: P = (1/3, 1/3, 1/3), Q = (0.5, 0.5, 0) gives +∞, while KL(Q‖P) = ln(3/2) = 0.405465 nats.
double kl_divergence(const std::vector<double>& p, const std::vector<double>& q, info::base b);

/// Two distributions on the same outcomes.
struct pair {
  std::vector<double> p;  ///< P
  std::vector<double> q;  ///< Q
};

/// Find and return distributions P and Q on the same outcomes, both KLs finite, with KL(P‖Q) larger than
/// KL(Q‖P) by more than 0.1 nats. (Work it out, then check both directions with your kl_divergence.)
pair asymmetric_pair();

/// Return KL(P‖U) in nats, where P = Binomial(n, p) on the outcomes 0..n
/// and U is uniform on the same n + 1 outcomes. It must work for n in the thousands, where the binomial
/// coefficients overflow a double. Refuse n < 0 and p outside [0, 1].
/// Example: Binomial(2, 0.5) = (0.25, 0.5, 0.25) gives 0.058892 nats.
double kl_binomial_uniform_nats(int n, double p);

}  // namespace hw::lesson04
