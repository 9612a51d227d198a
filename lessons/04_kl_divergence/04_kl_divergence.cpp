// Lesson 04: the Kullback-Leibler divergence.
//
// KL(P‖Q) = Σ P(x) log(P(x)/Q(x)) is the average log-ratio of the true probabilities to the model's,
// weighted by the truth. It is the extra surprise (the extra code length) paid for using Q instead
// of P. It is never negative (Gibbs' inequality), zero only when Q = P, not symmetric, infinite when
// Q rules out an outcome that P allows, and indifferent to outcomes that P rules out.
#include "kit/exact.hpp"
#include "kit/lesson.hpp"
#include "kit/slack.hpp"
#include "kit/random.hpp"

#include <info/info.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace {

// Reference values: mpmath at 30 significant digits (quoted to 20), as in curriculum.md.
constexpr double kl_rs_nats = 0.090481776048795079633;     // KL(R‖S)
constexpr double ln_168 = 0.51879379341516755672;          // ln(0.42/0.25)
constexpr double ln_062 = -0.47803580094299981269;         // ln(0.31/0.5)
constexpr double ln_108 = 0.076961041136128324984;         // ln(0.27/0.25)
constexpr double kl_bu_nats = 0.085299601318370567922;     // KL(Binomial(2,0.4)‖U₃)
constexpr double kl_ub_nats = 0.097455006785387620521;     // KL(U₃‖Binomial(2,0.4))
constexpr double kl_bin15_nats = 0.63111032540797425344;   // Σ_{x=0}^{14} B(x) ln(15 B(x)), B = Binomial(15, 7/15)
constexpr double article_bin15 = 0.6311103254079738;       // as printed by the blog post (numpy)
constexpr double kl_bin15_u16_nats = 0.6955542620636598994;  // KL(Binomial(15,7/15)‖U on 0..15)
constexpr double catdog_good_bits = 0.15200309344504998496;  // log₂(1/0.9)
constexpr double catdog_bad_bits = 3.3219280948873623479;    // log₂(1/0.1)
constexpr double half_ln2 = 0.34657359027997265471;          // KL((½,½,0)‖(½,¼,¼)) = ½ ln 2
constexpr double rel_entr_pq = 1.3239017899680913985;        // Σ p ln(p/q) on the unnormalised vectors of the OpenGenus article
constexpr double rel_entr_qp = 0.39691373059940459511;       // Σ q ln(q/p) on the same
constexpr double kl_norm_pq = 0.8850933506706393828;         // KL after normalising both
constexpr double kl_norm_qp = 0.81459589436779035969;

// The KL sum outcome by outcome: P(x), Q(x), the ratio P(x)/Q(x), its logarithm, and the term
// P(x) log(P(x)/Q(x)) from the library (0 where P(x) = 0, +∞ where only Q(x) = 0).
kit::table kl_table(const info::pmf& p, const info::pmf& q, info::base b, const std::vector<std::string>& names = {}) {
  const std::string unit{info::unit_name(b)};
  const std::string P = p.name(), Q = q.name();
  kit::table t{{"x"}, {P + "(x)"}, {Q + "(x)"}, {P + "/" + Q}, {"log(" + P + "/" + Q + ")", unit},
               {P + " log(" + P + "/" + Q + ")", unit}};
  const Eigen::Index n = std::max(p.size(), q.size());
  const Eigen::ArrayXd pm = p.extend(n), qm = q.extend(n);
  const Eigen::ArrayXd terms = info::kl_terms(p, q, b);
  t.outcomes(n, [&](long long i) -> std::vector<kit::cell> {
    const auto k = static_cast<std::size_t>(i);
    const kit::cell label = k < names.size() ? kit::cell(names[k]) : kit::cell(i);
    // P rules x out: the term is 0 whatever Q says (0 · log 0 = 0), and the ratio does not matter.
    if (pm(i) == 0.0) return {label, pm(i), qm(i), "—", "—", terms(i)};
    // Where a mass is below the normal doubles (a Poisson far in its tail), the log-ratio comes from the
    // families' log masses: Q(x) printed as 0.000000 is not Q(x) = 0. +∞ only where Q rules x out.
    constexpr double tiny = std::numeric_limits<double>::min();
    const bool plain = pm(i) >= tiny && qm(i) >= tiny;
    const double log_ratio = plain ? std::log(pm(i) / qm(i)) : p.log_mass(i) - q.log_mass(i);
    const double ratio = plain ? pm(i) / qm(i) : std::exp(log_ratio);
    return {label, pm(i), qm(i), ratio, log_ratio / info::log_of_base(b), terms(i)};
  });
  t.rule().row({"sum", pm.sum(), qm.sum(), "", "", terms.sum()});
  return t;
}

// ---------------------------------------------------------------------------------------------------
// Step 1: the definition.
void extra_cost(kit::step& s) {
  s.say(
      "Lesson 03 found that judging P's events with a model Q costs more surprise than judging them "
      "with P itself. The Kullback-Leibler divergence measures that extra cost directly: for each "
      "outcome, compare the two probabilities through their log-ratio, and average over the truth P.");
  s.formula("KL(P‖Q) = Σ P(x) log(P(x)/Q(x)) = E_P[log P(X) − log Q(X)]");
  s.say(
      "- where Q gives x less probability than P does, log(P/Q) > 0: the model is more surprised than "
      "it should be;\n"
      "- where Q gives x more, log(P/Q) < 0;\n"
      "- the average over P is never negative (step 6), and it is 0 only when Q = P.\n\n"
      "In bits, KL(P‖Q) is the number of extra bits per event paid for a code built for Q instead of "
      "P. Other names: relative entropy, information gain. Read KL(P‖Q) as 'the divergence of Q from P'.");
}

// ---------------------------------------------------------------------------------------------------
// Step 2: R against S, and the article's arithmetic (erratum of the differences tutorial).
void r_against_s(kit::step& s) {
  s.say("The distributions of lesson 03, R = (0.42, 0.31, 0.27) and S = (0.25, 0.5, 0.25), in nats:");
  const info::pmf r = info::pmf({0.42, 0.31, 0.27}, "R"), sd = info::pmf({0.25, 0.5, 0.25}, "S");
  s.show(kl_table(r, sd, info::base::nats, {"1", "2", "3"}));
  const double kl = info::kl_divergence(r, sd, info::base::nats);
  s.result("KL(R‖S)", kl, "nats");
  kit::exact_line(s, "KL(R‖S)", kit::exact_measure::kl, "0.42, 0.31, 0.27", "1/4, 1/2, 1/4", kl, info::base::nats);
  s.say("The article gets 0.07. Its logarithms are not those of the ratios:");
  kit::table t{{"x"}, {"R/S"}, {"article's log", "", kit::fixed(2)}, {"ln(R/S)", "nats"}, {"article's term", "", kit::fixed(2)},
               {"R ln(R/S)", "nats"}};
  const double lr[] = {std::log(0.42 / 0.25), std::log(0.31 / 0.5), std::log(0.27 / 0.25)};
  const double article_log[] = {0.39, -0.41, 0.13}, article_term[] = {0.16, -0.13, 0.03};
  const double rx[] = {0.42, 0.31, 0.27}, sx[] = {0.25, 0.5, 0.25};
  for (int i = 0; i < 3; ++i)
    t.row({std::to_string(i + 1), rx[i] / sx[i], article_log[i], lr[i], article_term[i], rx[i] * lr[i]});
  t.rule().row({"sum", "", "", "", 0.07, kl});
  s.show(t);
  s.erratum({.source = kit::article::differences,
             .claim = "computes KL(R‖S) = 0.42·0.39 + 0.31·(−0.41) + 0.27·0.13 = 0.16 − 0.13 + 0.03.",
             .article = "0.07 nats.",
             .right = "0.090482 nats.",
             .why = "it takes ln(0.42/0.25) = ln 1.68 as 0.39; the true value is 0.518794. Its other two "
                    "logarithms are off as well: ln 0.62 = −0.478036 (not −0.41) and ln 1.08 = 0.076961 "
                    "(not 0.13). Its cross-entropy of the same pair, 1.17 nats, is right; and 1.171419 − "
                    "1.080937 = 0.090482 confirms the corrected KL (lesson 05)."});
  s.check(info::identity("KL(R‖S) = 0.090482 nats (mpmath)", kl, kl_rs_nats, 1e-15));
  s.check(info::identity("ln(0.42/0.25) = 0.518794 (mpmath)", lr[0], ln_168, 1e-15));
  s.check(info::identity("ln(0.31/0.5) = −0.478036 (mpmath)", lr[1], ln_062, 1e-15));
  s.check(info::identity("ln(0.27/0.25) = 0.076961 (mpmath)", lr[2], ln_108, 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 3: Binomial(2, 0.4) against the uniform distribution (the OpenGenus article): not symmetric.
void binomial_against_uniform(kit::step& s) {
  s.say(
      "The example of " + kit::cite(kit::article::opengenus) + ": P = Binomial(2, 0.4), the number of successes in two trials with "
      "success probability 0.4, so P = (0.36, 0.48, 0.16); and U, uniform on the same three outcomes. "
      "KL is computed both ways.");
  const info::pmf p = info::to_pmf(boost::math::binomial(2, 0.4), "P");
  const info::pmf u = info::pmf::uniform(3, "U");
  s.show(kit::bars({"0", "1", "2"}, {{"P", {p(0), p(1), p(2)}}, {"U", {u(0), u(1), u(2)}}}, {.width = 40}));
  // Each direction weights the log-ratio by its first distribution: U weights outcome 2, where P is
  // smallest, by a full third (the checks below hold both values to mpmath's).
  s.predict("Which direction is larger: KL(P‖U), weighted by P, or KL(U‖P), weighted by U?",
            "KL(U‖P): " + kit::quantity(info::kl_divergence(u, p, info::base::nats), "nats") + " against " +
                kit::quantity(info::kl_divergence(p, u, info::base::nats), "nats") +
                ". U puts a third of its weight on outcome 2, where P has only " + kit::number(p(2), kit::fixed(2)) +
                ", and the log-ratio there is large.");
  s.say("KL(P‖U): the log-ratios weighted by P.");
  s.show(kl_table(p, u, info::base::nats));
  const double pu = info::kl_divergence(p, u, info::base::nats);
  s.result("KL(P‖U)", pu, "nats");
  kit::exact_line(s, "KL(P‖U)", kit::exact_measure::kl, "binomial(2, 2/5)", "1/3, 1/3, 1/3", pu, info::base::nats);
  s.say("KL(U‖P): the reverse log-ratios, weighted by U.");
  s.show(kl_table(u, p, info::base::nats));
  const double up = info::kl_divergence(u, p, info::base::nats);
  s.result("KL(U‖P)", up, "nats");
  kit::exact_line(s, "KL(U‖P)", kit::exact_measure::kl, "1/3, 1/3, 1/3", "binomial(2, 2/5)", up, info::base::nats);
  s.say(
      "The two directions differ: KL is not a distance. KL(U‖P) is larger here because U puts a "
      "third of its weight on outcome 2, where P is small (0.16) and the log-ratio ln(1/3 / 0.16) is large.");
  s.check(info::identity("KL(P‖U) = 0.085300 nats (mpmath)", pu, kl_bu_nats, 1e-15));
  s.check(info::identity("KL(U‖P) = 0.097455 nats (mpmath)", up, kl_ub_nats, 1e-15));
  s.check(info::at_least("|KL(P‖U) − KL(U‖P)| ≥ 0.01: not symmetric", std::fabs(pu - up), 0.01));
}

// ---------------------------------------------------------------------------------------------------
// Step 4: Binomial(15, 7/15) against the uniform on 0..14 (the blog post).
void binomial15(kit::step& s) {
  s.say(
      kit::cite(kit::article::blog) + " compares a binomial distribution with n = 15 against the uniform distribution "
      "1/15 on the outcomes 0..14 and prints KL = 0.6311103254079738 nats. Its value of p was lost "
      "from the text; p = 7/15 reproduces the printed number. Two details matter:\n"
      "- a Binomial(15, p) has 16 outcomes, 0..15, but the article's sum stops at 14 (numpy.arange(15));\n"
      "- over the full support the uniform on 0..14 gives outcome 15 probability 0, where the binomial "
      "has mass, so the true KL(P‖U) is infinite.");
  const info::pmf p = info::to_pmf(boost::math::binomial(15, 7.0 / 15.0), "P");
  const info::pmf u15 = info::pmf::uniform(15, "U");
  const info::pmf u16 = info::pmf::uniform(16, "U");
  std::vector<std::string> labels;
  std::vector<double> pv, uv;
  for (Eigen::Index k = 0; k < 16; ++k) {
    labels.push_back(std::to_string(k));
    pv.push_back(p(k));
    uv.push_back(u15(k));
  }
  s.show(kit::bars(labels, {{"P", pv}, {"U", uv}}, {.width = 40}));
  if (s.writing_data()) {
    std::vector<std::vector<double>> rows;
    for (std::size_t k = 0; k < 16; ++k) rows.push_back({static_cast<double>(k), pv[k], uv[k]});
    s.data_file("04_binomial15_uniform.csv", {"x", "binomial", "uniform15"}, rows);
  }
  const double windowed = info::kl_divergence(p, u15, info::base::nats, info::window{0, 14});
  const double full = info::kl_divergence(p, u15, info::base::nats);
  const double full16 = info::kl_divergence(p, u16, info::base::nats);
  kit::table t{{"sum"}, {"KL", "nats", kit::shortest()}};
  t.row({"x = 0..14 (the article's sum)", windowed})
      .row({"x = 0..15 against U on 0..14", full})
      .row({"x = 0..15 against U on 0..15", full16});
  s.show(t);
  s.result("P(15), the mass the article's sum leaves out", p(15), "", kit::sci(3));
  s.say(
      "The article's printed value differs from the exact windowed sum in the 16th digit, the "
      "rounding of numpy's binomial pmf. Since P(15) is so small the windowed sum looks like a KL "
      "divergence, but the masses it sums add up to 1 − P(15), not to 1: it is not a KL divergence of "
      "two distributions. Against a uniform distribution on all 16 outcomes the divergence is finite.");
  s.check(info::identity("windowed sum = 0.6311103254079743 nats (mpmath)", windowed, kl_bin15_nats, 1e-15),
          kit::shortest());
  s.check(info::identity("windowed sum ≈ the article's 0.6311103254079738", windowed, article_bin15, 2e-15),
          kit::shortest());
  s.check(info::identity("over 0..15 against U on 0..14: KL = ∞", full, INFINITY, 0.0));
  s.check(info::identity("KL(P‖U on 0..15) = 0.695554 nats (mpmath)", full16, kl_bin15_u16_nats, 1e-15));
}

// ---------------------------------------------------------------------------------------------------
// Step 5: cat or dog (the OpenGenus article, in bits).
void cat_or_dog(kit::step& s) {
  s.say(
      "The classifier of " + kit::cite(kit::article::opengenus) + ": the image shows a dog, so the truth is P = (1, 0) over (dog, cat). "
      "A good model says (0.9, 0.1), a bad one (0.1, 0.9). With a one-hot truth only the true class's "
      "term remains: KL(P‖Q) = 1 · log(1/Q(dog)). The article prints 0.15 and 3.3 bits.");
  const info::pmf truth = info::pmf({1.0, 0.0}, "P");
  const info::pmf good = info::pmf({0.9, 0.1}, "Q"), bad = info::pmf({0.1, 0.9}, "Q");
  s.say("The good model:");
  s.show(kl_table(truth, good, info::base::bits, {"dog", "cat"}));
  const double kg = info::kl_divergence(truth, good, info::base::bits);
  s.result("KL(P‖Q_good)", kg, "bits");
  kit::exact_line(s, "KL(P‖Q_good)", kit::exact_measure::kl, "1, 0", "9/10, 1/10", kg, info::base::bits);
  s.say("The bad model:");
  s.show(kl_table(truth, bad, info::base::bits, {"dog", "cat"}));
  const double kb = info::kl_divergence(truth, bad, info::base::bits);
  s.result("KL(P‖Q_bad)", kb, "bits");
  kit::exact_line(s, "KL(P‖Q_bad)", kit::exact_measure::kl, "1, 0", "1/10, 9/10", kb, info::base::bits);
  s.say("A perfect model, Q = (1, 0), would give exactly 0.");
  s.check(info::identity("KL((1,0)‖(0.9,0.1)) = 0.152003 bits (mpmath)", kg, catdog_good_bits, 1e-15));
  s.check(info::identity("KL((1,0)‖(0.1,0.9)) = 3.321928 bits (mpmath)", kb, catdog_bad_bits, 1e-15));
  s.check(info::identity("KL((1,0)‖(1,0)) = 0", info::kl_divergence(truth, truth, info::base::bits), 0.0, 0.0));
}

// ---------------------------------------------------------------------------------------------------
// Step 6: Gibbs' inequality.
void never_negative(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "Why is KL never negative, even though single terms can be? Because the logarithm is concave, "
      "the average of logs is at most the log of the average (Jensen's inequality). Apply it to "
      "−KL, the P-average of log(Q/P), over the outcomes where P(x) > 0:");
  s.formula("−KL(P‖Q) = Σ P(x) log(Q(x)/P(x)) ≤ log Σ P(x)·Q(x)/P(x) = log Σ Q(x) ≤ log 1 = 0");
  s.say(
      "Equality needs Q(x)/P(x) to be the same for every x with P(x) > 0 and Q to put no mass "
      "elsewhere, which means Q = P. So KL(P‖Q) ≥ 0, with 0 only at Q = P. Tested on 1000 random "
      "pairs with 2 to 20 outcomes (std::mt19937, seed 11):");
  std::mt19937 rng{11};
  double smallest = INFINITY, largest_self = 0.0;
  for (int trial = 0; trial < 1000; ++trial) {
    const Eigen::Index n = 2 + trial % 19;
    const info::pmf p = kit::random_pmf(rng, n, "P"), q = kit::random_pmf(rng, n, "Q");
    smallest = std::min(smallest, info::kl_divergence(p, q, b).value);
    largest_self = std::max(largest_self, std::fabs(info::kl_divergence(p, p, b)));
  }
  kit::table t{{"over 1000 random pairs"}, {"value", s.unit()}};
  t.row({"smallest KL(P‖Q)", smallest}).row({"largest |KL(P‖P)|", largest_self});
  s.show(t);
  s.check(info::at_least("KL(P‖Q) ≥ 0 on 1000 random pairs", smallest, 0.0));
  s.check(info::identity("KL(P‖P) = 0 on 1000 random P", largest_self, 0.0, 0.0));
}

// ---------------------------------------------------------------------------------------------------
// Step 7: zeros.
void zeros(kit::step& s) {
  s.say(
      "Zeros act very differently on the two sides. Take P = (0.5, 0.5, 0) and Q = (0.5, 0.25, 0.25).\n"
      "- A zero in P: outcome 2 never happens under P, so it gets weight 0 and contributes nothing, "
      "whatever Q says.\n"
      "- A zero in Q where P > 0: the log-ratio is log(P/0) = ∞, and the divergence is infinite. In "
      "KL(Q‖P) below, Q gives outcome 2 probability 0.25 but P rules it out.");
  const info::pmf p = info::pmf({0.5, 0.5, 0.0}, "P"), q = info::pmf({0.5, 0.25, 0.25}, "Q");
  s.say("KL(P‖Q):");
  s.show(kl_table(p, q, info::base::nats));
  const double pq = info::kl_divergence(p, q, info::base::nats);
  s.result("KL(P‖Q)", pq, "nats");
  s.say("KL(Q‖P), roles swapped (the table's P is now Q):");
  s.show(kl_table(q.named("Q"), p.named("P"), info::base::nats));
  const double qp = info::kl_divergence(q, p, info::base::nats);
  s.result("KL(Q‖P)", qp, "nats");
  const info::support_mismatch bad = info::infinite_outcomes(q, p);
  std::string which;
  for (auto x : bad.outcomes) which += (which.empty() ? "" : ", ") + std::to_string(x);
  s.say("The library names the culprit: outcome " + which + ".");
  s.check(info::identity("KL(P‖Q) = ½ ln 2 = 0.346574 nats (mpmath)", pq, half_ln2, 1e-15));
  s.check(info::identity("KL(Q‖P) = ∞", qp, INFINITY, 0.0));
}

// ---------------------------------------------------------------------------------------------------
// Step 8: erratum of the OpenGenus article: its rel_entr example does not use distributions.
void not_distributions(kit::step& s) {
  s.say(
      kit::cite(kit::article::opengenus) + " illustrates scipy's rel_entr with p = (0.20, 0.40, 0.50) and q = (0.60, 0.15, 0.05) "
      "and prints KL(P‖Q) = 1.324 and KL(Q‖P) = 0.397. But p sums to 1.1 and q to 0.8: neither is a "
      "probability distribution. rel_entr does not check; it just adds up p·log(p/q) term by term. "
      "The workbook checks, and refuses:");
  const Eigen::ArrayXd p_raw = (Eigen::ArrayXd(3) << 0.20, 0.40, 0.50).finished();
  const Eigen::ArrayXd q_raw = (Eigen::ArrayXd(3) << 0.60, 0.15, 0.05).finished();
  std::string refusal;
  try {
    const info::pmf p(p_raw, "P");
  } catch (const info::invalid_distribution& e) {
    refusal = e.what();
  }
  s.say("info::pmf({0.20, 0.40, 0.50}) is refused: “" + refusal + "”");
  // What rel_entr adds up: the same log-ratio terms, on vectors that are not distributions.
  const double raw_pq = (p_raw * (p_raw / q_raw).log()).sum();
  const double raw_qp = (q_raw * (q_raw / p_raw).log()).sum();
  const info::pmf p = info::pmf::normalised(p_raw, "P"), q = info::pmf::normalised(q_raw, "Q");
  const double pq = info::kl_divergence(p, q), qp = info::kl_divergence(q, p);
  s.say("Normalising explicitly (dividing each vector by its sum) gives two distributions:");
  kit::table t{{""}, {"p as printed"}, {"p / 1.1"}, {"q as printed"}, {"q / 0.8"}};
  for (Eigen::Index i = 0; i < 3; ++i)
    t.row({std::to_string(i), p_raw(i), p(i), q_raw(i), q(i)});
  t.rule().row({"sum", p_raw.sum(), p.mass().sum(), q_raw.sum(), q.mass().sum()});
  s.show(t);
  kit::table k{{""}, {"Σ p log(p/q) as rel_entr sums it", "nats"}, {"KL after normalising", "nats"}};
  k.row({"P‖Q", raw_pq, pq}).row({"Q‖P", raw_qp, qp});
  s.show(k);
  s.erratum({.source = kit::article::opengenus,
             .claim = "computes KL with rel_entr on p = (0.20, 0.40, 0.50), which sums to 1.1, and "
                      "q = (0.60, 0.15, 0.05), which sums to 0.8.",
             .article = "KL(P‖Q) = 1.324 and KL(Q‖P) = 0.397: the term sums of two vectors that are not "
                        "distributions.",
             .right = "no KL divergence exists for these vectors. Normalised to distributions: "
                      "KL(P‖Q) = 0.885093 nats and KL(Q‖P) = 0.814596 nats.",
             .why = "KL compares probability distributions. Masses that do not sum to 1 break Gibbs' "
                    "inequality (a 'KL' can then even be negative) and make the number meaningless."});
  s.check(info::identity("rel_entr's sum Σ p ln(p/q) = 1.323902 (the article's 1.324; mpmath)", raw_pq, rel_entr_pq,
                         1e-14));
  s.check(info::identity("rel_entr's sum Σ q ln(q/p) = 0.396914 (the article's 0.397; mpmath)", raw_qp, rel_entr_qp,
                         1e-14));
  s.check(info::identity("normalised: KL(P‖Q) = 0.885093 nats (mpmath)", pq, kl_norm_pq, 1e-14));
  s.check(info::identity("normalised: KL(Q‖P) = 0.814596 nats (mpmath)", qp, kl_norm_qp, 1e-14));
}

// ---------------------------------------------------------------------------------------------------
// "outcome 2" or "outcomes 41 and beyond": where `from` has mass and `to` has none.
std::string ruled_out(const info::pmf& from, const info::pmf& to) {
  const info::support_mismatch miss = info::infinite_outcomes(from, to);
  return kit::outcome_phrase(miss.outcomes, miss.all_from);
}

// The prediction of the walkthrough, answered from the student's numbers: KL(Q‖P) against KL(P‖Q). The
// larger direction is explained by its largest term P(x) log(P(x)/Q(x)) (first distribution's weight on x,
// where the second gives x less), or, where a direction is infinite, by the outcome the second rules out.
void predict_direction(kit::step& s, const info::pmf& p, const info::pmf& q) {
  const info::base b = s.base();
  const double pq = info::kl_divergence(p, q, b), qp = info::kl_divergence(q, p, b);
  const std::string kl_pq = "KL(P‖Q) = " + kit::quantity(pq, s.unit()), kl_qp = "KL(Q‖P) = " + kit::quantity(qp, s.unit());
  // The outcome with the largest term of KL(first‖second), as "outcome x, where Q = 0.8 but P only 0.1".
  auto largest_term = [b](const info::pmf& first, const info::pmf& second) {
    const Eigen::ArrayXd terms = info::kl_terms(first, second, b);
    Eigen::Index x = 0;
    terms.maxCoeff(&x);
    const Eigen::Index n = std::max(first.size(), second.size());
    // A mass below the normal doubles (a Poisson far in its tail) is written from its log mass, as the
    // table does: it reads 0 in doubles but is not 0.
    auto mass = [&](const info::pmf& d) {
      const double m = d.extend(n)(x);
      if (m >= std::numeric_limits<double>::min()) return fmt::format("{:.6g}", m);
      return fmt::format("about 10^{:.0f}", d.log_mass(x) / std::log(10.0));
    };
    return "outcome " + std::to_string(x) + ", where " + first.name() + " = " + mass(first) + " but " + second.name() +
           " only " + mass(second);
  };
  std::string answer;
  if (std::isinf(pq) && std::isinf(qp))
    answer = "The same: both are ∞. Q gives probability 0 to " + ruled_out(p, q) + ", which P allows, and P gives 0 "
             "to " + ruled_out(q, p) + ", which Q allows.";
  else if (std::isinf(qp))
    answer = "KL(Q‖P): it is ∞, against KL(P‖Q) = " + kit::quantity(pq, s.unit()) + ". P gives probability 0 to " +
             ruled_out(q, p) + ", which Q allows.";
  else if (std::isinf(pq))
    answer = "KL(P‖Q): it is ∞, against KL(Q‖P) = " + kit::quantity(qp, s.unit()) + ". Q gives probability 0 to " +
             ruled_out(p, q) + ", which P allows.";
  else if (std::fabs(qp - pq) <= 1e-12 * std::max(1.0, pq))
    answer = "Neither: " + kl_pq + " and " + kl_qp +
             ". This pair is one of the few where the two directions agree; in general they differ.";
  else if (qp > pq)
    answer = "KL(Q‖P): " + kit::quantity(qp, s.unit()) + " against " + kl_pq + ". Its largest term is at " +
             largest_term(q, p) + ": weighted by Q, that log-ratio counts heavily.";
  else
    answer = "KL(P‖Q): " + kit::quantity(pq, s.unit()) + " against " + kl_qp + ". Its largest term is at " +
             largest_term(p, q) + ": weighted by P, that log-ratio counts heavily.";
  s.predict("Which direction is larger for this P and Q, KL(P‖Q) or KL(Q‖P)?", answer);
}

// Walkthrough: the student's P and Q.
void walkthrough(kit::step& s) {
  const info::pmf& p = s.p();
  const info::pmf& q = s.q();
  const info::base b = s.base();
  s.say(s.own_numbers() ? "Your P and Q, outcome by outcome."
                        : "The walkthrough, here on P = R = (0.42, 0.31, 0.27) and Q = S = (0.25, 0.5, 0.25). "
                          "Run the lesson with --p and --q (for example --p 0.1,0.4,0.5 --q 0.8,0.15,0.05 "
                          "--base 2) to see it on your own numbers.");
  s.formula("KL(P‖Q) = Σ P(x) log(P(x)/Q(x))");
  predict_direction(s, p, q);
  s.show(kl_table(p, q, b));
  const double pq = info::kl_divergence(p, q, b), qp = info::kl_divergence(q, p, b);
  s.result("KL(P‖Q)", pq, s.unit());
  kit::exact_line(s, "KL(P‖Q)", kit::exact_measure::kl, s.p_spec(), s.q_spec(), pq, b);
  s.result("KL(Q‖P) (roles swapped)", qp, s.unit());
  kit::exact_line(s, "KL(Q‖P)", kit::exact_measure::kl, s.q_spec(), s.p_spec(), qp, b);
  for (const auto& [from, to, name] : {std::tuple{&p, &q, "KL(P‖Q)"}, std::tuple{&q, &p, "KL(Q‖P)"}}) {
    if (info::infinite_outcomes(*from, *to).empty()) continue;
    s.note(std::string(name) + " is infinite", "the second distribution gives probability 0 to " +
                                                   ruled_out(*from, *to) + ", which the first allows.");
  }
  // Gibbs holds exactly for sums of exactly 1; lists accepted within 1e-9 of 1 allow KL ≥ ΣP − ΣQ.
  const Eigen::Index n = std::max(p.size(), q.size());
  s.check(info::at_least("KL(P‖Q) ≥ 0 (Gibbs)", pq, 0.0, kit::sum_slack(p, q, b) + kit::rounding(n, pq)));
  s.check(info::at_least("KL(Q‖P) ≥ 0 (Gibbs)", qp, 0.0, kit::sum_slack(q, p, b) + kit::rounding(n, qp)));
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"04_kl_divergence", "KL divergence",
                     "KL(P‖Q) = Σ P(x) log(P(x)/Q(x)): the extra cost of judging P's events with the model Q. "
                     "Never negative, zero only when Q = P, not symmetric, and infinite when Q rules out what P "
                     "allows."};
  lesson.default_base(info::base::nats);
  lesson.takes_pmfs("0.42, 0.31, 0.27", "0.25, 0.5, 0.25");
  lesson.step("The extra cost of the wrong model", extra_cost);
  lesson.step("R against S, outcome by outcome", r_against_s);
  lesson.step("Binomial against uniform: two directions", binomial_against_uniform);
  lesson.step("Binomial(15, 7/15) against uniform: the article's window", binomial15);
  lesson.step("Cat or dog, in bits", cat_or_dog);
  lesson.step("Never negative: Gibbs' inequality", never_negative);
  lesson.step("Zeros: harmless in P, fatal in Q", zeros);
  lesson.step("Only distributions have a KL divergence", not_distributions);
  lesson.walkthrough("Your own P and Q, step by step", walkthrough);
  return lesson.run(argc, argv);
}
