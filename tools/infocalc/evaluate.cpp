#include "evaluate.hpp"

#include "measures.hpp"
#include "tables.hpp"

#include "info/closed_forms.hpp"
#include "info/continuous_measures.hpp"
#include "info/discrete_measures.hpp"
#include "info/error.hpp"
#include "info/joint.hpp"
#include "info/mvnormal.hpp"
#include "info/spec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <variant>

namespace infocalc {
namespace {

template <class... F>
struct overloaded : F... {
  using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

// What a discrete spec became: its pmf, and the family it came from (kept for the closed forms).
struct discrete {
  info::pmf pmf;
  std::optional<info::discrete_family> family;
  std::string shown;
};

struct continuous {
  info::density density;
  std::string shown;
};

using operand = std::variant<discrete, continuous>;

operand read(const std::string& text, const std::string& name) {
  info::distribution d = info::parse_spec(text, name);
  std::string shown = info::describe(d);
  return std::visit(overloaded{
                        [&](info::pmf& p) -> operand { return discrete{std::move(p), std::nullopt, shown}; },
                        [&](info::discrete_family& f) -> operand { return discrete{info::to_pmf(f, name), f, shown}; },
                        [&](info::density& p) -> operand { return continuous{std::move(p), shown}; },
                    },
                    d);
}

const char* const closed_forms_that_exist =
    "closed forms exist for the entropy of one continuous family (all 13, not mixtures), of bernoulli and geometric, "
    "and for KL between two "
    "members of one family: normal, exponential, gamma, beta, uniform, laplace, cauchy; poisson, bernoulli, "
    "binomial with the same n, geometric";

// The library's result as the report and the JSON show it: quadrature with its integrators, error estimate
// and evaluations; a value decided before any integration (an infinity found from the supports or the
// tails, JS of disjoint supports) with its reason; a sum with its rounding bound and terms.
figure shown(const info::result& r) {
  figure f{r.value, info::describe(r), info::key(r.method), std::nullopt, r.evaluations, r};
  if (r.method == info::method::quadrature && r.reason.empty()) f.error = r.error;
  if (r.method == info::method::sum) f.error = r.error;
  if (r.method == info::method::analytic) f.evaluations = std::nullopt;
  return f;
}

figure closed(double value) {
  info::result r;  // method::closed_form, exact to the formula's rounding
  r.value = value;
  return shown(r);
}

// ---------------------------------------------------------------------------------------------------
// Surprisal: -log_b p of a single probability.

double probability(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  double p = 0.0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), p);
  if (ec == std::errc::result_out_of_range && end == text.data() + text.size())
    throw usage_error(fmt::format("surprisal of {}: a probability this far from (0, 1] or this close to 0 does not fit "
                                  "a double (the smallest positive one is about 4.9e-324): give a probability in (0, 1]",
                                  text));
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
    throw usage_error(fmt::format("surprisal takes one probability, and '{}' is not a number: write a "
                                  "probability in (0, 1], e.g. infocalc surprisal 0.25",
                                  text));
  if (p == 0.0)
    throw usage_error("surprisal of probability 0 is infinite (the event cannot happen): give a probability in "
                      "(0, 1], e.g. infocalc surprisal 0.001");
  if (!(p > 0.0 && p <= 1.0))
    throw usage_error(fmt::format("surprisal needs a probability in (0, 1], and {} is not: give one such as 0.25",
                                  text));
  return p;
}

answer surprisal(const request& r) {
  if (r.q) throw usage_error(fmt::format("surprisal takes one probability; remove the extra argument '{}'", *r.q));
  if (r.how == method::quadrature || r.how == method::sum)
    throw usage_error(fmt::format("surprisal is the formula -log p, with nothing to {}: drop --method {}",
                                  r.how == method::sum ? "sum" : "integrate", spelling(r.how)));
  if (r.window) throw usage_error("--window restricts a sum over outcomes; surprisal has none: drop --window");
  if (r.terms) throw usage_error("--terms lists the outcomes of a sum; surprisal has none: drop --terms");
  const double p = probability(r.p);
  answer a;
  a.what = "surprisal";
  a.unit = r.unit;
  a.symbol = fmt::format("S({})", p);
  a.p = fmt::format("{}", p);
  a.value = closed(info::surprisal(p, r.unit));
  return a;
}

// ---------------------------------------------------------------------------------------------------
// Any measure of the table, of two discrete distributions or two densities, by the method asked for.

// The symbol as the answer shows it: with Q when an optional Q is given, alpha replaced by its value.
std::string symbol_of(const measure& m, const request& r, bool continuous) {
  std::string s{m.optional_q && r.q ? m.q_symbol : continuous ? m.density_symbol : m.symbol};
  if (const auto i = s.find("alpha"); m.needs_alpha && r.alpha && i != std::string::npos)
    s.replace(i, 5, fmt::format("{}", *r.alpha));
  return s;
}

// P and Q (Q null for a measure of P alone), both discrete or both densities.
struct operands {
  const request& r;
  const operand& p;
  const operand* q;
  [[nodiscard]] bool continuous() const { return std::holds_alternative<struct continuous>(p); }
  [[nodiscard]] const discrete& dp() const { return std::get<discrete>(p); }
  [[nodiscard]] const discrete* dq() const { return q ? &std::get<discrete>(*q) : nullptr; }
  [[nodiscard]] const struct continuous& cp() const { return std::get<struct continuous>(p); }
  [[nodiscard]] const struct continuous* cq() const { return q ? &std::get<struct continuous>(*q) : nullptr; }
  [[nodiscard]] std::string described(const measure& m) const {
    const std::string shown = continuous() ? cp().shown : dp().shown;
    const std::string symbol = symbol_of(m, r, false);
    if (!q) return fmt::format("{} of P = {}", symbol, shown);
    return fmt::format("{} of P = {}, Q = {}", symbol, shown, continuous() ? cq()->shown : dq()->shown);
  }
};

void no_closed_form(const measure& m, const operands& o) {
  const char* other = o.continuous() ? "quadrature" : "sum";
  if (o.r.window)
    throw usage_error(fmt::format("--method closed-form gives {} over the whole support, not over a window: use "
                                  "--method sum (or auto) with --window",
                                  m.symbol));
  throw usage_error(fmt::format("no closed form for {}; {}: use --method {} (or auto)", o.described(m),
                                closed_forms_that_exist, other));
}

// A quadrature figure the calculator stands behind. The library refuses (info::unresolved) what it cannot
// resolve: an integrator that fails, a value that is not finite or whose error estimate is as large as
// itself. The calculator adds what only it knows: where a closed form exists, the figure must lie within
// its error estimate of it, plus 1e-12 relative for the rounding inside the log-density, which the
// estimate does not cover (quadrature.hpp). Either way the refusal is exit 2 with the reason and the closed form's value.
figure resolved(const std::function<info::result()>& compute, const std::string& what, std::optional<double> exact) {
  const std::string way_out =
      exact ? fmt::format("; its closed form is {:.17g}: use --method auto", *exact) : std::string();
  info::result r;
  try {
    r = compute();
  } catch (const info::unresolved& e) {
    throw usage_error(e.what() + way_out);
  }
  if (r.method == info::method::quadrature && r.reason.empty() && exact && std::isfinite(*exact) &&
      !(std::abs(r.value - *exact) <= r.error + 1e-12 * std::max(1.0, std::abs(*exact))))
    throw usage_error(fmt::format("{}: quadrature cannot resolve it (it gave {:.17g}, further from the closed form "
                                  "than its error estimate {:.3g}){}",
                                  what, r.value, r.error, way_out));
  return shown(r);
}

// Measure m by `how`: its closed form where one exists (unless a sum or quadrature is asked for), otherwise
// the sum over the support (or the window) or the quadrature.
figure compute(const measure& m, const operands& o, method how) {
  const info::base b = o.r.unit;
  const double alpha = o.r.alpha.value_or(std::numeric_limits<double>::quiet_NaN());
  if (o.continuous()) {
    const info::density* q = o.q ? &o.cq()->density : nullptr;
    const auto exact = m.closed_integral ? m.closed_integral(o.cp().density, q, b) : std::nullopt;
    if (how != method::quadrature && exact) return closed(*exact);
    if (how == method::closed_form) no_closed_form(m, o);
    return resolved([&] {
      return m.integral ? m.integral(o.cp().density, q, b) : m.whole_integral(o.cp().density, q, alpha, b);
    }, o.described(m), exact);
  }
  const discrete& p = o.dp();
  const discrete* q = o.dq();
  if (how != method::sum && !o.r.window && m.closed_sum && p.family && (!q || q->family))
    if (auto v = m.closed_sum(*p.family, q ? &*q->family : nullptr, b)) return closed(*v);
  if (how == method::closed_form) no_closed_form(m, o);
  const info::pmf* qp = q ? &q->pmf : nullptr;
  figure f = shown(m.sum ? m.sum(p.pmf, qp, b, o.r.window) : m.whole_sum(p.pmf, qp, alpha, b));
  if (o.r.window && f.key == "sum")
    f.method = fmt::format("sum over the window {}..{}", o.r.window->first, o.r.window->last);
  return f;
}

std::string listed(const std::vector<Eigen::Index>& outcomes) {
  constexpr std::size_t shown = 8;
  std::string s;
  for (std::size_t i = 0; i < std::min(outcomes.size(), shown); ++i) s += fmt::format("{}{}", i ? ", " : "", outcomes[i]);
  if (outcomes.size() > shown) s += fmt::format(", ... ({} outcomes)", outcomes.size());
  return s;
}

std::string discrete_why(const operands& o) {
  const info::support_mismatch m = info::infinite_outcomes(o.dp().pmf, o.dq()->pmf);
  const auto& w = o.r.window;
  std::vector<Eigen::Index> at;
  for (auto k : m.outcomes)
    if (!w || (w->first <= k && k <= w->last)) at.push_back(k);
  std::optional<Eigen::Index> from = m.all_from;
  if (from && w) from = *from <= w->last ? std::optional(std::max(*from, w->first)) : std::nullopt;
  std::string why;
  if (!at.empty()) why = fmt::format("P(x) > 0 but Q(x) = 0 at x = {}", listed(at));
  if (from) {
    why += why.empty() ? "P(x) > 0 but Q(x) = 0 at " : "; and at ";
    why += w ? fmt::format("every x from {} to {}", *from, w->last)
             : fmt::format("every x >= {}: P's support is infinite and Q's ends at {}", *from, *from - 1);
  }
  if (why.empty()) return "the library reports no outcome with P(x) > 0 and Q(x) = 0 (please report this)";
  return why + ", so a term P(x) log(1/Q(x)) is infinite";
}

std::string why_infinite(const operands& o) {
  if (!o.continuous()) return discrete_why(o);
  if (std::string why = info::why_infinite(o.cp().density, o.cq()->density); !why.empty()) return why;
  return "-log q exceeds the largest double (about 1.8e308) where P has mass: the divergence is finite but too "
         "large for a double, so it is rounded to +infinity";
}

// The chain rule H(P,Q) = H(P) + KL(P||Q) with its three figures computed separately: the cross-entropy
// from its own sum or integral, H(P) and KL each by closed form or by the method asked for.
void add_chain_rule(answer& a, const operands& o) {
  const method sides = o.r.how == method::closed_form ? method::automatic : o.r.how;
  auto side = [&](quantity q) { return q == a.what ? a.value : compute(measure_of(q), o, sides); };
  chain_rule c;
  try {
    c.cross_entropy = side("cross-entropy");
    c.entropy = side("entropy");
    c.kl = side("kl");
  } catch (const usage_error& e) {
    // A side that quadrature cannot resolve leaves nothing to check against: say so, check nothing.
    a.notes.push_back(fmt::format("the chain rule H(P,Q) = h(P) + KL(P||Q) is not checked: {}", e.what()));
    return;
  }
  c.check = info::chain_rule(c.cross_entropy.source, c.entropy.source, c.kl.source);
  a.identity = c;
}

std::string cut_note(const discrete& d, const char* name) {
  if (!d.pmf.unbounded()) return {};
  return fmt::format("{} = {} has an infinite support: it is summed over outcomes 0..{} (extended exactly where the "
                     "other distribution needs more); the mass left beyond, {:.3g}, is below 1e-17",
                     name, d.shown, d.pmf.size() - 1, d.pmf.tail());
}

double window_mass(const info::pmf& p, const info::window& w) { return p.extend(w.first, w.last - w.first + 1).sum(); }

// What a discrete answer adds: the table of terms, where infinite supports were cut, the window's masses.
void add_discrete_notes(answer& a, const measure& m, const operands& o) {
  const discrete& p = o.dp();
  const discrete* q = o.dq();
  const auto& w = o.r.window;
  if (o.r.terms) {
    const Eigen::ArrayXd t = m.terms(p.pmf, q ? &q->pmf : nullptr, o.r.unit);
    a.terms_heading = m.terms_heading;
    const Eigen::Index size = t.size();
    const Eigen::ArrayXd pm = p.pmf.extend(size);
    const Eigen::ArrayXd qm = q ? q->pmf.extend(size) : Eigen::ArrayXd::Zero(size);
    const Eigen::Index first = w ? w->first : 0;
    const Eigen::Index last = w ? std::min(w->last, size - 1) : size - 1;
    std::vector<term_row> rows;
    for (Eigen::Index k = first; k <= last; ++k) rows.push_back({k, pm(k), qm(k), t(k)});
    a.terms = std::move(rows);
    if (w && w->last >= size)
      a.notes.push_back(fmt::format("the table stops at outcome {}: beyond it both distributions have no mass "
                                    "(or mass below the cut)",
                                    size - 1));
    if (!m.terms_note.empty()) a.notes.emplace_back(m.terms_note);
  }
  // Where an infinite support was cut matters for a full sum, not for a window.
  if (!w) {
    if (auto note = cut_note(p, "P"); !note.empty()) a.notes.push_back(note);
    if (q)
      if (auto note = cut_note(*q, "Q"); !note.empty()) a.notes.push_back(note);
  }
  if (w) {
    std::string masses = fmt::format("P has mass {:.17g}", window_mass(p.pmf, *w));
    if (q) masses += fmt::format(" and Q has mass {:.17g}", window_mass(q->pmf, *w));
    a.notes.push_back(fmt::format("WINDOWED: only outcomes {}..{} are summed and nothing is renormalised; {} there. "
                                  "This reproduces a windowed sum; it is not the quantity for the whole distributions",
                                  w->first, w->last, masses));
  }
}

// The options that only one kind of distribution takes, refused for the other.
void refuse_misplaced_options(const operands& o) {
  const request& r = o.r;
  if (!o.continuous()) {
    if (r.how == method::quadrature)
      throw usage_error("--method quadrature integrates densities, and these distributions are discrete: use "
                        "--method sum (or auto)");
    const discrete* q = o.dq();
    if (!o.dp().family && q && !q->family && o.dp().pmf.size() != q->pmf.size())
      throw usage_error(fmt::format("P has {} probabilities but Q has {}: give both lists the same outcomes 0..n-1, "
                                    "writing 0 for an outcome a distribution cannot produce",
                                    o.dp().pmf.size(), q->pmf.size()));
    return;
  }
  const char* densities = "these are densities";
  if (r.how == method::sum)
    throw usage_error(fmt::format("--method sum adds up a discrete distribution, and {}: use --method quadrature "
                                  "(or auto)",
                                  densities));
  if (r.window)
    throw usage_error(fmt::format("--window restricts a discrete sum to outcomes A..B, and {}: drop --window",
                                  densities));
  if (r.terms)
    throw usage_error(fmt::format("--terms lists the outcomes of a discrete sum, and {}: drop --terms", densities));
}

answer measured(const operands& o) {
  const measure& m = measure_of(o.r.what);
  if (o.r.window && !m.sum)
    throw usage_error(fmt::format("--window restricts a sum to outcomes A..B, and {} is computed over the whole "
                                  "support only: drop --window",
                                  symbol_of(m, o.r, o.continuous())));
  if (o.r.terms && !m.terms && !o.continuous())
    throw usage_error(fmt::format("--terms lists the terms of a sum, and infocalc has no table of terms for {}: drop "
                                  "--terms",
                                  symbol_of(m, o.r, false)));
  refuse_misplaced_options(o);
  answer a;
  a.what = o.r.what;
  a.unit = o.r.unit;
  a.window = o.r.window;
  a.continuous = o.continuous();
  a.symbol = symbol_of(m, o.r, a.continuous);
  a.unitless = m.unitless;
  a.bound_note = m.bound_note;
  a.density_note = m.density_note;
  a.p = o.continuous() ? o.cp().shown : o.dp().shown;
  if (o.q) a.q = o.continuous() ? o.cq()->shown : o.dq()->shown;
  a.value = compute(m, o, o.r.how);
  if (m.chain_rule) {
    add_chain_rule(a, o);
    if (std::isinf(a.value.value)) a.why_infinite = why_infinite(o);
  }
  if (!a.continuous) add_discrete_notes(a, m, o);
  return a;
}

void refuse_nan(const answer& a) {
  auto check = [&](const figure& f, const char* what) {
    if (std::isnan(f.value) || (f.error && std::isnan(*f.error)))
      throw std::logic_error(fmt::format("the library returned NaN for {} of P = {}{}; this is a bug, please report it",
                                         what, a.p, a.q ? " and Q = " + *a.q : std::string{}));
  };
  check(a.value, a.symbol.c_str());
  if (a.identity) {
    check(a.identity->cross_entropy, "H(P,Q)");
    check(a.identity->entropy, "H(P)");
    check(a.identity->kl, "KL(P||Q)");
  }
  if (a.terms)
    for (const auto& row : *a.terms)
      if (std::isnan(row.term)) throw std::logic_error(fmt::format("the library returned a NaN term at outcome {}", row.outcome));
}

// ---------------------------------------------------------------------------------------------------
// --exact: the exact value from the symbolic layer, checked against the double.

// What --exact cannot give, refused before anything is read.
void refuse_inexact(const request& r) {
  require_symbolic();
  if (r.what == "surprisal")
    throw usage_error("--exact gives the exact entropy, cross-entropy, KL and JS of rational distributions, and "
                      "surprisal is none of them: drop --exact");
  const measure& m = measure_of(r.what);
  if (!m.exact)
    throw usage_error(fmt::format("--exact has no exact form for {}: {}", m.symbol,
                                  m.no_exact.empty() ? "exact values are given for entropy, cross-entropy, kl and js "
                                                       "of rational discrete specs; drop --exact"
                                                     : m.no_exact));
  if (r.window)
    throw usage_error("--exact gives the measure over the whole support, not over a window: drop --window or --exact");
}

exact_value exact_of(const request& r) { return measure_of(r.what).exact(r.p, r.q ? &*r.q : nullptr); }

// The exact value is rounded once to the double nearest it (log10 adds one more rounding for bans); the
// computed double may differ from it by its own error bound (a sum's rounding bound) plus, as in the
// chain rule, 1e-12 of its size (at least 1) for what no bound covers: the masses rounded to doubles as
// they are read (1/3 is not a double), the rounding inside closed forms. More than that means one of the
// two is wrong.
info::check agreement(const exact_value& e, const figure& f, info::base unit) {
  const double exact = unit == info::base::bits ? e.bits
                       : unit == info::base::bans ? e.nats / std::log(10.0)
                                                  : e.nats;
  const double size = std::max({1.0, std::abs(exact), std::abs(f.value)});
  const double uncovered = std::isfinite(size) ? 1e-12 * size : 0.0;
  return info::identity("exact = double", f.value, exact, f.source.error + uncovered);
}

// ---------------------------------------------------------------------------------------------------
// What only some measures take: --alpha, --base; tables in place of specs; multivariate normals.

// The names of the rows that have `f`, "entropy and kl".
template <class F>
std::string rows_with(F f) {
  std::vector<std::string_view> names;
  for (const measure& m : measures())
    if (f(m)) names.push_back(m.name);
  std::string s;
  for (std::size_t i = 0; i < names.size(); ++i)
    s += fmt::format("{}{}", i == 0 ? "" : i + 1 == names.size() ? " and " : ", ", names[i]);
  return s;
}

void refuse_settings(const measure& m, const request& r) {
  if (r.alpha && !m.needs_alpha)
    throw usage_error(fmt::format("--alpha is the order of {}, and {} takes none: drop --alpha (or use infocalc "
                                  "renyi P [Q] --alpha A)",
                                  rows_with([](const measure& x) { return x.needs_alpha; }), m.name));
  if (m.needs_alpha && !r.alpha)
    throw usage_error(fmt::format("{} needs its order: add --alpha A with A > 0, e.g. infocalc {} 0.5,0.25,0.25 "
                                  "--alpha 2 (A = 1 is Shannon's entropy or KL)",
                                  m.name, m.name));
  if (m.unitless && r.unit_given)
    throw usage_error(fmt::format("{} is a number without a unit (there is no logarithm in it), so --base does not "
                                  "apply: drop --base",
                                  m.symbol));
}

// Joint tables and channels: the options that take specs are refused, and the table is read.
answer tabled(const measure& m, const request& r) {
  const bool joint = m.of_joint != nullptr;
  const std::string_view name = joint ? "J" : "W", what = joint ? "a joint table" : "a channel";
  if (r.q)
    throw usage_error(fmt::format("{} takes one argument, {} {}; remove the extra argument '{}'", m.name, what, name,
                                  *r.q));
  if (r.window) throw usage_error(fmt::format("--window restricts a sum over one distribution's outcomes, and {} "
                                              "takes {}: drop --window", m.name, what));
  if (r.terms) throw usage_error(fmt::format("--terms lists the outcomes of one distribution, and {} takes {}: drop "
                                             "--terms", m.name, what));
  if (joint && (r.how == method::closed_form || r.how == method::quadrature))
    throw usage_error(fmt::format("{} of a joint table is its sum over the cells, with no closed form or integral: "
                                  "use --method sum (or auto)",
                                  m.symbol));
  if (!joint && r.how != method::automatic)
    throw usage_error(fmt::format("{} is found by the Blahut-Arimoto algorithm, the one method: drop --method {}",
                                  m.symbol, spelling(r.how)));
  auto rows = parse_table(r.p, name, joint ? "value of Y (column)" : "output y (column)");
  answer a;
  a.what = r.what;
  a.unit = r.unit;
  a.symbol = m.symbol;
  a.unitless = m.unitless;
  a.bound_note = m.bound_note;
  a.p_name = name;
  if (joint) {
    // The sum first, so that the message says what the calculator's reader wrote (the library's names the
    // C++ way to rescale).
    double sum = 0.0, c = 0.0;  // Neumaier
    for (const auto& row : rows)
      for (const double v : row) {
        const double t = sum + v;
        c += std::abs(sum) >= std::abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
      }
    sum += c;
    bool finite_non_negative = true;
    for (const auto& row : rows)
      for (const double v : row) finite_non_negative = finite_non_negative && v >= 0;
    if (finite_non_negative && std::abs(sum - 1.0) > info::pmf::sum_tolerance)
      throw usage_error(fmt::format("J sums to {}, not 1: correct the table so that all its entries sum to 1 "
                                    "(nothing is rescaled)",
                                    sum));
    const info::joint j(rows, "J");
    a.p = describe_table(j.mass());
    a.p_note = "X the row, Y the column";
    a.value = shown(m.of_joint(j, r.unit));
  } else {
    const info::channel w(rows, "W");
    a.p = describe_table(w.matrix());
    a.p_note = "row x is W(y | x), the outputs' distribution given the input x";
    const info::capacity_result c = [&] {
      try {
        return m.of_channel(w, r.unit);
      } catch (const info::unresolved& e) {
        throw usage_error(e.what());
      }
    }();
    info::result source;
    source.value = c.value;
    source.error = c.gap;
    source.evaluations = c.iterations;
    a.value = figure{c.value, fmt::format("Blahut-Arimoto, {} iteration{}, until its bounds meet within 1e-12 nats",
                                          c.iterations, c.iterations == 1 ? "" : "s"),
                     "blahut-arimoto", c.gap, std::nullopt, source};
    a.capacity = capacity_figures{c.iterations, c.upper, c.gap, std::vector<double>(c.input.size())};
    for (Eigen::Index x = 0; x < c.input.size(); ++x) a.capacity->input[static_cast<std::size_t>(x)] = c.input(x);
  }
  if (std::isnan(a.value.value))
    throw std::logic_error(fmt::format("the library returned NaN for {} of {} = {}; this is a bug, please report it",
                                       a.symbol, name, a.p));
  return a;
}

// Multivariate normals: by closed form, for the rows that have one.
answer multivariate(const measure& m, const request& r) {
  if (!m.of_mvnormal)
    throw usage_error(fmt::format("mvnormal(...) is taken by {} only (by closed form), not by {}: use one of them, "
                                  "e.g. infocalc kl 'mvnormal(0,0|1,0.5;0.5,2)' 'mvnormal(1,0|1,0;0,1)'",
                                  rows_with([](const measure& x) { return x.of_mvnormal != nullptr; }), m.name));
  if (r.q && is_mvnormal(r.p) != is_mvnormal(*r.q))
    throw usage_error(fmt::format("{} is a multivariate normal but {} = {} is not: give both as mvnormal(mean|"
                                  "covariance) (a normal of one dimension is mvnormal(m|v), with v the variance)",
                                  is_mvnormal(r.p) ? "P" : "Q", is_mvnormal(r.p) ? "Q" : "P",
                                  is_mvnormal(r.p) ? *r.q : r.p));
  if (r.how == method::sum || r.how == method::quadrature)
    throw usage_error(fmt::format("{} of multivariate normals is computed by its closed form only: use --method "
                                  "closed-form (or auto)",
                                  m.density_symbol));
  if (r.window) throw usage_error("--window restricts a discrete sum to outcomes A..B, and mvnormal is a density: "
                                  "drop --window");
  if (r.terms)
    throw usage_error("--terms lists the outcomes of a discrete sum, and mvnormal is a density: drop --terms");
  const info::mvnormal p = parse_mvnormal(r.p, "P");
  const std::optional<info::mvnormal> q = r.q ? std::optional(parse_mvnormal(*r.q, "Q")) : std::nullopt;
  if (q && q->dimension() != p.dimension())
    throw usage_error(fmt::format("P has dimension {} but Q has dimension {}: {} compares normals on one space, so "
                                  "give both the same dimension",
                                  p.dimension(), q->dimension(), m.density_symbol));
  answer a;
  a.what = r.what;
  a.unit = r.unit;
  a.continuous = true;
  a.symbol = m.density_symbol;
  a.density_note = m.density_note;
  a.p = describe_mvnormal(p);
  if (q) a.q = describe_mvnormal(*q);
  a.value = closed(m.of_mvnormal(p, q ? &*q : nullptr, r.unit));
  if (m.chain_rule)
    a.notes.emplace_back("the chain rule H(P,Q) = h(P) + KL(P||Q) is not checked: infocalc has no cross-entropy of "
                         "multivariate normals");
  if (std::isnan(a.value.value))
    throw std::logic_error(fmt::format("the library returned NaN for {} of P = {}; this is a bug, please report it",
                                       a.symbol, a.p));
  return a;
}

}  // namespace

answer evaluate(const request& r) {
  if (r.exact) refuse_inexact(r);
  if (r.what == "surprisal") {
    if (r.alpha) throw usage_error("--alpha is the order of renyi, and surprisal takes none: drop --alpha");
    return surprisal(r);
  }
  const measure& m = measure_of(r.what);
  refuse_settings(m, r);
  if (m.of_joint || m.of_channel) return tabled(m, r);
  if (needs_q(r.what) && !r.q)
    throw usage_error(fmt::format("{} compares two distributions and Q is missing: infocalc {} P Q, e.g. infocalc {} "
                                  "0.5,0.5 0.9,0.1",
                                  r.what, r.what, r.what));
  if (!needs_q(r.what) && !m.optional_q && r.q)
    throw usage_error(fmt::format("entropy takes one distribution; remove the extra argument '{}' (for two, use "
                                  "infocalc cross-entropy P Q)",
                                  *r.q));
  if (is_mvnormal(r.p) || (r.q && is_mvnormal(*r.q))) return multivariate(m, r);
  // The exact value first: when a spec is not rational, the layer's message says why exactly.
  const std::optional<exact_value> exact = r.exact ? std::optional(exact_of(r)) : std::nullopt;
  const operand p = read(r.p, "P");
  const std::optional<operand> q = r.q ? std::optional(read(*r.q, "Q")) : std::nullopt;

  if (q && p.index() != q->index()) {
    const auto shown = [](const operand& d) {
      return std::visit([](const auto& x) { return x.shown; }, d);
    };
    throw usage_error(std::holds_alternative<discrete>(p)
                          ? fmt::format("P = {} is discrete but Q = {} is a density: compare two discrete "
                                        "distributions or two densities",
                                        shown(p), shown(*q))
                          : fmt::format("P = {} is a density but Q = {} is discrete: compare two densities or two "
                                        "discrete distributions",
                                        shown(p), shown(*q)));
  }
  answer a = measured(operands{r, p, q ? &*q : nullptr});
  refuse_nan(a);
  if (exact) a.exact = exact_figure{*exact, agreement(*exact, a.value, r.unit)};
  return a;
}

std::string unit_of(const answer& a) {
  if (a.unitless) return {};
  const std::string unit{info::unit_name(a.unit)};
  return a.what != "surprisal" && measure_of(a.what).root_unit ? "sqrt(" + unit + ")" : unit;
}

}  // namespace infocalc
