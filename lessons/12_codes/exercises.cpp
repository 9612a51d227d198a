// Lesson 12 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson12 {

// TODO: Kraft's sum of the lengths.
double kraft_sum([[maybe_unused]] const std::vector<int>& lengths) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the expected length of the Shannon code for P, in bits.
double shannon_expected_length_bits([[maybe_unused]] const std::vector<double>& p) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the expected length of a Huffman code for P, in bits.
double huffman_expected_length_bits([[maybe_unused]] const std::vector<double>& p) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the bits per symbol of coding P with Q's Shannon code.
double wrong_code_cost_bits([[maybe_unused]] const std::vector<double>& p, [[maybe_unused]] const std::vector<double>& q) {
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hw::lesson12
