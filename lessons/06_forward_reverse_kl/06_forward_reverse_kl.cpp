// Lesson 06: forward and reverse KL.
//
// Fit a single normal Q to a distribution P with two modes, once by minimising KL(P‖Q) (forward) and once
// by minimising KL(Q‖P) (reverse). Both divergences are integrated by the library's quadrature and
// minimised by Boost.Math's Brent method; nothing is assumed about the answers. The forward fit comes
// out as moment matching (Q spreads over both modes), the reverse fit sits on one mode.
#include "kit/lesson.hpp"

#include <info/info.hpp>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/tools/minima.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

namespace {

using boost::math::normal;

// ---------------------------------------------------------------------------------------------------
// The mathematics: the target P, its moments, and the two fits.

// P = ½ normal(−2, 0.6) + ½ normal(2, 0.6): two well separated modes.
info::density bimodal() { return info::density::mixture({{0.5, normal(-2, 0.6)}, {0.5, normal(2, 0.6)}}); }

// The mean and standard deviation of a mixture of normals from its parts, by the closed moment formulas
//   E[X] = Σ w_i μ_i,   E[X²] = Σ w_i (σ_i² + μ_i²),   Var X = E[X²] − E[X]²
// (no integral). For P: E[X] = 0 and Var X = 0.36 + 4 = 4.36.
struct moments {
  double mean, sd;
};

moments mixture_moments(const info::density& p) {
  double m1 = 0, m2 = 0;
  for (const info::component& c : p.parts()) {
    const auto& n = std::get<normal>(c.family);
    m1 += c.weight * n.mean();
    m2 += c.weight * (n.standard_deviation() * n.standard_deviation() + n.mean() * n.mean());
  }
  return {m1, std::sqrt(m2 - m1 * m1)};
}

// E[X²] by quadrature, ∫ x² p(x) dx: an independent check of the moment formula.
info::result second_moment(const info::density& p) {
  return info::expectation(p, [](double x) { return x * x; });
}

// Which divergence to minimise over Q = normal(μ, σ).
enum class direction { forward, reverse };

// The objective: KL(P‖Q) or KL(Q‖P) for Q = normal(μ, σ), by quadrature, counting the quadratures and
// the integrand evaluations they cost.
struct objective {
  const info::density& p;
  direction way;
  long quadratures = 0;
  long evaluations = 0;

  double operator()(double mu, double sigma) {
    const info::density q = normal(mu, sigma);
    const info::result r = way == direction::forward ? info::kl_divergence(p, q) : info::kl_divergence(q, p);
    ++quadratures;
    evaluations += r.evaluations;
    return r.value;
  }
};

// A fitted normal and the divergence it reaches.
struct fit {
  double mu, sigma, divergence;
  long quadratures, evaluations;
};

// Brent's method (Boost.Math) asks for the number of bits of the answer: half a double's 53, since the
// minimum of a smooth function is found to about the square root of the precision of its values.
constexpr int brent_bits = std::numeric_limits<double>::digits / 2;

// The best σ for a given μ: Brent's method in log σ over σ ∈ [0.05, 10] (the log keeps σ positive and
// treats "twice as wide" and "half as wide" alike). Returns (log σ, divergence).
std::pair<double, double> best_sigma(objective& f, double mu) {
  std::uintmax_t iterations = 100;
  return boost::math::tools::brent_find_minima([&](double log_sigma) { return f(mu, std::exp(log_sigma)); },
                                               std::log(0.05), std::log(10.0), brent_bits, iterations);
}

// The fit: Brent's method over μ ∈ [lo, hi] of the profile min_σ KL(μ, σ) (a nested search: for every
// μ tried, the best σ). No hand-written optimiser: both searches are boost::math::tools::brent_find_minima.
fit fit_normal(const info::density& p, direction way, double lo, double hi) {
  objective f{p, way};
  std::uintmax_t iterations = 100;
  const auto [mu, divergence] = boost::math::tools::brent_find_minima(
      [&](double m) { return best_sigma(f, m).second; }, lo, hi, brent_bits, iterations);
  const double sigma = std::exp(best_sigma(f, mu).first);
  return {mu, sigma, divergence, f.quadratures, f.evaluations};
}

// The best divergence for a given μ, over σ: the profile whose minimum the outer search finds.
struct profile_point {
  double sigma, divergence;
};

profile_point profile(const info::density& p, direction way, double mu) {
  objective f{p, way};
  const auto [log_sigma, divergence] = best_sigma(f, mu);
  return {std::exp(log_sigma), divergence};
}

// The intervals Brent's method searches for μ. It finds a local minimum inside its interval, so each must
// hold the one we want: the forward profile has a single minimum; the reverse profile has three (the two
// modes and a worse one at μ = 0), and [1, 4] lies to the right of the hump between μ = 0 and the mode at 2.
constexpr double forward_lo = -4.0, forward_hi = 4.0;
constexpr double reverse_lo = 1.0, reverse_hi = 4.0;

// The two fits, computed once and shared by the steps that show them (each step also runs alone, --step N).
const fit& forward_result() {
  static const fit f = fit_normal(bimodal(), direction::forward, forward_lo, forward_hi);
  return f;
}
const fit& reverse_result() {
  static const fit f = fit_normal(bimodal(), direction::reverse, reverse_lo, reverse_hi);
  return f;
}

// Reference values, computed with mpmath at 30 significant digits (quadrature of the log-space integrands;
// the reverse optimum by solving ∂KL/∂μ = ∂KL/∂σ = 0 with findroot).
constexpr double forward_minimum = 0.555155528632112637;  // KL(P‖N(0, √4.36))
constexpr double reverse_mu = 1.99707828154583820;          // argmin of KL(Q‖P), right mode
constexpr double reverse_sigma = 0.604856420673783984;
constexpr double reverse_minimum = 0.691836005028566990;
constexpr double forward_at_one_mode = 10.4192049872967616;  // KL(P‖N(2, 0.6))
constexpr double reverse_at_wide = 1.27323905394385056;      // KL(N(0, √4.36)‖P)
constexpr double reverse_at_one_mode = 0.691906123814349522;  // KL(N(2, 0.6)‖P)
constexpr double reverse_centre_sigma = 1.79027851643571525;   // the reverse profile's local minimum at μ = 0
constexpr double reverse_centre_minimum = 1.13838187765581686;

// A divergence computed in nats, in the unit the student asked for with --base (the fits do not depend on it).
double in_unit(const kit::step& s, double nats) { return info::from_nats(nats, s.base()); }

// A fixed-point figure without a lone minus sign: −3e-9 prints as 0.000000, not −0.000000.
double tidy(double x) { return std::abs(x) < 5e-7 ? 0.0 : x; }

// The densities on a grid, for the plot and the data file.
std::vector<double> on_grid(const info::density& d, const std::vector<double>& x) {
  std::vector<double> y;
  for (double v : x) y.push_back(d.pdf(v));
  return y;
}

// ---------------------------------------------------------------------------------------------------
// The steps.

// Step 1: the target.
void the_target(kit::step& s) {
  const info::density p = bimodal();
  s.say(
      "The truth P has two modes: half its mass near −2, half near +2, and almost none in between. We "
      "will approximate it by a single normal Q = normal(μ, σ), which has only one mode, so no choice of "
      "μ and σ is right. The question is which wrong answer each divergence prefers.");
  s.formula("p(x) = ½ N(x; −2, 0.6²) + ½ N(x; 2, 0.6²)");
  const std::vector<double> x = kit::grid(-5, 5, 73);
  s.show(kit::curves(x, {{"p(x)", on_grid(p, x)}}, {.x_label = "x", .y_label = "density"}));
  s.say("Its mean and variance follow from the parts' moments:");
  s.formula("E[X] = ½(−2) + ½(2) = 0,   Var X = ½(0.36 + 4) + ½(0.36 + 4) − 0² = 4.36");
  const moments m = mixture_moments(p);
  s.result("mean", tidy(m.mean), "");
  s.result("standard deviation √4.36", m.sd, "");
  const info::result ex2 = second_moment(p);
  s.check(info::identity("E[X²] = ∫ x² p(x) dx (quadrature, " + std::to_string(ex2.evaluations) +
                             " evaluations) = 4.36",
                         ex2.value, 4.36, 1e-10));
  // The forward fit is moment matching (step 4 shows why), so its answer is P's mean and standard deviation.
  s.predict("One normal must stand in for both modes: which fit spreads over both, the one minimising "
            "KL(P‖Q) (forward) or KL(Q‖P) (reverse)?",
            "The forward fit: KL(P‖Q) averages log(p/q) where P has mass, so a Q that misses a mode pays heavily. "
            "It comes out as normal(" + kit::number(tidy(m.mean)) + ", " + kit::number(m.sd) +
                "), P's own mean and spread, while the reverse fit sits on one mode.");
}

// Step 2: the two divergences weigh the log-ratio differently.
void two_weightings(kit::step& s) {
  const info::density p = bimodal();
  s.say("Both directions average the same log-ratio, but under different distributions:");
  s.formula("forward  KL(P‖Q) = ∫ p(x) log(p(x)/q(x)) dx     averaged where P has mass");
  s.formula("reverse  KL(Q‖P) = ∫ q(x) log(q(x)/p(x)) dx     averaged where Q has mass");
  s.say(
      "The forward direction is huge wherever P has mass and Q has almost none (q → 0 under p > 0), so it "
      "punishes a Q that misses a mode. The reverse direction is huge wherever Q has mass and P has almost "
      "none, so it punishes a Q that puts mass in the valley between the modes. Three candidates, each "
      "integrated by quadrature, in nats:");
  const double sd = mixture_moments(p).sd;
  kit::table t{{"candidate Q"}, {"KL(P‖Q)", s.unit()}, {"KL(Q‖P)", s.unit()}};
  const std::vector<std::pair<std::string, info::density>> candidates = {
      {"normal(0, 2.088061): wide, covers both", info::density(normal(0, sd))},
      {"normal(2, 0.6): one mode exactly", info::density(normal(2, 0.6))},
      {"normal(0, 0.6): in the valley", info::density(normal(0, 0.6))}};
  for (const auto& [name, q] : candidates)
    t.row({name, in_unit(s, info::kl_divergence(p, q).value), in_unit(s, info::kl_divergence(q, p).value)});
  s.show(t);
  s.check(info::identity("KL(P‖normal(2, 0.6)) [mpmath]", in_unit(s, info::kl_divergence(p, normal(2, 0.6)).value),
                         in_unit(s, forward_at_one_mode), 1e-9));
  s.check(info::identity("KL(normal(0, √4.36)‖P) [mpmath]", in_unit(s, info::kl_divergence(normal(0, sd), p).value),
                         in_unit(s, reverse_at_wide), 1e-9));
  s.say(
      "The wide normal is best by the forward measure and the one-mode normal by the reverse one; the "
      "valley normal is bad by both. Minimising each divergence over all μ and σ makes this precise.");
}

// Step 3: the landscape each search explores.
void landscape(kit::step& s) {
  const info::density p = bimodal();
  s.say(
      "Each fit searches over two numbers. For a fixed μ the best σ is easy to find (one Brent search), "
      "which leaves a curve over μ alone, the profile min_σ KL. Here are both profiles:");
  kit::table t{{"μ", "", kit::fixed(1)}, {"best σ, forward"}, {"min_σ KL(P‖Q)", s.unit()}, {"best σ, reverse"},
               {"min_σ KL(Q‖P)", s.unit()}};
  std::vector<double> mus, forward, reverse;
  for (int i = -6; i <= 6; ++i) {
    const double mu = 0.5 * i;
    const profile_point f = profile(p, direction::forward, mu), r = profile(p, direction::reverse, mu);
    t.row({mu, f.sigma, in_unit(s, f.divergence), r.sigma, in_unit(s, r.divergence)});
    mus.push_back(mu);
    forward.push_back(in_unit(s, f.divergence));
    reverse.push_back(in_unit(s, r.divergence));
  }
  s.show(t);
  s.show(kit::curves(mus, {{"min_σ KL(P‖Q), forward", forward}, {"min_σ KL(Q‖P), reverse", reverse}},
                     {.x_label = "μ", .y_label = s.unit()}));
  s.say(
      "The forward profile has a single minimum, at μ = 0. The reverse profile has three: one at each "
      "mode, and a worse one at μ = 0, where a normal of σ ≈ 1.79 straddles both modes thinly. Between "
      "them lie humps near μ = ±1. A local search such as Brent's finds whichever minimum its interval "
      "holds, so the reverse search must be started on one side of a hump.");
  const profile_point centre = profile(p, direction::reverse, 0.0);
  s.check(info::identity("reverse profile at μ = 0: best σ [mpmath: 1.790279]", centre.sigma, reverse_centre_sigma, 1e-6));
  s.check(info::identity("reverse profile at μ = 0: min KL(Q‖P) [mpmath, " + s.unit() + "]",
                         in_unit(s, centre.divergence), in_unit(s, reverse_centre_minimum), 1e-9));
  s.check(info::at_most("reverse profile: μ = 0 lies below μ = 0.5 (a local minimum)", in_unit(s, centre.divergence),
                        in_unit(s, profile(p, direction::reverse, 0.5).divergence)));
}

// Step 4: the forward fit.
void forward_fit(kit::step& s) {
  const info::density p = bimodal();
  s.say(
      "Minimise KL(P‖Q) over μ and σ with Boost.Math's brent_find_minima: for each μ tried in [−4, 4], "
      "a second Brent search finds the best σ in [0.05, 10], and the outer search minimises that profile. "
      "Every value is a quadrature of the integral; the counts below are the whole cost of the fit.");
  const fit& f = forward_result();
  kit::table t{{"forward fit"}, {"μ"}, {"σ"}, {"KL(P‖Q)", s.unit()}};
  t.row({"Brent on the quadrature", tidy(f.mu), f.sigma, in_unit(s, f.divergence)});
  s.show(t);
  s.result("quadratures", static_cast<double>(f.quadratures), "", kit::integer());
  s.result("integrand evaluations", static_cast<double>(f.evaluations), "", kit::integer());
  s.say(
      "Why moment matching? Split the divergence: KL(P‖Q) = −h(P) + E_P[−log q(X)], and only the second "
      "term depends on Q. For a normal q,");
  s.formula("E_P[−log q(X)] = ½ log(2πσ²) + E_P[(X − μ)²] / (2σ²)");
  s.say(
      "which is smallest at μ = E_P[X] and σ² = Var_P(X), whatever P is. The optimiser did not know this; "
      "compare with the moments of step 1:");
  const moments m = mixture_moments(p);
  s.check(info::identity("μ = E[X] = 0", f.mu, m.mean, 1e-6));
  s.check(info::identity("σ = √Var X = √4.36 = 2.088061", f.sigma, m.sd, 1e-6));
  s.check(info::identity("min KL(P‖Q) [mpmath, " + s.unit() + "]", in_unit(s, f.divergence),
                         in_unit(s, forward_minimum), 1e-9));
  s.say(
      "Mean-seeking: Q sits between the modes, on the valley where P has almost no mass, because missing "
      "either mode would cost far more under the forward direction.");
}

// Step 5: the reverse fit.
void reverse_fit(kit::step& s) {
  const info::density p = bimodal();
  s.say(
      "The same nested search on KL(Q‖P), with μ in [1, 4]: to the right of the hump, so the one minimum "
      "inside is the right mode. (Over [−4, 4], Brent's method starts at the golden-section point "
      "μ = 0.944, on the hump, and slides down into the worse minimum at μ = 0: try it.)");
  const fit& f = reverse_result();
  // Near the right mode p ≈ ½ N(2, 0.6²): Q can match the shape, not the mass, so log(q/p) ≈ log 2.
  s.predict("The reverse fit hugs one mode, where it can match P's shape: will its KL(Q‖P) be close to 0?",
            "No: it is " + kit::quantity(in_unit(s, f.divergence), s.unit()) + ", just below log 2 = " +
                kit::quantity(in_unit(s, std::numbers::ln2), s.unit()) +
                ". P has only half its mass at that mode, so log(q/p) ≈ log 2 wherever Q lives.");
  kit::table t{{"reverse fit"}, {"μ"}, {"σ"}, {"KL(Q‖P)", s.unit()}};
  t.row({"Brent on the quadrature", f.mu, f.sigma, in_unit(s, f.divergence)});
  s.show(t);
  s.result("quadratures", static_cast<double>(f.quadratures), "", kit::integer());
  s.result("integrand evaluations", static_cast<double>(f.evaluations), "", kit::integer());
  s.check(info::identity("μ [mpmath: 1.997078]", f.mu, reverse_mu, 1e-6));
  s.check(info::identity("σ [mpmath: 0.604856]", f.sigma, reverse_sigma, 1e-6));
  s.check(info::identity("min KL(Q‖P) [mpmath, " + s.unit() + "]", in_unit(s, f.divergence),
                         in_unit(s, reverse_minimum), 1e-9));
  s.say(
      "Mode-seeking: Q covers one mode and ignores the other, since under the reverse direction the "
      "region Q leaves out costs nothing. The fit is not exactly normal(2, 0.6): it leans a little "
      "towards the valley (μ slightly below 2) and widens a little, to gain from the other mode's tail.");
  s.say(
      "The other mode is an equally good answer. P is symmetric about 0, so the mirror image "
      "normal(−μ, σ) has exactly the same divergence; a search on [−4, −1] finds it. Which of the two an "
      "optimiser returns depends only on where it starts.");
  const double mirror = info::kl_divergence(normal(-f.mu, f.sigma), p).value;
  s.check(info::identity("KL(normal(−μ, σ)‖P) = KL(normal(μ, σ)‖P)", in_unit(s, mirror), in_unit(s, f.divergence),
                         1e-12));
  s.say(
      "Why about log 2 = 0.693147? Near the right mode p(x) ≈ ½ N(x; 2, 0.6²): Q matches the shape but "
      "P has only half its mass there, so log(q/p) ≈ log 2 wherever Q lives.");
  const double at_mode = info::kl_divergence(normal(2, 0.6), p).value;
  s.check(info::at_most("min KL(Q‖P) ≤ KL(normal(2, 0.6)‖P)", in_unit(s, f.divergence), in_unit(s, at_mode)));
  s.check(info::at_most("KL(normal(2, 0.6)‖P) ≤ log 2", in_unit(s, at_mode), in_unit(s, std::numbers::ln2)));
  s.check(info::identity("KL(normal(2, 0.6)‖P) [mpmath, " + s.unit() + "]", in_unit(s, at_mode),
                         in_unit(s, reverse_at_one_mode), 1e-9));
}

// Step 6: both fits against P.
void the_picture(kit::step& s) {
  const info::density p = bimodal();
  const fit& fwd = forward_result();
  const fit& rev = reverse_result();
  const info::density qf = normal(fwd.mu, fwd.sigma), qr = normal(rev.mu, rev.sigma);
  s.say("P (filled) with the forward fit (•) and the reverse fit (○):");
  const std::vector<double> x = kit::grid(-5, 5, 73);
  s.show(kit::curves(x,
                     {{"p(x)", on_grid(p, x)},
                      {"forward fit normal(" + kit::number(tidy(fwd.mu), kit::fixed(3)) + ", " +
                           kit::number(fwd.sigma, kit::fixed(3)) + ")",
                       on_grid(qf, x)},
                      {"reverse fit normal(" + kit::number(rev.mu, kit::fixed(3)) + ", " +
                           kit::number(rev.sigma, kit::fixed(3)) + ")",
                       on_grid(qr, x)}},
                     {.x_label = "x", .y_label = "density"}));
  s.say(
      "Which to use is a modelling choice. Maximum likelihood fitting minimises the forward direction "
      "(it averages over the data, drawn from P), and gives a Q that covers everything P does, blurring "
      "the modes. Variational inference minimises the reverse direction (it averages over Q, which can be "
      "sampled), and gives a Q that is sharp but may miss whole modes of P.");
  if (s.writing_data()) {
    const std::vector<double> xs = kit::grid(-6, 6, 241);
    std::vector<std::vector<double>> rows;
    for (double v : xs) rows.push_back({v, p.pdf(v), qf.pdf(v), qr.pdf(v)});
    s.data_file("06_fits.csv", {"x", "p", "q_forward", "q_reverse"}, rows);
  }
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"06_forward_reverse_kl", "Forward and reverse KL",
                     "Fitting one normal to a distribution with two modes: KL(P‖Q) spreads Q over both (mean-seeking), "
                     "KL(Q‖P) locks it onto one (mode-seeking)."};
  lesson.default_base(info::base::nats);
  lesson.step("A target with two modes", the_target);
  lesson.step("Forward and reverse: the same log-ratio, weighted differently", two_weightings);
  lesson.step("The landscape: the best σ for every μ", landscape);
  lesson.step("The forward fit: moment matching", forward_fit);
  lesson.step("The reverse fit: one mode", reverse_fit);
  lesson.step("Both fits against P", the_picture);
  return lesson.run(argc, argv);
}
