/// \file error.hpp
/// \brief The library's exceptions: every message names the defect and the fix.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace info {

/// Any input the library refuses. The message says what is wrong and how to fix it.
class invalid_input : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// A probability vector or distribution parameter that does not describe a distribution
/// (empty, negative, not finite, or not summing to 1).
class invalid_distribution : public invalid_input {
 public:
  using invalid_input::invalid_input;
};

/// Two distributions that cannot be compared (different outcome sets, continuous against discrete).
class incompatible_distributions : public invalid_input {
 public:
  using invalid_input::invalid_input;
};

/// A quantity that quadrature cannot resolve for these parameters (a density far beyond the double range,
/// mass below the smallest double, a log-density whose terms cancel): the integrator failed, or its value
/// is not finite where the quantity is, or its error estimate is as large as the value. The message names
/// the distributions and the reason; a closed form, where one exists, is the way out.
class unresolved : public invalid_input {
 public:
  using invalid_input::invalid_input;
};

/// A distribution spec that cannot be read; `position()` is the 0-based character offset of the problem.
class spec_error : public invalid_input {
 public:
  /// Builds the error; `what()` becomes "at character <position+1>: <message>".
  spec_error(std::size_t position, const std::string& message);
  /// The 0-based offset in the spec where the problem is.
  [[nodiscard]] std::size_t position() const noexcept { return position_; }

 private:
  std::size_t position_;
};

}  // namespace info
