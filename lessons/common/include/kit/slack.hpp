/// \file slack.hpp
/// \brief How much a check on the student's own P and Q must allow, and why.
///
/// The walkthroughs check identities and inequalities on whatever numbers the student gives. A fixed
/// absolute tolerance fails correct computations there: a term −P log Q of size 700 (Q = 1e-300) carries
/// a rounding of 1e-13, and a list accepted because it sums to 1 within 1e-9 can legitimately make
/// KL slightly negative. These two functions give the slack the mathematics allows, no more.
#pragma once

#include <info/pmf.hpp>
#include <info/units.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace kit {

/// The rounding of a sum of n terms whose magnitudes add up to `magnitude`: 4 n ε magnitude (at least
/// 4 n ε, for sums near zero; an infinite sum has no rounding to allow for).
inline double rounding(Eigen::Index n, double magnitude) {
  const double size = std::isfinite(magnitude) ? std::max(1.0, std::abs(magnitude)) : 1.0;
  return 4.0 * static_cast<double>(n) * DBL_EPSILON * size;
}

/// How far below 0 KL(P‖Q) may fall when P and Q sum to 1 only within the pmf's 1e-9:
/// log x ≥ 1 − 1/x gives KL(P‖Q) ≥ ΣP − ΣQ, in nats, converted to base b.
inline double sum_slack(const info::pmf& p, const info::pmf& q, info::base b) {
  return info::from_nats(std::abs(p.mass().sum() - 1) + std::abs(q.mass().sum() - 1), b);
}

}  // namespace kit
