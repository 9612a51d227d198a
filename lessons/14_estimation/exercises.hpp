/// \file
/// \brief Lesson 14 homework: estimation from samples.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// Results are in nats. Refuse input that makes no sense by throwing std::invalid_argument with a message
/// that names the problem (the info library's exceptions derive from it).
#pragma once

#include <vector>

namespace hw::lesson14 {

/// counts[x] is how many of N draws fell on outcome x. Return the Miller–Madow entropy estimate in nats:
/// the plug-in entropy −Σ (c/N) ln(c/N) (over the counts c > 0) plus (m̂ − 1)/(2N), where m̂ is the number
/// of outcomes with c > 0. Refuse a negative count and counts that are all 0.
/// Example: counts (3, 1) give 0.562335 + 1/8 = 0.687335 nats.
double miller_madow_nats(const std::vector<long long>& counts);

/// The exact expectation E[Ĥ], in nats, of the plug-in entropy of n independent draws from the pmf p: each
/// outcome's count is binomial(n, p[x]), and Ĥ is a sum over outcomes, so no sampling is needed. Refuse
/// n < 1 and a p with a negative or non-finite mass or a sum further than 1e-9 from 1.
/// Example: a fair coin, n = 2: E[Ĥ] = ½ ln 2 = 0.346574 nats (the two tosses differ half of the time).
double expected_plugin_entropy_nats(const std::vector<double>& p, long long n);

/// A Monte Carlo estimate with its interval.
struct interval {
  double mean;   ///< the sample mean of the log-ratios: the estimate of KL(P‖Q)
  double lower;  ///< mean − z·s/√n
  double upper;  ///< mean + z·s/√n
};

/// log_ratios[i] = ln p(xᵢ) − ln q(xᵢ) for a sample xᵢ drawn from P. Return their mean and the interval
/// mean ± z·s/√n, s the sample standard deviation (divisor n − 1): with z = 1.959964 a 95 % confidence interval
/// for KL(P‖Q). Refuse fewer than two values, a value that is not finite, and z ≤ 0 (or NaN).
/// Example: log-ratios (1, 2, 3, 4) with z = 2.575829 give 2.5 and [0.837310, 4.162690].
interval kl_confidence_interval(const std::vector<double>& log_ratios, double z);

/// The Kozachenko–Leonenko estimate of the differential entropy of a 1-D sample, in nats:
/// ψ(N) − ψ(k) + ln 2 + (1/N) Σ ln εᵢ, εᵢ the distance from sample[i] to its k-th nearest other point, ψ the
/// digamma function. Refuse k < 1, k ≥ N, a value that is not finite, and a k-th distance of 0.
/// Example: the points (0, 1, 3, 7) with k = 1 give 3.046341 nats.
double kozachenko_leonenko_nats(const std::vector<double>& sample, int k);

}  // namespace hw::lesson14
