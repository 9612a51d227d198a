/// \file expr.hpp
/// \brief An exact or symbolic expression, as the symbolic layer hands it out.
///
/// The symbolic layer (target `info_symbolic`, optional through WORKBOOK_SYMBOLIC) does its algebra with
/// GiNaC, which is GPL-2+: `info` itself never includes or links it, and these public headers do not
/// include it either, so a lesson that does not use the layer does not pay GiNaC's compile time. GiNaC is
/// not thread safe: call the layer from one thread.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace info::symbolic {

/// Values for the parameters of a formula, by the name its text shows ("μ₁", "σ₂", "k₁", "n").
/// A double converts exactly (every double is a rational), so nothing is rounded before the evaluation.
using point = std::map<std::string, double>;

/// An expression held exactly: a rational combination of logarithms of primes (an exact entropy), or a
/// formula in named parameters (a derived KL). It never changes; copies share it.
///
/// Text and LaTeX come out in one canonical order, the same in every run: GiNaC orders the terms of a
/// sum by hash values that follow addresses, which change from run to run.
class expr {
 public:
  struct impl;

  expr();  ///< exactly 0
  explicit expr(std::shared_ptr<const impl> p);

  /// For a terminal: "log(σ₂/σ₁) + (σ₁² + (μ₁ - μ₂)²)/(2σ₂²) - 1/2", "1/4·log(2)".
  [[nodiscard]] std::string text() const;
  /// ASCII that a computer-algebra system reads back: "1/4*log(2) - 3/2*log(3)".
  [[nodiscard]] std::string ascii() const;
  /// LaTeX for the docs and MathJax: "\frac{1}{4} \ln 2".
  [[nodiscard]] std::string latex() const;

  /// Exactly zero, after every logarithm of a number is split into logarithms of primes
  /// (log 12 = 2 log 2 + log 3) and every rational function is normalised.
  [[nodiscard]] bool is_zero() const;
  /// +∞, as an exact KL is when Q has no mass where P has some.
  [[nodiscard]] bool is_infinite() const;

  /// The value at `at` (every parameter named), computed with 50 significant digits (log, exp, lgamma
  /// and ψ by Boost.Math in MPFR, never GiNaC's own evalf) and rounded once to a double.
  /// \throws info::invalid_input when a parameter is missing or a value is outside the formula's domain.
  [[nodiscard]] double value(const point& at = {}) const;
  /// The same value as a decimal string of `digits` significant digits.
  [[nodiscard]] std::string decimal(int digits, const point& at = {}) const;

  /// The entries of a list or the rows of a matrix (a gradient, a Fisher information); empty for
  /// anything else.
  [[nodiscard]] std::vector<expr> entries() const;

  /// The expression in bits: every natural logarithm log u becomes log₂ u (log₂ 2 = 1).
  [[nodiscard]] expr bits() const;

  friend expr operator-(const expr& a);
  friend expr operator+(const expr& a, const expr& b);
  friend expr operator-(const expr& a, const expr& b);
  friend expr operator*(const expr& a, const expr& b);

  [[nodiscard]] const impl& get() const { return *p_; }

 private:
  std::shared_ptr<const impl> p_;
};

/// The infinity an exact KL or cross-entropy takes when the supports do not nest.
[[nodiscard]] expr infinity();

/// The natural logarithm of an exact positive rational, as a sum over its prime factors:
/// log(12/25) = 2·log(2) + log(3) − 2·log(5). Sums of such logarithms then cancel exactly.
/// \throws info::invalid_input for anything but a positive rational (log 0 is −∞: decide that first).
[[nodiscard]] expr log(const expr& x);

}  // namespace info::symbolic
