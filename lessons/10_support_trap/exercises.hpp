/// \file
/// \brief Lesson 10 homework: discrete families and the support trap.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// binomial(n, p) has the outcomes 0..n (n ≥ 0, p in [0, 1]); poisson(mean) has the outcomes 0, 1, 2, ...
/// (mean > 0 and finite). Results are in nats. Refuse other parameters by throwing std::invalid_argument
/// with a message that names the problem (the info library's exceptions derive from it).
#pragma once

namespace hw::lesson10 {

/// Return D(B‖P) = Σ_{k=0..n} B(k) log(B(k)/P(k)) for B = binomial(n, p) and P = poisson(mean). Accurate to
/// 1e-8 relative, also when D is as small as 1e-8 (binomial(10000, 0.0002) against poisson(2)): then
/// log(B(k)/P(k)) needs more care than subtracting two lgamma-based logarithms.
/// Example: binomial(10, 0.2) against poisson(2) gives 0.012017 nats; binomial(1000, 0.002), 1.0017e-6.
double kl_binomial_poisson_nats(int n, double p, double mean);

/// Return the windowed sum Σ_{k=0..last} P(k) log(P(k)/B(k)) for P = poisson(mean) and B = binomial(n, p): +∞
/// as soon as the window reaches an outcome that B rules out (B(k) = 0 while P(k) > 0). A windowed sum is not
/// a divergence: it can even be negative. Refuse last < 0.
/// Example: poisson(4) against binomial(10, 0.5) gives 0.278759 for last = 9, 0.287703 for last = 10, and +∞
/// for last = 11.
double kl_poisson_binomial_window_nats(double mean, int n, double p, int last);

/// Return P(X > k) for X ~ poisson(mean), accurate to 1e-10 relative even when it is tiny (1 − P(X ≤ k)
/// rounds to 0 long before the tail does). Refuse k < 0.
/// Example: poisson(4) puts 0.0028398 above 10, the mass that makes D(P‖B) infinite for binomial(10, p).
double poisson_mass_above(double mean, int k);

/// Return KL(poisson(mean_p)‖poisson(mean_q)) by summing P(k) log(P(k)/Q(k)) over k until the rest of P's
/// mass no longer matters (to 1e-9 relative), not by the closed form, which the tests use to check you. It
/// must work for means in the thousands, where e^(−mean) underflows, and for nearly equal means, where the
/// divergence is tiny (poisson(50) against poisson(50.001): 1.0e-8 nats).
/// Example: poisson(2) against poisson(3) gives 0.189070 nats.
double kl_poissons_by_sum_nats(double mean_p, double mean_q);

}  // namespace hw::lesson10
