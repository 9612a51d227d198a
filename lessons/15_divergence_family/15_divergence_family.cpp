// Lesson 15: the divergence family.
//
// KL is one of many ways to measure how far Q is from P. This lesson computes the others the library knows,
// total variation, the Hellinger distance, Pearson's χ² and Rényi's divergence of order α, each beside a sum
// of the lesson's own; shows Rényi's family running through KL at α = 1; checks the inequalities that tie
// them together on 2000 seeded random pairs and finds where each is tight; repeats the measures for two
// normal densities against closed forms; and ends with the multivariate normal (Eigen): its entropy from the
// eigenvalues, a KL against a Monte Carlo estimate, and the mutual information of a bivariate normal.
// Every draw comes from a fixed-seed std::mt19937_64 turned into numbers by the lesson's own formulas
// (−log U, Box–Muller), never by std::normal_distribution and its kin, whose output differs between
// standard libraries: every machine prints the same numbers.
#include "kit/lesson.hpp"

#include <info/info.hpp>

#include <boost/math/distributions/normal.hpp>

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace {

namespace bm = boost::math;
constexpr double inf = std::numeric_limits<double>::infinity();

// ---------------------------------------------------------------------------------------------------
// The lesson's own sums: the second side of each check, written from the definitions, not the library's.

struct pair_view {
  std::vector<double> p, q;  // the masses of P and Q on their common outcomes 0..n−1
};

pair_view view(const info::pmf& p, const info::pmf& q) {
  const Eigen::Index n = std::max(p.size(), q.size());
  pair_view v;
  for (Eigen::Index x = 0; x < n; ++x) {
    v.p.push_back(p(x));
    v.q.push_back(q(x));
  }
  return v;
}

// TV as the largest difference of probabilities over events: every subset A of the outcomes (2ⁿ of them).
double tv_by_events(const pair_view& v) {
  const std::size_t n = v.p.size();
  double best = 0.0;
  for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << n); ++mask) {
    double pa = 0.0, qa = 0.0;
    for (std::size_t x = 0; x < n; ++x)
      if (mask >> x & 1U) {
        pa += v.p[x];
        qa += v.q[x];
      }
    best = std::max(best, std::abs(pa - qa));
  }
  return best;
}
// The same supremum reached by one event, A = {x : P(x) > Q(x)}: for more outcomes than can be enumerated.
double tv_by_best_event(const pair_view& v) {
  double pa = 0.0, qa = 0.0;
  for (std::size_t x = 0; x < v.p.size(); ++x)
    if (v.p[x] > v.q[x]) {
      pa += v.p[x];
      qa += v.q[x];
    }
  return pa - qa;
}
// H² = 1 − Σ √(P Q), the Bhattacharyya coefficient's complement (the library sums ½Σ(√P − √Q)²).
double hellinger_sq_by_affinity(const pair_view& v) {
  double bc = 0.0;
  for (std::size_t x = 0; x < v.p.size(); ++x) bc += std::sqrt(v.p[x] * v.q[x]);
  return 1.0 - bc;
}
// χ² = Σ P²/Q − 1 (the library sums (P − Q)²/Q).
double chi_squared_by_moment(const pair_view& v) {
  double s = 0.0;
  for (std::size_t x = 0; x < v.p.size(); ++x) {
    if (v.p[x] == 0) continue;
    if (v.q[x] == 0) return inf;
    s += v.p[x] * v.p[x] / v.q[x];
  }
  return s - 1.0;
}
// KL = Σ P log(P/Q), in nats.
double kl_by_sum(const pair_view& v) {
  double s = 0.0;
  for (std::size_t x = 0; x < v.p.size(); ++x) {
    if (v.p[x] == 0) continue;
    if (v.q[x] == 0) return inf;
    s += v.p[x] * std::log(v.p[x] / v.q[x]);
  }
  return s;
}
// D_α = log(Σ P^α Q^(1−α))/(α − 1), in nats, over the common support (α ≠ 1, finite).
double renyi_by_sum(const pair_view& v, double alpha) {
  double s = 0.0;
  for (std::size_t x = 0; x < v.p.size(); ++x) {
    if (v.p[x] == 0) continue;
    if (v.q[x] == 0) {
      if (alpha > 1) return inf;
      continue;
    }
    s += std::pow(v.p[x], alpha) * std::pow(v.q[x], 1 - alpha);
  }
  return std::log(s) / (alpha - 1);
}
// Var_P[log P/Q], in nats²: the slope of D_α at α = 1 is half of it.
double log_ratio_variance(const pair_view& v) {
  double m = 0.0, m2 = 0.0;
  for (std::size_t x = 0; x < v.p.size(); ++x) {
    if (v.p[x] == 0) continue;
    const double r = std::log(v.p[x] / v.q[x]);
    m += v.p[x] * r;
    m2 += v.p[x] * r * r;
  }
  return std::max(0.0, m2 - m * m);
}

std::string pmf_text(const std::vector<double>& m) { return kit::vector_text(m.data(), m.size(), 8); }

// The two bounds on TV from KL (nats).
double pinsker(double kl) { return std::sqrt(kl / 2); }
double bretagnolle_huber(double kl) { return std::sqrt(-std::expm1(-kl)); }

// Where the two bounds cross: KL/2 = 1 − e^(−KL), by bisection (the root above 0).
double bounds_cross() {
  double lo = 0.5, hi = 3.0;
  for (int i = 0; i < 200; ++i) {
    const double mid = (lo + hi) / 2;
    (mid / 2 < -std::expm1(-mid) ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

// ---------------------------------------------------------------------------------------------------
// Step 1 (walkthrough): five measures of one pair.
void five_measures(kit::step& s) {
  const info::pmf& p = s.p();
  const info::pmf& q = s.q();
  const info::base b = s.base();
  auto u = [&](double nats) { return info::from_nats(nats, b); };
  const pair_view v = view(p, q);
  const std::size_t n = v.p.size();
  s.say(std::string(s.own_numbers() ? "Your P and Q" : "P and Q") + " on " + std::to_string(n) +
        " outcomes: P = " + pmf_text(v.p) + ", Q = " + pmf_text(v.q) +
        ". KL is one way to say how far Q is from P. Four others, each with its own use:");
  s.formula("TV(P,Q) = ½ Σ |P(x) − Q(x)| = max over events A of |P(A) − Q(A)|");
  s.formula("H²(P,Q) = ½ Σ (√P(x) − √Q(x))² = 1 − Σ √(P(x)Q(x))");
  s.formula("χ²(P‖Q) = Σ (P(x) − Q(x))²/Q(x) = Σ P(x)²/Q(x) − 1");
  s.formula("D_α(P‖Q) = log(Σ P(x)^α Q(x)^(1−α)) / (α − 1)");
  s.say("Total variation, the Hellinger distance H and Pearson's χ² are pure numbers between distributions "
        "(TV and H in [0, 1], χ² in [0, ∞)): they carry no unit, whatever --base says. KL and Rényi's D_α are "
        "logarithms, in " + s.unit() + " here.");
  const info::result tv = info::total_variation(p, q), h = info::hellinger(p, q), chi = info::chi_squared(p, q);
  const info::result kl = info::kl_divergence(p, q, b), d_half = info::renyi_divergence(p, q, 0.5, b),
                     d_two = info::renyi_divergence(p, q, 2.0, b);
  kit::table t{{"measure"}, {"value"}, {"unit"}};
  t.row({"TV(P,Q)", tv.value, "none"});
  t.row({"H(P,Q)", h.value, "none"});
  t.row({"H²(P,Q)", h.value * h.value, "none"});
  t.row({"χ²(P‖Q)", chi.value, "none"});
  t.row({"KL(P‖Q)", kl.value, s.unit()});
  t.row({"D_½(P‖Q)", d_half.value, s.unit()});
  t.row({"D_2(P‖Q)", d_two.value, s.unit()});
  s.show(t);
  constexpr std::size_t enumerable = 16;
  s.say(n <= enumerable ? "The second sides are the lesson's own sums: TV as the largest |P(A) − Q(A)| over all " +
                              std::to_string(std::uint64_t{1} << n) +
                              " events A (every subset of the outcomes), H² as 1 − Σ √(PQ), χ² as Σ P²/Q − 1, KL as "
                              "Σ P log(P/Q):"
                        : "With " + std::to_string(n) +
                              " outcomes the 2ⁿ events are too many to list; the largest |P(A) − Q(A)| is reached "
                              "at A = {x : P(x) > Q(x)}, which is the second side of TV. H² as 1 − Σ √(PQ), χ² as "
                              "Σ P²/Q − 1, KL as Σ P log(P/Q):");
  const double tv_own = n <= enumerable ? tv_by_events(v) : tv_by_best_event(v);
  s.check(info::identity("TV = max over events |P(A) − Q(A)|", tv.value, tv_own, tv.error + 1e-14 * static_cast<double>(n)));
  s.check(info::identity("H² = ½ Σ (√P − √Q)² = 1 − Σ √(PQ)", h.value * h.value, hellinger_sq_by_affinity(v),
                         2 * h.error + 1e-14 * static_cast<double>(n)));
  const double chi_own = chi_squared_by_moment(v);
  s.check(info::identity("χ² = Σ (P − Q)²/Q = Σ P²/Q − 1", chi.value, chi_own,
                         chi.error + 1e-13 * (std::isfinite(chi_own) ? 1 + chi_own : 1) * static_cast<double>(n)));
  s.check(info::identity("KL(P‖Q) = Σ P log(P/Q) [" + s.unit() + "]", kl.value, u(kl_by_sum(v)), kl.error + 1e-13));
  const bool tv_bigger = tv.value > h.value;
  s.predict("TV and H both lie in [0, 1]. For this pair, which is larger?",
            std::string(tv_bigger ? "TV" : "H") + ": TV = " + kit::number(tv.value) + ", H = " + kit::number(h.value) +
                ". Always H² ≤ TV ≤ √2·H, so neither order is forced; H is larger when the differences are spread "
                "over outcomes of small mass, where √ magnifies them.");
  s.say("They are not independent measures. Five inequalities tie them together (KL in nats in the first "
        "three; TV, H and χ² have no unit):");
  s.formula("TV ≤ √(KL/2)  (Pinsker)        TV ≤ √(1 − e^(−KL))  (Bretagnolle–Huber)");
  s.formula("KL ≤ log(1 + χ²)               H² ≤ TV ≤ √2·H");
  const double kl_nats = info::kl_divergence(p, q).value, chi_v = chi.value;
  s.check(info::at_most("Pinsker: TV ≤ √(KL/2), KL in nats", tv.value, pinsker(kl_nats), 1e-13));
  s.check(info::at_most("Bretagnolle–Huber: TV ≤ √(1 − e^(−KL))", tv.value, bretagnolle_huber(kl_nats), 1e-13));
  s.check(info::at_most("KL ≤ log(1 + χ²) [" + s.unit() + "]", kl.value, u(std::log1p(chi_v)), 1e-13));
  s.check(info::at_most("H² ≤ TV", h.value * h.value, tv.value, 1e-13));
  s.check(info::at_most("TV ≤ √2·H", tv.value, std::numbers::sqrt2 * h.value, 1e-13));
  if (std::isfinite(kl_nats)) {
    const bool pinsker_better = pinsker(kl_nats) < bretagnolle_huber(kl_nats);
    s.say("For this pair Pinsker allows TV up to " + kit::number(pinsker(kl_nats)) + " and Bretagnolle–Huber up to " +
          kit::number(bretagnolle_huber(kl_nats)) + ": " + (pinsker_better ? "Pinsker" : "Bretagnolle–Huber") +
          " says more, as it does whenever KL " + (pinsker_better ? "<" : ">") + " " +
          kit::quantity(bounds_cross(), "nats", kit::fixed(4)) + " (step 3). TV itself is " + kit::number(tv.value) + ".");
  } else {
    s.say("Q rules out an outcome P has, so KL and χ² are infinite and the first three bounds say nothing; TV = " +
          kit::number(tv.value) + " and H = " + kit::number(h.value) + " stay finite: they measure a gap that can "
          "be bridged, KL the cost of coding with a Q that calls an event impossible.");
  }
}

// Step 2 (walkthrough): Rényi's family, through KL at α = 1.
void renyi_family(kit::step& s) {
  const info::pmf& p = s.p();
  const info::pmf& q = s.q();
  const info::base b = s.base();
  auto u = [&](double nats) { return info::from_nats(nats, b); };
  const pair_view v = view(p, q);
  s.say("Rényi's divergence of order α weighs the log-ratio differently for each α: small α looks at where "
        "P and Q overlap, large α at the outcome where P/Q is largest. α = 1 is KL (the limit of the formula, "
        "0/0 at α = 1 itself), α = ∞ is log max P/Q. D_α never decreases with α.");
  s.formula("D_α(P‖Q) = log(Σ P^α Q^(1−α))/(α − 1)   →   KL(P‖Q) as α → 1");
  const double kl = info::kl_divergence(p, q, b).value;
  s.predict("Is D_½(P‖Q) larger or smaller than KL(P‖Q)? And D_2?",
            "D_½ = " + kit::quantity(info::renyi_divergence(p, q, 0.5, b).value, s.unit()) + " ≤ KL = " +
                kit::quantity(kl, s.unit()) + " ≤ D_2 = " + kit::quantity(info::renyi_divergence(p, q, 2.0, b).value, s.unit()) +
                ": D_α grows with α, and KL sits at α = 1.");
  const std::vector<double> alphas{0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0, 1.01, 1.1, 1.5, 2.0, 3.0, 5.0, 10.0, inf};
  kit::table t{{"α", "", kit::shortest()}, {"D_α library", s.unit()}, {"own sum", s.unit()}, {"difference", s.unit(), kit::sci(1)}};
  std::vector<double> values;
  double worst = 0.0;
  for (double a : alphas) {
    const double lib = info::renyi_divergence(p, q, a, b).value;
    double own = 0.0;
    if (a == 1.0) {
      own = u(kl_by_sum(v));
    } else if (std::isinf(a)) {
      own = -inf;
      for (std::size_t x = 0; x < v.p.size(); ++x)
        if (v.p[x] > 0) own = std::max(own, v.q[x] > 0 ? std::log(v.p[x] / v.q[x]) : inf);
      own = u(own);
    } else {
      own = u(renyi_by_sum(v, a));
    }
    values.push_back(lib);
    const double diff = std::isfinite(lib) && std::isfinite(own) ? std::abs(lib - own) : (lib == own ? 0.0 : inf);
    worst = std::max(worst, diff);
    t.row({std::isinf(a) ? kit::cell("∞") : kit::cell(a), lib, own, diff});
  }
  s.show(t);
  double largest = 0.0;
  for (double x : values)
    if (std::isfinite(x)) largest = std::max(largest, std::abs(x));
  s.check(info::identity("largest |library − own sum| over the table = 0 [" + s.unit() + "]", worst, 0.0,
                         1e-12 * (1 + largest)), kit::sci(1));
  bool monotone = true;
  for (std::size_t i = 1; i < values.size(); ++i) monotone = monotone && values[i] >= values[i - 1] - 1e-14;
  s.check(info::identity("D_α non-decreasing in α over the table (1 = yes)", monotone ? 1.0 : 0.0, 1.0, 0.0),
          kit::integer());
  // The curve, on a fine grid of α.
  const std::vector<double> grid = kit::grid(0.05, 5.0, 100);
  std::vector<double> curve, level;
  for (double a : grid) {
    curve.push_back(info::renyi_divergence(p, q, a, b).value);
    level.push_back(kl);
  }
  if (std::isfinite(curve.back()))
    s.show(kit::curves(grid, {{"D_α(P‖Q)", curve}, {"KL(P‖Q)", level}}, {.width = 64, .height = 12, .x_label = "α",
                                                                        .y_label = s.unit()}));
  if (!std::isfinite(kl)) {
    s.say("Q rules out an outcome P has: D_α is infinite from α = 1 on, finite below (the sum then runs over "
          "the common support).");
    return;
  }
  // α → 1: D_α = KL + (α − 1)·V/2 + O((α − 1)²), V = Var_P[log P/Q].
  const double var = log_ratio_variance(v), eps = 1e-6;
  const double below = info::renyi_divergence(p, q, 1 - eps, b).value, above = info::renyi_divergence(p, q, 1 + eps, b).value;
  s.say("Near α = 1 the family is smooth: D_α = KL + (α − 1)·V/2 + O((α − 1)²), with V = Var_P[log P/Q] = " +
        kit::quantity(u(u(var)), s.unit() + "²") +
        " (the lesson's own sum). So D at 1 ± 10⁻⁶ differs from KL by about 10⁻⁶·V/2, and the slope between them "
        "is V/2 up to a term of order 10⁻⁶:");
  s.check(info::identity("D_(1−1e-6) = KL, within 1e-6·V (twice the first-order term)", below, kl, eps * u(var) + 1e-13));
  s.check(info::identity("D_(1+1e-6) = KL, within 1e-6·V (twice the first-order term)", above, kl, eps * u(var) + 1e-13));
  s.check(info::identity("(D_(1+1e-6) − D_(1−1e-6))/2e-6 = V/2 [" + s.unit() + "]", (above - below) / (2 * eps),
                         u(var) / 2, 1e-4 * (1 + u(var))));
  s.say("Two orders are other measures in disguise, which the lesson checks with the library's H and χ² as "
        "the second side:");
  s.formula("D_½(P‖Q) = −2 log(1 − H²)        D_2(P‖Q) = log(1 + χ²)");
  const double h = info::hellinger(p, q).value, chi = info::chi_squared(p, q).value;
  s.check(info::identity("D_½ = −2 log(1 − H²) [" + s.unit() + "]", info::renyi_divergence(p, q, 0.5, b).value,
                         u(-2 * std::log1p(-h * h)), 1e-13));
  s.check(info::identity("D_2 = log(1 + χ²) [" + s.unit() + "]", info::renyi_divergence(p, q, 2.0, b).value,
                         u(std::log1p(chi)), 1e-13 * (1 + std::abs(u(std::log1p(chi))))));
}

// ---------------------------------------------------------------------------------------------------
// Random pairs, reproducibly: a uniform in (0, 1) from the top 53 bits, exponentials as −log U, normals by
// Box–Muller. std::mt19937_64's sequence is fixed by the C++ standard; these transformations are the lesson's.

double uniform01(std::mt19937_64& rng) { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1p-53; }
double standard_normal(std::mt19937_64& rng) {
  return std::sqrt(-2.0 * std::log(uniform01(rng))) * std::cos(2.0 * std::numbers::pi * uniform01(rng));
}

constexpr int outcomes = 5, pairs = 2000;
constexpr std::uint64_t seed = 15;

struct measured_pair {
  double tv, h, chi, kl;  // TV, H, χ² unitless; KL in nats
};

// Half the pairs: P and Q independent and uniform on the simplex (normalised exponentials, a Dirichlet(1)).
// The other half: Q uniform on the simplex and P ∝ Q·exp(t·z), z standard normal per outcome, t log-uniform
// on [0.001, 3]: from nearly equal to far apart.
std::vector<measured_pair> random_pairs() {
  std::mt19937_64 rng{seed};
  std::vector<measured_pair> out;
  for (int i = 0; i < pairs; ++i) {
    Eigen::ArrayXd w(outcomes), z(outcomes);
    for (double& x : z) x = -std::log(uniform01(rng));
    if (i % 2 == 0) {
      for (double& x : w) x = -std::log(uniform01(rng));
    } else {
      const double t = 0.001 * std::pow(3000.0, uniform01(rng));
      for (Eigen::Index k = 0; k < outcomes; ++k) w(k) = z(k) / z.sum() * std::exp(t * standard_normal(rng));
    }
    const info::pmf p = info::pmf::normalised(w, "P"), q = info::pmf::normalised(z, "Q");
    out.push_back({info::total_variation(p, q).value, info::hellinger(p, q).value, info::chi_squared(p, q).value,
                   info::kl_divergence(p, q).value});
  }
  return out;
}

// A scatter plot of the pairs (TV against KL) with the two bound curves, in a grid of characters.
std::string scatter(const std::vector<measured_pair>& m, double kl_max, double unit_factor, const std::string& unit) {
  const std::size_t margin = 6;
  const std::size_t width = std::min<std::size_t>(60, kit::page_width() - margin - 14), height = 14;
  std::vector<std::string> cells(width * height, " ");
  auto put = [&](double kl, double tv, const char* mark, bool over) {
    if (kl > kl_max || tv > 1) return;
    const auto c = static_cast<std::size_t>(std::lround(kl / kl_max * static_cast<double>(width - 1)));
    const auto r = static_cast<std::size_t>(std::lround(tv * static_cast<double>(height - 1)));
    std::string& cell = cells[(height - 1 - r) * width + c];
    if (over || cell == " ") cell = mark;
  };
  for (const measured_pair& x : m) put(x.kl, x.tv, "·", false);
  for (std::size_t c = 0; c < width; ++c) {
    const double kl = kl_max * static_cast<double>(c) / static_cast<double>(width - 1);
    put(kl, bretagnolle_huber(kl), "×", true);
    put(kl, pinsker(kl), "○", true);
  }
  std::string out = "  TV\n";
  for (std::size_t r = 0; r < height; ++r) {
    const std::string lab = r == 0 ? "1" : r == height - 1 ? "0" : r == (height - 1) / 2 ? "0.5" : "";
    std::string row;
    for (std::size_t c = 0; c < width; ++c) row += cells[r * width + c];
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += "  " + kit::pad(lab, margin - 2, false) + " │" + row + "\n";
  }
  out += "  " + std::string(margin - 1, ' ') + "└" ;
  for (std::size_t c = 0; c < width; ++c) out += "─";
  out += "\n";
  const std::string right = kit::number(kl_max * unit_factor, kit::fixed(1)), mid = kit::number(kl_max * unit_factor / 2, kit::fixed(1));
  std::string axis(width + 1, ' ');
  axis.replace(0, 1, "0");
  axis.replace(width / 2 - mid.size() / 2, mid.size(), mid);
  axis.replace(width + 1 - right.size(), right.size(), right);
  out += "  " + std::string(margin - 1, ' ') + axis + "  KL (" + unit + ")\n";
  // The legend, its items kept whole: on a narrow page they go on as many lines as they need.
  std::string line = "  " + std::string(margin, ' ');
  bool first = true;
  for (const char* item : {"· a random pair", "○ Pinsker √(KL/2)", "× Bretagnolle–Huber"}) {
    const std::string gap = first ? "" : "   ";
    if (!first && kit::display_width(line + gap + item) > kit::page_width()) {
      out += line + "\n";
      line = "  " + std::string(margin, ' ');
    } else {
      line += gap;
    }
    line += item;
    first = false;
  }
  out += line + "\n";
  return out;
}

// Step 3: the inequalities on 2000 random pairs, and where each is tight.
void inequalities(kit::step& s) {
  const info::base b = s.base();
  auto u = [&](double nats) { return info::from_nats(nats, b); };
  s.say("A bound is worth what its tightness is worth. " + std::to_string(pairs) + " random pairs on " +
        std::to_string(outcomes) + " outcomes (std::mt19937_64, seed 15): half of them two independent points "
        "uniform on the simplex (normalised −log U), half a Q of that kind and P ∝ Q·exp(t·z), z standard normal "
        "(Box–Muller) and t from 0.001 to 3, so that some pairs are nearly equal and some far apart. For each "
        "pair the library's TV, H, χ² and KL:");
  const std::vector<measured_pair> m = random_pairs();
  struct bound {
    std::string name;
    double (*ratio)(const measured_pair&);  // left side / right side: ≤ 1 when the bound holds
  };
  const std::vector<bound> bounds{
      {"TV ≤ √(KL/2)", [](const measured_pair& x) { return x.tv / pinsker(x.kl); }},
      {"TV ≤ √(1 − e^(−KL))", [](const measured_pair& x) { return x.tv / bretagnolle_huber(x.kl); }},
      {"KL ≤ log(1 + χ²)", [](const measured_pair& x) { return x.kl / std::log1p(x.chi); }},
      {"H² ≤ TV", [](const measured_pair& x) { return x.h * x.h / x.tv; }},
      {"TV ≤ √2·H", [](const measured_pair& x) { return x.tv / (std::numbers::sqrt2 * x.h); }}};
  kit::table t{{"bound"}, {"violations"}, {"closest: ratio", "", kit::fixed(6)}, {"its KL", s.unit()}, {"its TV"}};
  std::vector<long long> violations;
  std::vector<double> closest;
  double pinsker_at = 0.0;  // the KL of the pair closest to Pinsker's bound, nats
  for (const bound& bd : bounds) {
    long long bad = 0;
    double best = 0.0;
    std::size_t at = 0;
    for (std::size_t i = 0; i < m.size(); ++i) {
      const double r = bd.ratio(m[i]);
      if (r > 1 + 1e-12) ++bad;
      if (r > best) {
        best = r;
        at = i;
      }
    }
    violations.push_back(bad);
    if (violations.size() == 1) pinsker_at = m[at].kl;
    closest.push_back(best);
    t.row({bd.name, bad, best, u(m[at].kl), m[at].tv});
  }
  s.show(t);
  s.say("The ratio is the left side over the right: 1 would be equality. Every bound holds on every pair:");
  for (std::size_t k = 0; k < bounds.size(); ++k)
    s.check(info::identity(bounds[k].name + ": violations among " + std::to_string(pairs) + " pairs", static_cast<double>(violations[k]),
                           0.0, 0.0),
            kit::integer());
  const double cross = bounds_cross();
  s.predict("A pair with KL = 3 nats: which bound on TV says more, Pinsker's or Bretagnolle–Huber's?",
            std::string(bretagnolle_huber(3.0) < pinsker(3.0) ? "Bretagnolle–Huber" : "Pinsker") +
                ": √(1 − e^(−3)) = " + kit::number(bretagnolle_huber(3.0)) + " against √(3/2) = " +
                kit::number(pinsker(3.0)) + (pinsker(3.0) > 1 ? ", which exceeds 1 and says nothing about a TV that "
                                                                 "cannot exceed 1"
                                                               : "") +
                ". The two cross at KL = " + kit::quantity(cross, "nats", kit::fixed(4)) + ".");
  s.say("Where each bound is tight: pairs grouped by KL (in nats, as the bounds are written), the mean of TV "
        "over each bound, and the better bound for the group:");
  const std::vector<double> edges{0.0, 0.001, 0.01, 0.1, 0.5, 1.0, 2.0, 4.0, inf};
  kit::table g{{"KL from (nats)", "", kit::shortest()}, {"to", "", kit::shortest()}, {"pairs"},
               {"TV/Pinsker", "", kit::fixed(3)}, {"TV/B–H", "", kit::fixed(3)}, {"better"}};
  double ratio_near = 0.0, ratio_far_bh = 0.0, ratio_far_p = 0.0;
  for (std::size_t k = 0; k + 1 < edges.size(); ++k) {
    long long count = 0;
    double rp = 0.0, rb = 0.0, mid = 0.0;
    for (const measured_pair& x : m)
      if (x.kl >= edges[k] && x.kl < edges[k + 1]) {
        ++count;
        rp += x.tv / pinsker(x.kl);
        rb += x.tv / bretagnolle_huber(x.kl);
        mid += x.kl;
      }
    if (count == 0) continue;
    const double dc = static_cast<double>(count);
    if (k == 1) ratio_near = rp / dc;
    if (k + 2 == edges.size()) {
      ratio_far_bh = rb / dc;
      ratio_far_p = rp / dc;
    }
    g.row({edges[k], std::isinf(edges[k + 1]) ? kit::cell("∞") : kit::cell(edges[k + 1]), count, rp / dc, rb / dc,
           mid / dc < cross ? "Pinsker" : "B–H"});
  }
  s.show(g);
  s.say("Pinsker's bound is tight for nearly equal pairs: the pair closest to it of all " + std::to_string(pairs) +
        " reaches " + kit::number(closest[0], kit::fixed(3)) + " of it at KL = " + kit::quantity(pinsker_at, "nats", kit::sci(2)) +
        ", and the mean ratio for KL between 0.001 and 0.01 nats is " + kit::number(ratio_near, kit::fixed(3)) +
        ". Far apart, Pinsker's bound passes 1 and Bretagnolle–Huber's, "
        "which never does, takes over (above 4 nats TV reaches " + kit::number(ratio_far_bh, kit::fixed(3)) +
        " of it on average, and only " + kit::number(ratio_far_p, kit::fixed(3)) + " of Pinsker's).");
  s.check(info::at_most("mean TV/Pinsker: above 4 nats ≤ for KL in [0.001, 0.01)", ratio_far_p, ratio_near));
  s.check(info::at_most("above 4 nats: mean TV/Pinsker ≤ mean TV/Bretagnolle–Huber", ratio_far_p, ratio_far_bh));
  s.check(info::identity("the bounds cross where KL/2 = 1 − e^(−KL) [nats]", cross / 2, -std::expm1(-cross), 1e-12));
  s.show(scatter(m, 3.0, u(1.0), s.unit()));
  s.say("Every point lies below both curves. The points nearest Pinsker's curve are pairs whose difference "
        "moves mass between two outcomes only; the wide band below shows how little KL says about TV alone.");
  if (s.writing_data()) {
    std::vector<std::vector<double>> rows;
    for (const measured_pair& x : m) rows.push_back({u(x.kl), x.tv, x.h, x.chi});
    s.data_file("15_random_pairs.csv", {"KL", "TV", "H", "chi2"}, rows);
    std::vector<std::vector<double>> curve{{0.0, 0.0, 0.0}};
    for (int i = 0; i <= 439; ++i) {  // KL from 1e-8 to 6 nats, fifty points per decade
      const double kl = 1e-8 * std::pow(10.0, i / 50.0);
      curve.push_back({u(kl), pinsker(kl), bretagnolle_huber(kl)});
    }
    s.data_file("15_bounds.csv", {"KL", "pinsker", "bretagnolle_huber"}, curve);
  }
}

// ---------------------------------------------------------------------------------------------------
// Step 4: the same measures for two normal densities.

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::numbers::sqrt2); }
double log_normal_pdf(double x, double mu, double sigma) {
  const double z = (x - mu) / sigma;
  return -0.5 * z * z - std::log(sigma) - 0.5 * std::log(2 * std::numbers::pi);
}

void densities(kit::step& s) {
  const info::base b = s.base();
  auto u = [&](double nats) { return info::from_nats(nats, b); };
  const double m1 = 0.0, s1 = 1.0, m2 = 1.0, s2 = 2.0;
  const info::density p = bm::normal(m1, s1), q = bm::normal(m2, s2);
  s.say("The same measures for densities, sums becoming integrals: P = normal(0, 1), Q = normal(1, 2). The "
        "library integrates TV, H and Rényi below 1 by quadrature, and gives χ² and Rényi above 1 by closed "
        "form for two normals only. The second sides are the lesson's own:");
  s.say("TV: p > q exactly between the two roots x₁ < x₂ of log p(x) = log q(x) (a quadratic), so the best "
        "event is A = [x₁, x₂] and TV = P(A) − Q(A) from the normal cdf. H: the closed form for two normals. χ² "
        "and D_α: a trapezoid sum of p^α q^(1−α) on [−40, 40] with 8001 points (smooth, fast-decaying "
        "integrands, for which the trapezoid rule converges geometrically).");
  s.formula("H² = 1 − √(2σ₁σ₂/(σ₁² + σ₂²)) · exp(−(μ₁ − μ₂)²/(4(σ₁² + σ₂²)))");
  // The roots of log p = log q: a x² + b x + c = 0.
  const double qa = 1 / (2 * s2 * s2) - 1 / (2 * s1 * s1), qb = m1 / (s1 * s1) - m2 / (s2 * s2),
               qc = m2 * m2 / (2 * s2 * s2) - m1 * m1 / (2 * s1 * s1) + std::log(s2 / s1);
  const double disc = std::sqrt(qb * qb - 4 * qa * qc);
  const double x1 = std::min((-qb - disc) / (2 * qa), (-qb + disc) / (2 * qa)),
               x2 = std::max((-qb - disc) / (2 * qa), (-qb + disc) / (2 * qa));
  const double tv_own = (normal_cdf((x2 - m1) / s1) - normal_cdf((x1 - m1) / s1)) -
                        (normal_cdf((x2 - m2) / s2) - normal_cdf((x1 - m2) / s2));
  const double h2_own = 1 - std::sqrt(2 * s1 * s2 / (s1 * s1 + s2 * s2)) *
                                std::exp(-(m1 - m2) * (m1 - m2) / (4 * (s1 * s1 + s2 * s2)));
  auto trapezoid = [&](double alpha) {  // ∫ p^α q^(1−α) dx
    const int n = 8000;
    const double lo = -40, hi = 40, dx = (hi - lo) / n;
    double sum = 0.0;
    for (int i = 0; i <= n; ++i) {
      const double x = lo + dx * i;
      const double f = std::exp(alpha * log_normal_pdf(x, m1, s1) + (1 - alpha) * log_normal_pdf(x, m2, s2));
      sum += (i == 0 || i == n) ? f / 2 : f;
    }
    return sum * dx;
  };
  const info::result tv = info::total_variation(p, q), h = info::hellinger(p, q), chi = info::chi_squared(p, q);
  const double chi_own = trapezoid(2.0) - 1;
  kit::table t{{"measure"}, {"library"}, {"lesson's own"}, {"unit"}, {"library's method"}};
  t.row({"TV", tv.value, tv_own, "none", "quadrature"});
  t.row({"H²", h.value * h.value, h2_own, "none", "quadrature"});
  t.row({"χ²(P‖Q)", chi.value, chi_own, "none", "closed form"});
  std::vector<std::pair<double, double>> renyi;
  for (double a : {0.5, 0.9, 2.0, 3.0}) {
    const info::result d = info::renyi_divergence(p, q, a, b);
    const double own = u(std::log(trapezoid(a)) / (a - 1));
    renyi.emplace_back(d.value, own);
    t.row({"D_" + kit::number(a, kit::shortest()) + "(P‖Q)", d.value, own, s.unit(), a < 1 ? "quadrature" : "closed form"});
  }
  const double kl = info::kl_divergence(p, q, b).value,
               kl_own = u(std::log(s2 / s1) + (s1 * s1 + (m1 - m2) * (m1 - m2)) / (2 * s2 * s2) - 0.5);
  t.row({"KL(P‖Q)", kl, kl_own, s.unit(), "closed form"});
  s.show(t);
  s.check(info::identity("TV by quadrature = P(A) − Q(A), A = [x₁, x₂]", tv.value, tv_own, tv.error + 1e-12));
  s.check(info::identity("H² by quadrature = closed form", h.value * h.value, h2_own, 2 * h.error + 1e-12));
  s.check(info::identity("χ² closed form = trapezoid ∫ p²/q − 1", chi.value, chi_own, 1e-10));
  for (std::size_t i = 0; i < renyi.size(); ++i)
    s.check(info::identity("D_" + kit::number(std::array{0.5, 0.9, 2.0, 3.0}[i], kit::shortest()) +
                               " = trapezoid [" + s.unit() + "]",
                           renyi[i].first, renyi[i].second, 1e-9));
  s.check(info::identity("D_½ = −2 log(1 − H²) [" + s.unit() + "]", renyi[0].first, u(-2 * std::log1p(-h.value * h.value)), 1e-9));
  s.check(info::identity("D_2 = log(1 + χ²) [" + s.unit() + "]", renyi[2].first, u(std::log1p(chi.value)), 1e-12));
  const info::result chi_back = info::chi_squared(q, p);
  s.predict("Swap them: χ²(normal(1, 2) ‖ normal(0, 1)). Finite?",
            std::isinf(chi_back.value)
                ? "No, +∞: ∫ q²/p has the integrand exp(−x²/4 + x²/2 + …), which grows. χ²(Q‖P) is finite only "
                  "when 2σ_P² > σ_Q², here 2 < 4: a model narrower than the truth is punished without limit."
                : "Yes: " + kit::number(chi_back.value) + ".");
  s.check(info::identity("χ²(normal(1,2)‖normal(0,1)) = +∞ (1 = yes)", std::isinf(chi_back.value) ? 1.0 : 0.0, 1.0, 0.0),
          kit::integer());
}

// ---------------------------------------------------------------------------------------------------
// Step 5: the multivariate normal, with Eigen.

// One draw from N(μ, LLᵀ): μ + L z, z by Box–Muller.
Eigen::VectorXd draw(std::mt19937_64& rng, const info::mvnormal& d) {
  Eigen::VectorXd z(d.dimension());
  for (Eigen::Index i = 0; i < z.size(); ++i) z(i) = standard_normal(rng);
  return d.mean() + Eigen::MatrixXd(d.cholesky().matrixL()) * z;
}
// log N(x; μ, Σ) by the lesson's own Cholesky factorisation, in nats.
double log_density(const Eigen::VectorXd& x, const Eigen::VectorXd& mu, const Eigen::MatrixXd& sigma) {
  const Eigen::LLT<Eigen::MatrixXd> llt(sigma);
  const Eigen::VectorXd w = llt.matrixL().solve(x - mu);
  const double log_det = 2 * llt.matrixLLT().diagonal().array().log().sum();
  return -0.5 * (static_cast<double>(x.size()) * std::log(2 * std::numbers::pi) + log_det + w.squaredNorm());
}

void multivariate(kit::step& s) {
  const info::base b = s.base();
  auto u = [&](double nats) { return info::from_nats(nats, b); };
  Eigen::MatrixXd sp(3, 3), sq(3, 3);
  sp << 2.0, 0.6, 0.3, 0.6, 1.0, 0.2, 0.3, 0.2, 0.5;
  sq << 1.5, 0.0, 0.4, 0.0, 1.2, 0.0, 0.4, 0.0, 1.0;
  Eigen::VectorXd mp(3), mq(3);
  mp << 0.0, 1.0, -1.0;
  mq << 0.5, 0.5, 0.0;
  const info::mvnormal p(mp, sp), q(mq, sq);
  s.say("A normal in k dimensions, N(μ, Σ), has its entropy and KL in closed form through log det Σ, which "
        "the library takes from the Cholesky factor Σ = LLᵀ (never det Σ itself, which underflows in many "
        "dimensions). In three dimensions, P = N(μ_P, Σ_P) and Q = N(μ_Q, Σ_Q) with");
  s.formula("μ_P = (0, 1, −1), Σ_P = [[2, 0.6, 0.3], [0.6, 1, 0.2], [0.3, 0.2, 0.5]]");
  s.formula("μ_Q = (0.5, 0.5, 0), Σ_Q = [[1.5, 0, 0.4], [0, 1.2, 0], [0.4, 0, 1]]");
  s.formula("h(P) = ½ log det(2πe Σ) = (k/2) log(2πe) + ½ Σᵢ log λᵢ");
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(sp);
  const Eigen::VectorXd lambda = eig.eigenvalues();
  const double h_own = u(1.5 * std::log(2 * std::numbers::pi * std::numbers::e) + 0.5 * lambda.array().log().sum());
  s.say("The second side takes the eigenvalues λᵢ of Σ_P (Eigen's SelfAdjointEigenSolver): " +
        kit::number(lambda(0)) + ", " + kit::number(lambda(1)) + ", " + kit::number(lambda(2)) + ".");
  const double h = info::entropy(p, b);
  s.result("h(P)", h, s.unit());
  s.check(info::identity("h(P) by Cholesky = ½ Σ log λᵢ + (3/2) log 2πe [" + s.unit() + "]", h, h_own, 1e-13));
  s.formula("KL(P‖Q) = ½ [tr(Σ_Q⁻¹Σ_P) + δᵀΣ_Q⁻¹δ − k + log(det Σ_Q / det Σ_P)],  δ = μ_Q − μ_P");
  const int draws = 20000;
  std::mt19937_64 rng{seed};
  std::vector<double> ratios;
  for (int i = 0; i < draws; ++i) {
    const Eigen::VectorXd x = draw(rng, p);
    ratios.push_back(u(log_density(x, mp, sp) - log_density(x, mq, sq)));
  }
  const info::mean_estimate mc = info::mean_with_error(ratios);
  const double kl = info::kl_divergence(p, q, b);
  s.say("The second side is a Monte Carlo mean of log p(X) − log q(X) over " + std::to_string(draws) +
        " draws X = μ_P + L_P z (z by Box–Muller, seed 15), each log-density by the lesson's own Cholesky "
        "solve:");
  s.result("KL(P‖Q), closed form", kl, s.unit());
  s.say("Monte Carlo: " + kit::quantity(mc.mean, s.unit()) + " ± " + kit::quantity(mc.standard_error, s.unit()) +
        " (one standard error), " + kit::number(std::abs(mc.mean - kl) / mc.standard_error, kit::fixed(2)) +
        " SE from the closed form.");
  s.check(info::identity("KL(P‖Q) closed form = Monte Carlo, within 4 SE [" + s.unit() + "]", kl, mc.mean,
                         4 * mc.standard_error));
  // Mutual information of a bivariate normal.
  s.say("Mutual information is a KL too: I(X;Y) = KL(P_XY ‖ P_X P_Y). For a bivariate normal with "
        "correlation ρ it depends on ρ alone, not on the variances. Three sides for σ_X = 2, σ_Y = 0.5: the "
        "formula −½ log(1 − ρ²); the covariance blocks, ½ log(det Σ_X det Σ_Y / det Σ); and the KL of the "
        "joint normal from the product of its marginals (the same Σ with ρ set to 0):");
  s.formula("I(X;Y) = −½ log(1 − ρ²) = ½ log(σ_X² σ_Y² / det Σ) = KL(N(0, Σ) ‖ N(0, diag Σ))");
  kit::table t{{"ρ", "", kit::shortest()}, {"−½ log(1 − ρ²)", s.unit()}, {"from blocks", s.unit()}, {"KL joint‖product", s.unit()}};
  const double sx = 2.0, sy = 0.5;
  double worst = 0.0, i90 = 0.0, i99 = 0.0;
  for (double rho : {0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999}) {
    Eigen::MatrixXd c(2, 2), d(2, 2);
    c << sx * sx, rho * sx * sy, rho * sx * sy, sy * sy;
    d << sx * sx, 0.0, 0.0, sy * sy;
    const info::mvnormal joint(Eigen::VectorXd::Zero(2), c), product(Eigen::VectorXd::Zero(2), d);
    const double formula = info::mutual_information_bivariate(rho, b), blocks = info::mutual_information(joint, 1, b),
                 as_kl = info::kl_divergence(joint, product, b);
    worst = std::max({worst, std::abs(formula - blocks) / (1 + formula), std::abs(formula - as_kl) / (1 + formula)});
    if (rho == 0.9) i90 = formula;
    if (rho == 0.99) i99 = formula;
    t.row({rho, formula, blocks, as_kl});
  }
  s.show(t);
  s.check(info::identity("largest difference between the three sides / (1 + I) = 0", worst, 0.0, 1e-12), kit::sci(1));
  s.predict("From ρ = 0.9 to ρ = 0.99: how much more information does X carry about Y?",
            kit::quantity(i99 - i90, s.unit()) + " more (" + kit::quantity(i90, s.unit()) + " to " +
                kit::quantity(i99, s.unit()) + "): each factor 10 closer to |ρ| = 1 adds about ½ log 10, and I is "
                "infinite at |ρ| = 1, where Y is a function of X.");
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"15_divergence_family", "The divergence family",
                     "Total variation, Hellinger, Pearson's χ² and Rényi's D_α beside KL: how they are computed, "
                     "the identities and inequalities between them (Pinsker, Bretagnolle–Huber) tested on random "
                     "pairs, the same for densities, and the multivariate normal's entropy, KL and mutual "
                     "information."};
  lesson.default_base(info::base::nats);
  lesson.takes_pmfs("0.42, 0.31, 0.27", "0.25, 0.5, 0.25");
  lesson.walkthrough("Five measures of one pair", five_measures);
  lesson.walkthrough("Rényi's divergence: a family through KL", renyi_family);
  lesson.step("The inequalities on 2000 random pairs", inequalities);
  lesson.step("Densities: two normals", densities);
  lesson.step("The multivariate normal", multivariate);
  return lesson.run(argc, argv);
}
