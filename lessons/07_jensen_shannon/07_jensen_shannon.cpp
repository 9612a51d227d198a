// Lesson 07: the Jensen-Shannon divergence and distance.
//
// JS compares P and Q through their mixture M = (P+Q)/2: the mean of KL(P‖M) and KL(Q‖M). Because
// M has mass wherever P or Q has, both KLs are finite, so JS is finite where KL is not; it is
// symmetric and at most log 2. Two claims of the the blog post are wrong and are
// shown to be: JS is not a metric (its square root is), and it is not a weighted sum of the forward
// and backward KL between P and Q.
#include "kit/lesson.hpp"

#include <info/info.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// Reference values, computed with mpmath at 30 significant digits from the definitions (curriculum.md).
constexpr double catdog_kl_p_m_bits = 0.152003093445049985;  // KL((1,0) ‖ (0.9,0.1))
constexpr double catdog_kl_q_m_bits = 0.0640599988461501097;  // KL((0.8,0.2) ‖ (0.9,0.1))
constexpr double catdog_js_bits = 0.108031546145600047;
constexpr double triangle_js_ab_nats = 0.215761554338835696;   // JS((1,0), (0.5,0.5)) = JS((0.5,0.5), (0,1))
constexpr double rs_js_nats = 0.0223411996098390064;          // JS(R, S), R = (0.42,0.31,0.27), S = (0.25,0.5,0.25)

// A reference in nats (or bits), in the unit the student asked for.
double nats_in(double nats, info::base b) { return info::from_nats(nats, b); }
double bits_in(double bits, info::base b) { return info::from_nats(bits * std::numbers::ln2, b); }

// JS from the entropy form JS = H(M) − (H(P) + H(Q))/2: entropies only, no KL and no log-ratio, so it
// is computed independently of the library's js_divergence.
double js_by_entropies(const info::pmf& p, const info::pmf& q, info::base b) {
  const info::pmf m = info::midpoint(p, q);
  return info::entropy(m, b) - 0.5 * (info::entropy(p, b) + info::entropy(q, b));
}

// ---------------------------------------------------------------------------------------------------
// Walkthrough 1: JS step by step (the article's cat/dog example, or the student's P and Q).
void js_step_by_step(kit::step& s) {
  const info::pmf& p = s.p();
  const info::pmf& q = s.q();
  const info::base u = s.base();
  s.say(
      "KL(P‖Q) is infinite as soon as Q misses an outcome P can produce, and KL(P‖Q) ≠ KL(Q‖P). The "
      "Jensen-Shannon divergence repairs both: it compares each distribution with their average M, "
      "which has mass wherever either of them has.");
  s.formula("M = (P + Q) / 2");
  s.formula("JS(P, Q) = ½ KL(P‖M) + ½ KL(Q‖M)");
  if (!s.own_numbers())
    s.say(
        "The article's example: an image of a cat, truth P = (1, 0) over (cat, dog), and a model that "
        "says Q = (0.8, 0.2).");
  const info::pmf m = info::midpoint(p, q);
  const Eigen::ArrayXd tp = info::kl_terms(p, m, u), tq = info::kl_terms(q, m, u);
  kit::table t{{"x"}, {"P(x)"}, {"Q(x)"}, {"M(x)"}, {"P log(P/M)", s.unit()}, {"Q log(Q/M)", s.unit()}};
  t.outcomes(m.size(), [&](long long k) -> std::vector<kit::cell> { return {std::to_string(k), p(k), q(k), m(k), tp[k], tq[k]}; });
  t.rule();
  t.row({"sum", p.mass().sum(), q.mass().sum(), m.mass().sum(), tp.sum(), tq.sum()});
  s.show(t);

  const double kl_pm = info::kl_divergence(p, m, u);
  const double kl_qm = info::kl_divergence(q, m, u);
  const double js = info::js_divergence(p, q, u);
  s.result("KL(P‖M)", kl_pm, s.unit());
  s.result("KL(Q‖M)", kl_qm, s.unit());
  s.result("JS(P, Q)", js, s.unit());
  s.result("JS distance √JS(P, Q)", info::js_distance(p, q, u), "√" + s.unit());
  s.check(info::identity("JS(P,Q) = ½ KL(P‖M) + ½ KL(Q‖M)", js, 0.5 * kl_pm + 0.5 * kl_qm, 1e-15));
  s.say("The same number from entropies alone: the entropy of the mixture minus the mean entropy of the parts.");
  s.formula("JS(P, Q) = H(M) − ½ (H(P) + H(Q))");
  s.check(info::identity("JS(P,Q) = H(M) − ½(H(P) + H(Q))", js, js_by_entropies(p, q, u), 1e-14));
  if (!s.own_numbers()) {
    s.say("The article rounds these to 0.152, 0.064 and 0.108 bits; to six decimals:");
    s.check(info::identity("KL(P‖M) [mpmath, " + s.unit() + "]", kl_pm, bits_in(catdog_kl_p_m_bits, u), 1e-12));
    s.check(info::identity("KL(Q‖M) [mpmath, " + s.unit() + "]", kl_qm, bits_in(catdog_kl_q_m_bits, u), 1e-12));
    s.check(info::identity("JS(P,Q) [mpmath, " + s.unit() + "]", js, bits_in(catdog_js_bits, u), 1e-12));
  }
}

// Walkthrough 2: symmetric, bounded, finite: unlike KL.
void symmetric_and_bounded(kit::step& s) {
  const info::pmf& p = s.p();
  const info::pmf& q = s.q();
  const info::base u = s.base();
  s.say(
      "Swapping P and Q swaps the two halves of JS and leaves M unchanged, so JS is symmetric. Each "
      "half is at most log 2, because P(x) ≤ 2 M(x) everywhere, so 0 ≤ JS ≤ log 2 (1 bit). KL has "
      "neither property:");
  const double js_pq = info::js_divergence(p, q, u);
  const double js_qp = info::js_divergence(q, p, u);
  const double kl_pq = info::kl_divergence(p, q, u);
  const double kl_qp = info::kl_divergence(q, p, u);
  {
    // JS is symmetric for every pair; KL agrees both ways only for special pairs (Q = P, mirror images).
    const bool kl_same = kl_pq == kl_qp || std::fabs(kl_pq - kl_qp) <= 1e-12 * std::max(1.0, std::fabs(kl_pq));
    const std::string kls = "KL(P‖Q) = " + kit::quantity(kl_pq, s.unit()) + " and KL(Q‖P) = " + kit::quantity(kl_qp, s.unit());
    const std::string jss = "JS(P, Q) = JS(Q, P) = " + kit::quantity(js_pq, s.unit());
    s.predict("Swap P and Q: which changes, KL, JS, both or neither?",
              kl_same ? "Neither, for this pair: " + kls + " happen to agree, and " + jss +
                            ". JS is symmetric for every pair, KL only for special ones."
                      : "KL only: " + kls + ", while " + jss +
                            ". Swapping P and Q only swaps the two halves of JS around the same M.");
  }
  kit::table t{{"measure"}, {"(P, Q)", s.unit()}, {"(Q, P)", s.unit()}};
  t.row({"KL", kl_pq, kl_qp});
  t.row({"JS", js_pq, js_qp});
  s.show(t);
  s.check(info::identity("JS(P,Q) = JS(Q,P)", js_pq, js_qp, 1e-15));
  s.check(info::at_least("JS(P,Q) ≥ 0", js_pq, 0.0));
  s.check(info::at_most("JS(P,Q) ≤ log 2", js_pq, info::from_nats(std::numbers::ln2, u), 1e-15));
  // Where KL is infinite, say which outcome makes it so, and why JS is not.
  auto explain = [&s](const info::pmf& from, const info::pmf& to, const char* kl, const char* a, const char* b) {
    const info::support_mismatch miss = info::infinite_outcomes(from, to);
    if (miss.outcomes.empty()) return;
    s.say(std::string(kl) + " = ∞ here: " + a + " gives mass to outcome " + std::to_string(miss.outcomes.front()) +
          ", which " + b + " rules out. JS stays finite, because M gives that outcome half of " + a + "'s mass.");
  };
  explain(p, q, "KL(P‖Q)", "P", "Q");
  explain(q, p, "KL(Q‖P)", "Q", "P");
  if (!s.own_numbers()) {
    s.check(info::identity("KL(Q‖P) = ∞ (Q(dog) = 0.2, P(dog) = 0)", kl_qp, inf, 0.0));
    s.check(info::identity("KL(P‖Q) = log₂(1/0.8) bits [by hand, in " + s.unit() + "]", kl_pq, bits_in(std::log2(1 / 0.8), u), 1e-15));
  }
}

// Step 3: disjoint supports, the extreme case.
void disjoint_supports(kit::step& s) {
  const info::base u = s.base();
  s.say(
      "Take P and Q with nothing in common: P spreads over outcomes 0 and 1, Q over 2 and 3. KL is "
      "infinite both ways. The mixture M = (¼, ¼, ¼, ¼) has P = 2M wherever P > 0, so each half of JS is "
      "exactly log 2, and JS reaches its maximum, 1 bit.");
  const info::pmf p{0.5, 0.5, 0.0, 0.0};
  const info::pmf q({0.0, 0.0, 0.5, 0.5}, "Q");
  s.formula("KL(P‖M) = Σ P(x) log(P(x)/M(x)) = ½ log 2 + ½ log 2 = log 2");
  const double js = info::js_divergence(p, q, u);
  kit::table t{{"measure"}, {"value", s.unit()}};
  t.row({"KL(P‖Q)", info::kl_divergence(p, q, u)});
  t.row({"KL(Q‖P)", info::kl_divergence(q, p, u)});
  t.row({"JS(P,Q)", js});
  if (u != info::base::bits) t.row({"JS(P,Q) in bits", info::js_divergence(p, q, info::base::bits)});
  s.show(t);
  s.check(info::identity("JS(P,Q) = 1 bit exactly", info::js_divergence(p, q, info::base::bits), 1.0, 0.0));
  s.check(info::identity("KL(P‖Q) = ∞", info::kl_divergence(p, q, u), inf, 0.0));
  // The same P against a Q on outcomes 10 and 11: M is still ½P where P lives and ½Q where Q lives.
  Eigen::ArrayXd near = Eigen::ArrayXd::Zero(12), far = Eigen::ArrayXd::Zero(12);
  near.head(2) = 0.5;
  far.tail(2) = 0.5;
  s.predict("Move Q's mass far away, to outcomes 10 and 11: does JS(P, Q) grow?",
            "No: it is " + kit::quantity(info::js_divergence(info::pmf(near, "P"), info::pmf(far, "Q"), u), s.unit()) +
                " again, its largest value, log 2. JS compares P and Q outcome by outcome through M, so once the "
                "supports are disjoint it cannot tell how far apart they are.");
  s.say(
      "A bounded answer is what makes JS usable for comparing distributions that may not overlap, "
      "such as a generator's samples and real data early in training. The price: once the supports are "
      "disjoint, JS is log 2 however far apart they are, so it no longer says how far.");
}

// Step 4: erratum, JS is not a metric; its square root is.
void not_a_metric(kit::step& s) {
  const info::base u = s.base();
  s.say(
      "A metric d must satisfy the triangle inequality: d(A,C) ≤ d(A,B) + d(B,C), going through B can "
      "never be shorter than going straight. JS fails it. Take the two point masses A = (1, 0) and "
      "C = (0, 1), and B = (½, ½) halfway between:");
  const info::pmf a({1.0, 0.0}, "A"), b({0.5, 0.5}, "B"), c({0.0, 1.0}, "C");
  const double ac = info::js_divergence(a, c, u), ab = info::js_divergence(a, b, u), bc = info::js_divergence(b, c, u);
  const double dac = std::sqrt(ac), dab = std::sqrt(ab), dbc = std::sqrt(bc);
  kit::table t{{"pair"}, {"JS", s.unit()}, {"√JS", "√" + s.unit()}};
  t.row({"A, C", ac, dac});
  t.row({"A, B", ab, dab});
  t.row({"B, C", bc, dbc});
  t.rule();
  t.row({"via B: (A,B) + (B,C)", ab + bc, dab + dbc});
  s.show(t);
  s.check(info::at_least("JS(A,C) ≥ JS(A,B) + JS(B,C): the triangle inequality fails", ac, ab + bc));
  s.check(info::at_most("√JS(A,C) ≤ √JS(A,B) + √JS(B,C): the square root satisfies it", dac, dab + dbc));
  s.check(info::identity("JS(A,B) [mpmath, " + s.unit() + "]", ab, nats_in(triangle_js_ab_nats, u), 1e-14));
  if (u != info::base::nats) {
    const double n_ac = info::js_divergence(a, c), n_ab = info::js_divergence(a, b), n_bc = info::js_divergence(b, c);
    s.say("In nats: JS(A,C) = " + kit::number(n_ac) + " > JS(A,B) + JS(B,C) = " + kit::number(n_ab + n_bc) +
          ", while √JS gives " + kit::number(std::sqrt(n_ac)) + " ≤ " +
          kit::number(std::sqrt(n_ab) + std::sqrt(n_bc)) + ".");
  }
  s.say(
      "JS behaves like a squared distance. On the number line, |x − y|² fails the triangle inequality "
      "the same way: from 0 to 1 directly costs 1² = 1, via ½ it costs ¼ + ¼ = ½. Taking the square root "
      "repairs it: √JS, the Jensen-Shannon distance, is a true metric (Endres and Schindelin, 2003).");
  s.erratum({.source = kit::article::blog,
             .claim = "\"JS divergence is a metric and therefore is sometimes called Jensen-Shannon distance\"",
             .article = "JS is a metric",
             .right = "JS(A,C) = 0.693147 > JS(A,B) + JS(B,C) = 0.431523 nats, so JS is not a metric; "
                      "the JS distance √JS is: 0.832555 ≤ 0.929003",
             .why = "the name 'Jensen-Shannon distance' belongs to the square root of the divergence"});
}

// Step 5: the triangle inequality on many random triples.
void random_triples(kit::step& s) {
  const info::base u = s.base();
  s.say(
      "One counterexample settles that JS is not a metric; many examples cannot prove that √JS is one, "
      "but they can look for a counterexample. Draw 2000 triples of distributions on 3 outcomes "
      "(seeded, so every run draws the same ones) and test both inequalities:");
  // Uniformly distributed points of the probability simplex: normalised exponential variates
  // −log(U), with U from the raw bits of a 64-bit Mersenne twister (the same numbers on every platform).
  std::mt19937_64 engine(20240607);
  auto uniform01 = [&engine] { return (static_cast<double>(engine() >> 11) + 0.5) * 0x1.0p-53; };
  auto draw = [&](const char* name) {
    Eigen::Array3d w;
    for (double& x : w) x = -std::log(uniform01());
    return info::pmf::normalised(w, name);
  };
  int js_fails = 0, distance_fails = 0;
  double worst_js = -inf, worst_distance = -inf;  // largest d(A,C) − d(A,B) − d(B,C)
  for (int i = 0; i < 2000; ++i) {
    const info::pmf a = draw("A"), b = draw("B"), c = draw("C");
    const double ac = info::js_divergence(a, c, u), ab = info::js_divergence(a, b, u), bc = info::js_divergence(b, c, u);
    worst_js = std::max(worst_js, ac - ab - bc);
    worst_distance = std::max(worst_distance, std::sqrt(ac) - std::sqrt(ab) - std::sqrt(bc));
    js_fails += ac > ab + bc;
    distance_fails += std::sqrt(ac) > std::sqrt(ab) + std::sqrt(bc);
  }
  kit::table t{{"measure d"}, {"triples with d(A,C) > d(A,B) + d(B,C)"}, {"largest d(A,C) − d(A,B) − d(B,C)"}};
  t.row({"JS", js_fails, worst_js});
  t.row({"√JS", distance_fails, worst_distance});
  s.show(t);
  s.check(info::at_least("random triples that break the triangle inequality for JS", js_fails, 1.0), kit::integer());
  s.check(info::at_most("largest excess d(A,C) − d(A,B) − d(B,C) for √JS", worst_distance, 0.0));
}

// Step 6: erratum, JS is not a weighted sum of forward and backward KL.
void not_a_sum_of_kls(kit::step& s) {
  const info::base u = s.base();
  s.say(
      "The article also describes JS as \"the weighted sum of KL divergence, forward and backward\", "
      "that is w·KL(P‖Q) + (1−w)·KL(Q‖P). It is not: JS measures P and Q against their mixture M, never "
      "against each other. Two examples show that no weight w can work.");
  s.say(
      "Cat/dog: KL(Q‖P) = ∞, so every w < 1 gives ∞, and w = 1 gives KL(P‖Q); JS is neither:");
  const info::pmf p({1.0, 0.0}, "P"), q({0.8, 0.2}, "Q");
  kit::table t{{"pair"}, {"KL(P‖Q)", s.unit()}, {"KL(Q‖P)", s.unit()}, {"JS(P,Q)", s.unit()},
               {"¼(KL(P‖Q) + KL(Q‖P))", s.unit()}};
  const double js_catdog = info::js_divergence(p, q, u);
  t.row({"cat/dog", info::kl_divergence(p, q, u), info::kl_divergence(q, p, u), js_catdog,
         0.25 * (info::kl_divergence(p, q, u) + info::kl_divergence(q, p, u))});
  const info::pmf r({0.42, 0.31, 0.27}, "R"), sq({0.25, 0.5, 0.25}, "S");
  const double kl_rs = info::kl_divergence(r, sq, u), kl_sr = info::kl_divergence(sq, r, u);
  const double js_rs = info::js_divergence(r, sq, u);
  t.row({"R, S", kl_rs, kl_sr, js_rs, 0.25 * (kl_rs + kl_sr)});
  s.show(t);
  s.say(
      "R = (0.42, 0.31, 0.27), S = (0.25, 0.5, 0.25): both KLs are finite, but JS is smaller than either "
      "of them, so no weighted average of the two can equal it. What is true is an inequality: since "
      "KL(P‖·) is convex and M = ½P + ½Q, KL(P‖M) ≤ ½ KL(P‖Q), and likewise for Q, so");
  s.formula("JS(P, Q) ≤ ¼ (KL(P‖Q) + KL(Q‖P))");
  s.check(info::at_most("JS(R,S) ≤ min(KL(R‖S), KL(S‖R))", js_rs, std::min(kl_rs, kl_sr)));
  s.check(info::at_most("JS(R,S) ≤ ¼(KL(R‖S) + KL(S‖R))", js_rs, 0.25 * (kl_rs + kl_sr)));
  s.check(info::identity("JS(R,S) [mpmath, " + s.unit() + "]", js_rs, nats_in(rs_js_nats, u), 1e-14));
  s.check(info::at_most("JS(cat/dog) is finite while KL(Q‖P) = ∞", js_catdog, info::from_nats(std::numbers::ln2, u)));
  s.erratum({.source = kit::article::blog,
             .claim = "\"Jensen-Shannon Divergence is the weighted sum of KL Divergence - Forward and backward KL\"",
             .article = "JS = w·KL(P‖Q) + (1−w)·KL(Q‖P)",
             .right = "JS = ½ KL(P‖M) + ½ KL(Q‖M), the mean of the KLs of P and Q to their mixture M = (P+Q)/2",
             .why = "for cat/dog KL(Q‖P) = ∞ while JS = 0.108032 bits; for R, S JS is below both KLs"});
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"07_jensen_shannon", "Jensen-Shannon divergence and distance",
                     "A symmetric, always finite relative of KL, built on the mixture M = (P+Q)/2; and why its "
                     "square root, not JS itself, is a metric."};
  lesson.takes_pmfs("1, 0", "0.8, 0.2");
  lesson.default_base(info::base::bits);
  lesson.walkthrough("JS step by step: the mixture M and two KLs", js_step_by_step);
  lesson.walkthrough("Symmetric and bounded, unlike KL", symmetric_and_bounded);
  lesson.step("Disjoint supports: KL infinite, JS exactly 1 bit", disjoint_supports);
  lesson.step("JS is not a metric; its square root is", not_a_metric);
  lesson.step("The triangle inequality on 2000 random triples", random_triples);
  lesson.step("JS is not a weighted sum of forward and backward KL", not_a_sum_of_kls);
  return lesson.run(argc, argv);
}
