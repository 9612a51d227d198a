/// \file pmf.hpp
/// \brief A validated probability mass function over the outcomes 0, 1, ..., n-1.
#pragma once

#include <Eigen/Core>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace info {

/// A probability mass function \f$P(x)\f$ on the outcomes \f$x = 0, 1, \dots, n-1\f$.
///
/// Construction validates: the masses must be non-empty, finite, non-negative and sum to 1 within
/// `pmf::sum_tolerance`. Nothing is ever normalised silently; `pmf::normalised` does it on request.
///
/// A family with infinite support (Poisson, geometric, negative binomial) is held *cut*: the stored
/// masses cover 0..n-1, `unbounded()` is true, `tail()` is the mass left beyond the cut (below
/// \f$10^{-17}\f$), and `extend(m)` evaluates more outcomes exactly when a comparison needs them.
class pmf {
 public:
  /// How far the masses may sum from 1 before they are refused.
  static constexpr double sum_tolerance = 1e-9;

  /// Validates `mass`; `name` ("P", "Q", ...) is used in error messages.
  /// \throws info::invalid_distribution naming the defect (empty, NaN, negative, sum) and the fix.
  explicit pmf(Eigen::ArrayXd mass, std::string name = "P");
  /// Same, from a list: `pmf{0.5, 0.25, 0.25}`.
  pmf(std::initializer_list<double> mass, std::string name = "P");
  /// Same, from a std::vector.
  explicit pmf(const std::vector<double>& mass, std::string name = "P");

  /// Explicit normalisation: divides non-negative finite `weights` by their sum.
  /// \throws info::invalid_distribution if a weight is negative or not finite, or all are zero.
  [[nodiscard]] static pmf normalised(Eigen::ArrayXd weights, std::string name = "P");

  /// The law of a family: the mass of outcome k, evaluated in extended precision.
  using law = std::function<long double(Eigen::Index)>;
  /// The logarithm of a family's mass at outcome k, \f$-\infty\f$ exactly outside its support: finite
  /// wherever the family has mass, however far that mass lies below the smallest double.
  using log_law = std::function<double(Eigen::Index)>;

  /// A family's law in both forms, and the outcomes first..last outside which its mass underflows a
  /// double (found from the log law): only those are evaluated, the others are stored as 0 and known
  /// through the log law when a comparison needs them.
  struct family_law {
    law mass;            ///< the mass, in extended precision
    log_law log_mass;    ///< its logarithm
    Eigen::Index first;  ///< first outcome whose mass is a positive double
    Eigen::Index last;   ///< last such outcome
    Eigen::Index support_first;  ///< first outcome with mass, however small
    Eigen::Index support_last;   ///< last outcome with mass (the last stored one for an unbounded family)
  };

  /// The outcomes a..b (inclusive) where a family has mass, however small, decided from the family and not
  /// from doubles (binomial(48, 1.5e-323) has mass at every k <= 48, though P(48) underflows); for an
  /// unbounded family b is the last stored outcome and the support goes on. Empty for a list, whose
  /// support is where its listed masses are positive.
  struct outcomes {
    Eigen::Index first;  ///< a
    Eigen::Index last;   ///< b
  };

  /// A family's pmf over outcomes 0..n-1 from its law. With `unbounded` the support continues past n-1
  /// and `tail` is the mass left there; the law then extends the pmf when it meets a longer one.
  ///
  /// The law is evaluated in extended precision and kept as a double plus its rounding residual, so that
  /// divergences between nearly equal families (whose terms cancel to 1e-5 of their size) keep about
  /// 15 significant digits instead of 11.
  [[nodiscard]] static pmf of_law(Eigen::Index n, law mass, bool unbounded, double tail, std::string name = "P");
  /// The same from a family's law in both forms: outcomes outside law.first..law.last are stored as 0,
  /// and log_mass() answers for them from the log law.
  [[nodiscard]] static pmf of_law(Eigen::Index n, family_law law, bool unbounded, double tail, std::string name = "P");

  /// The uniform distribution on n outcomes.
  [[nodiscard]] static pmf uniform(Eigen::Index n, std::string name = "P");

  /// The masses P(0), ..., P(n-1).
  [[nodiscard]] const Eigen::ArrayXd& mass() const noexcept { return mass_; }
  /// P(k), for 0 <= k < size(); 0 beyond a bounded support; the exact value beyond a cut.
  [[nodiscard]] double operator()(Eigen::Index k) const;
  /// \f$\log P(k)\f$ for any k >= 0: from the family's log law (finite wherever the family has mass, even
  /// where the stored double is 0), or the log of the listed mass. \f$-\infty\f$ only off the support.
  [[nodiscard]] double log_mass(Eigen::Index k) const;
  /// The family's support (see outcomes), or nothing for a list.
  [[nodiscard]] std::optional<outcomes> support() const noexcept { return support_; }
  /// The stored outcomes a..b whose mass is a positive double: every other outcome has mass 0 in a double
  /// (what lies beyond is known through log_mass()). A sum over them is a sum over the whole pmf.
  [[nodiscard]] outcomes positive() const noexcept { return positive_; }
  /// The number of stored outcomes.
  [[nodiscard]] Eigen::Index size() const noexcept { return mass_.size(); }
  /// The name used in messages ("P", "Q").
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// Renames (the masses are unchanged).
  [[nodiscard]] pmf named(std::string name) const;

  /// True when the support continues beyond the stored outcomes (a cut infinite family).
  [[nodiscard]] bool unbounded() const noexcept { return unbounded_; }
  /// The mass beyond the stored outcomes (0 for a bounded support).
  [[nodiscard]] double tail() const noexcept { return tail_; }
  /// The masses of outcomes 0..n-1: stored ones, then exact values (unbounded) or zeros (bounded).
  [[nodiscard]] Eigen::ArrayXd extend(Eigen::Index n) const { return extend(0, n); }
  /// The masses of the n outcomes first..first+n-1, as extend() gives them.
  [[nodiscard]] Eigen::ArrayXd extend(Eigen::Index first, Eigen::Index n) const;
  /// The rounding residuals of extend(n): exact mass minus its double, known for a family's pmf
  /// (evaluated in extended precision), zero for a list.
  [[nodiscard]] Eigen::ArrayXd extend_residual(Eigen::Index n) const { return extend_residual(0, n); }
  /// The same for the n outcomes first..first+n-1.
  [[nodiscard]] Eigen::ArrayXd extend_residual(Eigen::Index first, Eigen::Index n) const;
  /// True when some residual may be non-zero (a family's pmf); a list's residuals are all zero.
  [[nodiscard]] bool has_residuals() const noexcept { return residual_.size() > 0 || (unbounded_ && !log_law_); }

 private:
  pmf() = default;  // only for cut(), which fills every field after validating
  Eigen::ArrayXd mass_;
  std::string name_;
  Eigen::ArrayXd residual_;  // empty for a list
  Eigen::Index residual_first_ = 0;  // the outcome of residual_[0]
  double tail_ = 0.0;
  law law_;       // set for a family
  log_law log_law_;  // set for a family given in both forms
  std::optional<outcomes> support_;  // set for a family given in both forms
  outcomes positive_{0, -1};  // where the stored masses are positive
  bool unbounded_ = false;
};

}  // namespace info
