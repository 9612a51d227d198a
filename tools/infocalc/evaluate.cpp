#include "evaluate.hpp"

#include "info/closed_forms.hpp"
#include "info/continuous_measures.hpp"
#include "info/discrete_measures.hpp"
#include "info/error.hpp"
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

std::string symbol(quantity q, bool densities) {
  switch (q) {
    case quantity::surprisal: return "S(p)";
    case quantity::entropy: return densities ? "h(P)" : "H(P)";
    case quantity::cross_entropy: return "H(P, Q)";
    case quantity::kl: return "KL(P || Q)";
    case quantity::js: return "JS(P, Q)";
    case quantity::js_distance: return "sqrt(JS(P, Q))";
  }
  return "?";
}

figure closed(double value) { return {value, "closed form", "closed-form", std::nullopt, 0}; }

// The library's result. Quadrature names its integrators ("exp-sinh + tanh-sinh"); a value decided before
// any integration (an infinity found from the supports or the tails, JS of disjoint supports) carries
// another name, reported as it is for people and as "analytic" in JSON.
figure integrated(const info::result& r) {
  const bool quadrature = r.method.find("sinh") != std::string::npos ||
                          r.method.find("quadrature") != std::string::npos ||
                          r.method.find("kronrod") != std::string::npos;
  if (quadrature) return {r.value, "quadrature (" + r.method + ")", "quadrature", r.error, r.evaluations};
  if (r.method == "overflow")  // found during the quadrature: log q below the double range where P has mass
    return {r.value, "quadrature (stopped: log q overflowed)", "quadrature", std::nullopt, r.evaluations};
  return {r.value, "decided without integrating (" + r.method + ")", "analytic", std::nullopt, r.evaluations};
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
  a.what = quantity::surprisal;
  a.unit = r.unit;
  a.symbol = fmt::format("S({})", p);
  a.p = fmt::format("{}", p);
  a.value = closed(info::surprisal(p, r.unit));
  return a;
}

// ---------------------------------------------------------------------------------------------------
// Discrete distributions: exact sums over the support (or the window), closed forms for KL of one family.

struct discrete_job {
  const request& r;
  const discrete& p;
  const discrete* q;  // null for entropy
  long terms;         // how many outcomes each sum runs over
};

figure summed(double value, const discrete_job& job) {
  return {value, job.r.window ? fmt::format("sum over the window {}..{}", job.r.window->first, job.r.window->last)
                              : fmt::format("exact sum over the support ({} outcomes)", job.terms),
          "sum", std::nullopt, job.terms};
}

// KL(P||Q) by closed form when allowed and available, else by the sum.
figure discrete_kl(const discrete_job& job, method how) {
  const auto& r = job.r;
  if (how != method::sum && !r.window && job.p.family && job.q->family) {
    if (auto v = info::kl_closed_form(*job.p.family, *job.q->family, r.unit)) return closed(*v);
  }
  if (how == method::closed_form) {
    if (r.window)
      throw usage_error("--method closed-form gives KL over the whole support, not over a window: use --method sum "
                        "(or auto) with --window");
    throw usage_error(fmt::format("no closed form for KL({} || {}); {}: use --method sum (or auto)", job.p.shown,
                                  job.q->shown, closed_forms_that_exist));
  }
  return summed(info::kl_divergence(job.p.pmf, job.q->pmf, r.unit, r.window), job);
}

std::string listed(const std::vector<Eigen::Index>& outcomes) {
  constexpr std::size_t shown = 8;
  std::string s;
  for (std::size_t i = 0; i < std::min(outcomes.size(), shown); ++i) s += fmt::format("{}{}", i ? ", " : "", outcomes[i]);
  if (outcomes.size() > shown) s += fmt::format(", ... ({} outcomes)", outcomes.size());
  return s;
}

std::string discrete_why(const discrete_job& job) {
  const info::support_mismatch m = info::infinite_outcomes(job.p.pmf, job.q->pmf);
  const auto& w = job.r.window;
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

std::string cut_note(const discrete& d, const char* name) {
  if (!d.pmf.unbounded()) return {};
  return fmt::format("{} = {} has an infinite support: it is summed over outcomes 0..{} (extended exactly where the "
                     "other distribution needs more); the mass left beyond, {:.3g}, is below 1e-17",
                     name, d.shown, d.pmf.size() - 1, d.pmf.tail());
}

double window_mass(const info::pmf& p, const info::window& w) {
  return p.extend(w.first, w.last - w.first + 1).sum();
}

answer discrete_answer(const request& r, const discrete& p, const discrete* q) {
  if (r.how == method::quadrature)
    throw usage_error("--method quadrature integrates densities, and these distributions are discrete: use --method "
                      "sum (or auto)");
  if (p.family == std::nullopt && q && q->family == std::nullopt && p.pmf.size() != q->pmf.size())
    throw usage_error(fmt::format("P has {} probabilities but Q has {}: give both lists the same outcomes 0..n-1, "
                                  "writing 0 for an outcome a distribution cannot produce",
                                  p.pmf.size(), q->pmf.size()));
  const long n = r.window ? static_cast<long>(r.window->last - r.window->first + 1)
                          : static_cast<long>(std::max(p.pmf.size(), q ? q->pmf.size() : Eigen::Index{0}));
  const discrete_job job{r, p, q, n};
  const auto b = r.unit;
  const auto& w = r.window;

  answer a;
  a.what = r.what;
  a.unit = b;
  a.window = w;
  a.symbol = symbol(r.what, false);
  a.p = p.shown;
  if (q) a.q = q->shown;

  auto no_closed_form = [&](const char* what) {
    if (r.how == method::closed_form)
      throw usage_error(fmt::format("no closed form for {} of discrete distributions; {}: use --method sum (or auto)",
                                    what, closed_forms_that_exist));
  };
  switch (r.what) {
    case quantity::entropy:
      if (r.how != method::sum && !w && p.family)
        if (auto v = info::entropy_closed_form(*p.family, b)) {
          a.value = closed(*v);
          break;
        }
      no_closed_form("the entropy");
      a.value = summed(info::entropy(p.pmf, b, w), job);
      break;
    case quantity::cross_entropy:
      no_closed_form("the cross-entropy");
      a.value = summed(info::cross_entropy(p.pmf, q->pmf, b, w), job);
      break;
    case quantity::kl: a.value = discrete_kl(job, r.how); break;
    case quantity::js:
      no_closed_form("the JS divergence");
      a.value = summed(info::js_divergence(p.pmf, q->pmf, b, w), job);
      break;
    case quantity::js_distance:
      no_closed_form("the JS distance");
      a.value = summed(info::js_distance(p.pmf, q->pmf, b, w), job);
      break;
    case quantity::surprisal: break;
  }

  if (r.what == quantity::kl || r.what == quantity::cross_entropy) {
    // Three separate computations: H(P,Q) summed from -P log Q, H(P) summed, KL summed or by closed form.
    chain_rule c;
    c.cross_entropy = r.what == quantity::cross_entropy ? a.value : summed(info::cross_entropy(p.pmf, q->pmf, b, w), job);
    c.entropy = summed(info::entropy(p.pmf, b, w), job);
    c.kl = r.what == quantity::kl ? a.value : discrete_kl(job, r.how == method::sum ? method::sum : method::automatic);
    // Rounding in sums of n terms: a few ulps per term at most.
    const double size = std::isfinite(c.cross_entropy.value) ? std::max(1.0, std::abs(c.cross_entropy.value)) : 1.0;
    const double tolerance = (1e-12 + static_cast<double>(n) * std::numeric_limits<double>::epsilon()) * size;
    c.check = info::identity("H(P,Q) = H(P) + KL(P||Q)", c.cross_entropy.value, c.entropy.value + c.kl.value,
                             tolerance);
    a.identity = c;
    if (std::isinf(a.value.value)) a.why_infinite = discrete_why(job);
  }

  if (r.terms) {
    Eigen::ArrayXd t;
    switch (r.what) {
      case quantity::entropy:
        t = info::entropy_terms(p.pmf, b);
        a.terms_heading = "-P(x) log P(x)";
        break;
      case quantity::cross_entropy:
        t = info::cross_entropy_terms(p.pmf, q->pmf, b);
        a.terms_heading = "-P(x) log Q(x)";
        break;
      case quantity::kl:
        t = info::kl_terms(p.pmf, q->pmf, b);
        a.terms_heading = "P(x) log(P(x)/Q(x))";
        break;
      case quantity::js:
      case quantity::js_distance:
        t = info::js_terms(p.pmf, q->pmf, b);
        a.terms_heading = "(P log(P/M) + Q log(Q/M))/2, M = (P+Q)/2";
        break;
      case quantity::surprisal: break;
    }
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
    if (r.what == quantity::js_distance) a.notes.push_back("the terms add up to JS(P, Q); the distance is its square root");
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
  return a;
}

// ---------------------------------------------------------------------------------------------------
// Densities: closed forms where they exist, quadrature otherwise (or on request).

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
  const figure f = integrated(r);
  if (f.key == "quadrature" && f.error && exact && std::isfinite(*exact) &&
      !(std::abs(r.value - *exact) <= r.error + 1e-12 * std::max(1.0, std::abs(*exact))))
    throw usage_error(fmt::format("{}: quadrature cannot resolve it (it gave {:.17g}, further from the closed form "
                                  "than its error estimate {:.3g}){}",
                                  what, r.value, r.error, way_out));
  return f;
}

figure continuous_entropy(const info::density& p, const std::string& shown, info::base b, method how) {
  const auto exact = info::entropy_closed_form(p, b);
  if (how != method::quadrature && exact) return closed(*exact);
  if (how == method::closed_form)
    throw usage_error(fmt::format("no closed form for the entropy of {}; {}: use --method quadrature (or auto)", shown,
                                  closed_forms_that_exist));
  return resolved([&] { return info::entropy(p, b); }, fmt::format("h(P) of P = {}", shown), exact);
}

figure continuous_kl(const continuous& p, const continuous& q, info::base b, method how) {
  const auto exact = info::kl_closed_form(p.density, q.density, b);
  if (how != method::quadrature && exact) return closed(*exact);
  if (how == method::closed_form)
    throw usage_error(fmt::format("no closed form for KL({} || {}); {}: use --method quadrature (or auto)", p.shown,
                                  q.shown, closed_forms_that_exist));
  return resolved([&] { return info::kl_divergence(p.density, q.density, b); },
                  fmt::format("KL(P || Q) of P = {}, Q = {}", p.shown, q.shown), exact);
}

figure continuous_cross_entropy(const continuous& p, const continuous& q, info::base b) {
  return resolved([&] { return info::cross_entropy(p.density, q.density, b); },
                  fmt::format("H(P, Q) of P = {}, Q = {}", p.shown, q.shown), std::nullopt);
}

answer continuous_answer(const request& r, const continuous& p, const continuous* q) {
  const char* densities = "these are densities";
  if (r.how == method::sum)
    throw usage_error(fmt::format("--method sum adds up a discrete distribution, and {}: use --method quadrature (or "
                                  "auto)",
                                  densities));
  if (r.window)
    throw usage_error(fmt::format("--window restricts a discrete sum to outcomes A..B, and {}: drop --window",
                                  densities));
  if (r.terms)
    throw usage_error(fmt::format("--terms lists the outcomes of a discrete sum, and {}: drop --terms", densities));
  const auto b = r.unit;
  answer a;
  a.what = r.what;
  a.unit = b;
  a.continuous = true;
  a.symbol = symbol(r.what, true);
  a.p = p.shown;
  if (q) a.q = q->shown;

  auto no_closed_form = [&](const char* what) {
    if (r.how == method::closed_form)
      throw usage_error(fmt::format("no closed form for {} in the library; {}: use --method quadrature (or auto)", what,
                                    closed_forms_that_exist));
  };
  switch (r.what) {
    case quantity::entropy: a.value = continuous_entropy(p.density, p.shown, b, r.how); break;
    case quantity::cross_entropy:
      no_closed_form("the cross-entropy");
      a.value = continuous_cross_entropy(p, *q, b);
      break;
    case quantity::kl: a.value = continuous_kl(p, *q, b, r.how); break;
    case quantity::js:
      no_closed_form("the JS divergence");
      a.value = resolved([&] { return info::js_divergence(p.density, q->density, b); },
                         fmt::format("JS(P, Q) of P = {}, Q = {}", p.shown, q->shown), std::nullopt);
      break;
    case quantity::js_distance:
      no_closed_form("the JS distance");
      a.value = resolved([&] { return info::js_distance(p.density, q->density, b); },
                         fmt::format("sqrt(JS(P, Q)) of P = {}, Q = {}", p.shown, q->shown), std::nullopt);
      break;
    case quantity::surprisal: break;
  }

  if (r.what == quantity::kl || r.what == quantity::cross_entropy) {
    // H(P,Q) integrated from -p log q; h(P) and KL each by closed form (auto) or quadrature, separately.
    const method sides = r.how == method::quadrature ? method::quadrature : method::automatic;
    chain_rule c;
    try {
      c.cross_entropy = r.what == quantity::cross_entropy ? a.value : continuous_cross_entropy(p, *q, b);
      c.entropy = continuous_entropy(p.density, p.shown, b, sides);
      c.kl = r.what == quantity::kl ? a.value : continuous_kl(p, *q, b, sides);
      // The quadrature target (relative 1e-10), widened by the error estimates of the three figures.
      const double size = std::isfinite(c.cross_entropy.value) ? std::max(1.0, std::abs(c.cross_entropy.value)) : 1.0;
      double tolerance = 1e-10 * size;
      for (const figure* f : {&c.cross_entropy, &c.entropy, &c.kl})
        if (f->error && std::isfinite(*f->error)) tolerance += *f->error;
      c.check = info::identity("H(P,Q) = H(P) + KL(P||Q)", c.cross_entropy.value, c.entropy.value + c.kl.value,
                               tolerance);
      a.identity = c;
    } catch (const usage_error& e) {
      // A side that quadrature cannot resolve leaves nothing to check against: say so, check nothing.
      a.notes.push_back(fmt::format("the chain rule H(P,Q) = h(P) + KL(P||Q) is not checked: {}", e.what()));
    }
    if (std::isinf(a.value.value)) {
      a.why_infinite = info::why_infinite(p.density, q->density);
      if (a.why_infinite.empty())
        a.why_infinite = "-log q exceeds the largest double (about 1.8e308) where P has mass: the divergence is "
                         "finite but too large for a double, so it is rounded to +infinity";
    }
  }
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

}  // namespace

answer evaluate(const request& r) {
  if (r.what == quantity::surprisal) return surprisal(r);
  if (needs_q(r.what) && !r.q)
    throw usage_error(fmt::format("{} compares two distributions and Q is missing: infocalc {} P Q, e.g. infocalc {} "
                                  "0.5,0.5 0.9,0.1",
                                  spelling(r.what), spelling(r.what), spelling(r.what)));
  if (!needs_q(r.what) && r.q)
    throw usage_error(fmt::format("entropy takes one distribution; remove the extra argument '{}' (for two, use "
                                  "infocalc cross-entropy P Q)",
                                  *r.q));
  const operand p = read(r.p, "P");
  const std::optional<operand> q = r.q ? std::optional(read(*r.q, "Q")) : std::nullopt;

  answer a;
  if (const auto* pd = std::get_if<discrete>(&p)) {
    const discrete* qd = q ? std::get_if<discrete>(&*q) : nullptr;
    if (q && !qd)
      throw usage_error(fmt::format("P = {} is discrete but Q = {} is a density: compare two discrete distributions "
                                    "or two densities",
                                    pd->shown, std::get<continuous>(*q).shown));
    a = discrete_answer(r, *pd, qd);
  } else {
    const auto& pc = std::get<continuous>(p);
    const continuous* qc = q ? std::get_if<continuous>(&*q) : nullptr;
    if (q && !qc)
      throw usage_error(fmt::format("P = {} is a density but Q = {} is discrete: compare two densities or two "
                                    "discrete distributions",
                                    pc.shown, std::get<discrete>(*q).shown));
    a = continuous_answer(r, pc, qc);
  }
  refuse_nan(a);
  return a;
}

std::string unit_of(const answer& a) {
  const std::string unit{info::unit_name(a.unit)};
  return a.what == quantity::js_distance ? "sqrt(" + unit + ")" : unit;
}

}  // namespace infocalc
