// The curriculum's discrete figures (shared/curriculum.md, lessons 04 and 10), reproduced by the library's
// summed measures over Boost families turned into pmfs (to_pmf), on the full support and on the windows
// the articles printed.
//
// Provenance of every literal: `/usr/bin/python3 tests/reference/generate.py`, mpmath 1.2.1, mp.dps = 30,
// function curriculum(): the definition summed term by term over exact pmfs (mp.binomial(n,k) p^k (1-p)^(n-k),
// exp(-lambda) lambda^k / k!), with p and lambda taken as the doubles the C++ holds. The quoted name is the
// script's output line; each literal carries 20 significant digits. The curriculum quotes 17; where its
// last digits differ (binomial(250, 0.008), whose curriculum figures used p = 0.008 exactly rather than
// the double nearest to it) the difference is below 3e-16 relative.
#include "info/discrete_families.hpp"
#include "info/discrete_measures.hpp"
#include "info/pmf.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace {

namespace bm = boost::math;

constexpr double inf = std::numeric_limits<double>::infinity();

double relative_error(double value, double reference) { return std::abs(value - reference) / std::abs(reference); }

// A sum of at most a few hundred terms of a double pmf evaluated in extended precision keeps about 15
// digits; 1e-13 is the bar, except where noted.
constexpr double tolerance = 1e-13;

}  // namespace

TEST_CASE("lesson 10: binomial n=10 p=0.5 against poisson mean 4 over the full support and the window 0..9") {
  const info::pmf b = info::to_pmf(bm::binomial(10, 0.5), "B");
  const info::pmf p = info::to_pmf(bm::poisson(4), "P");
  // 'curriculum D(B10||P4) full': sum k=0..10 B log(B/P) = 0.21702177551517775301
  CHECK(relative_error(info::kl_divergence(b, p), 0.21702177551517775301) <= tolerance);
  // 'curriculum D(B10||P4) window 0..9': sum k=0..9 B log(B/P) = 0.21867216891725084284
  CHECK(relative_error(info::kl_divergence(b, p, info::base::nats, info::window{0, 9}), 0.21867216891725084284) <=
        tolerance);
  // 'curriculum D(P4||B10) window 0..9': sum k=0..9 P log(P/B) = 0.27875917919358185608
  CHECK(relative_error(info::kl_divergence(p, b, info::base::nats, info::window{0, 9}), 0.27875917919358185608) <=
        tolerance);
  // Over the full support the Poisson puts mass above 10, where the binomial has none.
  CHECK(info::kl_divergence(p, b) == inf);
  // P's support is infinite and B's ends at 10: every outcome from 11 on offends.
  const info::support_mismatch where = info::infinite_outcomes(p, b);
  CHECK(where.outcomes.empty());
  REQUIRE(where.all_from.has_value());
  CHECK(*where.all_from == 11);
  // 'curriculum P4 mass above 10': 1 - sum k=0..10 P = 2.8397661205137430511e-3 (the curriculum's 0.00284).
  double above = p.tail();
  for (Eigen::Index k = 11; k < p.size(); ++k) above += p(k);
  CHECK(relative_error(above, 2.8397661205137430511e-3) <= 1e-12);
}

TEST_CASE("lesson 10: binomial n=250 p=0.008 against poisson mean 2 over the article's window and the full support") {
  const info::pmf b = info::to_pmf(bm::binomial(250, 0.008), "B");
  const info::pmf p = info::to_pmf(bm::poisson(2), "P");
  // These KLs are ~1e-5, left after terms of ~1e-1 cancel: 1e-11 relative is what a double sum can keep
  // (the pmfs carry their extended-precision residuals, which is why it is not worse).
  constexpr double cancelling = 1e-11;
  // 'curriculum D(B250||P2) window 0..9': sum k=0..9 B log(B/P) = 2.0943327971861527439e-5
  CHECK(relative_error(info::kl_divergence(b, p, info::base::nats, info::window{0, 9}), 2.0943327971861527439e-5) <=
        cancelling);
  // 'curriculum D(P2||B250) window 0..9': sum k=0..9 P log(P/B) = 1.0766381413803493993e-5
  CHECK(relative_error(info::kl_divergence(p, b, info::base::nats, info::window{0, 9}), 1.0766381413803493993e-5) <=
        cancelling);
  // 'curriculum D(B250||P2) full': sum k=0..250 B log(B/P) = 1.6107397472491006438e-5
  CHECK(relative_error(info::kl_divergence(b, p), 1.6107397472491006438e-5) <= cancelling);
  // D(P||B) is infinite: the Poisson has mass above 250, where the binomial has none, even though that
  // mass (about 1e-418 at 251) underflows a double. The library must say so from the supports, not from
  // the masses.
  CHECK(info::kl_divergence(p, b) == inf);
  const std::optional<Eigen::Index> from = info::infinite_outcomes(p, b).all_from;
  REQUIRE(from.has_value());
  CHECK(*from == 251);
}

TEST_CASE("lesson 04: binomial n=15 p=7/15 against the uniform 1/15 on 0..14 (the blog post)") {
  const info::pmf b = info::to_pmf(bm::binomial(15, 7.0 / 15.0), "B");
  const info::pmf u = info::pmf::uniform(15, "U");
  // 'curriculum D(B15||U15) window 0..14': sum k=0..14 B log(15 B) = 0.63111032540797425241
  // (the article prints 0.6311103254079738).
  CHECK(relative_error(info::kl_divergence(b, u, info::base::nats, info::window{0, 14}), 0.63111032540797425241) <=
        tolerance);
  // The article's sum leaves out outcome 15: over the binomial's whole support the uniform on 0..14 has no
  // mass at 15, so the KL is infinite, and outcome 15 is the one to blame.
  CHECK(info::kl_divergence(b, u) == inf);
  CHECK(info::infinite_outcomes(b, u).outcomes == std::vector<Eigen::Index>{15});
  // 'curriculum B15 mass at 15': (7/15)^15 = 1.0841808059513680102e-5
  CHECK(relative_error(b(15), 1.0841808059513680102e-5) <= 1e-14);
}

TEST_CASE("lesson 04: binomial n=2 p=0.4 against the uniform on three outcomes in both directions (the OpenGenus article)") {
  const info::pmf b = info::to_pmf(bm::binomial(2, 0.4), "B");
  CHECK(b.mass().isApprox((Eigen::ArrayXd(3) << 0.36, 0.48, 0.16).finished(), 1e-15));
  const info::pmf u = info::pmf::uniform(3, "U");
  // 'curriculum D(B2||U3)': sum k=0..2 B log(3 B) = 0.085299601318370556072 (curriculum: 0.085300)
  CHECK(relative_error(info::kl_divergence(b, u), 0.085299601318370556072) <= tolerance);
  // 'curriculum D(U3||B2)': sum k=0..2 (1/3) log(1/(3 B)) = 0.097455006785387602018 (curriculum: 0.097455)
  CHECK(relative_error(info::kl_divergence(u, b), 0.097455006785387602018) <= tolerance);
}
