// Total variation, Hellinger, chi-squared and Rényi, against reference values computed independently with
// mpmath 1.3.0 at mp.dps = 30 (/usr/bin/python3; inputs are the tests' doubles, mpf(float(x))): the defining
// sums term by term; Poisson pairs by their closed forms sum P^a Q^(1-a) = exp(lp^a lq^(1-a) - a lp - (1-a) lq)
// and 1 + chi2 = exp((lp - lq)^2 / lq); densities by mp.quad of the defining integrals split at -5, -1, 0, 1,
// 2, 5. The digits quoted are mpmath's, rounded to 20 significant digits.
#include <info/continuous_measures.hpp>
#include <info/discrete_families.hpp>
#include <info/discrete_measures.hpp>
#include <info/divergences.hpp>
#include <info/error.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <vector>

using namespace info;
namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
const pmf R{0.42, 0.31, 0.27};
const pmf S({0.25, 0.5, 0.25}, "Q");

// |a - b| <= rel |b|
bool near(double a, double b, double rel) { return std::abs(a - b) <= rel * std::abs(b); }
}  // namespace

TEST_SUITE("divergences") {
  TEST_CASE("TV, Hellinger and chi-squared of R and S against mpmath") {
    CHECK(near(total_variation(R, S), 0.19000000000000000222, 1e-14));
    CHECK(near(hellinger(R, S), 0.14984975890432671062, 1e-14));
    CHECK(near(chi_squared(R, S), 0.18939999999999998339, 1e-14));
    CHECK(near(chi_squared(S, R), 0.18674261819423109351, 1e-14));
    CHECK(total_variation(R, S).method == method::sum);
    CHECK(total_variation(R, S).error < 1e-15);
    CHECK(total_variation(R, R) == 0.0);
    CHECK(hellinger(R, R) == 0.0);
    CHECK(chi_squared(R, R) == 0.0);
  }

  TEST_CASE("Rényi divergence of R and S at 0.1, 0.5, 2, 3 and infinity against mpmath") {
    CHECK(near(renyi_divergence(R, S, 0.1), 0.00903201989680260343, 1e-14));
    CHECK(near(renyi_divergence(R, S, 0.5), 0.045421802954696193048, 1e-14));
    CHECK(near(renyi_divergence(R, S, 2), 0.17344897829035623607, 1e-14));
    CHECK(near(renyi_divergence(R, S, 3), 0.24105872981462344605, 1e-14));
    CHECK(near(renyi_divergence(R, S, inf), 0.51879379341516751971, 1e-14));
    CHECK(near(renyi_divergence(R, S, 2, base::bits), 0.17344897829035623607 / std::numbers::ln2, 1e-14));
    CHECK(renyi_divergence(R, R, 0.5) == 0.0);
    CHECK(renyi_divergence(R, R, 2) == 0.0);
  }

  TEST_CASE("Rényi divergence next to alpha = 1 runs into KL") {
    const double kl = 0.090481776048795073998;  // mpmath
    CHECK(near(renyi_divergence(R, S, 1 + 1e-9), 0.090481776137442405881, 1e-14));
    CHECK(near(renyi_divergence(R, S, 1 - 1e-9), 0.090481775960147751949, 1e-14));
    CHECK(near(renyi_divergence(R, S, 1), kl, 1e-14));
    // dD/dalpha at 1 is Var_P[log P/Q]/2 = 0.0886473245521292957 (mpmath): D(1 + 1e-6) - KL is 1e-6 of it,
    // to first order, and positive (D is non-decreasing in alpha)
    const double step = renyi_divergence(R, S, 1 + 1e-6) - kl;
    CHECK(step > 0);
    CHECK(near(step, 8.8647320551082730135e-8, 1e-6));  // mpmath: the difference itself, to the sum's rounding
    CHECK(near(step / 1e-6, 0.0886473245521292957, 1e-5));
  }

  TEST_CASE("Rényi entropy of R at 0, 0.5, 1, 2, infinity against mpmath") {
    CHECK(near(renyi_entropy(R, 0), std::log(3.0), 1e-15));
    CHECK(near(renyi_entropy(R, 0.5), 1.0898345828745252828, 1e-14));
    CHECK(near(renyi_entropy(R, 1), 1.0809369590975125005, 1e-14));
    CHECK(near(renyi_entropy(R, 1 + 1e-9), 1.0809369590796412948, 1e-14));
    CHECK(near(renyi_entropy(R, 2), 1.0630521132695588392, 1e-14));
    CHECK(near(renyi_entropy(R, inf), 0.86750056770472309913, 1e-15));
    CHECK(near(renyi_entropy(pmf{0.25, 0.25, 0.25, 0.25}, 2, base::bits), 2.0, 1e-15));
    CHECK(renyi_entropy(to_pmf(boost::math::poisson(4)), 0) == inf);
  }

  TEST_CASE("alpha <= 0 or NaN is refused, with the way to KL") {
    CHECK_THROWS_WITH_AS(renyi_divergence(R, S, 0), doctest::Contains("alpha must be > 0"), invalid_input);
    CHECK_THROWS_WITH_AS(renyi_divergence(R, S, -1), doctest::Contains("alpha = 1 for KL"), invalid_input);
    CHECK_THROWS_AS(renyi_divergence(R, S, std::nan("")), invalid_input);
    CHECK_THROWS_WITH_AS(renyi_entropy(R, -0.5), doctest::Contains("alpha must be >= 0"), invalid_input);
    CHECK_THROWS_AS(renyi_entropy(R, std::nan("")), invalid_input);
  }

  TEST_CASE("Q rules out an outcome of P: chi-squared and Rényi of order >= 1 infinite, below 1 finite") {
    const pmf p{0.5, 0.5};
    const pmf q({1.0, 0.0}, "Q");
    CHECK(chi_squared(p, q) == inf);
    CHECK(chi_squared(p, q).reason == "support");
    CHECK(renyi_divergence(p, q, 2) == inf);
    CHECK(renyi_divergence(p, q, inf) == inf);
    CHECK(renyi_divergence(p, q, 1 + 1e-9) == inf);
    // sum sqrt(PQ) = sqrt(1/2): D_1/2 = -2 log sqrt(1/2) = log 2
    CHECK(near(renyi_divergence(p, q, 0.5), std::numbers::ln2, 1e-15));
    CHECK(std::isfinite(renyi_divergence(p, q, 0.999)));
    // the other way round nothing is ruled out
    CHECK(near(chi_squared(q, p), 1.0, 1e-15));  // (1/2)^2/(1/2) twice
    // a shorter pmf is 0 beyond its end
    CHECK(chi_squared(pmf{0.5, 0.25, 0.25}, pmf{0.5, 0.5}) == inf);
    CHECK(near(total_variation(pmf{0.5, 0.25, 0.25}, pmf{0.5, 0.5}), 0.25, 1e-15));
  }

  TEST_CASE("disjoint supports: TV and Hellinger 1, Rényi infinite at every order") {
    const pmf p{1.0, 0.0};
    const pmf q({0.0, 1.0}, "Q");
    CHECK(total_variation(p, q) == 1.0);
    CHECK(hellinger(p, q) == 1.0);
    CHECK(renyi_divergence(p, q, 0.5) == inf);
    CHECK(renyi_divergence(p, q, 0.5).reason == "disjoint supports");
    CHECK(renyi_divergence(p, q, 3) == inf);
  }

  TEST_CASE("Poisson against binomial: the Poisson's infinite support decides") {
    const pmf pois = to_pmf(boost::math::poisson(4), "P");
    const pmf binom = to_pmf(boost::math::binomial(10, 0.5), "Q");
    CHECK(near(total_variation(pois, binom), 0.27221636735469309704, 1e-13));
    CHECK(near(total_variation(binom, pois), 0.27221636735469309704, 1e-13));
    CHECK(near(hellinger(pois, binom), 0.24832719480970719318, 1e-13));
    CHECK(chi_squared(pois, binom) == inf);  // the Poisson has mass beyond 10
    CHECK(near(chi_squared(binom, pois), 0.39413072351868229798, 1e-13));
    CHECK(renyi_divergence(pois, binom, 2) == inf);
    CHECK(renyi_divergence(pois, binom, inf) == inf);
    CHECK(near(renyi_divergence(pois, binom, 0.5), 0.12729947656590820057, 1e-13));
    CHECK(near(renyi_divergence(binom, pois, 0.5), 0.12729947656590820057, 1e-13));
    CHECK(near(renyi_divergence(binom, pois, 2), 0.3322710837800191443, 1e-13));
  }

  TEST_CASE("two Poissons: the sums go on past the cut (closed forms by mpmath)") {
    const pmf p4 = to_pmf(boost::math::poisson(4), "P");
    const pmf p5 = to_pmf(boost::math::poisson(5), "Q");
    CHECK(near(chi_squared(p4, p5), 0.22140275816016983392, 1e-13));
    CHECK(near(renyi_divergence(p4, p5, 0.5), 0.055728090000841214363, 1e-13));
    CHECK(near(renyi_divergence(p4, p5, 2), 0.2, 1e-13));
    // poisson(10) against poisson(1): the chi-squared terms peak near k = 100, far past either cut
    const pmf p10 = to_pmf(boost::math::poisson(10), "P");
    const pmf p1 = to_pmf(boost::math::poisson(1), "Q");
    CHECK(near(chi_squared(p10, p1), 1.5060973145850305484e+35, 1e-12));
    CHECK(near(renyi_divergence(p10, p1, 2), 81.0, 1e-13));
    CHECK(near(renyi_divergence(p10, p1, 0.5), 4.675444679663241336, 1e-13));
    // P/Q = 10^k e^-9 grows without bound
    CHECK(renyi_divergence(p10, p1, inf) == inf);
    // and the other way it is largest at k = 0: log(e^-1 / e^-10) = 9
    CHECK(near(renyi_divergence(p1, p10, inf), 9.0, 1e-14));
  }

  TEST_CASE("two Poissons next to alpha = 1, and Rényi entropy of a Poisson (mpmath: mp.nsum at 40 digits)") {
    const pmf p4 = to_pmf(boost::math::poisson(4), "P");
    const pmf p5 = to_pmf(boost::math::poisson(5), "Q");
    // the near-1 form carries on past the cut term by term: summing P^a Q^(1-a) and P there apart would
    // leave a rounding of 1e-17 in a sum of 1e-10, 1e-7 of the result
    CHECK(near(renyi_divergence(p4, p5, 1 + 1e-9), 0.10742579484274707415, 1e-14));
    CHECK(near(renyi_divergence(p4, p5, 1 - 1e-9), 0.10742579464357489076, 1e-14));
    CHECK(near(renyi_entropy(p4, 0.5), 2.2586565596900847533, 1e-14));
    CHECK(near(renyi_entropy(p4, 2), 1.9418957445721860546, 1e-14));
    CHECK(near(renyi_entropy(p4, 1 + 1e-9), 2.0866726996511158571, 1e-14));
  }

  TEST_CASE("masses far below the smallest double still carry Rényi terms (mpmath: sums of exp of log masses)") {
    // binomial(48, 1.5e-300): P(48) = 1.5e-300^48 is 0 in a double, P(48)^0.001 = e^-33 is not
    const pmf b = to_pmf(boost::math::binomial(48, 1.5e-300), "P");
    const pmf h = to_pmf(boost::math::binomial(48, 0.5), "Q");
    CHECK(near(renyi_divergence(b, h, 0.001), 13.744738121429249070, 1e-13));
    CHECK(near(renyi_divergence(b, h, 2), 33.271064666877374852, 1e-13));
    CHECK(near(renyi_entropy(b, 0.001), 0.69999913589881096520, 1e-13));
    CHECK(near(chi_squared(b, h), 281474976710655.0, 1e-13));
    // the other way chi-squared is finite but beyond the largest double: +infinity, marked as an overflow
    CHECK(chi_squared(h, b) == inf);
    CHECK(chi_squared(h, b).reason == "overflow");
  }

  TEST_CASE("two geometrics: chi-squared diverges in the tail") {
    const pmf p = to_pmf(boost::math::geometric(0.1), "P");
    const pmf q = to_pmf(boost::math::geometric(0.5), "Q");
    // P^2/Q = 0.02 * 1.62^k
    CHECK(chi_squared(p, q) == inf);
    CHECK(chi_squared(p, q).reason == "tail");
    // the other way: sum Q^2/P = (0.25/0.1) sum (0.25/0.9)^k = 2.5 / (1 - 0.25/0.9) = 3.4615..., chi2 = that - 1
    CHECK(near(chi_squared(q, p), 2.5 / (1 - 0.25 / 0.9) - 1, 1e-13));
  }

  TEST_CASE("the inequalities between the measures, on 1000 random pairs") {
    std::mt19937_64 rng(20261203);
    std::uniform_int_distribution<int> size(2, 8);
    std::gamma_distribution<double> draw(0.7, 1.0);  // Dirichlet(0.7, ..., 0.7) by normalised gamma draws
    auto random_pmf = [&](int n, const char* name) {
      Eigen::ArrayXd w(n);
      for (int i = 0; i < n; ++i) w[i] = draw(rng);
      return pmf::normalised(w, name);
    };
    int checked = 0;
    for (int i = 0; i < 1000; ++i) {
      const int n = size(rng);
      const pmf p = random_pmf(n, "P"), q = random_pmf(n, "Q");
      const double tv = total_variation(p, q), h = hellinger(p, q), chi2 = chi_squared(p, q);
      const double kl = kl_divergence(p, q);
      constexpr double slack = 1e-12;
      CHECK(tv <= std::sqrt(kl / 2) * (1 + slack) + 1e-300);           // Pinsker
      CHECK(tv <= std::sqrt(-std::expm1(-kl)) * (1 + slack) + 1e-300);  // Bretagnolle-Huber
      CHECK(kl <= std::log1p(chi2) * (1 + slack));                      // KL = D_1 <= D_2 = log(1 + chi2)
      CHECK(h * h <= tv * (1 + slack));                                 // Le Cam, with H^2 = (1/2) sum (...)^2
      CHECK(tv <= std::sqrt(2.0) * h * (1 + slack));
      // the same quantities by other routes: D_2 = log(1 + chi2), D_1/2 = -2 log(1 - H^2)
      // (to 1e-12, and 1e-15 absolute: the normalised masses sum to 1 within a few eps, and the two routes use
      // that sum differently, which shows where the divergence itself is below 1e-4)
      CHECK(std::abs(renyi_divergence(p, q, 2) - std::log1p(chi2)) <= 1e-12 * std::log1p(chi2) + 1e-15);
      CHECK(std::abs(renyi_divergence(p, q, 0.5) + 2 * std::log1p(-h * h)) <= -2e-12 * std::log1p(-h * h) + 1e-15);
      // non-decreasing in alpha
      const double orders[] = {0.1, 0.5, 0.9, 1 - 1e-7, 1, 1 + 1e-7, 1.5, 2, 5, inf};
      double last = 0;
      for (double a : orders) {
        const double d = renyi_divergence(p, q, a);
        CHECK(d >= last * (1 - slack));
        last = d;
      }
      // Rényi entropy non-increasing
      double top = inf;
      for (double a : {0.0, 0.5, 1.0, 2.0, inf}) {
        const double hh = renyi_entropy(p, a);
        CHECK(hh <= top * (1 + slack));
        top = hh;
      }
      ++checked;
    }
    CHECK(checked == 1000);
  }

  TEST_CASE("densities: TV and Hellinger of two normals by quadrature against mpmath") {
    const density p = boost::math::normal(0, 1);
    const density q = boost::math::normal(1, 2);
    const result tv = total_variation(p, q);
    // mpmath: the closed form Phi(x2) - Phi(x1) - (Phi((x2 - 1)/2) - Phi((x1 - 1)/2)) at the crossings x1, x2
    // where p = q (mp.findroot), equal to mp.quad of |p - q|/2 split there (split elsewhere it is off by 1e-6)
    CHECK(near(tv, 0.39006566012105566105, 1e-13));
    CHECK(tv.method == method::quadrature);
    CHECK(tv.error < 1e-10);
    const result h = hellinger(p, q);
    // mpmath: quadrature, equal to the closed form H^2 = 1 - sqrt(2 s t/(s^2 + t^2)) exp(-(mu - nu)^2/(4(s^2 + t^2)))
    CHECK(near(h, 0.38625708776326656572, 1e-12));
    CHECK(hellinger(p, p) == 0.0);
    CHECK(total_variation(p, p) == 0.0);
    // disjoint supports
    CHECK(total_variation(boost::math::uniform(0, 1), boost::math::uniform(2, 3)) == 1.0);
  }

  TEST_CASE("densities: Rényi and chi-squared of two normals by closed form, against mpmath quadrature") {
    const density p = boost::math::normal(0, 1);
    const density q = boost::math::normal(1, 2);
    CHECK(near(renyi_divergence(p, q, 0.5), 0.32314355131420975577, 1e-14));
    CHECK(near(renyi_divergence(p, q, 0.25), 0.21345670319887144961, 1e-14));
    CHECK(near(renyi_divergence(p, q, 2), 0.55619642944937682342, 1e-14));
    CHECK(near(renyi_divergence(p, q, inf), 0.85981384722661197608, 1e-14));
    CHECK(near(chi_squared(p, q), 0.74402634150968519452, 1e-14));
    CHECK(near(renyi_divergence(p, q, 1 + 1e-9), kl_divergence(p, q), 1e-8));
    // Q narrower than P / sqrt(2): p^2/q is not integrable
    CHECK(chi_squared(q, p) == inf);
    CHECK(renyi_divergence(q, p, 2) == inf);
    CHECK(near(renyi_divergence(q, p, 0.5), renyi_divergence(p, q, 0.5), 1e-15));  // D_1/2 is symmetric
  }

  TEST_CASE("densities: Rényi of order < 1 by quadrature for other families") {
    const density p = boost::math::gamma_distribution<>(2, 1);
    const density q = boost::math::exponential(1);
    const result d = renyi_divergence(p, q, 0.5);
    CHECK(near(d, 0.24156447527049044469, 1e-11));
    CHECK(d.method == method::quadrature);
    // next to alpha = 1 the quadrature of expm1((alpha - 1)(log p - log q)) runs into KL's
    const double kl = kl_divergence(p, q);
    CHECK(near(renyi_divergence(p, q, 1 - 1e-9), kl, 1e-8));
    CHECK(renyi_divergence(p, q, 1 - 1e-9) < kl);
    CHECK_THROWS_WITH_AS(renyi_divergence(p, q, 2), doctest::Contains("only for two normals"), invalid_input);
    CHECK_THROWS_AS(chi_squared(p, q), invalid_input);
    CHECK(renyi_divergence(boost::math::uniform(0, 1), boost::math::uniform(2, 3), 0.5) == inf);
  }
}

// The reference values, by this script (/usr/bin/python3 with mpmath; each printed value is quoted above):
//
//   from mpmath import mp, mpf, log, sqrt, exp, quad, inf, nsum, loggamma, log1p, fsum, binomial, factorial
//   mp.dps = 30
//   d = lambda x: mpf(float(x))
//   P = [d(0.42), d(0.31), d(0.27)]; Q = [d(0.25), d(0.5), d(0.25)]
//   TV = sum(abs(p - q) for p, q in zip(P, Q)) / 2
//   H = sqrt(sum((sqrt(p) - sqrt(q))**2 for p, q in zip(P, Q)) / 2)
//   chi2 = sum((p - q)**2 / q for p, q in zip(P, Q))
//   D = lambda a: log(sum(p**a * q**(1 - a) for p, q in zip(P, Q))) / (a - 1)     # at d(a) for each order
//   Dinf = max(log(p / q) for p, q in zip(P, Q)); KL = sum(p * log(p / q) for p, q in zip(P, Q))
//   Hr = lambda a: log(sum(p**a for p in P)) / (1 - a)
//   pois = lambda k, l: exp(-l + k * log(l) - loggamma(k + 1)); binm = lambda k: binomial(10, k) / mpf(2)**10
//   # TV and H of poisson(4), binomial(10, 1/2): sums over 0..10 plus the Poisson mass beyond 10
//   # two Poissons: closed forms; at 40 digits, nsum(lambda k: pois(k, 4)**a * pois(k, 5)**(1 - a), [0, inf])
//   lb = lambda k, n, p: loggamma(n+1) - loggamma(k+1) - loggamma(n-k+1) + k*log(p) + (n-k)*log1p(-p)
//   # binomial(48, 1.5e-300): fsum(exp(a*lb(k, 48, d(1.5e-300)) + (1-a)*lb(k, 48, d(0.5))) for k in range(49))
//   nl = lambda x, m, s: -((x - m) / s)**2 / 2 - log(s) - log(2 * mp.pi) / 2
//   nquad = lambda f: quad(f, [-inf, -5, -1, 0, 1, 2, 5, inf])
//   # D_a(N(0,1) || N(1,2)) = log(nquad(lambda x: exp(a*nl(x, 0, 1) + (1-a)*nl(x, 1, 2)))) / (a - 1)
//   # D_a(gamma(2,1) || exponential(1)) = log(quad(lambda x: (x*exp(-x))**a * exp(-x)**(1-a), [0, 1, 5, inf])) / (a-1)
