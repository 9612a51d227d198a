// Aligned tables: numbers right-aligned with their column's format, units in the headers.
#include "kit/table.hpp"

#include <algorithm>
#include <stdexcept>

namespace kit {

table::table(std::initializer_list<column> columns) : columns_(columns) {}
table::table(std::vector<column> columns) : columns_(std::move(columns)) {}

table& table::row(std::vector<cell> cells) {
  if (cells.size() != columns_.size())
    throw std::logic_error("kit::table::row: " + std::to_string(cells.size()) + " cells for " +
                           std::to_string(columns_.size()) + " columns");
  rows_.push_back({std::move(cells)});
  return *this;
}

table& table::rule() {
  rows_.emplace_back();
  return *this;
}

table& table::outcomes(long long n, const std::function<std::vector<cell>(long long)>& make) {
  const bool cut = n > full_rows;
  for (long long x = 0; x < (cut ? head_rows : n); ++x) row(make(x));
  if (!cut) return *this;
  rows_.push_back({{}, n - head_rows - tail_rows});
  for (long long x = n - tail_rows; x < n; ++x) row(make(x));
  return *this;
}

std::string table::render(int indent) const {
  const std::size_t n = columns_.size();
  // Each column's format: its own, or scientific when a non-zero value would lose its digits (never 0.000000).
  std::vector<number_format> format(n);
  for (std::size_t j = 0; j < n; ++j) {
    std::vector<double> values;
    for (const auto& entry : rows_)
      if (!entry.cells.empty())
        if (const auto* x = std::get_if<double>(&entry.cells[j].value)) values.push_back(*x);
    format[j] = column_format(values, columns_[j].format);
  }
  // Text of every cell, and whether the column holds numbers (right-aligned, header too).
  std::vector<std::string> heads(n);
  std::vector<bool> numeric(n, false);
  std::vector<std::size_t> width(n, 0);
  for (std::size_t j = 0; j < n; ++j) {
    heads[j] = columns_[j].unit.empty() ? columns_[j].header : columns_[j].header + " [" + columns_[j].unit + "]";
    width[j] = display_width(heads[j]);
  }
  std::vector<std::vector<std::string>> text;
  std::vector<std::vector<bool>> right;
  for (const auto& entry : rows_) {
    const auto& r = entry.cells;
    std::vector<std::string> t;
    std::vector<bool> rt;
    for (std::size_t j = 0; j < r.size(); ++j) {
      const auto& v = r[j].value;
      if (const auto* s = std::get_if<std::string>(&v)) {
        t.push_back(*s);
        rt.push_back(false);
      } else if (const auto* x = std::get_if<double>(&v)) {
        t.push_back(number(*x, format[j]));
        rt.push_back(true);
        numeric[j] = true;
      } else {
        t.push_back(std::to_string(std::get<long long>(v)));
        rt.push_back(true);
        numeric[j] = true;
      }
      width[j] = std::max(width[j], display_width(t.back()));
    }
    text.push_back(std::move(t));
    right.push_back(std::move(rt));
  }
  const std::string margin(static_cast<std::size_t>(std::max(indent, 0)), ' ');
  const std::string gap = "  ";

  // A table wider than the page is shown as several narrower ones, each repeating the first column (the
  // outcome), rather than letting the terminal wrap every row.
  std::vector<std::vector<std::size_t>> parts{{0}};
  std::size_t used = margin.size() + width[0];
  for (std::size_t j = 1; j < n; ++j) {
    if (used + gap.size() + width[j] > page_width() && parts.back().size() > 1) {
      parts.push_back({0});
      used = margin.size() + width[0];
    }
    parts.back().push_back(j);
    used += gap.size() + width[j];
  }

  std::string out;
  for (const auto& cols : parts) {
    auto line_of = [&](const std::vector<std::string>& cells, const std::vector<bool>& r) {
      std::string line = margin;
      for (std::size_t k = 0; k < cols.size(); ++k) {
        if (k > 0) line += gap;
        line += pad(cells[cols[k]], width[cols[k]], !r[cols[k]]);
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      return line + "\n";
    };
    auto rule_line = [&] {
      std::string line = margin;
      for (std::size_t k = 0; k < cols.size(); ++k) {
        if (k > 0) line += gap;
        for (std::size_t c = 0; c < width[cols[k]]; ++c) line += "─";
      }
      return line + "\n";
    };
    if (!out.empty()) out += "\n";
    out += line_of(heads, numeric);
    out += rule_line();
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      if (rows_[i].skipped > 0) {
        out += margin + "… " + std::to_string(rows_[i].skipped) + " rows …\n";
      } else if (rows_[i].cells.empty()) {
        out += rule_line();
      } else {
        // A text cell in a numeric column (an empty total, "—") is right-aligned with the numbers.
        std::vector<bool> r = right[i];
        for (std::size_t j = 0; j < n; ++j) r[j] = r[j] || numeric[j];
        out += line_of(text[i], r);
      }
    }
  }
  return out;
}

}  // namespace kit
