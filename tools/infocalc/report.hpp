/// \file report.hpp
/// \brief The human report: the value with its unit, the method, the error estimate, the chain-rule check.
#pragma once

#include "evaluate.hpp"

#include <string>

namespace infocalc {

/// The report for people, ending with a newline.
[[nodiscard]] std::string to_text(const answer& a);

}  // namespace infocalc
