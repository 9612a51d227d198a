// Lesson 10 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson10 {

// TODO: D(binomial(n, p) ‖ poisson(mean)) over the full support 0..n.
double kl_binomial_poisson_nats([[maybe_unused]] int n, [[maybe_unused]] double p, [[maybe_unused]] double mean) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the windowed sum of P(k) log(P(k)/B(k)) over k = 0..last.
double kl_poisson_binomial_window_nats([[maybe_unused]] double mean, [[maybe_unused]] int n, [[maybe_unused]] double p,
                                       [[maybe_unused]] int last) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: P(X > k) for X ~ poisson(mean).
double poisson_mass_above([[maybe_unused]] double mean, [[maybe_unused]] int k) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: KL(poisson(mean_p) ‖ poisson(mean_q)) by summation.
double kl_poissons_by_sum_nats([[maybe_unused]] double mean_p, [[maybe_unused]] double mean_q) {
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hw::lesson10
