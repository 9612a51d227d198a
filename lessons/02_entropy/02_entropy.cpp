// Lesson 02: entropy, the average surprisal.
//
// H(P) = E[S(X)] = −Σ P(x) log P(x) weighs each outcome's surprisal by how often it happens. It is
// zero for a certain outcome, largest (log n) for the uniform distribution on n outcomes, and
// always between the two. Convention: 0 · log 0 = 0, so impossible outcomes contribute nothing.
#include "kit/exact.hpp"
#include "kit/lesson.hpp"
#include "kit/random.hpp"

#include <info/info.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace {

// Reference values: mpmath at 30 significant digits (quoted to 20), as in curriculum.md.
constexpr double h_biased_bits = 0.46899559358928122125;  // H(0.9, 0.1) in bits
constexpr double h_die_bits = 2.5849625007211561815;      // log₂ 6

// The table of an entropy sum: outcome, P(x), its surprisal −log P(x), and the term −P(x) log P(x).
kit::table entropy_table(const info::pmf& p, info::base b, const std::vector<std::string>& names = {}) {
  const std::string unit{info::unit_name(b)};
  const std::string P = p.name();  // "P" or "Q"
  kit::table t{{"x"}, {P + "(x)"}, {"−log " + P + "(x)", unit}, {"−" + P + "(x) log " + P + "(x)", unit}};
  const Eigen::ArrayXd s = info::surprisal(p, b);
  const Eigen::ArrayXd terms = info::entropy_terms(p, b);
  t.outcomes(p.size(), [&](long long i) -> std::vector<kit::cell> {
    const auto k = static_cast<std::size_t>(i);
    // An outcome with P(x) = 0 has infinite surprisal but never happens: its term is 0 (0 · log 0 = 0).
    return {k < names.size() ? kit::cell(names[k]) : kit::cell(i), p(i), s(i), terms(i)};
  });
  t.rule().row({"sum", p.mass().sum(), "", terms.sum()});
  return t;
}

// ---------------------------------------------------------------------------------------------------
// Step 1: entropy as the average surprisal (a fair coin).
void average_surprisal(kit::step& s) {
  s.say(
      "Lesson 01 measured the surprise of one outcome. Entropy asks: before we toss, how much "
      "surprise do we expect on average? Weigh each outcome's surprisal by its probability and add.");
  s.formula("H(P) = E[S(X)] = Σ P(x) · S(x) = −Σ P(x) log P(x)");
  s.say("A fair coin: each outcome carries 1 bit and happens half the time, so on average we get 1 bit.");
  const info::pmf coin{0.5, 0.5};
  s.show(entropy_table(coin, info::base::bits, {"heads", "tails"}));
  const double h = info::entropy(coin, info::base::bits);
  s.result("H(fair coin)", h, "bits");
  s.check(info::identity("H(fair coin) = 1 bit", h, 1.0, 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 2: a biased coin (the course notes).
void biased_coin(kit::step& s) {
  s.say(
      "The coin that lands heads 9 times in 10. Tails is very surprising (3.32 bits) but rare; heads "
      "is common but barely surprising (0.15 bits). The average is well below the fair coin's 1 bit: "
      "a predictable coin tells us less per toss. The article rounds the result to 0.47 bits.");
  const info::pmf coin{0.9, 0.1};
  s.show(entropy_table(coin, info::base::bits, {"heads", "tails"}));
  const double h = info::entropy(coin, info::base::bits);
  s.result("H(0.9, 0.1)", h, "bits");
  kit::exact_line(s, "H(9/10, 1/10)", kit::exact_measure::entropy, "9/10, 1/10", "", h, info::base::bits);
  s.show(kit::bars({"heads", "tails"}, {{"fair", {0.5, 0.5}}, {"biased", {0.9, 0.1}}}, {.width = 40}));
  s.say("Between a certain coin and a fair one the entropy changes smoothly with the bias P(heads):");
  const std::vector<double> bias = kit::grid(0.0, 1.0, 61);
  std::vector<double> curve;
  for (double v : bias) curve.push_back(info::entropy(info::pmf{v, 1.0 - v}, info::base::bits));
  s.show(kit::curves(bias, {{"H(P(heads), 1 − P(heads)) in bits", curve}},
                     {.width = 61, .height = 8, .x_label = "P(heads)", .y_label = "entropy [bits]"}));
  if (s.writing_data()) {
    std::vector<std::vector<double>> rows;
    for (double v : kit::grid(0.0, 1.0, 201)) rows.push_back({v, info::entropy(info::pmf{v, 1.0 - v}, info::base::bits)});
    s.data_file("02_binary_entropy.csv", {"p_heads", "entropy_bits"}, rows);
  }
  s.check(info::identity("H(0.9, 0.1) = 0.468996 bits (mpmath)", h, h_biased_bits, 1e-15));
  s.check(info::at_most("the biased coin is less surprising on average: H(0.9, 0.1) ≤ H(fair)", h,
                        info::entropy(info::pmf{0.5, 0.5}, info::base::bits)));
}

// ---------------------------------------------------------------------------------------------------
// Step 3: where the minus sign goes (erratum of the course notes).
void minus_sign(kit::step& s) {
  s.say(
      "Every probability is at most 1, so every log P(x) is zero or negative. The minus sign in "
      "front of the sum turns the total into a positive number. It must stay outside the logarithm: "
      "the logarithm of a negative number is not a real number.");
  const info::pmf coin{0.9, 0.1};
  kit::table t{{"x"}, {"P(x)"}, {"log₂ P(x)", "bits"}, {"−P(x) log₂ P(x)", "bits"}};
  const Eigen::ArrayXd terms = info::entropy_terms(coin, info::base::bits);
  const Eigen::ArrayXd s_x = info::surprisal(coin, info::base::bits);
  t.row({"heads", 0.9, -s_x(0), terms(0)}).row({"tails", 0.1, -s_x(1), terms(1)});
  s.show(t);
  s.erratum({.source = kit::article::course,
             .claim = "writes the entropy of both coins as Σ P(x) log(−P(x)).",
             .article = "log(−0.9) and log(−0.1): logarithms of negative numbers, which have no real value "
                        "(its numbers 0.5·1 + 0.5·1 and 0.9·0.15 + 0.1·3.32 actually use −log P(x)).",
             .right = "H(P) = −Σ P(x) log P(x): 1 bit for the fair coin, 0.468996 bits for the biased one.",
             .why = "the minus sign belongs outside the logarithm, where it turns the negative log P(x) "
                    "into the positive surprisal −log P(x)."});
  s.check(info::at_least("each term −P(x) log P(x) ≥ 0", terms.minCoeff(), 0.0));
}

// ---------------------------------------------------------------------------------------------------
// Step 4: three outcomes, exactly 1.5 bits.
void three_outcomes(kit::step& s) {
  s.say(
      "P = (0.5, 0.25, 0.25): one outcome half the time (1 bit of surprise), two outcomes a quarter "
      "of the time each (2 bits). The average is 0.5·1 + 0.25·2 + 0.25·2 = 1.5 bits exactly. You can "
      "read it as the average number of yes/no questions needed: 'Is it 0?' settles half the cases "
      "with one question; otherwise a second question decides between 1 and 2.");
  const info::pmf p{0.5, 0.25, 0.25};
  s.show(entropy_table(p, info::base::bits));
  const double h = info::entropy(p, info::base::bits);
  s.result("H(0.5, 0.25, 0.25)", h, "bits");
  kit::exact_line(s, "H(1/2, 1/4, 1/4)", kit::exact_measure::entropy, "1/2, 1/4, 1/4", "", h, info::base::bits);
  s.check(info::identity("H(0.5, 0.25, 0.25) = 1.5 bits", h, 1.5, 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 5: the extremes: uniform gives log n, a point mass gives 0.
void extremes(kit::step& s) {
  const info::base b = s.base();
  // The two ends of the range, computed: H(uniform on 3) = log 3 and H(point mass) = 0.
  s.predict("Of all distributions on 3 outcomes, which has the largest entropy, and which the smallest?",
            "The uniform (1/3, 1/3, 1/3), with log 3 = " +
                kit::quantity(info::entropy(info::pmf::uniform(3), b), s.unit()) +
                ", and a point mass such as (0, 1, 0), with " + kit::quantity(info::entropy(info::pmf{0.0, 1.0, 0.0}, b), s.unit()) +
                ". Entropy measures how little we can predict: nothing at all, or everything.");
  s.say(
      "Entropy is largest when we can predict nothing: all n outcomes equally likely, each with "
      "surprisal log n, so H = log n. It is zero when we can predict everything: one outcome has "
      "probability 1 (a point mass), its surprisal is 0, and the others never happen.");
  s.formula("H(uniform on n) = −Σ (1/n) log(1/n) = log n        H(point mass) = −1 · log 1 = 0");
  struct example {
    std::string name;
    info::pmf p;
  };
  const std::vector<example> examples = {{"uniform (1/3, 1/3, 1/3)", info::pmf::uniform(3)},
                                         {"(0.5, 0.25, 0.25)", info::pmf{0.5, 0.25, 0.25}},
                                         {"(0.8, 0.1, 0.1)", info::pmf{0.8, 0.1, 0.1}},
                                         {"point mass (0, 1, 0)", info::pmf{0.0, 1.0, 0.0}}};
  kit::table t{{"P on 3 outcomes"}, {"H(P)", s.unit()}, {"log 3", s.unit()}};
  for (const auto& e : examples) t.row({e.name, info::entropy(e.p, b), std::log(3.0) / info::log_of_base(b)});
  s.show(t);
  std::vector<kit::series> shapes;
  for (const auto& e : examples) shapes.push_back({e.name, {e.p(0), e.p(1), e.p(2)}});
  s.show(kit::bars({"0", "1", "2"}, shapes, {.width = 30}));

  s.say("The uniform distribution on n outcomes for several n; log n is computed directly with std::log.");
  kit::table u{{"n"}, {"H(uniform_n)", s.unit()}, {"log n", s.unit()}};
  for (long n : {2L, 3L, 4L, 6L, 8L, 20L})
    u.row({n, info::entropy(info::pmf::uniform(n), b), std::log(static_cast<double>(n)) / info::log_of_base(b)});
  s.show(u);
  for (long n : {2L, 6L, 20L})
    s.check(info::identity("H(uniform_" + std::to_string(n) + ") = log " + std::to_string(n),
                           info::entropy(info::pmf::uniform(n), b),
                           std::log(static_cast<double>(n)) / info::log_of_base(b), 1e-14));
  if (b == info::base::bits)
    s.check(info::identity("H(fair die) = log₂ 6 = 2.584963 bits (mpmath)", info::entropy(info::pmf::uniform(6), b),
                           h_die_bits, 1e-14));
  s.check(info::identity("H(point mass) = 0", info::entropy(info::pmf{0.0, 1.0, 0.0}, b), 0.0, 0.0));
}

// ---------------------------------------------------------------------------------------------------
// Step 6: 0 ≤ H(P) ≤ log n on many random distributions.
void bounds(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "Is it true for every distribution that 0 ≤ H(P) ≤ log n? Each term −P(x) log P(x) is ≥ 0, so "
      "H ≥ 0. The upper bound follows from Jensen's inequality (log is concave): "
      "H(P) = Σ P(x) log(1/P(x)) ≤ log Σ P(x)·(1/P(x)) = log n. Here it is tested on 1000 random "
      "distributions with 2 to 20 outcomes (std::mt19937, seed 2024).");
  std::mt19937 rng{2024};
  double lowest = INFINITY, closest = -INFINITY, ratio_min = INFINITY, ratio_max = -INFINITY;
  for (int trial = 0; trial < 1000; ++trial) {
    const Eigen::Index n = 2 + trial % 19;
    const info::pmf p = kit::random_pmf(rng, n);
    const double h = info::entropy(p, b), top = std::log(static_cast<double>(n)) / info::log_of_base(b);
    lowest = std::min(lowest, h);
    closest = std::max(closest, h - top);
    ratio_min = std::min(ratio_min, h / top);
    ratio_max = std::max(ratio_max, h / top);
  }
  kit::table t{{"over 1000 random P"}, {"value"}};
  t.row({"smallest H(P) [" + s.unit() + "]", lowest})
      .row({"largest H(P) − log n [" + s.unit() + "]", closest})
      .row({"H(P) / log n from", ratio_min})
      .row({"H(P) / log n to", ratio_max});
  s.show(t);
  s.check(info::at_least("smallest H(P) ≥ 0", lowest, 0.0));
  s.check(info::at_most("largest H(P) − log n ≤ 0", closest, 0.0, 1e-14));
}

// ---------------------------------------------------------------------------------------------------
// Walkthrough: the student's P (and Q), step by step.
void walkthrough(kit::step& s) {
  const info::base b = s.base();
  s.say(s.own_numbers() ? "Your distributions, outcome by outcome."
                        : "The walkthrough, here on P = (0.5, 0.25, 0.25) and Q = (0.9, 0.1). Run the lesson "
                          "with --p and --q (for example --p 0.1,0.4,0.5) to see it on your own numbers.");
  s.formula("H(P) = −Σ P(x) log P(x)        0 ≤ H(P) ≤ log n");
  bool asked = false;  // one prediction, for the first distribution shown
  for (const info::pmf* d : {&s.p(), &s.q()}) {
    const std::string name = d->name();
    if (s.own_numbers() && ((name == "P" && !s.p_given()) || (name == "Q" && !s.q_given()))) continue;
    s.say(name + " = " + kit::vector_text(d->mass().data(), static_cast<std::size_t>(d->size())) + ":");
    if (!asked && d->size() > 1) {
      // Where H lies between its floor 0 (a point mass) and its ceiling log n (uniform), from the numbers.
      asked = true;
      const double h = info::entropy(*d, b);
      const double top = std::log(static_cast<double>(d->size())) / info::log_of_base(b);
      const std::string ceiling = "log " + std::to_string(d->size()) + " = " + kit::quantity(top, s.unit());
      const double share = h / top;
      s.predict("Is H(" + name + ") nearer 0 or nearer its largest possible value, " + ceiling + "?",
                std::string(share >= 1 - 1e-12 ? "Right at log n"
                            : share <= 1e-12   ? "Right at 0"
                            : share > 0.5      ? "Nearer log n"
                            : share < 0.5      ? "Nearer 0"
                                               : "Exactly halfway") +
                    ": H(" +
                    name + ") = " + kit::quantity(h, s.unit()) + ", " + kit::number(100 * share, kit::fixed(1)) +
                    " % of " + ceiling + ". H reaches log n only when all n outcomes are equally likely, and 0 "
                    "only for a point mass.");
    }
    s.show(entropy_table(*d, b));
    const double h = info::entropy(*d, b);
    const double top = std::log(static_cast<double>(d->size())) / info::log_of_base(b);
    s.result("H(" + name + ")", h, s.unit());
    kit::exact_line(s, "H(" + name + ")", kit::exact_measure::entropy, name == "P" ? s.p_spec() : s.q_spec(), "", h, b);
    s.result("log n, the largest possible (n = " + std::to_string(d->size()) + ")", top, s.unit());
    s.check(info::at_least("H(" + name + ") ≥ 0", h, 0.0));
    s.check(info::at_most("H(" + name + ") ≤ log n", h, top, 1e-14));
  }
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"02_entropy", "Entropy",
                     "Entropy is the surprisal we expect on average: H(P) = −Σ P(x) log P(x). It is 0 for a "
                     "certain outcome and largest, log n, when all n outcomes are equally likely."};
  lesson.default_base(info::base::bits);
  lesson.takes_pmfs("0.5, 0.25, 0.25", "0.9, 0.1", /*paired=*/false);
  lesson.step("Entropy is the average surprisal", average_surprisal);
  lesson.step("A biased coin: 0.468996 bits", biased_coin);
  lesson.step("Where the minus sign goes", minus_sign);
  lesson.step("Three outcomes: exactly 1.5 bits", three_outcomes);
  lesson.step("The extremes: uniform and point mass", extremes);
  lesson.step("0 ≤ H(P) ≤ log n, tested", bounds);
  lesson.walkthrough("Your own distributions, step by step", walkthrough);
  return lesson.run(argc, argv);
}
