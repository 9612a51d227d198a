/// \file density.cpp
/// \brief Densities: single families and their mixtures, from the families' log-densities, supports,
/// tails, centres and widths (families.cpp).

#include "info/density.hpp"
#include "info/detail/density.hpp"

#include "families.hpp"
#include "info/error.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace info {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

/// log sum_i w_i p_i as a running log-sum-exp of the terms l_i = log w_i + log p_i: finite wherever
/// any part is, even when every p_i underflows. The running maximum m and sum s = sum_i e^{l_i - m}
/// are rescaled whenever a larger term arrives.
template <class Term>
double log_sum_exp(std::size_t n, Term term) {
  double m = -inf, sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double l = term(i);
    if (std::isnan(l)) return l;
    if (l == -inf) continue;
    if (l == inf) return inf;
    if (l > m) {
      sum = sum * std::exp(m - l) + 1;
      m = l;
    } else {
      sum += std::exp(l - m);
    }
  }
  return m == -inf ? -inf : m + std::log(sum);
}

}  // namespace

// -----------------------------------------------------------------------------------------------------
// Free functions on one family.

double detail::logpdf_near(const continuous_family& family, double anchor, double offset) {
  return families::logpdf_with(family, anchor, offset, families::log_constant(family));
}

double logpdf(const continuous_family& family, double x) { return detail::logpdf_near(family, x, 0.0); }

std::string family_name(const continuous_family& family) {
  return families::spelled(family).name;
}

std::string describe(const continuous_family& family) {
  const families::named n = families::spelled(family);
  std::string text = std::string(n.name) + "(";
  for (std::size_t i = 0; i < n.parameters.size(); ++i)
    text += (i ? ", " : "") + detail::shortest(n.parameters[i]);
  return text + ")";
}

// -----------------------------------------------------------------------------------------------------
// The density.

density::density(continuous_family family) : density(std::vector<component>{component{1.0, std::move(family)}}) {
  families::check(parts_.front().family);
}

density::density(std::vector<component> parts) : parts_(std::move(parts)) {
  log_constants_.reserve(parts_.size());
  for (const auto& part : parts_) log_constants_.push_back(std::log(part.weight) + families::log_constant(part.family));
}

density density::mixture(std::vector<component> parts) {
  if (parts.empty())
    throw invalid_distribution("mixture has no parts: give at least one weighted part, e.g. mixture(1*normal(0, 1))");
  double total = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const double w = parts[i].weight;
    if (!(w > 0) || !std::isfinite(w))
      throw invalid_distribution("mixture weight " + std::to_string(i + 1) + " is " + detail::shortest(w) +
                                 ": every weight must be positive and finite (drop parts with weight 0)");
    families::check(parts[i].family);
    total += w;
  }
  if (!(std::abs(total - 1) <= 1e-9)) {
    std::string listing;
    for (const auto& part : parts)
      listing += (listing.empty() ? "" : ", ") + detail::shortest(part.weight) + "*" + info::describe(part.family);
    throw invalid_distribution("mixture weights sum to " + detail::shortest(total) + ", not 1: " + listing +
                               "; rescale the weights so that they add up to 1 (nothing is normalised silently)");
  }
  return density(std::move(parts));
}

// The machinery's view of a density: its parts with their log weights and normalising constants, computed
// once when the density is made.
struct detail::density_access {
  static const std::vector<double>& log_constants(const density& p) { return p.log_constants_; }
};

double detail::logpdf_near(const density& p, double anchor, double offset) {
  const auto& parts = p.parts();
  const auto& c = density_access::log_constants(p);
  if (p.is_family()) return families::logpdf_with(parts.front().family, anchor, offset, c.front());
  return log_sum_exp(parts.size(), [&](std::size_t i) {
    return families::logpdf_with(parts[i].family, anchor, offset, c[i]);
  });
}

double detail::logpdf_log_distance(const density& p, double anchor, double side, double log_distance) {
  const auto& parts = p.parts();
  const auto& c = density_access::log_constants(p);
  if (p.is_family()) return families::logpdf_log_with(parts.front().family, anchor, side, log_distance, c.front());
  return log_sum_exp(parts.size(), [&](std::size_t i) {
    return families::logpdf_log_with(parts[i].family, anchor, side, log_distance, c[i]);
  });
}

double density::logpdf(double x) const { return detail::logpdf_near(*this, x, 0.0); }

double density::pdf(double x) const { return std::exp(logpdf(x)); }

interval density::support() const {
  interval hull{inf, -inf};
  for (const auto& part : parts_) {
    const interval s = families::support(part.family);
    hull.lower = std::min(hull.lower, s.lower);
    hull.upper = std::max(hull.upper, s.upper);
  }
  return hull;
}

std::vector<interval> density::support_pieces() const {
  std::vector<interval> pieces;
  for (const auto& part : parts_) pieces.push_back(families::support(part.family));
  std::sort(pieces.begin(), pieces.end(), [](const interval& a, const interval& b) { return a.lower < b.lower; });
  std::vector<interval> merged;
  for (const auto& s : pieces) {
    if (!merged.empty() && s.lower <= merged.back().upper)
      merged.back().upper = std::max(merged.back().upper, s.upper);
    else
      merged.push_back(s);
  }
  return merged;
}

std::vector<double> detail::breakpoints(const density& p) {
  std::vector<double> points;
  for (const auto& part : p.parts()) {
    const interval s = families::support(part.family);
    if (std::isfinite(s.lower)) points.push_back(s.lower);
    if (std::isfinite(s.upper)) points.push_back(s.upper);
    for (double k : families::kinks(part.family)) points.push_back(k);
  }
  std::erase_if(points, [](double x) { return !std::isfinite(x); });
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  return points;
}

double detail::centre(const density& p) {
  const auto heaviest = std::max_element(p.parts().begin(), p.parts().end(), [](const component& a, const component& b) {
    return a.weight < b.weight;
  });
  return families::median(heaviest->family);
}

double detail::scale(const density& p) {
  double smallest = inf;
  for (const auto& part : p.parts()) smallest = std::min(smallest, families::width(part.family));
  // A width that over- or underflowed (lognormal with a huge location, say) is no guide; 1 is a neutral choice.
  return (smallest > 0 && std::isfinite(smallest)) ? smallest : 1.0;
}

namespace {

/// A mixture's tail on one side is as heavy as its heaviest part there (the fewest moments), and its
/// -log q grows as slowly as the slowest part's (q is at least w_i q_i for every i).
template <class Side>
detail::tail combine(const std::vector<component>& parts, Side side) {
  detail::tail t{false, inf, inf};
  for (const auto& part : parts) {
    const detail::tail s = side(part.family);
    if (!s.present) continue;
    t.present = true;
    t.moments = std::min(t.moments, s.moments);
    t.growth = std::min(t.growth, s.growth);
  }
  return t.present ? t : detail::tail{};
}

}  // namespace

detail::tail detail::left_tail(const density& p) { return combine(p.parts(), families::left_tail); }

detail::tail detail::right_tail(const density& p) { return combine(p.parts(), families::right_tail); }

std::string density::describe() const {
  if (is_family()) return info::describe(parts_.front().family);
  std::string text = "mixture(";
  for (std::size_t i = 0; i < parts_.size(); ++i)
    text += (i ? ", " : "") + detail::shortest(parts_[i].weight) + "*" + info::describe(parts_[i].family);
  return text + ")";
}

}  // namespace info
