// The calculator's door to the symbolic layer. INFOCALC_SYMBOLIC is defined by CMakeLists.txt when the
// target info_symbolic exists; this file is the only one that asks.
#include "symbolic.hpp"

#ifdef INFOCALC_SYMBOLIC

#include "info/symbolic/derive.hpp"
#include "info/symbolic/exact.hpp"

namespace infocalc {
namespace {

namespace sym = info::symbolic;

exact_value shown(const sym::expr& e) {
  exact_value v;
  v.infinite = e.is_infinite();
  if (v.infinite) {
    v.text = v.bits_text = "∞";
    v.ascii = v.bits_ascii = "inf";
    v.latex = "\\infty";
    v.nats = v.bits = e.value();
    return v;
  }
  const sym::expr b = e.bits();
  v.text = e.text();
  v.ascii = e.ascii();
  v.latex = e.latex();
  v.bits_text = b.text();
  v.bits_ascii = b.ascii();
  v.nats = e.value();
  v.bits = b.value();
  return v;
}

sym::exact_pmf read(const std::string& spec, const char* name) { return sym::read_exact(spec, name); }

// P is read before Q, so that a refusal names P first when both are wrong.
template <class Measure>
exact_value compared(const std::string& p, const std::string& q, Measure m) {
  const sym::exact_pmf pp = read(p, "P");
  return shown(m(pp, read(q, "Q")));
}

}  // namespace

exact_value exact_entropy(const std::string& p, const std::string*) { return shown(sym::entropy(read(p, "P"))); }
exact_value exact_cross_entropy(const std::string& p, const std::string* q) {
  return compared(p, *q, [](const auto& a, const auto& b) { return sym::cross_entropy(a, b); });
}
exact_value exact_kl(const std::string& p, const std::string* q) {
  return compared(p, *q, [](const auto& a, const auto& b) { return sym::kl(a, b); });
}
exact_value exact_js(const std::string& p, const std::string* q) {
  return compared(p, *q, [](const auto& a, const auto& b) { return sym::js(a, b); });
}

derived derive(const derive_request& r) {
  const sym::quantity what = r.what == "entropy"         ? sym::quantity::entropy
                             : r.what == "cross-entropy" ? sym::quantity::cross_entropy
                                                         : sym::quantity::kl;
  const sym::derivation d = r.bregman ? sym::bregman(r.family) : sym::derive(what, r.family);
  derived out{r.what, r.family, d.title, d.latex_title, {}, d.p_parameters, d.q_parameters, sym::to_text(d),
              sym::to_latex(d)};
  for (const sym::step& s : d.steps) out.steps.push_back({s.rule, s.identity, s.value.text(), s.value.ascii(), s.value.latex()});
  return out;
}

std::vector<std::string> derivable_families() { return sym::derivable_families(); }

void require_symbolic() {}

}  // namespace infocalc

#else  // a build without the symbolic layer: every door refuses, naming the way to open it

namespace infocalc {
namespace {

[[noreturn]] void no_layer() {
  throw usage_error("this build has no symbolic layer: configure with -DWORKBOOK_SYMBOLIC=ON (./workbook setup "
                    "installs libginac-dev)");
}

}  // namespace

void require_symbolic() { no_layer(); }
std::vector<std::string> derivable_families() { return {}; }
exact_value exact_entropy(const std::string&, const std::string*) { no_layer(); }
exact_value exact_cross_entropy(const std::string&, const std::string*) { no_layer(); }
exact_value exact_kl(const std::string&, const std::string*) { no_layer(); }
exact_value exact_js(const std::string&, const std::string*) { no_layer(); }
derived derive(const derive_request&) { no_layer(); }

}  // namespace infocalc

#endif
