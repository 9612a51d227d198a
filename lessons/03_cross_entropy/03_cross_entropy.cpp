// Lesson 03: cross-entropy.
//
// H(P,Q) = −Σ P(x) log Q(x) is the average surprisal of events that come from P when each is
// scored (or coded) with the model Q. With Q = P it is the entropy H(P); with any other Q it is
// larger (Gibbs' inequality). It is not symmetric, and it is infinite when Q gives probability 0
// to an outcome that P can produce.
#include "kit/exact.hpp"
#include "kit/lesson.hpp"
#include "kit/slack.hpp"
#include "kit/random.hpp"

#include <info/info.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace {

// Reference values: mpmath at 30 significant digits (quoted to 20), as in curriculum.md.
constexpr double onehot_good_nats = 0.16251892949777491319;  // −ln 0.85
constexpr double onehot_bad_nats = 2.9957322735539909934;    // −ln 0.05
constexpr double catdog_a_bits = 0.32192809488736234787;     // −log₂ 0.8
constexpr double catdog_b_bits = 2.3219280948873623479;      // −log₂ 0.2
constexpr double h_rs_nats = 1.1714187351463075729;          // H(R,S)
constexpr double h_sr_nats = 1.1297999626735939;             // H(S,R) (mpmath, 17 digits shown)
constexpr double h_r_nats = 1.0809369590975124933;           // H(R)

// The cross-entropy sum outcome by outcome: P(x), Q(x), the surprisal −log Q(x) under the model, and
// the term −P(x) log Q(x). Returns the table; the sum row is the cross-entropy.
kit::table cross_entropy_table(const info::pmf& p, const info::pmf& q, info::base b,
                               const std::vector<std::string>& names = {}) {
  const std::string unit{info::unit_name(b)};
  const std::string P = p.name(), Q = q.name();
  kit::table t{{"x"}, {P + "(x)"}, {Q + "(x)"}, {"−log " + Q + "(x)", unit}, {"−" + P + "(x) log " + Q + "(x)", unit}};
  const Eigen::ArrayXd terms = info::cross_entropy_terms(p, q, b);
  t.outcomes(p.size(), [&](long long i) -> std::vector<kit::cell> {
    const auto k = static_cast<std::size_t>(i);
    // −log Q(x) from Q's log mass: finite where a family's mass merely underflowed, +∞ where Q(x) = 0,
    // and defined past the end of a shorter Q
    const double surprise = -q.log_mass(i) / info::log_of_base(b);
    return {k < names.size() ? kit::cell(names[k]) : kit::cell(i), p(i), q(i), surprise, terms(i)};
  });
  t.rule().row({"sum", p.mass().sum(), q.mass().sum(), "", terms.sum()});
  return t;
}

// ---------------------------------------------------------------------------------------------------
// Step 1: what cross-entropy measures.
void wrong_model(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "Entropy measured the surprise we expect when we know the true probabilities P. In practice "
      "we often only have a model Q: a forecast, a classifier's output, a code designed for some "
      "other source. Cross-entropy is the surprise we experience on average when the events come "
      "from P but we judge each one with Q's probabilities.");
  s.formula("H(P, Q) = E_P[−log Q(X)] = −Σ P(x) log Q(x)");
  s.say(
      "Read it from the inside: −log Q(x) is how surprised the model is by outcome x (in a code "
      "built for Q, the length of x's codeword in bits); P(x) is how often x really happens.\n\n"
      "Example: a fair coin P = (0.5, 0.5), judged by a model Q = (0.9, 0.1) that believes in heads. "
      "Tails happens half the time, and each time the model is very surprised.");
  const info::pmf p = info::pmf({0.5, 0.5}, "P"), q = info::pmf({0.9, 0.1}, "Q");
  s.show(cross_entropy_table(p, q, b, {"heads", "tails"}));
  const double h_pq = info::cross_entropy(p, q, b), h_p = info::entropy(p, b);
  s.result("H(P, Q)", h_pq, s.unit());
  kit::exact_line(s, "H(P, Q)", kit::exact_measure::cross_entropy, "1/2, 1/2", "9/10, 1/10", h_pq, b);
  s.result("H(P), the surprise with the right model", h_p, s.unit());
  s.say("Using the wrong model costs H(P, Q) − H(P) = " + kit::quantity(h_pq - h_p, s.unit()) +
        " per toss. Lesson 04 names this extra cost.");
  s.check(info::at_least("the wrong model costs more: H(P, Q) ≥ H(P)", h_pq, h_p));
}

// ---------------------------------------------------------------------------------------------------
// Step 2: a one-hot truth against a good and a bad prediction (the MNIST tutorial, in nats).
void one_hot(kit::step& s) {
  s.say(
      "In classification the truth is one-hot: the example belongs to class 1 with certainty, "
      "P = (0, 1, 0). A model predicts probabilities for the three classes. Since P(x) = 0 for the "
      "wrong classes, only the true class's term survives: H(P, Q) = −log Q(true class). The "
      "article computes this in nats for a good and a bad prediction.");
  s.formula("H(P, Q) = −[0 · log Q(0) + 1 · log Q(1) + 0 · log Q(2)] = −log Q(1)");
  const info::pmf truth = info::pmf({0.0, 1.0, 0.0}, "P");
  const info::pmf good = info::pmf({0.05, 0.85, 0.10}, "Q");
  const info::pmf bad = info::pmf({0.85, 0.05, 0.10}, "Q");
  s.say("A good prediction, Q = (0.05, 0.85, 0.10):");
  s.show(cross_entropy_table(truth, good, info::base::nats));
  const double h_good = info::cross_entropy(truth, good, info::base::nats);
  s.result("H(P, Q_good)", h_good, "nats");
  // Only the true class's term survives, so the bad model's loss is −log Q_bad(1) = −log 0.05.
  s.predict("A bad model says Q = (0.85, 0.05, 0.10): does the 0.85 it puts on the wrong class 0 add to the loss?",
            "No: H(P, Q_bad) = " + kit::quantity(info::cross_entropy(truth, bad, info::base::nats), "nats") +
                " = −log 0.05, from the true class alone. P(x) = 0 for the wrong classes, so their terms "
                "vanish, wherever the rest of Q's mass goes.");
  s.say("A bad prediction, Q = (0.85, 0.05, 0.10): the true class got only 5 %.");
  s.show(cross_entropy_table(truth, bad, info::base::nats));
  const double h_bad = info::cross_entropy(truth, bad, info::base::nats);
  s.result("H(P, Q_bad)", h_bad, "nats");
  s.say("The article prints 0.16251892949777494 and 2.995732273553991 (and TensorFlow's "
        "CategoricalCrossentropy, in single precision, 0.1625189).");
  s.check(info::identity("H((0,1,0), (0.05,0.85,0.10)) = 0.162519 nats (mpmath)", h_good, onehot_good_nats, 1e-15));
  s.check(info::identity("H((0,1,0), (0.85,0.05,0.10)) = 2.995732 nats (mpmath)", h_bad, onehot_bad_nats, 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 3: cat or dog (the course notes, in bits).
void cat_or_dog(kit::step& s) {
  s.say(
      "The same idea in bits. An image shows a cat: truth P = (1, 0) over (cat, dog). Model A says "
      "(0.8, 0.2), model B says (0.2, 0.8). The article rounds the results to 0.32 and 2.32 bits.");
  const info::pmf truth = info::pmf({1.0, 0.0}, "P");
  const info::pmf a = info::pmf({0.8, 0.2}, "Q");
  const info::pmf b = info::pmf({0.2, 0.8}, "Q");
  s.say("Model A:");
  s.show(cross_entropy_table(truth, a, info::base::bits, {"cat", "dog"}));
  const double h_a = info::cross_entropy(truth, a, info::base::bits);
  s.result("H(P, Q_A)", h_a, "bits");
  kit::exact_line(s, "H(P, Q_A)", kit::exact_measure::cross_entropy, "1, 0", "4/5, 1/5", h_a, info::base::bits);
  s.say("Model B:");
  s.show(cross_entropy_table(truth, b, info::base::bits, {"cat", "dog"}));
  const double h_b = info::cross_entropy(truth, b, info::base::bits);
  s.result("H(P, Q_B)", h_b, "bits");
  kit::exact_line(s, "H(P, Q_B)", kit::exact_measure::cross_entropy, "1, 0", "1/5, 4/5", h_b, info::base::bits);
  s.check(info::identity("H((1,0), (0.8,0.2)) = 0.321928 bits (mpmath)", h_a, catdog_a_bits, 1e-15));
  s.check(info::identity("H((1,0), (0.2,0.8)) = 2.321928 bits (mpmath)", h_b, catdog_b_bits, 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 4: R against S (the differences tutorial, in nats).
void r_against_s(kit::step& s) {
  s.say(
      "Two distributions over three values, R = (0.42, 0.31, 0.27) and S = (0.25, 0.5, 0.25). The "
      "article works with rounded logarithms (ln 0.25 ≈ −1.39, ln 0.5 ≈ −0.69) and gets 1.17 nats, "
      "which is right to the digits it shows.");
  const info::pmf r = info::pmf({0.42, 0.31, 0.27}, "R"), sd = info::pmf({0.25, 0.5, 0.25}, "S");
  s.show(cross_entropy_table(r, sd, info::base::nats, {"1", "2", "3"}));
  const double h = info::cross_entropy(r, sd, info::base::nats);
  s.result("H(R, S)", h, "nats");
  kit::exact_line(s, "H(R, S)", kit::exact_measure::cross_entropy, "0.42, 0.31, 0.27", "1/4, 1/2, 1/4", h, info::base::nats);
  s.check(info::identity("H(R, S) = 1.171419 nats (mpmath)", h, h_rs_nats, 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 5: Gibbs' inequality: H(P,Q) ≥ H(P), with equality only at Q = P.
void never_below_entropy(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "No model does better than the truth: for every Q, H(P, Q) ≥ H(P), and equality holds only "
      "when Q = P (Gibbs' inequality; lesson 04 proves it). Watch the cross-entropy of R fall as the "
      "model Q slides from S to R along Q_t = (1 − t)·S + t·R.");
  s.formula("H(P, Q) ≥ H(P) = H(P, P)");
  const info::pmf r = info::pmf({0.42, 0.31, 0.27}, "R"), sd = info::pmf({0.25, 0.5, 0.25}, "S");
  const double h_r = info::entropy(r, b);
  kit::table t{{"t", "", kit::fixed(2)}, {"Q_t"}, {"H(R, Q_t)", s.unit()}, {"H(R)", s.unit()}, {"H(R, Q_t) − H(R)", s.unit()}};
  for (double tt : {0.0, 0.25, 0.5, 0.75, 0.9, 1.0}) {
    const info::pmf qt = info::pmf(Eigen::ArrayXd((1.0 - tt) * sd.mass() + tt * r.mass()), "Q");
    const double h = info::cross_entropy(r, qt, b);
    t.row({tt, kit::vector_text(qt.mass().data(), 3), h, h_r, h - h_r});
  }
  s.show(t);
  s.check(info::identity("at Q = P the two agree: H(R, R) = H(R)", info::cross_entropy(r, r, b), h_r, 1e-14));
  if (b == info::base::nats) s.check(info::identity("H(R) = 1.080937 nats (mpmath)", h_r, h_r_nats, 1e-15));

  s.say("The same on 1000 random pairs (P, Q) with 2 to 20 outcomes (std::mt19937, seed 7):");
  std::mt19937 rng{7};
  double smallest_gap = INFINITY;
  for (int trial = 0; trial < 1000; ++trial) {
    const Eigen::Index n = 2 + trial % 19;
    const info::pmf p = kit::random_pmf(rng, n, "P"), q = kit::random_pmf(rng, n, "Q");
    smallest_gap = std::min(smallest_gap, info::cross_entropy(p, q, b) - info::entropy(p, b));
  }
  s.result("smallest H(P, Q) − H(P)", smallest_gap, s.unit());
  s.check(info::at_least("H(P, Q) − H(P) ≥ 0 on 1000 random pairs", smallest_gap, 0.0));
}

// ---------------------------------------------------------------------------------------------------
// Step 6: not symmetric.
void not_symmetric(kit::step& s) {
  s.say(
      "Swapping the roles changes the answer: H(P, Q) averages Q's surprisal over P's events, "
      "H(Q, P) averages P's surprisal over Q's events. In general the two differ.");
  const info::pmf r = info::pmf({0.42, 0.31, 0.27}, "R"), sd = info::pmf({0.25, 0.5, 0.25}, "S");
  const double h_rs = info::cross_entropy(r, sd), h_sr = info::cross_entropy(sd, r);
  kit::table t{{"pair"}, {"H(first, second)", "nats"}};
  t.row({"H(R, S)", h_rs}).row({"H(S, R)", h_sr});
  s.show(t);
  s.check(info::identity("H(S, R) = 1.129800 nats (mpmath)", h_sr, h_sr_nats, 1e-15));
  s.check(info::at_least("|H(R, S) − H(S, R)| ≥ 0.01: not symmetric", std::fabs(h_rs - h_sr), 0.01));
  s.say(
      "The asymmetry can be extreme. The cat/dog truth P = (1, 0) judged by model A = (0.8, 0.2) "
      "costs 0.32 bits; but A judged by P is infinitely surprised: A says 'dog' 20 % of the time, "
      "and P gives dog probability 0, so −log P(dog) = ∞.");
  const info::pmf truth = info::pmf({1.0, 0.0}, "P"), a = info::pmf({0.8, 0.2}, "Q");
  kit::table u{{"pair"}, {"value", "bits"}};
  u.row({"H(P, A)", info::cross_entropy(truth, a, info::base::bits)})
      .row({"H(A, P)", info::cross_entropy(a, truth, info::base::bits)});
  s.show(u);
  s.check(info::identity("H(A, P) = ∞", info::cross_entropy(a, truth, info::base::bits), INFINITY, 0.0));
}

// ---------------------------------------------------------------------------------------------------
// Step 7: erratum of the differences tutorial: cross-entropy is not zero when the distributions match.
void not_zero_at_match(kit::step& s) {
  s.say(
      "When the model is perfect, Q = P, the cross-entropy does not vanish: it becomes the entropy "
      "H(P), the surprise that remains even with the right model. It is zero only when there is no "
      "surprise at all, for a point mass. (It is KL, lesson 04, that is zero exactly when Q = P.)");
  s.formula("H(P, P) = −Σ P(x) log P(x) = H(P)");
  const info::pmf r = info::pmf({0.42, 0.31, 0.27}, "R");
  const info::pmf point = info::pmf({0.0, 1.0, 0.0}, "P");
  kit::table t{{"P"}, {"H(P, P)", "nats"}, {"H(P)", "nats"}};
  t.row({"R = (0.42, 0.31, 0.27)", info::cross_entropy(r, r), info::entropy(r)})
      .row({"point mass (0, 1, 0)", info::cross_entropy(point, point), info::entropy(point)});
  s.show(t);
  s.erratum({.source = kit::article::differences,
             .claim = "says that cross-entropy, like KL divergence, takes the value zero if and only if the "
                      "two distributions match.",
             .article = "H(R, R) = 0.",
             .right = "H(R, R) = H(R) = 1.080937 nats; H(P, P) = 0 only for a point mass.",
             .why = "with Q = P the cross-entropy is the entropy of P, which is positive unless one outcome is "
                    "certain. The statement holds for KL(P‖Q) = H(P, Q) − H(P), not for H(P, Q)."});
  s.check(info::at_least("H(R, R) is not zero: H(R, R) ≥ 1 nat", info::cross_entropy(r, r), 1.0));
  s.check(info::identity("H(R, R) = 1.080937 nats (mpmath)", info::cross_entropy(r, r), h_r_nats, 1e-15));
  s.check(info::identity("H(point, point) = 0", info::cross_entropy(point, point), 0.0, 0.0));
}

// ---------------------------------------------------------------------------------------------------
// "outcome 2" or "outcomes 41 and beyond": where `from` has mass and `to` has none.
std::string ruled_out(const info::pmf& from, const info::pmf& to) {
  const info::support_mismatch miss = info::infinite_outcomes(from, to);
  return kit::outcome_phrase(miss.outcomes, miss.all_from);
}

// The prediction of the walkthrough: H(Q, P) against H(P, Q), answered from the student's numbers. The swap
// averages P's surprisal −log P(x) over Q's events instead of Q's surprisal over P's events; it is infinite
// where the second distribution rules out an outcome the first can produce.
void predict_swap(kit::step& s, const info::pmf& p, const info::pmf& q) {
  const info::base b = s.base();
  const double pq = info::cross_entropy(p, q, b), qp = info::cross_entropy(q, p, b);
  const std::string both = "H(Q, P) = " + kit::quantity(qp, s.unit()) + " against H(P, Q) = " + kit::quantity(pq, s.unit());
  std::string answer;
  if (std::isinf(pq) && std::isinf(qp))
    answer = "The same: both are ∞. Q gives probability 0 to " + ruled_out(p, q) + ", which P can produce, and P "
             "gives 0 to " + ruled_out(q, p) + ", which Q can produce.";
  else if (std::isinf(qp))
    answer = "Larger: " + both + ". P gives probability 0 to " + ruled_out(q, p) +
             ", which Q can produce, so P's surprisal there is infinite.";
  else if (std::isinf(pq))
    answer = "Smaller: " + both + ". Q gives probability 0 to " + ruled_out(p, q) +
             ", which P can produce; the swap removes that infinity.";
  else if (std::fabs(qp - pq) <= 1e-12 * std::max(1.0, std::fabs(pq)))
    answer = "The same here: H(Q, P) = H(P, Q) = " + kit::quantity(pq, s.unit()) +
             ". In general the two differ: each averages the other's surprisal over different events.";
  else
    answer = std::string(qp > pq ? "Larger" : "Smaller") + ": " + both +
             ". The swap averages P's surprisal over Q's events instead of Q's surprisal over P's: a different "
             "average of different numbers.";
  s.predict("Swap the roles: is H(Q, P) larger than H(P, Q), smaller, or the same?", answer);
}

// Walkthrough: the student's P and Q.
void walkthrough(kit::step& s) {
  const info::pmf& p = s.p();
  const info::pmf& q = s.q();
  const info::base b = s.base();
  s.say(s.own_numbers() ? "Your P and Q, outcome by outcome."
                        : "The walkthrough, here on P = R = (0.42, 0.31, 0.27) and Q = S = (0.25, 0.5, 0.25). "
                          "Run the lesson with --p and --q (for example --p 0.1,0.4,0.5 --q 0.8,0.15,0.05) "
                          "to see it on your own numbers.");
  s.formula("H(P, Q) = −Σ P(x) log Q(x)");
  predict_swap(s, p, q);
  s.show(cross_entropy_table(p, q, b));
  const double h_pq = info::cross_entropy(p, q, b);
  const double h_p = info::entropy(p, b);
  const double h_qp = info::cross_entropy(q, p, b);
  s.result("H(P, Q)", h_pq, s.unit());
  kit::exact_line(s, "H(P, Q)", kit::exact_measure::cross_entropy, s.p_spec(), s.q_spec(), h_pq, b);
  s.result("H(P) (the right model)", h_p, s.unit());
  s.result("H(Q, P) (roles swapped)", h_qp, s.unit());
  const info::support_mismatch bad = info::infinite_outcomes(p, q);
  if (!bad.empty()) {
    // Where Q's support ends before P's, the outcomes from there on come as one bound, not a list.
    s.note("Infinite cross-entropy",
           "Q gives probability 0 to " + ruled_out(p, q) +
               ", which P can produce: the model is infinitely surprised by it, so H(P, Q) = ∞. "
               "A model should never rule out what can happen.");
  }
  // H(P,Q) − H(P) = KL(P‖Q) ≥ ΣP − ΣQ: the slack of a list summing to 1 within 1e-9, plus rounding.
  const double slack = kit::sum_slack(p, q, b) + kit::rounding(std::max(p.size(), q.size()), h_pq);
  s.check(info::at_least("H(P, Q) ≥ H(P)", h_pq, h_p, slack));
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"03_cross_entropy", "Cross-entropy",
                     "Cross-entropy H(P, Q) = −Σ P(x) log Q(x) is the surprise we expect when events come from "
                     "P but we judge them with a model Q. It is never below the entropy H(P)."};
  lesson.default_base(info::base::nats);
  lesson.takes_pmfs("0.42, 0.31, 0.27", "0.25, 0.5, 0.25");
  lesson.step("Surprise under the wrong model", wrong_model);
  lesson.step("A one-hot truth: a good and a bad prediction", one_hot);
  lesson.step("Cat or dog, in bits", cat_or_dog);
  lesson.step("R against S", r_against_s);
  lesson.step("Never below the entropy", never_below_entropy);
  lesson.step("Not symmetric", not_symmetric);
  lesson.step("Not zero when the model is perfect", not_zero_at_match);
  lesson.walkthrough("Your own P and Q, step by step", walkthrough);
  return lesson.run(argc, argv);
}
