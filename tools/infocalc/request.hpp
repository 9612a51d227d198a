/// \file request.hpp
/// \brief What the user asks infocalc for: the quantity, the two specs, the unit, the method and the options.
#pragma once

#include "info/discrete_families.hpp"
#include "info/units.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace infocalc {

/// A quantity by its name as typed, "surprisal" or the name of a row of the table of measures ("kl").
using quantity = std::string_view;

/// How a quantity is computed: `automatic` takes a closed form where one exists, otherwise quadrature
/// (densities) or the exact sum over the support (discrete distributions).
enum class method { automatic, closed_form, quadrature, sum };

/// A request read from the command line; the specs are still text.
struct request {
  quantity what = "entropy";
  std::string p;                     ///< P's spec (or, for surprisal, the probability) as typed
  std::optional<std::string> q;      ///< Q's spec as typed, when given
  info::base unit = info::base::nats;
  bool unit_given = false;           ///< --base was given (refused for a measure without a unit)
  std::optional<double> alpha;       ///< --alpha: the order of the Renyi entropy or divergence, > 0
  method how = method::automatic;
  std::optional<info::window> window;  ///< sum only outcomes first..last (discrete only)
  bool terms = false;                ///< print the per-outcome contributions (discrete only)
  bool json = false;                 ///< one JSON object instead of the human report
  bool exact = false;                ///< also the exact value, for rational discrete specs (symbolic layer)
};

/// A request for a derivation: infocalc derive QUANTITY FAMILY [FAMILY].
struct derive_request {
  quantity what = "kl";   ///< "entropy", "cross-entropy" or "kl"
  std::string family;     ///< one family's name: both P and Q are its members
  bool bregman = false;   ///< KL by the Bregman form of the log-partition instead of by moments
  bool latex = false;     ///< a LaTeX aligned block instead of text
  bool json = false;      ///< one JSON object instead of text
};

/// Invalid input noticed by the calculator itself (exit status 2). The message names the problem and the fix.
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads a quantity ("kl", "js-distance", ...). \throws usage_error listing the quantities.
[[nodiscard]] quantity parse_quantity(std::string_view text);
/// Reads a method ("auto", "closed-form", "quadrature", "sum"). \throws usage_error listing the methods.
[[nodiscard]] method parse_method(std::string_view text);
/// Reads a window "A:B" of outcomes, 0 <= A <= B. \throws usage_error naming the defect.
[[nodiscard]] info::window parse_window(std::string_view text);
/// Reads the order --alpha A: a number > 0, or inf. \throws usage_error saying what alpha may be.
[[nodiscard]] double parse_alpha(std::string_view text);
/// Reads a unit: 2, e, 10, bits, nats, bans. \throws usage_error listing the spellings.
[[nodiscard]] info::base parse_unit(std::string_view text);

/// The method as typed on the command line: "closed-form".
[[nodiscard]] std::string_view spelling(method m) noexcept;
/// The base of the logarithm as JSON reports it: "2", "e" or "10".
[[nodiscard]] std::string_view base_spelling(info::base b) noexcept;
/// True for the quantities of two distributions (cross-entropy, kl, js, js-distance, tv, hellinger, chi2).
[[nodiscard]] bool needs_q(quantity q) noexcept;

}  // namespace infocalc
