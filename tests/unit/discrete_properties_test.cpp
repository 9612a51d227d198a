// Properties over many seeded random pmfs. Each side of an identity is computed by its own code:
// H(P,Q) is summed as -sum p log q, never assembled from H(P) + KL(P||Q).
#include <info/check.hpp>
#include <info/discrete_measures.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <numbers>
#include <random>

using namespace info;
namespace {

// A random pmf from the flat Dirichlet: normalised exponential draws, taken from the raw engine
// output so the sequence is the same on every standard library. Some outcomes are zeroed to
// exercise the 0 log 0 convention.
pmf random_pmf(std::mt19937_64& rng, Eigen::Index n, bool with_zeros = false) {
  Eigen::ArrayXd w(n);
  for (Eigen::Index k = 0; k < n; ++k) {
    const double u = (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53;  // in (0, 1)
    w[k] = -std::log(u);
    if (with_zeros && (rng() % 5 == 0)) w[k] = 0.0;
  }
  if (w.sum() == 0) w[0] = 1.0;
  return pmf::normalised(w);
}

constexpr int trials = 500;

}  // namespace

TEST_SUITE("discrete properties") {
  TEST_CASE("Gibbs: KL(P||Q) >= 0 on random pmfs") {
    std::mt19937_64 rng(1);
    for (int t = 0; t < trials; ++t) {
      const pmf p = random_pmf(rng, 2 + t % 30), q = random_pmf(rng, 2 + t % 30);
      CHECK(kl_divergence(p, q) >= 0.0);
    }
  }

  TEST_CASE("KL(P||P) = 0 and JS(P,P) = 0") {
    std::mt19937_64 rng(2);
    for (int t = 0; t < trials; ++t) {
      const pmf p = random_pmf(rng, 1 + t % 40, true);
      CHECK(kl_divergence(p, p) == 0.0);
      CHECK(js_divergence(p, p) == 0.0);
    }
  }

  TEST_CASE("H(P,Q) = H(P) + KL(P||Q) with independently computed sides") {
    std::mt19937_64 rng(3);
    for (int t = 0; t < trials; ++t) {
      const pmf p = random_pmf(rng, 20, true), q = random_pmf(rng, 20);
      const check c = identity("H(P,Q) = H(P) + KL(P||Q)", cross_entropy(p, q), entropy(p) + kl_divergence(p, q),
                               1e-13);
      INFO(c.name, ": ", c.lhs, " vs ", c.rhs);
      CHECK(c.holds());
    }
  }

  TEST_CASE("H(P,Q) >= H(P), and H(P,Q) differs from H(Q,P) in general") {
    std::mt19937_64 rng(4);
    int asymmetric = 0;
    for (int t = 0; t < trials; ++t) {
      const pmf p = random_pmf(rng, 5), q = random_pmf(rng, 5);
      CHECK(cross_entropy(p, q) >= entropy(p) - 1e-15);
      if (std::abs(cross_entropy(p, q) - cross_entropy(q, p)) > 1e-6) ++asymmetric;
    }
    CHECK(asymmetric > trials / 2);
  }

  TEST_CASE("0 <= H(P) <= log n, with equality for the uniform distribution") {
    std::mt19937_64 rng(5);
    for (int t = 0; t < trials; ++t) {
      const Eigen::Index n = 1 + t % 50;
      const pmf p = random_pmf(rng, n, true);
      CHECK(entropy(p) >= 0.0);
      CHECK(entropy(p) <= std::log(static_cast<double>(n)) + 1e-14);
      CHECK(entropy(pmf::uniform(n)) == doctest::Approx(std::log(static_cast<double>(n))).epsilon(1e-14));
    }
  }

  TEST_CASE("JS is symmetric and at most ln 2") {
    std::mt19937_64 rng(6);
    for (int t = 0; t < trials; ++t) {
      const pmf p = random_pmf(rng, 2 + t % 10, true), q = random_pmf(rng, 2 + t % 10, true);
      const double pq = js_divergence(p, q), qp = js_divergence(q, p);
      CHECK(pq == doctest::Approx(qp).epsilon(1e-14));
      CHECK(pq >= 0.0);
      CHECK(pq <= std::numbers::ln2);
    }
  }

  TEST_CASE("the JS distance satisfies the triangle inequality") {
    std::mt19937_64 rng(7);
    for (int t = 0; t < trials; ++t) {
      const Eigen::Index n = 2 + t % 6;
      const pmf a = random_pmf(rng, n, true), b = random_pmf(rng, n, true), c = random_pmf(rng, n, true);
      CHECK(js_distance(a, c) <= js_distance(a, b) + js_distance(b, c) + 1e-15);
    }
  }

  TEST_CASE("units: one measure in bits is the same measure in nats over ln 2") {
    std::mt19937_64 rng(8);
    for (int t = 0; t < 100; ++t) {
      const pmf p = random_pmf(rng, 8), q = random_pmf(rng, 8);
      CHECK(kl_divergence(p, q, base::bits) * std::numbers::ln2 == doctest::Approx(kl_divergence(p, q)).epsilon(1e-15));
      CHECK(entropy(p, base::bans) * std::numbers::ln10 == doctest::Approx(entropy(p)).epsilon(1e-15));
    }
  }
}
