/// \file discrete_families.hpp
/// \brief Boost.Math's discrete families as probability mass functions.
#pragma once

#include "info/pmf.hpp"

#include <boost/math/distributions/bernoulli.hpp>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/geometric.hpp>
#include <boost/math/distributions/negative_binomial.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <string>
#include <variant>

namespace info {

/// One of the discrete families the workbook knows, with Boost.Math's own parameters:
/// binomial(n, p), poisson(mean), geometric(p) (failures before the first success),
/// negative_binomial(r, p) (failures before the r-th success), bernoulli(p).
using discrete_family = std::variant<boost::math::binomial, boost::math::poisson, boost::math::geometric,
                                     boost::math::negative_binomial, boost::math::bernoulli>;

/// Mass left out when an infinite support is cut: the cut is placed where the remaining tail drops below this.
inline constexpr double tail_cut = 1e-17;

/// The most outcomes a pmf is allowed to hold; a family needing more is refused.
inline constexpr Eigen::Index max_outcomes = 10'000'000;

/// A contiguous block of outcomes first..last (inclusive), for reproducing published windowed sums.
struct window {
  Eigen::Index first;  ///< first outcome kept
  Eigen::Index last;   ///< last outcome kept (inclusive)
};

/// The family's pmf over its full support. An infinite support is cut where the tail mass is below
/// `tail_cut`; the result is then `unbounded()` and reports the cut through `tail()`.
/// \throws info::invalid_distribution when the support would need more than `max_outcomes` outcomes.
[[nodiscard]] pmf to_pmf(const discrete_family& family, std::string name = "P");

/// Describes a family as a spec: "binomial(10, 0.5)".
[[nodiscard]] std::string describe(const discrete_family& family);

/// True when the family's support is infinite (poisson, geometric, negative_binomial).
[[nodiscard]] bool has_infinite_support(const discrete_family& family) noexcept;

}  // namespace info
