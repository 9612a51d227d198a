// Lesson 10: discrete families and the support trap.
//
// The the MNIST tutorial compares a binomial with a Poisson distribution by summing
// Po(k) log(Po(k)/Q(k)) over the outcomes it plotted, k = 0..9. A divergence is a sum over every outcome
// either distribution can produce, and the window changes the answer: one direction shrinks a little,
// the other becomes infinite. This lesson reproduces the article's windowed figures to the last digit,
// then computes the divergences over the full supports and says why one of them is infinite.
#include "kit/lesson.hpp"

#include <info/info.hpp>

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

namespace {

using boost::math::binomial;
using boost::math::poisson;
constexpr double inf = std::numeric_limits<double>::infinity();

// The article's window: the ten outcomes it plotted.
constexpr info::window article_window{0, 9};

// Reference values, computed with mpmath at 40 significant digits by summing the exact pmfs
// (binomial(n,k) p^k (1-p)^(n-k) and e^-λ λ^k / k!) and quoted to 17 significant digits, as in
// curriculum.md. All in nats. Kept as text so that the lesson prints the curriculum's digits exactly
// (the nearest double to 1.6107397472491006e-05 prints back as ...007).
struct reference {
  const char* window_b_p;  // Σ_{k=0}^{9} B(k) ln(B(k)/Po(k))
  const char* window_p_b;  // Σ_{k=0}^{9} Po(k) ln(Po(k)/B(k))
  const char* full_b_p;    // Σ_{k=0}^{n} B(k) ln(B(k)/Po(k))
};
constexpr reference first_pair{"2.0943327971861533e-05", "1.0766381413803486e-05", "1.6107397472491006e-05"};
constexpr reference second_pair{"0.21867216891725084", "0.27875917919358186", "0.21702177551517775"};

// A reference figure as a number.
double value(const char* figure) { return std::strtod(figure, nullptr); }

// The figures the article printed (its relative_entropy loop over k = 0..9).
constexpr double article_first_b_p = 2.094332797227328e-05;
constexpr double article_first_p_b = 1.0766381413449403e-05;
constexpr double article_second_b_p = 0.21867216891725103;
constexpr double article_second_p_b = 0.2787591791935817;

// A reference in nats, in the unit the student asked for.
double in_unit(double nats, info::base b) { return info::from_nats(nats, b); }

// A reference figure as printed: the curriculum's digits in nats, or its conversion to another unit.
std::string exact(const char* figure, info::base b) {
  return b == info::base::nats ? std::string(figure) : kit::number(in_unit(value(figure), b), kit::shortest());
}

// ln(B(k)/Po(k)) for B = binomial(n, p) and Po = poisson(λ), from the product form of the two laws:
//
//   B(k)/Po(k) = [Π_{j<k} (n-j) p / λ] · (1-p)^(n-k) · e^λ
//
// (the k! of both laws cancels). When np ≈ λ the pieces nearly cancel (for k = 0: 2 + 250 ln 0.992 =
// -0.008), so they are summed in long double (64-bit mantissa on x86-64) with log1p for ln(1-p). This
// computation shares nothing with the library's pmfs and sums, and is used to check them.
long double log_ratio(long double n, long double p, long double lambda, int k) {
  long double s = lambda + (n - k) * std::log1p(-p);
  for (int j = 0; j < k; ++j) s += std::log((n - j) * p / lambda);
  return s;
}

// D(B||P) over the binomial's full support 0..n, summed term by term from log_ratio (in nats), with the
// binomial masses from Boost.Math in long double.
double kl_by_product_form(int n, double p, double lambda) {
  const boost::math::binomial_distribution<long double> b(n, p);
  long double sum = 0;
  for (int k = 0; k <= n; ++k) sum += boost::math::pdf(b, static_cast<long double>(k)) * log_ratio(n, p, lambda, k);
  return static_cast<double>(sum);
}

// log10 of the Poisson mass at outcome k, from its logarithm k ln λ - λ - ln k!: it stays representable
// where the mass itself is far below the smallest double (about 4.9e-324).
double log10_poisson(double lambda, int k) {
  return (k * std::log(lambda) - lambda - std::lgamma(k + 1.0)) / std::log(10.0);
}

// The outcomes 0..last of a family as labels, and the masses of B and Po there, for the bar charts.
std::vector<std::string> labels(int last) {
  std::vector<std::string> out;
  for (int k = 0; k <= last; ++k) out.push_back(std::to_string(k));
  return out;
}

std::vector<double> masses(const info::pmf& p, int last) {
  const Eigen::ArrayXd m = p.extend(last + 1);
  return {m.data(), m.data() + m.size()};
}

// Writes k, binomial pmf, poisson pmf for k = 0..last to `name` (with --data only).
void write_pmfs(kit::step& s, const std::string& name, const info::pmf& b, const info::pmf& p, int last) {
  if (!s.writing_data()) return;
  std::vector<std::vector<double>> rows;
  const Eigen::ArrayXd mb = b.extend(last + 1), mp = p.extend(last + 1);
  for (int k = 0; k <= last; ++k) rows.push_back({static_cast<double>(k), mb[k], mp[k]});
  s.data_file(name, {"k", "binomial", "poisson"}, rows);
}

// ---------------------------------------------------------------------------------------------------
// Step 1: the two families.
void two_families(kit::step& s) {
  s.say(
      "Count the successes in n independent trials that each succeed with probability p: the count "
      "follows the binomial distribution B. When n is large and p small, with n·p = λ held fixed, the "
      "binomial approaches the Poisson distribution Po with mean λ (written Po here, since P is the "
      "true distribution everywhere else in the workbook). The article compares "
      "B = binomial(250, 0.008) with Po = poisson(2), whose means are both 2.");
  s.formula("B(k) = C(n, k) pᵏ (1−p)ⁿ⁻ᵏ,   k = 0, 1, …, n         (nothing above n)");
  s.formula("Po(k) = e^(−λ) λᵏ / k!,        k = 0, 1, 2, …         (every k has some mass)");
  const info::pmf b = info::to_pmf(binomial(250, 0.008), "B");
  const info::pmf p = info::to_pmf(poisson(2), "Po");
  s.say("The two pmfs on the outcomes the article plotted, k = 0..9:");
  s.show(kit::bars(labels(9), {{"B = binomial(250, 0.008)", masses(b, 9)}, {"Po = poisson(2)", masses(p, 9)}}));
  s.say(
      "They look the same to the eye. The supports differ, though: the binomial stops at k = 250, the "
      "Poisson goes on for ever. The window k = 0..9 hides both facts.");
  {
    // Over the full supports: support(B) = {0..250} ⊆ support(Po), but not the other way round.
    const double bp = info::kl_divergence(b, p, s.base()), pb = info::kl_divergence(p, b, s.base());
    const info::support_mismatch bad = info::infinite_outcomes(p, b);
    s.predict("Over the full supports, which direction is infinite: D(B‖Po) or D(Po‖B)?",
              "D(Po‖B) = " + kit::quantity(pb, s.unit()) + ": the Poisson gives every k from " +
                  std::to_string(bad.all_from.value_or(0)) + " on some mass, where the binomial has none. D(B‖Po) = " +
                  kit::quantity(bp, s.unit(), kit::sci(3)) + " is finite, since the Poisson covers 0..250.");
  }
  write_pmfs(s, "10_binomial250_poisson2.csv", b, p, 15);
}

// Step 2: the article's sum over the window 0..9.
void article_window_sums(kit::step& s) {
  s.say(
      "The article sums the terms of the divergence over the plotted outcomes only. Its code loops "
      "over k = 0..9:");
  s.formula("D_window(B‖Po) = Σ_{k=0}^{9} B(k) log(B(k)/Po(k))");
  const info::pmf b = info::to_pmf(binomial(250, 0.008), "B");
  const info::pmf p = info::to_pmf(poisson(2), "Po");
  const info::base u = s.base();
  const double bp = info::kl_divergence(b, p, u, article_window);
  const double pb = info::kl_divergence(p, b, u, article_window);

  kit::table t{{"sum over k = 0..9"}, {"this workbook", s.unit(), kit::shortest()},
               {"exact (mpmath)", s.unit()}, {"the article printed", "nats", kit::shortest()}};
  t.row({"D_window(B‖Po)", bp, exact(first_pair.window_b_p, u), article_first_b_p});
  t.row({"D_window(Po‖B)", pb, exact(first_pair.window_p_b, u), article_first_p_b});
  s.show(t);
  s.check(info::identity("D_window(B‖Po) [mpmath, 40 digits]", bp, in_unit(value(first_pair.window_b_p), u), 1e-18),
          kit::shortest());
  s.check(info::identity("D_window(Po‖B) [mpmath, 40 digits]", pb, in_unit(value(first_pair.window_p_b), u), 1e-18),
          kit::shortest());
  s.erratum({.source = kit::article::mnist,
             .claim = "D(B || P) and D(P || B) summed over k = 0..9",
             .article = "2.094332797227328e-05 and 1.0766381413449403e-05 nats",
             .right = "2.0943327971861533e-05 and 1.0766381413803486e-05 nats (same window)",
             .why = "the terms are of order 1e-3 and cancel down to 2e-5, so a relative rounding of "
                    "1e-15 in each pmf value (scipy's binom.pmf) shows up in the 11th significant digit "
                    "of the sum. The workbook evaluates the pmfs in extended precision."});

  // The window's masses do not add up to 1: the sums above are not divergences of two distributions.
  const double mass_b = b.mass().head(10).sum();
  const double mass_p = p.mass().head(10).sum();
  s.say(
      "Note what the window leaves out. The masses inside it do not add up to 1, so these sums are "
      "not the divergence of two distributions; a windowed sum can even come out negative.");
  s.result("B(0) + … + B(9)", mass_b, "", kit::fixed(9));
  s.result("Po(0) + … + Po(9)", mass_p, "", kit::fixed(9));
  s.check(info::at_least("mass outside the window, 1 − ΣB(k)", 1 - mass_b, 1e-6));
}

// Step 3: the same pair over the full supports.
void full_support(kit::step& s) {
  s.say(
      "Over the full supports, D(B‖Po) sums over every outcome the binomial can produce, k = 0..250. "
      "The Poisson has mass there, so every term is finite:");
  s.formula("D(B‖Po) = Σ_{k=0}^{250} B(k) log(B(k)/Po(k))");
  const info::pmf b = info::to_pmf(binomial(250, 0.008), "B");
  const info::pmf p = info::to_pmf(poisson(2), "Po");
  const info::base u = s.base();
  const double bp = info::kl_divergence(b, p, u);
  s.result("D(B‖Po)", bp, s.unit(), kit::shortest());
  s.say("Exact (mpmath, 40 digits): " + exact(first_pair.full_b_p, u) + " " + s.unit() + ".");
  s.check(info::identity("D(B‖Po) [mpmath, 40 digits]", bp, in_unit(value(first_pair.full_b_p), u), 1e-18),
          kit::shortest());
  // The same sum from the product form of B(k)/Po(k), with no pmf ratio: independent code.
  s.check(info::identity("D(B‖Po) = Σ B(k) [Σ_{j<k} log((n−j)p/λ) + (n−k) log(1−p) + λ]", bp,
                         in_unit(kl_by_product_form(250, 0.008, 2), u), 1e-18),
          kit::shortest());

  s.say(
      "The other direction sums over every outcome the Poisson can produce: k = 0, 1, 2, … without "
      "end. For k > 250 the binomial has B(k) = 0 while Po(k) > 0, and each such term is "
      "Po(k) log(Po(k)/0) = +∞:");
  s.formula("D(Po‖B) = Σ_{k=0}^{∞} Po(k) log(Po(k)/B(k)) = +∞");
  const double pb = info::kl_divergence(p, b, u);
  s.result("D(Po‖B)", pb, s.unit());
  s.check(info::identity("D(Po‖B) is infinite", pb, inf, 0.0));
  const info::support_mismatch bad = info::infinite_outcomes(p, b);
  if (bad.all_from)
    s.say("The library names the offending outcomes: every k from " + std::to_string(*bad.all_from) +
          " on has Po(k) > 0 and B(k) = 0.");
  s.check(info::identity("first outcome with Po(k) > 0 = B(k)", bad.all_from ? static_cast<double>(*bad.all_from) : -1,
                         251, 0),
          kit::integer());
  const double l10 = log10_poisson(2, 251);
  s.say(
      "How much mass is that? Po(251) = e^(−2) 2^251 / 251! is about 10^" + kit::number(l10, kit::fixed(1)) +
      ", far below the smallest positive double (about 4.9·10^−324): evaluated in doubles it reads 0. "
      "The infinity does not come from the size of that mass, only from its being there at all: "
      "log(Po(k)/0) is infinite however small Po(k) is.");
  s.check(info::at_most("log₁₀ Po(251), from k ln λ − λ − ln k!", l10, -323.3));
}

// Step 4: a worse-matched pair, binomial(10, 0.5) against poisson(4).
void second_pair_step(kit::step& s) {
  s.say(
      "The article's second pair is less alike: B = binomial(10, 0.5) has mean 5 and stops at 10, "
      "Po = poisson(4) has mean 4. Outcomes 11 and 12 are drawn to show what the window hides.");
  const info::pmf b = info::to_pmf(binomial(10, 0.5), "B");
  const info::pmf p = info::to_pmf(poisson(4), "Po");
  s.show(kit::bars(labels(12), {{"B = binomial(10, 0.5)", masses(b, 12)}, {"Po = poisson(4)", masses(p, 12)}}));
  write_pmfs(s, "10_binomial10_poisson4.csv", b, p, 15);

  const info::base u = s.base();
  const double wbp = info::kl_divergence(b, p, u, article_window);
  const double wpb = info::kl_divergence(p, b, u, article_window);
  const double bp = info::kl_divergence(b, p, u);
  const double pb = info::kl_divergence(p, b, u);
  {
    // Po's upper tail above 10 (Boost's complement cdf): what the binomial rules out.
    const double tail = boost::math::cdf(boost::math::complement(poisson(4), 10.0));
    s.predict("How much of poisson(4)'s mass lies above 10, where binomial(10, 0.5) has none: about 0.3 %, 3 % or 30 %?",
              "About " + kit::number(100 * tail, kit::fixed(1)) + " % (P(X > 10) = " + kit::number(tail, kit::fixed(5)) +
                  "). Little, but enough: D(Po‖B) = " + kit::quantity(pb, s.unit()) +
                  ", since any mass where B(k) = 0 makes it infinite.");
  }
  kit::table t{{"sum"}, {"this workbook", s.unit(), kit::shortest()}, {"exact (mpmath)", s.unit()},
               {"the article printed", "nats", kit::shortest()}};
  t.row({"D_window(B‖Po), k = 0..9", wbp, exact(second_pair.window_b_p, u), article_second_b_p});
  t.row({"D_window(Po‖B), k = 0..9", wpb, exact(second_pair.window_p_b, u), article_second_p_b});
  t.row({"D(B‖Po), k = 0..10", bp, exact(second_pair.full_b_p, u), ""});
  t.row({"D(Po‖B), k = 0..∞", pb, "∞", ""});
  s.show(t);
  s.check(info::identity("D_window(B‖Po) [mpmath, 40 digits]", wbp, in_unit(value(second_pair.window_b_p), u), 1e-15),
          kit::shortest());
  s.check(info::identity("D_window(Po‖B) [mpmath, 40 digits]", wpb, in_unit(value(second_pair.window_p_b), u), 1e-15),
          kit::shortest());
  s.check(info::identity("D(B‖Po) [mpmath, 40 digits]", bp, in_unit(value(second_pair.full_b_p), u), 1e-15),
          kit::shortest());
  s.check(info::identity("D(B‖Po) by the product form of B(k)/Po(k)", bp,
                         in_unit(kl_by_product_form(10, 0.5, 4), u), 1e-15),
          kit::shortest());
  s.check(info::identity("D(Po‖B) is infinite", pb, inf, 0.0));
  s.say(
      "Here the article's digits agree with the exact sums to 15 significant figures: the terms do "
      "not cancel much, so pmf rounding does not show.");

  // The Poisson mass above 10, where the binomial has none: Boost's upper tail, not the library's pmf.
  const double above = boost::math::cdf(boost::math::complement(poisson(4), 10.0));
  s.say(
      "D(Po‖B) is infinite because the Poisson puts mass on k = 11, 12, … where the binomial cannot go. "
      "This time that mass is large enough to see in the bars:");
  s.formula("P(X > 10) = 1 − Σ_{k=0}^{10} e^(−4) 4ᵏ / k!");
  s.result("P(X > 10)", above, "", kit::fixed(5));
  s.check(info::identity("P(X > 10) [mpmath: 0.002839766121]", above, 0.002839766121, 1e-12), kit::fixed(12));
  const double outside = 1 - p.mass().head(11).sum();
  s.check(info::identity("P(X > 10) = 1 − Σ_{k≤10} Po(k) (the library's pmf)", outside, above, 1e-15), kit::fixed(12));
}

// Step 5: the lesson.
void the_lesson(kit::step& s) {
  s.say(
      "A divergence is a property of the whole distributions, not of a plotting window. Cutting the "
      "sum at the edge of a plot does two things:");
  s.say(
      "1. It changes the finite direction a little (2.094e-5 against 1.611e-5 for the first pair), "
      "and the windowed number is no longer a divergence: the masses inside the window do not sum to 1.");
  s.say(
      "2. It hides an infinity. Whenever the true distribution P can produce an outcome the model B "
      "gives probability 0, D(Po‖B) = ∞: coding Poisson counts with a binomial code has no codeword at "
      "all for k = 251, or for k = 11. No amount of closeness elsewhere makes up for that.");
  s.formula("D(P‖Q) < ∞  requires  support(P) ⊆ support(Q)");
  s.say(
      "Before you compare two families, compare their supports. A Poisson is a fine model for "
      "binomial data (D(B‖Po) is finite and small); a binomial is no model at all for Poisson data.");
  const info::pmf b = info::to_pmf(binomial(250, 0.008), "B");
  const info::pmf p = info::to_pmf(poisson(2), "Po");
  s.check(info::identity("D(B‖Po) is finite: support(B) = {0..250} ⊆ support(P)",
                         info::infinite_outcomes(b, p).empty() ? 1.0 : 0.0, 1.0, 0.0),
          kit::integer());
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"10_support_trap", "Discrete families and the support trap",
                     "A binomial against a Poisson: the article's sums over a plotting window, the divergences "
                     "over the full supports, and why one direction is infinite."};
  lesson.default_base(info::base::nats);
  lesson.step("Two families of counts: binomial and Poisson", two_families);
  lesson.step("The article's sum over the window k = 0..9", article_window_sums);
  lesson.step("The full supports: one direction finite, the other infinite", full_support);
  lesson.step("A second pair: binomial(10, 0.5) against poisson(4)", second_pair_step);
  lesson.step("A divergence belongs to the whole distributions", the_lesson);
  return lesson.run(argc, argv);
}
