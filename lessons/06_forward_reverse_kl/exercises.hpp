/// \file
/// \brief Lesson 06 homework: forward and reverse KL.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// P is a finite mixture of normal distributions, p(x) = Σ w_i·N(x; μ_i, σ_i): the weights must be
/// positive and sum to 1 within 1e-9, the means finite, the standard deviations positive and finite, and
/// there must be at least one part. Q is a single normal. Refuse anything else by throwing
/// std::invalid_argument with a message that names the problem. All results are in nats.
#pragma once

#include <vector>

namespace hw::lesson06 {

/// A normal distribution N(mean, sd²).
struct normal {
  double mean;  ///< μ
  double sd;    ///< σ > 0
};

/// One weighted part of a mixture.
struct part {
  double weight;  ///< w_i > 0
  double mean;    ///< μ_i
  double sd;      ///< σ_i > 0
};

/// Return the normal Q that minimises the forward divergence KL(P‖Q), without any optimiser: it has P's
/// mean and P's standard deviation (moment matching).
/// Example: P = 0.3·N(−1, 0.5) + 0.7·N(3, 1) gives μ = 1.8, σ = √4.135 = 2.033470; the bimodal
/// P = 0.5·N(−2, 0.6) + 0.5·N(2, 0.6) gives μ = 0, between the modes, where P has almost no mass.
normal forward_kl_fit(const std::vector<part>& p);

/// Return KL(Q‖P) = ∫ q(x) log(q(x)/p(x)) dx, integrating it yourself (Boost's quadrature or
/// info::integrate may do the integral; do not call info::kl_divergence).
/// Accurate to 1e-9, also when Q is much wider than P's parts (then p(x) underflows far out: use log p).
/// Example: for the bimodal P above and Q = N(2, 0.6), 0.691906 nats.
double reverse_kl_nats(normal q, const std::vector<part>& p);

/// Return KL(P‖Q) using KL(P‖Q) = −h(P) + ½ log(2πσ²) + E_P[(X − μ)²]/(2σ²), with the differential
/// entropy h(P) of the mixture by quadrature and E_P[(X − μ)²] from the parts' means and standard
/// deviations. Accurate to 1e-9.
/// Example: the bimodal P against its forward fit N(0, √4.36) gives the minimum, 0.555156 nats.
double forward_kl_nats(const std::vector<part>& p, normal q);

/// Starting from `start`, minimise the reverse divergence KL(Q‖P) over Q = N(μ, σ) and return the local
/// minimum you reach (μ and σ to 1e-4). Refuse a start with σ ≤ 0.
/// Example: for the bimodal P, from μ = 1.5, σ = 1 you should arrive at μ = 1.997078, σ = 0.604856: one
/// mode, with about its own width.
normal reverse_kl_fit(const std::vector<part>& p, normal start);

}  // namespace hw::lesson06
