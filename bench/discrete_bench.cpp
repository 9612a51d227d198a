// The discrete measures at 10^3 ... 10^7 outcomes, beside what bounds them from below: a plain loop over the raw
// arrays (what scipy's rel_entr(p, q).sum() does) and the two-array read (the memory traffic alone); then the
// construction of a family's pmf. Each reports "ns/elem", nanoseconds per outcome, which main.cpp tabulates.
#include <info/discrete_measures.hpp>
#include <info/spec.hpp>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>

namespace {

// Seconds per outcome in the benchmark's own output (shown as, say, "1.52ns"), and what main.cpp reads as ns/elem:
// n outcomes per iteration as a rate, inverted.
benchmark::Counter per_outcome(Eigen::Index n) {
  return {static_cast<double>(n),
          static_cast<benchmark::Counter::Flags>(benchmark::Counter::kIsIterationInvariantRate |
                                                 benchmark::Counter::kInvert)};
}

// Strictly positive weights that look random and are the same on every machine: std::mt19937_64's output is
// specified bit for bit, the standard's distributions are not, so the uniform draw is by hand (53 bits).
Eigen::ArrayXd weights(Eigen::Index n, std::uint64_t seed) {
  std::mt19937_64 bits(seed);
  Eigen::ArrayXd w(n);
  for (double& x : w) x = 0.01 + static_cast<double>(bits() >> 11) * 0x1p-53;
  return w;
}

// P and Q on n outcomes, built once per n: the benchmarks are registered n by n, so one pair is kept at a time
// (at 10^7 outcomes a pair is 160 MB).
struct pair_of_pmfs {
  Eigen::Index n = 0;
  std::optional<info::pmf> p, q;
};

const pair_of_pmfs& pmfs(Eigen::Index n) {
  static pair_of_pmfs pair;
  if (pair.n != n) {
    pair.p.reset();
    pair.q.reset();
    pair.p = info::pmf::normalised(weights(n, 1), "P");
    pair.q = info::pmf::normalised(weights(n, 2), "Q");
    pair.n = n;
  }
  return pair;
}

// One benchmark of `measure(P, Q)` at n = state.range(0).
template <class Measure>
void on_pair(benchmark::State& state, Measure measure) {
  const Eigen::Index n = state.range(0);
  const pair_of_pmfs& pair = pmfs(n);
  for ([[maybe_unused]] auto _ : state) {
    double value = measure(*pair.p, *pair.q);
    benchmark::DoNotOptimize(value);  // its "memory" clobber also makes each iteration read the arrays again
  }
  state.counters["ns/elem"] = per_outcome(n);
}

// The floor: read both arrays and add them up, nothing else (Eigen's sum, vectorised).
double two_array_read(const info::pmf& p, const info::pmf& q) { return (p.mass() + q.mass()).sum(); }

// The baseline: KL as a plain loop over the raw arrays, one std::log per outcome.
double plain_loop_kl(const info::pmf& p, const info::pmf& q) {
  const double* a = p.mass().data();
  const double* b = q.mass().data();
  const Eigen::Index n = p.size();
  double s = 0.0;
  for (Eigen::Index k = 0; k < n; ++k) s += a[k] * std::log(a[k] / b[k]);
  return s;
}

// A family's pmf from its spec, as the calculator builds it: the time per construction and per stored outcome.
void family(benchmark::State& state, const std::string& spec) {
  Eigen::Index n = 0;
  for ([[maybe_unused]] auto _ : state) {
    const info::pmf p = info::parse_pmf(spec);
    n = p.size();
    benchmark::DoNotOptimize(p.mass().data());
  }
  state.counters["outcomes"] = static_cast<double>(n);
  state.counters["ns/elem"] = per_outcome(n);
}

[[maybe_unused]] const bool registered = [] {
  using measure = double (*)(const info::pmf&, const info::pmf&);
  const std::pair<const char*, measure> measures[] = {
      {"two_array_read", two_array_read},
      {"plain_loop_kl", plain_loop_kl},
      {"kl_divergence", [](const info::pmf& p, const info::pmf& q) { return info::kl_divergence(p, q).value; }},
      {"cross_entropy", [](const info::pmf& p, const info::pmf& q) { return info::cross_entropy(p, q).value; }},
      {"entropy", [](const info::pmf& p, const info::pmf&) { return info::entropy(p).value; }},
      {"js_divergence", [](const info::pmf& p, const info::pmf& q) { return info::js_divergence(p, q).value; }},
  };
  for (long n = 1'000; n <= 10'000'000; n *= 10) {
    for (const auto& [name, f] : measures) {
      benchmark::RegisterBenchmark((std::string("discrete/") + name).c_str(), on_pair<measure>, f)
          ->Arg(n)
          ->ArgName("n")
          ->Unit(benchmark::kMicrosecond);
    }
  }
  for (const std::string spec : {"binomial(1000000,0.3)", "poisson(100000)"}) {
    benchmark::RegisterBenchmark(("family/" + spec).c_str(), family, spec)->Unit(benchmark::kMillisecond);
  }
  return true;
}();

}  // namespace
