#include "report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace infocalc {
namespace {

// Shortest text that reads back as the same double; infinity spelt out.
std::string number(double v) {
  if (std::isinf(v)) return v > 0 ? "+infinity" : "-infinity";
  return fmt::format("{}", v + 0.0);  // + 0.0 prints a negative zero as 0
}

std::string with_unit(double v, const std::string& unit) { return unit.empty() ? number(v) : number(v) + " " + unit; }

std::string how(const figure& f, const std::string& unit) {
  std::string s = f.method;
  if (f.key == "sum" && f.error) s += fmt::format(", rounding bound {:.2g} {}", *f.error, unit);
  if (f.key != "quadrature") return s;
  if (f.error) s += fmt::format(", error estimate {:.2g} {}", *f.error, unit);
  if (f.evaluations) s += fmt::format(", {} evaluations", *f.evaluations);
  return s;
}

// The exact value in nats and in bits (the chosen unit first), and its check against the double.
std::string exact_lines(const exact_figure& e, const std::string& unit) {
  const exact_value& v = e.value;
  std::string out = unit == "bits" ? fmt::format("  exact: {} bits = {} nats\n", v.bits_text, v.text)
                                   : fmt::format("  exact: {} nats = {} bits{}\n", v.text, v.bits_text,
                                                 unit == "bans" ? " (in bans, the nats over log(10))" : "");
  const info::check& c = e.check;
  if (std::isinf(c.lhs) && std::isinf(c.rhs))
    out += fmt::format("  check: the exact value and the double are both {}: {}\n", number(c.lhs),
                       c.holds() ? "agree" : "DISAGREE");
  else
    out += fmt::format("  check: the double minus the exact value ({}) is {:.3g} {}, tolerance {:.3g}: {}\n",
                       number(c.rhs), c.difference() + 0.0, unit, c.tolerance, c.holds() ? "agree" : "DISAGREE");  // + 0.0: no "-0"
  return out;
}

}  // namespace

std::string to_text(const answer& a) {
  const std::string unit = unit_of(a);
  std::string out;
  const std::string windowed =
      a.window ? fmt::format(" over outcomes {}..{} only (WINDOWED)", a.window->first, a.window->last) : "";
  out += fmt::format("{}{} = {}\n", a.symbol, windowed, with_unit(a.value.value, unit));
  if (a.what == "surprisal") {
    out += fmt::format("  S(p) = -log p with p = {}\n", a.p);
  } else {
    out += fmt::format("  {} = {}{}\n", a.p_name, a.p, a.p_note.empty() ? "" : " (" + a.p_note + ")");
    if (a.q) out += fmt::format("  Q = {}\n", *a.q);
  }
  if (a.continuous && !a.density_note.empty()) out += fmt::format("  ({})\n", a.density_note);
  out += fmt::format("  method: {}\n", a.value.method);
  if (a.value.key == "sum" && a.value.error)
    out += fmt::format("  rounding bound: {:.3g}{}, {}\n", *a.value.error, unit.empty() ? "" : " " + unit, a.bound_note);
  if (a.value.key == "quadrature") {
    if (a.value.error) out += fmt::format("  error estimate: {:.3g}{}\n", *a.value.error, unit.empty() ? "" : " " + unit);
    if (a.value.evaluations) out += fmt::format("  integrand evaluations: {}\n", *a.value.evaluations);
    // The calculator's accuracy target is 1e-9 relative (1e-12 absolute near zero); say so when the
    // integrator's own estimate does not reach it.
    if (a.value.error && !(*a.value.error <= std::max(1e-9 * std::abs(a.value.value), 1e-12)))
      out += "  WARNING: the error estimate exceeds 1e-9 of the value: the quadrature did not converge to the "
             "calculator's accuracy target, so trust only the digits the estimate allows\n";
  }
  if (a.capacity) {
    const auto& c = *a.capacity;
    out += fmt::format("  bounds: I(r; W) = {} <= C(W) <= {} (the gap, {:.3g} {}, is below 1e-12 nats)\n",
                       number(a.value.value), with_unit(c.upper, unit), c.gap + 0.0, unit);
    std::string input;
    for (const double v : c.input) input += fmt::format("{}{}", input.empty() ? "" : ", ", v);
    out += fmt::format("  capacity-achieving input r: {}\n", input);
  }
  if (!a.why_infinite.empty()) out += fmt::format("  why infinite: {}\n", a.why_infinite);
  if (a.exact) out += exact_lines(*a.exact, unit);

  if (a.identity) {
    const auto& c = *a.identity;
    const std::string h = a.continuous ? "h(P)" : "H(P)";
    out += fmt::format("  check: H(P,Q) = {} + KL(P||Q), each of the three computed separately\n", h);
    auto line = [&](const std::string& label, const figure& f) {
      out += fmt::format("    {:<17} = {}   [{}]\n", label, with_unit(f.value, unit), how(f, unit));
    };
    line("H(P,Q)", c.cross_entropy);
    line(h, c.entropy);
    line("KL(P||Q)", c.kl);
    out += fmt::format("    {:<17} = {}\n", h + " + KL(P||Q)", with_unit(c.check.rhs, unit));
    if (std::isinf(c.check.lhs) && std::isinf(c.check.rhs))
      out += fmt::format("    both sides are {}: {}\n", number(c.check.lhs), c.check.holds() ? "holds" : "FAILS");
    else
      out += fmt::format("    difference {:.3g} {}, tolerance {:.3g}: {}\n", c.check.difference(), unit,
                         c.check.tolerance, c.check.holds() ? "holds" : "FAILS");
  }

  if (a.terms) {
    out += fmt::format("  terms {} in {} (12 digits shown):\n", a.terms_heading, unit);
    out += fmt::format("    {:>8}  {:>20}  {:>20}  {:>20}\n", "x", "P(x)", a.q ? "Q(x)" : "", "term");
    for (const auto& row : *a.terms) {
      const std::string q = a.q ? fmt::format("{:.12g}", row.q) : "";
      out += fmt::format("    {:>8}  {:>20.12g}  {:>20}  {:>20}\n", row.outcome, row.p, q,
                         std::isinf(row.term) ? number(row.term) : fmt::format("{:.12g}", row.term));
    }
  }
  for (const auto& note : a.notes) out += fmt::format("  note: {}\n", note);
  return out;
}

}  // namespace infocalc
