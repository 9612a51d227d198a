// Lesson 06 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson06 {

// TODO: the forward fit of a normal to the mixture P, by moment matching.
normal forward_kl_fit([[maybe_unused]] const std::vector<part>& p) {
  return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
}

// TODO: KL(Q‖P) in nats, by quadrature.
double reverse_kl_nats([[maybe_unused]] normal q, [[maybe_unused]] const std::vector<part>& p) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: KL(P‖Q) in nats from −h(P) + ½ log(2πσ²) + E_P[(X − μ)²]/(2σ²).
double forward_kl_nats([[maybe_unused]] const std::vector<part>& p, [[maybe_unused]] normal q) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the local minimum of KL(Q‖P) over Q = N(μ, σ), starting from `start`.
normal reverse_kl_fit([[maybe_unused]] const std::vector<part>& p, [[maybe_unused]] normal start) {
  return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
}

}  // namespace hw::lesson06
