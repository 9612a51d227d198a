// Reading distributions from text.
//
// The parser works in two passes. The first reads the text into a small syntax tree (numbers with
// their positions, family calls, mixture parts) and refuses malformed text with info::spec_error at
// the offending character. The second checks each parameter against its family's domain and builds
// the Boost.Math objects, refusing invalid values with info::invalid_distribution. The grammar is not
// recursive (a mixture holds families, never mixtures), so no input can exhaust the stack, and every
// loop consumes at least one character per step, so every input is read in linear time.
#include "info/spec.hpp"

#include "families.hpp"
#include "info/error.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace info {
namespace {

// ---------------------------------------------------------------------------------------------
// The families, their parameters and the domain of each parameter.

enum class kind { continuous, discrete };

using families::domain;
using families::parameter;

struct family_entry {
  std::string_view name;
  kind type;
  std::size_t arity;
  std::array<parameter, 2> parameters;
  std::string_view example;
  bool ordered = false;  // the first parameter must be below the second
};

// The continuous families come from families.cpp, each with its parameters, example and aliases.
constexpr std::array<family_entry, 5> discrete_table{{
    {"binomial", kind::discrete, 2, {{{"n", domain::count}, {"p", domain::probability}}}, "binomial(10, 0.5)"},
    {"poisson", kind::discrete, 1, {{{"mean", domain::positive}, {}}}, "poisson(4)"},
    {"geometric", kind::discrete, 1, {{{"p", domain::success}, {}}}, "geometric(0.5)"},
    {"negative_binomial", kind::discrete, 2, {{{"r", domain::positive}, {"p", domain::success}}},
     "negative_binomial(3, 0.5)"},
    {"bernoulli", kind::discrete, 1, {{{"p", domain::probability}, {}}}, "bernoulli(0.3)"},
}};

// Other spellings of the discrete families. Only unambiguous ones: scipy's "geom" counts trials, not
// failures, so it is deliberately absent.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> discrete_aliases{{
    {"binom", "binomial"},
    {"nbinom", "negative_binomial"},
    {"negbin", "negative_binomial"},
    {"neg_binomial", "negative_binomial"},
    {"pois", "poisson"},
}};

// Every family: the continuous ones first, in the order of info::continuous_family (so that an entry's
// index is its alternative's), then the discrete ones.
const std::vector<family_entry>& family_table() {
  static const std::vector<family_entry> table = [] {
    std::vector<family_entry> t;
    for (const auto& e : families::entries())
      t.push_back({e.name, kind::continuous, e.arity, e.parameters, e.example, e.ordered});
    t.insert(t.end(), discrete_table.begin(), discrete_table.end());
    return t;
  }();
  return table;
}

// (alias, name) for every family.
const std::vector<std::pair<std::string_view, std::string_view>>& alias_table() {
  static const std::vector<std::pair<std::string_view, std::string_view>> table = [] {
    std::vector<std::pair<std::string_view, std::string_view>> t;
    for (const auto& e : families::entries())
      for (const auto alias : e.aliases) t.emplace_back(alias, e.name);
    t.insert(t.end(), discrete_aliases.begin(), discrete_aliases.end());
    return t;
  }();
  return table;
}

// "normal, exponential, ..." for one kind.
std::string names_of(kind type) {
  std::string s;
  for (const auto& f : family_table())
    if (f.type == type) s += (s.empty() ? "" : ", ") + std::string(f.name);
  return s;
}

const std::string& continuous_families() {
  static const std::string names = names_of(kind::continuous);
  return names;
}

const std::string& known_families() {
  static const std::string names = continuous_families() + " (continuous); " + names_of(kind::discrete) +
                                   " (discrete); and mixture(w1*family1, w2*family2, ...)";
  return names;
}

constexpr std::string_view mixture_example = "mixture(0.5*normal(-2, 1), 0.5*normal(2, 1))";
constexpr std::string_view list_example = "0.2,0.3,0.5";

// "mean, sd"
std::string parameter_names(const family_entry& f) {
  std::string s;
  for (std::size_t i = 0; i < f.arity; ++i) {
    if (i > 0) s += ", ";
    s += f.parameters[i].name;
  }
  return s;
}

// "normal(mean, sd)"
std::string signature(const family_entry& f) { return std::string(f.name) + "(" + parameter_names(f) + ")"; }

std::string usage(const family_entry& f) {
  return "write " + signature(f) + ", e.g. " + std::string(f.example);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::optional<std::size_t> find_family(std::string_view lowered) {
  std::string_view target = lowered;
  for (const auto& [alias, name] : alias_table())
    if (alias == lowered) target = name;
  for (std::size_t i = 0; i < family_table().size(); ++i)
    if (family_table()[i].name == target) return i;
  return std::nullopt;
}

// Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
// neighbours each cost 1, so "normla" is one step from "normal".
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

// The canonical family closest to an unknown name, if any is close enough to be a likely typo.
std::optional<std::string_view> suggestion(std::string_view lowered) {
  if (lowered.size() > 40) return std::nullopt;
  const std::size_t allowed = lowered.size() <= 4 ? 1 : lowered.size() <= 8 ? 2 : 3;
  std::optional<std::string_view> best;
  std::size_t best_distance = allowed + 1;
  auto consider = [&](std::string_view candidate, std::string_view canonical) {
    if (candidate.size() < 3) return;  // "t" is one edit from every one-letter word
    const std::size_t dist = edit_distance(lowered, candidate);
    if (dist < best_distance) {
      best_distance = dist;
      best = canonical;
    }
  };
  for (const auto& f : family_table()) consider(f.name, f.name);
  consider("mixture", "mixture");
  for (const auto& [alias, name] : alias_table()) consider(alias, name);
  return best;
}

// ---------------------------------------------------------------------------------------------
// Showing pieces of the text in messages: control characters escaped, long pieces cut at a UTF-8
// character boundary.

std::string shown(std::string_view s, std::size_t limit = 40) {
  bool cut = false;
  if (s.size() > limit) {
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s = s.substr(0, end);
    cut = true;
  }
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      constexpr char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 0xF];
    } else {
      out += c;
    }
  }
  if (cut) out += "...";
  return out;
}

// Appended into one reserved string: at -O3 g++ 12 inlines the temporaries of a "'" + ... + "'" chain
// and raises a known false-positive -Wrestrict in std::string's insert, which -Werror would turn into a
// failed Release build.
std::string quoted(std::string_view s) {
  const std::string inner = shown(s);
  std::string out;
  out.reserve(inner.size() + 2);
  out += '\'';
  out += inner;
  out += '\'';
  return out;
}

// ---------------------------------------------------------------------------------------------
// The syntax tree.

struct number {
  double value = 0;
  std::size_t at = 0;
  std::string_view written;
};

struct call {
  std::size_t entry = 0;  // index into family_table
  std::size_t at = 0;     // where the name starts
  std::vector<number> args;
};

struct part {
  number weight;
  call family;
};

struct syntax {
  enum class form { list, family, mixture } shape = form::list;
  std::vector<number> list;
  call family;
  std::vector<part> parts;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_delimiter(char c) { return is_space(c) || c == ',' || c == '(' || c == ')' || c == '*'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_identifier(std::string_view w) {
  if (w.empty() || !is_letter(w[0])) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return is_letter(c) || is_digit(c); });
}

class parser {
 public:
  parser(std::string_view text, const std::string& name) : text_(text), name_(name) {}

  syntax parse() {
    syntax s;
    skip_space();
    if (at_end())
      throw spec_error(0, (name_.empty() ? std::string("the spec") : name_) + " is empty: give a list like " +
                              std::string(list_example) + " or a family like normal(0, 1)");
    const std::string_view w = word();
    const bool call_follows = pos_ + w.size() < text_.size() && text_[pos_ + w.size()] == '(';
    if (!w.empty() && (is_letter(w[0]) || call_follows) && !read_number(w)) {
      const std::size_t at = pos_;
      if (!is_identifier(w))
        fail(at, quoted(w) + " is neither a number nor a family name (family names are written in ASCII "
                     "letters, digits and '_'): give a list like " + std::string(list_example) +
                     " or a family like normal(0, 1)");
      pos_ += w.size();
      if (lower(w) == "mixture") {
        s.shape = syntax::form::mixture;
        s.parts = parse_mixture();
      } else {
        s.shape = syntax::form::family;
        s.family = parse_call(lookup(w, at), at);
      }
    } else {
      s.shape = syntax::form::list;
      s.list = parse_list();
    }
    skip_space();
    if (!at_end()) trailing(s);
    return s;
  }

 private:
  [[noreturn]] void fail(std::size_t at, const std::string& problem) const {
    throw spec_error(at, name_.empty() ? problem : "in " + name_ + ", " + problem);
  }

  [[nodiscard]] bool at_end() const { return pos_ >= text_.size(); }
  void skip_space() {
    while (!at_end() && is_space(text_[pos_])) ++pos_;
  }
  // The run of non-delimiters starting here (empty at a delimiter or at the end).
  [[nodiscard]] std::string_view word() const {
    std::size_t end = pos_;
    while (end < text_.size() && !is_delimiter(text_[end])) ++end;
    return text_.substr(pos_, end - pos_);
  }
  [[nodiscard]] std::string found() const {
    return at_end() ? std::string("the end of the spec") : quoted(text_.substr(pos_, 1));
  }
  [[nodiscard]] static std::string at_character(std::size_t at) { return "character " + std::to_string(at + 1); }

  // A decimal number ("0.25", "-3", "1e-3", ".5"), or inf, infinity, nan with an optional sign.
  // Returns nothing when `w` is not a number; throws when it is one that no double can hold.
  [[nodiscard]] std::optional<double> read_number(std::string_view w) const {
    // A fraction "a/b" of two decimals ("1/3", "2.5/10"): a student types 1/3 rather than sixteen
    // decimals. Its value is a/b rounded once when a and b are exact doubles (integers below 2^53).
    if (const std::size_t slash = w.find('/'); slash != std::string_view::npos) {
      const auto a = read_decimal(w.substr(0, slash), w);
      const auto b = read_decimal(w.substr(slash + 1), w);
      if (!a || !b || !std::isfinite(*a) || !std::isfinite(*b)) return std::nullopt;
      if (*b == 0) fail(pos_, quoted(w) + " divides by zero: give a fraction whose denominator is not 0");
      const double value = *a / *b;
      if (!std::isfinite(value))
        fail(pos_, quoted(w) + " is too large for a double (the largest is about 1.8e308): give a finite number");
      if (value == 0 && *a != 0)
        fail(pos_, quoted(w) + " is too small for a double (the smallest is about 4.9e-324): write 0 if you mean "
                               "zero, or a larger number");
      return value;
    }
    return read_decimal(w, w);
  }

  // One decimal (no fraction); `whole` is the word it came from, for messages.
  [[nodiscard]] std::optional<double> read_decimal(std::string_view part, std::string_view whole) const {
    const std::string_view w = whole;
    std::string_view body = part;
    if (body.size() > 1 && body[0] == '+' && body[1] != '-' && body[1] != '+') body.remove_prefix(1);
    if (body.empty()) return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), value);
    if (end != body.data() + body.size()) return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
      if (too_large(body))
        fail(pos_, quoted(w) + " is too large for a double (the largest is about 1.8e308): give a finite number");
      fail(pos_, quoted(w) +
                     " is too small for a double (the smallest is about 4.9e-324): write 0 if you mean zero, or "
                     "a larger number");
    }
    if (ec != std::errc{}) return std::nullopt;
    return value;
  }

  // Whether an out-of-range decimal overflowed (rather than underflowed): its decimal exponent,
  // counted from its first significant digit, is positive.
  static bool too_large(std::string_view body) {
    if (!body.empty() && body[0] == '-') body.remove_prefix(1);
    const std::size_t e = body.find_first_of("eE");
    const std::string_view mantissa = body.substr(0, e);
    long long exponent = 0;
    if (e != std::string_view::npos) {
      std::string_view digits = body.substr(e + 1);
      bool negative = false;
      if (!digits.empty() && (digits[0] == '+' || digits[0] == '-')) {
        negative = digits[0] == '-';
        digits.remove_prefix(1);
      }
      for (char c : digits) exponent = std::min(exponent * 10 + (c - '0'), 1'000'000'000LL);
      if (negative) exponent = -exponent;
    }
    const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
    const std::size_t first = mantissa.find_first_of("123456789");
    if (first == std::string_view::npos) return false;
    // The first significant digit stands for 10^(point - first - 1), or 10^(point - first) after the point.
    const long long lead = first < point ? static_cast<long long>(point - first - 1)
                                         : -static_cast<long long>(first - point);
    return exponent + lead > 0;
  }

  static std::string hint(std::string_view w) {
    if (w.find(';') != std::string_view::npos) return " (separate numbers with commas, not semicolons)";
    if (w.find('/') != std::string_view::npos) return " (a fraction is two numbers and one '/': 1/4)";
    if (w.find('%') != std::string_view::npos) return " (write probabilities, not percentages: 0.25, not 25%)";
    if (w.find_first_of("[]{}") != std::string_view::npos) return " (write the numbers without brackets)";
    if (w.find(':') != std::string_view::npos) return " (write decimals with a point: 0.25)";
    if (is_identifier(w) && (find_family(lower(w)) || lower(w) == "mixture"))
      return " (a family cannot be a parameter; to combine families write " + std::string(mixture_example) + ")";
    return "";
  }

  // Reads one number at the current position; `what` names it ("normal's mean"), `fix` says how to
  // write the spec correctly.
  number expect_number(const std::string& what, const std::string& fix) {
    skip_space();
    if (at_end()) fail(pos_, "expected " + what + ", but the spec ends here: " + fix);
    const std::string_view w = word();
    if (w.empty()) {
      const char c = text_[pos_];
      if (c == ',' || c == ')') fail(pos_, "expected " + what + " before " + found() + " (an empty entry): " + fix);
      fail(pos_, "expected " + what + ", found " + found() + ": " + fix);
    }
    const auto value = read_number(w);
    if (!value) fail(pos_, quoted(w) + " is not a number" + hint(w) + "; expected " + what + ": " + fix);
    number n{*value, pos_, w};
    pos_ += w.size();
    return n;
  }

  std::vector<number> parse_list() {
    const std::string fix = "write probabilities separated by commas, like " + std::string(list_example);
    std::vector<number> list;
    for (;;) {
      list.push_back(expect_number("a probability", fix));
      skip_space();
      if (at_end()) return list;
      if (text_[pos_] != ',') {
        std::string extra;
        if (text_[pos_] == '*')
          extra = " (a weighted family belongs inside a mixture: " + std::string(mixture_example) + ")";
        else if (text_[pos_] == '(' || text_[pos_] == ')')
          extra = " (a list holds plain numbers, without parentheses)";
        fail(pos_, "expected ',' or the end of the list, found " + found() + extra + ": " + fix);
      }
      const std::size_t comma = pos_++;
      skip_space();
      if (at_end())
        fail(comma, "the list ends with a comma: remove the trailing ',' or add the missing probability");
    }
  }

  std::size_t lookup(std::string_view written, std::size_t at) const {
    const std::string lowered = lower(written);
    if (const auto found = find_family(lowered)) return *found;
    std::string message = "unknown family " + quoted(written);
    const auto best = suggestion(lowered);
    message += best ? ": did you mean " + std::string(*best) + "?" : std::string(".");
    fail(at, message + " Known families: " + known_families() + ".");
  }

  call parse_call(std::size_t entry, std::size_t at) {
    const family_entry& f = family_table()[entry];
    const std::string fix = usage(f);
    call c{entry, at, {}};
    skip_space();
    if (at_end() || text_[pos_] != '(')
      fail(pos_, "expected '(' after '" + std::string(f.name) + "', found " + found() + ": " + fix);
    const std::size_t open = pos_++;
    skip_space();
    std::size_t close = pos_;
    if (!at_end() && text_[pos_] == ')') {
      ++pos_;
    } else {
      for (;;) {
        const std::size_t i = c.args.size();
        const std::string what = i < f.arity ? std::string(f.name) + "'s " + std::string(f.parameters[i].name)
                                             : "a number";
        c.args.push_back(expect_number(what, fix));
        skip_space();
        if (at_end())
          fail(pos_, "expected ')' to close '" + std::string(f.name) + "(' opened at " + at_character(open) +
                         ": " + fix);
        if (text_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (text_[pos_] == ')') {
          close = pos_++;
          break;
        }
        fail(pos_, "expected ',' or ')' after " + what + ", found " + found() + ": " + fix);
      }
    }
    if (c.args.size() != f.arity) {
      const std::size_t where = c.args.size() < f.arity ? close : c.args[f.arity].at;
      fail(where, std::string(f.name) + " takes " + std::to_string(f.arity) +
                      (f.arity == 1 ? " parameter (" : " parameters (") + parameter_names(f) + "), got " +
                      std::to_string(c.args.size()) + ": " + fix);
    }
    return c;
  }

  std::vector<part> parse_mixture() {
    const std::string fix = "write mixture(w1*family1, w2*family2, ...), e.g. " + std::string(mixture_example);
    skip_space();
    if (at_end() || text_[pos_] != '(') fail(pos_, "expected '(' after 'mixture', found " + found() + ": " + fix);
    const std::size_t open = pos_++;
    skip_space();
    if (!at_end() && text_[pos_] == ')') fail(pos_, "the mixture has no components: " + fix);
    std::vector<part> parts;
    for (;;) {
      skip_space();
      const std::string_view w = word();
      if (is_identifier(w) && !read_number(w))
        fail(pos_, "mixture component " + std::to_string(parts.size() + 1) + " (" + quoted(w) +
                       ") has no weight: write each component as weight*family, e.g. 0.5*normal(0, 1)");
      const number weight = expect_number("a mixture weight", fix);
      skip_space();
      if (at_end() || text_[pos_] != '*')
        fail(pos_, "expected '*' after the weight " + quoted(weight.written) + ", found " + found() +
                       ": write each component as weight*family, e.g. 0.5*normal(0, 1)");
      ++pos_;
      skip_space();
      const std::string_view name = word();
      if (!is_identifier(name) || read_number(name))
        fail(pos_, "expected a family name after '*', found " + (name.empty() ? found() : quoted(name)) + ": " + fix);
      const std::size_t name_at = pos_;
      if (lower(name) == "mixture")
        fail(name_at, "mixtures cannot be nested: list every component in one mixture(...), multiplying the "
                      "weights out");
      const std::size_t entry = lookup(name, name_at);
      if (family_table()[entry].type == kind::discrete)
        fail(name_at, std::string(family_table()[entry].name) +
                          " is a discrete family, but a mixture takes continuous families only (" +
                          continuous_families() +
                          "): for a discrete mixture, give its probabilities as a list like " +
                          std::string(list_example));
      pos_ += name.size();
      parts.push_back({weight, parse_call(entry, name_at)});
      skip_space();
      if (at_end())
        fail(pos_, "expected ')' to close 'mixture(' opened at " + at_character(open) + ": " + fix);
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (text_[pos_] == ')') {
        ++pos_;
        break;
      }
      fail(pos_, "expected ',' or ')' after mixture component " + std::to_string(parts.size()) + ", found " +
                     found() + ": " + fix);
    }
    return parts;
  }

  [[noreturn]] void trailing(const syntax& s) const {
    const char c = text_[pos_];
    const std::string what = s.shape == syntax::form::list ? "list" : s.shape == syntax::form::family ? "family"
                                                                                                        : "mixture";
    if (c == ')')
      fail(pos_, "unexpected ')' after the end of the " + what + ": remove it (the parentheses are unbalanced)");
    fail(pos_, "unexpected " + found() + " after the end of the " + what + ": remove the extra text" +
                   (c != '(' ? ""
                    : s.shape == syntax::form::list ? " (a list holds plain numbers, without parentheses)"
                                                    : " (a family takes one pair of parentheses)"));
  }

  std::string_view text_;
  const std::string& name_;
  std::size_t pos_ = 0;
};

// ---------------------------------------------------------------------------------------------
// From syntax to distributions.

kind kind_of(const syntax& s) {
  switch (s.shape) {
    case syntax::form::list: return kind::discrete;
    case syntax::form::family: return family_table()[s.family.entry].type;
    case syntax::form::mixture: break;
  }
  return kind::continuous;
}

std::string shown_name(const std::string& name) { return name.empty() ? std::string("the spec") : name; }

// The spec as the person wrote it, without surrounding space, cut for display.
std::string trimmed(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return shown(text, 60);
}

// "P = normal(0,-1)": the start of every message about a parameter.
std::string context(std::string_view text, const std::string& name) { return shown_name(name) + " = " + trimmed(text); }

bool in_domain(double x, domain range) {
  switch (range) {
    case domain::real: return std::isfinite(x);
    case domain::positive: return std::isfinite(x) && x > 0;
    case domain::probability: return x >= 0 && x <= 1;
    case domain::success: return x > 0 && x <= 1;
    case domain::count: return std::isfinite(x) && x >= 0 && x == std::floor(x);
  }
  return false;
}

std::string_view requirement(domain range) {
  switch (range) {
    case domain::real: return "a finite number";
    case domain::positive: return "a finite number > 0";
    case domain::probability: return "a probability in [0, 1]";
    case domain::success: return "a probability in (0, 1] (at 0 no trial ever succeeds)";
    case domain::count: return "a whole number >= 0";
  }
  return "";
}

void validate(const call& c, const std::string& where) {
  const family_entry& f = family_table()[c.entry];
  for (std::size_t i = 0; i < f.arity; ++i) {
    const number& x = c.args[i];
    if (!in_domain(x.value, f.parameters[i].range))
      throw invalid_distribution(where + ": " + std::string(f.name) + "'s " + std::string(f.parameters[i].name) +
                                 " must be " + std::string(requirement(f.parameters[i].range)) + ", but it is " +
                                 shown(x.written) + " (at character " + std::to_string(x.at + 1) + "): " +
                                 usage(f));
  }
  if (f.ordered && !(c.args[0].value < c.args[1].value))
    throw invalid_distribution(where + ": " + std::string(f.name) + "'s " + std::string(f.parameters[0].name) + " (" +
                               shown(c.args[0].written) + ") must be below its " + std::string(f.parameters[1].name) +
                               " (" + shown(c.args[1].written) + "): " + usage(f));
}

// Turns any exception that is not already the library's own into info::invalid_distribution: Boost's
// constructors throw std::domain_error with messages written for programmers.
template <class F>
auto guarded(F&& build, const std::string& where, std::string_view advice) {
  try {
    return build();
  } catch (const invalid_input&) {
    throw;
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    throw invalid_distribution(where + ": the parameters were refused (" + e.what() + "): " + std::string(advice));
  }
}

continuous_family make_continuous(const call& c) {
  const double a = c.args[0].value;
  const double b = c.args.size() > 1 ? c.args[1].value : 0.0;
  return families::make(c.entry, {a, b});
}

discrete_family make_discrete(const call& c) {
  namespace bm = boost::math;
  const std::string_view name = family_table()[c.entry].name;
  const double a = c.args[0].value;
  const double b = c.args.size() > 1 ? c.args[1].value : 0.0;
  if (name == "binomial") return bm::binomial(a, b);
  if (name == "poisson") return bm::poisson(a);
  if (name == "geometric") return bm::geometric(a);
  if (name == "negative_binomial") return bm::negative_binomial(a, b);
  return bm::bernoulli(a);
}

density build_density(const syntax& s, const std::string& where) {
  if (s.shape == syntax::form::family) {
    validate(s.family, where);
    return guarded([&] { return density(make_continuous(s.family)); }, where, usage(family_table()[s.family.entry]));
  }
  std::vector<component> parts;
  double total = 0;
  for (std::size_t i = 0; i < s.parts.size(); ++i) {
    const part& p = s.parts[i];
    const double w = p.weight.value;
    if (!(w > 0 && w <= 1))
      throw invalid_distribution(where + ": the weight of mixture component " + std::to_string(i + 1) + " is " +
                                 shown(p.weight.written) + " (at character " + std::to_string(p.weight.at + 1) +
                                 "), but a weight must be in (0, 1]: give positive weights that sum to 1, e.g. " +
                                 std::string(mixture_example));
    validate(p.family, where);
    total += w;
  }
  // Same tolerance as a pmf's sum: the weights are a pmf over the components.
  if (std::abs(total - 1.0) > pmf::sum_tolerance)
    throw invalid_distribution(where + ": the mixture weights sum to " + detail::shortest(total) +
                               ", not 1: change them so they add up to 1 (the workbook never normalises "
                               "silently), e.g. " +
                               std::string(mixture_example));
  const std::string advice = "write " + std::string(mixture_example);
  return guarded(
      [&] {
        for (const part& p : s.parts) parts.push_back({p.weight.value, make_continuous(p.family)});
        return density::mixture(std::move(parts));
      },
      where, advice);
}

distribution build(const syntax& s, std::string_view text, const std::string& name) {
  const std::string where = context(text, name);
  switch (s.shape) {
    case syntax::form::list: {
      std::vector<double> values;
      values.reserve(s.list.size());
      for (const number& n : s.list) values.push_back(n.value);
      return guarded([&] { return pmf(values, name); }, where, "give probabilities that sum to 1, like 0.2,0.3,0.5");
    }
    case syntax::form::family:
      if (family_table()[s.family.entry].type == kind::discrete) {
        validate(s.family, where);
        return guarded([&] { return make_discrete(s.family); }, where, usage(family_table()[s.family.entry]));
      }
      return build_density(s, where);
    case syntax::form::mixture: break;
  }
  return build_density(s, where);
}

}  // namespace

distribution parse_spec(std::string_view text, const std::string& name) {
  const syntax s = parser(text, name).parse();
  return build(s, text, name);
}

pmf parse_pmf(std::string_view text, const std::string& name) {
  const syntax s = parser(text, name).parse();
  if (kind_of(s) != kind::discrete)
    throw incompatible_distributions(shown_name(name) + " is continuous (" + trimmed(text) +
                                     "), but a discrete distribution is needed here: give a list like 0.2,0.8 or a "
                                     "family like poisson(4)");
  distribution d = build(s, text, name);
  if (const auto* family = std::get_if<discrete_family>(&d))
    return guarded([&] { return to_pmf(*family, name); }, context(text, name),
                   "choose parameters with a shorter support");
  return std::get<pmf>(std::move(d));
}

density parse_density(std::string_view text, const std::string& name) {
  const syntax s = parser(text, name).parse();
  if (kind_of(s) != kind::continuous)
    throw incompatible_distributions(shown_name(name) + " is discrete (" + trimmed(text) +
                                     "), but a continuous distribution is needed here: give a family like "
                                     "normal(0, 1) or a mixture like " +
                                     std::string(mixture_example));
  return std::get<density>(build(s, text, name));
}

written_spec parse_written(std::string_view text, const std::string& name) {
  const syntax s = parser(text, name).parse();
  (void)build(s, text, name);  // the same validation as parse_spec
  written_spec w;
  const auto add = [&w](const std::vector<number>& numbers) {
    for (const number& n : numbers) w.numbers.emplace_back(n.written);
  };
  switch (s.shape) {
    case syntax::form::list: add(s.list); break;
    case syntax::form::family:
      w.family = family_table()[s.family.entry].name;
      add(s.family.args);
      break;
    case syntax::form::mixture: w.family = "mixture"; break;
  }
  return w;
}

std::vector<std::string> family_examples() {
  std::vector<std::string> examples;
  for (const auto& f : family_table()) examples.emplace_back(f.example);
  return examples;
}

bool is_discrete(const distribution& d) noexcept { return !std::holds_alternative<density>(d); }

std::string describe(const distribution& d) {
  if (const auto* p = std::get_if<pmf>(&d)) {
    std::string out;
    for (Eigen::Index k = 0; k < p->size(); ++k) {
      if (k > 0) out += ", ";
      out += detail::shortest(p->mass()[k]);
    }
    return out;
  }
  if (const auto* f = std::get_if<discrete_family>(&d)) return info::describe(*f);
  return std::get<density>(d).describe();
}

std::string describe_named(const distribution& d) {
  // describe()'s text, each "family(a, b)" in it (the parts of a mixture too) given its parameters' names.
  const std::string text = describe(d);
  if (std::holds_alternative<pmf>(d)) return text;
  std::string out;
  std::size_t at = 0;
  for (std::size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
    std::size_t start = open;
    while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0 || text[start - 1] == '_')) --start;
    const std::string_view name = std::string_view(text).substr(start, open - start);
    const auto f = std::find_if(family_table().begin(), family_table().end(), [&](const family_entry& e) { return e.name == name; });
    if (f == family_table().end()) continue;  // "mixture("
    const std::size_t close = text.find(')', open);
    out += text.substr(at, open + 1 - at);
    std::size_t from = open + 1;
    for (std::size_t i = 0; i < f->arity; ++i) {
      const std::size_t comma = i + 1 < f->arity ? text.find(", ", from) : close;
      out += (i ? ", " : "") + std::string(f->parameters[i].name) + " = " + text.substr(from, comma - from);
      from = comma + 2;
    }
    at = close;
  }
  return out + text.substr(at);
}

}  // namespace info
