// A validated probability mass function. Validation is the workbook's first lesson in honesty:
// a list that is not a distribution is refused with the reason, never quietly repaired.
#include "info/pmf.hpp"

#include "info/error.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>

namespace info {
namespace {

std::string number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", x);
  return buf;
}

void validate(const Eigen::ArrayXd& mass, const std::string& name, double tail) {
  if (mass.size() == 0)
    throw invalid_distribution(name + " is empty: give at least one probability, for example 0.5,0.5");
  for (Eigen::Index k = 0; k < mass.size(); ++k) {
    if (!std::isfinite(mass[k]))
      throw invalid_distribution(name + "(" + std::to_string(k) + ") is " + number(mass[k]) +
                                 ": every probability must be a finite number between 0 and 1");
    if (mass[k] < 0)
      throw invalid_distribution(name + "(" + std::to_string(k) + ") = " + number(mass[k]) +
                                 " is negative: probabilities must be at least 0");
  }
  const double sum = mass.sum() + tail;
  if (std::abs(sum - 1.0) > pmf::sum_tolerance)
    throw invalid_distribution(name + " sums to " + number(sum) +
                               ", not 1: correct the numbers so they sum to 1, or rescale them yourself "
                               "(in C++, info::pmf::normalised); nothing is ever normalised silently");
}

// The first and last outcomes of positive mass (a valid pmf has at least one).
pmf::outcomes positive_run(const Eigen::ArrayXd& mass) {
  Eigen::Index a = 0, b = mass.size() - 1;
  while (a < b && !(mass[a] > 0)) ++a;
  while (b > a && !(mass[b] > 0)) --b;
  return {a, b};
}

}  // namespace

pmf::pmf(Eigen::ArrayXd mass, std::string name) : mass_(std::move(mass)), name_(std::move(name)) {
  validate(mass_, name_, 0.0);
  positive_ = positive_run(mass_);
}

pmf::pmf(std::initializer_list<double> mass, std::string name)
    : pmf(Eigen::Map<const Eigen::ArrayXd>(mass.begin(), static_cast<Eigen::Index>(mass.size())), std::move(name)) {}

pmf::pmf(const std::vector<double>& mass, std::string name)
    : pmf(Eigen::Map<const Eigen::ArrayXd>(mass.data(), static_cast<Eigen::Index>(mass.size())), std::move(name)) {}

pmf pmf::normalised(Eigen::ArrayXd weights, std::string name) {
  for (Eigen::Index k = 0; k < weights.size(); ++k)
    if (!std::isfinite(weights[k]) || weights[k] < 0)
      throw invalid_distribution("weight " + std::to_string(k) + " of " + name + " is " + number(weights[k]) +
                                 ": weights to normalise must be finite and at least 0");
  const double total = weights.sum();
  if (weights.size() == 0 || !(total > 0))
    throw invalid_distribution(name + " has no positive weight: there is nothing to normalise");
  return pmf(weights / total, std::move(name));
}

pmf pmf::of_law(Eigen::Index n, law mass, bool unbounded, double tail, std::string name) {
  pmf p;
  p.mass_.resize(n);
  p.residual_.resize(n);
  for (Eigen::Index k = 0; k < n; ++k) {
    const long double exact = mass(k);
    p.mass_[k] = static_cast<double>(exact);
    p.residual_[k] = static_cast<double>(exact - p.mass_[k]);
  }
  validate(p.mass_, name, tail);
  p.positive_ = positive_run(p.mass_);
  p.name_ = std::move(name);
  p.tail_ = tail;
  p.law_ = std::move(mass);
  p.unbounded_ = unbounded;
  return p;
}

pmf pmf::of_law(Eigen::Index n, family_law law, bool unbounded, double tail, std::string name) {
  pmf p;
  p.mass_ = Eigen::ArrayXd::Zero(n);
  // Residuals are kept for the outcomes first..last only: outside them every mass is 0 (and a second
  // array of 10^7 zeros would cost as much again to allocate as the masses themselves).
  const Eigen::Index first = std::clamp<Eigen::Index>(law.first, 0, n - 1);
  p.residual_first_ = first;
  p.residual_ = Eigen::ArrayXd::Zero(std::max<Eigen::Index>(std::min(law.last, n - 1) - first + 1, 0));
  // Near the mode the extended-precision law keeps the last digits that divergences between nearly
  // equal families need; below e^-40 of total mass those digits cannot reach a sum of order 1, and the
  // log law (three lgamma calls, not Boost's series) is enough and many times faster.
  constexpr double extended_above = -40.0;
  const Eigen::Index last = std::min(law.last, n - 1);
  for (Eigen::Index k = first; k <= last; ++k) {
    const double lm = law.log_mass(k);
    if (lm > extended_above) {
      const long double exact = law.mass(k);
      p.mass_[k] = static_cast<double>(exact);
      p.residual_[k - first] = static_cast<double>(exact - p.mass_[k]);
    } else {
      p.mass_[k] = std::exp(lm);
    }
  }
  validate(p.mass_, name, tail);
  // (only the outcomes first..last were evaluated: the run of positive masses lies within them)
  const pmf::outcomes run = positive_run(p.mass_.segment(first, std::max<Eigen::Index>(last - first + 1, 1)));
  p.positive_ = {first + run.first, first + run.last};
  p.name_ = std::move(name);
  p.tail_ = tail;
  p.law_ = std::move(law.mass);
  p.log_law_ = std::move(law.log_mass);
  p.support_ = outcomes{law.support_first, std::min(law.support_last, n - 1)};
  p.unbounded_ = unbounded;
  return p;
}

pmf pmf::uniform(Eigen::Index n, std::string name) {
  if (n < 1) throw invalid_distribution("a uniform distribution needs at least one outcome, got " + std::to_string(n));
  return pmf(Eigen::ArrayXd::Constant(n, 1.0 / static_cast<double>(n)), std::move(name));
}

double pmf::operator()(Eigen::Index k) const {
  if (k < 0) return 0.0;
  if (k < mass_.size()) return mass_[k];
  return unbounded_ ? static_cast<double>(law_(k)) : 0.0;
}

double pmf::log_mass(Eigen::Index k) const {
  if (k < 0) return -std::numeric_limits<double>::infinity();
  if (log_law_) return log_law_(k);
  if (k < mass_.size()) return std::log(mass_[k]);
  return unbounded_ ? static_cast<double>(std::log(law_(k))) : -std::numeric_limits<double>::infinity();
}

pmf pmf::named(std::string name) const {
  pmf p = *this;
  p.name_ = std::move(name);
  return p;
}

namespace {
// The outcomes where two runs [a, a+n) and [b, b+m) overlap, as an offset into each and a length.
struct overlap {
  Eigen::Index from_first = 0, into_out = 0, count = 0;
};
overlap overlap_of(Eigen::Index first, Eigen::Index n, Eigen::Index stored_first, Eigen::Index stored) {
  const Eigen::Index a = std::max(first, stored_first), b = std::min(first + n, stored_first + stored);
  if (a >= b) return {};
  return {a - stored_first, a - first, b - a};
}
}  // namespace

Eigen::ArrayXd pmf::extend(Eigen::Index first, Eigen::Index n) const {
  Eigen::ArrayXd out = Eigen::ArrayXd::Zero(n);
  const overlap o = overlap_of(first, n, 0, mass_.size());
  out.segment(o.into_out, o.count) = mass_.segment(o.from_first, o.count);
  // Beyond a cut the masses are below 1e-17: the log law (three lgamma calls) gives them to far more
  // accuracy than a sum of order 1 can use, at a fraction of the extended-precision law's cost.
  if (unbounded_)
    for (Eigen::Index k = std::max(first, mass_.size()); k < first + n; ++k)
      out[k - first] = log_law_ ? std::exp(log_law_(k)) : static_cast<double>(law_(k));
  return out;
}

Eigen::ArrayXd pmf::extend_residual(Eigen::Index first, Eigen::Index n) const {
  Eigen::ArrayXd out = Eigen::ArrayXd::Zero(n);
  if (residual_.size() == 0 && !unbounded_) return out;
  // residual_ covers the outcomes residual_first_ .. residual_first_ + size - 1
  const overlap o = overlap_of(first, n, residual_first_, residual_.size());
  out.segment(o.into_out, o.count) = residual_.segment(o.from_first, o.count);
  if (unbounded_ && !log_law_)  // (with a log law, masses beyond the cut are kept without residuals)
    for (Eigen::Index k = std::max(first, mass_.size()); k < first + n; ++k) {
      const long double exact = law_(k);
      out[k - first] = static_cast<double>(exact - static_cast<double>(exact));
    }
  return out;
}

}  // namespace info
