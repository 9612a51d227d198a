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

}  // namespace

pmf::pmf(Eigen::ArrayXd mass, std::string name) : mass_(std::move(mass)), name_(std::move(name)) {
  validate(mass_, name_, 0.0);
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

Eigen::ArrayXd pmf::extend(Eigen::Index n) const {
  Eigen::ArrayXd out = Eigen::ArrayXd::Zero(n);
  const Eigen::Index stored = std::min(n, mass_.size());
  out.head(stored) = mass_.head(stored);
  // Beyond a cut the masses are below 1e-17: the log law (three lgamma calls) gives them to far more
  // accuracy than a sum of order 1 can use, at a fraction of the extended-precision law's cost.
  if (unbounded_)
    for (Eigen::Index k = stored; k < n; ++k) out[k] = log_law_ ? std::exp(log_law_(k)) : static_cast<double>(law_(k));
  return out;
}

Eigen::ArrayXd pmf::extend_residual(Eigen::Index n) const {
  Eigen::ArrayXd out = Eigen::ArrayXd::Zero(n);
  if (residual_.size() == 0 && !unbounded_) return out;
  // residual_ covers the outcomes residual_first_ .. residual_first_ + size - 1
  const Eigen::Index from = std::min(residual_first_, n);
  const Eigen::Index stored = std::clamp<Eigen::Index>(n - from, 0, residual_.size());
  out.segment(from, stored) = residual_.head(stored);
  if (unbounded_ && !log_law_)  // (with a log law, masses beyond the cut are kept without residuals)
    for (Eigen::Index k = mass_.size(); k < n; ++k) {
      const long double exact = law_(k);
      out[k] = static_cast<double>(exact - static_cast<double>(exact));
    }
  return out;
}

}  // namespace info
