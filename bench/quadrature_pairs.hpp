// The continuous KL pairs of the quadrature budget (issue "quadrature at Boost's count"): one list, read by
// bench/quadrature_bench.cpp (time and evaluations per KL) and tests/unit/quadrature_budget_test.cpp (every
// pair to 1e-12, an error estimate that covers the actual error, and the median evaluation count).
//
// The pairs cover every continuous family of the workbook (normal, exponential, gamma with shape below 1,
// beta with singular ends, uniform, laplace and its kinks, logistic, cauchy, lognormal, students_t, rayleigh,
// weibull with shape below 1, chi_squared) and mixtures: the same-family pairs of closed_forms_test.cpp, the
// cross-family pairs of continuous_measures_test.cpp, lesson 08's gamma pair, and two more with a kink or a
// singular end in P (laplace || normal, weibull(0.6) || exponential).
//
// Provenance: every value is printed by tests/reference/generate.py (/usr/bin/python3, mpmath 1.3.0,
// mp.dps = 30) under the name "kl <P>||<Q>", and copied here to its 25 significant digits: mpmath.quad of
// p (log p - log q) over P's support, split at the support ends, at both densities' kinks and at P's centre
// plus or minus 1, 4, 12 and 40 widths, with the parameters as the doubles the specs parse to. Where the pair
// has a closed form (same-family pairs; and those marked "closed form" below) the script checks the
// quadrature against it, evaluated separately in mpmath, to 1e-22 relative.
#pragma once

#include <cmath>

namespace bench {

/// A pair of densities as specs (info::parse_density) and KL(P||Q) in nats.
struct pair {
  const char* p;
  const char* q;
  double kl_nats;
};

/// The budget: the median number of integrand evaluations per KL over the pairs, which is Boost's own
/// sinh-sinh count for normal(0, 1) || normal(1, 2) at its default tolerance (sqrt(epsilon)).
inline constexpr long median_evaluations = 151;

/// KL(P||Q) is to be right to this relative error, or to this absolute error when |KL| is below `tiny`
/// (laplace(0, 1) || laplace(0.001, 1) = 5.0e-7 is computed as the small difference of two half-lines).
inline constexpr double tolerance = 1e-12;
inline constexpr double tiny = 1e-6;

/// True when `value` is within the tolerance of `reference`.
inline bool within(double value, double reference) {
  const double size = std::abs(reference) < tiny ? 1.0 : std::abs(reference);
  return std::abs(value - reference) <= tolerance * size;
}

// clang-format off
inline constexpr pair pairs[] = {
    // Same family (generate.py continuous_kls, each checked against its closed form).
    {"normal(0, 1)", "normal(1, 2)", 0.4431471805599453094172321},
    {"normal(100, 0.01)", "normal(100.02, 0.015)", 1.016576219218921834371587},
    {"exponential(1)", "exponential(3)", 0.9013877113318903086047548},
    {"exponential(3)", "exponential(1)", 0.4319456220014430247285786},
    {"gamma(2.5, 1.5)", "gamma(4, 0.8)", 0.1254070000977744712002979},
    {"gamma(0.5, 2)", "gamma(1.5, 1)", 0.730642074621560205897896},
    {"beta(2, 5)", "beta(3, 3)", 0.7166666666666666666666667},
    {"beta(0.5, 0.5)", "beta(2, 2)", 1.222393728282216681547488},
    {"uniform(0, 1)", "uniform(-1, 2)", 1.098612288668109691395245},
    {"laplace(0, 1)", "laplace(1, 2)", 0.377086901145666470214994},
    {"laplace(1, 2)", "laplace(0.5, 0.7)", 0.8896086842767649154106578},
    {"laplace(0, 1)", "laplace(0.001, 1)", 4.998333749916680761634445e-7},
    {"cauchy(0, 1)", "cauchy(1, 3)", 0.3483066942682157700198251},
    {"cauchy(2, 0.5)", "cauchy(-1, 1)", 1.727220948090483829139553},
    // Across families and with mixtures (generate.py cross_family_kls; "closed form": checked against one).
    {"normal(0, 1)", "laplace(0, 1)", 0.0720932081581379235167945},
    {"normal(0, 1)", "laplace(3, 1)", 2.274972955989368014828196},
    {"gamma(2, 1)", "lognormal(0, 1)", 0.1763475338280467153561891},
    {"students_t(3)", "normal(0, 1)", 0.6454609613413817936875834},
    {"rayleigh(1)", "weibull(1.5, 1)", 0.1691905392489321044484602},
    {"logistic(0, 1)", "normal(0, 1)", 0.5638726000528991782527449},
    {"beta(2, 3)", "uniform(0, 1)", 0.2349066497880003102297095},
    {"normal(0, 1)", "cauchy(0, 1)", 0.2592445324888622636182158},
    {"lognormal(0, 0.5)", "normal(1, 1)", 0.3843593628431830660125503},
    {"uniform(0, 1)", "beta(0.5, 0.5)", 0.1447298858494001741434274},  // closed form
    {"gamma(0.5, 1)", "exponential(1)", 0.4093900700860116526487745},  // closed form
    {"beta(0.5, 2)", "beta(2, 0.5)", 3.579441541679835928251696},  // closed form
    {"exponential(1)", "chi_squared(3)", 0.7075463656554391720835858},
    {"weibull(5, 3)", "gamma(9, 0.3)", 0.1342349341517718484745752},
    {"cauchy(0, 1)", "students_t(1.5)", 0.03790026397893501353504301},
    {"mixture(0.5*normal(-2, 0.6), 0.5*normal(2, 0.6))", "normal(2, 0.6)", 10.41920498729676241073661},
    {"normal(1.5, 0.8)", "mixture(0.5*normal(-2, 0.6), 0.5*normal(2, 0.6))", 1.023566693088222658330603},
    {"mixture(0.3*laplace(0, 1), 0.7*gamma(3, 1))", "normal(1, 2)", 0.1761581709370388390559609},
    {"gamma(2, 1)", "gamma(3, 2)", 1.349804387141314098275441},  // closed form
    {"laplace(0, 1)", "normal(0, 1)", 0.2257913526447274323630976},  // closed form
    {"weibull(0.6, 1)", "exponential(1)", 0.3785603077532539805034116},  // closed form
};
// clang-format on

}  // namespace bench
