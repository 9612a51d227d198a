// The fuzz harness: a spec read from the fuzz input, evaluated with every measure against fixed partners.
//
// The input is parsed with info::parse_spec, the same entry point as the calculator (tools/infocalc/
// evaluate.cpp). A discrete spec becomes a pmf (info::to_pmf for a family) and is compared, both ways,
// with a uniform list, poisson(4), binomial(10, 0.5), the uniform distribution on its own outcomes and
// itself; a density with normal(0,1), cauchy(0,1), exponential(1), a two-bump mixture and itself. Every
// measure is called: entropy, cross-entropy, KL, JS, JS distance, their per-outcome terms, the closed
// forms, and the library's own explanations of an infinity (infinite_outcomes, why_infinite).
//
// A finding is any of:
//   - NaN in a value or an error estimate, or a negative error estimate;
//   - KL < 0, H(P,Q) < 0 (discrete), JS outside [0, ln 2], JS distance outside [0, sqrt(ln 2)], discrete
//     H(P) outside [0, log n] for n outcomes, KL(P||P) or JS(P,P) not 0 -- each beyond the tolerance below;
//   - the chain rule H(P,Q) = H(P) + KL(P||Q) failing info::chain_rule (the check the calculator and the
//     lessons print, with its own tolerance) when all three sides are finite; when one is infinite
//     and H(P) is finite, H(P,Q) and KL(P||Q) not both +infinity or both finite;
//   - an infinite KL where Q's support covers P's (a discrete Q that is positive wherever P is: then
//     every term is finite); the library's own reasons for an infinity disagreeing with the value;
//   - a closed form disagreeing with the sum or the quadrature, or one being infinite and the other not;
//   - a quadrature whose error estimate exceeds max(1, |value|) (not one digit can be trusted);
//   - an exception that is not info::invalid_input (a refusal of bad input, which is fine), a sanitizer
//     report or an assert;
//   - a single call taking more than INFO_FUZZ_CALL_SECONDS seconds (default 1).
//
// Tolerances. Discrete sums are exact up to rounding: (1e-12 + n eps) times the size of the terms, plus
// how far the masses may sum from 1 (a pmf may be off by 1e-9, and Gibbs' inequality then only gives
// KL >= sum P - sum Q). Quadratures: 1e-10 relative (the calculator's target) plus the reported error
// estimates of the figures involved.
#include "harness.hpp"

#include "info/check.hpp"
#include "info/closed_forms.hpp"
#include "info/continuous_measures.hpp"
#include "info/discrete_measures.hpp"
#include "info/error.hpp"
#include "info/spec.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cxxabi.h>
#include <limits>
#include <memory>
#include <numbers>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <typeinfo>
#include <variant>
#include <vector>

namespace fuzz {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double eps = std::numeric_limits<double>::epsilon();
constexpr double ln2 = std::numbers::ln2;

// A discrete family whose pmf would hold more outcomes than this is skipped. The library accepts up to
// info::max_outcomes (1e7), but every measure walks the whole support, extending the partner's pmf with
// exact long-double masses as it goes: at 1e7 outcomes one input takes tens of seconds under the
// sanitizers, libFuzzer would report slow-but-correct sums as timeouts, and the fuzzer would spend its
// time on a few huge inputs instead of many different ones. 1e5 outcomes still reach the extreme
// parameters (poisson(1e4), binomial(99999, p), geometric(1e-3)) where the numerics get hard.
constexpr double max_fuzzed_outcomes = 1e5;

bool throwing = false;

std::string num(double x) {
  std::ostringstream s;
  s.precision(17);
  s << x;
  return s.str();
}

// The input as it can be shown on one line.
std::string printable(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F || c == '\\') {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02x", u);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out;
}

std::string input_shown;  // the current input, for every message
std::string current;      // the call in progress, for a message about an exception it throws

[[noreturn]] void report(const std::string& what) {
  const std::string message = "input '" + input_shown + "': " + what;
  if (throwing) throw finding(message);
  std::fprintf(stderr, "FINDING: %s\n", message.c_str());
  std::fflush(stderr);
  std::abort();
}

double call_limit() {
  static const double seconds = [] {
    const char* text = std::getenv("INFO_FUZZ_CALL_SECONDS");
    char* end = nullptr;
    const double s = text ? std::strtod(text, &end) : 0.0;
    return text && end != text && s > 0 ? s : 1.0;
  }();
  return seconds;
}

// Runs one library call, named `what` in messages, and times it.
template <class F>
auto timed(const std::string& what, F&& f) {
  current = what;
  const auto start = std::chrono::steady_clock::now();
  auto value = f();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (seconds > call_limit())
    report(what + " took " + num(seconds) + " s, more than the " + num(call_limit()) +
           " s a call may take (INFO_FUZZ_CALL_SECONDS)");
  current.clear();
  return value;
}

void require(bool ok, const std::string& what) {
  if (!ok) report(what);
}

void not_nan(double x, const std::string& what) { require(!std::isnan(x), what + " is NaN"); }

void no_nan_terms(const Eigen::ArrayXd& terms, const std::string& what) {
  for (Eigen::Index k = 0; k < terms.size(); ++k)
    if (std::isnan(terms(k))) report(what + " has a NaN term at outcome " + std::to_string(k));
}

// ---------------------------------------------------------------------------------------------------
// Discrete distributions.

struct discrete {
  std::string shown;
  info::pmf pmf;
  std::optional<info::discrete_family> family;
};

// How many outcomes info::to_pmf would store: a finite support in full, an infinite one up to the
// quantile where the tail drops below info::tail_cut (as to_pmf finds it). Infinity where even the mean
// is beyond the limit (Boost's quantile is slow there); 0 where Boost cannot tell, so that to_pmf runs
// and its own refusal is exercised.
double stored_outcomes(const info::discrete_family& family) {
  namespace bm = boost::math;
  return std::visit(
      [](const auto& d) -> double {
        using D = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<D, bm::binomial>) {
          return d.trials() + 1;
        } else if constexpr (std::is_same_v<D, bm::bernoulli>) {
          return 2;
        } else {
          if constexpr (!std::is_same_v<D, bm::poisson>)
            if (d.success_fraction() == 1) return 1;
          if (!(mean(d) <= max_fuzzed_outcomes)) return inf;
          try {
            return std::floor(quantile(complement(d, info::tail_cut))) + 1;
          } catch (const std::exception&) {
            return 0;
          }
        }
      },
      family);
}

// Whether the distribution truly has mass at outcome k (not whether its double rounds to 0 there).
bool truly_positive(const discrete& d, Eigen::Index k) {
  namespace bm = boost::math;
  if (!d.family) return k < d.pmf.size() && d.pmf.mass()(k) > 0;
  return std::visit(
      [k](const auto& f) -> bool {
        using D = std::decay_t<decltype(f)>;
        if constexpr (std::is_same_v<D, bm::binomial> || std::is_same_v<D, bm::bernoulli>) {
          double n = 1;
          if constexpr (std::is_same_v<D, bm::binomial>) n = f.trials();
          const double p = f.success_fraction();
          const auto x = static_cast<double>(k);
          if (p == 0) return x == 0;
          if (p == 1) return x == n;
          return x <= n;
        } else if constexpr (std::is_same_v<D, bm::poisson>) {
          return true;
        } else {
          return f.success_fraction() < 1 || k == 0;
        }
      },
      *d.family);
}

// The last outcome where the distribution truly has mass; nothing for an infinite support.
std::optional<Eigen::Index> truly_last(const discrete& d) {
  if (d.family && info::has_infinite_support(*d.family)) return std::nullopt;
  for (Eigen::Index k = d.pmf.size() - 1; k > 0; --k)
    if (truly_positive(d, k)) return k;
  return 0;
}

// True when Q truly has mass wherever P has: then every term of KL(P||Q) and H(P,Q) is finite, and so is
// the sum (its parameters are doubles, so -log Q(x) is at most about 745 x + log x!: no overflow).
bool covers(const discrete& q, const discrete& p) {
  const std::optional<Eigen::Index> last = truly_last(p);
  if (!last) return q.family && info::has_infinite_support(*q.family);
  for (Eigen::Index k = 0; k <= *last; ++k)
    if (truly_positive(p, k) && !truly_positive(q, k)) return false;
  return true;
}

double mass_sum(const info::pmf& p) { return p.mass().sum() + p.tail(); }

void check_discrete_alone(const discrete& p) {
  const std::string who = "P = " + p.shown;
  const double h = timed(who + ": H(P)", [&] { return info::entropy(p.pmf); });
  const auto n = static_cast<double>(p.pmf.size());
  const double off = std::abs(mass_sum(p.pmf) - 1);
  const double rounding = (1e-12 + n * eps) * std::max(1.0, std::abs(h));
  not_nan(h, who + ": H(P)");
  require(h >= -off - rounding, who + ": H(P) = " + num(h) + " < 0");
  // H <= (sum P) log n - (sum P) log(sum P) <= log n + off (1 + log n)
  require(h <= std::log(n) + off * (1 + std::log(n)) + rounding,
          who + ": H(P) = " + num(h) + " exceeds log n = " + num(std::log(n)) + " for its n = " + num(n) + " outcomes");
  no_nan_terms(timed(who + ": entropy_terms", [&] { return info::entropy_terms(p.pmf); }), who + ": entropy_terms");
  const Eigen::ArrayXd s = timed(who + ": surprisal", [&] { return info::surprisal(p.pmf); });
  no_nan_terms(s, who + ": surprisal");
  require((s >= -off).all(), who + ": a surprisal is negative");
}

void check_discrete_pair(const discrete& p, const discrete& q) {
  const std::string who = "P = " + p.shown + ", Q = " + q.shown;
  const bool self = &p == &q;
  const info::result h = timed(who + ": H(P)", [&] { return info::entropy(p.pmf); });
  const info::result hpq = timed(who + ": H(P,Q)", [&] { return info::cross_entropy(p.pmf, q.pmf); });
  const info::result kl = timed(who + ": KL(P||Q)", [&] { return info::kl_divergence(p.pmf, q.pmf); });
  const double js = timed(who + ": JS(P,Q)", [&] { return info::js_divergence(p.pmf, q.pmf); });
  const double jd = timed(who + ": JS distance", [&] { return info::js_distance(p.pmf, q.pmf); });
  no_nan_terms(timed(who + ": cross_entropy_terms", [&] { return info::cross_entropy_terms(p.pmf, q.pmf); }),
               who + ": cross_entropy_terms");
  no_nan_terms(timed(who + ": kl_terms", [&] { return info::kl_terms(p.pmf, q.pmf); }), who + ": kl_terms");
  no_nan_terms(timed(who + ": js_terms", [&] { return info::js_terms(p.pmf, q.pmf); }), who + ": js_terms");
  const info::support_mismatch mismatch =
      timed(who + ": infinite_outcomes", [&] { return info::infinite_outcomes(p.pmf, q.pmf); });
  std::optional<double> closed;
  if (p.family && q.family)
    closed = timed(who + ": kl_closed_form", [&] { return info::kl_closed_form(*p.family, *q.family); });

  not_nan(h, who + ": H(P)");
  not_nan(hpq, who + ": H(P,Q)");
  not_nan(kl, who + ": KL(P||Q)");
  not_nan(js, who + ": JS(P,Q)");
  not_nan(jd, who + ": JS distance");
  if (closed) not_nan(*closed, who + ": closed-form KL(P||Q)");

  const auto n = static_cast<double>(std::max(p.pmf.size(), q.pmf.size()));
  const double off = std::abs(mass_sum(p.pmf) - 1) + std::abs(mass_sum(q.pmf) - 1);
  const auto rounding = [&](double size) { return (1e-12 + n * eps) * std::max(1.0, size); };
  const double size = (std::isfinite(hpq) ? std::abs(hpq) : 0) + std::abs(h) + (std::isfinite(kl) ? std::abs(kl) : 0);
  const std::string values =
      " (H(P,Q) = " + num(hpq) + ", H(P) = " + num(h) + ", KL = " + num(kl) + ")";

  require(kl >= -off - rounding(size), who + ": KL(P||Q) = " + num(kl) + " < 0");
  require(hpq >= -off - rounding(size), who + ": H(P,Q) = " + num(hpq) + " < 0");
  require(js >= -rounding(1) && js <= ln2 * (1 + off) + rounding(1),
          who + ": JS(P,Q) = " + num(js) + " outside [0, ln 2]");
  require(jd >= 0 && jd <= std::sqrt(ln2 * (1 + off)) + rounding(1),
          who + ": JS distance = " + num(jd) + " outside [0, sqrt(ln 2)]");
  if (self) {
    require(std::abs(kl) <= off + rounding(size), who + ": KL(P||P) = " + num(kl) + ", not 0");
    require(std::abs(js) <= rounding(1), who + ": JS(P,P) = " + num(js) + ", not 0");
  }

  // The chain rule, or consistent infinities.
  if (std::isfinite(hpq) && std::isfinite(h) && std::isfinite(kl)) {
    // the library's own check, as the calculator and the lessons make it: a false FAILS there exits 1
    const info::check c = info::chain_rule(hpq, h, kl);
    require(c.holds(), who + ": H(P,Q) - (H(P) + KL(P||Q)) = " + num(c.difference()) + ", beyond info::chain_rule's " +
                           num(c.tolerance) + values);
  } else {
    require(!(std::isinf(kl) && kl < 0) && !(std::isinf(hpq) && hpq < 0), who + ": -infinity" + values);
    if (std::isfinite(h))
      require(std::isinf(hpq) == std::isinf(kl),
              who + ": one of H(P,Q) and KL(P||Q) is infinite and the other is not, with H(P) finite" + values);
  }

  // Infinity where it must not be, and the library's own reasons.
  if (covers(q, p))
    require(std::isfinite(kl) && std::isfinite(hpq),
            who + ": Q has mass wherever P has, so KL(P||Q) and H(P,Q) are finite, but the library gives" + values);
  require(std::isinf(kl) == !mismatch.empty(),
          who + ": KL(P||Q) = " + num(kl) + " but info::infinite_outcomes " +
              (mismatch.empty() ? "finds no outcome with P > 0 = Q" : "lists outcomes with P > 0 = Q"));

  if (closed) {
    require(*closed >= -rounding(size), who + ": closed-form KL(P||Q) = " + num(*closed) + " < 0");
    require(std::isinf(*closed) == std::isinf(kl),
            who + ": closed-form KL(P||Q) = " + num(*closed) + " but the sum gives " + num(kl));
    if (std::isfinite(kl))
      require(std::abs(*closed - kl) <= 1e-9 * std::max(1.0, std::abs(kl)) + off + rounding(size),
              who + ": closed-form KL(P||Q) = " + num(*closed) + " but the sum gives " + num(kl));
  }
}

std::optional<discrete> discrete_of(info::distribution& d, const std::string& shown) {
  if (auto* list = std::get_if<info::pmf>(&d)) return discrete{shown, std::move(*list), std::nullopt};
  auto& family = std::get<info::discrete_family>(d);
  if (!(stored_outcomes(family) <= max_fuzzed_outcomes)) return std::nullopt;
  info::pmf p = timed("P = " + shown + ": to_pmf", [&] { return info::to_pmf(family); });
  return discrete{shown, std::move(p), family};
}

discrete discrete_partner(std::string_view spec) {
  info::distribution d = info::parse_spec(spec, "Q");
  const std::string shown = info::describe(d);
  return *discrete_of(d, shown);
}

void check_discrete(discrete p) {
  static const std::vector<discrete> partners = [] {
    std::vector<discrete> out;
    for (const char* spec : {"0.25, 0.25, 0.25, 0.25", "poisson(4)", "binomial(10, 0.5)"})
      out.push_back(discrete_partner(spec));
    return out;
  }();
  check_discrete_alone(p);
  const discrete uniform{"the uniform distribution on P's " + std::to_string(p.pmf.size()) + " outcomes",
                         info::pmf::uniform(p.pmf.size(), "Q"), std::nullopt};
  for (const discrete* q : {&partners[0], &partners[1], &partners[2], &uniform}) {
    check_discrete_pair(p, *q);
    check_discrete_pair(*q, p);
  }
  check_discrete_pair(p, p);
}

// ---------------------------------------------------------------------------------------------------
// Densities.

struct continuous {
  std::string shown;
  info::density density;
};

void sane(const info::result& r, const std::string& what) {
  not_nan(r.value, what);
  not_nan(r.error, what + "'s error estimate");
  require(r.error >= 0, what + "'s error estimate is negative: " + num(r.error));
  if (std::isfinite(r.value))
    require(r.error <= std::max(1.0, std::abs(r.value)),
            what + " = " + num(r.value) + " with error estimate " + num(r.error) +
                ": not one digit can be trusted (method " + info::describe(r) + ")");
}

std::string shown(const info::result& r) { return num(r.value) + " +- " + num(r.error) + " [" + info::describe(r) + "]"; }

void check_continuous_alone(const continuous& p) {
  const std::string who = "P = " + p.shown;
  const info::result h = timed(who + ": h(P)", [&] { return info::entropy(p.density); });
  sane(h, who + ": h(P)");
  const std::optional<double> closed =
      timed(who + ": entropy_closed_form", [&] { return info::entropy_closed_form(p.density); });
  if (!closed) return;
  not_nan(*closed, who + ": closed-form h(P)");
  const std::string both = who + ": closed-form h(P) = " + num(*closed) + " but quadrature gives " + shown(h);
  require(std::isinf(*closed) == std::isinf(h.value), both);
  if (std::isfinite(*closed))
    require(std::abs(*closed - h.value) <= h.error + 1e-9 * std::max(1.0, std::abs(*closed)), both);
}

void check_continuous_pair(const continuous& p, const continuous& q) {
  const std::string who = "P = " + p.shown + ", Q = " + q.shown;
  const bool self = &p == &q;
  const info::result h = timed(who + ": h(P)", [&] { return info::entropy(p.density); });
  const info::result hpq = timed(who + ": H(P,Q)", [&] { return info::cross_entropy(p.density, q.density); });
  const info::result kl = timed(who + ": KL(P||Q)", [&] { return info::kl_divergence(p.density, q.density); });
  const info::result js = timed(who + ": JS(P,Q)", [&] { return info::js_divergence(p.density, q.density); });
  const info::result jd = timed(who + ": JS distance", [&] { return info::js_distance(p.density, q.density); });
  const std::string why = timed(who + ": why_infinite", [&] { return info::why_infinite(p.density, q.density); });
  const std::optional<double> closed =
      timed(who + ": kl_closed_form", [&] { return info::kl_closed_form(p.density, q.density); });

  sane(h, who + ": h(P)");
  sane(hpq, who + ": H(P,Q)");
  sane(kl, who + ": KL(P||Q)");
  sane(js, who + ": JS(P,Q)");
  sane(jd, who + ": JS distance");
  if (closed) not_nan(*closed, who + ": closed-form KL(P||Q)");

  const double size = std::max({1.0, std::isfinite(hpq.value) ? std::abs(hpq.value) : 0.0,
                                std::isfinite(h.value) ? std::abs(h.value) : 0.0});
  const std::string values = " (H(P,Q) = " + shown(hpq) + ", h(P) = " + shown(h) + ", KL = " + shown(kl) + ")";

  require(kl.value >= -(1e-10 * size + kl.error), who + ": KL(P||Q) = " + shown(kl) + " < 0");
  require(js.value >= -(1e-10 + js.error) && js.value <= ln2 + 1e-10 + js.error,
          who + ": JS(P,Q) = " + shown(js) + " outside [0, ln 2]");
  require(jd.value >= -(1e-10 + jd.error) && jd.value <= std::sqrt(ln2) + 1e-10 + jd.error,
          who + ": JS distance = " + shown(jd) + " outside [0, sqrt(ln 2)]");
  if (self) {
    require(std::abs(kl.value) <= 1e-10 * size + kl.error, who + ": KL(P||P) = " + shown(kl) + ", not 0");
    require(std::abs(js.value) <= 1e-10 + js.error, who + ": JS(P,P) = " + shown(js) + ", not 0");
  }

  if (std::isfinite(hpq.value) && std::isfinite(h.value) && std::isfinite(kl.value)) {
    const info::check c = info::chain_rule(hpq, h, kl);
    require(c.holds(), who + ": H(P,Q) - (h(P) + KL(P||Q)) = " + num(c.difference()) +
                           ", beyond info::chain_rule's tolerance " + num(c.tolerance) + values);
  } else {
    require(!(std::isinf(kl.value) && kl.value < 0), who + ": KL(P||Q) = -infinity" + values);
    if (std::isfinite(h.value))
      require(std::isinf(hpq.value) == std::isinf(kl.value),
              who + ": one of H(P,Q) and KL(P||Q) is infinite and the other is not, with h(P) finite" + values);
  }
  if (!why.empty())
    require(std::isinf(kl.value) && kl.value > 0 && std::isinf(hpq.value) && hpq.value > 0,
            who + ": why_infinite says '" + why + "' but" + values);

  if (closed) {
    const std::string both = who + ": closed-form KL(P||Q) = " + num(*closed) + " but quadrature gives " + shown(kl);
    require(std::isinf(*closed) == std::isinf(kl.value), both);
    if (std::isfinite(*closed))
      require(*closed >= -1e-10 * size && std::abs(*closed - kl.value) <= kl.error + 1e-9 * std::max(1.0, std::abs(*closed)),
              both);
  }
}

continuous continuous_partner(std::string_view spec) {
  const info::distribution d = info::parse_spec(spec, "Q");
  return {info::describe(d), std::get<info::density>(d)};
}

void check_continuous(const continuous& p) {
  static const std::vector<continuous> partners = [] {
    std::vector<continuous> out;
    for (const char* spec : {"normal(0, 1)", "cauchy(0, 1)", "exponential(1)",
                             "mixture(0.5*normal(-2, 0.6), 0.5*normal(2, 0.6))"})
      out.push_back(continuous_partner(spec));
    return out;
  }();
  check_continuous_alone(p);
  for (const continuous& q : partners) {
    check_continuous_pair(p, q);
    check_continuous_pair(q, p);
  }
  check_continuous_pair(p, p);
}

void run(std::string_view text) {
  info::distribution d = timed("parse_spec", [&] { return info::parse_spec(text, "P"); });
  const std::string shown = timed("describe", [&] { return info::describe(d); });
  if (auto* density = std::get_if<info::density>(&d)) {
    check_continuous({shown, std::move(*density)});
    return;
  }
  if (std::optional<discrete> p = discrete_of(d, shown)) check_discrete(std::move(*p));
}

std::string type_name(const std::type_info& type) {
  int status = 0;
  const std::unique_ptr<char, decltype(&std::free)> name(abi::__cxa_demangle(type.name(), nullptr, nullptr, &status),
                                                         &std::free);
  return status == 0 && name ? name.get() : type.name();
}

}  // namespace

void throw_findings(bool on) noexcept { throwing = on; }

}  // namespace fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > fuzz::max_input) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::input_shown = fuzz::printable(text);
  fuzz::current.clear();
  try {
    fuzz::run(text);
  } catch (const fuzz::finding&) {
    throw;
  } catch (const info::invalid_input&) {
    // Bad input, refused with one of the library's documented exceptions: what it should do.
  } catch (const std::exception& e) {
    fuzz::report(fuzz::type_name(typeid(e)) + " escaped from " +
                 (fuzz::current.empty() ? std::string("the harness") : fuzz::current) + ": " + e.what());
  } catch (...) {
    fuzz::report("an exception that is not a std::exception escaped from " + fuzz::current);
  }
  return 0;
}
