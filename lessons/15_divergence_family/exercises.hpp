/// \file
/// \brief Lesson 15 homework: the divergence family.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// Total variation and the Hellinger distance are pure numbers (no unit); the Rényi divergence and the mutual
/// information are in nats. Refuse input that makes no sense by throwing std::invalid_argument with a message
/// that names the problem (the info library's exceptions derive from it). A pmf is valid when every mass is
/// finite and ≥ 0 and they sum to 1 within 1e-9; two pmfs must have the same length.

#pragma once

#include <vector>

namespace hw::lesson15 {

/// TV(P, Q) = ½ Σ |p[x] − q[x]|, in [0, 1]. Refuse pmfs of different lengths and invalid pmfs.
/// Example: p = (0.42, 0.31, 0.27), q = (0.25, 0.5, 0.25) give 0.19.
double total_variation(const std::vector<double>& p, const std::vector<double>& q);

/// The Hellinger distance H(P, Q) = √(½ Σ (√p[x] − √q[x])²), in [0, 1], accurate for nearly equal pmfs
/// (relative error below 1e-6 when H is 7e-10). Refuse pmfs of different lengths and invalid pmfs.
/// Example: p = (0.42, 0.31, 0.27), q = (0.25, 0.5, 0.25) give 0.149850.
double hellinger_distance(const std::vector<double>& p, const std::vector<double>& q);

/// The Rényi divergence D_α(P‖Q) = ln(Σ p^α q^(1−α))/(α − 1) in nats; KL(P‖Q) at α = 1, and accurate near it
/// (within 1e-12 nats of the exact value at α = 1 ± 1e-10). +∞ when α ≥ 1 and some q[x] = 0 < p[x]; for α < 1
/// the sum runs over the outcomes where both are positive (+∞ when there is none). Refuse α ≤ 0 or NaN, pmfs of
/// different lengths and invalid pmfs.
/// Example: p = (0.42, 0.31, 0.27), q = (0.25, 0.5, 0.25), α = 2 give 0.173449 nats.
double renyi_divergence_nats(const std::vector<double>& p, const std::vector<double>& q, double alpha);

/// I(X;Y) in nats for a bivariate normal with covariance matrix [[var_x, cov], [cov, var_y]]:
/// −½ ln(1 − ρ²), ρ² = cov²/(var_x·var_y), accurate for small ρ; +∞ when cov² = var_x·var_y. Refuse a variance
/// that is not positive, a value that is not finite, and cov² > var_x·var_y.
/// Example: var_x = 4, cov = 0.6, var_y = 0.25 (ρ = 0.6) give 0.223144 nats.
double gaussian_mi_nats(double var_x, double cov, double var_y);

}  // namespace hw::lesson15
