// Lesson 04 homework: your answers. Each function's contract is in exercises.hpp, its task and hints in
// homework.json.
// Replace each stub's body; `./workbook homework` tells you which exercises pass, `./workbook homework NN.K`
// why one does not.
#include "exercises.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hw::lesson04 {

// TODO: KL(P‖Q) in bits between a p-coin and a q-coin.
double kl_coins_bits([[maybe_unused]] double p, [[maybe_unused]] double q) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: KL(P‖Q) in the unit of base b.
double kl_divergence([[maybe_unused]] const std::vector<double>& p, [[maybe_unused]] const std::vector<double>& q,
                     [[maybe_unused]] info::base b) {
  return std::numeric_limits<double>::quiet_NaN();
}

// TODO: a pair with KL(P‖Q) > KL(Q‖P) + 0.1 nats.
pair asymmetric_pair() {
  return {{}, {}};
}

// TODO: KL(Binomial(n, p) ‖ uniform on 0..n) in nats.
double kl_binomial_uniform_nats([[maybe_unused]] int n, [[maybe_unused]] double p) {
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hw::lesson04
