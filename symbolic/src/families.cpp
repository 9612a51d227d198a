// One block per family. The log-density is written as textbooks write it; the derivations check that it
// equals the exponential-family form built from the other fields, and the closed forms at the end of
// each block are the formulas of lib/src/closed_forms.cpp, which the derivations must reach exactly.
#include "families.hpp"

namespace info::symbolic::detail {

using namespace GiNaC;

namespace {

ex lbeta(const ex& a, const ex& b) { return lgamma(a) + lgamma(b) - lgamma(a + b); }

// p log(p/q) + (1 − p) log((1 − p)/(1 − q)): KL between two coins.
ex coins(const ex& p, const ex& q) { return p * log(p / q) + (1 - p) * log((1 - p) / (1 - q)); }

std::vector<family> make() {
  const ex half = numeric(1, 2);
  std::vector<family> f;

  f.push_back({
      .name = "normal",
      .parameters = {{"μ", "\\mu", false}, {"σ", "\\sigma"}},
      .positive_support = false,
      .log_density = [](const params& t, const ex& x) {
        return -log(t[1]) - log(2 * Pi) / 2 - pow(x - t[0], 2) / (2 * pow(t[1], 2));
      },
      .statistics = {{[](const params&, const ex& x) { return x; }, [](const params& t) { return t[0]; }},
                     {[](const params&, const ex& x) { return pow(x, 2); }, [](const params& t) { return pow(t[0], 2) + pow(t[1], 2); }}},
      .log_base = [](const params&, const ex&) { return -log(2 * Pi) / 2; },
      .natural = [](const params& t) { return params{t[0] / pow(t[1], 2), -1 / (2 * pow(t[1], 2))}; },
      .log_partition = [](const params&, const params& e) { return -pow(e[0], 2) / (4 * e[1]) - log(-2 * e[1]) / 2; },
      .natural_names = {"η₁", "η₂"},
      .entropy = [half](const params& t) { return half * log(2 * Pi * exp(ex(1)) * pow(t[1], 2)); },
      .kl = [half](const params& p, const params& q) {
        return log(q[1] / p[1]) + (pow(p[1], 2) + pow(p[0] - q[0], 2)) / (2 * pow(q[1], 2)) - half;
      },
  });

  f.push_back({
      .name = "exponential",
      .parameters = {{"λ", "\\lambda"}},
      .log_density = [](const params& t, const ex& x) { return log(t[0]) - t[0] * x; },
      .statistics = {{[](const params&, const ex& x) { return x; }, [](const params& t) { return 1 / t[0]; }}},
      .log_base = [](const params&, const ex&) { return ex(0); },
      .natural = [](const params& t) { return params{-t[0]}; },
      .log_partition = [](const params&, const params& e) { return -log(-e[0]); },
      .natural_names = {"η"},
      .entropy = [](const params& t) { return 1 - log(t[0]); },
      .kl = [](const params& p, const params& q) { return log(p[0] / q[0]) + q[0] / p[0] - 1; },
  });

  f.push_back({
      .name = "gamma",
      .parameters = {{"k", "k"}, {"θ", "\\theta"}},
      .log_density = [](const params& t, const ex& x) {
        return (t[0] - 1) * log(x) - x / t[1] - lgamma(t[0]) - t[0] * log(t[1]);
      },
      .statistics = {{[](const params&, const ex& x) { return log(x); }, [](const params& t) { return psi(t[0]) + log(t[1]); }},
                     {[](const params&, const ex& x) { return x; }, [](const params& t) { return t[0] * t[1]; }}},
      .log_base = [](const params&, const ex&) { return ex(0); },
      .natural = [](const params& t) { return params{t[0] - 1, -1 / t[1]}; },
      .log_partition = [](const params&, const params& e) { return lgamma(e[0] + 1) - (e[0] + 1) * log(-e[1]); },
      .natural_names = {"η₁", "η₂"},
      .entropy = [](const params& t) { return t[0] + log(t[1]) + lgamma(t[0]) + (1 - t[0]) * psi(t[0]); },
      .kl = [](const params& p, const params& q) {
        return (p[0] - q[0]) * psi(p[0]) - lgamma(p[0]) + lgamma(q[0]) + q[0] * log(q[1] / p[1]) +
               p[0] * (p[1] / q[1] - 1);
      },
  });

  f.push_back({
      .name = "beta",
      .parameters = {{"a", "a"}, {"b", "b"}},
      .log_density = [](const params& t, const ex& x) {
        return (t[0] - 1) * log(x) + (t[1] - 1) * log(1 - x) - lbeta(t[0], t[1]);
      },
      .statistics = {{[](const params&, const ex& x) { return log(x); }, [](const params& t) { return psi(t[0]) - psi(t[0] + t[1]); }},
                     {[](const params&, const ex& x) { return log(1 - x); },
                      [](const params& t) { return psi(t[1]) - psi(t[0] + t[1]); }}},
      .log_base = [](const params&, const ex&) { return ex(0); },
      .natural = [](const params& t) { return params{t[0] - 1, t[1] - 1}; },
      .log_partition = [](const params&, const params& e) { return lgamma(e[0] + 1) + lgamma(e[1] + 1) - lgamma(e[0] + e[1] + 2); },
      .natural_names = {"η₁", "η₂"},
      .entropy = [](const params& t) {
        return lbeta(t[0], t[1]) - (t[0] - 1) * psi(t[0]) - (t[1] - 1) * psi(t[1]) + (t[0] + t[1] - 2) * psi(t[0] + t[1]);
      },
      .kl = [](const params& p, const params& q) {
        return lbeta(q[0], q[1]) - lbeta(p[0], p[1]) + (p[0] - q[0]) * psi(p[0]) + (p[1] - q[1]) * psi(p[1]) +
               (q[0] - p[0] + q[1] - p[1]) * psi(p[0] + p[1]);
      },
  });

  f.push_back({
      .name = "chi_squared",
      .parameters = {{"ν", "\\nu"}},
      .log_density = [](const params& t, const ex& x) {
        return (t[0] / 2 - 1) * log(x) - x / 2 - t[0] / 2 * log(ex(2)) - lgamma(t[0] / 2);
      },
      .statistics = {{[](const params&, const ex& x) { return log(x); }, [](const params& t) { return psi(t[0] / 2) + log(ex(2)); }},
                     {[](const params&, const ex& x) { return x; }, [](const params& t) { return t[0]; }}},
      .log_base = [](const params&, const ex& x) { return -x / 2; },
      .natural = [](const params& t) { return params{t[0] / 2 - 1}; },
      .log_partition = [](const params&, const params& e) { return lgamma(e[0] + 1) + (e[0] + 1) * log(ex(2)); },
      .natural_names = {"η"},
      .entropy = [](const params& t) {
        return t[0] / 2 + log(ex(2)) + lgamma(t[0] / 2) + (1 - t[0] / 2) * psi(t[0] / 2);
      },
      .kl = [](const params& p, const params& q) {
        return (p[0] - q[0]) / 2 * psi(p[0] / 2) - lgamma(p[0] / 2) + lgamma(q[0] / 2);
      },
  });

  f.push_back({
      .name = "poisson",
      .parameters = {{"λ", "\\lambda"}},
      .variable = "k",
      .log_density = [](const params& t, const ex& k) { return k * log(t[0]) - t[0] - log(factorial(k)); },
      .statistics = {{[](const params&, const ex& k) { return k; }, [](const params& t) { return t[0]; }},
                     {[](const params&, const ex& k) { return log(factorial(k)); }, {}}},
      .log_base = [](const params&, const ex& k) { return -log(factorial(k)); },
      .natural = [](const params& t) { return params{log(t[0])}; },
      .log_partition = [](const params&, const params& e) { return exp(e[0]); },
      .natural_names = {"η"},
      .entropy = {},
      .kl = [](const params& p, const params& q) { return p[0] * log(p[0] / q[0]) + q[0] - p[0]; },
      .no_entropy = "E[log k!] under a Poisson law has no closed form (it is a series): "
                    "infocalc entropy 'poisson(4)' sums it",
  });

  f.push_back({
      .name = "bernoulli",
      .parameters = {{"p", "p"}},
      .variable = "k",
      .log_density = [](const params& t, const ex& k) { return k * log(t[0]) + (1 - k) * log(1 - t[0]); },
      .statistics = {{[](const params&, const ex& k) { return k; }, [](const params& t) { return t[0]; }}},
      .log_base = [](const params&, const ex&) { return ex(0); },
      .natural = [](const params& t) { return params{log(t[0] / (1 - t[0]))}; },
      .log_partition = [](const params&, const params& e) { return log(1 + exp(e[0])); },
      .natural_names = {"η"},
      .entropy = [](const params& t) { return -t[0] * log(t[0]) - (1 - t[0]) * log(1 - t[0]); },
      .kl = [](const params& p, const params& q) { return coins(p[0], q[0]); },
  });

  f.push_back({
      .name = "geometric",
      .parameters = {{"p", "p"}},
      .variable = "k",
      .log_density = [](const params& t, const ex& k) { return log(t[0]) + k * log(1 - t[0]); },
      .statistics = {{[](const params&, const ex& k) { return k; }, [](const params& t) { return (1 - t[0]) / t[0]; }}},
      .log_base = [](const params&, const ex&) { return ex(0); },
      .natural = [](const params& t) { return params{log(1 - t[0])}; },
      .log_partition = [](const params&, const params& e) { return -log(1 - exp(e[0])); },
      .natural_names = {"η"},
      .entropy = [](const params& t) { return -((1 - t[0]) * log(1 - t[0]) + t[0] * log(t[0])) / t[0]; },
      .kl = [](const params& p, const params& q) {
        return log(p[0] / q[0]) + (1 - p[0]) / p[0] * log((1 - p[0]) / (1 - q[0]));
      },
  });

  f.push_back({
      .name = "binomial",
      .parameters = {{"n", "n", true, true}, {"p", "p"}},
      .variable = "k",
      .log_density = [](const params& t, const ex& k) {
        return log(binomial(t[0], k)) + k * log(t[1]) + (t[0] - k) * log(1 - t[1]);
      },
      .statistics = {{[](const params&, const ex& k) { return k; }, [](const params& t) { return t[0] * t[1]; }},
                     {[](const params& t, const ex& k) { return log(binomial(t[0], k)); }, {}}},
      .log_base = [](const params& t, const ex& k) { return log(binomial(t[0], k)); },
      .natural = [](const params& t) { return params{log(t[1] / (1 - t[1]))}; },
      .log_partition = [](const params& t, const params& e) { return t[0] * log(1 + exp(e[0])); },
      .natural_names = {"η"},
      .entropy = {},
      .kl = [](const params& p, const params& q) { return p[0] * coins(p[1], q[1]); },
      .no_entropy = "E[log C(n, k)] under a binomial law has no closed form (it is a finite sum): "
                    "infocalc entropy 'binomial(10, 0.5)' sums it",
  });
  return f;
}

}  // namespace

const std::vector<family>& families() {
  static const std::vector<family> all = make();
  return all;
}

const family* find_family(std::string_view name) {
  for (const auto& f : families())
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace info::symbolic::detail
