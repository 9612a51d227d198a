// Lesson 02 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson02 {

// TODO: H(P) in the unit of base b.
double entropy([[maybe_unused]] const std::vector<double>& p, [[maybe_unused]] info::base b) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the distribution on n outcomes with the largest entropy, and that entropy.
most_uncertain most_uncertain_distribution([[maybe_unused]] int n, [[maybe_unused]] info::base b) {
  return {{}, std::numeric_limits<double>::quiet_NaN()};
}

// TODO: the entropy in bits of the distribution described by counts.
double entropy_from_counts_bits([[maybe_unused]] const std::vector<long long>& counts) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the p in [0, ½] whose binary entropy is h bits.
double inverse_binary_entropy([[maybe_unused]] double h) {
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hw::lesson02
