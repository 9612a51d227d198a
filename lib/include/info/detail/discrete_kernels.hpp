/// \file detail/discrete_kernels.hpp
/// \brief Numerical machinery: the logarithms the discrete measures need, for a block of outcomes at a time.
///
/// A measure is a sum of a mass times a logarithm: \f$-P\log P\f$, \f$-P\log Q\f$, \f$P\log(P/Q)\f$, and for
/// JS \f$\tfrac12 P\log(2P/(P+Q)) + \tfrac12 Q\log(2Q/(P+Q))\f$. These functions fill the logarithms for m
/// outcomes; discrete_measures.cpp multiplies and sums them block by block, so that no array as long as
/// the pmfs is ever made. Where the processor has AVX2 and FMA, four outcomes are done at once with a
/// vectorised logarithm (fdlibm's, within one ulp); elsewhere one at a time with std::log.
///
/// Every log-ratio is right to a few ulps of itself, however near 1 the ratio: nearly equal pmfs make
/// KL a sum of terms that cancel to second order, and a log-ratio right only to an ulp of 1 would leave
/// KL = 1e-12 with 4 correct digits.
///
/// The kernels are exact only for *regular* outcomes, where both masses are normal doubles (at least
/// 2.2e-308). Each returns false when some outcome of the block is not; the caller then recomputes those
/// outcomes one at a time, with the care zeros, subnormals and underflowed family masses need.
#pragma once

#include <cstddef>

namespace info::detail {

/// \f$\log P(k)\f$ for k < m. False when some \f$P(k)\f$ is below the smallest normal double.
bool log_of(const double* p, double* out, std::ptrdiff_t m);
/// \f$\log(P(k)/Q(k))\f$ for k < m. False when some P(k) or Q(k) is below the smallest normal double.
bool log_ratio(const double* p, const double* q, double* out, std::ptrdiff_t m);
/// \f$\log(2P/(P+Q))\f$ into `to_p` and \f$\log(2Q/(P+Q))\f$ into `to_q`, for k < m; the sum P + Q is never
/// rounded into them. False when some P(k) or Q(k) is below the smallest normal double.
bool log_ratio_to_midpoint(const double* p, const double* q, double* to_p, double* to_q, std::ptrdiff_t m);

/// The same logarithms one outcome at a time, from std::log and std::log1p: for outcomes the kernels
/// leave to the caller, and the reference the kernels are tested against. a, b > 0.
double log_ratio_of(double a, double b);
/// \f$\log(2a/(a+b))\f$ for a > 0, b >= 0.
double log_ratio_to_midpoint_of(double a, double b);

/// True when the four-at-a-time kernels are in use (the processor has AVX2 and FMA).
bool vectorised() noexcept;

}  // namespace info::detail
