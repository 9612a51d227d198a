#include "ginac.hpp"

#include "info/error.hpp"

#include <limits>

namespace info::symbolic {

using namespace GiNaC;

expr wrap(const ex& e) { return expr(std::make_shared<const expr::impl>(expr::impl{e, false})); }

expr infinity() { return expr(std::make_shared<const expr::impl>(expr::impl{0, true})); }

expr::expr() : expr(std::make_shared<const impl>(impl{0, false})) {}
expr::expr(std::shared_ptr<const impl> p) : p_(std::move(p)) {}

std::string expr::text() const { return p_->infinite ? "∞" : detail::print(p_->e, detail::style::unicode); }
std::string expr::ascii() const { return p_->infinite ? "inf" : detail::print(p_->e, detail::style::ascii); }
std::string expr::latex() const { return p_->infinite ? "\\infty" : detail::print(p_->e, detail::style::latex); }

bool expr::is_zero() const { return !p_->infinite && detail::is_exactly_zero(p_->e); }
bool expr::is_infinite() const { return p_->infinite; }

double expr::value(const point& at) const {
  return p_->infinite ? std::numeric_limits<double>::infinity() : detail::evaluate(p_->e, at);
}
std::string expr::decimal(int digits, const point& at) const {
  return p_->infinite ? "inf" : detail::evaluate(p_->e, at, digits);
}

std::vector<expr> expr::entries() const {
  std::vector<expr> out;
  if (is_a<lst>(p_->e))
    for (const auto& x : p_->e) out.push_back(wrap(x));
  return out;
}

expr expr::bits() const { return p_->infinite ? *this : wrap(detail::to_bits(p_->e)); }

expr operator-(const expr& a) {
  if (a.is_infinite()) throw invalid_input("−∞ is not a value the layer holds");
  return wrap(-unwrap(a));
}

expr log(const expr& x) {
  const ex& e = unwrap(x);
  if (x.is_infinite() || !is_a<numeric>(e) || !ex_to<numeric>(e).is_rational() || !ex_to<numeric>(e).is_positive())
    throw invalid_input("log needs a positive rational, not " + x.text());
  return wrap(detail::log_of_rational(ex_to<numeric>(e)));
}

// ∞ ± finite stays ∞; the layer never needs ∞ − ∞ (a measure is +∞ or finite), so that is refused.
expr operator+(const expr& a, const expr& b) {
  if (a.is_infinite() || b.is_infinite()) return infinity();
  return wrap(unwrap(a) + unwrap(b));
}
expr operator-(const expr& a, const expr& b) {
  if (b.is_infinite()) throw invalid_input("∞ − ∞ has no value");
  if (a.is_infinite()) return infinity();
  return wrap(unwrap(a) - unwrap(b));
}
expr operator*(const expr& a, const expr& b) {
  if (a.is_infinite() || b.is_infinite()) return infinity();  // only positive factors meet ∞ here
  return wrap(unwrap(a) * unwrap(b));
}

}  // namespace info::symbolic
