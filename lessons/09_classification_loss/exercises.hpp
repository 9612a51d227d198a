/// \file
/// \brief Lesson 09 homework: cross-entropy as a classification loss.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// Logits z are finite real numbers; losses are in nats. Refuse input that makes no sense by throwing
/// std::invalid_argument with a message that names the problem (the info library's exceptions derive
/// from it).
#pragma once

#include <cstddef>
#include <vector>

namespace hw::lesson09 {

/// Return q = softmax(z), q(x) = e^z(x) / Σ_y e^z(y). It must not overflow or underflow for logits in the
/// thousands, positive or negative. Refuse an empty z and logits that are not finite.
/// Example: z = (1, 2, 3) gives q = (0.090031, 0.244728, 0.665241).
std::vector<double> softmax(const std::vector<double>& z);

/// A loss and its gradient with respect to the logits.
struct loss_and_gradient {
  double loss;                   ///< −log q(label), in nats
  std::vector<double> gradient;  ///< ∂loss/∂z
};

/// For logits z and the true class `label` (one-hot truth y), return the loss H(y, softmax(z)) = −log
/// softmax(z)(label) and its gradient softmax(z) − y. Stable for logits in the thousands. Refuse an empty z,
/// logits that are not finite, and a label ≥ z.size().
/// Example: z = (1, 2, 3), label 0 gives loss 2.407606 nats and gradient (−0.909969, 0.244728, 0.665241).
loss_and_gradient softmax_loss(const std::vector<double>& z, std::size_t label);

/// The binary loss and its derivative with respect to the logit.
struct binary_loss_and_derivative {
  double loss;        ///< −[y log σ(z) + (1 − y) log(1 − σ(z))], in nats
  double derivative;  ///< ∂loss/∂z = σ(z) − y
};

/// With q = σ(z) = 1/(1 + e^(−z)) and a label y in [0, 1], return the binary cross-entropy and its derivative
/// σ(z) − y, both accurate to 1e-12 relative even when they are tiny (z = 40, y = 1: loss 4.248354e-18) or
/// huge (z = −800, y = 1: loss 800). Refuse y outside [0, 1] and z that is not finite.
/// Example: z = 2, y = 1 gives loss log(1 + e^(−2)) = 0.126928 and derivative σ(2) − 1 = −0.119203.
binary_loss_and_derivative binary_loss(double z, double y);

/// H(y), H(y, q) and KL(y‖q) for one smoothed label.
struct smoothed_sums {
  double entropy;        ///< H(y)
  double cross_entropy;  ///< H(y, q)
  double kl;             ///< KL(y‖q)
};

/// The smoothed label of class `label` among n = q.size() classes is y = (1 − ε)·one-hot(label) + ε/n. Return
/// H(y), H(y, q) and KL(y‖q) in nats, each from its own sum. Refuse ε outside [0, 1], a label ≥ n, and a q
/// that is not a distribution (info::pmf checks it).
/// Example: label 0, ε = 0.15, q = (0.8, 0.1, 0.1): y = (0.9, 0.05, 0.05), and
/// 0.431088 = 0.394398 + 0.036690.
smoothed_sums smoothed_label_sums(std::size_t label, double epsilon, const std::vector<double>& q);

}  // namespace hw::lesson09
