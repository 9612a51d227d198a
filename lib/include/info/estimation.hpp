/// \file estimation.hpp
/// \brief Information measures estimated from samples: plug-in and Miller–Madow entropy from counts, a
/// Monte Carlo KL with its standard error, and the Kozachenko–Leonenko nearest-neighbour estimate of a
/// differential entropy.
///
/// Pure functions of the data they are given: nothing here draws random numbers. Every estimate is in nats
/// and converted to the base asked for at the end.
#pragma once

#include "info/density.hpp"
#include "info/units.hpp"

#include <cstddef>
#include <span>

namespace info {

/// The plug-in (maximum-likelihood) entropy of observed counts: the entropy of the empirical pmf
/// \f$\hat P(x) = c_x / N\f$, \f$\hat H = -\sum_x \hat P(x)\log\hat P(x) = \log N - \frac1N\sum_x c_x\log c_x\f$.
/// Outcomes with count 0 add nothing. Its expectation lies below H(P) (H is concave): for N draws from a
/// pmf with m outcomes of positive mass, \f$E[\hat H] - H \approx -(m-1)/(2N)\f$ nats.
/// \throws info::invalid_input if a count is negative or all counts are 0 (no draws).
[[nodiscard]] double plugin_entropy(std::span<const long long> counts, base b = base::nats);

/// The Miller–Madow correction of the plug-in entropy: \f$\hat H + (\hat m - 1)/(2N)\f$ nats, where
/// \f$\hat m\f$ is the number of outcomes observed at least once. It removes the leading term of the bias
/// when every outcome has been seen; with unseen outcomes it corrects less (\f$\hat m < m\f$).
/// \throws info::invalid_input as plugin_entropy().
[[nodiscard]] double miller_madow_entropy(std::span<const long long> counts, base b = base::nats);

/// A sample mean with its standard error \f$s/\sqrt n\f$, s the sample standard deviation (divisor n − 1).
struct mean_estimate {
  double mean = 0.0;            ///< \f$\bar y = \frac1n\sum y_i\f$
  double standard_error = 0.0;  ///< \f$s/\sqrt n\f$; 0 when every value is the same, +∞ when the mean is
  std::size_t n = 0;            ///< the number of values
  /// The lower end of the interval mean ± z·standard_error (z = 1.959964 for 95 %, 2.575829 for 99 %).
  [[nodiscard]] double lower(double z) const noexcept { return mean - z * standard_error; }
  /// The upper end of the interval mean ± z·standard_error.
  [[nodiscard]] double upper(double z) const noexcept { return mean + z * standard_error; }
};

/// The mean of `values` and its standard error (two passes: the mean, then the squared deviations).
/// A value of +∞ makes the mean +∞ (and its standard error +∞).
/// \throws info::invalid_input for fewer than two values (no standard deviation) or a NaN or −∞ value.
[[nodiscard]] mean_estimate mean_with_error(std::span<const double> values);

/// The Monte Carlo estimate of \f$\mathrm{KL}(P\|Q) = E_P[\log p(X) - \log q(X)]\f$ from a sample
/// \f$x_1..x_n\f$ drawn from P: the mean of the log-ratios \f$\log p(x_i) - \log q(x_i)\f$ with its standard
/// error, in base `b`. Where q(x_i) = 0 (and p(x_i) > 0) the log-ratio is +∞, and so is the estimate.
/// \throws info::invalid_input for fewer than two points, or a point where p = 0 (it cannot come from P).
[[nodiscard]] mean_estimate monte_carlo_kl(const density& p, const density& q, std::span<const double> sample_from_p,
                                           base b = base::nats);

/// The Kozachenko–Leonenko k-nearest-neighbour estimate of the differential entropy of a 1-D sample:
/// \f[ \hat h = \psi(N) - \psi(k) + \log 2 + \frac1N\sum_{i=1}^N \log\varepsilon_i \f]
/// where \f$\varepsilon_i\f$ is the distance from \f$x_i\f$ to its k-th nearest other point, \f$\psi\f$ the
/// digamma function and 2 the length of the 1-D ball of radius 1 (the interval [−1, 1]). The sample is
/// sorted, so the neighbours of each point are found in O(k) and the whole estimate in O(N log N + Nk).
/// (Kozachenko and Leonenko, Problems of Information Transmission 23, 1987; in the form of eq. (20) of
/// Kraskov, Stögbauer and Grassberger, Phys. Rev. E 69, 066138, 2004, whose ε is twice this distance and
/// whose max-norm ball volume is c_d = 1.)
/// \throws info::invalid_input for k < 1, k ≥ N (a point needs k other points), a value that is not
/// finite, or a point whose k-th neighbour is at distance 0 (k + 1 equal values: log 0).
[[nodiscard]] double kozachenko_leonenko_entropy(std::span<const double> sample, int k = 1, base b = base::nats);

}  // namespace info
