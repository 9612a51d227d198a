// Exact measures of rational pmfs. Each log of a rational mass is split into logs of primes at once, so
// the sums collect into Σ c_p log p with one rational coefficient per prime, and equal sums are equal
// expressions.
#include "ginac.hpp"

#include "info/error.hpp"
#include "info/spec.hpp"
#include "info/symbolic/exact.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>

namespace info::symbolic {

using namespace GiNaC;

struct exact_pmf::impl {
  std::vector<numeric> masses;
  std::vector<ex> logs;  // log of each positive mass, split into primes (unused where the mass is 0)
};

exact_pmf::exact_pmf(std::shared_ptr<const impl> p) : p_(std::move(p)) {}
std::size_t exact_pmf::size() const { return p_->masses.size(); }
expr exact_pmf::mass(std::size_t i) const { return wrap(p_->masses.at(i)); }

namespace {

// A decimal as written ("0.25", "-3", ".5", "1e-3", "2.5E+2") as the rational it denotes.
numeric decimal(const std::string& w) {
  std::string digits;
  long shift = 0;  // the value is digits · 10^shift
  std::size_t i = 0;
  bool negative = false;
  if (i < w.size() && (w[i] == '+' || w[i] == '-')) negative = w[i++] == '-';
  bool point = false;
  for (; i < w.size() && w[i] != 'e' && w[i] != 'E'; ++i) {
    if (w[i] == '.') point = true;
    else {
      digits += w[i];
      if (point) --shift;
    }
  }
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return 0;  // 0e99999999999999999999 is 0, whatever its exponent
  // A nonzero number the spec parser read as a double has an exponent of a few hundred at most.
  if (i < w.size()) shift += std::stol(w.substr(i + 1));
  numeric n(digits.substr(first).c_str());
  n *= pow(numeric(10), numeric(shift));
  return negative ? -n : n;
}

numeric rational(const std::string& w) {
  const std::size_t slash = w.find('/');
  if (slash == std::string::npos) return decimal(w);
  return decimal(w.substr(0, slash)) / decimal(w.substr(slash + 1));
}

[[noreturn]] void not_rational(const std::string& name, std::string_view spec, const std::string& why) {
  throw invalid_input(name + " = " + std::string(spec) + " " + why +
                      ": exact values need a list of fractions (1/3,1/3,1/3) or bernoulli(p) or binomial(n, p) "
                      "with a rational p");
}

}  // namespace

namespace {

// The primes up to n (a sieve).
std::vector<long> primes_to(long n) {
  std::vector<bool> composite(static_cast<std::size_t>(n + 1));
  std::vector<long> primes;
  for (long i = 2; i <= n; ++i) {
    if (composite[static_cast<std::size_t>(i)]) continue;
    primes.push_back(i);
    for (long j = i * i; j <= n; j += i) composite[static_cast<std::size_t>(j)] = true;
  }
  return primes;
}

// The exponent of p in m! (Legendre): Σᵢ ⌊m/pⁱ⌋.
long legendre(long m, long p) {
  long e = 0;
  for (long q = p; q <= m; q *= p) e += m / q;
  return e;
}

exact_pmf::impl with_logs(std::vector<numeric> masses) {
  exact_pmf::impl d{std::move(masses), {}};
  for (const auto& m : d.masses) d.logs.push_back(m.is_zero() ? ex(0) : detail::log_of_rational(m));
  return d;
}

// binomial(n, p): the masses C(n,k) pᵏ(1 − p)ⁿ⁻ᵏ and their logs, log C(n,k) + k log p + (n − k) log(1 − p),
// with log C(n,k) from the exponents of the primes in n!, k! and (n − k)!. Factoring each mass whole
// would take trial division of numbers with hundreds of digits.
exact_pmf::impl binomial_law(long n, const numeric& p) {
  const std::vector<long> primes = primes_to(n);
  const ex log_p = p.is_zero() ? ex(0) : detail::log_of_rational(p);
  const ex log_q = p == 1 ? ex(0) : detail::log_of_rational(1 - p);
  exact_pmf::impl d;
  numeric c = 1;  // C(n, k), built up term by term
  for (long k = 0; k <= n; ++k) {
    const numeric mass = c * pow(p, numeric(k)) * pow(1 - p, numeric(n - k));
    d.masses.push_back(mass);
    ex log_c = 0;
    for (long prime : primes)
      if (const long e = legendre(n, prime) - legendre(k, prime) - legendre(n - k, prime); e != 0)
        log_c += e * log(ex(prime));
    d.logs.push_back(mass.is_zero() ? ex(0) : log_c + k * log_p + (n - k) * log_q);
    c = c * numeric(n - k) / numeric(k + 1);
  }
  return d;
}

}  // namespace

exact_pmf read_exact(std::string_view spec, const std::string& name) {
  const written_spec w = parse_written(spec, name);
  exact_pmf::impl law;
  if (w.family.empty()) {
    std::vector<numeric> masses;
    for (const auto& n : w.numbers) masses.push_back(rational(n));
    numeric total = 0;
    for (const auto& m : masses) total += m;
    if (total != 1)
      throw invalid_input(name + "'s masses sum to " + detail::print(total, detail::style::ascii) +
                          ", not exactly 1: exact values need masses that sum to exactly 1 (write 1/3, not 0.3333)");
    law = with_logs(std::move(masses));
  } else if (w.family == "bernoulli") {
    const numeric p = rational(w.numbers[0]);
    law = with_logs({1 - p, p});
  } else if (w.family == "binomial") {
    const numeric n = rational(w.numbers[0]), p = rational(w.numbers[1]);
    if (n > 100) not_rational(name, spec, "has more outcomes than an exact sum should hold (n ≤ 100)");
    law = binomial_law(n.to_long(), p);
  } else if (w.family == "geometric" || w.family == "negative_binomial") {
    not_rational(name, spec, "has infinitely many outcomes, so its measures are series, not finite sums");
  } else if (w.family == "poisson") {
    not_rational(name, spec, "has irrational masses (e^-λ λ^k / k!)");
  } else {
    not_rational(name, spec, "is a density, not a list of masses");
  }
  return exact_pmf(std::make_shared<const exact_pmf::impl>(std::move(law)));
}

namespace {

const std::vector<numeric>& masses(const exact_pmf& p) { return p.get().masses; }

// Σ p_i log q_i over the outcomes where p_i > 0, or nothing when some q_i = 0 there (the sum is −∞).
std::optional<ex> expected_log(const exact_pmf& p, const exact_pmf& q) {
  const auto& ps = masses(p);
  const auto& qs = masses(q);
  ex s = 0;
  for (std::size_t i = 0; i < std::max(ps.size(), qs.size()); ++i) {
    const numeric pi = i < ps.size() ? ps[i] : 0, qi = i < qs.size() ? qs[i] : 0;
    if (pi.is_zero()) continue;  // 0 log q = 0, even for q = 0
    if (qi.is_zero()) return std::nullopt;
    s += pi * q.get().logs[i];
  }
  return s;
}

}  // namespace

expr entropy(const exact_pmf& p) { return wrap((-*expected_log(p, p)).expand()); }

expr cross_entropy(const exact_pmf& p, const exact_pmf& q) {
  const auto s = expected_log(p, q);
  return s ? wrap((-*s).expand()) : infinity();
}

expr kl(const exact_pmf& p, const exact_pmf& q) {
  const auto pq = expected_log(p, q);
  if (!pq) return infinity();
  return wrap((*expected_log(p, p) - *pq).expand());
}

expr js(const exact_pmf& p, const exact_pmf& q) {
  const auto& ps = masses(p);
  const auto& qs = masses(q);
  std::vector<numeric> m(std::max(ps.size(), qs.size()));
  for (std::size_t i = 0; i < m.size(); ++i) m[i] = ((i < ps.size() ? ps[i] : 0) + (i < qs.size() ? qs[i] : 0)) / 2;
  const exact_pmf mid(std::make_shared<const exact_pmf::impl>(with_logs(std::move(m))));
  return wrap(((unwrap(kl(p, mid)) + unwrap(kl(q, mid))) / 2).expand());
}

}  // namespace info::symbolic
