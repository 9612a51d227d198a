#include "measures.hpp"

#include "info/closed_forms.hpp"
#include "info/continuous_measures.hpp"
#include "info/discrete_measures.hpp"
#include "info/divergences.hpp"
#include "info/error.hpp"

#include <fmt/format.h>

#include <array>
#include <stdexcept>

namespace infocalc {
namespace {

using info::base;
using info::density;
using info::discrete_family;
using info::pmf;
using window = std::optional<info::window>;
using info::joint;

constexpr std::string_view bound = "a bound on the sum's rounding (and on any tail beyond a cut support)";

// chi-squared of densities exists for two normals only; the library's refusal, said for the command line.
info::result chi_squared_of(const density& p, const density& q) {
  try {
    return info::chi_squared(p, q);
  } catch (const info::unresolved&) {
    throw;
  } catch (const info::invalid_input&) {
    throw usage_error(fmt::format("chi2 of densities is computed only for two normals (by its closed form), not P = {} "
                                  "and Q = {}: compare two normals, or two discrete distributions",
                                  p.describe(), q.describe()));
  }
}

info::result renyi_of(const density& p, const density* q, double alpha, base b) {
  if (!q)
    throw usage_error(fmt::format("the Renyi entropy of a density (P = {}) is not computed: give a discrete P (a list "
                                  "or a discrete family), or two densities for the divergence, infocalc renyi P Q "
                                  "--alpha A",
                                  p.describe()));
  try {
    return info::renyi_divergence(p, *q, alpha, b);
  } catch (const info::unresolved&) {
    throw;
  } catch (const info::invalid_input&) {
    if (!(alpha > 1)) throw;
    throw usage_error(fmt::format("renyi of densities of order alpha > 1 is computed only for two normals (by its "
                                  "closed form), not P = {} and Q = {}: give --alpha A with A <= 1 (integrated for "
                                  "any pair), or two normals",
                                  p.describe(), q->describe()));
  }
}

constexpr std::array table{
    measure{.name = "entropy", .symbol = "H(P)", .density_symbol = "h(P)", .needs_q = false, .chain_rule = false,
            .sum = [](const pmf& p, const pmf*, base b, window w) { return info::entropy(p, b, w); },
            .integral = [](const density& p, const density*, base b) { return info::entropy(p, b); },
            .closed_sum = [](const discrete_family& p, const discrete_family*, base b) { return info::entropy_closed_form(p, b); },
            .closed_integral = [](const density& p, const density*, base b) { return info::entropy_closed_form(p, b); },
            .exact = exact_entropy,
            .terms = [](const pmf& p, const pmf*, base b) { return Eigen::ArrayXd(info::entropy_terms(p, b)); },
            .terms_heading = "-P(x) log P(x)",
            .density_note = "differential entropy: it can be negative",
            .of_mvnormal = [](const info::mvnormal& p, const info::mvnormal*, base b) { return info::entropy(p, b); }},
    measure{.name = "cross-entropy", .symbol = "H(P, Q)", .density_symbol = "H(P, Q)", .needs_q = true, .chain_rule = true,
            .sum = [](const pmf& p, const pmf* q, base b, window w) { return info::cross_entropy(p, *q, b, w); },
            .integral = [](const density& p, const density* q, base b) { return info::cross_entropy(p, *q, b); },
            .exact = exact_cross_entropy,
            .terms = [](const pmf& p, const pmf* q, base b) { return Eigen::ArrayXd(info::cross_entropy_terms(p, *q, b)); },
            .terms_heading = "-P(x) log Q(x)"},
    measure{.name = "kl", .symbol = "KL(P || Q)", .density_symbol = "KL(P || Q)", .needs_q = true, .chain_rule = true,
            .sum = [](const pmf& p, const pmf* q, base b, window w) { return info::kl_divergence(p, *q, b, w); },
            .integral = [](const density& p, const density* q, base b) { return info::kl_divergence(p, *q, b); },
            .closed_sum = [](const discrete_family& p, const discrete_family* q, base b) { return info::kl_closed_form(p, *q, b); },
            .closed_integral = [](const density& p, const density* q, base b) { return info::kl_closed_form(p, *q, b); },
            .exact = exact_kl,
            .terms = [](const pmf& p, const pmf* q, base b) { return Eigen::ArrayXd(info::kl_terms(p, *q, b)); },
            .terms_heading = "P(x) log(P(x)/Q(x))",
            .of_mvnormal = [](const info::mvnormal& p, const info::mvnormal* q, base b) {
              return info::kl_divergence(p, *q, b);
            }},
    measure{.name = "js", .symbol = "JS(P, Q)", .density_symbol = "JS(P, Q)", .needs_q = true, .chain_rule = false,
            .sum = [](const pmf& p, const pmf* q, base b, window w) { return info::js_divergence(p, *q, b, w); },
            .integral = [](const density& p, const density* q, base b) { return info::js_divergence(p, *q, b); },
            .exact = exact_js,
            .terms = [](const pmf& p, const pmf* q, base b) { return Eigen::ArrayXd(info::js_terms(p, *q, b)); },
            .terms_heading = "(P log(P/M) + Q log(Q/M))/2, M = (P+Q)/2"},
    measure{.name = "js-distance", .symbol = "sqrt(JS(P, Q))", .density_symbol = "sqrt(JS(P, Q))", .needs_q = true,
            .chain_rule = false,
            .sum = [](const pmf& p, const pmf* q, base b, window w) { return info::js_distance(p, *q, b, w); },
            .integral = [](const density& p, const density* q, base b) { return info::js_distance(p, *q, b); },
            .terms = [](const pmf& p, const pmf* q, base b) { return Eigen::ArrayXd(info::js_terms(p, *q, b)); },
            .terms_heading = "(P log(P/M) + Q log(Q/M))/2, M = (P+Q)/2",
            .terms_note = "the terms add up to JS(P, Q); the distance is its square root",
            .root_unit = true,
            .no_exact = "its value is a square root of a sum of logarithms; use infocalc js P Q --exact for JS itself, "
                        "or drop --exact"},
    measure{.name = "joint-entropy", .symbol = "H(X,Y)", .density_symbol = "H(X,Y)",
            .of_joint = [](const joint& j, base b) { return info::joint_entropy(j, b); }},
    measure{.name = "conditional-entropy", .symbol = "H(Y|X)", .density_symbol = "H(Y|X)",
            .of_joint = [](const joint& j, base b) { return info::conditional_entropy(j, b); },
            .bound_note = bound},
    measure{.name = "mutual-information", .symbol = "I(X;Y)", .density_symbol = "I(X;Y)",
            .of_joint = [](const joint& j, base b) { return info::mutual_information(j, b); },
            .bound_note = bound},
    measure{.name = "capacity", .symbol = "C(W)", .density_symbol = "C(W)",
            .of_channel = [](const info::channel& w, base b) { return info::capacity(w, b, 1e-12); }},
    measure{.name = "renyi", .symbol = "H_alpha(P)", .density_symbol = "D_alpha(P || Q)", .optional_q = true,
            .q_symbol = "D_alpha(P || Q)", .needs_alpha = true,
            .whole_sum = [](const pmf& p, const pmf* q, double alpha, base b) {
              return q ? info::renyi_divergence(p, *q, alpha, b) : info::renyi_entropy(p, alpha, b);
            },
            .whole_integral = renyi_of,
            .bound_note = bound},
    measure{.name = "tv", .symbol = "TV(P, Q)", .density_symbol = "TV(P, Q)", .needs_q = true, .unitless = true,
            .whole_sum = [](const pmf& p, const pmf* q, double, base) { return info::total_variation(p, *q); },
            .whole_integral = [](const density& p, const density* q, double, base) { return info::total_variation(p, *q); },
            .bound_note = bound},
    measure{.name = "hellinger", .symbol = "Hellinger(P, Q)", .density_symbol = "Hellinger(P, Q)", .needs_q = true,
            .unitless = true,
            .whole_sum = [](const pmf& p, const pmf* q, double, base) { return info::hellinger(p, *q); },
            .whole_integral = [](const density& p, const density* q, double, base) { return info::hellinger(p, *q); },
            .bound_note = bound},
    measure{.name = "chi2", .symbol = "chi2(P || Q)", .density_symbol = "chi2(P || Q)", .needs_q = true,
            .unitless = true,
            .whole_sum = [](const pmf& p, const pmf* q, double, base) { return info::chi_squared(p, *q); },
            .whole_integral = [](const density& p, const density* q, double, base) { return chi_squared_of(p, *q); },
            .bound_note = bound},
};

}  // namespace

std::span<const measure> measures() { return table; }

const measure& measure_of(quantity name) {
  for (const measure& m : table)
    if (m.name == name) return m;
  throw std::logic_error("no measure row for this quantity");
}

}  // namespace infocalc
