// Derivations: a recorder that checks every identity step before it records it, and the derivations of
// the exponential families' closed forms, the Fisher information and the softmax gradient.
#include "families.hpp"
#include "ginac.hpp"

#include "info/error.hpp"
#include "info/symbolic/derive.hpp"

#include <stdexcept>

namespace info::symbolic {

using namespace GiNaC;
using detail::family;
using detail::params;

namespace {

std::string txt(const ex& e) { return detail::print(e, detail::style::unicode); }

// Two expressions, or two lists of them, are equal exactly.
bool same(const ex& a, const ex& b) {
  if (is_a<lst>(a) && is_a<lst>(b)) {
    if (a.nops() != b.nops()) return false;
    for (std::size_t i = 0; i < a.nops(); ++i)
      if (!same(a.op(i), b.op(i))) return false;
    return true;
  }
  return detail::is_exactly_zero(a - b);
}

class recorder {
 public:
  recorder(std::string title, std::string latex_title) {
    d_.title = std::move(title);
    d_.latex_title = std::move(latex_title);
  }
  // A line that follows from the one before by a rule that is not an identity (or the first line).
  recorder& apply(const ex& e, std::string rule) {
    d_.steps.push_back({wrap(e), std::move(rule), false});
    last_ = e;
    return *this;
  }
  // A line equal to the one before; refused (std::logic_error: a bug in the layer) when it is not.
  recorder& then(const ex& e, std::string rule) {
    if (!same(e, last_))
      throw std::logic_error("derivation '" + d_.title + "': the step '" + rule + "' is not an identity: " + txt(last_) +
                             " ≠ " + txt(e));
    d_.steps.push_back({wrap(e), std::move(rule), true});
    last_ = e;
    return *this;
  }
  derivation done(std::vector<std::string> p, std::vector<std::string> q) {
    d_.p_parameters = std::move(p);
    d_.q_parameters = std::move(q);
    return std::move(d_);
  }

 private:
  derivation d_;
  ex last_;
};

const char* const subscript[] = {"", "₁", "₂"};
const char* const latex_subscript[] = {"", "_1", "_2"};

// A member of a family: its parameters as symbols, subscripted 1 for P and 2 for Q (none for a lone P).
// A shared parameter (binomial's n) is P's symbol in Q too: GiNaC tells symbols apart by identity.
struct member {
  params values;
  std::vector<std::string> names;
};

member make(const family& f, int which, const member* shares = nullptr) {
  member m;
  for (std::size_t i = 0; i < f.parameters.size(); ++i) {
    const auto& p = f.parameters[i];
    if (p.shared && shares) {
      m.values.push_back(shares->values[i]);
      m.names.push_back(shares->names[i]);
      continue;
    }
    const std::string name = p.name + (p.shared ? "" : subscript[which]);
    const std::string tex = p.latex + (p.shared ? "" : latex_subscript[which]);
    m.values.push_back(p.positive ? ex(possymbol(name, tex)) : ex(realsymbol(name, tex)));
    m.names.push_back(name);
  }
  return m;
}

ex variable(const family& f) {
  if (f.positive_support) return possymbol(f.variable);
  return realsymbol(f.variable);
}

std::string call(const family& f, const member& m, bool latex = false) {
  std::string out = latex ? "\\mathrm{" + f.name + "}(" : f.name + "(";
  for (std::size_t i = 0; i < m.values.size(); ++i)
    out += (i ? ", " : "") + detail::print(m.values[i], latex ? detail::style::latex : detail::style::unicode);
  return out + ")";
}

const family& lookup(std::string_view name) {
  if (const family* f = detail::find_family(name)) return *f;
  std::string known;
  for (const auto& f : detail::families()) known += (known.empty() ? "" : ", ") + f.name;
  throw invalid_input("no derivation for the family '" + std::string(name) + "': the layer derives " + known);
}

// An expression linear in the family's statistics, collected, and its expectation under `under`.
struct linear {
  ex shown;     // Σ cᵢ Tᵢ(x) + c₀, with the statistics written in x
  ex expected;  // Σ cᵢ E[Tᵢ] + c₀
  std::string moments;  // "E[x] = μ₁, E[x²] = μ₁² + σ₁²"
};

linear expectation(const family& f, const ex& e, const ex& x, const member& under, const std::string& why_not) {
  const auto& stats = f.statistics;
  std::vector<ex> t;          // a placeholder per statistic
  std::vector<ex> shown_as;   // the statistic in x
  for (std::size_t i = 0; i < stats.size(); ++i) {
    t.push_back(symbol("t" + std::to_string(i)));
    shown_as.push_back(stats[i].of(under.values, x));
  }
  // The statistics that are not powers of x are replaced first; what is left is a polynomial in x.
  ex rest = e.expand();
  for (std::size_t i = 0; i < stats.size(); ++i)
    if (!shown_as[i].is_equal(x) && !(is_a<power>(shown_as[i]) && shown_as[i].op(0).is_equal(x)))
      rest = rest.subs(shown_as[i] == t[i]).expand();
  ex linear_form = rest.coeff(x, 0);
  for (int d = rest.degree(x); d >= 1; --d) {
    const ex c = rest.coeff(x, d);
    if (c.is_zero()) continue;
    std::size_t i = 0;
    while (i < stats.size() && !shown_as[i].is_equal(pow(x, d))) ++i;
    if (i == stats.size()) throw std::logic_error(f.name + ": x^" + std::to_string(d) + " is not a listed statistic");
    linear_form += c * t[i];
  }
  if (linear_form.has(x)) throw std::logic_error(f.name + ": the log-density holds a statistic that is not listed");
  lst placeholders;
  for (const auto& p : t) placeholders.append(p);
  linear_form = collect(linear_form, placeholders);

  linear out;
  exmap back, moments;
  for (std::size_t i = 0; i < stats.size(); ++i) {
    back[t[i]] = shown_as[i];
    if (linear_form.coeff(t[i], 1).is_zero()) continue;  // cancelled, as log h does in a KL
    if (!stats[i].moment) throw invalid_input(why_not);
    moments[t[i]] = stats[i].moment(under.values);
    out.moments += (out.moments.empty() ? "" : ", ") + ("E[" + txt(shown_as[i]) + "] = " + txt(moments[t[i]]));
  }
  out.shown = linear_form.subs(back);
  out.expected = linear_form.subs(moments);
  return out;
}

std::string no_closed_form(const family& f, const std::string& what) {
  return "the " + what + " of " + f.name + " has no closed form: " + f.no_entropy;
}

}  // namespace

std::vector<std::string> derivable_families() {
  std::vector<std::string> names;
  for (const auto& f : detail::families()) names.push_back(f.name);
  return names;
}

derivation derive(quantity what, std::string_view name) {
  const family& f = lookup(name);
  const ex x = variable(f);
  const std::string X = f.variable;
  if (what == quantity::entropy) {
    if (!f.entropy) throw invalid_input(no_closed_form(f, "entropy"));
    const member p = make(f, 0);
    recorder r("H(" + call(f, p) + ")", "H\\big(" + call(f, p, true) + "\\big)");
    r.apply(-f.log_density(p.values, x), "−log p(" + X + "), whose expectation under P is H(P)");
    const linear l = expectation(f, -f.log_density(p.values, x), x, p, no_closed_form(f, "entropy"));
    r.then(l.shown, "collect the sufficient statistics");
    r.apply(l.expected, "take the expectation under P: " + l.moments);
    r.then(f.entropy(p.values), "simplify: the closed form that info evaluates");
    return r.done(p.names, {});
  }
  const member p = make(f, 1), q = make(f, 2, &p);
  if (what == quantity::kl) {
    recorder r("KL(" + call(f, p) + " ‖ " + call(f, q) + ")",
               "\\mathrm{KL}\\big(" + call(f, p, true) + " \\,\\|\\, " + call(f, q, true) + "\\big)");
    const ex ratio = f.log_density(p.values, x) - f.log_density(q.values, x);
    r.apply(ratio, "log p(" + X + ") − log q(" + X + "), whose expectation under P is KL(P‖Q)");
    const linear l = expectation(f, ratio, x, p, "");
    r.then(l.shown, "collect the sufficient statistics (log h(" + X + ") cancels)");
    r.apply(l.expected, "take the expectation under P: " + l.moments);
    r.then(f.kl(p.values, q.values), "simplify: the closed form that info evaluates");
    return r.done(p.names, q.names);
  }
  // cross-entropy
  if (!f.entropy) throw invalid_input(no_closed_form(f, "cross-entropy"));
  recorder r("H(" + call(f, p) + ", " + call(f, q) + ")",
             "H\\big(" + call(f, p, true) + ",\\ " + call(f, q, true) + "\\big)");
  const ex minus_log_q = -f.log_density(q.values, x);
  r.apply(minus_log_q, "−log q(" + X + "), whose expectation under P is H(P, Q)");
  const linear l = expectation(f, minus_log_q, x, p, no_closed_form(f, "cross-entropy"));
  r.then(l.shown, "collect the sufficient statistics");
  r.apply(l.expected, "take the expectation under P: " + l.moments);
  r.then(f.entropy(p.values) + f.kl(p.values, q.values),
         "simplify: H(P) + KL(P‖Q), the two closed forms info evaluates (the chain rule, exactly)");
  return r.done(p.names, q.names);
}

derivation bregman(std::string_view name) {
  const family& f = lookup(name);
  const ex x = variable(f);
  const member p = make(f, 1), q = make(f, 2, &p);
  const std::size_t m = f.natural_names.size();
  lst eta, eta_q;  // the natural parameters as symbols: η for P, η′ for Q
  params eta_v, eta_q_v;
  for (const auto& n : f.natural_names) {
    const std::string tex = n == "η" ? "\\eta" : n == "η₁" ? "\\eta_1" : "\\eta_2";
    eta_v.push_back(realsymbol(n, tex));
    eta_q_v.push_back(realsymbol(n + "′", tex + "'"));
    eta.append(eta_v.back());
    eta_q.append(eta_q_v.back());
  }
  const params eta_p = f.natural(p.values), eta_of_q = f.natural(q.values);
  const ex A = f.log_partition(p.values, eta_v);

  recorder r("KL(" + call(f, p) + " ‖ " + call(f, q) + ") by the Bregman form",
             "\\mathrm{KL}\\big(" + call(f, p, true) + " \\,\\|\\, " + call(f, q, true) + "\\big)");
  const std::string X = f.variable;
  r.apply(f.log_density(p.values, x), "log p(" + X + "), as textbooks write it");
  ex form = f.log_base(p.values, x) - f.log_partition(p.values, eta_p);
  std::string statistics, natural;
  for (std::size_t i = 0; i < m; ++i) {
    form += eta_p[i] * f.statistics[i].of(p.values, x);
    statistics += (i ? ", " : "") + txt(f.statistics[i].of(p.values, x));
    natural += (i ? ", " : "") + txt(eta_p[i]);
  }
  if (m > 1) {
    statistics = "(" + statistics + ")";
    natural = "(" + natural + ")";
  }
  r.then(form, "the exponential-family form log h(" + X + ") + η·T(" + X + ") − A(η), with T(" + X + ") = " + statistics +
                   " and η = " + natural);
  r.apply(A, "the log-partition A(η) in the natural parameters");
  lst grad, moments;
  exmap at_p, at_q;
  for (std::size_t i = 0; i < m; ++i) {
    grad.append(A.diff(ex_to<symbol>(eta_v[i])));
    moments.append(f.statistics[i].moment(p.values));
    at_p[eta_v[i]] = eta_p[i];
    at_q[eta_q_v[i]] = eta_of_q[i];
  }
  r.apply(grad, "its gradient ∇A(η)");
  if (!same(grad.subs(at_p), moments))
    throw std::logic_error("derivation of " + f.name + ": ∇A(η(θ)) is not the textbook moments");
  r.apply(moments, "at η = η(θ₁), ∇A is E_P[T], the textbook moments (checked)");
  exmap to_q;
  for (std::size_t i = 0; i < m; ++i) to_q[eta_v[i]] = eta_q_v[i];
  ex kl = A.subs(to_q) - A;
  for (std::size_t i = 0; i < m; ++i) kl -= (eta_q_v[i] - eta_v[i]) * grad.op(i);
  r.apply(kl, "KL(P‖Q) = A(η′) − A(η) − (η′ − η)·∇A(η), the Bregman divergence of A");
  exmap both = at_p;
  both.insert(at_q.begin(), at_q.end());
  r.apply(kl.subs(both), "substitute η = η(θ₁) and η′ = η(θ₂)");
  r.then(f.kl(p.values, q.values), "simplify: the same closed form as by moments");
  return r.done(p.names, q.names);
}

derivation fisher_normal() {
  const realsymbol mu("μ", "\\mu"), dmu("δμ", "\\delta\\mu"), dsigma("δσ", "\\delta\\sigma"), x("x");
  const possymbol sigma("σ", "\\sigma");
  const family& f = lookup("normal");
  recorder r("the Fisher information of normal(μ, σ) as the curvature of KL", "I(\\mu, \\sigma)");
  const ex kl = f.kl({mu, sigma}, {mu + dmu, sigma + dsigma});
  r.apply(kl, "KL(normal(μ, σ) ‖ normal(μ + δμ, σ + δσ)), the closed form");
  const exmap zero{{dmu, 0}, {dsigma, 0}};
  const symbol* d[] = {&dmu, &dsigma};
  lst hessian;
  for (const symbol* a : d) {
    lst row;
    for (const symbol* b : d) row.append(kl.diff(*a).diff(*b).subs(zero).normal());
    hessian.append(row);
  }
  r.apply(hessian, "its Hessian in (δμ, δσ) at 0: KL ≈ ½ δᵀ F δ near 0");
  // −E[∇² log p] with ∇ in (μ, σ), the expectation by the moments E[x] = μ, E[x²] = μ² + σ².
  const ex log_p = f.log_density({mu, sigma}, x);
  const symbol* theta[] = {&mu, &sigma};
  lst by_moments;
  for (const symbol* a : theta) {
    lst row;
    for (const symbol* b : theta) {
      const ex h = log_p.diff(*a).diff(*b).expand();
      row.append((-(h.coeff(x, 0) + h.coeff(x, 1) * mu + h.coeff(x, 2) * (pow(mu, 2) + pow(sigma, 2)))).normal());
    }
    by_moments.append(row);
  }
  r.then(by_moments, "−E[∇² log p(x)] in (μ, σ), by the moments of x: the Fisher information");
  return r.done({"μ", "σ"}, {});
}

derivation softmax_gradient(int classes) {
  if (classes < 2 || classes > 9) throw invalid_input("softmax_gradient: give between 2 and 9 classes");
  std::vector<realsymbol> z, y;
  ex partition = 0;
  for (int i = 1; i <= classes; ++i) {
    const std::string k = std::to_string(i);
    static const char* const digits[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};
    const std::string sub = digits[i];
    z.emplace_back("z" + sub, "z_" + k);
    y.emplace_back("y" + sub, "y_" + k);
    partition += exp(z.back());
  }
  recorder r("the gradient of the softmax cross-entropy", "\\nabla_z L");
  ex loss = 0;
  for (int i = 0; i < classes; ++i) loss -= y[i] * (z[i] - log(partition));
  r.apply(loss, "L(z) = −Σᵢ yᵢ log softmax(z)ᵢ, with log softmax(z)ᵢ = zᵢ − log Σₖ exp(zₖ)");
  lst grad, target;
  for (int j = 0; j < classes; ++j) {
    grad.append(loss.diff(z[j]));
    target.append(exp(z[j]) / partition - y[j]);
  }
  r.apply(grad, "differentiate in each zⱼ");
  // The step to softmax(z) − y uses Σ yᵢ = 1: check it with the last y written as 1 − the others.
  ex last = 1;
  for (int i = 0; i + 1 < classes; ++i) last -= y[i];
  const exmap on_simplex{{y.back(), last}};
  if (!same(grad.subs(on_simplex), target.subs(on_simplex)))
    throw std::logic_error("softmax gradient: the step to softmax(z) − y is not an identity");
  r.apply(target, "with Σᵢ yᵢ = 1: ∂L/∂zⱼ = softmax(z)ⱼ − yⱼ (checked)");
  std::vector<std::string> names;
  for (const auto& s : z) names.push_back(s.get_name());
  for (const auto& s : y) names.push_back(s.get_name());
  return r.done(names, {});
}

double derivation::value(const std::vector<double>& p, const std::vector<double>& q) const {
  if (p.size() != p_parameters.size() || q.size() != q_parameters.size())
    throw invalid_input("the derivation takes " + std::to_string(p_parameters.size()) + " parameters for P and " +
                        std::to_string(q_parameters.size()) + " for Q");
  point at;
  for (std::size_t i = 0; i < p.size(); ++i) at[p_parameters[i]] = p[i];
  for (std::size_t i = 0; i < q.size(); ++i) {
    const auto [it, fresh] = at.emplace(q_parameters[i], q[i]);
    if (!fresh && it->second != q[i])
      throw invalid_input("P and Q must share " + q_parameters[i] + " (binomial needs the same n)");
  }
  return result().value(at);
}

std::string to_text(const derivation& d) {
  std::string out = d.title + "\n";
  for (std::size_t i = 0; i < d.steps.size(); ++i) {
    const step& s = d.steps[i];
    out += "\n  " + s.rule + (s.identity ? "   ✓ identity, checked" : "") + "\n";
    out += std::string(i == 0 ? "      " : s.identity ? "    = " : "    ⇒ ") + s.value.text() + "\n";
  }
  return out;
}

// Each rule on a line of its own above its expression, so that a long expression never pushes its rule
// out of a page's width.
std::string to_latex(const derivation& d) {
  std::string out = "\\begin{aligned}\n";
  for (std::size_t i = 0; i < d.steps.size(); ++i) {
    const step& s = d.steps[i];
    out += "&\\text{" + s.rule + (s.identity ? " (checked)" : "") + "} \\\\\n";
    out += std::string(i == 0 ? "&\\qquad " : s.identity ? "&\\qquad = " : "&\\qquad \\Rightarrow ") + s.value.latex() +
           (i + 1 < d.steps.size() ? " \\\\" : "") + "\n";
  }
  return out + "\\end{aligned}";
}

}  // namespace info::symbolic
