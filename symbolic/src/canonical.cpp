// What GiNaC does not do by itself: split logarithms into primes and factors, decide exact zero, and
// turn nats into bits.
#include "ginac.hpp"

#include "info/error.hpp"

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

ex log_of_rational(const numeric& r) {
  if (!r.is_rational() || !r.is_positive()) throw invalid_input("the logarithm of a rational needs it positive");
  ex sum = 0;
  const auto add_factors = [&sum](numeric n, int sign) {
    for (numeric p = 2; p * p <= n; p += (p == 2 ? 1 : 2)) {
      int e = 0;
      while (irem(n, p).is_zero()) {
        n = iquo(n, p);
        ++e;
      }
      if (e) sum += sign * e * log(ex(p));
    }
    if (n != 1) sum += sign * log(ex(n));
  };
  add_factors(r.numer(), +1);
  add_factors(r.denom(), -1);
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
