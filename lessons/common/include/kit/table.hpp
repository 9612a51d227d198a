/// \file table.hpp
/// \brief A small aligned table of intermediate values: numbers right-aligned, units in the headers.
///
/// Usage:
/// \code
///   kit::table t{{"x"}, {"P(x)"}, {"−log₂ P(x)", "bits"}, {"P(x)·S(x)", "bits"}};
///   t.row({"heads", 0.9, 0.152003, 0.136803});   // strings left-aligned, numbers right-aligned
///   t.row({"tails", 0.1, 3.321928, 0.332193});
///   t.rule();                                     // a line before a total
///   t.row({"sum", 1.0, "", 0.468996});
///   step.show(t);
/// \endcode
/// A column's numbers are written with its format (kit::fixed(6) unless given: {"S", "bits", kit::shortest()}),
/// or in scientific notation when fixed digits would hide a small value (kit::column_format).
/// Integers (int, long, Eigen::Index) are written as whole numbers.
///
/// A table with a row per outcome of the student's P gets its rows from outcomes(), which keeps it readable
/// (and the output finite) when P has a million outcomes:
/// \code
///   t.outcomes(p.size(), [&](long long x) -> std::vector<kit::cell> { return {x, p(x), terms(x)}; });
///   t.rule().row({"sum", p.mass().sum(), terms.sum()});     // totals still add up every outcome
/// \endcode
#pragma once

#include "kit/format.hpp"

#include <info/result.hpp>

#include <functional>
#include <initializer_list>
#include <string>
#include <variant>
#include <vector>

namespace kit {

/// One column: its header, its unit (shown as "header [unit]") and how its numbers are written.
struct column {
  std::string header;
  std::string unit = {};
  number_format format = fixed();
};

/// One cell: text, a real number, or a whole number.
struct cell {
  std::variant<std::string, double, long long> value;
  cell(const char* s) : value(std::string(s)) {}          // NOLINT: cells are written inline
  cell(std::string s) : value(std::move(s)) {}            // NOLINT
  cell(double x) : value(x) {}                            // NOLINT
  cell(const info::result& r) : value(r.value) {}         // NOLINT: a measure is shown by its value
  cell(int n) : value(static_cast<long long>(n)) {}       // NOLINT
  cell(long n) : value(static_cast<long long>(n)) {}      // NOLINT
  cell(long long n) : value(n) {}                         // NOLINT
};

/// Rows of cells under column headers, rendered with aligned columns.
class table {
 public:
  table(std::initializer_list<column> columns);  // NOLINT: kit::table t{{"x"}, {"P(x)"}}
  explicit table(std::vector<column> columns);
  /// Appends a row; it must have one cell per column.
  table& row(std::vector<cell> cells);
  /// Appends a horizontal rule (before totals).
  table& rule();
  /// Appends one row per outcome x = 0..n-1, each made by row(x). Up to full_rows rows appear in full;
  /// a longer table shows its first head_rows and last tail_rows, with a line "… N rows …" between them,
  /// and row() is called only for the rows shown.
  table& outcomes(long long n, const std::function<std::vector<cell>(long long)>& row);

  static constexpr long long full_rows = 40;
  static constexpr long long head_rows = 20;
  static constexpr long long tail_rows = 10;
  /// The table as text, each line starting with `indent` spaces, ending with a newline. A table wider
  /// than kit::page_width() is shown as several, each repeating the first column. A column of numbers in a
  /// fixed format turns scientific when a non-zero value in it would show as zero.
  [[nodiscard]] std::string render(int indent = 2) const;

 private:
  struct line {
    std::vector<cell> cells;  // no cells: a rule, or the gap of `skipped` rows
    long long skipped = 0;
  };
  std::vector<column> columns_;
  std::vector<line> rows_;
};

}  // namespace kit
