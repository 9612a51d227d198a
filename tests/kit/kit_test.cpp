// The kit's promises to a reader: a number that is not zero is never printed as 0.000000, and what is
// printed fits the page width.
#include "kit/format.hpp"
#include "kit/lesson.hpp"
#include "kit/plot.hpp"
#include "kit/table.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

// Each lesson program defines its homework (add_lesson generates it from homework.json); the kit's
// lesson.cpp, which the linker may bring along, asks for it. A test program has none.
std::span<const kit::exercise> kit::homework() { return {}; }

namespace {

// The widest line of `text`, in terminal columns.
std::size_t widest(const std::string& text) {
  std::istringstream in{text};
  std::string line;
  std::size_t w = 0;
  while (std::getline(in, line)) w = std::max(w, kit::display_width(line));
  return w;
}

// Restores the page width after a test that changes it.
struct page {
  explicit page(std::size_t columns) { kit::set_page_width(columns); }
  ~page() { kit::set_page_width(kit::captured_page_width); }
  page(const page&) = delete;
  page& operator=(const page&) = delete;
};

}  // namespace

TEST_CASE("kit: zero is written 0, and a non-zero number is never written as zero") {
  CHECK(kit::number(0.0) == "0");
  CHECK(kit::number(0.25) == "0.250000");
  CHECK(kit::number(1e-300) == "1.000e-300");          // P = 1e-300 beside log P = −690.8
  CHECK(kit::number(-4e-9) == "-4.000e-9");
  CHECK(kit::number(4e-6) == "0.000004");              // one digit shown: not zero, so fixed stays
  CHECK(kit::number(3e-3, kit::fixed(2)) == "3.00e-3");  // fixed(2) would say 0.00
}

TEST_CASE("kit: a column turns scientific when a value in it would show as zero") {
  CHECK(kit::column_format({0.5, 0.25, 0.0}, kit::fixed()).how == kit::number_format::style::fixed);
  CHECK(kit::column_format({0.5, 1e-8}, kit::fixed()).how == kit::number_format::style::scientific);
  CHECK(kit::column_format({0.16, -0.13, 0.03}, kit::fixed(2)).how == kit::number_format::style::fixed);
  kit::table t{{"x"}, {"P(x)"}};
  t.row({"a", 1.0 - 1e-9}).row({"b", 1e-9});
  const std::string text = t.render();
  CHECK(text.find("0.000000") == std::string::npos);
  CHECK(text.find("1.000e-9") != std::string::npos);
}

TEST_CASE("kit: the page width is clamped to 60..110 columns") {
  {
    const page p{20};
    CHECK(kit::page_width() == kit::min_page_width);
  }
  {
    const page p{300};
    CHECK(kit::page_width() == kit::max_page_width);
  }
  CHECK(kit::page_width() == kit::captured_page_width);
}

TEST_CASE("kit: prose, tables and plots fit the page") {
  const page p{60};
  std::string words;
  for (int i = 0; i < 60; ++i) words += "entropy ";
  CHECK(widest(kit::wrap(words, 2)) <= 60);

  // A table wider than the page is split into narrower ones, each repeating the first column.
  kit::table t{{"outcome"}, {"P(x)"}, {"Q(x)"}, {"log P/Q", "nats"}, {"P log P/Q", "nats"}, {"another", "nats"},
               {"and one more", "nats"}};
  t.row({"heads", 0.5, 0.9, -0.587787, -0.293893, 1.0, 2.0});
  const std::string table = t.render();
  CHECK(widest(table) <= 60);
  CHECK(table.find("heads") != table.rfind("heads"));  // the first column in each part

  CHECK(widest(kit::bars({"0", "1"}, {{"P", {0.3, 0.7}}, {"Q", {0.5, 0.5}}}, {.width = 100})) <= 60);
  const std::vector<double> x = kit::grid(0, 1, 100);
  CHECK(widest(kit::curves(x, {{"p", x}, {"q", x}}, {.width = 100, .x_label = "x"})) <= 60);
}

TEST_CASE("kit: the outcomes one distribution rules out, as a phrase") {
  CHECK(kit::outcome_phrase({2}) == "outcome 2");
  CHECK(kit::outcome_phrase({0, 3}) == "outcomes 0, 3");
  CHECK(kit::outcome_phrase({}, 11) == "outcomes 11 and beyond");
  CHECK(kit::outcome_phrase({4}, 11) == "outcomes 4, 11 and beyond");
}
