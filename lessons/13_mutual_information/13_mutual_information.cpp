// Lesson 13: mutual information.
//
// Two variables at once: a joint pmf P(x, y) as a table, X the row and Y the column. Its marginals, its
// joint and conditional entropies and the chain rule; the mutual information I(X;Y), computed three ways by
// separate code (its own sum, the KL divergence of the joint from the product of its marginals, and
// H(X) + H(Y) − H(X,Y)); conditioning, which lowers entropy on average but not for every observation;
// independence; the data processing inequality on a chain of channels; and the capacity of a channel, the
// most mutual information any input gets through it, found by the Blahut–Arimoto algorithm.
//
// The student's own table is `--joint 0.3,0.2;0.1,0.4` (rows separated by ';', X the row): the kit reads it
// as text (kit::own_option) and this file parses it, refusing what is not a table of probabilities.
#include "kit/lesson.hpp"

#include <info/info.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <numbers>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------------
// The joint table: the student's --joint, or the weather and the umbrella.

constexpr std::string_view joint_option = "--joint";
// X = the weather (rain, cloud, sun), Y = whether someone carries an umbrella (yes, no).
const std::string default_joint = "0.15,0.05;0.10,0.20;0.05,0.45";
constexpr std::size_t max_side = 8;  // the walkthrough prints the table whole: at most 8 rows and columns

// One probability as typed: a decimal (0.25) or a fraction of two decimals (1/4).
double read_cell(std::string_view cell, std::size_t row) {
  auto refuse = [&] {
    throw info::invalid_input("--joint: \"" + std::string(cell) + "\" in row " + std::to_string(row) +
                              " is not a number: write each probability as a decimal (0.25) or a fraction (1/4)");
  };
  auto decimal = [&](std::string_view text) {
    double v = 0.0;
    const char* end = text.data() + text.size();
    const auto [at, ec] = std::from_chars(text.data(), end, v);
    if (text.empty() || ec != std::errc() || at != end) refuse();
    return v;
  };
  const std::size_t slash = cell.find('/');
  if (slash == std::string_view::npos) return decimal(cell);
  const double num = decimal(cell.substr(0, slash)), den = decimal(cell.substr(slash + 1));
  if (den == 0.0)
    throw info::invalid_input("--joint: \"" + std::string(cell) + "\" in row " + std::to_string(row) +
                              " divides by zero: give a fraction whose denominator is not 0");
  return num / den;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "0.3,0.2;0.1,0.4" as a joint pmf named P; throws info::invalid_input starting "--joint: " naming the fix.
info::joint parse_joint(std::string_view text) {
  std::vector<std::vector<double>> rows;
  for (std::size_t start = 0;;) {
    const std::size_t semi = text.find(';', start);
    const std::string_view row = trimmed(text.substr(start, semi == std::string_view::npos ? semi : semi - start));
    const std::size_t r = rows.size();
    if (row.empty())
      throw info::invalid_input("--joint: row " + std::to_string(r) +
                                " is empty: write each row's probabilities separated by ',' and the rows by ';', "
                                "as in 0.3,0.2;0.1,0.4");
    rows.emplace_back();
    for (std::size_t at = 0;;) {
      const std::size_t comma = row.find(',', at);
      const std::string_view cell = trimmed(row.substr(at, comma == std::string_view::npos ? comma : comma - at));
      if (cell.empty())
        throw info::invalid_input("--joint: row " + std::to_string(r) +
                                  " has an empty entry (two commas in a row, or one at an end): write every "
                                  "probability, 0 included");
      rows.back().push_back(read_cell(cell, r));
      if (comma == std::string_view::npos) break;
      at = comma + 1;
    }
    if (semi == std::string_view::npos) break;
    start = semi + 1;
  }
  try {
    info::joint j(rows, "P");
    if (static_cast<std::size_t>(j.rows()) > max_side || static_cast<std::size_t>(j.cols()) > max_side)
      throw info::invalid_input("the table is " + std::to_string(j.rows()) + " × " + std::to_string(j.cols()) +
                                ": the lesson prints it whole, so give at most " + std::to_string(max_side) +
                                " rows and " + std::to_string(max_side) + " columns");
    return j;
  } catch (const info::invalid_input& e) {
    throw info::invalid_input("--joint: " + std::string(e.what()));
  }
}

// The table with names for its rows and columns.
struct labelled {
  info::joint j;
  std::vector<std::string> xs, ys;
  bool own = false;
};

labelled table_of(const kit::step& s) {
  labelled t{parse_joint(s.option(joint_option)), {}, {}, s.option_given(joint_option)};
  if (t.own) {
    for (Eigen::Index x = 0; x < t.j.rows(); ++x) t.xs.push_back("x = " + std::to_string(x));
    for (Eigen::Index y = 0; y < t.j.cols(); ++y) t.ys.push_back("y = " + std::to_string(y));
  } else {
    t.xs = {"rain", "cloud", "sun"};
    t.ys = {"umbrella", "none"};
  }
  return t;
}

// A tolerance for comparing two sides computed by separate sums: their rounding bounds, plus the rounding
// of the one addition or subtraction that forms each side (a few ulps of the largest term).
double rounding(std::initializer_list<info::result> parts) {
  double bound = 0.0, largest = 0.0;
  for (const info::result& r : parts) {
    bound += r.error;
    largest = std::max(largest, std::abs(r.value));
  }
  return bound + 8 * std::numeric_limits<double>::epsilon() * largest;
}

// The binary entropy h(ε) in nats, written out here (the closed forms' own code, not the library's).
double binary_entropy_nats(double e) {
  double h = 0.0;
  if (e > 0) h -= e * std::log(e);
  if (e < 1) h -= (1 - e) * std::log1p(-e);
  return h;
}

std::string values(Eigen::Index n) { return std::to_string(n) + (n == 1 ? " value" : " values"); }

// ---------------------------------------------------------------------------------------------------
// Step 1 (walkthrough): the table, its marginals, its entropies and the chain rule.
void joint_table(kit::step& s) {
  const labelled t = table_of(s);
  const info::joint& j = t.j;
  const info::base b = s.base();
  if (t.own)
    s.say("Your table: X is the row (" + values(j.rows()) + "), Y the column (" + values(j.cols()) +
          "). Each cell is P(x, y), the chance of both at once.");
  else
    s.say(
        "Two variables observed together: X, the weather (rain, cloud, sun), and Y, whether a passer-by carries "
        "an umbrella. Their joint pmf is a table, X the row and Y the column; each cell P(x, y) is the chance of "
        "both at once. The row sums are X's marginal P_X, the column sums Y's marginal P_Y:");
  std::vector<kit::column> cols{{"X \\ Y"}};
  for (const std::string& y : t.ys) cols.push_back({y});
  cols.push_back({"P_X(x)"});
  kit::table tab{cols};
  for (Eigen::Index x = 0; x < j.rows(); ++x) {
    std::vector<kit::cell> row{t.xs[static_cast<std::size_t>(x)]};
    for (Eigen::Index y = 0; y < j.cols(); ++y) row.emplace_back(j(x, y));
    row.emplace_back(j.px()(x));
    tab.row(row);
  }
  tab.rule();
  std::vector<kit::cell> last{"P_Y(y)"};
  for (Eigen::Index y = 0; y < j.cols(); ++y) last.emplace_back(j.py()(y));
  last.emplace_back(j.px().mass().sum());
  tab.row(last);
  s.show(tab);
  s.formula("H(X,Y) = −Σ P(x,y) log P(x,y)");
  s.formula("H(Y|X) = −Σ P(x,y) log P(y|x),   P(y|x) = P(x,y) / P_X(x)");
  s.say(
      "H(X,Y) is the uncertainty of the pair; H(Y|X) what remains uncertain about Y once X is known, averaged "
      "over X; H(X|Y) the same the other way. The library sums each from its own definition:");
  const info::result hx = info::entropy(j.px(), b), hy = info::entropy(j.py(), b);
  const info::result hxy = info::joint_entropy(j, b);
  const info::result hy_x = info::conditional_entropy(j, b), hx_y = info::conditional_entropy_x_given_y(j, b);
  kit::table e{{"quantity"}, {"value", s.unit()}, {"what it measures"}};
  e.row({"H(X)", hx, "the row variable alone"});
  e.row({"H(Y)", hy, "the column variable alone"});
  e.row({"H(X,Y)", hxy, "the pair"});
  e.row({"H(Y|X)", hy_x, "Y once X is known"});
  e.row({"H(X|Y)", hx_y, "X once Y is known"});
  s.show(e);
  const double sum = hx.value + hy.value;
  const bool independent = sum - hxy.value <= rounding({hx, hy, hxy});
  s.predict("Is H(X,Y) more or less than H(X) + H(Y)?",
            independent ? "Equal: H(X,Y) = " + kit::quantity(hxy.value, s.unit()) +
                              " = H(X) + H(Y). In this table X and Y are independent, so the pair holds nothing "
                              "in common to count twice."
                        : "Less: H(X,Y) = " + kit::quantity(hxy.value, s.unit()) + " against H(X) + H(Y) = " +
                              kit::quantity(sum, s.unit()) + ". Adding the two counts what X and Y share twice; "
                              "the " + kit::quantity(sum - hxy.value, s.unit()) +
                              " of the difference is their mutual information, the next step.");
  s.say("Learning the pair is learning X, then Y given X; or Y, then X given Y. The chain rule:");
  s.formula("H(X,Y) = H(X) + H(Y|X) = H(Y) + H(X|Y)");
  s.check(info::identity("chain rule: H(X,Y) = H(X) + H(Y|X)", hxy.value, hx.value + hy_x.value, rounding({hxy, hx, hy_x})));
  s.check(info::identity("chain rule: H(X,Y) = H(Y) + H(X|Y)", hxy.value, hy.value + hx_y.value, rounding({hxy, hy, hx_y})));
  s.check(info::at_most("H(Y|X) ≤ H(Y): knowing X never adds uncertainty about Y, on average", hy_x.value, hy.value,
                        rounding({hy_x, hy})));
}

// The Venn-style bar: H(X,Y) as one bar split into H(X|Y), I(X;Y), H(Y|X), with H(X) and H(Y) above and below.
std::string venn_bar(double hx_y, double i, double hy_x, const std::string& unit) {
  const double total = hx_y + i + hy_x;
  const int width = static_cast<int>(std::min<std::size_t>(56, kit::page_width() - 14));
  auto at = [&](double v) { return total > 0 ? static_cast<int>(std::lround(width * v / total)) : 0; };
  int a = at(hx_y), c = at(hx_y + i);
  if (i > 0 && c == a && c < width) ++c;  // a positive I gets at least one column
  a = std::min(a, c);
  auto repeat = [](std::string_view piece, int n) {
    std::string out;
    for (int k = 0; k < n; ++k) out += piece;
    return out;
  };
  // A bracket ├───┤ over columns [lo, hi) (nothing where hi = lo: a variable with no entropy).
  auto bracket = [&](int lo, int hi) {
    if (hi <= lo) return std::string();
    if (hi - lo < 2) return repeat(" ", lo) + "│";
    return repeat(" ", lo) + "├" + repeat("─", hi - lo - 2) + "┤";
  };
  std::string out;
  auto line = [](std::string text) {  // without trailing spaces
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text + "\n";
  };
  out += line("  H(X)    " + bracket(0, c));
  out += line("  H(X,Y)  " + repeat("░", a) + repeat("█", c - a) + repeat("▒", width - c));
  out += line("  H(Y)    " + bracket(a, width)) + "\n";
  out += "  ░ H(X|Y) = " + kit::quantity(hx_y, unit) + ", what Y leaves of X\n";
  out += "  █ I(X;Y) = " + kit::quantity(i, unit) + ", what they share\n";
  out += "  ▒ H(Y|X) = " + kit::quantity(hy_x, unit) + ", what X leaves of Y";
  return out;
}

// Step 2 (walkthrough): the mutual information, three ways.
void mutual_information(kit::step& s) {
  const labelled t = table_of(s);
  const info::joint& j = t.j;
  const info::base b = s.base();
  s.say(
      "How much does Y tell about X? Compare the table with the one X and Y would have if they were "
      "independent, the product of the marginals P_X(x)·P_Y(y): the mutual information is the KL divergence "
      "between the two, and it is also what H(X) + H(Y) counts twice:");
  s.formula("I(X;Y) = Σ P(x,y) log [P(x,y) / (P_X(x) P_Y(y))]");
  s.formula("       = KL(P_XY ‖ P_X P_Y) = H(X) + H(Y) − H(X,Y)");
  const Eigen::ArrayXXd terms = info::mutual_information_terms(j, b);
  kit::table tab{{"x"}, {"y"}, {"P(x,y)"}, {"P_X(x)·P_Y(y)"}, {"term", s.unit()}};
  for (Eigen::Index x = 0; x < j.rows(); ++x)
    for (Eigen::Index y = 0; y < j.cols(); ++y)
      tab.row({t.xs[static_cast<std::size_t>(x)], t.ys[static_cast<std::size_t>(y)], j(x, y), j.px()(x) * j.py()(y),
               terms(x, y)});
  s.show(tab);
  s.say(
      "Cells more likely together than apart add to I, cells less likely subtract; the sum is never negative "
      "(Gibbs' inequality, as for every KL). Three computations by separate code:");
  const info::result i = info::mutual_information(j, b);
  const info::result kl = info::kl_divergence(info::flatten(j), info::flatten(info::product_of_marginals(j)), b);
  const info::result hx = info::entropy(j.px(), b), hy = info::entropy(j.py(), b), hxy = info::joint_entropy(j, b);
  s.result("I(X;Y), summed", i.value, s.unit());
  s.result("KL(P_XY ‖ P_X P_Y)", kl.value, s.unit());
  s.result("H(X) + H(Y) − H(X,Y)", hx.value + hy.value - hxy.value, s.unit());
  // Absolute tolerances: for a nearly independent table I is near 1e-17 and the sides agree only in absolute
  // terms, to their rounding bounds.
  s.check(info::identity("I(X;Y) = KL(P_XY ‖ P_X P_Y)", i.value, kl.value, rounding({i, kl})));
  s.check(info::identity("I(X;Y) = H(X) + H(Y) − H(X,Y)", i.value, hx.value + hy.value - hxy.value, rounding({i, hx, hy, hxy})));
  s.check(info::at_most("I(X;Y) ≤ min(H(X), H(Y))", i.value, std::min(hx.value, hy.value)));
  const info::result hx_y = info::conditional_entropy_x_given_y(j, b), hy_x = info::conditional_entropy(j, b);
  s.predict("What fraction of X's uncertainty H(X) does observing Y remove?",
            hx.value > 0 ? "I(X;Y)/H(X) = " + kit::quantity(i.value, s.unit()) + " / " + kit::quantity(hx.value, s.unit()) +
                               " = " + kit::number(100 * i.value / hx.value, kit::fixed(1)) + " %; the other " +
                               kit::quantity(hx_y.value, s.unit()) + " is H(X|Y), what Y leaves unknown."
                         : "None: H(X) = 0, X is certain already and there is nothing to remove.");
  s.say("Along the bar of H(X,Y): H(X) covers H(X|Y) and I, H(Y) covers I and H(Y|X), and they overlap in I:");
  s.show(venn_bar(hx_y.value, i.value, hy_x.value, s.unit()));
  s.check(info::identity("H(X,Y) = H(X|Y) + I(X;Y) + H(Y|X), the bar's length", hxy.value,
                         hx_y.value + i.value + hy_x.value, rounding({hxy, hx_y, i, hy_x})));
  if (s.writing_data()) {
    const double a = hx_y.value, c = hx_y.value + i.value;
    s.data_file("13_venn.csv", {"segment", "lo", "hi", "row"},
                {{1, 0, a, 1}, {2, a, c, 1}, {3, c, hxy.value, 1}, {4, 0, hx.value, 2}, {5, a, a + hy.value, 0}});
  }
}

// Step 3 (walkthrough): conditioning reduces entropy on average, not for every y.
void conditioning(kit::step& s) {
  const labelled t = table_of(s);
  const info::joint& j = t.j;
  const info::base b = s.base();
  s.say(
      "H(X|Y) is an average over what Y turns out to be: the entropy of X given each observation y, weighted by "
      "how often y happens. It is never more than H(X) (I(X;Y) = H(X) − H(X|Y) ≥ 0). For " +
      std::string(t.own ? "your table" : "the weather") + ":");
  s.formula("H(X|Y) = Σ_y P_Y(y) H(X|Y=y) ≤ H(X)");
  const info::result hx = info::entropy(j.px(), b), hx_y = info::conditional_entropy_x_given_y(j, b);
  kit::table tab{{"y"}, {"P_Y(y)"}, {"H(X|Y=y)", s.unit()}, {"against H(X)"}};
  std::vector<double> weighted;
  for (Eigen::Index y = 0; y < j.cols(); ++y) {
    const std::string name = t.ys[static_cast<std::size_t>(y)];
    if (!(j.py()(y) > 0)) {
      tab.row({name, 0.0, "—", "never observed"});
      continue;
    }
    const double h = info::conditional_entropy_at(j, y, b).value;
    weighted.push_back(j.py()(y) * h);
    tab.row({name, j.py()(y), h, h > hx.value ? "above" : h < hx.value ? "below" : "equal"});
  }
  s.show(tab);
  double average = 0.0;
  for (double w : weighted) average += w;
  s.result("H(X)", hx.value, s.unit());
  s.check(info::identity("Σ_y P_Y(y) H(X|Y=y) = H(X|Y)", average, hx_y.value,
                         hx_y.error + 16 * std::numeric_limits<double>::epsilon() * std::max(1.0, hx.value)));
  s.check(info::at_most("H(X|Y) ≤ H(X)", hx_y.value, hx.value, rounding({hx_y, hx})));

  s.say(
      "An average can hide its parts. Take X and Y with the table below (X the row): Y = 0 happens three times in "
      "four and then settles X completely; Y = 1 leaves X a fair coin.");
  const info::joint ct{{0.0, 0.125}, {0.75, 0.125}};
  kit::table c{{"X \\ Y"}, {"y = 0"}, {"y = 1"}, {"P_X(x)"}};
  for (Eigen::Index x = 0; x < 2; ++x) c.row({"x = " + std::to_string(x), ct(x, 0), ct(x, 1), ct.px()(x)});
  s.show(c);
  const info::result ct_hx = info::entropy(ct.px(), b), ct_avg = info::conditional_entropy_x_given_y(ct, b);
  const info::result h0 = info::conditional_entropy_at(ct, 0, b), h1 = info::conditional_entropy_at(ct, 1, b);
  s.predict("Before Y is seen, X is 1 with probability 7/8, H(X) = " + kit::quantity(ct_hx.value, s.unit()) +
                ". You see Y = 1. Is X now more or less uncertain?",
            std::string(h1.value > ct_hx.value ? "More" : "Less") + ": given Y = 1, X is 0 or 1 with 1/8 : 1/8, a fair coin, H(X|Y=1) = " +
                kit::quantity(h1.value, s.unit()) + ". On average Y still helps: H(X|Y) = ¼·H(X|Y=1) + ¾·H(X|Y=0) = " + kit::quantity(ct_avg.value, s.unit()) +
                " < H(X).");
  const double one_bit = info::from_nats(std::numbers::ln2, b);
  s.check(info::at_least("H(X|Y=1) ≥ H(X): this observation raises the uncertainty", h1.value, ct_hx.value));
  s.check(info::identity("H(X|Y=0) = 0: Y = 0 settles X", h0.value, 0.0, h0.error));
  s.check(info::identity("H(X|Y=1) = 1 bit [exact, in " + s.unit() + "]", h1.value, one_bit, h1.error + 4e-16 * one_bit));
  s.check(info::identity("H(X|Y) = ¾·0 + ¼·1 bit [exact, in " + s.unit() + "]", ct_avg.value, one_bit / 4,
                         ct_avg.error + 4e-16 * one_bit));
  s.check(info::at_most("H(X|Y) ≤ H(X) all the same", ct_avg.value, ct_hx.value));
  s.say(
      "A single observation may leave you less sure than before; only the average over all observations is "
      "guaranteed not to: information is an expectation.");
}

// Step 4 (walkthrough): independence.
void independence(kit::step& s) {
  const labelled t = table_of(s);
  const info::base b = s.base();
  const info::joint prod = info::product_of_marginals(t.j).named("Q");
  s.say(std::string("Replace ") + (t.own ? "your table" : "the table") +
        " by the product of its marginals, Q(x, y) = P_X(x)·P_Y(y): the same X and Y, each as likely as before, "
        "but independent, so seeing Y changes nothing about X:");
  std::vector<kit::column> cols{{"X \\ Y"}};
  for (const std::string& y : t.ys) cols.push_back({y});
  kit::table tab{cols};
  for (Eigen::Index x = 0; x < prod.rows(); ++x) {
    std::vector<kit::cell> row{t.xs[static_cast<std::size_t>(x)]};
    for (Eigen::Index y = 0; y < prod.cols(); ++y) row.emplace_back(prod(x, y));
    tab.row(row);
  }
  s.show(tab);
  const info::result i = info::mutual_information(prod, b);
  const info::result hx = info::entropy(prod.px(), b), hy = info::entropy(prod.py(), b), hxy = info::joint_entropy(prod, b);
  s.predict("Q has the same marginals as P. What is its mutual information?",
            "Zero (" + kit::quantity(i.value, s.unit()) +
                " as summed): every cell is P_X(x)·P_Y(y), so every log-ratio in the sum is log 1 = 0, up to the "
                "rounding of the products.");
  s.check(info::identity("I(X;Y) = 0 for the product table", i.value, 0.0, rounding({i}) + 1e-15));
  s.check(info::identity("H(X,Y) = H(X) + H(Y) for the product table", hxy.value, hx.value + hy.value,
                         rounding({hxy, hx, hy})));
  s.say("So I(X;Y) = KL(P_XY ‖ P_X P_Y) measures how far the table is from independence, in " + s.unit() +
        ": it is 0 exactly when P(x, y) = P_X(x) P_Y(y) in every cell.");
}

// ---------------------------------------------------------------------------------------------------
// Step 5: data processing on a chain X → Y → Z.
void data_processing(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "A channel turns an input X into an output Y at random: W(y|x) is the chance of output y given input x, "
      "one row per input. The binary symmetric channel BSC(ε) flips a bit with probability ε. Send a fair bit X "
      "through BSC(0.1) to get Y, then Y through a second BSC(ε₂) to get Z. Z is made from Y alone: whatever it "
      "knows about X came through Y.");
  s.formula("X → Y → Z:   W_XZ(z|x) = Σ_y W_XY(y|x) W_YZ(z|y)");
  s.formula("I(X;Z) ≤ I(X;Y)");
  const info::pmf fair{0.5, 0.5};
  const info::channel first = info::channel::binary_symmetric(0.1);
  const double i_xy = info::mutual_information(info::joint_of(fair, first), b);
  const info::channel second = info::channel::binary_symmetric(0.2);
  const double i_xz_02 = info::mutual_information(info::joint_of(fair, info::compose(first, second)), b);
  s.predict("Z is Y flipped once more, with probability 0.2. Can Z tell more about X than Y does?",
            "No: I(X;Z) = " + kit::quantity(i_xz_02, s.unit()) + " ≤ I(X;Y) = " + kit::quantity(i_xy, s.unit()) +
                ". Processing Y, by any channel or function, cannot create information about X.");
  kit::table tab{{"ε₂"}, {"crossover X→Z", "", kit::fixed(3)}, {"I(X;Y)", s.unit()}, {"I(X;Z)", s.unit()}};
  const std::vector<double> e2s{0.0, 0.05, 0.1, 0.2, 0.3, 0.5};
  std::vector<double> i_xz;
  for (double e2 : e2s) {
    const info::channel chain = info::compose(first, info::channel::binary_symmetric(e2));
    i_xz.push_back(info::mutual_information(info::joint_of(fair, chain), b));
    tab.row({kit::number(e2, kit::fixed(2)), chain(0, 1), i_xy, i_xz.back()});
  }
  s.show(tab);
  const info::channel chain = info::compose(first, second);
  s.check(info::identity("ε₂ = 0.20: the chain's crossover = 0.1·0.8 + 0.9·0.2, the matrix product against its formula",
                         chain(0, 1), 0.1 * 0.8 + 0.9 * 0.2, 1e-15));
  for (std::size_t k = 0; k < e2s.size(); ++k)
    s.check(info::at_most("ε₂ = " + kit::number(e2s[k], kit::fixed(2)) + ": I(X;Z) ≤ I(X;Y)", i_xz[k], i_xy, 1e-15));
  s.say(
      "Two BSCs in series are one BSC whose crossover is the chance of an odd number of flips. A noiseless "
      "second channel (ε₂ = 0) keeps I(X;Z) = I(X;Y); ε₂ = 0.5 makes Z a coin toss and I(X;Z) = 0. A "
      "deterministic function is a channel too. Send three symbols, with P_X = (0.2, 0.5, 0.3), through a channel "
      "that keeps each with probability 0.8; then merge outputs 0 and 1 into one. Again I can only drop:");
  const info::pmf r{0.2, 0.5, 0.3};
  const info::channel w{{0.8, 0.1, 0.1}, {0.1, 0.8, 0.1}, {0.1, 0.1, 0.8}};
  const info::channel merge{{1.0, 0.0}, {1.0, 0.0}, {0.0, 1.0}};  // outputs 0 and 1 become one
  const double i3 = info::mutual_information(info::joint_of(r, w), b);
  const double i3z = info::mutual_information(info::joint_of(r, info::compose(w, merge)), b);
  s.result("I(X;Y)", i3, s.unit());
  s.result("I(X;Z), outputs 0 and 1 merged", i3z, s.unit());
  s.check(info::at_most("merged outputs: I(X;Z) ≤ I(X;Y)", i3z, i3, 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 6: capacity by Blahut–Arimoto.
void capacity(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "A channel's capacity is the most mutual information any input distribution gets through it: the bits "
      "per use it can carry reliably (Shannon's channel coding theorem). The Blahut–Arimoto algorithm finds the "
      "best input: from the uniform r, each step computes the output q = rW and D_x = KL(W(·|x) ‖ q), which "
      "bound C on both sides, and moves r toward the inputs with large D_x:");
  s.formula("C = max over P_X of I(X;Y),      Σ r(x) D_x ≤ C ≤ max D_x");
  s.formula("r(x) ← r(x) e^(D_x) / Σ r(x′) e^(D_x′)");
  s.say("Channels whose C has a closed form (in bits; h is the binary entropy):");
  s.formula("BSC(ε): C = 1 − h(ε)      BEC(ε): C = 1 − ε");
  s.formula("Z(p):   C = log₂(1 + (1 − p) p^(p/(1−p)))");
  const double bsc_e = 0.11, bec_e = 0.25, z_p = 0.3;
  s.predict("The BSC with ε = 0.11 flips about one bit in nine. How much of a bit per use survives?",
            "Half a bit: C = 1 − h(0.11) = " +
                kit::quantity(info::from_nats(std::numbers::ln2 - binary_entropy_nats(bsc_e), b), s.unit()) +
                ". Flipping one bit in nine costs half of every bit, because the receiver does not know which "
                "ones were flipped.");
  struct row {
    std::string name;
    info::channel w;
    double closed_nats;
  };
  const std::vector<row> rows{
      {"BSC(0.11)", info::channel::binary_symmetric(bsc_e), std::numbers::ln2 - binary_entropy_nats(bsc_e)},
      {"BEC(0.25)", info::channel::binary_erasure(bec_e), (1 - bec_e) * std::numbers::ln2},
      {"Z(0.3)", info::channel::z(z_p), std::log1p((1 - z_p) * std::pow(z_p, z_p / (1 - z_p)))},
      {"noiseless, 4 symbols", info::channel::noiseless(4), std::log(4.0)}};
  kit::table tab{{"channel"}, {"C", s.unit()}, {"closed form", s.unit()}, {"gap", s.unit(), kit::sci(1)},
                 {"iterations", "", kit::integer()}};
  std::vector<info::capacity_result> found;
  for (const row& r : rows) {
    found.push_back(info::capacity(r.w, b));
    const info::capacity_result& c = found.back();
    tab.row({r.name, c.value, info::from_nats(r.closed_nats, b), c.gap, c.iterations});
  }
  s.show(tab);
  s.say(
      "The gap is the upper bound minus the rate reached: the true capacity lies between them, whatever the "
      "closed form says. The symmetric channels need no iteration (the uniform input is already optimal); the "
      "Z channel, which never corrupts a 0, is best used with fewer 1s:");
  for (std::size_t k = 0; k < rows.size(); ++k)
    s.check(info::identity(rows[k].name + ": Blahut–Arimoto = closed form, within the gap [" + s.unit() + "]",
                           found[k].value, info::from_nats(rows[k].closed_nats, b),
                           found[k].gap + 1e-12 * std::max(1.0, found[k].value)));
  // The Z channel's best input: dI/da = 0 at a = P(X = 1) = 1 / ((1 − p)(1 + e^(h(p)/(1 − p)))), h in nats.
  const double a = 1 / ((1 - z_p) * (1 + std::exp(binary_entropy_nats(z_p) / (1 - z_p))));
  const info::capacity_result& z = found[2];
  s.result("Z(0.3): best P(X = 1)", z.input(1), "");
  s.check(info::identity("Z(0.3): P(X = 1) = 1/((1 − p)(1 + e^(h(p)/(1 − p)))), to 1e-5", z.input(1), a, 1e-5));
  s.check(info::at_most("Z(0.3): P(X = 1) ≤ ½: the noisy input is used less", z.input(1), 0.5));
}

// Step 7: the BSC's capacity against ε.
void bsc_curve(kit::step& s) {
  const info::base b = s.base();
  s.say("The binary symmetric channel's capacity for every crossover ε, by Blahut–Arimoto, against 1 − h(ε):");
  kit::table tab{{"ε"}, {"C by Blahut–Arimoto", s.unit()}, {"1 − h(ε)", s.unit()}};
  const std::vector<double> es{0.0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5};
  std::vector<double> cs, closed;
  for (double e : es) {
    cs.push_back(info::capacity(info::channel::binary_symmetric(e), b));
    closed.push_back(info::from_nats(std::numbers::ln2 - binary_entropy_nats(e), b));
    tab.row({kit::number(e, kit::fixed(2)), cs.back(), closed.back()});
  }
  s.show(tab);
  for (std::size_t k = 0; k < es.size(); ++k)
    s.check(info::identity("ε = " + kit::number(es[k], kit::fixed(2)) + ": C = 1 − h(ε) [" + s.unit() + "]", cs[k],
                           closed[k], 1e-12 * std::max(1.0, closed[k])));
  const std::vector<double> grid = kit::grid(0.0, 1.0, 61);
  std::vector<double> curve;
  for (double e : grid) curve.push_back(info::capacity(info::channel::binary_symmetric(e), b));
  s.show(kit::curves(grid, {{"C(ε)", curve}}, {.width = 61, .height = 10, .x_label = "ε", .y_label = s.unit()}));
  const double c9 = info::capacity(info::channel::binary_symmetric(0.9), b);
  const double c1 = info::capacity(info::channel::binary_symmetric(0.1), b);
  s.predict("At ε = 0.9 nine bits in ten arrive flipped. What is the capacity?",
            "The same as at ε = 0.1, " + kit::quantity(c9, s.unit()) +
                ": the receiver flips every bit back. Only ε = 0.5, where the output is a coin toss whatever the "
                "input, carries nothing.");
  s.check(info::identity("C(0.9) = C(0.1)", c9, c1, 1e-12));
  s.check(info::identity("C(0.5) = 0", info::capacity(info::channel::binary_symmetric(0.5), b), 0.0, 1e-15));
  if (s.writing_data()) {
    std::vector<std::vector<double>> rows;
    for (int k = 0; k <= 100; ++k) {
      const double e = k / 100.0;
      rows.push_back({e, info::capacity(info::channel::binary_symmetric(e), b),
                      info::from_nats(std::numbers::ln2 - binary_entropy_nats(e), b)});
    }
    s.data_file("13_bsc_capacity.csv", {"epsilon", "blahut_arimoto", "closed_form"}, rows);
  }
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"13_mutual_information", "Mutual information",
                     "Two variables at once: a joint table, its conditional entropies and the chain rule; the mutual "
                     "information I(X;Y) = KL(P_XY ‖ P_X P_Y) = H(X) + H(Y) − H(X,Y); conditioning, independence and "
                     "data processing; and a channel's capacity by the Blahut–Arimoto algorithm."};
  lesson.default_base(info::base::bits);
  lesson.takes_option({.name = std::string(joint_option),
                       .value_name = "TABLE",
                       .help = "Your own joint pmf P(x,y) (default " + default_joint + ")",
                       .what = "a joint pmf as a table such as '0.3,0.2;0.1,0.4': X the row, rows separated by ';' "
                               "and entries by ',', decimals or fractions (quote it for the shell)",
                       .default_value = default_joint,
                       .shown_as = "P(X,Y)"});
  lesson.validate([](const kit::step& s) { (void)parse_joint(s.option(joint_option)); });
  lesson.walkthrough("A joint table, its entropies and the chain rule", joint_table);
  lesson.walkthrough("Mutual information, three ways", mutual_information);
  lesson.walkthrough("Conditioning reduces entropy, on average", conditioning);
  lesson.walkthrough("Independence: I(X;Y) = 0", independence);
  lesson.step("Data processing: X → Y → Z", data_processing);
  lesson.step("Channel capacity by Blahut–Arimoto", capacity);
  lesson.step("The binary symmetric channel's capacity against ε", bsc_curve);
  return lesson.run(argc, argv);
}
