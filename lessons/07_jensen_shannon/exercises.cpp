// Lesson 07 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson07 {

// TODO: JS(P, Q) in bits, from KL(P‖M) and KL(Q‖M).
double js_divergence_bits([[maybe_unused]] const std::vector<double>& p,
                          [[maybe_unused]] const std::vector<double>& q) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: JS and KL in bits for two uniform distributions on n outcomes sharing k of them.
js_and_kl uniform_overlap_bits([[maybe_unused]] int n, [[maybe_unused]] int k) {
  return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
}

// TODO: the triangle gaps of JS and of √JS for A = (1, 0), B = (t, 1 − t), C = (0, 1), in nats.
triangle_gaps triangle_gaps_nats([[maybe_unused]] double t) {
  return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
}

// TODO: JS(P, Q) and ¼ (KL(P‖Q) + KL(Q‖P)) in nats.
js_bound js_and_kl_bound_nats([[maybe_unused]] const std::vector<double>& p,
                              [[maybe_unused]] const std::vector<double>& q) {
  return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
}

}  // namespace hw::lesson07
