/// \file
/// \brief Lesson 05 homework: H(P, Q) = H(P) + KL(P‖Q).
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// A distribution is a std::vector<double> of probabilities: non-empty, finite, non-negative, summing to 1
/// within 1e-9. Refuse anything else by throwing std::invalid_argument with a message that names the
/// problem (info::pmf does this for you: its exception derives from std::invalid_argument). Never
/// normalise silently. Conventions: 0·log 0 = 0; a term with P(x) > 0 and Q(x) = 0 makes H(P, Q) and
/// KL(P‖Q) equal to +∞.
#pragma once

#include <info/units.hpp>

#include <vector>

namespace hw::lesson05 {

/// The three quantities of the identity, each computed on its own.
struct sides {
  double entropy;        ///< H(P)
  double kl;             ///< KL(P‖Q)
  double cross_entropy;  ///< H(P, Q)
};

/// Return H(P), KL(P‖Q) and H(P, Q) in the unit of base b, each from its own sum (−Σ P log P,
/// Σ P log(P/Q), −Σ P log Q): never one of them as a combination of the other two.
/// P and Q must have the same outcomes (the same length).
/// Example: P = (0.5, 0.5), Q = (0.9, 0.1) give 1 + 0.736966 = 1.736966 bits.
sides three_sums(const std::vector<double>& p, const std::vector<double>& q, info::base b);

/// Return KL(P‖U) in nats, where U is uniform on P's n outcomes (n is P's length, outcomes of probability 0
/// included), computed as ln n − H(P) (the identity with H(P, U) = ln n).
/// Example: P = (0.7, 0.2, 0.1) gives ln 3 − 0.801819 = 0.296794 nats.
double kl_to_uniform_nats(const std::vector<double>& p);

/// For P = normal(mean_p, sd_p) and Q = normal(mean_q, sd_q), return the differential entropy h(P),
/// KL(P‖Q) and the cross-entropy H(P, Q) in nats, each from its own closed form.
/// Refuse standard deviations that are not positive and finite, and means that are not finite.
/// Example: normal(0, 1) against normal(0, 2) gives 1.418939 + 0.318147 = 1.737086 nats.
sides gaussian_sides_nats(double mean_p, double sd_p, double mean_q, double sd_q);

/// The gradients of two losses with respect to the logits θ.
struct gradients {
  std::vector<double> cross_entropy;  ///< ∂H(P, Q_θ)/∂θ
  std::vector<double> kl;             ///< ∂KL(P‖Q_θ)/∂θ
};

/// The model is Q_θ = softmax(θ), Q_θ(x) = e^θ(x) / Σ_y e^θ(y). Return the gradients of H(P, Q_θ) and of
/// KL(P‖Q_θ) with respect to θ (natural logarithms), to 1e-8, also for logits in the thousands. P and θ
/// must have the same length; refuse logits that are not finite.
/// Example: P = (1, 0) at θ = (0, 0) gives (−0.5, 0.5) for both.
gradients softmax_gradients(const std::vector<double>& p, const std::vector<double>& theta);

}  // namespace hw::lesson05
