#include "measures.hpp"

#include "info/closed_forms.hpp"
#include "info/continuous_measures.hpp"
#include "info/discrete_measures.hpp"

#include <array>
#include <stdexcept>

namespace infocalc {
namespace {

using info::base;
using info::density;
using info::discrete_family;
using info::pmf;
using window = std::optional<info::window>;

constexpr std::array table{
    measure{.name = "entropy", .symbol = "H(P)", .density_symbol = "h(P)", .needs_q = false, .chain_rule = false,
            .sum = [](const pmf& p, const pmf*, base b, window w) { return info::entropy(p, b, w); },
            .integral = [](const density& p, const density*, base b) { return info::entropy(p, b); },
            .closed_sum = [](const discrete_family& p, const discrete_family*, base b) { return info::entropy_closed_form(p, b); },
            .closed_integral = [](const density& p, const density*, base b) { return info::entropy_closed_form(p, b); },
            .exact = exact_entropy,
            .terms = [](const pmf& p, const pmf*, base b) { return Eigen::ArrayXd(info::entropy_terms(p, b)); },
            .terms_heading = "-P(x) log P(x)",
            .density_note = "differential entropy: it can be negative"},
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
            .terms_heading = "P(x) log(P(x)/Q(x))"},
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
            .root_unit = true},
};

}  // namespace

std::span<const measure> measures() { return table; }

const measure& measure_of(quantity name) {
  for (const measure& m : table)
    if (m.name == name) return m;
  throw std::logic_error("no measure row for this quantity");
}

}  // namespace infocalc
