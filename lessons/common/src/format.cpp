// Number formatting for the lessons: fixed digits by default, units always beside the number.
#include "kit/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <sstream>

namespace kit {

namespace {

// fmt writes exponents as e-05; people write e-5. Drop the zero padding of the exponent.
std::string tidy_exponent(std::string s) {
  const auto e = s.find('e');
  if (e == std::string::npos) return s;
  std::size_t i = e + 1;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t j = i;
  while (j + 1 < s.size() && s[j] == '0') ++j;
  s.erase(i, j - i);
  if (s[e + 1] == '+') s.erase(e + 1, 1);
  return s;
}

std::size_t page = captured_page_width;

// Significant digits a fixed format with `decimals` shows of x: 0.000004 one in fixed(6), 1e-7 none.
int significant_shown(double x, int decimals) {
  if (x == 0.0) return 0;
  return decimals + 1 + static_cast<int>(std::floor(std::log10(std::fabs(x))));
}

}  // namespace

std::size_t page_width() { return page; }
void set_page_width(std::size_t columns) { page = std::clamp(columns, min_page_width, max_page_width); }

number_format column_format(const std::vector<double>& values, number_format f) {
  if (f.how != number_format::style::fixed) return f;
  for (const double x : values)
    if (std::isfinite(x) && x != 0.0 && significant_shown(x, f.digits) < 1) return sci(std::max(f.digits - 3, 2));
  return f;
}

std::string number(double x, number_format f) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "∞" : "-∞";
  switch (f.how) {
    case number_format::style::fixed: {
      if (x == 0.0) return "0";
      const std::string s = fmt::format("{:.{}f}", x, f.digits);
      // 0.000000 would say "zero" of a number that is not: give its digits instead.
      if (s.find_first_not_of("-0.") == std::string::npos) return number(x, sci(std::max(f.digits - 3, 2)));
      return s;
    }
    case number_format::style::scientific:
      if (x == 0.0) return "0";
      return tidy_exponent(fmt::format("{:.{}e}", x, f.digits));
    case number_format::style::shortest:
      return fmt::format("{}", x);
    case number_format::style::integer:
      return fmt::format("{:.0f}", x);
  }
  return fmt::format("{}", x);
}

std::string quantity(double x, std::string_view unit, number_format f) {
  std::string s = number(x, f);
  if (!unit.empty()) {
    s += ' ';
    s += unit;
  }
  return s;
}

std::string small(double x, int digits) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "∞" : "-∞";
  if (x == 0.0) return "0";
  if (std::fabs(x) >= 1e-3) return fmt::format("{:.6f}", x);
  return tidy_exponent(fmt::format("{:.{}e}", x, digits));
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = c;
    std::size_t len = 1;
    if (c >= 0xF0) { cp = c & 0x07u; len = 4; }
    else if (c >= 0xE0) { cp = c & 0x0Fu; len = 3; }
    else if (c >= 0xC0) { cp = c & 0x1Fu; len = 2; }
    for (std::size_t k = 1; k < len && i + k < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    i += len;
    // Combining marks (accents, the vector arrow) and variation selectors take no column.
    const bool combining = (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x20D0 && cp <= 0x20FF) ||
                           (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200B;
    if (!combining) ++width;
  }
  return width;
}

std::string wrap(std::string_view text, std::size_t indent, std::size_t width) {
  std::string out;
  std::istringstream lines{std::string(text)};
  std::string line, current;
  std::size_t hang = 0;  // extra indent of continuation lines (bullets)
  bool first_in_paragraph = true;
  auto flush = [&] {
    if (!current.empty()) out += current + "\n";
    current.clear();
  };
  auto add_words = [&](const std::string& words, std::size_t first_indent) {
    std::istringstream in{words};
    std::string word;
    while (in >> word) {
      if (current.empty()) {
        current = std::string(first_indent, ' ') + word;
        first_indent = indent + hang;
      } else if (display_width(current) + 1 + display_width(word) > width) {
        out += current + "\n";
        current = std::string(indent + hang, ' ') + word;
      } else {
        current += " " + word;
      }
    }
  };
  while (std::getline(lines, line)) {
    const auto start = line.find_first_not_of(' ');
    if (start == std::string::npos) {  // blank line: paragraph break
      flush();
      if (!first_in_paragraph) out += "\n";
      first_in_paragraph = true;
      hang = 0;
      continue;
    }
    const std::string body = line.substr(start);
    const bool bullet = body.rfind("- ", 0) == 0 || body.rfind("• ", 0) == 0;
    if (bullet) {
      flush();
      hang = 2;
      current = std::string(indent, ' ') + "• ";
      const std::string rest = body.substr(body[0] == '-' ? 2 : std::string("• ").size());
      std::istringstream in{rest};
      std::string word;
      bool first = true;
      while (in >> word) {
        if (first) {
          current += word;
          first = false;
        } else if (display_width(current) + 1 + display_width(word) > width) {
          out += current + "\n";
          current = std::string(indent + hang, ' ') + word;
        } else {
          current += " " + word;
        }
      }
    } else {
      add_words(body, indent);
    }
    first_in_paragraph = false;
  }
  flush();
  return out;
}

std::string pad(std::string_view text, std::size_t width, bool left) {
  const std::size_t w = display_width(text);
  const std::string fill(w < width ? width - w : 0, ' ');
  return left ? std::string(text) + fill : fill + std::string(text);
}

std::string vector_text(const double* values, std::size_t n, std::size_t max_items) {
  std::string s = "(";
  for (std::size_t i = 0; i < n && i < max_items; ++i) {
    if (i > 0) s += ", ";
    s += fmt::format("{:.6g}", values[i]);
  }
  if (n > max_items) s += fmt::format(", … {} outcomes in all", n);
  return s + ")";
}

std::string outcome_list(const std::vector<std::ptrdiff_t>& outcomes, std::size_t max_items) {
  std::string s;
  for (std::size_t i = 0; i < outcomes.size() && i < max_items; ++i) s += fmt::format("{}{}", i > 0 ? ", " : "", outcomes[i]);
  if (outcomes.size() > max_items) s += fmt::format(", … {} outcomes in all", outcomes.size());
  return s;
}

std::string outcome_phrase(const std::vector<std::ptrdiff_t>& outcomes, std::optional<std::ptrdiff_t> all_from) {
  std::string which = outcome_list(outcomes);
  if (all_from) which += (which.empty() ? "" : ", ") + std::to_string(*all_from) + " and beyond";
  return (outcomes.size() + (all_from ? 2 : 0) > 1 ? "outcomes " : "outcome ") + which;
}

}  // namespace kit
