// Exact values beside the doubles (kit/exact.hpp). This file is the one place that asks whether the
// symbolic layer was built: without it, every function here prints nothing.
#include "kit/exact.hpp"

#ifdef WORKBOOK_HAS_SYMBOLIC
#include <info/error.hpp>
#include <info/symbolic/exact.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#endif

namespace kit {

#ifdef WORKBOOK_HAS_SYMBOLIC

namespace {

namespace sym = info::symbolic;

// The specs read exactly, or nothing when a mass is not rational (the line is then left out).
std::optional<sym::exact_pmf> read(std::string_view spec, const char* name) {
  try {
    return sym::read_exact(spec, name);
  } catch (const info::invalid_input&) {
    return std::nullopt;
  }
}

// A value is "as short as a fraction" when it has no logarithm left: 3/2, 169/100.
bool short_form(const std::string& text) { return text.find("log") == std::string::npos && text.size() <= 12; }

// The exact value in the unit: bits as log₂, nats as log, bans as nats converted (no log₁₀ form).
std::string written(const sym::expr& e, info::base unit) {
  if (e.is_infinite()) return "∞";
  // "1 bit", not "1 bits".
  auto with = [](const std::string& value, const char* unit) { return value + " " + unit + (value == "1" ? "" : "s"); };
  const std::string nats = with(e.text(), "nat"), bits = with(e.bits().text(), "bit");
  if (short_form(e.bits().text())) return nats + " = " + bits;  // a rational number of bits: both
  return unit == info::base::bits ? bits : nats;
}

// The number of terms of a sum as the layer writes it: the + and − between terms, outside parentheses.
int terms(const std::string& text) {
  int n = 1, depth = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')') --depth;
    if (depth == 0 && text[i] == ' ' && (text[i + 1] == '+' || text[i + 1] == '-') && text[i + 2] == ' ') ++n;
  }
  return n;
}

double in_unit(const sym::expr& e, info::base unit) {
  if (e.is_infinite()) return std::numeric_limits<double>::infinity();
  return info::from_nats(e.value(), unit);
}

// Exact and double agree: both infinite, or within 1e-14 relative.
bool agrees(double exact, double computed) {
  if (std::isinf(exact) || std::isinf(computed)) return exact == computed;
  return std::abs(exact - computed) <= 1e-14 * std::max(1.0, std::abs(exact));
}

}  // namespace

bool symbolic_layer_built() { return true; }

void exact_line(step& s, std::string_view label, exact_measure m, std::string_view p_spec, std::string_view q_spec,
                double computed, info::base unit) {
  const std::optional<sym::exact_pmf> p = read(p_spec, "P");
  if (!p) return;
  std::optional<sym::exact_pmf> q;
  if (m != exact_measure::entropy) {
    q = read(q_spec, "Q");
    if (!q) return;
  }
  sym::expr e;
  try {
    switch (m) {
      case exact_measure::entropy: e = sym::entropy(*p); break;
      case exact_measure::cross_entropy: e = sym::cross_entropy(*p, *q); break;
      case exact_measure::kl: e = sym::kl(*p, *q); break;
      case exact_measure::js: e = sym::js(*p, *q); break;
    }
  } catch (const info::invalid_input&) {
    return;  // a measure the layer cannot hold exactly: no exact line
  }
  const double exact = in_unit(e, unit);
  const bool ok = agrees(exact, computed);
  std::string value = written(e, unit);
  // A long list of awkward masses gives a sum of dozens of logarithms of primes with huge coefficients;
  // the line then says how many terms it has rather than run across the screen.
  if (kit::display_width(value) > 76)
    value = fmt::format("a sum of {} terms in logarithms of primes (too long for a line)", terms(value));
  std::string text = fmt::format("{} = {}", label, value);
  if (!ok) text += fmt::format("  (its value {} is not the {} computed above)", exact, computed);
  s.exact(text, ok);
}

void exact_identity(step& s, std::string_view p_spec, std::string_view q_spec) {
  const std::optional<sym::exact_pmf> p = read(p_spec, "P"), q = read(q_spec, "Q");
  if (!p || !q) return;
  try {
    const sym::expr h_pq = sym::cross_entropy(*p, *q), h_p = sym::entropy(*p), kl = sym::kl(*p, *q);
    if (h_pq.is_infinite() || kl.is_infinite()) return;  // ∞ − ∞ says nothing
    const sym::expr gap = h_pq - h_p - kl;
    s.exact(gap.is_zero() ? "H(P, Q) − H(P) − KL(P‖Q) = 0 exactly, as a sum of logarithms of primes"
                          : "H(P, Q) − H(P) − KL(P‖Q) = " + gap.text() + ", not 0",
            gap.is_zero());
  } catch (const info::invalid_input&) {
  }
}

#else  // without the symbolic layer: nothing to print

bool symbolic_layer_built() { return false; }
void exact_line(step&, std::string_view, exact_measure, std::string_view, std::string_view, double, info::base) {}
void exact_identity(step&, std::string_view, std::string_view) {}

#endif

}  // namespace kit
