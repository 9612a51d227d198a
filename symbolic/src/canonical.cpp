// What GiNaC does not do by itself: split logarithms into primes and factors, decide exact zero, and
// turn nats into bits.
#include "ginac.hpp"

#include "info/error.hpp"

#include <map>
#include <vector>

namespace info::symbolic {

using namespace GiNaC;

namespace {

ex lb_eval(const ex& x) {
  if (x.is_equal(2)) return 1;
  return lb(x).hold();
}
ex lb_evalf(const ex& x) { return (log(x) / log(ex(2))).evalf(); }
ex lb_deriv(const ex& x, unsigned) { return 1 / (x * log(ex(2))); }

}  // namespace

REGISTER_FUNCTION(lb, eval_func(lb_eval).evalf_func(lb_evalf).derivative_func(lb_deriv).set_name("log2", "\\log_2"))

namespace detail {

namespace {

struct numeric_less {
  bool operator()(const numeric& a, const numeric& b) const { return a < b; }
};
using factor_map = std::map<numeric, numeric, numeric_less>;

// The primes below 10^4, for trial division.
const std::vector<long>& small_primes() {
  static const std::vector<long> primes = [] {
    std::vector<long> out;
    std::vector<bool> composite(10000);
    for (long i = 2; i < 10000; ++i) {
      if (composite[static_cast<std::size_t>(i)]) continue;
      out.push_back(i);
      for (long j = i * i; j < 10000; j += i) composite[static_cast<std::size_t>(j)] = true;
    }
    return out;
  }();
  return primes;
}

// One nontrivial factor of a composite n by Pollard's rho (Brent's cycle finding), or 1 when none turns
// up within the budget: enough for prime factors up to about 10^9.
numeric rho_factor(const numeric& n) {
  for (numeric c = 1; c <= 2; c += 1) {
    numeric x = 2, y = 2, d = 1;
    for (long steps = 0, power = 1, lam = 0; d == 1 && steps < 50000; ++steps) {
      if (lam == power) {
        y = x;
        power *= 2;
        lam = 0;
      }
      x = mod(x * x + c, n);
      ++lam;
      d = gcd(abs(x - y), n);
    }
    if (d != 1 && d != n) return d;
  }
  return 1;
}

// Adds sign·(Σ e_p log p) for n's prime factorisation: trial division by the primes below 10^4, then a
// primality test, square roots and Pollard's rho on what is left below 10^20 (where typed numbers are). A cofactor none of them
// splits stays as one logarithm: still exact, but logarithms of numbers that share such a factor will not
// cancel against each other. Typed numbers (up to 17 digits) and the masses of binomial laws never leave
// one; the midpoints of two binomial laws, used only inside their JS, can.
void add_factors(numeric n, const numeric& sign, factor_map& out) {
  for (long p : small_primes()) {
    if (p * p > n) break;
    while (irem(n, p).is_zero()) {
      n = iquo(n, p);
      out[p] += sign;
    }
  }
  if (n == 1) return;
  // No factor below 10^4 and n < 10^8: n is prime. Beyond 10^20 (CLN's primality test alone costs
  // milliseconds there) the cofactor is kept whole.
  if (n < numeric(100'000'000) || n >= pow(numeric(10), 20) || n.is_prime()) {
    out[n] += sign;
    return;
  }
  if (const numeric r = isqrt(n); r * r == n) {
    add_factors(r, 2 * sign, out);
    return;
  }
  if (const numeric d = rho_factor(n); d != 1) {
    add_factors(d, sign, out);
    add_factors(iquo(n, d), sign, out);
    return;
  }
  out[n] += sign;
}

}  // namespace

ex log_of_rational(const numeric& r) {
  if (!r.is_rational() || !r.is_positive()) throw invalid_input("the logarithm of a rational needs it positive");
  factor_map exponents;
  add_factors(r.numer(), 1, exponents);
  add_factors(r.denom(), -1, exponents);
  ex sum = 0;
  for (const auto& [p, e] : exponents)
    if (!e.is_zero()) sum += e * log(ex(p));
  return sum;
}

namespace {

// log of one factor of a factored argument, `mult` times; `sign` collects the signs taken out, so
// that the product of the flips can be checked to be +1.
ex split(const ex& f, const ex& mult, numeric& sign) {
  if (is_a<numeric>(f)) {
    numeric n = ex_to<numeric>(f);
    if (n.is_negative()) {
      sign *= -1;
      n = -n;
    }
    if (!n.is_rational()) return mult * log(ex(n));
    return mult * log_of_rational(n);
  }
  if (is_a<mul>(f)) {
    ex s = 0;
    for (const auto& op : f) s += split(op, mult, sign);
    return s;
  }
  if (is_a<power>(f)) {
    const ex base = f.op(0), exponent = f.op(1);
    if (is_a<numeric>(exponent) && ex_to<numeric>(exponent).is_integer() && ex_to<numeric>(exponent).is_odd())
      return split(base, mult * exponent, sign);
    numeric even = 1;  // an even or fractional power of a positive quantity: the base's sign does not matter
    return mult * exponent * split(base, 1, even);
  }
  if (is_ex_the_function(f, exp)) return mult * f.op(0);
  if (is_a<add>(f)) {
    // (p − 1) becomes −(1 − p): the constant term positive, as the argument is where formulas live.
    for (const auto& term : f)
      if (is_a<numeric>(term) && ex_to<numeric>(term).is_negative()) {
        sign *= -1;
        return mult * log(-f);
      }
  }
  return mult * log(f);
}

struct logs_split : map_function {
  ex operator()(const ex& e) override {
    if (is_ex_the_function(e, log)) {
      const ex arg = e.op(0).map(*this);
      const ex nd = arg.normal().numer_denom();
      numeric sign = 1;
      ex out = split(factor(nd.op(0)), 1, sign) + split(factor(nd.op(1)), -1, sign);
      if (sign != 1) throw invalid_input("a logarithm's argument is not recognisably positive");
      return out;
    }
    return e.map(*this);
  }
};

}  // namespace

ex expand_logs(const ex& e) {
  logs_split m;
  return m(e).expand();
}

bool is_exactly_zero(const ex& e) { return expand_logs(e).normal().is_zero(); }

ex to_bits(const ex& nats) { return expand_logs(nats).subs(log(wild()) == lb(wild())); }

}  // namespace detail
}  // namespace info::symbolic
