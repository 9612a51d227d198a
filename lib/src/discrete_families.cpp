// Boost.Math's discrete families as pmfs over their whole support.
//
// A finite support (binomial, bernoulli) is stored in full. An infinite one (poisson, geometric,
// negative binomial) is cut at the first K with P(X > K) < 1e-17: the mass left out is far below
// the 1e-9 a pmf may be off by, and below what a double resolves next to 1, so every measure is
// unaffected to working precision; the cut stays visible through pmf::tail() and pmf::unbounded().
#include "info/discrete_families.hpp"

#include "info/error.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace info {
namespace {

// The family's law in extended precision (x87 long double, 64-bit significand).
template <class Extended>
pmf::law law_of(Extended e) {
  return [e](Eigen::Index k) { return pdf(e, static_cast<long double>(k)); };
}
using ld = long double;
pmf::law law_of(const boost::math::binomial& d) {
  return law_of(boost::math::binomial_distribution<ld>(d.trials(), d.success_fraction()));
}
pmf::law law_of(const boost::math::poisson& d) { return law_of(boost::math::poisson_distribution<ld>(d.mean())); }
pmf::law law_of(const boost::math::geometric& d) {
  return law_of(boost::math::geometric_distribution<ld>(d.success_fraction()));
}
pmf::law law_of(const boost::math::negative_binomial& d) {
  return law_of(boost::math::negative_binomial_distribution<ld>(d.successes(), d.success_fraction()));
}
pmf::law law_of(const boost::math::bernoulli& d) {
  return law_of(boost::math::bernoulli_distribution<ld>(d.success_fraction()));
}

// The families' log laws, exact to rounding wherever the family has mass and -inf exactly off its
// support, so that a mass far below the smallest double (poisson(3) at k = 224 is 1e-325) is never
// taken for a zero. 0 log 0 is 0 for the degenerate success fractions 0 and 1.
constexpr double minus_inf = -std::numeric_limits<double>::infinity();
double times_log(double k, double x) { return k == 0 ? 0.0 : k * std::log(x); }
double times_log1m(double k, double p) { return k == 0 ? 0.0 : k * std::log1p(-p); }
double log_choose(double n, double k) { return std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1); }

pmf::log_law log_law_of(const boost::math::binomial& d) {
  return [n = d.trials(), p = d.success_fraction()](Eigen::Index i) {
    const double k = static_cast<double>(i);
    if (k < 0 || k > n) return minus_inf;
    return log_choose(n, k) + times_log(k, p) + times_log1m(n - k, p);
  };
}
pmf::log_law log_law_of(const boost::math::poisson& d) {
  return [m = d.mean()](Eigen::Index i) {
    const double k = static_cast<double>(i);
    return k < 0 ? minus_inf : times_log(k, m) - m - std::lgamma(k + 1);
  };
}
pmf::log_law log_law_of(const boost::math::geometric& d) {
  return [p = d.success_fraction()](Eigen::Index i) {
    const double k = static_cast<double>(i);
    return k < 0 ? minus_inf : std::log(p) + times_log1m(k, p);
  };
}
pmf::log_law log_law_of(const boost::math::negative_binomial& d) {
  return [r = d.successes(), p = d.success_fraction()](Eigen::Index i) {
    const double k = static_cast<double>(i);
    if (k < 0) return minus_inf;
    return std::lgamma(r + k) - std::lgamma(r) - std::lgamma(k + 1) + r * std::log(p) + times_log1m(k, p);
  };
}
pmf::log_law log_law_of(const boost::math::bernoulli& d) {
  return [p = d.success_fraction()](Eigen::Index i) {
    if (i == 0) return times_log1m(1, p);
    return i == 1 ? times_log(1, p) : minus_inf;
  };
}

/// A mode of each family, where its log law is largest (it rises before and falls after).
double mode(const boost::math::binomial& d) { return std::floor((d.trials() + 1) * d.success_fraction()); }
double mode(const boost::math::poisson& d) { return std::floor(d.mean()); }
double mode(const boost::math::geometric&) { return 0; }
double mode(const boost::math::negative_binomial& d) {
  const double r = d.successes(), p = d.success_fraction();
  return r > 1 ? std::floor((r - 1) * (1 - p) / p) : 0;
}
double mode(const boost::math::bernoulli& d) { return d.success_fraction() > 0.5 ? 1 : 0; }

/// Both laws, and the outcomes 0..n-1 whose mass is a positive double: found by bisection on each side
/// of the mode, where the log law is monotone, so a binomial(9999999, 0.5) evaluates only the 1.2e5
/// outcomes within 38 standard deviations of its mean, not 1e7.
template <class Family>
pmf::family_law both_laws(const Family& d, Eigen::Index n) {
  constexpr double representable = -745.2;  // below ln(4.9e-324) a mass rounds to 0
  const pmf::log_law lm = log_law_of(d);
  const auto top = static_cast<Eigen::Index>(std::clamp(mode(d), 0.0, static_cast<double>(n - 1)));
  // The outcomes about the mode where a test holds, when it holds on a run lo..hi containing the mode
  // and fails outside it (the log law rises to the mode and falls after it): both ends by bisection.
  auto run = [&](auto holds) {
    Eigen::Index lo = 0, hi = top;
    while (lo < hi) {
      const Eigen::Index mid = lo + (hi - lo) / 2;
      if (holds(mid)) hi = mid; else lo = mid + 1;
    }
    const Eigen::Index first = lo;
    lo = top;
    hi = n - 1;
    while (lo < hi) {
      const Eigen::Index mid = hi - (hi - lo) / 2;
      if (holds(mid)) lo = mid; else hi = mid - 1;
    }
    return std::pair{first, lo};
  };
  // the outcomes whose mass is a positive double, and the support (where the log law is finite: an
  // interval for every family here, whose ends only the degenerate success fractions 0 and 1 move)
  const auto [first, last] = run([&](Eigen::Index k) { return lm(k) >= representable; });
  const auto [support_first, support_last] =
      run([&](Eigen::Index k) { return lm(k) > -std::numeric_limits<double>::infinity(); });
  return {law_of(d), lm, first, last, support_first, support_last};
}

template <class Family>
pmf finite(const Family& d, Eigen::Index last, std::string name) {
  return pmf::of_law(last + 1, both_laws(d, last + 1), false, 0.0, std::move(name));
}

template <class Family>
pmf infinite(const Family& d, const std::string& spec, std::string name) {
  const auto too_long = [&](const std::string& outcomes) {
    return invalid_distribution(spec + " needs " + outcomes + " outcomes before its tail drops below 1e-17, more than the " +
                                std::to_string(max_outcomes) + " a pmf may hold: choose parameters with a shorter tail");
  };
  // The tail quantile tells the length before any mass is evaluated; a support of 1e300 outcomes is
  // refused here, before a walk over it could begin. Boost may also give up on such parameters.
  // A mean beyond the limit refuses at once: Boost's quantile can take minutes on poisson(1e300).
  if (!(mean(d) <= static_cast<double>(max_outcomes))) throw too_long("more than " + detail::shortest(mean(d)));
  double k = 0;
  try {
    k = std::floor(quantile(complement(d, tail_cut)));
  } catch (const std::exception&) {
    throw too_long("too many");
  }
  if (!(k + 1 <= static_cast<double>(max_outcomes))) throw too_long(detail::shortest(k + 1));
  // Discrete quantiles are rounded outwards; walk to the first k whose tail really is below the cut.
  while (k > 0 && cdf(complement(d, k - 1)) < tail_cut) k -= 1;
  while (cdf(complement(d, k)) >= tail_cut) k += 1;
  const auto n = static_cast<Eigen::Index>(k) + 1;
  return pmf::of_law(n, both_laws(d, n), true, cdf(complement(d, k)), std::move(name));
}

}  // namespace

std::string describe(const discrete_family& family) {
  using detail::shortest;
  struct {
    std::string operator()(const boost::math::binomial& d) const {
      return "binomial(" + shortest(d.trials()) + ", " + shortest(d.success_fraction()) + ")";
    }
    std::string operator()(const boost::math::poisson& d) const { return "poisson(" + shortest(d.mean()) + ")"; }
    std::string operator()(const boost::math::geometric& d) const {
      return "geometric(" + shortest(d.success_fraction()) + ")";
    }
    std::string operator()(const boost::math::negative_binomial& d) const {
      return "negative_binomial(" + shortest(d.successes()) + ", " + shortest(d.success_fraction()) + ")";
    }
    std::string operator()(const boost::math::bernoulli& d) const {
      return "bernoulli(" + shortest(d.success_fraction()) + ")";
    }
  } visitor;
  return std::visit(visitor, family);
}

bool has_infinite_support(const discrete_family& family) noexcept {
  if (const auto* g = std::get_if<boost::math::geometric>(&family)) return g->success_fraction() < 1;
  if (const auto* n = std::get_if<boost::math::negative_binomial>(&family)) return n->success_fraction() < 1;
  return std::holds_alternative<boost::math::poisson>(family);
}

pmf to_pmf(const discrete_family& family, std::string name) {
  const std::string spec = describe(family);
  struct {
    const std::string& spec;
    std::string& name;
    pmf operator()(const boost::math::binomial& d) const {
      if (d.trials() + 1 > static_cast<double>(max_outcomes))
        throw invalid_distribution(spec + " has " + detail::shortest(d.trials() + 1) + " outcomes, more than the " +
                                   std::to_string(max_outcomes) + " a pmf may hold: use fewer trials");
      return finite(d, static_cast<Eigen::Index>(d.trials()), name);
    }
    pmf operator()(const boost::math::bernoulli& d) const { return finite(d, 1, name); }
    pmf operator()(const boost::math::poisson& d) const { return infinite(d, spec, name); }
    // With success fraction 1 the first trial always succeeds: the support is {0}, not infinite.
    pmf operator()(const boost::math::geometric& d) const {
      return d.success_fraction() == 1 ? finite(d, 0, name) : infinite(d, spec, name);
    }
    pmf operator()(const boost::math::negative_binomial& d) const {
      return d.success_fraction() == 1 ? finite(d, 0, name) : infinite(d, spec, name);
    }
  } visitor{spec, name};
  return std::visit(visitor, family);
}

}  // namespace info
