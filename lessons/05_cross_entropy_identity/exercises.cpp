// Lesson 05 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson05 {

// TODO: H(P), KL(P‖Q) and H(P, Q) in the unit of base b, each from its own sum.
sides three_sums([[maybe_unused]] const std::vector<double>& p, [[maybe_unused]] const std::vector<double>& q,
                 [[maybe_unused]] info::base b) {
  const double todo = std::numeric_limits<double>::quiet_NaN();
  return {todo, todo, todo};
}

// TODO: KL(P‖U) in nats, as ln n − H(P).
double kl_to_uniform_nats([[maybe_unused]] const std::vector<double>& p) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: h(P), KL(P‖Q) and H(P, Q) in nats for two normal distributions, from closed forms.
sides gaussian_sides_nats([[maybe_unused]] double mean_p, [[maybe_unused]] double sd_p, [[maybe_unused]] double mean_q,
                          [[maybe_unused]] double sd_q) {
  const double todo = std::numeric_limits<double>::quiet_NaN();
  return {todo, todo, todo};
}

// TODO: the gradients of H(P, softmax(θ)) and KL(P‖softmax(θ)) with respect to θ.
gradients softmax_gradients([[maybe_unused]] const std::vector<double>& p,
                            [[maybe_unused]] const std::vector<double>& theta) {
  return {{}, {}};
}

}  // namespace hw::lesson05
