// Lesson 11: closed forms, derived.
//
// Lesson 08 trusted the closed form KL(normal‖normal) = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½ and
// checked it against quadrature. Here the symbolic layer (info_symbolic) derives it: log p − log q is
// linear in the sufficient statistics x and x², so its expectation under P needs only E[x] and E[x²]. That is
// the pattern of every exponential family, log p(x) = log h(x) + η·T(x) − A(η): KL needs only E_P[T], and
// since E_P[T] = ∇A(η_P), KL is the Bregman divergence of the log-partition A. Its curvature at Q = P is
// the Fisher information, so that near P, KL ≈ ½ δᵀ F δ. Every formula printed here comes from the layer,
// which checks each identity step; the lesson then checks the results' values against info's hand-written
// closed forms (info/closed_forms.hpp), against quadrature or summation, and against finite differences.
#include "kit/lesson.hpp"

#include <info/info.hpp>
#include <info/symbolic/derive.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numbers>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace {

namespace bm = boost::math;
namespace sym = info::symbolic;

// ---------------------------------------------------------------------------------------------------
// The parameters of a distribution in the order info's spec takes them, which is the order
// derivation::value() takes: normal(mean, sd), exponential(rate), gamma(shape, scale), beta(a, b),
// chi_squared(df); binomial(n, p), poisson(mean), geometric(p), bernoulli(p).

std::vector<double> parameters(const info::continuous_family& f) {
  return std::visit(
      [](const auto& d) -> std::vector<double> {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, bm::normal>) return {d.mean(), d.standard_deviation()};
        else if constexpr (std::is_same_v<T, bm::exponential>) return {d.lambda()};
        else if constexpr (std::is_same_v<T, bm::gamma_distribution<>>) return {d.shape(), d.scale()};
        else if constexpr (std::is_same_v<T, bm::beta_distribution<>>) return {d.alpha(), d.beta()};
        else if constexpr (std::is_same_v<T, bm::chi_squared>) return {d.degrees_of_freedom()};
        else return {};
      },
      f);
}

std::vector<double> parameters(const info::discrete_family& f) {
  return std::visit(
      [](const auto& d) -> std::vector<double> {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, bm::binomial>) return {d.trials(), d.success_fraction()};
        else if constexpr (std::is_same_v<T, bm::poisson>) return {d.mean()};
        else if constexpr (std::is_same_v<T, bm::negative_binomial>) return {d.successes(), d.success_fraction()};
        else return {d.success_fraction()};  // geometric, bernoulli
      },
      f);
}

// The continuous families the layer derives KL for (the exponential families among info's densities).
std::vector<std::string> derivable_densities() {
  std::vector<std::string> out;
  for (const std::string& family : sym::derivable_families())
    for (const std::string& example : info::family_examples())
      if (example.starts_with(family + "(") && !info::is_discrete(info::parse_spec(example))) out.push_back(family);
  return out;
}

// "normal, exponential or gamma".
std::string one_of(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + items[i];
  return out;
}

// The student's P and Q must be single densities of one family the layer derives.
void one_derivable_family(const kit::step& s) {
  const std::vector<std::string> families = derivable_densities();
  for (const auto& [option, d] : {std::pair{"--p", &s.p_density()}, std::pair{"--q", &s.q_density()}}) {
    if (!d->is_family())
      throw info::invalid_input(std::string(option) + " " + d->describe() + ": a mixture is not an exponential family; give one of " +
                                one_of(families));
    const std::string name = info::family_name(d->parts()[0].family);
    if (std::find(families.begin(), families.end(), name) == families.end())
      throw info::invalid_input(std::string(option) + " " + d->describe() + ": " + name +
                                " is not an exponential family, so there is nothing to derive; give one of " + one_of(families));
  }
  const std::string p = info::family_name(s.p_density().parts()[0].family);
  const std::string q = info::family_name(s.q_density().parts()[0].family);
  if (p != q)
    throw info::invalid_input("P = " + s.p_density().describe() + " and Q = " + s.q_density().describe() +
                              " are of different families: the derivation is for KL within one family (give both --p and --q)");
}

const info::continuous_family& family_of(const info::density& d) { return d.parts()[0].family; }

// ---------------------------------------------------------------------------------------------------
// Showing a derivation: each step's rule, then its value, "=" for an identity the layer checked (the
// difference simplified to 0), "⇒" for a rule that is not an identity (taking an expectation,
// substituting). Long expressions are broken before a + or − outside parentheses.

std::vector<std::string> broken(const std::string& text, std::size_t width) {
  std::vector<std::string> terms;
  std::string current;
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    if (depth == 0 && c == ' ' && i + 2 < text.size() && (text[i + 1] == '+' || text[i + 1] == '-') && text[i + 2] == ' ') {
      terms.push_back(current);
      current.clear();
      continue;  // the next term starts with its sign
    }
    current += c;
  }
  terms.push_back(current);
  std::vector<std::string> lines{""};
  for (const std::string& t : terms) {
    const std::string piece = lines.back().empty() ? t : " " + t;
    if (!lines.back().empty() && kit::display_width(lines.back() + piece) > width) lines.push_back(t);
    else lines.back() += piece;
  }
  return lines;
}

std::string derivation_block(const std::vector<sym::step>& steps) {
  std::string out;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const sym::step& st = steps[i];
    out += kit::wrap(st.rule + (st.identity ? "   [identity, checked]" : ""), 2);
    const std::string lead = i == 0 ? "      " : st.identity ? "    = " : "    ⇒ ";
    const std::vector<std::string> lines = broken(st.value.text(), kit::page_width() - 8);
    for (std::size_t k = 0; k < lines.size(); ++k) out += (k == 0 ? lead : std::string(8, ' ')) + lines[k] + "\n";
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// References, at 30 digits (mpmath), as in curriculum.md.
constexpr double kl_normals_nats = 0.443147180559945309417;      // ln 2 + 1/4 − 1/2
constexpr double kl_exponentials_nats = 0.901387711331890309;    // ln(1/3) + 3 − 1 = 2 − ln 3

double in_unit(const kit::step& s, double nats) { return info::from_nats(nats, s.base()); }

// ---------------------------------------------------------------------------------------------------
// Step 1: KL between two normals, derived by moments.
void normal_by_moments(kit::step& s) {
  s.say(
      "Lesson 08 took KL(normal‖normal) from a table. Derive it: KL(P‖Q) = E_P[log p(X) − log q(X)], and for "
      "normals log p − log q is a polynomial in x of degree 2, so only E[x] = μ₁ and E[x²] = μ₁² + σ₁² are "
      "needed. The symbolic layer does the algebra; '=' marks a step it checked to be an identity, '⇒' a "
      "step that applies a rule (the expectation).");
  const sym::derivation d = sym::derive(sym::quantity::kl, "normal");
  // KL is unchanged by a change of variables, a shift of x among them: the means can enter only as μ₁ − μ₂.
  s.predict("Will the derived formula depend on the means μ₁ and μ₂ themselves, or only on their difference?",
            "Only on μ₁ − μ₂, squared: shifting both normals by the same amount changes nothing. The derived "
            "formula gives " + kit::quantity(in_unit(s, d.value({5, 1}, {6, 2})), s.unit()) +
                " for normal(5, 1)‖normal(6, 2) and " + kit::quantity(in_unit(s, d.value({0, 1}, {1, 2})), s.unit()) +
                " for normal(0, 1)‖normal(1, 2).");
  s.say(d.title + ":");
  s.show(derivation_block(d.steps));
  const info::density p = bm::normal(0, 1), q = bm::normal(1, 2);
  const double derived = in_unit(s, d.value({0, 1}, {1, 2}));
  const double closed = info::kl_closed_form(p, q, s.base()).value();
  const info::result quadrature = info::kl_divergence(p, q, s.base());
  s.say("The last line at P = normal(0, 1), Q = normal(1, 2), evaluated with 50 digits and rounded once, against "
        "info's hand-written closed form and quadrature of p log(p/q):");
  kit::table t{{"KL(P‖Q) by"}, {"value", s.unit(), kit::fixed(12)}};
  t.row({"derived formula, 50 digits", derived})
      .row({"info::kl_closed_form", closed})
      .row({"quadrature, " + std::to_string(quadrature.evaluations) + " evaluations", quadrature.value});
  s.show(t);
  s.check(info::identity("derived = info's closed form", derived, closed, 1e-15));
  s.check(info::identity("derived = quadrature", derived, quadrature.value, 1e-12));
  s.check(info::identity("derived = ln 2 + 1/4 − 1/2 nats [mpmath, in " + s.unit() + "]", derived, in_unit(s, kl_normals_nats), 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 2: the exponential-family pattern, for every family the layer derives.

// A pair per family, P and Q as info's specs write them.
const std::map<std::string, std::pair<std::string, std::string>>& examples() {
  static const std::map<std::string, std::pair<std::string, std::string>> pairs{
      {"normal", {"normal(0, 1)", "normal(1, 2)"}},        {"exponential", {"exponential(1)", "exponential(3)"}},
      {"gamma", {"gamma(2, 1)", "gamma(3, 2)"}},           {"beta", {"beta(2, 5)", "beta(3, 3)"}},
      {"chi_squared", {"chi_squared(4)", "chi_squared(6)"}}, {"poisson", {"poisson(4)", "poisson(2)"}},
      {"bernoulli", {"bernoulli(3/10)", "bernoulli(3/5)"}}, {"geometric", {"geometric(3/10)", "geometric(1/2)"}},
      {"binomial", {"binomial(10, 1/2)", "binomial(10, 3/10)"}}};
  return pairs;
}

void exponential_families(kit::step& s) {
  s.say(
      "The normal case is one instance of a pattern. An exponential family writes its log-density with "
      "sufficient statistics T(x), natural parameters η and a log-partition A(η):");
  s.formula("log p(x) = log h(x) + η·T(x) − A(η)\nKL(P‖Q) = (η_P − η_Q)·E_P[T] − A(η_P) + A(η_Q)");
  s.say(
      "log h(x) cancels in log p − log q, which is linear in T: the expectation needs only the moments E_P[T]. "
      "The layer derives KL this way for nine families; each result, at the pair below, against info's "
      "hand-written closed form and against quadrature (densities) or the sum over the support (pmfs):");
  kit::table t{{"P"}, {"Q"}, {"derived", s.unit()}, {"closed form", s.unit()}, {"quadrature/sum", s.unit()}};
  double worst_closed = 0, worst_numeric = 0;
  int closed_count = 0, count = 0;
  for (const std::string& family : sym::derivable_families()) {
    const auto found = examples().find(family);
    if (found == examples().end()) throw std::logic_error("lesson 11 has no example pair for " + family);
    const auto& [p_spec, q_spec] = found->second;
    const info::distribution p = info::parse_spec(p_spec, "P"), q = info::parse_spec(q_spec, "Q");
    std::vector<double> pp, qp;
    std::optional<double> closed;
    double numeric = 0;
    if (info::is_discrete(p)) {
      const auto& pf = std::get<info::discrete_family>(p);
      const auto& qf = std::get<info::discrete_family>(q);
      pp = parameters(pf), qp = parameters(qf);
      closed = info::kl_closed_form(pf, qf, s.base());
      numeric = info::kl_divergence(info::to_pmf(pf, "P"), info::to_pmf(qf, "Q"), s.base());
    } else {
      const auto& pd = std::get<info::density>(p);
      const auto& qd = std::get<info::density>(q);
      pp = parameters(family_of(pd)), qp = parameters(family_of(qd));
      closed = info::kl_closed_form(pd, qd, s.base());
      numeric = info::kl_divergence(pd, qd, s.base());
    }
    const double derived = in_unit(s, sym::derive(sym::quantity::kl, family).value(pp, qp));
    ++count;
    worst_numeric = std::max(worst_numeric, std::abs(derived - numeric));
    if (closed) {
      ++closed_count;
      worst_closed = std::max(worst_closed, std::abs(derived - *closed));
    }
    t.row({p_spec, q_spec, derived, closed ? kit::cell(*closed) : kit::cell("—"), numeric});
  }
  s.show(t);
  s.check(info::identity("max |derived − closed form| over " + std::to_string(closed_count) + " families", worst_closed,
                         0.0, 1e-14), kit::sci(1));
  s.check(info::identity("max |derived − quadrature or sum| over " + std::to_string(count) + " families", worst_numeric,
                         0.0, 1e-10), kit::sci(1));
  s.say("The docs' closed-forms page shows all nine derivations.");
}

// ---------------------------------------------------------------------------------------------------
// Step 3: KL as a Bregman divergence.
void bregman_form(kit::step& s) {
  s.say(
      "The moments come from the log-partition: E_P[T] = ∇A(η_P). Substituted, KL is the Bregman divergence of "
      "A, the gap at η_Q between A and its tangent at η_P (≥ 0, as A is convex):");
  s.formula("KL(P‖Q) = A(η_Q) − A(η_P) − (η_Q − η_P)·∇A(η_P)");
  const sym::derivation d = sym::bregman("exponential");
  s.say(d.title + ", η′ for Q:");
  s.show(derivation_block(d.steps));
  const double bregman = in_unit(s, d.value({1}, {3}));
  const double moments = in_unit(s, sym::derive(sym::quantity::kl, "exponential").value({1}, {3}));
  const double closed = info::kl_closed_form(bm::exponential(1), bm::exponential(3), s.base()).value();
  s.check(info::identity("KL(exponential(1)‖exponential(3)): Bregman = moments", bregman, moments, 1e-15));
  s.check(info::identity("Bregman = 2 − ln 3 nats [mpmath, in " + s.unit() + "]", bregman, in_unit(s, kl_exponentials_nats), 1e-15));
  s.check(info::identity("Bregman = info's closed form", bregman, closed, 1e-15));
  const sym::derivation g = sym::bregman("gamma");
  const double g_bregman = in_unit(s, g.value({2, 1}, {3, 2}));
  const double g_closed = info::kl_closed_form(bm::gamma_distribution<>(2, 1), bm::gamma_distribution<>(3, 2), s.base()).value();
  s.say("For gamma(k, θ) the same route, with T = (log x, x), ends on:");
  s.formula(g.result().text());
  s.check(info::identity("KL(gamma(2, 1)‖gamma(3, 2)): Bregman = info's closed form", g_bregman, g_closed, 1e-14));
}

// ---------------------------------------------------------------------------------------------------
// Step 4 (walkthrough): the Fisher information, the curvature of KL.

// KL(normal(μ, σ)‖normal(μ + a, σ + b)) by info's hand-written closed form, in nats.
double kl_shifted(double mu, double sigma, double a, double b) {
  return info::kl_closed_form(bm::normal(mu, sigma), bm::normal(mu + a, sigma + b)).value();
}

void fisher_curvature(kit::step& s) {
  const bool normal_p = info::family_name(family_of(s.p_density())) == "normal";
  const std::vector<double> at = normal_p ? parameters(family_of(s.p_density())) : std::vector<double>{0, 1};
  const double mu = at[0], sigma = at[1];
  const std::string where = "normal(" + kit::number(mu, kit::shortest()) + ", " + kit::number(sigma, kit::shortest()) + ")";
  s.say(
      "KL(P‖Q) is 0 at Q = P and grows around it; its curvature there is the Fisher information F. The layer "
      "takes the Hessian of the normal's KL in the shift δ = (δμ, δσ) and checks it against −E[∇² log p]:");
  const sym::derivation d = sym::fisher_normal();
  s.show(derivation_block(d.steps));
  sym::point point;
  for (std::size_t i = 0; i < d.p_parameters.size(); ++i) point[d.p_parameters[i]] = at[i];
  const std::vector<sym::expr> rows = d.result().entries();
  std::array<std::array<double, 2>, 2> f{};
  for (std::size_t i = 0; i < 2; ++i)
    for (std::size_t j = 0; j < 2; ++j) f[i][j] = rows[i].entries()[j].value(point);
  // The same curvature by central second differences of info's closed form (nats), step h = σ/100: their
  // error, of order h² (about 1e-4 relative), is far above the rounding, so the digits shown are stable.
  const double h = sigma * 1e-2;
  auto kl = [&](double a, double b) { return kl_shifted(mu, sigma, a, b); };
  const double fd_mm = (kl(h, 0) - 2 * kl(0, 0) + kl(-h, 0)) / (h * h);
  const double fd_ss = (kl(0, h) - 2 * kl(0, 0) + kl(0, -h)) / (h * h);
  const double fd_ms = (kl(h, h) - kl(h, -h) - kl(-h, h) + kl(-h, -h)) / (4 * h * h);
  s.say((s.own_numbers() && normal_p ? "At your P = " : "At P = ") + where + (normal_p ? "" : " (your P is not a normal)") +
        ", F from the layer against second differences of info's closed form with step σ/100 (their own "
        "error is of order 10⁻⁴), in nats:");
  kit::table t{{"entry"}, {"layer", "nats"}, {"second difference", "nats"}};
  t.row({"F_μμ = 1/σ²", f[0][0], fd_mm}).row({"F_σσ = 2/σ²", f[1][1], fd_ss}).row({"F_μσ", f[0][1], fd_ms});
  s.show(t);
  // Relative to F's size; a wrong entry (a factor 2 lost in F_σσ) would be off by order 1.
  const double worst = std::max({std::abs(f[0][0] - fd_mm), std::abs(f[1][1] - fd_ss), std::abs(f[0][1] - fd_ms)});
  s.check(info::identity("max |layer − second difference| / F_σσ, step σ/100", worst / f[1][1], 0.0, 1e-3),
          kit::sci(1));
  s.say("So near P, KL ≈ ½ δᵀ F δ, with an error of order |δ|³. Two shifts, the second ten times smaller:");
  kit::table q{{"δ = (δμ, δσ)"}, {"KL, closed form", "nats", kit::sci(6)}, {"½ δᵀ F δ", "nats", kit::sci(6)},
               {"error", "nats", kit::sci(2)}, {"error / |δ|³", "", kit::sci(3)}};
  std::vector<double> errors;
  for (double scale_delta : {0.1, 0.01}) {
    const double a = scale_delta * sigma, b = scale_delta * sigma;
    const double exact = kl(a, b);
    const double quadratic = 0.5 * (a * a * f[0][0] + 2 * a * b * f[0][1] + b * b * f[1][1]);
    const double norm = std::hypot(a, b);
    errors.push_back(exact - quadratic);
    q.row({"(" + kit::number(a, kit::shortest()) + ", " + kit::number(b, kit::shortest()) + ")", exact, quadratic,
           exact - quadratic, (exact - quadratic) / (norm * norm * norm)});
  }
  s.show(q);
  s.check(info::identity("error ratio for δ and δ/10: log₁₀ = 3 (cubic)", std::log10(std::abs(errors[0] / errors[1])), 3.0,
                         0.1));
  // For the docs' figure: along δ = t(σ, σ), KL by the closed form against ½ δᵀ F δ (nats).
  if (s.writing_data()) {
    std::vector<std::vector<double>> curve;
    for (int i = -60; i <= 150; ++i) {
      const double t = i / 100.0, a = t * sigma, b = t * sigma;
      curve.push_back({t, kl(a, b), 0.5 * (a * a * f[0][0] + 2 * a * b * f[0][1] + b * b * f[1][1])});
    }
    s.data_file("11_curvature.csv", {"t", "kl", "quadratic"}, curve);
  }
}

// ---------------------------------------------------------------------------------------------------
// Step 5 (walkthrough): the student's P and Q.
void own_pair(kit::step& s) {
  const info::density& p = s.p_density();
  const info::density& q = s.q_density();
  const std::string family = info::family_name(family_of(p));
  const std::vector<double> pp = parameters(family_of(p)), qp = parameters(family_of(q));
  s.say(s.own_numbers() ? "Your P = " + p.describe() + " and Q = " + q.describe() + "."
                        : "The walkthrough, on P = normal(0, 1) and Q = normal(1, 2). Run the lesson with --p and --q "
                          "(for example --p 'gamma(2, 1)' --q 'gamma(3, 2)') for your own pair, both " +
                              one_of(derivable_densities()) + ".");
  const sym::derivation d = sym::derive(sym::quantity::kl, family);
  s.say("The derived " + d.title + ", by moments:");
  std::string block;
  for (const std::string& line : broken(d.result().text(), 80)) block += "      " + line + "\n";
  s.show(block);
  {
    // The derived formula, evaluated at 50 digits, against quadrature of p log(p/q) at the student's pair, with
    // the tolerance of the checks below.
    const double derived = in_unit(s, d.value(pp, qp));
    const double quadrature = info::kl_divergence(p, q, s.base()).value;
    const double gap = std::abs(derived - quadrature);
    const bool agree = gap <= 1e-9 * std::ceil(std::max(1.0, std::abs(derived)));
    s.predict("Will this formula and quadrature of the integral agree on KL(P‖Q) for this P and Q, and how closely?",
              agree ? "Yes: both give " + kit::quantity(derived, s.unit()) + ", " +
                          (gap == 0 ? std::string("to the last bit of a double. The formula is exact, and here the "
                                                  "quadrature's own error is too small to show.")
                                    : "apart by only " + kit::small(gap) + " " + s.unit() +
                                          ". The formula is exact, so what separates them is the quadrature's own "
                                          "small error.")
                    : "No: the formula gives " + kit::quantity(derived, s.unit()) + " and quadrature " +
                          kit::quantity(quadrature, s.unit()) + ". One of them is wrong for this pair: see the checks below.");
  }
  kit::table t{{""}, {"derived", s.unit()}, {"Bregman", s.unit()}, {"info's closed form", s.unit()}, {"quadrature", s.unit()}};
  const sym::derivation b = sym::bregman(family);
  struct direction {
    std::string name;
    const info::density *a, *b;
    const std::vector<double>*pa, *pb;
  };
  std::vector<info::check> checks;
  for (const direction& dir : {direction{"KL(P‖Q)", &p, &q, &pp, &qp}, direction{"KL(Q‖P)", &q, &p, &qp, &pp}}) {
    const double derived = in_unit(s, d.value(*dir.pa, *dir.pb));
    const double bregman = in_unit(s, b.value(*dir.pa, *dir.pb));
    const double closed = info::kl_closed_form(*dir.a, *dir.b, s.base()).value();
    const info::result quadrature = info::kl_divergence(*dir.a, *dir.b, s.base());
    t.row({dir.name, derived, bregman, closed, quadrature.value});
    // Two derivations at 50 digits agree to the last bit of a double; closed form and quadrature carry
    // their own rounding (a lgamma, a ψ, a quadrature's error), relative to the size of KL.
    const double size = std::ceil(std::max(1.0, std::abs(derived)));
    checks.push_back(info::identity(dir.name + ": derived = Bregman", derived, bregman, 1e-14 * size));
    checks.push_back(info::identity(dir.name + ": derived = info's closed form", derived, closed, 1e-12 * size));
    checks.push_back(info::identity(dir.name + ": derived = quadrature", derived, quadrature.value, 1e-9 * size));
  }
  s.show(t);
  for (const info::check& c : checks) s.check(c);
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"11_closed_forms", "Closed forms, derived",
                     "KL(normal‖normal) derived step by step, the exponential-family pattern behind it, KL as the "
                     "Bregman divergence of the log-partition, and the Fisher information as KL's curvature. Every "
                     "formula comes from the symbolic layer, checked against info's closed forms and quadrature."};
  lesson.takes_densities("normal(0, 1)", "normal(1, 2)");
  lesson.validate(one_derivable_family);
  lesson.default_base(info::base::nats);
  lesson.step("KL between two normals, derived", normal_by_moments);
  lesson.step("The exponential-family pattern: nine families", exponential_families);
  lesson.step("KL as a Bregman divergence", bregman_form);
  lesson.walkthrough("The Fisher information: KL's curvature", fisher_curvature);
  lesson.walkthrough("Your own P and Q: derived, hand-written, integrated", own_pair);
  return lesson.run(argc, argv);
}
