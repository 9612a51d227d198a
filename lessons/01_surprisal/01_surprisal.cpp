// Lesson 01: surprisal and its units.
//
// The surprisal of an event of probability p is S = −log p: an event that was certain tells us
// nothing (S = 0), a rare one tells us a lot. The base of the logarithm is the unit: base 2 gives
// bits, base e nats, base 10 bans. Surprisals of independent events add, because their
// probabilities multiply and the logarithm turns products into sums.
#include "kit/lesson.hpp"

#include <info/info.hpp>

#include <cmath>
#include <numbers>
#include <string>
#include <vector>

namespace {

// Reference values: mpmath at 30 significant digits (quoted here to 20), as in curriculum.md.
constexpr double s_09_bits = 0.15200309344504998496;   // −log₂ 0.9
constexpr double s_01_bits = 3.3219280948873623479;    // −log₂ 0.1 = log₂ 10
constexpr double s_01_nats = 2.302585092994045684;     // −ln 0.1 = ln 10
constexpr double nat_in_bits = 1.4426950408889634074;  // 1/ln 2
constexpr double s_015_bits = 2.7369655941662061664;   // −log₂ 0.15
constexpr double s_die_bits = 2.5849625007211561815;   // log₂ 6

// ---------------------------------------------------------------------------------------------------
// Step 1: surprise as a number.
void rare_events_surprise_more(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "Before an event happens we know its probability p. When it happens we learn something, and "
      "the rarer it was, the more we learn. The surprisal measures this: it is large for rare events, "
      "zero for an event that was certain, and it never goes below zero.");
  s.formula("S(x) = −log P(x)");
  s.say(
      "The logarithm turns 'one chance in two' into 1 bit, 'one in four' into 2 bits, 'one in a "
      "thousand' into about 10 bits: each halving of the probability adds one bit.");
  kit::table t{{"P(x)"}, {"1/P(x)"}, {"S(x) = −log P(x)", s.unit()}};
  const std::vector<double> ps = {1.0, 0.5, 0.25, 0.125, 0.1, 0.01, 0.001};
  for (double p : ps) t.row({p, 1.0 / p, info::surprisal(p, b)});
  s.show(t);
  // The surprisal curve: steep near p = 0, zero at p = 1.
  const std::vector<double> x = kit::grid(0.01, 1.0, 100);
  std::vector<double> curve;
  for (double p : x) curve.push_back(info::surprisal(p, b));
  s.show(kit::curves(x, {{"S(p) = −log p in " + s.unit(), curve}},
                     {.width = 60, .height = 10, .x_label = "p", .y_label = "surprisal [" + s.unit() + "]"}));
  if (s.writing_data()) {
    std::vector<std::vector<double>> rows;
    for (double p : kit::grid(0.005, 1.0, 200))
      rows.push_back({p, info::surprisal(p, info::base::bits), info::surprisal(p, info::base::nats),
                      info::surprisal(p, info::base::bans)});
    s.data_file("01_surprisal_curve.csv", {"p", "bits", "nats", "bans"}, rows);
  }
  s.check(info::identity("a certain event is no surprise: S(1) = 0", info::surprisal(1.0, b), 0.0, 0.0));
  s.check(info::at_least("rarer is more surprising: S(0.01) ≥ S(0.1)", info::surprisal(0.01, b),
                         info::surprisal(0.1, b)));
}

// ---------------------------------------------------------------------------------------------------
// Step 2: a fair coin, in bits.
void fair_coin(kit::step& s) {
  s.say(
      "Toss a fair coin: heads and tails each have probability 1/2 = 2⁻¹. In base 2 the logarithm "
      "of 2⁻¹ is −1, so either outcome carries exactly one bit of surprise. This is what a bit is: "
      "the information in one fair yes-or-no answer.");
  s.formula("S(heads) = −log₂ P(heads) = −log₂ 2⁻¹ = 1 bit");
  const double heads = info::surprisal(0.5, info::base::bits);
  kit::table t{{"outcome"}, {"P(x)"}, {"S(x)", "bits"}};
  t.row({"heads", 0.5, heads}).row({"tails", 0.5, info::surprisal(0.5, info::base::bits)});
  s.show(t);
  s.check(info::identity("S(heads) = 1 bit", heads, 1.0, 0.0));
}

// ---------------------------------------------------------------------------------------------------
// Step 3: a biased coin (the course notes's second case).
void biased_coin(kit::step& s) {
  s.say(
      "Now a coin that lands heads 9 times in 10. Heads is what we expect, so it surprises us "
      "little; tails is the rare outcome and surprises us much more. (The article these numbers "
      "come from rounds them to 0.15 and 3.32 bits.)");
  s.formula("S(H) = −log₂ 0.9        S(T) = −log₂ 0.1 = log₂ 10");
  const double sh = info::surprisal(0.9, info::base::bits);
  const double st = info::surprisal(0.1, info::base::bits);
  // Tails is 9 times rarer, but −log p is not proportional to 1/p: near p = 1 it is almost 0, so the
  // ratio of the surprisals is far from 9.
  const double times = st / sh;
  s.predict("Tails is 9 times rarer than heads: is it about 9 times as surprising, more, or less?",
            std::string(times > 9 ? "More" : "Less") + ": about " + kit::number(times, kit::fixed(1)) +
                " times (" + kit::quantity(st, "bits") + " against " + kit::quantity(sh, "bits") +
                "). Near p = 1 the surprisal −log p is almost 0, so the likely outcome costs next to nothing.");
  kit::table t{{"outcome"}, {"P(x)"}, {"S(x)", "bits"}};
  t.row({"heads", 0.9, sh}).row({"tails", 0.1, st});
  s.show(t);
  s.show(kit::bars({"heads", "tails"}, {{"S(x) [bits]", {sh, st}}}, {.width = 40}));
  s.check(info::identity("S(H) = 0.152003 bits (mpmath)", sh, s_09_bits, 1e-15));
  s.check(info::identity("S(T) = 3.321928 bits (mpmath)", st, s_01_bits, 1e-15));
  s.check(info::at_least("the rare outcome surprises more: S(T) ≥ S(H)", st, sh));
}

// ---------------------------------------------------------------------------------------------------
// Step 4: bits, nats and bans.
void units(kit::step& s) {
  s.say(
      "The base of the logarithm only fixes the unit, the way metres and feet measure the same "
      "length. Base 2 gives bits (also called shannons), base e gives nats, base 10 gives bans "
      "(hartleys). Changing the base multiplies every value by the same constant, because "
      "log_b p = ln p / ln b.");
  s.formula("S in bits = S in nats / ln 2        1 nat = 1/ln 2 = 1.442695 bits\n"
            "S in bans = S in nats / ln 10       1 ban = log₂ 10 = 3.321928 bits");
  kit::table t{{"P(x)"}, {"S", "bits"}, {"S", "nats"}, {"S", "bans"}};
  for (double p : {0.5, 0.1, 0.01, 1.0 / 6.0})
    t.row({p, info::surprisal(p, info::base::bits), info::surprisal(p, info::base::nats),
           info::surprisal(p, info::base::bans)});
  s.show(t);
  s.say(
      "The library computes in nats and converts. The checks below compare that conversion with "
      "the logarithm taken directly in each base (std::log2, std::log10), a separate computation.");
  s.check(info::identity("S(0.1) in bits = −log₂ 0.1", info::surprisal(0.1, info::base::bits), -std::log2(0.1), 1e-15));
  s.check(info::identity("S(0.1) in nats = ln 10 (mpmath)", info::surprisal(0.1, info::base::nats), s_01_nats, 1e-14));
  s.check(info::identity("S(0.1) in bans = −log₁₀ 0.1 = 1", info::surprisal(0.1, info::base::bans), 1.0, 1e-14));
  s.check(info::identity("1 nat = 1.442695 bits: S(1/e) in bits (mpmath)",
                         info::surprisal(std::exp(-1.0), info::base::bits), nat_in_bits, 1e-15));
  if (s.base() != info::base::bits)
    s.say("You asked for " + s.unit() + " with --base; steps 1 and 5 use them.");
}

// ---------------------------------------------------------------------------------------------------
// Step 5: independent events add their surprisals.
void additivity(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "Toss the biased coin and roll a fair die. The two do not influence each other, so the "
      "probability of both outcomes together is the product of their probabilities, and the "
      "logarithm of a product is the sum of the logarithms. Surprise adds up.");
  s.formula("P(x, y) = P(x) · P(y)   ⇒   S(x, y) = −log(P(x) P(y)) = S(x) + S(y)");
  struct event {
    std::string name;
    double px, py;
  };
  const std::vector<event> events = {{"heads, six", 0.9, 1.0 / 6.0},
                                     {"tails, six", 0.1, 1.0 / 6.0},
                                     {"fair heads, fair heads", 0.5, 0.5},
                                     {"tails, tails", 0.1, 0.1}};
  // Two tails in a row: P = 0.1 · 0.1 = 0.01, so S = −log 0.01 = 2 · (−log 0.1).
  const double tails = info::surprisal(0.1, b);
  s.predict("Toss the biased coin twice: how surprising is tails, tails, in " + s.unit() + "?",
            kit::quantity(info::surprisal(0.1 * 0.1, b), s.unit()) + ", twice S(tails) = " +
                kit::quantity(tails, s.unit()) + ". The probabilities multiply (0.1 · 0.1 = 0.01), so the "
                "surprisals add.");
  kit::table t{{"x, y"}, {"P(x)"}, {"P(y)"}, {"S(x)", s.unit()}, {"S(y)", s.unit()},
               {"S(x)+S(y)", s.unit()}, {"−log P(x)P(y)", s.unit()}};
  for (const auto& e : events) {
    const double sx = info::surprisal(e.px, b), sy = info::surprisal(e.py, b);
    t.row({e.name, e.px, e.py, sx, sy, sx + sy, info::surprisal(e.px * e.py, b)});
  }
  s.show(t);
  s.say("The last two columns are computed separately: one adds two surprisals, the other takes "
        "the surprisal of the joint probability. (The coin is the biased one, P(heads) = 0.9; "
        "the die is fair.)");
  for (const auto& e : events)
    s.check(info::identity("S(" + e.name + ") = S(x) + S(y)", info::surprisal(e.px * e.py, b),
                           info::surprisal(e.px, b) + info::surprisal(e.py, b), 1e-14));
  // In bits, against mpmath: S(heads, six) = −log₂(0.9/6) = −log₂ 0.15.
  s.check(info::identity("S(heads, six) = 2.736966 bits (mpmath)",
                         info::surprisal(0.9, info::base::bits) + info::surprisal(1.0 / 6.0, info::base::bits),
                         s_015_bits, 1e-14));
  s.check(info::identity("S(six) = log₂ 6 = 2.584963 bits (mpmath)", info::surprisal(1.0 / 6.0, info::base::bits),
                         s_die_bits, 1e-15));
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"01_surprisal", "Surprisal and units",
                     "How surprising is an event? S(x) = −log P(x): rare events surprise more, certain ones "
                     "not at all, and the base of the logarithm is the unit (bits, nats, bans)."};
  lesson.default_base(info::base::bits);
  lesson.step("Rare events surprise more", rare_events_surprise_more);
  lesson.step("A fair coin: one bit", fair_coin);
  lesson.step("A biased coin", biased_coin);
  lesson.step("Bits, nats and bans", units);
  lesson.step("Independent events: surprisals add", additivity);
  return lesson.run(argc, argv);
}
