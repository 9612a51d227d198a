/// \file json.hpp
/// \brief The answer as exactly one JSON object, for programs.
#pragma once

#include "evaluate.hpp"

#include <string>

namespace infocalc {

/// One JSON object (and a newline): {"quantity", "P", "Q", "base", "unit", "value", "method",
/// "error_estimate", "evaluations"}, plus "window" when used and "terms" with --terms. Numbers carry 17
/// significant digits; an infinite value is the string "inf" (JSON has no infinity); a figure that does not
/// apply (Q for entropy, the error estimate of a sum or a closed form) is null.
[[nodiscard]] std::string to_json(const answer& a);

/// `text` as a JSON string literal, quotes included.
[[nodiscard]] std::string json_string(const std::string& text);

}  // namespace infocalc
