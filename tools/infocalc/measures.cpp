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
    measure{quantity::entropy, "entropy", "H(P)", "h(P)", false, false,
            [](const pmf& p, const pmf*, base b, window w) { return info::entropy(p, b, w); },
            [](const density& p, const density*, base b) { return info::entropy(p, b); },
            [](const discrete_family& p, const discrete_family*, base b) { return info::entropy_closed_form(p, b); },
            [](const density& p, const density*, base b) { return info::entropy_closed_form(p, b); },
            [](const pmf& p, const pmf*, base b) { return Eigen::ArrayXd(info::entropy_terms(p, b)); },
            "-P(x) log P(x)", ""},
    measure{quantity::cross_entropy, "cross-entropy", "H(P, Q)", "H(P, Q)", true, true,
            [](const pmf& p, const pmf* q, base b, window w) { return info::cross_entropy(p, *q, b, w); },
            [](const density& p, const density* q, base b) { return info::cross_entropy(p, *q, b); },
            nullptr, nullptr,
            [](const pmf& p, const pmf* q, base b) { return Eigen::ArrayXd(info::cross_entropy_terms(p, *q, b)); },
            "-P(x) log Q(x)", ""},
    measure{quantity::kl, "kl", "KL(P || Q)", "KL(P || Q)", true, true,
            [](const pmf& p, const pmf* q, base b, window w) { return info::kl_divergence(p, *q, b, w); },
            [](const density& p, const density* q, base b) { return info::kl_divergence(p, *q, b); },
            [](const discrete_family& p, const discrete_family* q, base b) { return info::kl_closed_form(p, *q, b); },
            [](const density& p, const density* q, base b) { return info::kl_closed_form(p, *q, b); },
            [](const pmf& p, const pmf* q, base b) { return Eigen::ArrayXd(info::kl_terms(p, *q, b)); },
            "P(x) log(P(x)/Q(x))", ""},
    measure{quantity::js, "js", "JS(P, Q)", "JS(P, Q)", true, false,
            [](const pmf& p, const pmf* q, base b, window w) { return info::js_divergence(p, *q, b, w); },
            [](const density& p, const density* q, base b) { return info::js_divergence(p, *q, b); },
            nullptr, nullptr,
            [](const pmf& p, const pmf* q, base b) { return Eigen::ArrayXd(info::js_terms(p, *q, b)); },
            "(P log(P/M) + Q log(Q/M))/2, M = (P+Q)/2", ""},
    measure{quantity::js_distance, "js-distance", "sqrt(JS(P, Q))", "sqrt(JS(P, Q))", true, false,
            [](const pmf& p, const pmf* q, base b, window w) { return info::js_distance(p, *q, b, w); },
            [](const density& p, const density* q, base b) { return info::js_distance(p, *q, b); },
            nullptr, nullptr,
            [](const pmf& p, const pmf* q, base b) { return Eigen::ArrayXd(info::js_terms(p, *q, b)); },
            "(P log(P/M) + Q log(Q/M))/2, M = (P+Q)/2", "the terms add up to JS(P, Q); the distance is its square root"},
};

}  // namespace

std::span<const measure> measures() { return table; }

const measure& measure_of(quantity q) {
  for (const measure& m : table)
    if (m.what == q) return m;
  throw std::logic_error("no measure row for this quantity");
}

}  // namespace infocalc
