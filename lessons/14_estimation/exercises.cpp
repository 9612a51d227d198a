// Lesson 14 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson14 {

// TODO: the plug-in entropy of the counts plus (m̂ − 1)/(2N).
double miller_madow_nats([[maybe_unused]] const std::vector<long long>& counts) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: E[Ĥ] for n draws from p, summed over each outcome's binomial count.
double expected_plugin_entropy_nats([[maybe_unused]] const std::vector<double>& p, [[maybe_unused]] long long n) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: the mean of the log-ratios and mean ± z·s/√n.
interval kl_confidence_interval([[maybe_unused]] const std::vector<double>& log_ratios, [[maybe_unused]] double z) {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  return {nan, nan, nan};
}

// TODO: ψ(N) − ψ(k) + ln 2 + (1/N) Σ ln εᵢ.
double kozachenko_leonenko_nats([[maybe_unused]] const std::vector<double>& sample, [[maybe_unused]] int k) {
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hw::lesson14
