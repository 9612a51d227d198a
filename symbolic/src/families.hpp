// The exponential families the layer derives closed forms for, one block each: the textbook
// log-density, the sufficient statistics with their textbook moments, the natural parameters and the
// log-partition, and the closed forms that info/closed_forms.hpp evaluates (which the derivations must
// reach exactly).
#pragma once

#include <ginac/ginac.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace info::symbolic::detail {

using params = std::vector<GiNaC::ex>;  // a member's parameters, in the order info's spec takes them

struct parameter {
  std::string name;   // "μ"; a member's copy is subscripted: μ₁, μ₂
  std::string latex;  // "\\mu"
  bool positive = true;
  bool shared = false;  // the same in P and Q (binomial's n)
};

struct statistic {
  std::function<GiNaC::ex(const params&, const GiNaC::ex& x)> of;  // T(x): x, x², log x, log k!
  std::function<GiNaC::ex(const params&)> moment;        // E[T(X)]; empty when it has no closed form
};

struct family {
  std::string name;
  std::vector<parameter> parameters;
  std::string variable = "x";
  bool positive_support = true;  // x > 0 (so log x is real)
  std::function<GiNaC::ex(const params&, const GiNaC::ex& x)> log_density;  // as textbooks write it
  // Everything in log p(x) that depends on x, each with its moment under p.
  std::vector<statistic> statistics;
  // The exponential-family form log p = log h(x) + η(θ)·T(x) − A(η(θ)); T is statistics[0 .. η.size()).
  std::function<GiNaC::ex(const params&, const GiNaC::ex& x)> log_base;
  std::function<params(const params&)> natural;
  // A in the natural parameters; a parameter that is not natural (binomial's n) comes from the member.
  std::function<GiNaC::ex(const params&, const params& eta)> log_partition;
  std::vector<std::string> natural_names;                     // "η₁", "η₂"
  // The closed forms info evaluates; empty when there is none (a series).
  std::function<GiNaC::ex(const params&)> entropy = {};
  std::function<GiNaC::ex(const params&, const params&)> kl = {};
  std::string no_entropy = {};  // why there is none
};

[[nodiscard]] const std::vector<family>& families();
[[nodiscard]] const family* find_family(std::string_view name);

}  // namespace info::symbolic::detail
