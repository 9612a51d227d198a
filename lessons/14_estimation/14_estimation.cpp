// Lesson 14: information measures estimated from samples.
//
// Everything so far computed H, KL and h from known distributions. Data give only draws. The lesson shows
// three estimators and how wrong they are: the plug-in entropy (the entropy of the empirical pmf), biased
// down by about (m − 1)/(2N) nats, and the Miller–Madow correction of that bias; the Monte Carlo KL, a sample
// mean with a confidence interval whose width shrinks like 1/√n; and the Kozachenko–Leonenko estimate of a
// differential entropy from nearest-neighbour distances. Every draw comes from a fixed-seed std::mt19937_64
// (whose sequence the C++ standard fixes) turned into the distribution by the lesson's own formulas
// (inverse cdf, Box–Muller), so every machine prints the same numbers.
#include "kit/lesson.hpp"

#include <info/info.hpp>

#include <boost/math/distributions/cauchy.hpp>
#include <boost/math/distributions/exponential.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/uniform.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace {

namespace bm = boost::math;

// ---------------------------------------------------------------------------------------------------
// Drawing, reproducibly. std::normal_distribution and its kin are implementation-defined (libstdc++ and
// libc++ give different numbers for the same seed); these transformations are written out here.

// A uniform number in (0, 1) from the top 53 bits of one draw, never 0 (so its logarithm is finite).
double uniform01(std::mt19937_64& rng) { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1p-53; }

// normal(μ, σ) by Box–Muller: two uniforms give two independent standard normals.
std::vector<double> draw_normal(std::mt19937_64& rng, std::size_t n, double mu = 0.0, double sigma = 1.0) {
  std::vector<double> x;
  x.reserve(n + 1);
  while (x.size() < n) {
    const double r = std::sqrt(-2.0 * std::log(uniform01(rng))), angle = 2.0 * std::numbers::pi * uniform01(rng);
    x.push_back(mu + sigma * r * std::cos(angle));
    x.push_back(mu + sigma * r * std::sin(angle));
  }
  x.resize(n);
  return x;
}

// exponential(λ) by its inverse cdf, −ln(U)/λ; uniform(a, b) as a + (b − a)U.
std::vector<double> draw_exponential(std::mt19937_64& rng, std::size_t n, double rate = 1.0) {
  std::vector<double> x(n);
  for (double& v : x) v = -std::log(uniform01(rng)) / rate;
  return x;
}
std::vector<double> draw_uniform(std::mt19937_64& rng, std::size_t n, double a = 0.0, double b = 1.0) {
  std::vector<double> x(n);
  for (double& v : x) v = a + (b - a) * uniform01(rng);
  return x;
}

// A discrete P by its inverse cdf: the outcome whose cumulative mass first exceeds U·(total).
struct discrete_sampler {
  std::vector<double> cumulative;
  explicit discrete_sampler(const info::pmf& p) {
    double sum = 0.0;
    for (Eigen::Index x = 0; x < p.size(); ++x) cumulative.push_back(sum += p(x));
  }
  long long operator()(std::mt19937_64& rng) const {
    const double u = uniform01(rng) * cumulative.back();
    const auto at = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    return std::min<long long>(at - cumulative.begin(), static_cast<long long>(cumulative.size()) - 1);
  }
};

// The counts of the outcomes seen in N draws (those never seen are left out: they add nothing to Ĥ).
std::vector<long long> counts_of_draws(std::vector<long long>& draws) {
  std::sort(draws.begin(), draws.end());
  std::vector<long long> counts;
  for (std::size_t i = 0; i < draws.size(); ++i)
    if (i == 0 || draws[i] != draws[i - 1])
      counts.push_back(1);
    else
      ++counts.back();
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// The plug-in experiment: R repetitions of N draws from P, for each N.

constexpr std::uint64_t seed = 14;
constexpr int repetitions = 400;
const std::vector<long long> sizes{10, 30, 100, 300, 1000, 3000};

struct bias_row {
  long long n;
  info::mean_estimate plugin;  // Ĥ − H over the repetitions, nats
  info::mean_estimate miller;  // Ĥ_MM − H, nats
  info::mean_estimate seen;    // m̂, outcomes observed
};

struct experiment {
  double h = 0.0;           // H(P), nats
  long long m = 0;          // outcomes with P(x) > 0
  double min_p = 0.0;       // the smallest positive mass
  double inverse_sum = 0.0; // Σ 1/P(x) over them, for the second-order term of the bias
  std::vector<bias_row> rows;
};

experiment run_experiment(const info::pmf& p) {
  experiment e;
  e.h = info::entropy(p);
  e.min_p = 1.0;
  for (Eigen::Index x = 0; x < p.size(); ++x)
    if (p(x) > 0) {
      ++e.m;
      e.min_p = std::min(e.min_p, p(x));
      e.inverse_sum += 1.0 / p(x);
    }
  const discrete_sampler draw(p);
  std::mt19937_64 rng{seed};
  for (long long n : sizes) {
    std::vector<double> plugin, miller, seen;
    std::vector<long long> draws(static_cast<std::size_t>(n));
    for (int r = 0; r < repetitions; ++r) {
      for (long long& d : draws) d = draw(rng);
      const std::vector<long long> counts = counts_of_draws(draws);
      plugin.push_back(info::plugin_entropy(counts) - e.h);
      miller.push_back(info::miller_madow_entropy(counts) - e.h);
      seen.push_back(static_cast<double>(counts.size()));
    }
    e.rows.push_back({n, info::mean_with_error(plugin), info::mean_with_error(miller), info::mean_with_error(seen)});
  }
  return e;
}

// One experiment per run (the two walkthrough steps share it; P does not change during a run).
const experiment& the_experiment(const info::pmf& p) {
  static const experiment e = run_experiment(p);
  return e;
}

// The bias of Ĥ to second order, in nats: −(m − 1)/(2N) + (1 − Σ 1/P(x))/(12N²).
double first_order(const experiment& e, long long n) { return -static_cast<double>(e.m - 1) / (2.0 * static_cast<double>(n)); }
double second_order(const experiment& e, long long n) {
  const double dn = static_cast<double>(n);
  return (1.0 - e.inverse_sum) / (12.0 * dn * dn);
}
// Where the expansion is trusted: every outcome expected at least 10 times in N draws.
bool asymptotic(const experiment& e, long long n) { return static_cast<double>(n) * e.min_p >= 10.0; }

// ---------------------------------------------------------------------------------------------------
// Step 1 (walkthrough): the plug-in entropy and its bias.
void plugin_bias(kit::step& s) {
  const info::pmf& p = s.p();
  const info::base b = s.base();
  auto u = [&](double nats) { return info::from_nats(nats, b); };
  const experiment& e = the_experiment(p);
  s.say(std::string(s.own_numbers() ? "Your P" : "P") + " has m = " + std::to_string(e.m) +
        (e.m == 1 ? " outcome" : " outcomes") + " of positive mass and H(P) = " + kit::quantity(u(e.h), s.unit()) +
        ". Given only N draws from it, the natural estimate counts each outcome, c_x times in N, and takes the "
        "entropy of the empirical pmf c_x/N: the plug-in (maximum-likelihood) entropy.");
  s.formula("Ĥ = −Σ (c_x/N) log(c_x/N)        E[Ĥ] − H(P) ≈ −(m − 1)/(2N) nats");
  s.say(
      "Ĥ is biased down: the empirical pmf fits the sample, which always looks a little more predictable "
      "than P (H is concave, so E[Ĥ] ≤ H by Jensen), and an outcome never drawn counts as impossible. A "
      "second-order Taylor expansion of −x log x around each P(x) gives the leading term −(m − 1)/(2N).");
  const long long n10 = sizes.front();
  s.predict("With N = " + std::to_string(n10) + " draws, how far below H(P) do you expect Ĥ to be, on average?",
            "About (m − 1)/(2N) = " + kit::quantity(u(-first_order(e, n10)), s.unit()) + " by the formula; measured " +
                kit::quantity(u(-e.rows.front().plugin.mean), s.unit()) + " over " + std::to_string(repetitions) +
                " samples" +
                (asymptotic(e, n10) ? "."
                                    : ". The expansion is only a guide here: N·min P(x) = " +
                                          kit::number(static_cast<double>(n10) * e.min_p, kit::fixed(2)) +
                                          " is below 10, so the rarest outcomes are often missed."));
  s.say("Each row: " + std::to_string(repetitions) +
        " samples of N draws (std::mt19937_64, seed 14, inverse cdf), the mean of Ĥ − H(P) and its standard "
        "error (the standard deviation over the samples divided by √" + std::to_string(repetitions) + "):");
  kit::table t{{"N"}, {"mean Ĥ − H", s.unit()}, {"± SE", s.unit()}, {"−(m − 1)/(2N)", s.unit()},
               {"difference / SE", "", kit::fixed(2)}};
  for (const bias_row& r : e.rows) {
    const double diff = r.plugin.mean - first_order(e, r.n);
    t.row({r.n, u(r.plugin.mean), u(r.plugin.standard_error), u(first_order(e, r.n)),
           r.plugin.standard_error > 0 ? kit::cell(diff / r.plugin.standard_error) : kit::cell("—")});
  }
  s.show(t);
  std::vector<std::string> labels;
  std::vector<double> measured, predicted;
  for (const bias_row& r : e.rows) {
    labels.push_back("N = " + std::to_string(r.n));
    measured.push_back(std::max(0.0, -u(r.plugin.mean)));
    predicted.push_back(-u(first_order(e, r.n)));
  }
  s.show(kit::bars(labels, {{"measured H − Ĥ", measured}, {"(m − 1)/(2N)", predicted}}, {.width = 40}));
  s.say(
      "Where every outcome is expected at least 10 times (N·min P(x) ≥ 10) the formula and the measurement "
      "agree to within a few standard errors; the next term of the expansion, (1 − Σ 1/P(x))/(12N²), is "
      "allowed for. With fewer draws the expansion fails and the bias departs from it, either way: rare "
      "outcomes are missed or seen once, and outcomes too rare ever to be drawn make P look as if it had "
      "fewer outcomes than m.");
  int checked = 0;
  for (const bias_row& r : e.rows) {
    if (!asymptotic(e, r.n)) continue;
    ++checked;
    s.check(info::identity("N = " + std::to_string(r.n) + ": mean Ĥ − H = −(m − 1)/(2N), within 4 SE", u(r.plugin.mean),
                           u(first_order(e, r.n)), u(4 * r.plugin.standard_error + std::abs(second_order(e, r.n)))));
  }
  if (checked == 0)
    s.note("No N here is large enough",
           "P has an outcome of mass " + kit::number(e.min_p, kit::sci(2)) + ": it needs N ≥ " +
               kit::number(std::ceil(10 / e.min_p), kit::integer()) +
               " draws to be expected 10 times, beyond the largest N of the table, so the formula is not checked.");
  if (s.writing_data()) {
    std::vector<std::vector<double>> rows;
    for (const bias_row& r : e.rows)
      rows.push_back({static_cast<double>(r.n), u(r.plugin.mean), u(r.plugin.standard_error), u(first_order(e, r.n)),
                      u(r.miller.mean), u(r.miller.standard_error)});
    s.data_file("14_plugin_bias.csv", {"N", "plugin_bias", "plugin_se", "predicted", "miller_madow_bias", "miller_madow_se"},
                rows);
    std::vector<std::vector<double>> curve;
    for (int i = 0; i <= 60; ++i) {
      const double n = 5 * std::pow(10.0, i / 20.0);  // 5 to 5000, twenty per decade
      curve.push_back({n, u(-static_cast<double>(e.m - 1) / (2 * n))});
    }
    s.data_file("14_predicted_bias.csv", {"N", "predicted"}, curve);
  }
}

// Step 2 (walkthrough): the Miller–Madow correction.
void miller_madow(kit::step& s) {
  const info::pmf& p = s.p();
  const info::base b = s.base();
  auto u = [&](double nats) { return info::from_nats(nats, b); };
  const experiment& e = the_experiment(p);
  s.say(
      "If the bias is −(m − 1)/(2N), add it back. m is unknown from data, so Miller and Madow use m̂, the "
      "number of outcomes seen in the sample:");
  s.formula("Ĥ_MM = Ĥ + (m̂ − 1)/(2N) nats");
  s.say(
      "The same samples as before. An outcome of mass P(x) is missed by all N draws with probability "
      "(1 − P(x))^N, so m̂ falls short of m on average, E[m̂] = Σ (1 − (1 − P(x))^N), and the correction is too "
      "small until every outcome turns up:");
  kit::table t{{"N"}, {"mean Ĥ − H", s.unit()}, {"mean Ĥ_MM − H", s.unit()}, {"± SE", s.unit()}, {"mean m̂", "", kit::fixed(2)},
               {"E[m̂]", "", kit::fixed(2)}};
  // E[m̂] = Σ (1 − π_x) with π_x = (1 − P(x))^N the chance that x is missed; m̂ is a sum of negatively
  // correlated indicators, so Var(m̂) ≤ Σ π_x(1 − π_x): the standard error the mean of R samples should have
  // at most (the measured one is 0 when every sample saw every outcome).
  std::vector<double> expected_seen, expected_se;
  for (const bias_row& r : e.rows) {
    double es = 0.0, var = 0.0;
    for (Eigen::Index x = 0; x < p.size(); ++x)
      if (p(x) > 0) {
        const double missed = std::exp(static_cast<double>(r.n) * std::log1p(-p(x)));
        es += 1 - missed;
        var += missed * (1 - missed);
      }
    expected_seen.push_back(es);
    expected_se.push_back(std::sqrt(var / repetitions));
    t.row({r.n, u(r.plugin.mean), u(r.miller.mean), u(r.miller.standard_error), r.seen.mean, es});
  }
  s.show(t);
  const bias_row& last = e.rows.back();
  s.predict("At N = " + std::to_string(last.n) + ", how much of the plug-in bias does the correction remove?",
            std::abs(last.plugin.mean) > 0
                ? kit::number(100 * (1 - std::abs(last.miller.mean) / std::abs(last.plugin.mean)), kit::fixed(0)) +
                      " %: the bias goes from " + kit::quantity(u(last.plugin.mean), s.unit()) + " to " +
                      kit::quantity(u(last.miller.mean), s.unit()) + "."
                : std::string("There is nothing to remove: with one outcome Ĥ = H = 0 in every sample."));
  for (std::size_t i = 0; i < e.rows.size(); ++i) {
    const bias_row& r = e.rows[i];
    s.check(info::identity("N = " + std::to_string(r.n) + ": mean m̂ = Σ (1 − (1 − P(x))^N), within 4 SE", r.seen.mean,
                           expected_seen[i], 4 * std::max(r.seen.standard_error, expected_se[i]) + 1e-12 * static_cast<double>(e.m)));
  }
  for (const bias_row& r : e.rows) {
    if (!asymptotic(e, r.n)) continue;
    s.check(info::identity("N = " + std::to_string(r.n) + ": mean Ĥ_MM − H = 0, within 4 SE", u(r.miller.mean), 0.0,
                           u(4 * r.miller.standard_error + std::abs(second_order(e, r.n)))));
    s.check(info::at_most("N = " + std::to_string(r.n) + ": |mean Ĥ_MM − H| ≤ |mean Ĥ − H|, within 4 SE",
                          u(std::abs(r.miller.mean)), u(std::abs(r.plugin.mean)), u(4 * r.miller.standard_error)));
  }
  s.say(
      "The correction costs nothing and removes most of the bias once the sample has seen every outcome; it "
      "does not reduce the spread of Ĥ, whose standard deviation shrinks only like 1/√N.");
}

// ---------------------------------------------------------------------------------------------------
// Monte Carlo KL between two densities.

constexpr double z95 = 1.959963984540054;  // the normal quantile of 0.975 (mpmath: sqrt(2)·erfinv(0.95))

// Step 3: KL as a sample mean, with its confidence interval.
void monte_carlo(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "KL(P‖Q) = E_P[log p(X) − log q(X)] is an expectation, so a sample mean estimates it: draw X₁..X_n from P, "
      "average the log-ratios, and the central limit theorem gives a confidence interval from their sample "
      "standard deviation s.");
  s.formula("KL ≈ (1/n) Σ [log p(Xᵢ) − log q(Xᵢ)] ± 1.96 · s/√n   (95 %)");
  s.say(
      "P = normal(0, 1), Q = normal(1, 2), n = 10000 draws (Box–Muller, seed 14). The quadrature value "
      "(info::kl_divergence) and the closed form log(σ_Q/σ_P) + (σ_P² + (μ_P − μ_Q)²)/(2σ_Q²) − ½ are the "
      "truth the interval should cover; so is the quadrature of a pair with no closed form, Q = cauchy(0, 1):");
  const info::density p = bm::normal(0.0, 1.0);
  const info::density q1 = bm::normal(1.0, 2.0), q2 = bm::cauchy(0.0, 1.0);
  std::mt19937_64 rng{seed};
  const std::vector<double> x = draw_normal(rng, 10000);
  kit::table t{{"Q"}, {"estimate", s.unit()}, {"SE", s.unit()}, {"95 % interval", s.unit()}, {"quadrature", s.unit()}};
  auto interval = [](const info::mean_estimate& m) {
    return "[" + kit::number(m.lower(z95)) + ", " + kit::number(m.upper(z95)) + "]";
  };
  const info::mean_estimate m1 = info::monte_carlo_kl(p, q1, x, b), m2 = info::monte_carlo_kl(p, q2, x, b);
  const info::result k1 = info::kl_divergence(p, q1, b), k2 = info::kl_divergence(p, q2, b);
  const double closed = info::kl_closed_form(p, q1, b).value();
  t.row({q1.describe(), m1.mean, m1.standard_error, interval(m1), k1.value});
  t.row({q2.describe(), m2.mean, m2.standard_error, interval(m2), k2.value});
  s.show(t);
  s.check(info::identity("KL(normal(0,1)‖normal(1,2)): estimate = quadrature, within 1.96 SE", m1.mean, k1.value,
                         z95 * m1.standard_error));
  s.check(info::identity("KL(normal(0,1)‖normal(1,2)): estimate = closed form, within 1.96 SE", m1.mean, closed,
                         z95 * m1.standard_error));
  s.check(info::identity("KL(normal(0,1)‖cauchy(0,1)): estimate = quadrature, within 1.96 SE", m2.mean, k2.value,
                         z95 * m2.standard_error));
  s.check(info::identity("KL(normal(0,1)‖normal(1,2)) = log 2 + 2/8 − ½ nats [closed form, in " + s.unit() + "]", closed,
                         info::from_nats(std::numbers::ln2 - 0.25, b), 1e-15));
  s.say(
      "A 95 % interval misses the truth in one run out of twenty; with a fixed seed this run is one of the "
      "other nineteen, on every machine. Unlike quadrature, the estimate needs only draws from P and the two "
      "log-densities: it works in a thousand dimensions, where no grid does.");
}

// Step 4: the error shrinks like 1/√n.
void root_n(kit::step& s) {
  const info::base b = s.base();
  const info::density p = bm::normal(0.0, 1.0), q = bm::normal(1.0, 2.0);
  const double truth = info::kl_closed_form(p, q, b).value();
  s.say(
      "The standard error is s/√n: a hundred times more draws buy one more correct digit. Here the log-ratio "
      "is log 2 + (1 − 2x − 3x²)/8, whose variance under normal(0, 1) is (4 + 9·2)/64 = 22/64 nats², so "
      "SE·√n should settle at √(22/64) = 0.586302 nats, whatever n is:");
  s.formula("SE = s/√n,   s → √Var_P[log p(X) − log q(X)]");
  std::mt19937_64 rng{seed + 1};
  kit::table t{{"n"}, {"estimate", s.unit()}, {"|estimate − KL|", s.unit()}, {"SE", s.unit()}, {"SE·√n", s.unit()}};
  std::vector<info::mean_estimate> runs;
  const std::vector<long long> ns{100, 1000, 10000, 100000};
  for (long long n : ns) {
    const std::vector<double> x = draw_normal(rng, static_cast<std::size_t>(n));
    const info::mean_estimate m = info::monte_carlo_kl(p, q, x, b);
    runs.push_back(m);
    t.row({n, m.mean, std::abs(m.mean - truth), m.standard_error, m.standard_error * std::sqrt(static_cast<double>(n))});
  }
  s.show(t);
  const double ratio = runs[1].standard_error / runs[3].standard_error;
  s.predict("From n = 1000 to n = 100000 draws: how much smaller does the standard error get?",
            "About √100 = 10 times: measured " + kit::number(ratio, kit::fixed(2)) + " (" +
                kit::quantity(runs[1].standard_error, s.unit()) + " to " + kit::quantity(runs[3].standard_error, s.unit()) +
                "), not 100 times.");
  const double sd = info::from_nats(std::sqrt(22.0 / 64.0), b);
  const double small_sd = runs[0].standard_error * 10.0;  // s at n = 100
  if (std::abs(runs[0].mean - truth) > z95 * runs[0].standard_error || std::abs(small_sd / sd - 1) > 0.2)
    s.say("Look at n = 100: s came out " + kit::quantity(small_sd, s.unit()) + " against the true " +
          kit::quantity(sd, s.unit()) + ", and the estimate is " +
          kit::number(std::abs(runs[0].mean - truth) / runs[0].standard_error, kit::fixed(1)) +
          " of its own SE from KL. With few draws the standard error is itself a rough estimate (the log-ratio's "
          "large values, from X far out, are rare), so a small-sample interval can mislead; from a thousand draws "
          "on it is trustworthy.");
  s.check(info::identity("n = 10000: SE·√n = the log-ratio's sd " + kit::quantity(sd, s.unit()) + ", to 5 %",
                         runs[2].standard_error * std::sqrt(1e4), sd, 0.05 * sd));
  s.check(info::identity("n = 100000: SE·√n = the log-ratio's sd " + kit::quantity(sd, s.unit()) + ", to 2 %",
                         runs[3].standard_error * std::sqrt(1e5), sd, 0.02 * sd));
  for (std::size_t i = 1; i < ns.size(); ++i)
    s.check(info::identity("n = " + std::to_string(ns[i]) + ": estimate = KL, within 3 SE", runs[i].mean, truth,
                           3 * runs[i].standard_error));
}

// ---------------------------------------------------------------------------------------------------
// Step 5: Kozachenko–Leonenko, a differential entropy from nearest neighbours.
void nearest_neighbours(kit::step& s) {
  const info::base b = s.base();
  s.say(
      "A differential entropy h = −E[log p(X)] needs p, which a sample does not give. But where p is high the "
      "points crowd together: the distance εᵢ from Xᵢ to its nearest other point is about 1/(2N p(Xᵢ)), so "
      "log εᵢ estimates −log p(Xᵢ) up to a constant. Kozachenko and Leonenko worked out the constant exactly "
      "(ψ is the digamma function, 2 the length of the interval of radius 1, εᵢ the distance from Xᵢ to its "
      "k-th nearest neighbour):");
  s.formula("ĥ = ψ(N) − ψ(k) + log 2 + (1/N) Σ log εᵢ");
  s.say(
      "Sorting the sample puts each point's neighbours beside it, so the estimate costs O(N log N). Three "
      "densities with h in closed form, N = 1000 points, k = 1, 100 samples each (seed 14):");
  struct target {
    std::string name;
    info::density d;
    std::vector<double> (*draw)(std::mt19937_64&, std::size_t);
  };
  const std::vector<target> targets{
      {"normal(0, 1)", bm::normal(0.0, 1.0), [](std::mt19937_64& r, std::size_t n) { return draw_normal(r, n); }},
      {"exponential(1)", bm::exponential(1.0), [](std::mt19937_64& r, std::size_t n) { return draw_exponential(r, n); }},
      {"uniform(0, 1)", bm::uniform(0.0, 1.0), [](std::mt19937_64& r, std::size_t n) { return draw_uniform(r, n); }}};
  std::mt19937_64 rng{seed};
  kit::table t{{"P"}, {"h", s.unit()}, {"mean ĥ", s.unit()}, {"± SE", s.unit()}, {"sd of ĥ", s.unit()},
               {"(ĥ − h)/SE", "", kit::fixed(2)}};
  std::vector<info::mean_estimate> found;
  std::vector<double> truths;
  for (const target& g : targets) {
    std::vector<double> estimates;
    for (int r = 0; r < 100; ++r) estimates.push_back(info::kozachenko_leonenko_entropy(g.draw(rng, 1000), 1, b));
    const info::mean_estimate m = info::mean_with_error(estimates);
    const double h = info::entropy_closed_form(g.d, b).value();
    found.push_back(m);
    truths.push_back(h);
    t.row({g.name, h, m.mean, m.standard_error, m.standard_error * 10.0, (m.mean - h) / m.standard_error});
  }
  s.show(t);
  for (std::size_t i = 0; i < targets.size(); ++i)
    s.check(info::identity("h(" + targets[i].name + "): mean ĥ = closed form, within 4 SE", found[i].mean, truths[i],
                           4 * found[i].standard_error));
  s.predict("One sample of N = 1000 from normal(0, 1): how far from h is a single ĥ, typically?",
            "About " + kit::quantity(found[0].standard_error * 10.0, s.unit()) +
                " (the sd of one ĥ over the 100 samples), that is " +
                kit::quantity(found[0].standard_error * 10.0 * std::sqrt(1000.0), s.unit(), kit::fixed(2)) +
                " over √1000: each log εᵢ scatters by more than a nat, and a mean of N of them by about that over "
                "√N.");
  s.say("The spread of one ĥ shrinks like 1/√N, and a larger k, averaging over wider neighbourhoods, spreads less "
        "(for a smooth density; near an edge or a sharp peak the wider neighbourhoods add bias). normal(0, 1), 20 "
        "samples each:");
  kit::table v{{"N"}, {"k"}, {"mean ĥ − h", s.unit()}, {"sd of one ĥ", s.unit()}, {"sd·√N", s.unit(), kit::fixed(3)}};
  const double hn = truths[0];
  std::vector<double> sds;
  for (long long n : {100LL, 1000LL, 10000LL})
    for (int k : {1, 4}) {
      std::vector<double> estimates;
      for (int r = 0; r < 20; ++r)
        estimates.push_back(info::kozachenko_leonenko_entropy(draw_normal(rng, static_cast<std::size_t>(n)), k, b));
      const info::mean_estimate m = info::mean_with_error(estimates);
      const double sd = m.standard_error * std::sqrt(20.0);
      sds.push_back(sd);
      v.row({n, static_cast<long long>(k), m.mean - hn, sd, sd * std::sqrt(static_cast<double>(n))});
    }
  s.show(v);
  s.check(info::at_most("k = 1: sd of ĥ at N = 10000 < sd at N = 100", sds[4], sds[0]));
  s.check(info::at_most("N = 10000: sd of ĥ with k = 4 ≤ with k = 1", sds[5], sds[4]));
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"14_estimation", "Estimation from samples",
                     "Entropy and KL from draws instead of distributions: the plug-in entropy's bias of about "
                     "−(m − 1)/(2N) and the Miller–Madow correction; a Monte Carlo KL with its confidence "
                     "interval, shrinking like 1/√n; and the Kozachenko–Leonenko nearest-neighbour entropy."};
  lesson.default_base(info::base::nats);
  lesson.takes_pmfs("0.25, 0.2, 0.15, 0.12, 0.1, 0.07, 0.05, 0.03, 0.02, 0.01");
  lesson.walkthrough("The plug-in entropy is biased down", plugin_bias);
  lesson.walkthrough("The Miller–Madow correction", miller_madow);
  lesson.step("Monte Carlo KL with a confidence interval", monte_carlo);
  lesson.step("The error shrinks like 1/√n", root_n);
  lesson.step("Kozachenko–Leonenko: entropy from nearest neighbours", nearest_neighbours);
  return lesson.run(argc, argv);
}
