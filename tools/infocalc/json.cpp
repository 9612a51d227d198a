#include "json.hpp"

#include <fmt/format.h>

#include <cmath>

namespace infocalc {
namespace {

// A finite double with 17 significant digits (enough to read back the same double), "inf" for +infinity.
std::string json_number(double v) {
  if (std::isinf(v)) return v > 0 ? "\"inf\"" : "\"-inf\"";
  return fmt::format("{:.17g}", v + 0.0);  // + 0.0 writes a negative zero as 0
}

}  // namespace

std::string json_string(const std::string& text) {
  std::string s = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': s += "\\\""; break;
      case '\\': s += "\\\\"; break;
      case '\n': s += "\\n"; break;
      case '\t': s += "\\t"; break;
      case '\r': s += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          s += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        else
          s += c;
    }
  }
  return s + "\"";
}

std::string to_json(const answer& a) {
  std::string s = "{";
  s += fmt::format("\"quantity\":{}", json_string(std::string{spelling(a.what)}));
  s += fmt::format(",\"P\":{}", json_string(a.p));
  s += fmt::format(",\"Q\":{}", a.q ? json_string(*a.q) : "null");
  s += fmt::format(",\"base\":{}", json_string(std::string{base_spelling(a.unit)}));
  s += fmt::format(",\"unit\":{}", json_string(unit_of(a)));
  s += fmt::format(",\"value\":{}", json_number(a.value.value));
  s += fmt::format(",\"method\":{}", json_string(a.value.key));
  s += fmt::format(",\"error_estimate\":{}", a.value.error ? json_number(*a.value.error) : "null");
  s += fmt::format(",\"evaluations\":{}", a.value.evaluations ? fmt::format("{}", *a.value.evaluations) : "null");
  if (a.window) s += fmt::format(",\"window\":[{},{}]", a.window->first, a.window->last);
  if (a.terms) {
    s += ",\"terms\":[";
    bool first = true;
    for (const auto& row : *a.terms) {
      s += fmt::format("{}{{\"x\":{},\"p\":{},\"q\":{},\"term\":{}}}", first ? "" : ",", row.outcome,
                       json_number(row.p), a.q ? json_number(row.q) : "null", json_number(row.term));
      first = false;
    }
    s += "]";
  }
  return s + "}\n";
}

}  // namespace infocalc
