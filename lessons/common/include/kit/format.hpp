/// \file format.hpp
/// \brief How the lessons print numbers and quantities: fixed digits, units always shown, infinity as ∞.
///
/// Usage:
/// \code
///   kit::number(0.4689955935892812)             // "0.468996"  (6 decimals, the curriculum's default)
///   kit::number(1e-300)                         // "1.000e-300" (never 0.000000 for a number that is not 0)
///   kit::number(x, kit::shortest())             // "0.6311103254079743" (every digit a double carries)
///   kit::number(1.084e-5, kit::sci(3))          // "1.084e-5"
///   kit::quantity(1.926979, "bits")             // "1.926979 bits"
///   kit::display_width("H(P) = −Σ")             // 9: counts what the terminal shows, not UTF-8 bytes
///   kit::outcome_list({0, 3, 7})                // "0, 3, 7"
///   kit::outcome_phrase({}, 11)                 // "outcomes 11 and beyond"
/// \endcode
/// Presentation only: nothing here computes a measure.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kit {

/// The width, in terminal columns, that the lesson's text, tables and plots fit into: from the terminal
/// (or COLUMNS) between min_page_width and max_page_width, and captured_page_width when the output is
/// not a terminal, so that captured output is the same everywhere. kit::lesson sets it when it starts.
inline constexpr std::size_t min_page_width = 60;
inline constexpr std::size_t max_page_width = 110;
inline constexpr std::size_t captured_page_width = 88;
[[nodiscard]] std::size_t page_width();
void set_page_width(std::size_t columns);

/// How a number is written.
struct number_format {
  enum class style { fixed, scientific, shortest, integer };
  style how = style::fixed;
  int digits = 6;  ///< decimals (fixed) or mantissa decimals (scientific); unused for shortest/integer
};

/// `digits` decimals: fixed(6) writes 0.468996.
[[nodiscard]] constexpr number_format fixed(int digits = 6) { return {number_format::style::fixed, digits}; }
/// Scientific: sci(3) writes 1.084e-5.
[[nodiscard]] constexpr number_format sci(int digits = 3) { return {number_format::style::scientific, digits}; }
/// The shortest text that reads back as the same double: 0.6311103254079743.
[[nodiscard]] constexpr number_format shortest() { return {number_format::style::shortest, 0}; }
/// A whole number: 42.
[[nodiscard]] constexpr number_format integer() { return {number_format::style::integer, 0}; }

/// Writes x; +∞ and −∞ as "∞" and "-∞", NaN as "NaN" (a lesson should never print one).
/// A number is never shown as zero unless it is zero: an exact 0 is written "0", and a non-zero x that
/// fixed(d) would round to 0.000000 is written in scientific notation instead (1e-300 as "1.000e-300").
[[nodiscard]] std::string number(double x, number_format f = fixed());

/// "1.926979 bits": the number and its unit (no unit if `unit` is empty).
[[nodiscard]] std::string quantity(double x, std::string_view unit, number_format f = fixed());

/// The format a column of numbers is written in: `f`, unless `f` is fixed and a non-zero value in `values`
/// would show as zero in it (1e-7 in fixed(6)), in which case the whole column is scientific, so that a
/// small probability keeps its digits and the column still reads as one scale.
[[nodiscard]] number_format column_format(const std::vector<double>& values, number_format f);

/// A tolerance or a difference, briefly: "1e-12", "2.2e-16", "0".
[[nodiscard]] std::string small(double x, int digits = 1);

/// The number of terminal columns UTF-8 text takes (code points, combining marks count 0).
[[nodiscard]] std::size_t display_width(std::string_view text);

/// `text` wrapped to `width` columns (the page unless given), every line starting with `indent` spaces and
/// ending with a newline. Blank lines separate paragraphs; a line starting with "- " or "• " starts a
/// bullet, its continuation lines indented under its text.
[[nodiscard]] std::string wrap(std::string_view text, std::size_t indent, std::size_t width = page_width());

/// Pads `text` with spaces on the right (left = true) or left to `width` display columns.
[[nodiscard]] std::string pad(std::string_view text, std::size_t width, bool left = true);

/// A probability vector as "(0.42, 0.31, 0.27)" (6 significant digits) with up to `max_items` entries ("…" beyond).
[[nodiscard]] std::string vector_text(const double* values, std::size_t n, std::size_t max_items = 12);

/// Outcomes as "0, 3, 7" with up to `max_items` of them ("…, 224 outcomes in all" beyond): where two
/// distributions' supports differ there can be thousands (poisson(1e6) against poisson(3)).
[[nodiscard]] std::string outcome_list(const std::vector<std::ptrdiff_t>& outcomes, std::size_t max_items = 12);

/// Where one distribution has mass and another none (info::infinite_outcomes), as a phrase: "outcome 2",
/// "outcomes 0, 3", "outcomes 11 and beyond" (the second's support ends where the first's goes on).
[[nodiscard]] std::string outcome_phrase(const std::vector<std::ptrdiff_t>& outcomes,
                                         std::optional<std::ptrdiff_t> all_from = std::nullopt);

}  // namespace kit
