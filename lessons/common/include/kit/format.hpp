/// \file format.hpp
/// \brief How the lessons print numbers and quantities: fixed digits, units always shown, infinity as ∞.
///
/// Usage:
/// \code
///   kit::number(0.4689955935892812)             // "0.468996"  (6 decimals, the curriculum's default)
///   kit::number(x, kit::shortest())             // "0.6311103254079743" (every digit a double carries)
///   kit::number(1.084e-5, kit::sci(3))          // "1.084e-05"
///   kit::quantity(1.926979, "bits")             // "1.926979 bits"
///   kit::display_width("H(P) = −Σ")             // 9: counts what the terminal shows, not UTF-8 bytes
///   kit::outcome_list({0, 3, 7})                // "0, 3, 7"
/// \endcode
/// Presentation only: nothing here computes a measure.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kit {

/// How a number is written.
struct number_format {
  enum class style { fixed, scientific, shortest, integer };
  style how = style::fixed;
  int digits = 6;  ///< decimals (fixed) or mantissa decimals (scientific); unused for shortest/integer
};

/// `digits` decimals: fixed(6) writes 0.468996.
[[nodiscard]] constexpr number_format fixed(int digits = 6) { return {number_format::style::fixed, digits}; }
/// Scientific: sci(3) writes 1.084e-05.
[[nodiscard]] constexpr number_format sci(int digits = 3) { return {number_format::style::scientific, digits}; }
/// The shortest text that reads back as the same double: 0.6311103254079743.
[[nodiscard]] constexpr number_format shortest() { return {number_format::style::shortest, 0}; }
/// A whole number: 42.
[[nodiscard]] constexpr number_format integer() { return {number_format::style::integer, 0}; }

/// Writes x; +∞ and −∞ as "∞" and "-∞", NaN as "NaN" (a lesson should never print one).
[[nodiscard]] std::string number(double x, number_format f = fixed());

/// "1.926979 bits": the number and its unit (no unit if `unit` is empty).
[[nodiscard]] std::string quantity(double x, std::string_view unit, number_format f = fixed());

/// A tolerance or a difference, briefly: "1e-12", "2.2e-16", "0".
[[nodiscard]] std::string small(double x, int digits = 1);

/// The number of terminal columns UTF-8 text takes (code points, combining marks count 0).
[[nodiscard]] std::size_t display_width(std::string_view text);

/// Pads `text` with spaces on the right (left = true) or left to `width` display columns.
[[nodiscard]] std::string pad(std::string_view text, std::size_t width, bool left = true);

/// A probability vector as "(0.42, 0.31, 0.27)" (6 significant digits) with up to `max_items` entries ("…" beyond).
[[nodiscard]] std::string vector_text(const double* values, std::size_t n, std::size_t max_items = 12);

/// Outcomes as "0, 3, 7" with up to `max_items` of them ("…, 224 outcomes in all" beyond): where two
/// distributions' supports differ there can be thousands (poisson(1e6) against poisson(3)).
[[nodiscard]] std::string outcome_list(const std::vector<std::ptrdiff_t>& outcomes, std::size_t max_items = 12);

}  // namespace kit
