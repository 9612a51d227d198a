// Internal: how the library spells numbers in specs and messages.
#pragma once

#include <charconv>
#include <string>

namespace info::detail {

/// The shortest decimal that reads back as the same double ("0.5", "1e-17", "0.1").
inline std::string shortest(double x) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  return ec == std::errc{} ? std::string(buf, end) : std::string("?");
}

}  // namespace info::detail
