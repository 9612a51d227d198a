/// \file json.hpp
/// \brief The answer as exactly one JSON object, for programs.
#pragma once

#include "evaluate.hpp"
#include "symbolic.hpp"

#include <string>

namespace infocalc {

/// One JSON object (and a newline): {"quantity", "P", "Q", "base", "unit", "value", "method",
/// "error_estimate", "evaluations"}, in that order, plus with --exact "exact" (ASCII in nats, "1/4*log(2)",
/// or "inf"), "exact_latex", "exact_bits" (ASCII in bits) and "exact_agrees" (the check of the double
/// against it), for a channel's capacity "iterations" (Blahut-Arimoto's) and "input" (the capacity-achieving
/// input distribution), "window" ([first, last]) when used and "terms" (rows {"x", "p", "q", "term"}) with --terms. Numbers are written in the shortest form that reads back as
/// the same double; an infinite value is the string "inf" (or "-inf": JSON has no infinity); a figure that
/// does not apply (Q for entropy, base and unit of a measure without a unit, the error estimate of a closed form or of a value decided without
/// integrating) is null; a sum's error estimate is the bound on its rounding. Text that is not
/// valid UTF-8 is written with U+FFFD in place of the bad bytes, so the output is always valid JSON.
[[nodiscard]] std::string to_json(const answer& a);

/// A derivation as one JSON object (and a newline): {"quantity", "family", "title", "latex_title", "steps"
/// (each {"rule", "identity", "text", "ascii", "latex"}), "result" ({"text", "ascii", "latex"}),
/// "p_parameters", "q_parameters"}.
[[nodiscard]] std::string to_json(const derived& d);

}  // namespace infocalc
