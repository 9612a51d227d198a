/// \file density.hpp
/// \brief Continuous distributions: the 13 Boost.Math families and finite mixtures of them, with log-densities.
#pragma once

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/cauchy.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/exponential.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/laplace.hpp>
#include <boost/math/distributions/logistic.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/rayleigh.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/distributions/uniform.hpp>
#include <boost/math/distributions/weibull.hpp>

#include <limits>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace info {

/// One of the continuous families, with Boost.Math's constructor parameters:
/// normal(mean, sd), exponential(rate), gamma(shape, scale), beta(a, b), uniform(lower, upper),
/// laplace(location, scale), logistic(location, scale), cauchy(location, scale),
/// lognormal(location, scale), students_t(df), rayleigh(sigma), weibull(shape, scale), chi_squared(df).
using continuous_family =
    std::variant<boost::math::normal, boost::math::exponential, boost::math::gamma_distribution<>,
                 boost::math::beta_distribution<>, boost::math::uniform, boost::math::laplace, boost::math::logistic,
                 boost::math::cauchy, boost::math::lognormal, boost::math::students_t, boost::math::rayleigh,
                 boost::math::weibull, boost::math::chi_squared>;

namespace detail {
template <class T, class Variant>
struct is_alternative;
template <class T, class... Ts>
struct is_alternative<T, std::variant<Ts...>> : std::bool_constant<(std::is_same_v<T, Ts> || ...)> {};
}  // namespace detail

/// True for exactly the 13 Boost.Math distribution types that make a continuous_family.
template <class T>
inline constexpr bool is_continuous_family = detail::is_alternative<T, continuous_family>::value;

namespace detail {
struct density_access;  // the numerical machinery's view of a density (info/detail/density.hpp)
}  // namespace detail

/// An interval of the real line, possibly infinite at either end.
struct interval {
  double lower = -std::numeric_limits<double>::infinity();  ///< lower end
  double upper = std::numeric_limits<double>::infinity();   ///< upper end
  /// True when `other` lies inside this interval.
  [[nodiscard]] bool contains(const interval& other) const noexcept {
    return lower <= other.lower && other.upper <= upper;
  }
};

/// One weighted part of a mixture.
struct component {
  double weight;             ///< its weight, in (0, 1]
  continuous_family family;  ///< its distribution
};

/// A continuous distribution: a single family, or a finite mixture \f$p(x) = \sum_i w_i p_i(x)\f$.
class density {
 public:
  /// A single family.
  /// \throws info::invalid_distribution for parameters Boost lets through but no density has
  /// (students_t with infinite df, a uniform whose width overflows).
  density(continuous_family family);  // NOLINT(google-explicit-constructor): a family is a density
  /// A single family given as its Boost.Math object, so that `entropy(boost::math::normal(0, 1))` reads
  /// as it should (a conversion through the variant would be a second, forbidden user conversion).
  template <class Family>
    requires is_continuous_family<Family>
  density(const Family& family)  // NOLINT(google-explicit-constructor)
      : density(continuous_family(family)) {}
  /// A finite mixture; the weights must be positive and sum to 1 within 1e-9 (never normalised silently).
  /// \throws info::invalid_distribution naming the defect.
  [[nodiscard]] static density mixture(std::vector<component> parts);

  /// The density p(x) (0 outside the support).
  [[nodiscard]] double pdf(double x) const;
  /// \f$\log p(x)\f$, computed from analytic log-densities so that it stays finite far into the tails
  /// where p(x) itself underflows; \f$-\infty\f$ outside the support.
  [[nodiscard]] double logpdf(double x) const;

  /// The closure of the support (the convex hull, for a mixture).
  [[nodiscard]] interval support() const;
  /// The support as disjoint closed intervals, in increasing order: one for a family, several for a
  /// mixture whose parts leave gaps (touching intervals are merged, as a single point has no mass).
  [[nodiscard]] std::vector<interval> support_pieces() const;

  /// The parts: one with weight 1 for a single family.
  [[nodiscard]] const std::vector<component>& parts() const noexcept { return parts_; }
  /// True for a single family.
  [[nodiscard]] bool is_family() const noexcept { return parts_.size() == 1; }
  /// The spec that describes it: "normal(0, 1)" or "mixture(0.5*normal(-2, 0.6), 0.5*normal(2, 0.6))".
  [[nodiscard]] std::string describe() const;

 private:
  friend struct detail::density_access;
  explicit density(std::vector<component> parts);
  std::vector<component> parts_;
  /// Per part: log of its weight plus log of its normalising constant, computed once (for beta and
  /// Student's t the constant costs microseconds, far more than the rest of an evaluation).
  std::vector<double> log_constants_;
};

/// \f$\log p(x)\f$ of one family (\f$-\infty\f$ outside its support).
[[nodiscard]] double logpdf(const continuous_family& family, double x);
/// Describes one family as a spec: "gamma(2, 3)".
[[nodiscard]] std::string describe(const continuous_family& family);
/// The family's name as a spec spells it: "gamma".
[[nodiscard]] std::string family_name(const continuous_family& family);

}  // namespace info
