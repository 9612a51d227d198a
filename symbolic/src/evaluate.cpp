// Numbers from formulas: a walk over the expression in 50-digit MPFR. GiNaC's own evalf is not used:
// it leaves ψ(2.7) unevaluated, and its lgamma is right to only about 1e-11 at 17 digits. Boost.Math's
// special functions in MPFR are right to the last digit; instantiating them costs about a minute of
// compile time, so they live in this one file.
#include "ginac.hpp"

#include "info/error.hpp"

#include <boost/math/constants/constants.hpp>
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/polygamma.hpp>
#include <boost/multiprecision/mpfr.hpp>

#include <sstream>

namespace info::symbolic::detail {

using namespace GiNaC;

namespace {

using mp = boost::multiprecision::mpfr_float_50;

std::string str(const numeric& n) {
  std::ostringstream os;
  os << n;
  return os.str();
}

[[noreturn]] void outside(const std::string& what) {
  throw invalid_input("the formula is outside its domain here: " + what + "; give parameters inside the family's domain");
}

mp eval(const ex& e, const point& at) {
  if (is_a<numeric>(e)) {
    const numeric n = ex_to<numeric>(e);
    if (!n.is_rational()) return mp(str(n));
    return mp(str(n.numer())) / mp(str(n.denom()));
  }
  if (is_a<symbol>(e)) {
    const std::string name = ex_to<symbol>(e).get_name();
    const auto found = at.find(name);
    if (found == at.end()) throw invalid_input("the formula needs a value for " + name);
    return mp(found->second);  // a double converts exactly
  }
  if (e.is_equal(Pi)) return boost::math::constants::pi<mp>();
  if (is_a<add>(e)) {
    mp s = 0;
    for (const auto& t : e) s += eval(t, at);
    return s;
  }
  if (is_a<mul>(e)) {
    mp p = 1;
    for (const auto& f : e) p *= eval(f, at);
    return p;
  }
  if (is_a<power>(e)) {
    const mp b = eval(e.op(0), at);
    const ex x = e.op(1);
    if (is_a<numeric>(x) && ex_to<numeric>(x).is_integer()) {
      const long n = ex_to<numeric>(x).to_long();
      if (b == 0 && n < 0) outside("a division by zero");
      return pow(b, n);
    }
    if (b < 0) outside("a fractional power of a negative number");
    return pow(b, eval(x, at));
  }
  if (is_a<function>(e)) {
    const std::string name = ex_to<function>(e).get_name();
    const mp x = eval(e.op(e.nops() - 1), at);
    if (name == "log" || name == "log2") {
      if (x <= 0) outside("the logarithm of a number that is not positive");
      return name == "log" ? log(x) : log(x) / log(mp(2));
    }
    if (name == "exp") return exp(x);
    if (name == "lgamma" || name == "tgamma" || name == "psi") {
      if (x <= 0 && x == floor(x)) outside(name + " at a pole");
      if (name == "lgamma") return boost::math::lgamma(x);
      if (name == "tgamma") return boost::math::tgamma(x);
      if (e.nops() == 1) return boost::math::digamma(x);
      return boost::math::polygamma(ex_to<numeric>(e.op(0)).to_int(), x);
    }
    if (name == "factorial") return boost::math::tgamma(x + 1);
  }
  throw invalid_input("the formula holds something that has no number: " + print(e, style::unicode));
}

}  // namespace

double evaluate(const ex& e, const point& at) { return static_cast<double>(eval(e, at)); }

std::string evaluate(const ex& e, const point& at, int digits) {
  return eval(e, at).str(digits, std::ios_base::fmtflags{});
}

}  // namespace info::symbolic::detail
