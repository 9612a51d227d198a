/// \file exact.hpp
/// \brief Exact entropy, cross-entropy, KL and JS of distributions with rational masses.
///
/// Every mass is a rational, so every term p·log q is a rational times the logarithm of a rational, and
/// a logarithm of a rational is a sum of integer multiples of logarithms of primes. The measures are
/// therefore exact sums \f$\sum_p c_p \log p\f$ over primes p with rational coefficients, and identities
/// such as \f$H(P,Q) - H(P) - \mathrm{KL}(P\|Q) = 0\f$ hold exactly, not within a rounding error.
#pragma once

#include "info/symbolic/expr.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace info::symbolic {

/// A distribution whose masses are exact rationals.
class exact_pmf {
 public:
  struct impl;
  explicit exact_pmf(std::shared_ptr<const impl> p);

  [[nodiscard]] std::size_t size() const;
  [[nodiscard]] expr mass(std::size_t i) const;  ///< P(X = i), an exact rational
  [[nodiscard]] const impl& get() const { return *p_; }

 private:
  std::shared_ptr<const impl> p_;
};

/// Reads a spec exactly: a list of fractions or decimals ("1/3,1/3,1/3", "0.1,0.9": 0.1 is 1/10), or
/// bernoulli(p) or binomial(n, p) with n ≤ 100 and p written as a fraction or decimal (their masses are
/// rational).
/// `name` ("P", "Q") labels the messages.
/// \throws info::spec_error and info::invalid_distribution as info::parse_spec does;
/// info::invalid_input when the masses are not rational (poisson, geometric's infinite support, a
/// density) or do not sum to exactly 1 (0.3333 three times).
[[nodiscard]] exact_pmf read_exact(std::string_view spec, const std::string& name = "P");

/// \f$H(P) = -\sum_i p_i \log p_i\f$ in nats, exactly.
[[nodiscard]] expr entropy(const exact_pmf& p);
/// \f$H(P,Q) = -\sum_i p_i \log q_i\f$ in nats, exactly; infinity() when some \f$q_i = 0 < p_i\f$.
[[nodiscard]] expr cross_entropy(const exact_pmf& p, const exact_pmf& q);
/// \f$\mathrm{KL}(P\|Q) = \sum_i p_i \log(p_i/q_i)\f$ in nats, exactly; infinity() when some \f$q_i = 0 < p_i\f$.
[[nodiscard]] expr kl(const exact_pmf& p, const exact_pmf& q);
/// \f$\mathrm{JS}(P,Q) = \tfrac12\mathrm{KL}(P\|M) + \tfrac12\mathrm{KL}(Q\|M)\f$, \f$M = \tfrac12(P+Q)\f$, exactly.
[[nodiscard]] expr js(const exact_pmf& p, const exact_pmf& q);

}  // namespace info::symbolic
