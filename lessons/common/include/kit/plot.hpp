/// \file plot.hpp
/// \brief Pictures in the terminal: bar charts of PMFs and overlaid curves of densities or losses, in Unicode blocks.
///
/// Usage:
/// \code
///   // A PMF or two side by side, one bar per outcome and series (eighth-block resolution):
///   step.show(kit::bars({"0", "1", "2"}, {{"P", {0.36, 0.48, 0.16}}, {"U", {1/3., 1/3., 1/3.}}}));
///
///   // Curves sampled on a grid x (first series drawn filled, the others as marks • ○ ×):
///   std::vector<double> x = kit::grid(-5, 5, 72);
///   step.show(kit::curves(x, {{"p", p_values}, {"q forward", qf}, {"q reverse", qr}},
///                         {.x_label = "x", .y_label = "density"}));
/// \endcode
/// Returns plain text (no colour), so the output is the same on a terminal and in a test. A plot wider
/// than kit::page_width() is drawn narrower, to fit.
#pragma once

#include "kit/format.hpp"

#include <string>
#include <vector>

namespace kit {

/// A named sequence of values (a PMF, a density sampled on a grid, a loss per iteration).
struct series {
  std::string name;
  std::vector<double> values;
};

/// Options for bars().
struct bars_options {
  int width = 48;      ///< columns of the longest bar
  int digits = 6;      ///< decimals of the value printed after each bar
};

/// Horizontal bars: for each label, one bar per series, scaled so that the largest value fills `width`.
/// Values must be finite and >= 0.
[[nodiscard]] std::string bars(const std::vector<std::string>& labels, const std::vector<series>& s,
                               bars_options o = {});

/// Options for curves().
struct curve_options {
  int width = 72;           ///< plot columns (x is resampled to this many columns)
  int height = 14;          ///< plot rows
  std::string x_label = "x";
  std::string y_label = {};
  bool log_y = false;       ///< plot log10 of the values (for losses over many orders of magnitude)
};

/// Overlaid curves over the common grid `x`: the first series as a filled area, the others as marks.
/// Axes show the y range and x at both ends and the middle; a legend follows.
[[nodiscard]] std::string curves(const std::vector<double>& x, const std::vector<series>& s, curve_options o = {});

/// n equally spaced points from lo to hi inclusive.
[[nodiscard]] std::vector<double> grid(double lo, double hi, int n);

}  // namespace kit
