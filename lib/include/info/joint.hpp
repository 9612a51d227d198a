/// \file joint.hpp
/// \brief Joint distributions of two variables and channels: joint and conditional entropy, mutual
/// information, channel output, composition (data processing) and capacity by the Blahut-Arimoto algorithm.
///
/// Conventions: X indexes the rows and Y the columns, so \f$P(x, y)\f$ is `j(x, y)` and a channel's
/// \f$W(y \mid x)\f$ is `w(x, y)` (row x is the distribution of Y given X = x); \f$0 \log 0 = 0\f$.
/// Measures are computed in nats, each summed from its own definition (never one from the others, so that
/// \f$H(X,Y) = H(X) + H(Y \mid X)\f$ and \f$I(X;Y) = H(X) + H(Y) - H(X,Y)\f$ can be checked), and
/// returned as an info::result in the requested base.
#pragma once

#include "info/pmf.hpp"
#include "info/result.hpp"
#include "info/units.hpp"

#include <Eigen/Core>

#include <initializer_list>
#include <string>
#include <vector>

namespace info {

/// A joint probability mass function \f$P(x, y)\f$ on \f$x = 0, \dots, m-1\f$ (rows) and
/// \f$y = 0, \dots, n-1\f$ (columns).
///
/// Construction validates as info::pmf does: the table must be non-empty and rectangular, every mass
/// finite and non-negative, and the masses must sum to 1 within `pmf::sum_tolerance`. Nothing is ever
/// normalised silently; `joint::normalised` does it on request. The marginals are formed once, at
/// construction, with compensated sums.
class joint {
 public:
  /// Validates `mass` (X = row, Y = column); `name` ("P", "Q", ...) is used in error messages.
  /// \throws info::invalid_distribution naming the defect (empty, NaN, negative, sum) and the fix.
  explicit joint(Eigen::ArrayXXd mass, std::string name = "P");
  /// Same, from rows: `joint{{0.3, 0.2}, {0.1, 0.4}}` is \f$P(0,0) = 0.3\f$, \f$P(0,1) = 0.2\f$, ...
  /// \throws info::invalid_distribution also when the rows have different lengths.
  joint(std::initializer_list<std::initializer_list<double>> rows, std::string name = "P");
  /// Same, from rows held in std::vectors (a calculator's parsed table).
  explicit joint(const std::vector<std::vector<double>>& rows, std::string name = "P");

  /// Explicit normalisation: divides a table of non-negative finite `weights` by their sum.
  /// \throws info::invalid_distribution if a weight is negative or not finite, or all are zero.
  [[nodiscard]] static joint normalised(Eigen::ArrayXXd weights, std::string name = "P");

  /// The masses, X = row, Y = column.
  [[nodiscard]] const Eigen::ArrayXXd& mass() const noexcept { return mass_; }
  /// \f$P(x, y)\f$; 0 outside the table, as a pmf is 0 beyond its outcomes.
  [[nodiscard]] double operator()(Eigen::Index x, Eigen::Index y) const noexcept;
  /// The number of values of X (rows).
  [[nodiscard]] Eigen::Index rows() const noexcept { return mass_.rows(); }
  /// The number of values of Y (columns).
  [[nodiscard]] Eigen::Index cols() const noexcept { return mass_.cols(); }
  /// The name used in messages ("P").
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// Renames (the masses are unchanged).
  [[nodiscard]] joint named(std::string name) const;

  /// The marginal of X, \f$P_X(x) = \sum_y P(x, y)\f$ (row sums), named "<name>_X".
  [[nodiscard]] const pmf& px() const noexcept { return px_; }
  /// The marginal of Y, \f$P_Y(y) = \sum_x P(x, y)\f$ (column sums), named "<name>_Y".
  [[nodiscard]] const pmf& py() const noexcept { return py_; }

 private:
  joint(Eigen::ArrayXXd mass, std::string name, pmf px, pmf py);  // named(), transpose(): already valid
  Eigen::ArrayXXd mass_;
  std::string name_;
  pmf px_;
  pmf py_;
  friend joint transpose(const joint& j);
};

/// The same distribution with the roles swapped: \f$P'(y, x) = P(x, y)\f$ (Y becomes the row variable).
[[nodiscard]] joint transpose(const joint& j);

/// The table as one pmf over the \f$mn\f$ cells, row-major: cell (x, y) is outcome \f$x n + y\f$. Two
/// joints of the same shape flattened this way can be compared with the pmf measures, e.g.
/// \f$I(X;Y) = \mathrm{KL}(P_{XY} \,\|\, P_X P_Y)\f$ as `kl_divergence(flatten(j), flatten(product_of_marginals(j)))`.
[[nodiscard]] pmf flatten(const joint& j);

/// The product of the marginals, \f$P_X(x) P_Y(y)\f$: the independent distribution with the same
/// marginals, named "<name>_X <name>_Y".
[[nodiscard]] joint product_of_marginals(const joint& j);

/// The distribution of X given Y = y, \f$P(x \mid y) = P(x, y) / P_Y(y)\f$ (column y, divided by its sum).
/// \throws info::invalid_input if y is not a column or \f$P_Y(y) = 0\f$ (Y = y never happens).
[[nodiscard]] pmf x_given_y(const joint& j, Eigen::Index y);
/// The distribution of Y given X = x, \f$P(y \mid x) = P(x, y) / P_X(x)\f$ (row x, divided by its sum).
/// \throws info::invalid_input if x is not a row or \f$P_X(x) = 0\f$.
[[nodiscard]] pmf y_given_x(const joint& j, Eigen::Index x);

/// Joint entropy \f$H(X,Y) = -\sum_{x,y} P(x,y) \log_b P(x,y)\f$.
[[nodiscard]] result joint_entropy(const joint& j, base b = base::nats);

/// Conditional entropy \f$H(Y \mid X) = -\sum_{x,y} P(x,y) \log_b \frac{P(x,y)}{P_X(x)}\f$, summed from this
/// definition (never as \f$H(X,Y) - H(X)\f$): what remains uncertain about Y once X is known.
[[nodiscard]] result conditional_entropy(const joint& j, base b = base::nats);

/// Conditional entropy the other way, \f$H(X \mid Y) = -\sum_{x,y} P(x,y) \log_b \frac{P(x,y)}{P_Y(y)}\f$,
/// summed from this definition. It is the average of `conditional_entropy_at` over y:
/// \f$H(X \mid Y) = \sum_y P_Y(y)\, H(X \mid Y = y)\f$.
[[nodiscard]] result conditional_entropy_x_given_y(const joint& j, base b = base::nats);

/// The entropy of X once Y = y is observed, \f$H(X \mid Y = y) = -\sum_x P(x \mid y) \log_b P(x \mid y)\f$.
/// Conditioning reduces entropy on average, \f$H(X \mid Y) \le H(X)\f$, but one observation may raise it:
/// \f$H(X \mid Y = y) > H(X)\f$ is possible.
/// \throws info::invalid_input if y is not a column or \f$P_Y(y) = 0\f$.
[[nodiscard]] result conditional_entropy_at(const joint& j, Eigen::Index y, base b = base::nats);

/// Mutual information \f$I(X;Y) = \sum_{x,y} P(x,y) \log_b \frac{P(x,y)}{P_X(x) P_Y(y)}\f$, summed from
/// this definition (never as \f$H(X) + H(Y) - H(X,Y)\f$), and never negative.
///
/// Each term is summed as \f$m\,\varphi(u) + (p - m)\f$ with \f$p = P(x,y)\f$, \f$m = P_X(x)P_Y(y)\f$,
/// \f$u = p/m - 1\f$ and \f$\varphi(u) = (1+u)\log(1+u) - u \ge 0\f$: the parts \f$m\varphi(u)\f$ are
/// non-negative, so nothing cancels, and the parts \f$p - m\f$ add up to \f$S(1 - S)\f$ for a table whose
/// doubles sum to S (0 when S = 1), which is added exactly. The marginals and \f$m\f$ are held in double-double
/// precision, so that a nearly independent table (\f$I \approx 10^{-17}\f$) keeps about 15 digits.
[[nodiscard]] result mutual_information(const joint& j, base b = base::nats);

/// The terms \f$P(x,y) \log_b \frac{P(x,y)}{P_X(x) P_Y(y)}\f$ whose sum is I(X;Y), one per cell (0 where
/// \f$P(x,y) = 0\f$); some are negative.
[[nodiscard]] Eigen::ArrayXXd mutual_information_terms(const joint& j, base b = base::nats);

/// A discrete memoryless channel: the row-stochastic matrix \f$W(y \mid x)\f$, one row per input x and one
/// column per output y.
///
/// Construction validates: non-empty and rectangular, every entry finite and in [0, 1], every row summing to
/// 1 within `pmf::sum_tolerance`; a row that does not is named with its sum. Nothing is normalised silently.
class channel {
 public:
  /// Validates `w` (row x is the distribution of Y given X = x); `name` is used in messages.
  /// \throws info::invalid_distribution naming the defect (empty, entry, row and its sum) and the fix.
  explicit channel(Eigen::ArrayXXd w, std::string name = "W");
  /// Same, from rows: `channel{{0.9, 0.1}, {0.1, 0.9}}` is the binary symmetric channel with crossover 0.1.
  channel(std::initializer_list<std::initializer_list<double>> rows, std::string name = "W");
  /// Same, from rows held in std::vectors.
  explicit channel(const std::vector<std::vector<double>>& rows, std::string name = "W");

  /// The binary symmetric channel: each bit is flipped with probability `crossover`.
  /// \throws info::invalid_input unless \f$0 \le\f$ crossover \f$\le 1\f$.
  [[nodiscard]] static channel binary_symmetric(double crossover, std::string name = "BSC");
  /// The binary erasure channel: each bit is erased (output 2) with probability `erasure`, else passed.
  /// \throws info::invalid_input unless \f$0 \le\f$ erasure \f$\le 1\f$.
  [[nodiscard]] static channel binary_erasure(double erasure, std::string name = "BEC");
  /// The Z channel: 0 always arrives as 0; 1 arrives as 0 with probability `flip`, else as 1.
  /// \throws info::invalid_input unless \f$0 \le\f$ flip \f$\le 1\f$.
  [[nodiscard]] static channel z(double flip, std::string name = "Z");
  /// The noiseless channel on n symbols: the identity matrix.
  /// \throws info::invalid_input unless n >= 1.
  [[nodiscard]] static channel noiseless(Eigen::Index n, std::string name = "I");

  /// The matrix, \f$W(y \mid x)\f$ in row x, column y.
  [[nodiscard]] const Eigen::ArrayXXd& matrix() const noexcept { return w_; }
  /// \f$W(y \mid x)\f$ (note the order: input first, as in the matrix); 0 outside the matrix.
  [[nodiscard]] double operator()(Eigen::Index x, Eigen::Index y) const noexcept;
  /// The number of input symbols (rows).
  [[nodiscard]] Eigen::Index inputs() const noexcept { return w_.rows(); }
  /// The number of output symbols (columns).
  [[nodiscard]] Eigen::Index outputs() const noexcept { return w_.cols(); }
  /// The distribution of the output when the input is x: row x as a pmf.
  /// \throws info::invalid_input if x is not an input.
  [[nodiscard]] pmf row(Eigen::Index x) const;
  /// The name used in messages ("W").
  [[nodiscard]] const std::string& name() const noexcept { return name_; }

 private:
  Eigen::ArrayXXd w_;
  std::string name_;
};

/// The output distribution \f$P_Y(y) = \sum_x P_X(x)\, W(y \mid x)\f$ of a channel fed with `input`.
/// \throws info::incompatible_distributions unless input has one mass per input symbol.
[[nodiscard]] pmf output(const channel& w, const pmf& input);

/// The joint distribution \f$P(x, y) = P_X(x)\, W(y \mid x)\f$ of a channel's input and output.
/// \throws info::incompatible_distributions unless input has one mass per input symbol.
[[nodiscard]] joint joint_of(const pmf& input, const channel& w);

/// The channels in series, X → Y → Z: \f$W_{XZ}(z \mid x) = \sum_y W_{XY}(y \mid x)\, W_{YZ}(z \mid y)\f$,
/// the matrix product. By the data processing inequality \f$I(X;Z) \le I(X;Y)\f$ for any input.
/// \throws info::incompatible_distributions unless a's outputs are b's inputs.
[[nodiscard]] channel compose(const channel& a, const channel& b);

/// A channel's capacity as found by the Blahut-Arimoto algorithm.
struct capacity_result {
  double value = 0.0;   ///< the capacity, \f$I(r; W)\f$ of the input r below (a rate it achieves), in `unit`
  double upper = 0.0;   ///< an upper bound on the capacity, \f$\max_x \mathrm{KL}(W(\cdot \mid x) \,\|\, rW)\f$, in `unit`
  double gap = 0.0;     ///< upper - value, in `unit`: the true capacity lies within [value, upper]
  pmf input;            ///< the capacity-achieving input r (to within the gap)
  pmf output;           ///< the output distribution rW it produces
  long iterations = 0;  ///< Blahut-Arimoto updates of r; 0 when the uniform input already met the tolerance
  base unit = base::nats;  ///< the unit of value, upper and gap

  /// The value: reads as the capacity wherever a number is expected.
  operator double() const noexcept { return value; }  // NOLINT(google-explicit-constructor)
};

/// The capacity \f$C = \max_{P_X} I(X;Y)\f$ of a channel, by the Blahut-Arimoto algorithm, in nats
/// internally and converted to base b at the end.
///
/// From the uniform input r, each step computes the output \f$q = rW\f$ and
/// \f$D_x = \mathrm{KL}(W(\cdot \mid x) \,\|\, q)\f$, which bound the capacity on both sides:
/// \f$\sum_x r(x) D_x = I(r; W) \le C \le \max_x D_x\f$. It stops when the two bounds are within
/// `tolerance` nats, and otherwise updates \f$r(x) \leftarrow r(x)\, e^{D_x} / \sum_{x'} r(x')\, e^{D_{x'}}\f$.
/// \param w the channel, W(y|x) in row x.
/// \param b the unit of the result.
/// \param tolerance the gap, in nats, at which to stop: at least \f$10^{-14}\f$ (below it the bounds'
///        own rounding can keep them apart).
/// \param max_iterations the most updates allowed.
/// \throws info::invalid_input for a tolerance below \f$10^{-14}\f$ or not finite, or max_iterations < 1.
/// \throws info::unresolved when the gap is still above the tolerance after max_iterations updates (the
///         message gives the gap reached): raise the tolerance or the cap.
[[nodiscard]] capacity_result capacity(const channel& w, base b = base::nats, double tolerance = 1e-12,
                                       long max_iterations = 1'000'000);

}  // namespace info
