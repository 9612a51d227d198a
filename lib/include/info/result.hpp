/// \file result.hpp
/// \brief The outcome of a numerical computation: its value, error estimate, cost and method.
#pragma once

#include <string>

namespace info {

/// A computed quantity with what it cost and how far to trust it.
struct result {
  double value = 0.0;       ///< the quantity, in the requested unit (may be +infinity)
  double error = 0.0;       ///< an estimate of the absolute error, in the same unit
  long evaluations = 0;     ///< integrand evaluations (or terms summed)
  std::string method;       ///< how it was computed: "closed form", "sum", "tanh-sinh", "exp-sinh + tanh-sinh", ...
};

}  // namespace info
