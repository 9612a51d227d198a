// Lesson 15 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson15 {

// TODO: ½ Σ |p − q|.
double total_variation([[maybe_unused]] const std::vector<double>& p, [[maybe_unused]] const std::vector<double>& q) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: √(½ Σ (√p − √q)²), accurate for nearly equal pmfs.
double hellinger_distance([[maybe_unused]] const std::vector<double>& p, [[maybe_unused]] const std::vector<double>& q) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: ln(Σ p^α q^(1−α))/(α − 1), and KL at α = 1.
double renyi_divergence_nats([[maybe_unused]] const std::vector<double>& p, [[maybe_unused]] const std::vector<double>& q,
                             [[maybe_unused]] double alpha) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: −½ ln(1 − ρ²) from the covariance matrix.
double gaussian_mi_nats([[maybe_unused]] double var_x, [[maybe_unused]] double cov, [[maybe_unused]] double var_y) {
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hw::lesson15
