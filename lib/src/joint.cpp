// Joint distributions and channels.
//
// Every measure is summed from its own definition in nats, so that the chain rule
// H(X,Y) = H(X) + H(Y|X) and I(X;Y) = H(X) + H(Y) - H(X,Y) compare independent computations. Where the
// terms of a sum cancel (mutual information of a nearly independent table), the marginals are carried in
// double-double arithmetic: the exact sum or product of doubles as an unevaluated pair hi + lo.
#include "info/joint.hpp"

#include "info/error.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace info {
namespace {

using Eigen::ArrayXd;
using Eigen::ArrayXXd;
using Eigen::Index;
constexpr double eps = std::numeric_limits<double>::epsilon();

// ------------------------------------------------------------------------------------------------
// Double-double arithmetic (T. J. Dekker, "A floating-point technique for extending the available
// precision", Numer. Math. 18, 1971; the error-free transformations of Ogita, Rump and Oishi, "Accurate
// sum and dot product", SIAM J. Sci. Comput. 26, 2005).
// ------------------------------------------------------------------------------------------------

// hi + lo, with |lo| <= ulp(hi)/2.
struct dd {
  double hi = 0.0;
  double lo = 0.0;
};

// a + b = s + e exactly (Knuth's TwoSum: no condition on the sizes of a and b).
dd two_sum(double a, double b) {
  const double s = a + b;
  const double bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}

// a * b = p + e exactly: the fused multiply-add rounds once, so a*b - p is exact.
dd two_prod(double a, double b) {
  const double p = a * b;
  return {p, std::fma(a, b, -p)};
}

// A compensated sum (Ogita-Rump-Oishi Sum2): the rounding error of every addition is kept and added at
// the end, so the result is as accurate as if summed in twice the working precision, whatever the order
// and the cancellation.
class accumulator {
 public:
  void add(double x) {
    const dd t = two_sum(s_, x);
    s_ = t.hi;
    c_ += t.lo;
  }
  [[nodiscard]] dd value() const { return two_sum(s_, c_); }

 private:
  double s_ = 0.0;
  double c_ = 0.0;
};

template <class Range>
dd careful_sum(const Range& values) {
  accumulator a;
  for (const double v : values) a.add(v);
  return a.value();
}

// (a.hi + a.lo)(b.hi + b.lo) to about 2^-100 relative: the product of the his exactly, plus the cross
// terms (the product of the los is below that).
dd times(dd a, dd b) {
  const dd p = two_prod(a.hi, b.hi);
  return two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

// Row sums (X's marginal) and column sums (Y's marginal) of a table, in double-double.
std::vector<dd> row_sums(const ArrayXXd& m) {
  std::vector<dd> s(static_cast<std::size_t>(m.rows()));
  for (Index x = 0; x < m.rows(); ++x) s[static_cast<std::size_t>(x)] = careful_sum(m.row(x));
  return s;
}
std::vector<dd> col_sums(const ArrayXXd& m) {
  std::vector<dd> s(static_cast<std::size_t>(m.cols()));
  for (Index y = 0; y < m.cols(); ++y) s[static_cast<std::size_t>(y)] = careful_sum(m.col(y));
  return s;
}
dd total(const ArrayXXd& m) { return careful_sum(m.reshaped()); }

// ------------------------------------------------------------------------------------------------
// Logarithms and sums of terms.
// ------------------------------------------------------------------------------------------------

// log(a / b) for a > 0 and b = b.hi + b.lo > 0. Where a is within a factor 2 of b.hi, a - b.hi is exact
// (Sterbenz), so log1p((a - b)/b) keeps the relative accuracy of a log-ratio near 0 that log(a/b) would
// lose in rounding a/b; elsewhere the plain ratio, or a difference of logs when it over- or underflows.
double log_ratio(double a, dd b) {
  const double r = a / b.hi;
  if (r >= 0.5 && r <= 2.0) return std::log1p(((a - b.hi) - b.lo) / b.hi);
  if (std::isfinite(r) && r > 0) return std::log(r);
  return std::log(a) - std::log(b.hi);
}

// phi(u) = (1 + u) log(1 + u) - u for u >= -1: non-negative, about u^2/2 near 0 (the Bregman divergence
// of x log x, so that p log(p/m) = m phi(p/m - 1) + (p - m)). Near 0 the direct form loses the digits
// of u that cancel against (1 + u) log1p(u); there the series sum_{k>=2} (-u)^k / (k (k-1)) is summed
// instead: at |u| <= 1/4 its terms fall by 4 at each step, and 30 of them reach below 2^-53 of the first.
double phi(double u) {
  if (u == -1.0) return 1.0;  // (1 + u) log(1 + u) -> 0: the limit 0 log 0 = 0
  if (std::abs(u) > 0.25) return (1 + u) * std::log1p(u) - u;
  double sum = 0.0;
  double power = u * u;  // (-u)^k for k = 2, with the sign folded in below
  for (int k = 2; k < 40; ++k) {
    const double term = power / (static_cast<double>(k) * (k - 1));
    sum += term;
    if (std::abs(term) <= 0.25 * eps * std::abs(sum)) break;
    power *= -u;
  }
  return sum;
}

// A sum of terms in nats, as a result in base b. Its rounding bound is that of n additions in any order
// and of each term's own few operations, (n + 4) eps sum |t| (N. J. Higham, "Accuracy and Stability of
// Numerical Algorithms", 2nd ed., section 4.2), as for the pmf measures.
result sum_of(const ArrayXd& terms, base b) {
  result r;
  r.method = method::sum;
  r.evaluations = static_cast<long>(terms.size());
  r.value = from_nats(terms.sum(), b);
  r.error = from_nats(static_cast<double>(terms.size() + 4) * eps * terms.abs().sum(), b);
  return r;
}

// The terms p log(p / d) for p > 0 (0 where p = 0: 0 log 0 = 0) of one row or column against its
// divisor d > 0, as conditional entropies need them (with the sign flipped).
template <class Cells>
void add_log_ratio_terms(const Cells& cells, dd divisor, std::vector<double>& out) {
  for (const double p : cells)
    if (p > 0) out.push_back(p * log_ratio(p, divisor));
}

ArrayXd as_array(const std::vector<double>& v) {
  return Eigen::Map<const ArrayXd>(v.data(), static_cast<Index>(v.size()));
}

// ------------------------------------------------------------------------------------------------
// Validation: the library's messages name the problem and the fix.
// ------------------------------------------------------------------------------------------------

std::string number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", x);
  return buf;
}

std::string cell(const std::string& name, Index x, Index y) {
  return name + "(" + std::to_string(x) + ", " + std::to_string(y) + ")";
}

// Rows of a table as an Eigen array, refusing an empty or ragged one.
ArrayXXd from_rows(const std::vector<std::vector<double>>& rows, const std::string& name, const char* example) {
  if (rows.empty() || rows.front().empty())
    throw invalid_distribution(name + " is empty: give at least one row of probabilities, for example " + example);
  const std::size_t n = rows.front().size();
  ArrayXXd m(static_cast<Index>(rows.size()), static_cast<Index>(n));
  for (std::size_t x = 0; x < rows.size(); ++x) {
    if (rows[x].size() != n)
      throw invalid_distribution(name + "'s row " + std::to_string(x) + " has " + std::to_string(rows[x].size()) +
                                 " entries but row 0 has " + std::to_string(n) +
                                 ": every row needs the same number of entries, one per column");
    for (std::size_t y = 0; y < n; ++y) m(static_cast<Index>(x), static_cast<Index>(y)) = rows[x][y];
  }
  return m;
}

std::vector<std::vector<double>> to_rows(std::initializer_list<std::initializer_list<double>> rows) {
  std::vector<std::vector<double>> v;
  v.reserve(rows.size());
  for (const auto& r : rows) v.emplace_back(r);
  return v;
}

// Every entry finite and >= 0 (and <= 1 for a channel), naming the first that is not.
void check_entries(const ArrayXXd& m, const std::string& name, bool at_most_one, const char* example) {
  if (m.size() == 0)
    throw invalid_distribution(name + " is empty: give at least one row of probabilities, for example " + example);
  for (Index x = 0; x < m.rows(); ++x)
    for (Index y = 0; y < m.cols(); ++y) {
      const double v = m(x, y);
      if (!std::isfinite(v))
        throw invalid_distribution(cell(name, x, y) + " is " + number(v) +
                                   ": every probability must be a finite number between 0 and 1");
      if (v < 0)
        throw invalid_distribution(cell(name, x, y) + " = " + number(v) +
                                   " is negative: probabilities must be at least 0");
      if (at_most_one && v > 1)
        throw invalid_distribution(cell(name, x, y) + " = " + number(v) +
                                   " is above 1: a channel's entries are probabilities W(y | x) between 0 and 1");
    }
}

const char* const joint_example = "{{0.25, 0.25}, {0.25, 0.25}}";
const char* const channel_example = "{{0.9, 0.1}, {0.1, 0.9}}";

ArrayXXd checked_joint(ArrayXXd m, const std::string& name) {
  check_entries(m, name, false, joint_example);
  const dd s = total(m);
  const double sum = s.hi + s.lo;
  if (std::abs(sum - 1.0) > pmf::sum_tolerance)
    throw invalid_distribution(name + " sums to " + number(sum) +
                               ", not 1: correct the numbers so they sum to 1, or rescale them yourself "
                               "(in C++, info::joint::normalised); nothing is ever normalised silently");
  return m;
}

ArrayXXd checked_channel(ArrayXXd w, const std::string& name) {
  check_entries(w, name, true, channel_example);
  for (Index x = 0; x < w.rows(); ++x) {
    const dd s = careful_sum(w.row(x));
    const double sum = s.hi + s.lo;
    if (std::abs(sum - 1.0) > pmf::sum_tolerance)
      throw invalid_distribution(name + "'s row " + std::to_string(x) + " (the outputs' distribution given x = " +
                                 std::to_string(x) + ") sums to " + number(sum) +
                                 ", not 1: correct that row so it sums to 1; nothing is ever normalised silently");
  }
  return w;
}

ArrayXd to_array(const std::vector<dd>& s) {
  ArrayXd a(static_cast<Index>(s.size()));
  for (std::size_t k = 0; k < s.size(); ++k) a[static_cast<Index>(k)] = s[k].hi + s[k].lo;
  return a;
}

void check_column(const joint& j, Index y, const char* what) {
  if (y < 0 || y >= j.cols())
    throw invalid_input(std::string(what) + ": y = " + std::to_string(y) + " is not a column of " + j.name() +
                        ": choose y in 0.." + std::to_string(j.cols() - 1));
  if (!(j.py()(y) > 0))
    throw invalid_input(std::string(what) + ": " + j.name() + "_Y(" + std::to_string(y) +
                        ") = 0, so Y = " + std::to_string(y) +
                        " never happens and nothing is conditioned on it: choose a y with " + j.name() + "_Y(y) > 0");
}

void check_parameter(double v, const char* what, const char* channel) {
  if (!(v >= 0 && v <= 1))
    throw invalid_input(std::string("the ") + channel + "'s " + what + " is " + detail::shortest(v) +
                        ": give a probability between 0 and 1");
}

}  // namespace

// ------------------------------------------------------------------------------------------------
// joint
// ------------------------------------------------------------------------------------------------

joint::joint(Eigen::ArrayXXd mass, std::string name)
    : mass_(checked_joint(std::move(mass), name)),
      name_(std::move(name)),
      px_(to_array(row_sums(mass_)), name_ + "_X"),
      py_(to_array(col_sums(mass_)), name_ + "_Y") {}

joint::joint(std::initializer_list<std::initializer_list<double>> rows, std::string name)
    : joint(to_rows(rows), std::move(name)) {}

joint::joint(const std::vector<std::vector<double>>& rows, std::string name)
    : joint(from_rows(rows, name, joint_example), name) {}  // (name copied: the order of evaluation is unspecified)

joint::joint(Eigen::ArrayXXd mass, std::string name, pmf px, pmf py)
    : mass_(std::move(mass)), name_(std::move(name)), px_(std::move(px)), py_(std::move(py)) {}

joint joint::normalised(Eigen::ArrayXXd weights, std::string name) {
  for (Index x = 0; x < weights.rows(); ++x)
    for (Index y = 0; y < weights.cols(); ++y)
      if (!std::isfinite(weights(x, y)) || weights(x, y) < 0)
        throw invalid_distribution("weight " + cell(name, x, y) + " is " + number(weights(x, y)) +
                                   ": weights to normalise must be finite and at least 0");
  const dd s = total(weights);
  if (weights.size() == 0 || !(s.hi > 0))
    throw invalid_distribution(name + " has no positive weight: there is nothing to normalise");
  return joint(weights / s.hi, std::move(name));
}

double joint::operator()(Index x, Index y) const noexcept {
  if (x < 0 || y < 0 || x >= rows() || y >= cols()) return 0.0;
  return mass_(x, y);
}

joint joint::named(std::string name) const {
  return joint(mass_, name, px_.named(name + "_X"), py_.named(name + "_Y"));
}

joint transpose(const joint& j) {
  return joint(j.mass_.transpose(), j.name_, j.py_.named(j.name_ + "_X"), j.px_.named(j.name_ + "_Y"));
}

pmf flatten(const joint& j) {
  ArrayXd cells(j.rows() * j.cols());
  for (Index x = 0; x < j.rows(); ++x)
    for (Index y = 0; y < j.cols(); ++y) cells[x * j.cols() + y] = j.mass()(x, y);
  return pmf(std::move(cells), j.name());
}

joint product_of_marginals(const joint& j) {
  // The outer product of two pmfs that sum to 1 within rounding sums to 1 within rounding.
  const ArrayXXd m = (j.px().mass().matrix() * j.py().mass().matrix().transpose()).array();
  return joint(m, j.px().name() + " " + j.py().name());
}

pmf x_given_y(const joint& j, Index y) {
  check_column(j, y, "P(X | Y = y)");
  const dd s = col_sums(j.mass())[static_cast<std::size_t>(y)];
  return pmf(j.mass().col(y) / s.hi, j.name() + "(X | Y = " + std::to_string(y) + ")");
}

pmf y_given_x(const joint& j, Index x) {
  if (x < 0 || x >= j.rows())
    throw invalid_input("P(Y | X = x): x = " + std::to_string(x) + " is not a row of " + j.name() +
                        ": choose x in 0.." + std::to_string(j.rows() - 1));
  if (!(j.px()(x) > 0))
    throw invalid_input("P(Y | X = x): " + j.name() + "_X(" + std::to_string(x) + ") = 0, so X = " +
                        std::to_string(x) + " never happens and nothing is conditioned on it: choose an x with " +
                        j.name() + "_X(x) > 0");
  const dd s = row_sums(j.mass())[static_cast<std::size_t>(x)];
  return pmf((j.mass().row(x) / s.hi).transpose(), j.name() + "(Y | X = " + std::to_string(x) + ")");
}

// ------------------------------------------------------------------------------------------------
// Entropies
// ------------------------------------------------------------------------------------------------

result joint_entropy(const joint& j, base b) {
  const ArrayXd m = j.mass().reshaped();
  return sum_of((m > 0).select(-m * m.log(), 0.0), b);
}

result conditional_entropy(const joint& j, base b) {
  // -sum p log(p / P_X(x)), row by row, against the row's sum in double-double: where one cell holds
  // nearly all of its row, log(p / P_X) is near 0 and log1p keeps it accurate.
  const std::vector<dd> px = row_sums(j.mass());
  std::vector<double> terms;
  for (Index x = 0; x < j.rows(); ++x) add_log_ratio_terms(j.mass().row(x), px[static_cast<std::size_t>(x)], terms);
  return sum_of(-as_array(terms), b);
}

result conditional_entropy_x_given_y(const joint& j, base b) {
  const std::vector<dd> py = col_sums(j.mass());
  std::vector<double> terms;
  for (Index y = 0; y < j.cols(); ++y) add_log_ratio_terms(j.mass().col(y), py[static_cast<std::size_t>(y)], terms);
  return sum_of(-as_array(terms), b);
}

result conditional_entropy_at(const joint& j, Index y, base b) {
  check_column(j, y, "H(X | Y = y)");
  // -sum_x (p/P_Y(y)) log(p/P_Y(y)) = -(1/P_Y(y)) sum_x p log(p/P_Y(y)): the column is never divided
  // cell by cell, so it need not sum to exactly 1.
  const dd py = col_sums(j.mass())[static_cast<std::size_t>(y)];
  std::vector<double> terms;
  add_log_ratio_terms(j.mass().col(y), py, terms);
  return sum_of(-as_array(terms) / py.hi, b);
}

// ------------------------------------------------------------------------------------------------
// Mutual information
// ------------------------------------------------------------------------------------------------

namespace {

// The two parts of each term p log(p/m), m = P_X(x) P_Y(y): bregman = m phi(p/m - 1) >= 0, and the
// remainder p - m (which sums to S(1 - S) over the table). Cells with m = 0 have p = 0: no term.
struct mi_parts {
  ArrayXXd bregman;
  ArrayXXd remainder;
};

mi_parts mutual_information_parts(const joint& j) {
  const ArrayXXd& p = j.mass();
  const std::vector<dd> px = row_sums(p);
  const std::vector<dd> py = col_sums(p);
  mi_parts parts{ArrayXXd::Zero(p.rows(), p.cols()), ArrayXXd::Zero(p.rows(), p.cols())};
  for (Index x = 0; x < p.rows(); ++x)
    for (Index y = 0; y < p.cols(); ++y) {
      const dd ax = px[static_cast<std::size_t>(x)];
      const dd by = py[static_cast<std::size_t>(y)];
      const dd m = times(ax, by);
      const double pxy = p(x, y);
      if (!(pxy > 0) && !(m.hi > 0)) continue;  // a zero marginal: P(x, y) = 0 too, and 0 log 0 = 0
      // p - m to the last bit of the difference: p - m.hi is exact where they are within a factor 2
      // (Sterbenz), which is where the difference is small and its accuracy matters.
      const double delta = (pxy - m.hi) - m.lo;
      if (m.hi >= std::numeric_limits<double>::min() && delta <= 1e6 * m.hi) {
        parts.bregman(x, y) = m.hi * phi(delta / m.hi);
      } else {
        // p far above m, or m below the normal doubles (it may even underflow to 0 while p > 0, as
        // p >= m only bounds m by p^2): (1 + u) log(1 + u) would overflow or lose m, so the term is
        // p log(p/m) - (p - m) from logs, where log(p/m) > 13 makes the subtraction harmless.
        const double log_p_over_m = std::log(pxy) - std::log(ax.hi) - std::log(by.hi);
        parts.bregman(x, y) = pxy * log_p_over_m - delta;
      }
      parts.remainder(x, y) = delta;
    }
  return parts;
}

}  // namespace

result mutual_information(const joint& j, base b) {
  const mi_parts parts = mutual_information_parts(j);
  // The remainders p - m sum to S - S_X S_Y = S(1 - S), S the table's exact sum (S_X = S_Y = S): 0 for
  // a table that sums to 1 exactly, and taken from S in double-double rather than summed, since the
  // remainders are far larger than I itself for a nearly independent table and would cancel.
  const dd s = total(j.mass());
  const double one_minus_s = (1.0 - s.hi) - s.lo;  // 1 - s.hi is exact: s.hi is within 1e-9 of 1
  const double remainder = s.hi * one_minus_s;
  const ArrayXd breg = parts.bregman.reshaped();
  result r;
  r.method = method::sum;
  r.evaluations = static_cast<long>(breg.size());
  const double nats = breg.sum() + remainder;
  // Rounding: (n + 4) eps for the sum of non-negative parts (Higham, as sum_of), plus 4 eps for phi and
  // for the rounding of delta/m that feeds it, plus a few eps of the remainder.
  const double rounding = static_cast<double>(breg.size() + 8) * eps * breg.sum() + 4 * eps * std::abs(remainder);
  // I(X;Y) >= 0 for a distribution. The parts m phi(u) are each >= 0, so the sum can fall below 0 only
  // through the remainder S(1 - S) < 0 of a table whose doubles sum to S slightly above 1 (decimal masses
  // rounded to doubles sum to 1 +- ulps), plus rounding. Such a value is 0 to within the table's own
  // rounding and is returned as 0; anything further below 0 would be a bug, and is left visible.
  r.value = nats < 0 && nats >= -(rounding + std::abs(remainder)) ? 0.0 : nats;
  r.value = from_nats(r.value, b);
  r.error = from_nats(rounding, b);
  return r;
}

ArrayXXd mutual_information_terms(const joint& j, base b) {
  const mi_parts parts = mutual_information_parts(j);
  return (parts.bregman + parts.remainder) / log_of_base(b);
}

// ------------------------------------------------------------------------------------------------
// Channels
// ------------------------------------------------------------------------------------------------

channel::channel(Eigen::ArrayXXd w, std::string name)
    : w_(checked_channel(std::move(w), name)), name_(std::move(name)) {}

channel::channel(std::initializer_list<std::initializer_list<double>> rows, std::string name)
    : channel(to_rows(rows), std::move(name)) {}

channel::channel(const std::vector<std::vector<double>>& rows, std::string name)
    : channel(from_rows(rows, name, channel_example), name) {}

channel channel::binary_symmetric(double crossover, std::string name) {
  check_parameter(crossover, "crossover probability", "binary symmetric channel");
  return channel({{1 - crossover, crossover}, {crossover, 1 - crossover}}, std::move(name));
}

channel channel::binary_erasure(double erasure, std::string name) {
  check_parameter(erasure, "erasure probability", "binary erasure channel");
  // outputs 0, 1 and 2 = erased
  return channel({{1 - erasure, 0.0, erasure}, {0.0, 1 - erasure, erasure}}, std::move(name));
}

channel channel::z(double flip, std::string name) {
  check_parameter(flip, "flip probability", "Z channel");
  return channel({{1.0, 0.0}, {flip, 1 - flip}}, std::move(name));
}

channel channel::noiseless(Index n, std::string name) {
  if (n < 1)
    throw invalid_input("a noiseless channel needs at least one symbol, got " + std::to_string(n) +
                        ": give n >= 1");
  return channel(ArrayXXd(Eigen::MatrixXd::Identity(n, n).array()), std::move(name));
}

double channel::operator()(Index x, Index y) const noexcept {
  if (x < 0 || y < 0 || x >= inputs() || y >= outputs()) return 0.0;
  return w_(x, y);
}

pmf channel::row(Index x) const {
  if (x < 0 || x >= inputs())
    throw invalid_input(name_ + " has no input x = " + std::to_string(x) + ": choose x in 0.." +
                        std::to_string(inputs() - 1));
  return pmf(w_.row(x).transpose(), name_ + "(. | " + std::to_string(x) + ")");
}

namespace {

void check_input(const channel& w, const pmf& input) {
  if (input.unbounded())
    throw incompatible_distributions(input.name() + " is an infinite family cut after " + std::to_string(input.size()) +
                                     " outcomes: a channel's input needs one probability per input symbol, as a list");
  if (input.size() != w.inputs())
    throw incompatible_distributions(input.name() + " has " + std::to_string(input.size()) + " outcomes but " +
                                     w.name() + " has " + std::to_string(w.inputs()) +
                                     " inputs: give one probability per input symbol (per row of the channel)");
}

// q(y) = sum_x r(x) W(y|x), each output's sum compensated.
ArrayXd output_masses(const ArrayXXd& w, const ArrayXd& r) {
  ArrayXd q(w.cols());
  for (Index y = 0; y < w.cols(); ++y) {
    accumulator a;
    for (Index x = 0; x < w.rows(); ++x) a.add(r[x] * w(x, y));
    const dd s = a.value();
    q[y] = s.hi + s.lo;
  }
  return q;
}

}  // namespace

pmf output(const channel& w, const pmf& input) {
  check_input(w, input);
  return pmf(output_masses(w.matrix(), input.mass()), input.name() + " " + w.name());
}

joint joint_of(const pmf& input, const channel& w) {
  check_input(w, input);
  const ArrayXXd m = w.matrix().colwise() * input.mass();
  return joint(m, input.name() + " " + w.name());
}

channel compose(const channel& a, const channel& b) {
  if (a.outputs() != b.inputs())
    throw incompatible_distributions(a.name() + " has " + std::to_string(a.outputs()) + " outputs but " + b.name() +
                                     " has " + std::to_string(b.inputs()) +
                                     " inputs: in series, the first channel's outputs must be the second's inputs");
  // Rows of a product of row-stochastic matrices sum to 1 within the rounding of the products.
  const ArrayXXd w = (a.matrix().matrix() * b.matrix().matrix()).array();
  return channel(w.min(1.0), a.name() + b.name());  // (a sum of products may round just above 1)
}

// ------------------------------------------------------------------------------------------------
// Capacity: the Blahut-Arimoto algorithm (R. E. Blahut, "Computation of channel capacity and
// rate-distortion functions", and S. Arimoto, "An algorithm for computing the capacity of arbitrary
// discrete memoryless channels", both IEEE Trans. Inf. Theory 18, 1972).
//
// The bounds. With q = rW and D_x = KL(W(.|x) || q): the lower bound sum_x r(x) D_x is I(r;W) itself,
// a rate the input r achieves. For the upper, take any input p with output pW: then
//   I(p;W) = sum_x p(x) KL(W(.|x) || pW) = sum_x p(x) D_x - KL(pW || q) <= sum_x p(x) D_x <= max_x D_x,
// so every rate, the capacity included, is at most max_x D_x. At the optimum D_x = C wherever r(x) > 0
// and D_x <= C elsewhere (the Kuhn-Tucker conditions), so the two bounds meet.
// ------------------------------------------------------------------------------------------------

capacity_result capacity(const channel& w, base b, double tolerance, long max_iterations) {
  if (!(tolerance >= 1e-14) || !std::isfinite(tolerance))
    throw invalid_input("the capacity's tolerance is " + detail::shortest(tolerance) +
                        " nats: give a finite tolerance of at least 1e-14 (the bounds' own rounding is near 1e-16)");
  if (max_iterations < 1)
    throw invalid_input("the capacity's iteration cap is " + std::to_string(max_iterations) + ": give at least 1");
  const ArrayXXd& W = w.matrix();
  const Index nx = W.rows();
  ArrayXd r = ArrayXd::Constant(nx, 1.0 / static_cast<double>(nx));
  ArrayXd d(nx);
  for (long it = 0;; ++it) {
    const ArrayXd q = output_masses(W, r);
    // D_x = KL(W(.|x) || q) = sum_y W log(W/q), 0 log 0 = 0. Where W(y|x) > 0, q(y) >= r(x) W(y|x) > 0
    // while r(x) > 0; an r(x) that underflowed to 0 could leave q(y) = 0, and D_x = +inf is then caught
    // below.
    for (Index x = 0; x < nx; ++x) {
      accumulator a;
      for (Index y = 0; y < W.cols(); ++y) {
        const double wy = W(x, y);
        if (!(wy > 0)) continue;
        a.add(q[y] > 0 ? wy * log_ratio(wy, dd{q[y], 0.0}) : std::numeric_limits<double>::infinity());
      }
      const dd s = a.value();
      d[x] = s.hi + s.lo;
    }
    const double upper = d.maxCoeff();
    double lower = 0.0;
    {
      accumulator a;
      for (Index x = 0; x < nx; ++x)
        if (r[x] > 0) a.add(r[x] * d[x]);
      const dd s = a.value();
      lower = s.hi + s.lo;
    }
    if (!std::isfinite(upper) || !std::isfinite(lower))
      throw unresolved("the capacity of " + w.name() + " could not be resolved: an input's probability underflowed "
                       "while it was the only way to reach an output (the bound became infinite)");
    // The gap is >= 0 in exact arithmetic (an average is at most the maximum); rounding of the sums can
    // leave lower a few ulps above upper when every D_x is the same, which is a gap of 0.
    const double gap = std::max(upper - lower, 0.0);
    if (gap <= tolerance) {
      pmf input(r, "r");
      pmf out(q, "rW");
      return capacity_result{from_nats(lower, b), from_nats(upper, b), from_nats(gap, b), std::move(input),
                             std::move(out), it, b};
    }
    if (it == max_iterations)
      throw unresolved("the capacity of " + w.name() + " did not converge: after " + std::to_string(max_iterations) +
                       " Blahut-Arimoto iterations its bounds are " + number(lower) + " and " + number(upper) +
                       " nats, " + number(gap) + " apart, above the tolerance " + number(tolerance) +
                       ": raise the tolerance or the iteration cap");
    // r(x) <- r(x) e^{D_x} / sum r e^{D}: shifted by the largest D so that no exponential overflows.
    r = r * (d - upper).exp();
    r /= careful_sum(r).hi;
  }
}

}  // namespace info
