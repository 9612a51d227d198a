/// \file
/// \brief Lesson 08 homework: continuous distributions.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// Results are in nats. Refuse input that makes no sense by throwing std::invalid_argument with a message
/// that names the problem (the info library's exceptions derive from it).
#pragma once

#include <functional>
#include <vector>

namespace hw::lesson08 {

/// The sizes of two distributions with a given differential entropy.
struct scales {
  double uniform_width;  ///< the a with h(uniform(0, a)) = h
  double normal_sd;      ///< the σ with h(normal(0, σ)) = h
};

/// Return the width a of a uniform distribution and the standard deviation σ of a normal distribution
/// whose differential entropy is h nats. Refuse h that is not finite.
/// Example: h = 0 gives a = 1 and σ = 1/√(2πe) = 0.241971; narrower distributions have h < 0.
scales entropy_scales(double h);

/// P and Q are normal with independent coordinates: coordinate i has mean mean_p[i] and standard deviation
/// sd_p[i] under P (likewise for Q). Return KL(P‖Q) from the closed form (no quadrature). All four vectors
/// must have the same, non-zero length; refuse standard deviations that are not positive and finite.
/// Example: one dimension, KL(normal(0, 1)‖normal(0, 2)) = log 2 + 1/8 − ½ = 0.318147 nats.
double gaussian_kl_nats(const std::vector<double>& mean_p, const std::vector<double>& sd_p,
                        const std::vector<double>& mean_q, const std::vector<double>& sd_q);

/// Cut [lower, upper] into `bins` bins of equal width Δ = (upper − lower)/bins, give bin k the mass
/// cdf(lower + (k+1)Δ) − cdf(lower + kΔ) (a difference that rounding makes negative counts as 0), and
/// return the entropy H_Δ of those masses plus log Δ. As Δ → 0 this approaches the differential entropy.
/// The masses must add up to 1 within 1e-6 (otherwise [lower, upper] misses part of the distribution:
/// refuse it), bins must be at least 1, and lower < upper, both finite.
/// Example: uniform(0, 1) gives exactly 0 = h for every number of bins.
double binned_entropy_plus_log_delta(const std::function<double(double)>& cdf, double lower, double upper, long bins);

/// P's support is [lower, upper] (either end may be infinite); log_p and log_q are the log-densities
/// (−∞ where a density is 0). Return KL(P‖Q) = ∫ p (log p − log q) dx to 1e-9, as −h(P) + E_P[−log q]
/// or directly. Where p(x) = 0 nothing is added; if q vanishes where p does not,
/// return +∞. Refuse lower ≥ upper and NaN ends.
/// Example: KL(exponential(1)‖normal(0, 1)) = ½ log(2π) = 0.918939 nats, while
/// KL(normal(0, 1)‖exponential(1)) = +∞.
double kl_by_quadrature_nats(const std::function<double(double)>& log_p, const std::function<double(double)>& log_q,
                             double lower, double upper);

}  // namespace hw::lesson08
