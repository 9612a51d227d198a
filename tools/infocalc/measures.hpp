/// \file measures.hpp
/// \brief The calculator's table of measures: one row says everything particular to a measure.
///
/// Adding a measure is one row here: how it is typed, its symbols, whether it compares two distributions,
/// its sum, its integral, its closed forms, its exact value and its per-outcome terms.
#pragma once

#include "request.hpp"
#include "symbolic.hpp"

#include "info/density.hpp"
#include "info/discrete_families.hpp"
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
};

/// Every measure but surprisal (a formula of one probability, not of a distribution).
[[nodiscard]] std::span<const measure> measures();

/// The row named `name`. \throws std::logic_error for surprisal, which has none.
[[nodiscard]] const measure& measure_of(quantity name);

}  // namespace infocalc
