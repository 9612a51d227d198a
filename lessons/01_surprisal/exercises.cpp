// Lesson 01 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson01 {

// TODO: the surprisal −log₂ p of an event of probability p, in bits.
double surprisal_bits([[maybe_unused]] double p) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the probability of an event whose surprisal is `bits` bits.
double probability_from_surprisal_bits([[maybe_unused]] double bits) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: convert `amount` from the unit `from` to the unit `to`.
double convert([[maybe_unused]] double amount, [[maybe_unused]] info::base from, [[maybe_unused]] info::base to) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the surprisal in bits of independent events all happening.
double joint_surprisal_bits([[maybe_unused]] const std::vector<double>& probabilities) {
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hw::lesson01
