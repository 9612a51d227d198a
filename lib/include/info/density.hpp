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

/// An interval of the real line, possibly infinite at either end.
struct interval {
  double lower = -std::numeric_limits<double>::infinity();  ///< lower end
  double upper = std::numeric_limits<double>::infinity();   ///< upper end
  /// True when `other` lies inside this interval.
  [[nodiscard]] bool contains(const interval& other) const noexcept {
    return lower <= other.lower && other.upper <= upper;
  }
};

/// How heavy one tail of a density is, and how fast its \f$-\log p\f$ grows there.
///
/// These decide analytically whether an expectation \f$E_P[-\log q]\f$ is finite: the tail of P has
/// finite moments \f$E|X|^a\f$ exactly for \f$a <\f$ `moments`, and \f$-\log q(x)\f$ grows like
/// \f$|x|^{\text{growth}}\f$ (growth 0 stands for logarithmic growth, as for Cauchy and Student's t).
/// \f$E_P[-\log q]\f$ is then infinite exactly when Q's growth is positive and not below P's moments.
struct tail {
  bool present = false;                                        ///< false when the support ends on this side
  double moments = std::numeric_limits<double>::infinity();    ///< moment index of the tail
  double growth = 0.0;                                         ///< power of |x| in the growth of -log p
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
  density(continuous_family family);  // NOLINT(google-explicit-constructor): a family is a density
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
  /// Points where the integrand of a measure may have a kink or a jump, or where mass concentrates:
  /// support ends, the Laplace location, each component's centre. Sorted, finite, unique.
  [[nodiscard]] std::vector<double> breakpoints() const;
  /// A point where most of the mass lies (the median of a family; for a mixture, of its heaviest part).
  [[nodiscard]] double centre() const;
  /// A length over which the density changes appreciably (the smallest component scale, for a mixture).
  [[nodiscard]] double scale() const;
  /// The left and right tails.
  [[nodiscard]] tail left_tail() const;
  /// See left_tail().
  [[nodiscard]] tail right_tail() const;

  /// The parts: one with weight 1 for a single family.
  [[nodiscard]] const std::vector<component>& parts() const noexcept { return parts_; }
  /// True for a single family.
  [[nodiscard]] bool is_family() const noexcept { return parts_.size() == 1; }
  /// The spec that describes it: "normal(0, 1)" or "mixture(0.5*normal(-2, 0.6), 0.5*normal(2, 0.6))".
  [[nodiscard]] std::string describe() const;

 private:
  explicit density(std::vector<component> parts);
  std::vector<component> parts_;
};

/// \f$\log p(x)\f$ of one family (\f$-\infty\f$ outside its support).
[[nodiscard]] double logpdf(const continuous_family& family, double x);
/// Describes one family as a spec: "gamma(2, 3)".
[[nodiscard]] std::string describe(const continuous_family& family);
/// The family's name as a spec spells it: "gamma".
[[nodiscard]] std::string family_name(const continuous_family& family);

}  // namespace info
