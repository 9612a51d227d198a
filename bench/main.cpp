// info_bench's main: Google Benchmark's console table, one line per benchmark (the median when repeated), then a
// summary for people: nanoseconds per outcome of each discrete measure by number of outcomes (benchmarks named
// ".../n:N" with a "ns/elem" counter), and every other benchmark's time per call with its counters (outcomes for
// a family's pmf, evaluations for quadrature). With --benchmark_format=json or csv only Google Benchmark's output.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {

// One benchmark's result as the summary shows it.
struct row {
  std::string name;
  double seconds = 0.0;  // CPU time per call (per iteration), as the rate counters use it
  benchmark::UserCounters counters;
};

// A number with three significant digits and no exponent: 0.312, 4.56, 12.3, 156.
std::string three_digits(double x) {
  char text[32];
  const int decimals = x >= 100 ? 0 : x >= 10 ? 1 : x >= 1 ? 2 : 3;
  std::snprintf(text, sizeof text, "%.*f", decimals, x);
  return text;
}

// A counter's value: whole numbers in full (1000001 outcomes, 151 evaluations), others to six digits.
std::string count(double x) {
  char text[32];
  const bool whole = x == std::round(x) && std::abs(x) < 1e15;
  std::snprintf(text, sizeof text, whole ? "%.0f" : "%.6g", x);
  return text;
}

// A duration in the unit that suits it: 812 ns, 4.56 µs, 12.3 ms, 1.23 s.
std::string duration(double seconds) {
  if (seconds >= 1) return three_digits(seconds) + " s";
  if (seconds >= 1e-3) return three_digits(seconds * 1e3) + " ms";
  if (seconds >= 1e-6) return three_digits(seconds * 1e6) + " µs";
  return three_digits(seconds * 1e9) + " ns";
}

// 1000 -> "10^3"; any other n as it is.
std::string outcomes(long long n) {
  int k = 0;
  long long m = n;
  while (m >= 10 && m % 10 == 0) m /= 10, ++k;
  return m == 1 && k > 0 ? "10^" + std::to_string(k) : std::to_string(n);
}

std::string padded(std::string text, std::size_t width) {
  // Width in characters, not bytes: "µ" takes two bytes and one column.
  const auto columns = static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  if (columns < width) text.insert(0, width - columns, ' ');
  return text;
}

// Google Benchmark's console reporter, showing each benchmark once (the iterations of a single run, or the median
// of repetitions; not the mean, standard deviation and cv) and keeping what the summary needs.
class summary_reporter : public benchmark::ConsoleReporter {
 public:
  using ConsoleReporter::ConsoleReporter;

  void ReportRuns(const std::vector<Run>& runs) override {
    std::vector<Run> shown;
    for (const Run& run : runs) {
      const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
      if (run.run_type == Run::RT_Aggregate && !median) continue;
      shown.push_back(run);
      if (run.error_occurred || (!median && run.repetitions > 1)) continue;
      if (median) medians_ = true;
      keep({run.benchmark_name(), run.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(run.time_unit),
            run.counters});
    }
    if (!shown.empty()) ConsoleReporter::ReportRuns(shown);
  }

  void print_summary(std::ostream& out) const;

 private:
  void keep(row r) {
    if (r.name.size() > 7 && r.name.compare(r.name.size() - 7, 7, "_median") == 0) r.name.resize(r.name.size() - 7);
    rows_.push_back(std::move(r));
  }
  std::vector<row> rows_;
  bool medians_ = false;
};

void summary_reporter::print_summary(std::ostream& out) const {
  if (rows_.empty()) return;
  // The grid: "group/measure/n:N" with ns/elem, one line per measure and one column per N.
  std::vector<std::string> measures;
  std::vector<long long> sizes;
  std::map<std::pair<std::string, long long>, double> ns;
  std::vector<const row*> others;
  for (const row& r : rows_) {
    const auto slash = r.name.rfind("/n:");
    const auto counter = r.counters.find("ns/elem");
    if (slash == std::string::npos || counter == r.counters.end()) {
      others.push_back(&r);
      continue;
    }
    const std::string measure = r.name.substr(0, slash);
    const long long n = std::stoll(r.name.substr(slash + 3));
    if (std::find(measures.begin(), measures.end(), measure) == measures.end()) measures.push_back(measure);
    if (std::find(sizes.begin(), sizes.end(), n) == sizes.end()) sizes.push_back(n);
    ns[{measure, n}] = counter->second.value * 1e9;
  }
  out << "\nSummary, in CPU time" << (medians_ ? " (the median of the repetitions)" : "") << "\n";
  if (!measures.empty()) {
    std::sort(sizes.begin(), sizes.end());
    std::size_t width = 7;
    for (const auto& m : measures) width = std::max(width, m.size());
    // The last column compares each line with the plain loop at the largest n.
    const auto loop = std::find_if(measures.begin(), measures.end(),
                                   [](const std::string& m) { return m.find("plain_loop") != std::string::npos; });
    const long long largest = sizes.back();
    const bool ratio = loop != measures.end() && ns.count({*loop, largest});
    out << "\nns/elem: nanoseconds per outcome\n" << std::string(width, ' ');
    for (long long n : sizes) out << padded(outcomes(n), 9);
    if (ratio) out << padded("÷ loop at " + outcomes(largest), 17);
    out << '\n';
    for (const auto& m : measures) {
      out << m << std::string(width - m.size(), ' ');
      for (long long n : sizes) {
        const auto cell = ns.find({m, n});
        out << padded(cell == ns.end() ? "-" : three_digits(cell->second), 9);
      }
      if (ratio) {
        const auto cell = ns.find({m, largest});
        out << padded(cell == ns.end() ? "-" : three_digits(cell->second / ns.at({*loop, largest})), 17);
      }
      out << '\n';
    }
  }
  if (!others.empty()) {
    out << "\nper call\n";
    std::size_t width = 0;
    for (const row* r : others) width = std::max(width, r->name.size());
    for (const row* r : others) {
      out << r->name << std::string(width - r->name.size(), ' ') << padded(duration(r->seconds), 10);
      for (const auto& [name, counter] : r->counters) {
        if (name == "ns/elem") {
          out << ", " << three_digits(counter.value * 1e9) << " ns/elem";
        } else if (name == "evaluations" && counter.value > 0) {
          out << ", " << count(counter.value) << " evaluations ("
              << duration(r->seconds / counter.value) << " each)";
        } else {
          out << ", " << name << " " << count(counter.value);
        }
      }
      out << '\n';
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  // Whether the output is Google Benchmark's console table (the summary goes with it) or json/csv (alone).
  bool console = true;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--benchmark_format=", 19) == 0) console = std::strcmp(argv[i] + 19, "console") == 0;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
#if !defined(__OPTIMIZE__) || defined(__SANITIZE_ADDRESS__)
  std::cerr << "info_bench: this build is not optimised, or has sanitizers: its timings mean nothing. "
               "./workbook bench builds and runs build/ (RelWithDebInfo).\n";
#endif
  if (console) {
    summary_reporter reporter(isatty(STDOUT_FILENO) ? benchmark::ConsoleReporter::OO_ColorTabular
                                                    : benchmark::ConsoleReporter::OO_Tabular);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.print_summary(std::cout);
  } else {
    benchmark::RunSpecifiedBenchmarks();
  }
  benchmark::Shutdown();
  return 0;
}
