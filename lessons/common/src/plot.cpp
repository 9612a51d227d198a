// Terminal pictures in Unicode blocks. Resolution: an eighth of a character cell.
#include "kit/plot.hpp"

#include "kit/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

namespace kit {

namespace {

// Horizontal eighths ▏▎▍▌▋▊▉ and the full block.
constexpr std::array<const char*, 8> horizontal = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
// Vertical eighths, from empty to full.
constexpr std::array<const char*, 9> vertical = {" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
// Marks for the second, third, ... series of a curve plot.
constexpr std::array<const char*, 4> marks = {"•", "○", "×", "+"};

std::string axis_number(double x) { return fmt::format("{:.3g}", x); }

}  // namespace

std::vector<double> grid(double lo, double hi, int n) {
  std::vector<double> x(static_cast<std::size_t>(std::max(n, 2)));
  const auto last = static_cast<double>(x.size() - 1);
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = lo + (hi - lo) * static_cast<double>(i) / last;
  x.back() = hi;
  return x;
}

std::string bars(const std::vector<std::string>& labels, const std::vector<series>& s, bars_options o) {
  double top = 0.0;
  std::size_t label_width = 0, name_width = 0;
  for (const auto& l : labels) label_width = std::max(label_width, display_width(l));
  for (const auto& ser : s) {
    if (ser.values.size() != labels.size())
      throw std::logic_error("kit::bars: series '" + ser.name + "' has " + std::to_string(ser.values.size()) +
                             " values for " + std::to_string(labels.size()) + " labels");
    name_width = std::max(name_width, display_width(ser.name));
    for (double v : ser.values)
      if (std::isfinite(v)) top = std::max(top, v);
  }
  // The bars shrink to fit the page: labels, names, the axis and the printed value take the rest.
  const std::size_t value_width = 3 + static_cast<std::size_t>(std::max(o.digits, 0)) + 2;
  const std::size_t fixed_part = 2 + label_width + 1 + (s.size() > 1 ? name_width + 1 : 0) + 1 + 1 + value_width;
  o.width = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(std::max(o.width, 8)),
                                                   page_width() > fixed_part + 8 ? page_width() - fixed_part : 8));
  std::string out;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    for (std::size_t k = 0; k < s.size(); ++k) {
      const double v = s[k].values[i];
      std::string line = "  " + pad(k == 0 ? labels[i] : "", label_width, false) + " ";
      if (s.size() > 1) line += pad(s[k].name, name_width) + " ";
      line += "│";
      // The bar's length in eighths of a cell, rounded to the nearest eighth.
      const long eighths = (top > 0 && std::isfinite(v) && v > 0) ? std::lround(v / top * o.width * 8) : 0;
      for (long c = 0; c < eighths / 8; ++c) line += "█";
      line += horizontal[static_cast<std::size_t>(eighths % 8)];
      const long used = eighths / 8 + (eighths % 8 ? 1 : 0);
      line += std::string(static_cast<std::size_t>(std::max(0L, o.width - used)), ' ');
      // Appended piece by piece: g++ 12 at -O3 raises a false-positive -Wrestrict on " " + std::string.
      line += ' ';
      line += number(v, fixed(o.digits));
      line += '\n';
      out += line;
    }
  }
  return out;
}

std::string curves(const std::vector<double>& x, const std::vector<series>& s, curve_options o) {
  if (x.size() < 2 || s.empty()) throw std::logic_error("kit::curves: need at least two points and one series");
  for (const auto& ser : s)
    if (ser.values.size() != x.size())
      throw std::logic_error("kit::curves: series '" + ser.name + "' has " + std::to_string(ser.values.size()) +
                             " values for " + std::to_string(x.size()) + " points");
  // The plot shrinks to fit the page: the y labels, the axis and the x label take the rest.
  const std::size_t y_margin = 9, overhead = 2 + y_margin + 2 + 2 + display_width(o.x_label);
  const auto W = std::min<std::size_t>(static_cast<std::size_t>(std::max(o.width, 8)),
                                       page_width() > overhead + 8 ? page_width() - overhead : 8);
  const auto H = static_cast<std::size_t>(std::max(o.height, 4));
  auto value = [&](const series& ser, std::size_t column) {
    // The sample nearest to this column.
    const auto i = static_cast<std::size_t>(
        std::lround(static_cast<double>(column) * static_cast<double>(x.size() - 1) / static_cast<double>(W - 1)));
    const double v = ser.values[i];
    if (!o.log_y) return v;
    return v > 0 ? std::log10(v) : std::nan("");
  };
  double lo = o.log_y ? INFINITY : 0.0, hi = -INFINITY;
  for (const auto& ser : s)
    for (std::size_t c = 0; c < W; ++c) {
      const double v = value(ser, c);
      if (!std::isfinite(v)) continue;
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  if (!std::isfinite(hi) || !std::isfinite(lo)) return "  (nothing finite to plot)\n";
  if (hi <= lo) hi = lo + 1.0;
  // Height of a value in eighths of a row above the bottom of the plot.
  auto level = [&](double v) { return (v - lo) / (hi - lo) * static_cast<double>(H) * 8.0; };

  std::vector<std::vector<std::string>> cells(H, std::vector<std::string>(W, " "));
  for (std::size_t c = 0; c < W; ++c) {
    const double v = value(s[0], c);
    if (!std::isfinite(v)) continue;
    const long e = std::lround(level(v));
    for (std::size_t r = 0; r < H; ++r) {
      const long fill = std::clamp(e - static_cast<long>(r) * 8, 0L, 8L);
      cells[H - 1 - r][c] = vertical[static_cast<std::size_t>(fill)];
    }
  }
  for (std::size_t k = 1; k < s.size(); ++k)
    for (std::size_t c = 0; c < W; ++c) {
      const double v = value(s[k], c);
      if (!std::isfinite(v)) continue;
      const auto r = static_cast<std::size_t>(std::clamp(std::floor(level(v) / 8.0), 0.0, static_cast<double>(H - 1)));
      cells[H - 1 - r][c] = marks[(k - 1) % marks.size()];
    }

  auto ylab = [&](double v) { return o.log_y ? "1e" + axis_number(v) : axis_number(v); };
  const std::string top = ylab(hi), mid = ylab((lo + hi) / 2), bottom = ylab(lo);
  const std::size_t margin = std::max({display_width(top), display_width(mid), display_width(bottom)});
  std::string out;
  if (!o.y_label.empty()) out += "  " + std::string(margin, ' ') + " " + o.y_label + (o.log_y ? " (log scale)" : "") + "\n";
  for (std::size_t r = 0; r < H; ++r) {
    std::string lab = r == 0 ? top : r == H / 2 ? mid : r == H - 1 ? bottom : "";
    out += "  " + pad(lab, margin, false) + " │";
    std::string row;
    for (const auto& cell : cells[r]) row += cell;
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  out += "  " + std::string(margin, ' ') + " └";
  for (std::size_t c = 0; c < W; ++c) out += "─";
  out += "\n";
  // x at the left end, the middle and the right end.
  const std::string xl = axis_number(x.front()), xm = axis_number((x.front() + x.back()) / 2),
                    xr = axis_number(x.back());
  std::string axis(W + 1, ' ');
  auto put = [&](const std::string& t, std::size_t at) {
    at = std::min(at, axis.size() > t.size() ? axis.size() - t.size() : 0);
    axis.replace(at, t.size(), t);
  };
  put(xl, 0);
  put(xm, (W + 1) / 2 - xm.size() / 2);
  put(xr, W + 1 - xr.size());
  out += "  " + std::string(margin, ' ') + " " + axis + "  " + o.x_label + "\n";
  // (the axis line ends with the label, so it has no trailing blanks)
  // Legend.
  // Legend, on as many lines as the page needs.
  const std::string lead = "  " + std::string(margin, ' ') + "  ";
  std::string line = lead + "█ " + s[0].name;
  for (std::size_t k = 1; k < s.size(); ++k) {
    const std::string item = std::string(marks[(k - 1) % marks.size()]) + " " + s[k].name;
    if (display_width(line) + 3 + display_width(item) > page_width()) {
      out += line + "\n";
      line = lead + item;
    } else {
      line += "   " + item;
    }
  }
  out += line + "\n";
  return out;
}

}  // namespace kit
