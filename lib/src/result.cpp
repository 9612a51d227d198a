// Saying how a figure was obtained.
#include "info/result.hpp"

namespace info {

const char* key(method m) noexcept {
  switch (m) {
    case method::closed_form: return "closed-form";
    case method::sum: return "sum";
    case method::quadrature: return "quadrature";
    case method::analytic: return "analytic";
  }
  return "?";
}

std::string joined(const std::vector<std::string>& integrators) {
  std::string s;
  for (const std::string& i : integrators) s += (s.empty() ? "" : " + ") + i;
  return s;
}

std::string describe(const result& r) {
  switch (r.method) {
    case method::closed_form: return "closed form";
    case method::sum: return "sum over " + std::to_string(r.evaluations) + " outcomes";
    case method::quadrature:
      if (r.reason == "overflow") return "quadrature (stopped: log q overflowed)";
      return r.integrators.empty() ? "quadrature (empty range)" : "quadrature (" + joined(r.integrators) + ")";
    case method::analytic: return "decided without integrating (" + r.reason + ")";
  }
  return "?";
}

}  // namespace info
