/// \file random.hpp
/// \brief Seeded random distributions for the lessons' property checks (the same numbers on every machine).
#pragma once

#include <info/pmf.hpp>

#include <cmath>
#include <random>
#include <string>

namespace kit {

/// A random pmf on n outcomes from the raw output of a seeded std::mt19937, whose sequence the C++
/// standard fixes (std::uniform_real_distribution is not portable across libraries). Weights u³, u
/// uniform on (0, 1], give some outcomes very little mass; they are normalised explicitly.
inline info::pmf random_pmf(std::mt19937& rng, Eigen::Index n, const std::string& name = "P") {
  Eigen::ArrayXd w(n);
  for (double& x : w) x = std::pow((static_cast<double>(rng()) + 1.0) / 4294967296.0, 3);
  return info::pmf::normalised(w, name);
}

}  // namespace kit
