/// \file evaluate.hpp
/// \brief Turning a request into numbers: reading the specs, choosing the method, calling the library.
///
/// Nothing here prints. The answer carries every figure with the method that produced it, so that the
/// report and the JSON say exactly how each number was obtained.
#pragma once

#include "request.hpp"
#include "symbolic.hpp"

#include "info/check.hpp"
#include "info/result.hpp"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace infocalc {

/// One computed number as the report and the JSON show it, with the library's result it came from.
struct figure {
  double value = 0.0;
  std::string method;               ///< for people: "closed form", "sum over 11 outcomes", "quadrature (exp-sinh + tanh-sinh)", ...
  std::string key;                  ///< for JSON: "closed-form", "sum", "quadrature" or "analytic" (decided without integrating)
  std::optional<double> error;      ///< quadrature's error estimate or a sum's rounding bound (same unit as the value)
  std::optional<long> evaluations;  ///< integrand evaluations, terms summed, or 0 for a closed form
  info::result source;              ///< the library's result (the chain-rule check reads its error bound)
};

/// The chain rule \f$H(P,Q) = H(P) + \mathrm{KL}(P\,\|\,Q)\f$ with its three figures computed separately:
/// the cross-entropy from its own sum or integral, never as H + KL.
struct chain_rule {
  figure cross_entropy;
  figure entropy;
  figure kl;
  info::check check;
};

/// The exact value beside the double (--exact), and the check that the two agree.
struct exact_figure {
  exact_value value;
  info::check check;  ///< the double = the exact value in the answer's unit, within the double's error bound
};

/// One row of the table of per-outcome contributions.
struct term_row {
  Eigen::Index outcome = 0;
  double p = 0.0;
  double q = 0.0;
  double term = 0.0;
};

/// What the Blahut-Arimoto algorithm adds to a channel's capacity.
struct capacity_figures {
  long iterations = 0;        ///< updates of the input distribution
  double upper = 0.0;         ///< the upper bound max_x KL(W(.|x) || rW), in the answer's unit
  double gap = 0.0;           ///< upper - value, in the answer's unit
  std::vector<double> input;  ///< the capacity-achieving input r
};

/// Everything the report and the JSON present.
struct answer {
  quantity what = "entropy";
  info::base unit = info::base::nats;
  std::optional<info::window> window;
  bool continuous = false;
  std::string symbol;                 ///< "KL(P || Q)", "h(P)", ...
  std::string density_note;           ///< what to say of it for densities (differential entropy can be negative)
  std::string p_name = "P";           ///< what P is: "P", or "J" for a joint table, "W" for a channel
  std::string p_note;                 ///< said of it in the report: "X the row, Y the column"
  std::string p;                      ///< P as the library describes it (or the probability, for surprisal)
  std::optional<std::string> q;       ///< Q likewise
  figure value;
  std::optional<chain_rule> identity;  ///< for kl and cross-entropy
  std::optional<exact_figure> exact;   ///< with --exact
  std::string why_infinite;           ///< set when the value is +infinity
  std::optional<std::vector<term_row>> terms;  ///< with --terms
  std::string terms_heading;          ///< what a term is, e.g. "P(x) log(P(x)/Q(x))"
  std::vector<std::string> notes;     ///< cuts of infinite supports, window masses
  bool unitless = false;              ///< a number without a unit (TV, Hellinger, chi-squared)
  std::string bound_note;             ///< what a sum's error bound is
  std::optional<capacity_figures> capacity;  ///< for a channel's capacity
};

/// Computes what `r` asks for.
/// \throws usage_error or info::invalid_input for invalid input (exit status 2);
/// \throws std::logic_error if the library returns NaN (never printed as a result).
[[nodiscard]] answer evaluate(const request& r);

/// The unit of the answer: "nats", "bits", "bans", or their square roots for the JS distance; empty for a
/// measure without a unit.
[[nodiscard]] std::string unit_of(const answer& a);

}  // namespace infocalc
