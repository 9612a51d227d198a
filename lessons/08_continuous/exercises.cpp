// Lesson 08 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson08 {

// TODO: the uniform width and the normal standard deviation whose differential entropy is h.
scales entropy_scales([[maybe_unused]] double h) {
  return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
}

// TODO: KL(P‖Q) between normals with independent coordinates, from the closed form.
double gaussian_kl_nats([[maybe_unused]] const std::vector<double>& mean_p,
                        [[maybe_unused]] const std::vector<double>& sd_p,
                        [[maybe_unused]] const std::vector<double>& mean_q,
                        [[maybe_unused]] const std::vector<double>& sd_q) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the entropy of the binned masses plus log Δ.
double binned_entropy_plus_log_delta([[maybe_unused]] const std::function<double(double)>& cdf,
                                     [[maybe_unused]] double lower, [[maybe_unused]] double upper,
                                     [[maybe_unused]] long bins) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: KL(P‖Q) by quadrature over P's support [lower, upper].
double kl_by_quadrature_nats([[maybe_unused]] const std::function<double(double)>& log_p,
                             [[maybe_unused]] const std::function<double(double)>& log_q, [[maybe_unused]] double lower,
                             [[maybe_unused]] double upper) {
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hw::lesson08
