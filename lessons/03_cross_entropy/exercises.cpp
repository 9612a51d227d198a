// Lesson 03 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson03 {

// TODO: H(P, Q) in the unit of base b, from −Σ P(x) log_b Q(x).
double cross_entropy([[maybe_unused]] const std::vector<double>& p, [[maybe_unused]] const std::vector<double>& q,
                     [[maybe_unused]] info::base b) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the outcomes with P(x) > 0 and Q(x) = 0.
std::vector<std::size_t> infinite_outcomes([[maybe_unused]] const std::vector<double>& p,
                                           [[maybe_unused]] const std::vector<double>& q) {
  return {std::numeric_limits<std::size_t>::max()};
}

// TODO: the mean length in bits of a Shannon code built for Q, when the outcomes come from P.
double shannon_code_length_bits([[maybe_unused]] const std::vector<double>& p,
                                [[maybe_unused]] const std::vector<double>& q) {
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hw::lesson03
