#include "request.hpp"

#include "measures.hpp"

#include "info/error.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <utility>

namespace infocalc {
namespace {

constexpr std::array<std::pair<std::string_view, method>, 4> methods{{
    {"auto", method::automatic},
    {"closed-form", method::closed_form},
    {"quadrature", method::quadrature},
    {"sum", method::sum},
}};

// A whole non-negative decimal integer, or nothing.
std::optional<long long> outcome(std::string_view text) {
  long long k = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), k);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty() || k < 0) return std::nullopt;
  return k;
}

}  // namespace

quantity parse_quantity(std::string_view text) {
  if (text == "surprisal") return "surprisal";
  std::string names = "surprisal";
  for (const measure& m : measures()) {
    if (text == m.name) return m.name;
    names += fmt::format(", {}", m.name);
  }
  throw usage_error(fmt::format("unknown quantity '{}': choose one of {} (e.g. infocalc kl 0.5,0.5 0.9,0.1)", text,
                                names));
}

method parse_method(std::string_view text) {
  for (const auto& [name, m] : methods)
    if (text == name) return m;
  throw usage_error(
      fmt::format("unknown method '{}' for --method: choose one of auto, closed-form, quadrature, sum", text));
}

info::window parse_window(std::string_view text) {
  const auto colon = text.find(':');
  const auto advice = "write --window A:B with whole outcomes 0 <= A <= B, e.g. --window 0:9";
  if (colon == std::string_view::npos)
    throw usage_error(fmt::format("--window '{}' has no colon: {}", text, advice));
  const auto first = outcome(text.substr(0, colon));
  const auto last = outcome(text.substr(colon + 1));
  if (!first || !last) throw usage_error(fmt::format("--window '{}' is not two whole outcomes: {}", text, advice));
  if (*first > *last)
    throw usage_error(fmt::format("--window '{}' ends before it starts: {}", text, advice));
  if (*last >= info::max_outcomes)
    throw usage_error(fmt::format("--window '{}' reaches past outcome {}, more than a pmf may hold: "
                                  "end the window below {}",
                                  text, info::max_outcomes - 1, info::max_outcomes));
  return info::window{static_cast<Eigen::Index>(*first), static_cast<Eigen::Index>(*last)};
}

double parse_alpha(std::string_view text) {
  double a = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), a);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || !(a > 0))
    throw usage_error(fmt::format("--alpha '{}' is not an order > 0: give the Renyi order as a number above 0, e.g. "
                                  "--alpha 2 (1 is Shannon's entropy or KL; inf the min-entropy or the largest "
                                  "log-ratio)",
                                  text));
  return a;
}

info::base parse_unit(std::string_view text) {
  // The library reads the spellings; its refusal is turned into the calculator's message about --base.
  try {
    return info::parse_base(text);
  } catch (const info::invalid_input&) {
    throw usage_error(fmt::format("unknown base '{}' for --base: choose 2 (or bits), e (or nats), 10 (or bans)", text));
  }
}

std::string_view spelling(method m) noexcept {
  for (const auto& [name, each] : methods)
    if (each == m) return name;
  return "?";
}

std::string_view base_spelling(info::base b) noexcept {
  switch (b) {
    case info::base::bits: return "2";
    case info::base::bans: return "10";
    case info::base::nats: break;
  }
  return "e";
}

bool needs_q(quantity q) noexcept {
  for (const measure& m : measures())
    if (m.name == q) return m.needs_q;
  return false;
}

}  // namespace infocalc
