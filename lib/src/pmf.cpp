// A validated probability mass function. Validation is the workbook's first lesson in honesty:
// a list that is not a distribution is refused with the reason, never quietly repaired.
#include "info/pmf.hpp"

#include "info/error.hpp"

#include <cmath>
#include <cstdio>
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

pmf pmf::uniform(Eigen::Index n, std::string name) {
  if (n < 1) throw invalid_distribution("a uniform distribution needs at least one outcome, got " + std::to_string(n));
  return pmf(Eigen::ArrayXd::Constant(n, 1.0 / static_cast<double>(n)), std::move(name));
}

double pmf::operator()(Eigen::Index k) const {
  if (k < 0) return 0.0;
  if (k < mass_.size()) return mass_[k];
  return unbounded_ ? static_cast<double>(law_(k)) : 0.0;
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
  if (unbounded_)
    for (Eigen::Index k = stored; k < n; ++k) out[k] = static_cast<double>(law_(k));
  return out;
}

Eigen::ArrayXd pmf::extend_residual(Eigen::Index n) const {
  Eigen::ArrayXd out = Eigen::ArrayXd::Zero(n);
  if (residual_.size() == 0) return out;
  const Eigen::Index stored = std::min(n, residual_.size());
  out.head(stored) = residual_.head(stored);
  if (unbounded_)
    for (Eigen::Index k = stored; k < n; ++k) {
      const long double exact = law_(k);
      out[k] = static_cast<double>(exact - static_cast<double>(exact));
    }
  return out;
}

}  // namespace info
