/// \file command_line.hpp
/// \brief Reading infocalc's command line (CLI11) into a request.
#pragma once

#include "request.hpp"

#include <string>
#include <variant>

namespace infocalc {

/// The help text, when --help was asked for.
struct help {
  std::string text;
};

/// Reads the arguments: a measure (infocalc QUANTITY P [Q] ...), a derivation (infocalc derive QUANTITY
/// FAMILY [FAMILY] ...), or the help text for --help.
/// \throws usage_error with one line naming the problem, for any argument CLI11 or the calculator refuses.
[[nodiscard]] std::variant<request, derive_request, help> read_command_line(int argc, const char* const* argv);

}  // namespace infocalc
