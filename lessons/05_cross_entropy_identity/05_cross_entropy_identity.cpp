// Lesson 05: the identity H(P,Q) = H(P) + KL(P‖Q).
//
// Cross-entropy splits into the entropy of the truth, which no model can remove, and the KL
// divergence, the extra cost of the model. The lesson proves it in the sum and in the integral form,
// then checks it with each side computed separately: H(P,Q) summed (or integrated) from −P log Q,
// never assembled as H + KL. Because H(P) does not depend on the model, minimising cross-entropy and
// minimising KL are the same problem, with the same gradients.
#include "kit/exact.hpp"
#include "kit/lesson.hpp"

#include <info/info.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace {

// Reference values: mpmath at 30 significant digits (quoted to 20), as in curriculum.md.
constexpr double h_r_nats = 1.0809369590975124933;     // H(R), R = (0.42, 0.31, 0.27)
constexpr double kl_rs_nats = 0.090481776048795079633; // KL(R‖S), S = (0.25, 0.5, 0.25)
constexpr double h_rs_nats = 1.1714187351463075729;    // H(R,S)
constexpr double h_normal_nats = 1.4189385332046727418;   // h(normal(0,1)) = ½ ln(2πe)
constexpr double kl_normals_nats = 0.44314718055994530942; // KL(normal(0,1)‖normal(1,2)) = ln 2 + 2/8 − ½
constexpr double h_normals_nats = 1.8620857137646180512;   // H(normal(0,1), normal(1,2)) = ln(2√(2π)) + 2/8

// A random pmf on n outcomes like the article's: integer weights 1..10, drawn from the raw output of
// a seeded std::mt19937 (whose sequence the C++ standard fixes), then normalised explicitly.
info::pmf random_pmf(std::mt19937& rng, Eigen::Index n, const std::string& name) {
  Eigen::ArrayXd w(n);
  for (double& x : w) x = static_cast<double>(rng() % 10 + 1);
  return info::pmf::normalised(w, name);
}

// The identity outcome by outcome: −P log P (entropy term), P log(P/Q) (KL term), their sum, and the
// cross-entropy term −P log Q computed on its own. Each row is a small instance of the identity.
kit::table identity_table(const info::pmf& p, const info::pmf& q, info::base b) {
  const std::string unit{info::unit_name(b)};
  kit::table t{{"x"}, {"P(x)"}, {"Q(x)"}, {"−P log P", unit}, {"P log(P/Q)", unit}, {"sum of the two", unit},
               {"−P log Q", unit}};
  const Eigen::Index n = std::max(p.size(), q.size());
  const Eigen::ArrayXd pm = p.extend(n), qm = q.extend(n);
  const Eigen::ArrayXd h = [&] {
    Eigen::ArrayXd e = Eigen::ArrayXd::Zero(n);
    e.head(p.size()) = info::entropy_terms(p, b);
    return e;
  }();
  const Eigen::ArrayXd kl = info::kl_terms(p, q, b), ce = info::cross_entropy_terms(p, q, b);
  t.outcomes(n, [&](long long i) -> std::vector<kit::cell> { return {i, pm(i), qm(i), h(i), kl(i), h(i) + kl(i), ce(i)}; });
  t.rule().row({"sum", pm.sum(), qm.sum(), h.sum(), kl.sum(), h.sum() + kl.sum(), ce.sum()});
  return t;
}

// ---------------------------------------------------------------------------------------------------
// Step 1: the proof in the sum form.
void proof_sum(kit::step& s) {
  s.say(
      "Lessons 03 and 04 hinted at it: the cross-entropy of a model is the entropy of the truth plus "
      "the model's extra cost. Here is why, one line at a time. Start from the definition of KL and "
      "split the logarithm of the ratio into a difference of logarithms:");
  s.formula("KL(P‖Q) = Σ P(x) log(P(x)/Q(x)) = Σ P(x) log P(x) − Σ P(x) log Q(x)");
  s.say("The first sum is −H(P), the second (with its minus sign) is H(P, Q):");
  s.formula("KL(P‖Q) = −H(P) + H(P, Q)");
  s.say("Move H(P) to the other side:");
  s.formula("H(P, Q) = H(P) + KL(P‖Q)");
  s.say(
      "The sums run over the outcomes with P(x) > 0 (the others contribute 0 to all three). If Q(x) = 0 "
      "for such an outcome, both sides are +∞: the split of the logarithm then does not hold term by "
      "term, but the identity survives as ∞ = ∞.\n\n"
      "Reading: the surprise of judging P's events with Q is the surprise that remains even with the "
      "right model, H(P), plus the penalty for the wrong one, KL(P‖Q) ≥ 0.");
}

// ---------------------------------------------------------------------------------------------------
// Step 2: R and S.
void r_and_s(kit::step& s) {
  s.say(
      "The pair of lessons 03 and 04, R = (0.42, 0.31, 0.27) and S = (0.25, 0.5, 0.25), in nats. "
      "Each row checks the identity for one outcome: the sum of the two middle columns equals the last, "
      "which is computed on its own.");
  const info::pmf r = info::pmf({0.42, 0.31, 0.27}, "P"), sd = info::pmf({0.25, 0.5, 0.25}, "Q");
  s.show(identity_table(r, sd, info::base::nats));
  const double h = info::entropy(r), kl = info::kl_divergence(r, sd), ce = info::cross_entropy(r, sd);
  s.result("H(R) + KL(R‖S)", h + kl, "nats");
  s.result("H(R, S), summed from −R log S", ce, "nats");
  kit::exact_line(s, "H(R, S)", kit::exact_measure::cross_entropy, "0.42, 0.31, 0.27", "1/4, 1/2, 1/4", ce, info::base::nats);
  kit::exact_identity(s, "0.42, 0.31, 0.27", "1/4, 1/2, 1/4");
  s.say(kit::number(h) + " + " + kit::number(kl) + " = " + kit::number(h + kl) + " nats.");
  s.check(info::identity("H(R,S) = H(R) + KL(R‖S)", ce, h + kl, 1e-15));
  s.check(info::identity("H(R) = 1.080937 nats (mpmath)", h, h_r_nats, 1e-15));
  s.check(info::identity("KL(R‖S) = 0.090482 nats (mpmath)", kl, kl_rs_nats, 1e-15));
  s.check(info::identity("H(R,S) = 1.171419 nats (mpmath)", ce, h_rs_nats, 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 3: twenty outcomes at random (the MNIST tutorial's experiment, reproducibly).
void twenty_outcomes(kit::step& s) {
  const info::base b = s.base();
  s.say(
      kit::cite(kit::article::mnist) + " tests the identity on random P and Q with 20 outcomes (integer weights 1 to 10, "
      "normalised). Its generator is unseeded, so its numbers (H(P) = 2.8525747156989896) cannot be "
      "reproduced; here the weights come from std::mt19937 with seed 5, whose output the C++ standard "
      "fixes, so every run and every machine draws the same P and Q.");
  std::mt19937 rng{5};
  const info::pmf p = random_pmf(rng, 20, "P"), q = random_pmf(rng, 20, "Q");
  std::vector<std::string> labels;
  std::vector<double> pv, qv;
  for (Eigen::Index i = 0; i < 20; ++i) {
    labels.push_back(std::to_string(i));
    pv.push_back(p(i));
    qv.push_back(q(i));
  }
  s.show(kit::bars(labels, {{"P", pv}, {"Q", qv}}, {.width = 36}));
  const info::result h = info::entropy(p, b), kl = info::kl_divergence(p, q, b), ce = info::cross_entropy(p, q, b);
  kit::table t{{"quantity"}, {"value", s.unit()}};
  t.row({"H(P)", h}).row({"KL(P‖Q)", kl}).row({"H(P) + KL(P‖Q)", h + kl}).row({"H(P, Q), summed on its own", ce});
  s.show(t);
  s.say(
      "The two sides agree to about 1e-15, the rounding of double-precision sums. (The article's two "
      "printed values differ in their last digit for the same reason.)");
  s.check(info::identity("H(P,Q) = H(P) + KL(P‖Q), 20 outcomes", ce, h + kl, 1e-14));

  s.say("And on 1000 more random pairs of 20 outcomes:");
  double worst = 0.0;
  for (int trial = 0; trial < 1000; ++trial) {
    const info::pmf pp = random_pmf(rng, 20, "P"), qq = random_pmf(rng, 20, "Q");
    worst = std::max(worst, std::fabs(info::cross_entropy(pp, qq, b) -
                                      (info::entropy(pp, b) + info::kl_divergence(pp, qq, b))));
  }
  s.result("largest |H(P,Q) − H(P) − KL(P‖Q)|", worst, s.unit(), kit::sci(1));
  s.check(info::at_most("largest disagreement over 1000 pairs ≤ 1e-14", worst, 1e-14), kit::sci(1));
}

// ---------------------------------------------------------------------------------------------------
// Step 4: the integral form, for two normal densities.
void integral_form(kit::step& s) {
  s.say(
      "For densities p and q the sums become integrals, and the proof is the same line by line:");
  s.formula("KL(P‖Q) = ∫ p log(p/q) dx = ∫ p log p dx − ∫ p log q dx = −h(P) + H(P, Q)");
  s.say(
      "h(P) = −∫ p log p dx is the differential entropy (lesson 08). Example: P = normal(0, 1), "
      "Q = normal(1, 2) (mean 1, standard deviation 2). Each quantity is computed twice: by numerical "
      "integration (double-exponential quadrature, integrating its own definition) and by its closed "
      "form.");
  s.formula("h(P) = ½ ln(2πe σ_p²)\n"
            "KL(P‖Q) = ln(σ_q/σ_p) + (σ_p² + (μ_p − μ_q)²)/(2σ_q²) − ½\n"
            "H(P, Q) = ln(σ_q √(2π)) + (σ_p² + (μ_p − μ_q)²)/(2σ_q²)");
  const info::density p = boost::math::normal(0.0, 1.0), q = boost::math::normal(1.0, 2.0);
  const std::vector<double> x = kit::grid(-5.0, 7.0, 72);
  std::vector<double> pv, qv;
  for (double v : x) {
    pv.push_back(p.pdf(v));
    qv.push_back(q.pdf(v));
  }
  s.show(kit::curves(x, {{"p = normal(0, 1)", pv}, {"q = normal(1, 2)", qv}},
                     {.width = 72, .height = 10, .x_label = "x", .y_label = "density"}));
  if (s.writing_data()) {
    // The three integrands: −p log p, p log(p/q) and −p log q, whose areas are h(P), KL and H(P,Q).
    std::vector<std::vector<double>> rows;
    for (double v : kit::grid(-6.0, 8.0, 281)) {
      const double lp = p.logpdf(v), lq = q.logpdf(v), pv_ = p.pdf(v);
      rows.push_back({v, pv_, q.pdf(v), -pv_ * lp, pv_ * (lp - lq), -pv_ * lq});
    }
    s.data_file("05_normal_integrands.csv", {"x", "p", "q", "entropy_integrand", "kl_integrand", "cross_entropy_integrand"},
                rows);
  }
  const info::result h = info::entropy(p), kl = info::kl_divergence(p, q), ce = info::cross_entropy(p, q);
  // Closed forms: the library's for h and KL; the cross-entropy's from the formula above.
  const double h_exact = *info::entropy_closed_form(p);
  const double kl_exact = *info::kl_closed_form(p, q);
  const double mp = 0.0, sp = 1.0, mq = 1.0, sq = 2.0;
  const double ce_exact = std::log(sq * std::sqrt(2.0 * std::numbers::pi)) + (sp * sp + (mp - mq) * (mp - mq)) / (2 * sq * sq);
  kit::table t{{"quantity"}, {"quadrature", "nats"}, {"closed form", "nats"}, {"|difference|", "", kit::sci(1)},
               {"evaluations", "", kit::integer()}};
  t.row({"h(P)", h.value, h_exact, std::fabs(h.value - h_exact), static_cast<double>(h.evaluations)})
      .row({"KL(P‖Q)", kl.value, kl_exact, std::fabs(kl.value - kl_exact), static_cast<double>(kl.evaluations)})
      .row({"H(P, Q)", ce.value, ce_exact, std::fabs(ce.value - ce_exact), static_cast<double>(ce.evaluations)});
  s.show(t);
  s.say(kit::number(h.value) + " + " + kit::number(kl.value) + " = " + kit::number(h.value + kl.value) +
        " nats, and H(P, Q) integrated on its own is " + kit::number(ce.value) + " nats.");
  s.check(info::identity("∫: H(P,Q) = h(P) + KL(P‖Q) (three quadratures)", ce.value, h.value + kl.value, 1e-10));
  s.check(info::identity("h(P): quadrature = closed form", h.value, h_exact, 1e-10));
  s.check(info::identity("KL(P‖Q): quadrature = closed form", kl.value, kl_exact, 1e-10));
  s.check(info::identity("H(P,Q): quadrature = closed form", ce.value, ce_exact, 1e-10));
  s.check(info::identity("h(normal(0,1)) = 1.418939 nats (mpmath)", h_exact, h_normal_nats, 1e-14));
  s.check(info::identity("KL(normal(0,1)‖normal(1,2)) = 0.443147 nats (mpmath)", kl_exact, kl_normals_nats, 1e-14));
  s.check(info::identity("H(normal(0,1), normal(1,2)) = 1.862086 nats (mpmath)", ce.value, h_normals_nats, 1e-10));
}

// ---------------------------------------------------------------------------------------------------
// Step 5: why it matters for learning: the same minimiser, the same gradient.
void same_gradient(kit::step& s) {
  s.say(
      "In machine learning P is the data, fixed, and Q_θ is a model with parameters θ. H(P) does not "
      "depend on θ, so H(P, Q_θ) and KL(P‖Q_θ) differ by a constant: they have the same minimiser and "
      "the same gradient.");
  s.formula("∂H(P, Q_θ)/∂θ = ∂H(P)/∂θ + ∂KL(P‖Q_θ)/∂θ = 0 + ∂KL(P‖Q_θ)/∂θ");
  s.say(
      "Check it on a softmax model over three outcomes, Q_θ(x) = e^θₓ / Σ e^θ, with P = R = (0.42, "
      "0.31, 0.27) and θ = (0.5, −0.3, 0.1). Both gradients are taken by central finite differences "
      "(step 1e-5), each from its own function, and compared with the exact gradient of the "
      "cross-entropy of a softmax, Q_θ − P.");
  const info::pmf r = info::pmf({0.42, 0.31, 0.27}, "P");
  auto model = [](const Eigen::Array3d& theta) {
    const Eigen::Array3d e = (theta - theta.maxCoeff()).exp();  // shifted: exp never overflows
    return info::pmf(Eigen::ArrayXd(e / e.sum()), "Q");
  };
  const Eigen::Array3d theta{0.5, -0.3, 0.1};
  const double step = 1e-5;
  kit::table t{{"i"}, {"∂H(P,Q_θ)/∂θᵢ", "nats"}, {"∂KL(P‖Q_θ)/∂θᵢ", "nats"}, {"Q_θ(i) − P(i)"}};
  std::vector<double> d_ce(3), d_kl(3), exact(3);
  const info::pmf q = model(theta);
  for (int i = 0; i < 3; ++i) {
    Eigen::Array3d up = theta, down = theta;
    up(i) += step;
    down(i) -= step;
    const auto k = static_cast<std::size_t>(i);
    d_ce[k] = (info::cross_entropy(r, model(up)) - info::cross_entropy(r, model(down))) / (2 * step);
    d_kl[k] = (info::kl_divergence(r, model(up)) - info::kl_divergence(r, model(down))) / (2 * step);
    exact[k] = q(i) - r(i);
    t.row({static_cast<long>(i), d_ce[k], d_kl[k], exact[k]});
  }
  s.show(t);
  for (std::size_t i = 0; i < 3; ++i)
    s.check(info::identity("∂H/∂θ" + std::to_string(i) + " = ∂KL/∂θ" + std::to_string(i), d_ce[i], d_kl[i], 1e-8));
  for (std::size_t i = 0; i < 3; ++i)
    s.check(info::identity("∂H/∂θ" + std::to_string(i) + " = Q_θ(" + std::to_string(i) + ") − P(" + std::to_string(i) + ")",
                           d_ce[i], exact[i], 1e-8));
  // At θ = log P the softmax gives back P: KL(P‖P) = 0, and H(P, P) = H(P).
  const info::pmf at_best = model(Eigen::Array3d{std::log(0.42), std::log(0.31), std::log(0.27)});
  s.predict("Train θ until Q_θ = P: does the loss H(P, Q_θ) reach 0?",
            "No: it stops at H(P) = " + kit::quantity(info::cross_entropy(r, at_best), "nats") +
                ", while KL(P‖Q_θ) drops to 0. The entropy of the data does not depend on θ, so no model can remove it.");
  s.say(
      "At the minimum, θ = log P (so that Q_θ = P), KL is 0 and the cross-entropy is H(P): the smallest "
      "loss a model can reach is the entropy of the data, not 0.");
  const info::pmf best = model(Eigen::Array3d{std::log(0.42), std::log(0.31), std::log(0.27)});
  s.check(info::identity("KL(P‖Q_θ) at θ = log P", info::kl_divergence(r, best), 0.0, 1e-15));
  s.check(info::identity("H(P,Q_θ) at θ = log P equals H(P)", info::cross_entropy(r, best), info::entropy(r), 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// The prediction of the walkthrough, answered from the student's numbers: which of the two parts of
// H(P, Q) = H(P) + KL(P‖Q) is larger. KL is infinite where Q rules out an outcome P can produce.
void predict_larger_part(kit::step& s, const info::pmf& p, const info::pmf& q) {
  const info::base b = s.base();
  const double h = info::entropy(p, b), kl = info::kl_divergence(p, q, b);
  std::string answer;
  if (std::isinf(kl)) {
    const info::support_mismatch miss = info::infinite_outcomes(p, q);
    answer = "KL(P‖Q): it is ∞, while H(P) = " + kit::quantity(h, s.unit()) + ". Q gives probability 0 to " +
             kit::outcome_phrase(miss.outcomes, miss.all_from) + ", which P can produce.";
  } else if (std::fabs(h - kl) <= 1e-12 * std::max(1.0, h)) {
    answer = "Neither: H(P) = " + kit::quantity(h, s.unit()) + " and KL(P‖Q) = " + kit::quantity(kl, s.unit()) +
             " are the same for this pair.";
  } else {
    const bool entropy = h > kl;
    answer = std::string(entropy ? "H(P)" : "KL(P‖Q)") + ": H(P) = " + kit::quantity(h, s.unit()) + " and KL(P‖Q) = " +
             kit::quantity(kl, s.unit()) + ", so " + kit::number(100 * (entropy ? h : kl) / (h + kl), kit::fixed(1)) +
             " % of H(P, Q) is " +
             (entropy ? "the surprise that remains even with the right model." : "the price of the wrong model.");
  }
  s.predict("Which part of H(P, Q) is larger for this P and Q: the entropy H(P), which no model removes, or the "
            "model's extra cost KL(P‖Q)?",
            answer);
}

// Walkthrough: the student's P and Q.
void walkthrough(kit::step& s) {
  const info::pmf& p = s.p();
  const info::pmf& q = s.q();
  const info::base b = s.base();
  s.say(s.own_numbers() ? "Your P and Q, outcome by outcome."
                        : "The walkthrough, here on P = R and Q = S again. Run the lesson with --p and --q "
                          "(for example --p 0.1,0.4,0.5 --q 0.8,0.15,0.05 --base 2) to see it on your own numbers.");
  s.formula("H(P, Q) = H(P) + KL(P‖Q)");
  predict_larger_part(s, p, q);
  s.show(identity_table(p, q, b));
  const info::result h = info::entropy(p, b), kl = info::kl_divergence(p, q, b), ce = info::cross_entropy(p, q, b);
  s.result("H(P)", h, s.unit());
  s.result("KL(P‖Q)", kl, s.unit());
  s.result("H(P) + KL(P‖Q)", h + kl, s.unit());
  s.result("H(P, Q), summed on its own", ce, s.unit());
  kit::exact_identity(s, s.p_spec(), s.q_spec());
  if (std::isinf(ce))
    s.note("Both sides are infinite",
           "Q gives probability 0 to an outcome P can produce, so KL(P‖Q) and H(P, Q) are both +∞; "
           "the identity holds as ∞ = ∞.");
  // The identity holds term by term for any lists, so only rounding separates the sides: terms of
  // −P log Q may reach 700 (Q = 1e-300), and so may their rounding. Each sum carries a bound on its own.
  s.check(info::chain_rule(ce, h, kl, "H(P,Q) = H(P) + KL(P‖Q)"));
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"05_cross_entropy_identity", "H(P, Q) = H(P) + KL(P‖Q)",
                     "Cross-entropy is the entropy of the truth plus the extra cost of the model. Proved in "
                     "the sum and the integral form, checked with each side computed on its own, and the "
                     "reason minimising cross-entropy and minimising KL train the same model."};
  lesson.default_base(info::base::nats);
  lesson.takes_pmfs("0.42, 0.31, 0.27", "0.25, 0.5, 0.25");
  lesson.step("The proof, in sums", proof_sum);
  lesson.step("R and S: 1.080937 + 0.090482 = 1.171419 nats", r_and_s);
  lesson.step("Twenty outcomes at random", twenty_outcomes);
  lesson.step("The integral form: two normal densities", integral_form);
  lesson.step("Same minimiser, same gradient", same_gradient);
  lesson.walkthrough("Your own P and Q, step by step", walkthrough);
  return lesson.run(argc, argv);
}
