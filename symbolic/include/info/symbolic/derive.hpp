/// \file derive.hpp
/// \brief Closed forms derived step by step from a family's log-density, every identity step checked.
///
/// An exponential family writes its log-density as
/// \f$\log p(x) = \log h(x) + \eta(\theta)\cdot T(x) - A(\theta)\f$: sufficient statistics T, natural
/// parameters η and the log-partition A. Then the entropy, the cross-entropy and the KL divergence need
/// only the moments \f$E_P[T]\f$:
/// \f[ \mathrm{KL}(P\|Q) = (\eta_P - \eta_Q)\cdot E_P[T] - A(\eta_P) + A(\eta_Q), \f]
/// and, since \f$E_P[T] = \nabla A(\eta_P)\f$, KL is the Bregman divergence of A:
/// \f[ \mathrm{KL}(P\|Q) = A(\eta_Q) - A(\eta_P) - (\eta_Q - \eta_P)\cdot\nabla A(\eta_P). \f]
///
/// A derivation is a list of steps. A step marked `identity` equals the step before it, and the layer
/// checks that exactly (the difference simplifies to 0) before it records the step: a slip in a
/// derivation refuses to print. The other steps apply a rule that is not an identity of expressions
/// (taking an expectation, substituting parameters) and say so.
#pragma once

#include "info/symbolic/expr.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace info::symbolic {

/// What a derivation derives.
enum class quantity { entropy, cross_entropy, kl };

/// One line of a derivation.
struct step {
  expr value;
  std::string rule;       ///< why this line follows ("collect the sufficient statistics")
  bool identity = false;  ///< checked to equal the line before it
};

struct derivation {
  std::string title;        ///< "KL(normal(μ₁, σ₁) ‖ normal(μ₂, σ₂))"
  std::string latex_title;  ///< the same in LaTeX
  std::vector<step> steps;  ///< the last step's value is the result
  /// The names of the parameters the result is written in, P's and Q's, each in the order info's spec
  /// takes them ({"μ₁", "σ₁"} and {"μ₂", "σ₂"}); a parameter they share (binomial's n) is in both.
  std::vector<std::string> p_parameters, q_parameters;

  [[nodiscard]] const expr& result() const { return steps.back().value; }
  /// The result at P's and Q's parameters, as info's spec takes them: value({0, 1}, {1, 2}) for
  /// KL(normal(0, 1) ‖ normal(1, 2)). Computed with 50 digits and rounded once.
  [[nodiscard]] double value(const std::vector<double>& p, const std::vector<double>& q = {}) const;
};

/// The families the layer derives closed forms for: normal, exponential, gamma, beta, chi_squared,
/// poisson, bernoulli, geometric, binomial (KL only with the same n).
[[nodiscard]] std::vector<std::string> derivable_families();

/// Derives H(P), H(P,Q) or KL(P‖Q) within a family by moment substitution: write the log-density in its
/// sufficient statistics, take the expectation under P by substituting the textbook moments, simplify,
/// and end on the closed form that info/closed_forms.hpp evaluates (checked equal).
/// \throws info::invalid_input for an unknown family, two different families, or a quantity without a
/// closed form (the entropy of poisson or binomial needs \f$E[\log k!]\f$, a series).
[[nodiscard]] derivation derive(quantity what, std::string_view family);

/// KL(P‖Q) within a family by the Bregman form of its log-partition A(η): differentiates A, substitutes
/// the natural parameters, and ends on the same closed form as derive() (checked equal). One of its
/// steps checks that ∇A(η_P) equals the textbook moments that derive() substitutes.
[[nodiscard]] derivation bregman(std::string_view family);

/// The Fisher information of normal(μ, σ) as the curvature of KL: the Hessian of
/// KL(normal(μ, σ) ‖ normal(μ + δμ, σ + δσ)) in (δμ, δσ) at 0, checked against −E[∇² log p] by moments.
/// Its result is the matrix diag(1/σ², 2/σ²), written as a list of rows.
[[nodiscard]] derivation fisher_normal();

/// The gradient of the softmax cross-entropy loss L(z) = −Σ yᵢ log softmax(z)ᵢ for `classes` classes
/// with one-hot y: ∂L/∂zⱼ = softmax(z)ⱼ − yⱼ, checked for every j.
[[nodiscard]] derivation softmax_gradient(int classes = 3);

/// The derivation as plain text for a terminal: the title, then one line per step with its rule.
[[nodiscard]] std::string to_text(const derivation& d);
/// The derivation as a LaTeX aligned block (for MathJax), the rules as \text{}.
[[nodiscard]] std::string to_latex(const derivation& d);

}  // namespace info::symbolic
