/// \file families.hpp
/// \brief Everything that differs from one continuous family to the next, in one place (families.cpp):
/// how a spec spells it, its validation, log-density, support, tails, centre and width, its singular ends
/// and frames for quadrature, and its closed forms. The parser, the densities, the quadrature planner and
/// the closed forms read the families only through these functions.
#pragma once

#include "info/density.hpp"
#include "info/detail/density.hpp"

#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace info::families {

using detail::tail;

// ---------------------------------------------------------------------------------------------------
// The spec grammar's view of a family.

/// What a parameter of a spec may be.
enum class domain {
  real,         ///< any finite number
  positive,     ///< finite and > 0
  probability,  ///< in [0, 1]
  success,      ///< in (0, 1]: a success fraction that can succeed
  count,        ///< a whole number >= 0
};

/// One parameter as a spec names it, with its domain.
struct parameter {
  std::string_view name;         ///< as in the family's signature
  domain range = domain::real;   ///< where it must lie
};

/// A continuous family as the spec grammar knows it.
struct entry {
  std::string_view name;                   ///< the canonical spelling
  std::size_t arity;                       ///< the number of parameters
  std::array<parameter, 2> parameters;     ///< the first `arity` are used
  std::string_view example;                ///< a spec of it, for messages and help
  std::vector<std::string_view> aliases;   ///< other spellings, all unambiguous
  bool ordered = false;                    ///< the first parameter must be below the second
};

/// The continuous families, in the order of info::continuous_family.
[[nodiscard]] const std::vector<entry>& entries();
/// Family `index` of entries() from its parameters (only the first `arity` are read).
[[nodiscard]] continuous_family make(std::size_t index, const std::array<double, 2>& parameters);

// ---------------------------------------------------------------------------------------------------
// The density's view.

/// Refuses parameters no density has, with the library's own message.
/// \throws info::invalid_distribution
void check(const continuous_family& family);
/// The name and parameters as a spec spells them (Boost's constructor order).
struct named {
  const char* name;                ///< the canonical spelling
  std::vector<double> parameters;  ///< in Boost's constructor order
};
/// See named.
[[nodiscard]] named spelled(const continuous_family& family);
/// The log of the normalising constant, computed once per density.
[[nodiscard]] double log_constant(const continuous_family& family);
/// \f$\log p\f$ at anchor + offset (see density::logpdf_near), given log_constant().
[[nodiscard]] double logpdf_with(const continuous_family& family, double anchor, double offset, double constant);
/// \f$\log p\f$ at anchor + side e^u (see density::logpdf_log_distance), given log_constant().
[[nodiscard]] double logpdf_log_with(const continuous_family& family, double anchor, double side, double u,
                                     double constant);
/// The closure of the support.
[[nodiscard]] interval support(const continuous_family& family);
/// The left tail.
[[nodiscard]] detail::tail left_tail(const continuous_family& family);
/// The right tail.
[[nodiscard]] detail::tail right_tail(const continuous_family& family);
/// Where the mass lies: the median where it has a closed form, else the mean.
[[nodiscard]] double median(const continuous_family& family);
/// A width over which the density changes appreciably.
[[nodiscard]] double width(const continuous_family& family);
/// Interior points where the density has a kink.
[[nodiscard]] std::vector<double> kinks(const continuous_family& family);

// ---------------------------------------------------------------------------------------------------
// The quadrature planner's view.

/// k where the density behaves like \f$|x - \text{end}|^{k-1}\f$ at the support end `end`, else infinity.
[[nodiscard]] double end_power(const continuous_family& family, double end);
/// The mass within delta of a support end where end_power() is finite.
[[nodiscard]] double end_mass(const continuous_family& family, double end, double delta);

/// The map between x and a frame's variable z: x = c + s z, or x = exp(mu + sigma z) for the log map.
struct frame {
  double centre;          ///< c, or mu for the log map
  double scale;           ///< s, or sigma for the log map
  bool log_map = false;   ///< x = exp(centre + scale z) rather than centre + scale z
  /// x at z.
  [[nodiscard]] double x(double zv) const { return log_map ? std::exp(centre + scale * zv) : centre + scale * zv; }
  /// \f$\log|dx/dz|\f$ at z.
  [[nodiscard]] double log_jacobian(double zv) const {
    return log_map ? std::log(scale) + centre + scale * zv : std::log(scale);
  }
  /// z at x.
  [[nodiscard]] double to_z(double xv) const {
    return log_map ? (xv > 0 ? (std::log(xv) - centre) / scale : -std::numeric_limits<double>::infinity())
                   : (xv - centre) / scale;
  }
};

/// The family seen in a frame, as a family of z, when it has that form there; nothing otherwise.
[[nodiscard]] std::optional<continuous_family> moved(const continuous_family& family, const frame& fr);
/// The frame a family needs for quadrature, or nothing when quadrature in x does.
[[nodiscard]] std::optional<frame> frame_of(const continuous_family& family);
/// Why quadrature in x cannot resolve the family at these parameters, or "" when it can.
[[nodiscard]] std::string beyond_quadrature(const continuous_family& family);

/// A family whose slow tail needs integrating in the log of the distance to its centre.
struct heavy {
  double centre, width, index;  ///< centre, width, and tail index v (E|X|^a finite for a < v)
};
/// The heavy family's centre, width and tail index, or nothing; `scale` is the density's scale().
[[nodiscard]] std::optional<heavy> heavy_family(const continuous_family& family, double scale);

// ---------------------------------------------------------------------------------------------------
// The closed forms, in nats.

/// The differential entropy.
[[nodiscard]] double entropy(const continuous_family& family);
/// KL(p || q) where p and q are of one family that has a closed form for it; nothing otherwise.
[[nodiscard]] std::optional<double> kl(const continuous_family& p, const continuous_family& q);

}  // namespace info::families
