// The canonical printer: the same expression gives the same text however GiNaC orders it inside, and
// each style is what its reader expects.
#include "info/symbolic/derive.hpp"
#include "info/symbolic/exact.hpp"

#include <doctest/doctest.h>

namespace sym = info::symbolic;

TEST_CASE("printer: sums of logs of primes in the order of the primes, coefficients in front") {
  const sym::expr h = sym::entropy(sym::read_exact("1/2,1/3,1/6"));
  CHECK(h.ascii() == "2/3*log(2) + 1/2*log(3)");
  CHECK(h.text() == "2/3·log(2) + 1/2·log(3)");
  CHECK(h.latex() == "\\frac{2}{3} \\ln 2 + \\frac{1}{2} \\ln 3");
  CHECK(sym::entropy(sym::read_exact("1/11,10/11")).ascii() == "-10/11*log(2) - 10/11*log(5) + log(11)");
}

TEST_CASE("printer: a sum inside a power or a product keeps one sign whatever GiNaC chose") {
  // (μ₁ − μ₂)² and (μ₂ − μ₁)² are one expression: the first in canonical order prints.
  const sym::derivation d = sym::derive(sym::quantity::kl, "normal");
  CHECK(d.result().ascii() == "log(σ₂/σ₁) + (σ₁^2 + (μ₁ - μ₂)^2)/(2*σ₂^2) - 1/2");
  CHECK(d.result().latex().find("\\left(\\mu_1 - \\mu_2\\right)^{2}") != std::string::npos);
  // 1 − p reads with the constant first inside a logarithm; (p − 1) as a factor takes the sign outside.
  const std::string bernoulli = sym::derive(sym::quantity::entropy, "bernoulli").result().text();
  CHECK(bernoulli == "(p - 1)·log(1 - p) - p·log(p)");
}

TEST_CASE("printer: derivations as text and LaTeX") {
  const sym::derivation d = sym::derive(sym::quantity::entropy, "exponential");
  const std::string text = sym::to_text(d);
  CHECK(text.rfind("H(exponential(λ))\n", 0) == 0);
  CHECK(text.find("✓ identity, checked") != std::string::npos);
  CHECK(text.find("    = -log(λ) + 1") != std::string::npos);
  const std::string tex = sym::to_latex(d);
  CHECK(tex.rfind("\\begin{aligned}", 0) == 0);
  CHECK(tex.find("&\\qquad \\Rightarrow ") != std::string::npos);
  CHECK(tex.find("(checked)") != std::string::npos);
}
