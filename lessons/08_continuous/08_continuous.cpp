// Lesson 08: continuous distributions.
//
// For densities the sums become integrals: h(P) = −∫ p log p, H(P,Q) = −∫ p log q, KL(P‖Q) = ∫ p log(p/q).
// KL keeps its meaning (and its properties: ≥ 0, 0 iff P = Q, unchanged by a change of variables),
// but the differential entropy h does not: it can be negative and it changes when x is rescaled, because a
// density is not a probability. The lesson shows this, shows where h comes from (binned entropy plus log Δ),
// compares closed forms, quadrature and Boost.Math for 13 families, and ends with the two ways KL between
// densities becomes infinite: supports that do not nest, and tails too heavy for the model.
#include "kit/lesson.hpp"

#include <info/info.hpp>

#include <boost/math/distributions.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

namespace {

namespace bm = boost::math;

// ---------------------------------------------------------------------------------------------------
// The mathematics.

// Boost.Math's own entropy() for the families that have one in Boost 1.74 (all but beta and chi-squared),
// found by argument-dependent lookup; empty for the others.
std::optional<double> boost_entropy(const info::continuous_family& family) {
  return std::visit(
      [](const auto& d) -> std::optional<double> {
        if constexpr (requires { entropy(d); })
          return entropy(d);
        else
          return std::nullopt;
      },
      family);
}

// The mass of normal(0, 1) in [a, b]: from the lower tail left of 0 and from the upper tail right of it, so
// that small masses far out are not differences of numbers near 1.
double normal_mass(double a, double b) {
  const bm::normal n(0, 1);
  if (b <= 0) return bm::cdf(n, b) - bm::cdf(n, a);
  if (a >= 0) return bm::cdf(bm::complement(n, a)) - bm::cdf(bm::complement(n, b));
  return 1 - bm::cdf(n, a) - bm::cdf(bm::complement(n, b));
}

// normal(0, 1) discretised into bins [kΔ, (k+1)Δ) over [−12, 12] (the mass outside, 4e-33, is below what the
// sum can register), as a pmf. Its entropy H_Δ is a discrete entropy, with everything that implies.
info::pmf binned_normal(double delta) {
  const int half = static_cast<int>(std::ceil(12 / delta));
  Eigen::ArrayXd mass(2 * half);
  for (int k = -half; k < half; ++k) mass[k + half] = normal_mass(k * delta, (k + 1) * delta);
  // The bins cover [−12, 12] up to rounding: refuse rather than renormalise if they do not.
  return info::pmf(mass, "P_Δ");
}

// One family of the table, with its differential entropy computed in mpmath at 30 significant digits by
// numerical integration of −p log p (independent of both the closed forms and the library's quadrature).
struct family_case {
  info::continuous_family family;
  double mpmath;
};

std::vector<family_case> families() {
  return {{bm::normal(0, 2), 2.11208571376461805},
          {bm::exponential(3), -0.0986122886681096914},
          {bm::gamma_distribution<>(2, 3), 2.67582795356964255},
          {bm::beta_distribution<>(2, 5), -0.484530714995488709},
          {bm::uniform(0, 0.5), -0.693147180559945309},
          {bm::laplace(1, 2), 2.38629436111989062},
          {bm::logistic(0, 1.5), 2.40546510810816438},
          {bm::cauchy(0, 1), 2.53102424696929079},
          {bm::lognormal(0, 0.5), 0.725791352644727432},
          {bm::students_t(5), 1.62750267241439598},
          {bm::rayleigh(2), 1.63518142273073909},
          {bm::weibull(1.5, 2), 1.48008729408562521},
          {bm::chi_squared(4), 2.27036284546147817}};
}

// A same-family pair with KL(P‖Q) from mpmath (quadrature of p log(p/q) at 30 digits).
struct pair_case {
  info::continuous_family p, q;
  double mpmath;
};

std::vector<pair_case> pairs() {
  return {{bm::normal(0, 1), bm::normal(1, 2), 0.443147180559945309},
          {bm::exponential(1), bm::exponential(3), 0.901387711331890309},
          {bm::gamma_distribution<>(2, 1), bm::gamma_distribution<>(3, 2), 1.34980438714131410},
          {bm::beta_distribution<>(2, 5), bm::beta_distribution<>(3, 3), 0.716666666666666667},
          {bm::uniform(0, 1), bm::uniform(-1, 2), 1.09861228866810969},
          {bm::laplace(0, 1), bm::laplace(1, 2), 0.377086901145666470},
          {bm::cauchy(0, 1), bm::cauchy(1, 3), 0.348306694268215770}};
}

// A reference in nats, in the student's unit.
double in_unit(const kit::step& s, double nats) { return info::from_nats(nats, s.base()); }

// ---------------------------------------------------------------------------------------------------
// The steps.

// Step 1: differential entropy can be negative.
void negative_entropy(kit::step& s) {
  const info::base u = s.base();
  s.say(
      "For a density p the entropy sum becomes an integral, the differential entropy. It looks like the "
      "discrete formula, but p(x) is a density, not a probability: it can exceed 1, and then −log p(x) is "
      "negative.");
  s.formula("h(P) = −∫ p(x) log p(x) dx");
  s.say(
      "uniform(0, a) has p = 1/a on an interval of length a, so h = log a: positive for a > 1, zero for "
      "a = 1, negative for a < 1. A narrow normal is the same story: h(normal(μ, σ)) = ½ log(2πeσ²), below "
      "0 once σ < 1/√(2πe) = 0.241971, wherever it is centred.");
  kit::table t{{"P"}, {"closed form", s.unit()}, {"quadrature", s.unit()}, {"evaluations"}};
  for (const info::density& p : {info::density(bm::uniform(0, 0.5)), info::density(bm::uniform(0, 1)),
                                 info::density(bm::uniform(0, 2)), info::density(bm::normal(100, 0.01))}) {
    const info::result r = info::entropy(p, u);
    t.row({p.describe(), info::entropy_closed_form(p, u).value(), r.value, r.evaluations});
  }
  s.show(t);
  const info::result half = info::entropy(bm::uniform(0, 0.5), u);
  const info::result narrow = info::entropy(bm::normal(100, 0.01), u);
  s.check(info::identity("h(uniform(0, 0.5)) = −log 2", half.value, in_unit(s, -std::numbers::ln2), 1e-12));
  s.check(info::identity("h(normal(100, 0.01)) [mpmath, " + s.unit() + "]", narrow.value,
                         in_unit(s, -3.18623165278341863), 1e-10));
  s.check(info::at_most("h(normal(100, 0.01)) ≤ −1 " + s.unit() + ": negative", narrow.value, -1.0));
  s.say(
      "A discrete entropy is never negative: every P(x) ≤ 1, so every −log P(x) ≥ 0. Differential entropy "
      "has no such floor, and it is not the limit of a discrete entropy (step 3 shows what it is).");
}

// Step 2: rescaling changes h.
void rescaling(kit::step& s) {
  const info::base u = s.base();
  {
    // normal(0, ½) is ½Z: its density is twice as high on half the width, so h drops by log 2.
    const double wide = info::entropy(bm::normal(0, 1), u).value, narrow = info::entropy(bm::normal(0, 0.5), u).value;
    s.predict("Halve the spread, from normal(0, 1) to normal(0, 0.5): what happens to h?",
              "It drops by " + kit::quantity(wide - narrow, s.unit()) + " = log 2, from " + kit::number(wide) + " to " +
                  kit::quantity(narrow, s.unit()) + ": the density is twice as high, so −log p is log 2 lower "
                  "everywhere. Halve it twice more and h is negative.");
  }
  s.say(
      "Measure the same quantity in other units, Y = aX. Probabilities of events do not change, so no "
      "discrete entropy does: the pmf of 10X has the same masses as the pmf of X, on relabelled outcomes. "
      "But the density of Y is spread a times wider and is a times lower, p_Y(y) = p_X(y/a)/|a|, so");
  s.formula("h(aX) = h(X) + log |a|");
  kit::table t{{"X"}, {"h(X)", s.unit()}, {"h(X) − h(normal(0, 1))", s.unit()}, {"log a", s.unit()}};
  const double h1 = info::entropy(bm::normal(0, 1), u).value;
  double worst = 0;
  for (double a : {0.01, 0.1, 1.0, 10.0, 100.0}) {
    const double h = info::entropy(bm::normal(0, a), u).value;
    const double log_a = std::log(a) / info::log_of_base(u);
    worst = std::max(worst, std::abs((h - h1) - log_a));
    t.row({"normal(0, " + kit::number(a, kit::shortest()) + ") = " + kit::number(a, kit::shortest()) + "·Z", h, h - h1,
           log_a});
  }
  s.show(t);
  s.check(info::identity("max |h(aZ) − h(Z) − log a| over the table (quadrature)", worst, 0.0, 1e-10));
  s.check(info::identity("h(normal(0, 1)) = ½ log(2πe) [mpmath, " + s.unit() + "]", h1, in_unit(s, 1.41893853320467274),
                         1e-12));
  s.say(
      "So a differential entropy means something only relative to a unit of x. Differences of entropies "
      "and KL divergences are free of this: in KL(P‖Q) = ∫ p log(p/q) both densities change by the same "
      "factor 1/|a|, which cancels in the ratio.");
}

// Step 3: binned entropy plus log Δ converges to h.
void binned_entropy(kit::step& s) {
  const info::base u = s.base();
  const double per = info::log_of_base(u);
  s.say(
      "Where does h come from? Cut the line into bins of width Δ and give each bin its probability "
      "P_Δ(k) = ∫ p over the bin ≈ p(x_k) Δ. That is a discrete distribution with an ordinary entropy H_Δ ≥ 0, "
      "and");
  s.formula("H_Δ = −Σ P_Δ(k) log P_Δ(k) ≈ −Σ p(x_k)Δ (log p(x_k) + log Δ) ≈ h(P) − log Δ");
  s.say(
      "so H_Δ grows without bound as the bins shrink (locating x ever more finely takes ever more bits), "
      "and the differential entropy is what is left after removing that divergent part: "
      "h(P) = lim (H_Δ + log Δ). For normal(0, 1), with H_Δ the library's discrete entropy of the bins:");
  const double h = info::entropy(bm::normal(0, 1), u).value;
  kit::table t{{"Δ"}, {"bins"}, {"H_Δ", s.unit()}, {"H_Δ + log Δ", s.unit()}, {"H_Δ + log Δ − h", s.unit(), kit::sci(3)},
               {"Δ²/24", s.unit(), kit::sci(3)}};
  std::vector<double> errors;
  for (double delta : {1.0, 0.5, 0.1, 0.01, 0.001}) {
    const info::pmf bins = binned_normal(delta);
    const double hd = info::entropy(bins, u);
    const double limit = hd + std::log(delta) / per;
    errors.push_back(limit - h);
    t.row({kit::number(delta, kit::shortest()), static_cast<long>(bins.size()), hd, limit, limit - h,
           delta * delta / 24 / per});
  }
  s.show(t);
  s.say(
      "The gap closes like Δ²/24: for normal(0, 1) the next term of the expansion is Δ²/24 times the Fisher "
      "information ∫ p′²/p, which is 1. Halving the bins costs one more bit of H_Δ and removes three quarters "
      "of the error.");
  const double h01 = info::entropy(binned_normal(0.1), u) + std::log(0.1) / per;
  const double h001 = info::entropy(binned_normal(0.01), u) + std::log(0.01) / per;
  s.check(info::identity("H_Δ + log Δ at Δ = 0.1 [mpmath, " + s.unit() + "]", h01, in_unit(s, 1.41935502635660425), 1e-12));
  s.check(info::identity("H_Δ + log Δ at Δ = 0.01 [mpmath, " + s.unit() + "]", h001, in_unit(s, 1.41894269985397839),
                         1e-12));
  s.check(info::identity("(H_Δ + log Δ − h) / (Δ²/24) at Δ = 0.01", errors[3] / (1e-4 / 24 / per), 1.0, 1e-3));
  if (s.writing_data()) {
    std::vector<std::vector<double>> rows;
    for (int i = 0; i <= 30; ++i) {
      const double delta = 2 * std::pow(10.0, -i / 10.0);  // 2 down to 0.002, ten per decade
      const double hd = info::entropy(binned_normal(delta), u);
      rows.push_back({delta, hd, hd + std::log(delta) / per, h});
    }
    s.data_file("08_binned_entropy.csv", {"delta", "H_delta", "H_delta_plus_log_delta", "h"}, rows);
  }
}

// Step 4: thirteen families, three ways.
void thirteen_families(kit::step& s) {
  const info::base u = s.base();
  s.say(
      "Every family the workbook knows has a closed form for h. The library integrates −p log p by "
      "double-exponential quadrature (counting the integrand evaluations), and Boost.Math 1.74 has its own "
      "entropy() for eleven of the thirteen (not beta, not chi-squared). Three independent computations, "
      "checked also against mpmath at 30 digits.");
  // The specs below are written as the calculator reads them; here once with their parameters named
  // (exponential(3) is the rate 3, mean 1/3: with scale 3 its entropy would be 2.098612 nats).
  std::string named;
  for (const family_case& c : families()) named += (named.empty() ? "" : "; ") + info::describe_named(c.family);
  s.say("The thirteen, with their parameters named: " + named + ".");
  s.say("First the closed forms against quadrature:");
  kit::table t{{"P"}, {"closed form", s.unit()}, {"quadrature", s.unit()}, {"evaluations"},
               {"|closed − quadrature|", "", kit::sci(1)}};
  kit::table b{{"P"}, {"closed form", s.unit()}, {"Boost entropy()", s.unit()}, {"|closed − Boost|", "", kit::sci(1)}};
  double worst_quadrature = 0, worst_boost = 0, worst_mpmath = 0;
  long evaluations = 0;
  for (const family_case& c : families()) {
    const info::density p = c.family;
    const double closed = info::entropy_closed_form(p, u).value();
    const info::result quad = info::entropy(p, u);
    evaluations += quad.evaluations;
    worst_quadrature = std::max(worst_quadrature, std::abs(closed - quad.value));
    worst_mpmath = std::max(worst_mpmath, std::abs(quad.value - in_unit(s, c.mpmath)));
    t.row({p.describe(), closed, quad.value, quad.evaluations, std::abs(closed - quad.value)});
    if (const std::optional<double> boost = boost_entropy(c.family)) {
      const double boost_u = in_unit(s, *boost);
      worst_boost = std::max(worst_boost, std::abs(closed - boost_u));
      b.row({p.describe(), closed, boost_u, std::abs(closed - boost_u)});
    }
  }
  s.show(t);
  s.result("integrand evaluations, all 13", static_cast<double>(evaluations), "", kit::integer());
  s.check(info::identity("max |closed form − quadrature| over 13 families", worst_quadrature, 0.0, 1e-10), kit::sci(1));
  s.check(info::identity("max |quadrature − mpmath| over 13 families", worst_mpmath, 0.0, 1e-10), kit::sci(1));
  s.say("Boost.Math's own entropy(), where it has one, against the closed forms:");
  s.show(b);
  s.check(info::identity("max |closed form − Boost entropy()| over 11 families", worst_boost, 0.0, 1e-12), kit::sci(1));
  s.say(
      "Negative values appear for exponential(3), beta(2, 5) and uniform(0, 0.5): densities that rise above 1. "
      "Cauchy has no mean and no variance, yet a perfectly finite entropy, log(4π).");
  if (s.writing_data()) {
    std::vector<std::string> header{"x"};
    for (const family_case& c : families()) header.push_back(info::family_name(c.family));
    std::vector<std::vector<double>> rows;
    for (double x : kit::grid(-5, 10, 601)) {
      std::vector<double> row{x};
      for (const family_case& c : families()) row.push_back(info::density(c.family).pdf(x));
      rows.push_back(row);
    }
    s.data_file("08_densities.csv", header, rows);
  }
}

// Step 5: KL within one family, closed form against quadrature.
void same_family_kl(kit::step& s) {
  const info::base u = s.base();
  s.say(
      "KL between two members of the same family often has a closed form too. For two normals, "
      "KL = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½. Each pair below is integrated by quadrature and "
      "compared with its formula:");
  kit::table t{{"P"}, {"Q"}, {"closed form", s.unit()}, {"quadrature", s.unit()}, {"evaluations"},
               {"difference", "", kit::sci(1)}};
  double worst = 0, worst_mpmath = 0;
  std::vector<double> quadrature;
  for (const pair_case& c : pairs()) {
    const info::density p = c.p, q = c.q;
    const double closed = info::kl_closed_form(p, q, u).value();
    const info::result r = info::kl_divergence(p, q, u);
    quadrature.push_back(r.value);
    worst = std::max(worst, std::abs(closed - r.value));
    worst_mpmath = std::max(worst_mpmath, std::abs(r.value - in_unit(s, c.mpmath)));
    t.row({p.describe(), q.describe(), closed, r.value, r.evaluations, closed - r.value});
  }
  s.show(t);
  s.check(info::identity("KL(normal(0,1)‖normal(1,2)) = log 2 + 2/8 − ½ nats [closed form, in " + s.unit() + "]", quadrature[0],
                         in_unit(s, std::numbers::ln2 - 0.25), 1e-12));
  s.check(info::identity("KL(exponential(1)‖exponential(3)) = 2 − log 3 nats [closed form, in " + s.unit() + "]", quadrature[1],
                         in_unit(s, 2 - std::log(3.0)), 1e-12));
  s.check(info::identity("KL(cauchy(0,1)‖cauchy(1,3)) = log(17/12) nats [closed form, in " + s.unit() + "]", quadrature[6],
                         in_unit(s, std::log(17.0 / 12.0)), 1e-12));
  s.check(info::identity("max |closed form − quadrature| over 7 pairs", worst, 0.0, 1e-10), kit::sci(1));
  s.check(info::identity("max |quadrature − mpmath| over 7 pairs", worst_mpmath, 0.0, 1e-10), kit::sci(1));
  s.say(
      "Unlike h, these do not depend on the unit of x: rescale both P and Q by the same a and every KL "
      "above stays the same.");
}

// Step 6: support matters.
void support_matters(kit::step& s) {
  const info::base u = s.base();
  const info::density narrow = bm::uniform(0, 1), wide = bm::uniform(-1, 2);
  s.say(
      "P = uniform(0, 1) inside Q = uniform(−1, 2): wherever P has mass, q = 1/3 and p = 1, so the log-ratio "
      "is log 3 everywhere P lives.");
  s.formula("KL(uniform(0,1)‖uniform(−1,2)) = ∫₀¹ 1 · log(1 / ⅓) dx = log 3");
  const info::result forward = info::kl_divergence(narrow, wide, u);
  s.result("KL(uniform(0,1)‖uniform(−1,2))", forward.value, s.unit());
  s.check(info::identity("KL(uniform(0,1)‖uniform(−1,2)) = log 3", forward.value, in_unit(s, std::log(3.0)), 1e-12));
  s.say(
      "The other way round, P = uniform(−1, 2) puts mass on (−1, 0) and (1, 2), where q = 0: there "
      "log(p/q) = +∞ on a set of positive probability, and the integral is infinite. The library decides "
      "this from the supports, before any quadrature:");
  const info::result backward = info::kl_divergence(wide, narrow, u);
  s.result("KL(uniform(−1,2)‖uniform(0,1))", backward.value, s.unit());
  s.say("Why: " + info::why_infinite(wide, narrow));
  s.check(info::identity("KL(uniform(−1,2)‖uniform(0,1)) = ∞ (quadrature side)", backward.value,
                         std::numeric_limits<double>::infinity(), 0.0));
  s.check(info::identity("KL(uniform(−1,2)‖uniform(0,1)) = ∞ (closed form)",
                         info::kl_closed_form(wide, narrow, u).value(), std::numeric_limits<double>::infinity(), 0.0));
}

// Step 7: tails matter.
void tails_matter(kit::step& s) {
  const info::base u = s.base();
  const info::density normal = bm::normal(0, 1), cauchy = bm::cauchy(0, 1);
  s.say(
      "Normal and Cauchy both live on the whole line, so supports cannot be the problem. Tails can. "
      "−log q grows like x²/2 for a normal q, but only like 2 log|x| for a Cauchy q.");
  s.formula("KL(P‖Q) = ∫ p log p − ∫ p log q = −h(P) + E_P[−log q(X)]");
  s.say(
      "P = normal, Q = Cauchy: E_normal[log(π(1 + X²))] is finite, and so is the divergence.");
  const info::result nc = info::kl_divergence(normal, cauchy, u);
  const info::result cross = info::cross_entropy(normal, cauchy, u);
  const info::result hn = info::entropy(normal, u);
  kit::table t{{"quantity"}, {"quadrature", s.unit()}, {"evaluations"}};
  t.row({"h(normal)", hn.value, hn.evaluations});
  t.row({"H(normal, cauchy)", cross.value, cross.evaluations});
  t.row({"KL(normal‖cauchy)", nc.value, nc.evaluations});
  s.show(t);
  s.check(info::identity("KL(normal(0,1)‖cauchy(0,1)) [mpmath, " + s.unit() + "]", nc.value,
                         in_unit(s, 0.259244532488862264), 1e-10));
  s.check(info::identity("H(normal, cauchy) = h(normal) + KL(normal‖cauchy), three integrals", cross.value,
                         hn.value + nc.value, 1e-10));
  s.say(
      "P = Cauchy, Q = normal: E_cauchy[X²/2] is infinite, because the Cauchy has no variance. Quadrature "
      "alone would return a finite number here, since the divergent part lives ever farther out in the tail, "
      "beyond any finite set of points; the library decides it from the tails instead:");
  const info::result cn = info::kl_divergence(cauchy, normal, u);
  s.result("KL(cauchy‖normal)", cn.value, s.unit());
  s.say("Why: " + info::why_infinite(cauchy, normal));
  s.check(info::identity("KL(cauchy(0,1)‖normal(0,1)) = ∞", cn.value, std::numeric_limits<double>::infinity(), 0.0));
  s.say(
      "A model with thin tails cannot describe data with heavy ones at any finite cost, while a heavy-tailed "
      "model of thin-tailed data is merely a little wasteful.");
}

// info::why_infinite(a, b) explains why E_a[−log b] is infinite calling its first density P and its second
// Q, as in KL(P‖Q). For KL(Q‖P) the student's Q comes first, so the letters are swapped back: the
// reason must say "Q has mass where p = 0" or "Q's tail is too heavy for P's", naming the student's own
// P and Q. A letter is swapped only where it stands alone (P, P's, E_P, log q), never inside a word.
std::string with_roles_swapped(const std::string& text) {
  auto letter = [&](std::size_t k) { return k < text.size() && std::isalnum(static_cast<unsigned char>(text[k])) != 0; };
  std::string out = text;
  for (std::size_t k = 0; k < text.size(); ++k) {
    if ((k > 0 && letter(k - 1)) || letter(k + 1)) continue;
    switch (text[k]) {
      case 'P': out[k] = 'Q'; break;
      case 'Q': out[k] = 'P'; break;
      case 'p': out[k] = 'q'; break;
      case 'q': out[k] = 'p'; break;
      default: break;
    }
  }
  return out;
}

// Walkthrough: the student's own densities.
void own_densities(kit::step& s) {
  const info::base u = s.base();
  const info::density& p = s.p_density();
  const info::density& q = s.q_density();
  s.say("P = " + p.describe() + " and Q = " + q.describe() + ". Each quantity is integrated from its own definition:");
  s.formula("h(P) = −∫ p log p,   H(P,Q) = −∫ p log q,   KL(P‖Q) = ∫ p log(p/q)");
  const info::result hp = info::entropy(p, u), hq = info::entropy(q, u);
  const info::result cross = info::cross_entropy(p, q, u);
  const info::result pq = info::kl_divergence(p, q, u), qp = info::kl_divergence(q, p, u);
  {
    // h = −E[log p(X)] is negative exactly when the density's geometric-mean height exp E[log p(X)] is above 1.
    auto sign = [](double h) -> std::string { return h > 0 ? "positive" : h < 0 ? "negative" : h == 0 ? "zero" : "undefined"; };
    const std::string values = "h(P) = " + kit::quantity(hp.value, s.unit()) + " and h(Q) = " + kit::quantity(hq.value, s.unit());
    const std::string verdict = sign(hp.value) == sign(hq.value)
                                    ? "Both " + sign(hp.value) + ": " + values
                                    : "h(P) " + sign(hp.value) + ", h(Q) " + sign(hq.value) + ": " + values;
    s.predict("Will the differential entropies h(P) and h(Q) come out positive or negative?",
              verdict + ". h is negative exactly when the density's typical height, exp E[log p(X)], is above 1.");
  }
  kit::table t{{"quantity"}, {"quadrature", s.unit()}, {"evaluations"}, {"closed form", s.unit()}};
  auto closed = [](std::optional<double> v) -> kit::cell { return v ? kit::cell(*v) : kit::cell("—"); };
  t.row({"h(P)", hp.value, hp.evaluations, closed(info::entropy_closed_form(p, u))});
  t.row({"h(Q)", hq.value, hq.evaluations, closed(info::entropy_closed_form(q, u))});
  t.row({"H(P,Q)", cross.value, cross.evaluations, "—"});
  t.row({"KL(P‖Q)", pq.value, pq.evaluations, closed(info::kl_closed_form(p, q, u))});
  t.row({"KL(Q‖P)", qp.value, qp.evaluations, closed(info::kl_closed_form(q, p, u))});
  s.show(t);
  if (const std::string why = info::why_infinite(p, q); !why.empty()) s.say("KL(P‖Q) = ∞: " + why);
  if (const std::string why = info::why_infinite(q, p); !why.empty()) s.say("KL(Q‖P) = ∞: " + with_roles_swapped(why));
  s.check(info::at_least("KL(P‖Q) ≥ 0", pq.value, 0.0, 1e-12));
  s.check(info::at_least("KL(Q‖P) ≥ 0", qp.value, 0.0, 1e-12));
  // The identity holds with infinities too (finite h(P) plus infinite KL is an infinite H(P,Q)).
  if (std::isfinite(hp.value))
    s.check(info::chain_rule(cross, hp, pq, "H(P,Q) = h(P) + KL(P‖Q), three integrals"));
  for (const auto& [name, r, c] : {std::tuple{"h(P)", hp.value, info::entropy_closed_form(p, u)},
                                   std::tuple{"KL(P‖Q)", pq.value, info::kl_closed_form(p, q, u)},
                                   std::tuple{"KL(Q‖P)", qp.value, info::kl_closed_form(q, p, u)}})
    if (c) s.check(info::identity(std::string(name) + ": quadrature = closed form", r, *c, 1e-9 * std::max(1.0, std::abs(*c))));
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"08_continuous", "Continuous distributions",
                     "Differential entropy (negative, unit-dependent, the limit of binned entropy plus log Δ), 13 "
                     "families by closed form, quadrature and Boost, and KL between densities: when it is finite."};
  lesson.takes_densities("normal(0, 1)", "normal(1, 2)");
  lesson.default_base(info::base::nats);
  lesson.step("Differential entropy can be negative", negative_entropy);
  lesson.step("Rescaling x changes h", rescaling);
  lesson.step("Where h comes from: binned entropy plus log Δ", binned_entropy);
  lesson.step("Thirteen families: closed form, quadrature, Boost", thirteen_families);
  lesson.step("KL within a family: closed form against quadrature", same_family_kl);
  lesson.step("Support matters: uniform inside uniform", support_matters);
  lesson.step("Tails matter: normal against Cauchy", tails_matter);
  lesson.walkthrough("Your own densities: h, H and KL both ways", own_densities);
  return lesson.run(argc, argv);
}
