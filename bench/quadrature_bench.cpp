// Continuous KL by quadrature over the pairs of quadrature_pairs.hpp (every continuous family, kinks, singular
// ends, heavy tails, mixtures): the time per KL with its integrand evaluations, one benchmark per pair, then
// all pairs at once with the median evaluation count, the budget tests/unit/quadrature_budget_test.cpp holds
// the library to (Boost's own sinh-sinh count for normal(0, 1) || normal(1, 2): 151).
#include "quadrature_pairs.hpp"

#include <info/continuous_measures.hpp>
#include <info/spec.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

// The densities are parsed once, outside the timing: the benchmark is the quadrature.
struct parsed {
  info::density p, q;
};

parsed parse(const bench::pair& pq) { return {info::parse_density(pq.p, "P"), info::parse_density(pq.q, "Q")}; }

// One pair: time per KL, and its (deterministic) number of integrand evaluations.
void one_pair(benchmark::State& state, const bench::pair& pq) {
  const parsed d = parse(pq);
  long evaluations = 0;
  for ([[maybe_unused]] auto _ : state) {
    const info::result r = info::kl_divergence(d.p, d.q, info::base::nats);
    evaluations = r.evaluations;
    benchmark::DoNotOptimize(r.value);
  }
  state.counters["evaluations"] = static_cast<double>(evaluations);
}

// Every pair once per iteration: the time for all of them, their evaluations in total (so the summary's
// time per evaluation is the average), and the median count per KL.
void all_pairs(benchmark::State& state) {
  std::vector<parsed> ds;
  for (const bench::pair& pq : bench::pairs) ds.push_back(parse(pq));
  std::vector<long> counts(ds.size());
  for ([[maybe_unused]] auto _ : state) {
    for (std::size_t i = 0; i < ds.size(); ++i) {
      const info::result r = info::kl_divergence(ds[i].p, ds[i].q, info::base::nats);
      counts[i] = r.evaluations;
      benchmark::DoNotOptimize(r.value);
    }
  }
  long total = 0;
  for (long c : counts) total += c;
  std::sort(counts.begin(), counts.end());
  state.counters["evaluations"] = static_cast<double>(total);
  state.counters["pairs"] = static_cast<double>(counts.size());
  state.counters["median_evaluations"] = static_cast<double>(counts[counts.size() / 2]);
  state.counters["budget"] = static_cast<double>(bench::median_evaluations);
}

[[maybe_unused]] const bool registered = [] {
  for (const bench::pair& pq : bench::pairs) {
    benchmark::RegisterBenchmark((std::string("quadrature/kl/") + pq.p + " || " + pq.q).c_str(), one_pair, pq)
        ->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("quadrature/all_pairs", all_pairs)->Unit(benchmark::kMillisecond);
  return true;
}();

}  // namespace
