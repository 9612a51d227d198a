/// \file units.hpp
/// \brief Units of information: nats, bits and bans, and exact conversion between them.
#pragma once

#include <string>
#include <string_view>

namespace info {

/// The base of the logarithm, which fixes the unit of every measure.
///
/// Measures are computed in nats (natural logarithm) and converted exactly:
/// \f$ x_{\text{bits}} = x_{\text{nats}} / \ln 2 \f$ and \f$ x_{\text{bans}} = x_{\text{nats}} / \ln 10 \f$.
enum class base {
  nats,  ///< base e
  bits,  ///< base 2 (shannons)
  bans,  ///< base 10 (hartleys)
};

/// Converts a quantity measured in nats into the unit of base `b` (division by \f$\ln b\f$; infinities stay infinite).
[[nodiscard]] double from_nats(double nats, base b) noexcept;

/// The natural logarithm of the base: 1, \f$\ln 2\f$ or \f$\ln 10\f$.
[[nodiscard]] double log_of_base(base b) noexcept;

/// The unit's name: "nats", "bits" or "bans".
[[nodiscard]] std::string_view unit_name(base b) noexcept;

/// Reads a base as a person writes it: "2", "bits", "e", "nats", "10", "bans" (also "shannons", "hartleys").
/// \throws info::invalid_input naming the accepted spellings.
[[nodiscard]] base parse_base(std::string_view text);

}  // namespace info
