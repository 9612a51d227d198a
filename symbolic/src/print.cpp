// The canonical printer. GiNaC orders the terms of a sum and the factors of a product by hash values
// that follow addresses, so its own output changes from run to run; golden files and the docs need one
// order. Here every sum and every product is printed with its parts sorted by a key that depends only
// on the printed text, recursively, in three styles (a terminal, ASCII for other programs, LaTeX).
#include "ginac.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <utility>
#include <vector>

namespace info::symbolic::detail {

using namespace GiNaC;

namespace {

// "log(2)" < "log(3)" < "log(11)": runs of digits compare by value.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  while (i < a.size() && j < b.size()) {
    if (digit(a[i]) && digit(b[j])) {
      std::size_t i2 = i, j2 = j;
      while (i2 < a.size() && digit(a[i2])) ++i2;
      while (j2 < b.size() && digit(b[j2])) ++j2;
      if (i2 - i != j2 - j) return i2 - i < j2 - j;
      if (const int c = a.compare(i, i2 - i, b, j, j2 - j); c != 0) return c < 0;
      i = i2;
      j = j2;
    } else {
      if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

std::string superscript(const std::string& digits) {
  static const char* const sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char c : digits) out += c == '-' ? "⁻" : sup[c - '0'];
  return out;
}

std::string str(const numeric& n) {
  std::ostringstream os;
  os << n;
  return os.str();
}

// The numeric factor of a term (1 when it has none).
numeric coefficient(const ex& t) {
  if (is_a<numeric>(t)) return ex_to<numeric>(t);
  numeric c = 1;
  if (is_a<mul>(t))
    for (const auto& f : t)
      if (is_a<numeric>(f)) c *= ex_to<numeric>(f);
  return c;
}

bool is_negative(const ex& t) {
  const numeric c = coefficient(t);
  return c.is_real() && c.is_negative();
}

bool is_call(const ex& e) { return is_a<function>(e); }
bool is_e(const ex& e) { return is_ex_the_function(e, exp) && e.op(0).is_equal(1); }

class printer {
 public:
  explicit printer(style s) : s_(s) {}

  std::string operator()(const ex& e) const {
    const auto [negative, magnitude] = signed_text(e);
    return negative ? "-" + magnitude : magnitude;
  }

 private:
  style s_;

  static std::string plain(const ex& e) {
    std::ostringstream os;
    os << e;
    return os.str();
  }

  std::string symbol_name(const symbol& x) const {
    if (s_ != style::latex) return x.get_name();
    std::ostringstream os;
    os << latex << ex(x);
    return os.str();
  }

  std::string number(const numeric& n) const {
    if (n.is_integer()) return str(n);
    if (n.is_rational()) {
      if (s_ == style::latex) return "\\frac{" + str(n.numer()) + "}{" + str(n.denom()) + "}";
      return str(n.numer()) + "/" + str(n.denom());
    }
    return plain(n);
  }

  std::string open() const { return s_ == style::latex ? "\\left(" : "("; }
  std::string close() const { return s_ == style::latex ? "\\right)" : ")"; }

  // The sign of an expression and the text of its magnitude. The sign of a sum inside a product is a
  // choice GiNaC makes by hash order ((1 − p)/(1 − q) or (p − 1)/(q − 1)): here a sum is turned so that
  // its first term in the canonical order is positive, and the sign goes to the product.
  std::pair<bool, std::string> signed_text(const ex& e) const {
    if (is_a<numeric>(e)) {
      const numeric n = ex_to<numeric>(e);
      if (n.is_real() && n.is_negative()) return {true, number(-n)};
      return {false, number(n)};
    }
    if (is_a<mul>(e) || (is_a<power>(e) && is_a<numeric>(e.op(1)))) return product(e);
    if (is_a<symbol>(e)) return {false, symbol_name(ex_to<symbol>(e))};
    if (e.is_equal(Pi)) return {false, s_ == style::latex ? "\\pi" : s_ == style::ascii ? "pi" : "π"};
    if (is_e(e)) return {false, s_ == style::ascii ? "exp(1)" : "e"};
    if (is_a<add>(e)) return {false, sum(e)};
    if (is_a<lst>(e)) return {false, list(e)};
    if (is_call(e)) return {false, call(e)};
    if (is_a<relational>(e)) return {false, (*this)(e.lhs()) + " = " + (*this)(e.rhs())};
    return {false, plain(e)};
  }

  // Terms: those with a function (log, ψ, lnΓ) first, then monomials, then terms with a sum in them,
  // the constant last; within a rank by the text of the term without its sign and coefficient.
  struct term {
    int rank;
    std::string key;
    bool negative;
    std::string text;
  };
  int factor_kind(const ex& f) const {  // 0 π, 1 e, 2 symbols, 3 sums, 4 calls
    const ex base = is_a<power>(f) ? f.op(0) : f;
    if (base.is_equal(Pi)) return 0;
    if (is_e(base)) return 1;
    if (is_a<symbol>(base) || is_a<numeric>(base)) return 2;
    if (is_a<add>(base)) return 3;
    return 4;
  }
  term make_term(const ex& t) const {
    const auto [negative, text] = signed_text(t);
    if (is_a<numeric>(t)) return {3, "", negative, text};
    const ex rest = t / coefficient(t);
    int rank = 1;
    const auto see = [&](const ex& f) {
      const int k = factor_kind(f);
      if (k == 4) rank = 0;
      else if (k == 3 && rank != 0) rank = 2;
    };
    if (is_a<mul>(rest)) for (const auto& f : rest) see(f);
    else see(rest);
    return {rank, signed_text(rest).second, negative, text};
  }
  std::vector<term> sorted_terms(const ex& e) const {
    std::vector<term> terms;
    for (const auto& t : e) terms.push_back(make_term(t));
    std::stable_sort(terms.begin(), terms.end(), [](const term& a, const term& b) {
      return a.rank != b.rank ? a.rank < b.rank : natural_less(a.key, b.key);
    });
    return terms;
  }
  bool leads_negative(const ex& sum_ex) const { return sorted_terms(sum_ex).front().negative; }

  // `negate`: print −e, term by term (GiNaC may hand the sign back if asked to build −e).
  std::string sum(const ex& e, bool negate = false) const {
    std::vector<term> terms = sorted_terms(e);
    if (negate)
      for (term& t : terms) t.negative = !t.negative;
    // A sum of plain monomials reads best with a positive term first: 1 − p, μ₂ − μ₁.
    const bool plain_terms = std::all_of(terms.begin(), terms.end(), [](const term& t) { return t.rank != 0; });
    if (plain_terms && terms.front().negative) {
      const auto positive = std::find_if(terms.begin(), terms.end(), [](const term& t) { return !t.negative; });
      if (positive != terms.end()) std::rotate(terms.begin(), positive, positive + 1);
    }
    std::string out;
    for (const term& t : terms) {
      if (out.empty()) out = t.negative ? "-" + t.text : t.text;
      else out += (t.negative ? " - " : " + ") + t.text;
    }
    return out;
  }

  // Factors of a product in a fixed order: π, e, symbols and their powers, sums, then calls.
  struct factor {
    ex f;
    bool negate = false;  // print the sum in it (or the base of its power) negated
  };
  std::string text_of(const factor& x) const {
    if (is_a<add>(x.f)) return open() + sum(x.f, x.negate) + close();
    if (is_a<power>(x.f)) return power_of(x.f.op(0), x.f.op(1), x.negate);
    return (*this)(x.f);
  }
  std::string factors(const std::vector<factor>& fs, const numeric& c) const {
    std::vector<std::pair<std::string, ex>> printed;
    for (const auto& x : fs) printed.emplace_back(text_of(x), x.f);
    std::stable_sort(printed.begin(), printed.end(), [this](const auto& a, const auto& b) {
      const int ka = factor_kind(a.second), kb = factor_kind(b.second);
      return ka != kb ? ka < kb : natural_less(a.first, b.first);
    });
    std::string out = c == 1 && !printed.empty() ? "" : str(c);
    for (const auto& [text, f] : printed) {
      if (!out.empty()) {
        if (s_ == style::ascii) out += "*";
        else if (s_ == style::latex) out += " ";
        else if (factor_kind(f) == 4 || (!out.empty() && out.back() == ')' && factor_kind(f) != 3))
          out += "·";  // 2πσ², (a − 1)(b − 1), but k·log(θ) and (k − 1)·ψ(k)
      }
      out += text;
    }
    return out;
  }

  std::pair<bool, std::string> product(const ex& e) const {
    numeric c = 1;
    bool flip = false;
    std::vector<factor> top, bottom;
    const auto take = [&](const ex& f) {
      if (is_a<numeric>(f)) {
        c *= ex_to<numeric>(f);
        return;
      }
      factor x{f};
      if (is_a<add>(f) && leads_negative(f)) {
        x.negate = true;
        flip = !flip;
      } else if (is_a<power>(f) && is_a<add>(f.op(0)) && is_a<numeric>(f.op(1)) &&
                 ex_to<numeric>(f.op(1)).is_integer() && leads_negative(f.op(0))) {
        x.negate = true;
        if (ex_to<numeric>(f.op(1)).is_odd()) flip = !flip;
      }
      if (is_a<power>(f) && is_a<numeric>(f.op(1)) && ex_to<numeric>(f.op(1)).is_negative()) {
        const ex exponent = -f.op(1);
        x.f = exponent.is_equal(1) ? f.op(0) : pow(f.op(0), exponent);
        bottom.push_back(x);
      } else {
        top.push_back(x);
      }
    };
    if (is_a<mul>(e)) for (const auto& f : e) take(f);
    else take(e);
    if (c.is_negative()) {
      c = -c;
      flip = !flip;
    }
    const numeric a = c.numer(), b = c.denom();
    const bool only_calls =
        !top.empty() && std::all_of(top.begin(), top.end(), [](const factor& x) { return is_call(x.f); });
    if (bottom.empty() && (b == 1 || only_calls)) {
      // a coefficient in front: 2σ², 1/4·log(2)
      if (b == 1) return {flip, top.size() == 1 && a == 1 ? single(top[0]) : factors(top, a)};
      const std::string joint = s_ == style::ascii ? "*" : s_ == style::latex ? " " : "·";
      return {flip, number(c) + joint + factors(top, 1)};
    }
    const std::string n = factors(top, a), d = factors(bottom, b);
    if (s_ == style::latex) return {flip, "\\frac{" + n + "}{" + d + "}"};
    const bool d_compound = bottom.size() + (b == 1 ? 0 : 1) > 1 ||
                            (bottom.size() == 1 && b == 1 && is_a<mul>(bottom[0].f));
    const bool n_compound = top.size() + (a == 1 ? 0 : 1) > 1 && s_ == style::ascii;
    return {flip, (n_compound ? "(" + n + ")" : n) + "/" + (d_compound ? "(" + d + ")" : d)};
  }

  // A lone factor, without a coefficient.
  std::string single(const factor& x) const {
    if (is_a<add>(x.f)) return sum(x.f, x.negate);
    return text_of(x);
  }

  std::string power_of(const ex& base, const ex& exponent, bool negate_base = false) const {
    const bool atomic = is_a<symbol>(base) || is_a<constant>(base) || is_call(base) ||
                        (is_a<numeric>(base) && ex_to<numeric>(base).is_integer() && !is_negative(base));
    std::string b = is_a<add>(base) ? sum(base, negate_base) : (*this)(base);
    if (exponent.is_equal(numeric(1, 2))) {
      if (s_ == style::latex) return "\\sqrt{" + b + "}";
      if (s_ == style::ascii) return "sqrt(" + b + ")";
      return atomic ? "√" + b : "√(" + b + ")";
    }
    if (!atomic) b = open() + b + close();
    if (is_a<numeric>(exponent) && ex_to<numeric>(exponent).is_integer()) {
      const std::string n = str(ex_to<numeric>(exponent));
      if (s_ == style::unicode) return b + superscript(n);
      if (s_ == style::latex) return b + "^{" + n + "}";
      return b + "^" + n;
    }
    if (s_ == style::latex) return b + "^{" + (*this)(exponent) + "}";
    return b + "^(" + (*this)(exponent) + ")";
  }

  std::string args(const ex& e, std::size_t from = 0) const {
    std::string out;
    for (std::size_t i = from; i < e.nops(); ++i) out += (i > from ? ", " : "") + (*this)(e.op(i));
    return out;
  }

  std::string call(const ex& e) const {
    const std::string name = ex_to<function>(e).get_name();
    const bool latex = s_ == style::latex, ascii = s_ == style::ascii;
    const std::string a = args(e);
    const bool simple = is_a<symbol>(e.op(0)) || is_a<numeric>(e.op(0));
    const std::string in_parens = (latex ? "\\left(" + a + "\\right)" : "(" + a + ")");
    if (name == "log") return latex ? (simple ? "\\ln " + a : "\\ln" + in_parens) : "log" + in_parens;
    if (name == "log2") return latex ? (simple ? "\\log_2 " + a : "\\log_2" + in_parens)
                                     : (ascii ? "log2" : "log₂") + in_parens;
    if (name == "exp") return latex ? "e^{" + a + "}" : "exp" + in_parens;
    if (name == "lgamma") return (latex ? "\\ln\\Gamma" : ascii ? "lgamma" : "lnΓ") + in_parens;
    if (name == "tgamma") return (latex ? "\\Gamma" : ascii ? "tgamma" : "Γ") + in_parens;
    if (name == "psi" && e.nops() == 1) return (latex ? "\\psi" : ascii ? "psi" : "ψ") + in_parens;
    if (name == "psi" && e.op(0).is_equal(1)) {
      const std::string x = (*this)(e.op(1));
      return latex ? "\\psi_1\\left(" + x + "\\right)" : ascii ? "psi(1, " + x + ")" : "ψ₁(" + x + ")";
    }
    if (name == "factorial") return (simple ? a : in_parens) + "!";
    if (name == "binomial")
      return latex ? "\\binom{" + (*this)(e.op(0)) + "}{" + (*this)(e.op(1)) + "}"
                   : (ascii ? "binomial" : "C") + in_parens;
    return name + in_parens;
  }

  std::string list(const ex& e) const {
    const bool matrix_like = e.nops() > 0 && is_a<lst>(e.op(0));
    if (s_ == style::latex && matrix_like) {
      std::string out = "\\begin{pmatrix}";
      for (std::size_t i = 0; i < e.nops(); ++i) {
        if (i) out += " \\\\ ";
        for (std::size_t j = 0; j < e.op(i).nops(); ++j) out += (j ? " & " : "") + (*this)(e.op(i).op(j));
      }
      return out + "\\end{pmatrix}";
    }
    if (s_ == style::latex) return "\\left(" + args(e) + "\\right)";
    return "[" + args(e) + "]";
  }
};

}  // namespace

std::string print(const ex& e, style s) { return printer(s)(e); }

}  // namespace info::symbolic::detail
