/// \file measures.hpp
/// \brief The calculator's table of measures: one row says everything particular to a measure.
///
/// Adding a measure is one row here: how it is typed, its symbols, whether it compares two distributions,
/// its sum, its integral, its closed forms, its exact value and its per-outcome terms; for a measure of a
/// joint table, a channel or multivariate normals, the function that takes them.
#pragma once

#include "request.hpp"
#include "symbolic.hpp"

#include "info/density.hpp"
#include "info/discrete_families.hpp"
#include "info/joint.hpp"
#include "info/mvnormal.hpp"
#include "info/pmf.hpp"
#include "info/result.hpp"

#include <Eigen/Core>

#include <optional>
#include <span>
#include <string_view>

namespace infocalc {

/// One measure of one or two distributions. Q is null for a measure of P alone. A function that is null
/// means the measure has no such form (no closed form, no terms).
struct measure {
  std::string_view name;            ///< as typed: "cross-entropy"
  std::string_view symbol;          ///< "H(P, Q)"
  std::string_view density_symbol;  ///< the symbol for densities: "h(P)"
  bool needs_q = false;             ///< a comparison of P and Q
  bool chain_rule = false;          ///< shown with the check H(P,Q) = H(P) + KL(P||Q)
  info::result (*sum)(const info::pmf& p, const info::pmf* q, info::base b, std::optional<info::window> w) = nullptr;
  info::result (*integral)(const info::density& p, const info::density* q, info::base b) = nullptr;
  std::optional<double> (*closed_sum)(const info::discrete_family& p, const info::discrete_family* q,
                                      info::base b) = nullptr;
  std::optional<double> (*closed_integral)(const info::density& p, const info::density* q, info::base b) = nullptr;
  /// The exact value in nats for rational specs (--exact), from the symbolic layer; Q null for one distribution.
  exact_value (*exact)(const std::string& p, const std::string* q) = nullptr;
  Eigen::ArrayXd (*terms)(const info::pmf& p, const info::pmf* q, info::base b) = nullptr;
  std::string_view terms_heading = {};  ///< what one term is: "P(x) log(P(x)/Q(x))"
  std::string_view terms_note = {};     ///< what the terms add up to, when it is not the measure itself
  bool root_unit = false;           ///< in the square root of the unit (the JS distance)
  std::string_view density_note = {};  ///< said of it for densities: "differential entropy: it can be negative"
  bool optional_q = false;          ///< Q may be left out: renyi is the entropy of P, or the divergence from Q
  std::string_view q_symbol = {};   ///< the symbol when the optional Q is given: "D_alpha(P || Q)"
  bool unitless = false;            ///< a number without a unit (no logarithm: TV, Hellinger): --base is refused
  bool needs_alpha = false;         ///< takes the order --alpha A > 0, written in place of "alpha" in the symbols
  /// The sum and the integral over the whole support, given --alpha (NaN for a row that takes none): a row
  /// with these in place of `sum` and `integral` takes no --window.
  info::result (*whole_sum)(const info::pmf& p, const info::pmf* q, double alpha, info::base b) = nullptr;
  info::result (*whole_integral)(const info::density& p, const info::density* q, double alpha, info::base b) = nullptr;
  /// Of a joint table P(x, y) in place of P and Q, written "0.3,0.2;0.1,0.4" (X the row, Y the column).
  info::result (*of_joint)(const info::joint& j, info::base b) = nullptr;
  /// Of a channel W(y | x) in place of P and Q, written as a table whose rows each sum to 1.
  info::capacity_result (*of_channel)(const info::channel& w, info::base b) = nullptr;
  /// Of multivariate normals mvnormal(mean | covariance rows) (Q null for one), by closed form.
  double (*of_mvnormal)(const info::mvnormal& p, const info::mvnormal* q, info::base b) = nullptr;
  std::string_view no_exact = {};   ///< why --exact has no exact form of it, when `exact` is null
  std::string_view bound_note = "that is (n + 4) eps sum |term| over the n terms";  ///< what a sum's error bound is
};

/// Every measure but surprisal (a formula of one probability, not of a distribution).
[[nodiscard]] std::span<const measure> measures();

/// The row named `name`. \throws std::logic_error for surprisal, which has none.
[[nodiscard]] const measure& measure_of(quantity name);

}  // namespace infocalc
