/// \file symbolic.hpp
/// \brief The calculator's one door to the symbolic layer (info_symbolic): exact values and derivations.
///
/// Nothing here names GiNaC or the layer's types, so the rest of the calculator compiles the same with
/// and without the layer. symbolic.cpp holds two implementations: the layer's, and, in a build configured
/// with WORKBOOK_SYMBOLIC=OFF, one whose every function refuses with the way to get the layer.
#pragma once

#include "request.hpp"

#include <string>
#include <vector>

namespace infocalc {

/// An exact value as the report and the JSON show it. A measure of rational masses is a rational
/// combination of logarithms of primes, Σ c_p log p; in bits every log p becomes log₂ p.
struct exact_value {
  bool infinite = false;          ///< +∞: Q has no mass where P has some
  std::string text, ascii, latex;  ///< in nats: "1/4·log(2)", "1/4*log(2)", "\frac{1}{4} \ln 2"
  std::string bits_text, bits_ascii;  ///< in bits: "1/4"
  double nats = 0.0;              ///< the value, with 50 digits and rounded once
  double bits = 0.0;              ///< likewise in bits
};

/// The exact measures of P (and Q), each spec read exactly: a list of fractions or decimals, bernoulli(p),
/// binomial(n, p) with p rational. Q is null for the entropy.
/// \throws info::invalid_input for a spec that is not rational (poisson, a density, 0.3333 three times).
[[nodiscard]] exact_value exact_entropy(const std::string& p, const std::string* q);
[[nodiscard]] exact_value exact_cross_entropy(const std::string& p, const std::string* q);
[[nodiscard]] exact_value exact_kl(const std::string& p, const std::string* q);
[[nodiscard]] exact_value exact_js(const std::string& p, const std::string* q);

/// One line of a derivation, in the three notations.
struct derived_step {
  std::string rule;
  bool identity = false;  ///< checked by the layer to equal the line before
  std::string text, ascii, latex;
};

/// A derivation as infocalc prints it: the layer's own text and LaTeX renderings and its parts for JSON.
struct derived {
  quantity what;
  std::string family;
  std::string title, latex_title;
  std::vector<derived_step> steps;  ///< the last one is the result
  std::vector<std::string> p_parameters, q_parameters;
  std::string text;   ///< to_text: the title and one line per step
  std::string latex;  ///< to_latex: an aligned block
};

/// The derivation `r` asks for.
/// \throws info::invalid_input for an unknown family or a quantity without a closed form (entropy poisson).
[[nodiscard]] derived derive(const derive_request& r);

/// The families derive() takes, in the layer's order; none without the layer.
[[nodiscard]] std::vector<std::string> derivable_families();

/// Returns when the symbolic layer is built in. \throws usage_error saying how to build it otherwise.
void require_symbolic();

}  // namespace infocalc
