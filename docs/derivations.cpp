// The derivations of the symbolic layer as Doxygen pages, written at docs build time so that the formulas
// on the pages are the ones the code derives (and checks), never retyped:
//
//   workbook_derivations TEMPLATE LESSON_PAGE REFERENCE_PAGE
//
// - TEMPLATE (docs/pages/11_closed_forms.md) is copied to LESSON_PAGE with every line
//   "<!-- derivation: WHAT FAMILY -->" replaced by that derivation, step by step (block()); WHAT is kl (by
//   moments), bregman, entropy, cross_entropy, fisher (normal) or softmax (three classes);
// - REFERENCE_PAGE is the closed-forms reference: for every family in derivable_families(), KL by moments,
//   KL by the Bregman form, and the entropy where it has a closed form.
// build_docs.cmake runs it; without the symbolic layer build_docs.cmake writes both pages itself, saying
// that the layer was not built. Exit status 0, or 1 with one line on stderr.
#include <info/error.hpp>
#include <info/symbolic/derive.hpp>

#include <cstdio>
#include <exception>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace sym = info::symbolic;

// A step's reason as Markdown text for Doxygen: a backslash, @ and % would be commands, < a tag.
std::string doxygen_text(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '\\' || c == '@' || c == '%') out += '\\';
    if (c == '<') {
      out += "&lt;";
      continue;
    }
    out += c;
  }
  return out;
}

// A derivation as the page shows it: its title, then each step, its reason as a line of text and its
// expression as a display formula of its own (as to_latex() writes them, = for a checked identity, ⇒ for a
// rule). Not one aligned block: MathJax cannot break a line inside an alignment, and some steps are wider
// than the page; a formula of its own is broken to the column's width, and a reason wraps like prose.
// workbook.css (.derivation) indents the steps under the title. No blank line inside the block: Doxygen
// would close the <div> at each paragraph break and open it again.
std::string block(const sym::derivation& d) {
  std::string out = "\\f$" + d.latex_title + "\\f$:\n\n<div class=\"derivation\">\n";
  for (std::size_t i = 0; i < d.steps.size(); ++i) {
    const sym::step& s = d.steps[i];
    out += "<div>" + doxygen_text(s.rule) + (s.identity ? " (checked)" : "") + ":\n";
    out += std::string("\\f[ ") + (i == 0 ? "" : s.identity ? "= " : "\\Rightarrow ") + s.value.latex() + " \\f]\n</div>\n";
  }
  return out + "</div>\n";
}

sym::derivation derivation(const std::string& what, const std::string& family) {
  if (what == "kl") return sym::derive(sym::quantity::kl, family);
  if (what == "entropy") return sym::derive(sym::quantity::entropy, family);
  if (what == "cross_entropy") return sym::derive(sym::quantity::cross_entropy, family);
  if (what == "bregman") return sym::bregman(family);
  if (what == "fisher") return sym::fisher_normal();
  if (what == "softmax") return sym::softmax_gradient(3);
  throw std::runtime_error("unknown derivation '" + what + "' (kl, bregman, entropy, cross_entropy, fisher, softmax)");
}

std::string lesson_page(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  const std::string marker = "<!-- derivation: ";
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.rfind(marker, 0) == 0) {
      std::istringstream words(line.substr(marker.size()));
      std::string what, family;
      words >> what >> family;
      out += block(derivation(what, family == "-->" ? "" : family));
    } else {
      out += line + "\n";
    }
  }
  return out;
}

std::string reference_page() {
  std::string out =
      "# Closed forms, derived {#closed_forms}\n\n"
      "[TOC]\n\n"
      "Every closed form below is derived by the symbolic layer (`info_symbolic`, symbolic/include/info/symbolic/"
      "derive.hpp) when these pages are built, and written here as it derives it: nothing on this page is typed by "
      "hand. A line that starts with \\f$=\\f$ is an identity the layer checked (the difference with the line before "
      "simplifies to 0); a line that starts with \\f$\\Rightarrow\\f$ applies a rule that is not an identity (an "
      "expectation, a substitution). Each derivation ends on the formula info's hand-written closed forms evaluate "
      "(info/closed_forms.hpp), checked equal. \\ref lesson11 \"Lesson 11\" walks through the ideas.\n\n"
      "An exponential family writes \\f$\\log p(x) = \\log h(x) + \\eta\\cdot T(x) - A(\\eta)\\f$, so\n"
      "\\f[ \\mathrm{KL}(P\\,\\|\\,Q) = (\\eta_P - \\eta_Q)\\cdot E_P[T] - A(\\eta_P) + A(\\eta_Q) "
      "= A(\\eta_Q) - A(\\eta_P) - (\\eta_Q - \\eta_P)\\cdot\\nabla A(\\eta_P), \\f]\n"
      "by the moments \\f$E_P[T]\\f$ and by the Bregman form of the log-partition \\f$A\\f$.\n\n";
  for (const std::string& family : sym::derivable_families()) {
    out += "## " + family + " {#closed_forms_" + family + "}\n\n";
    out += "### KL by the moments {#closed_forms_" + family + "_kl}\n\n" + block(sym::derive(sym::quantity::kl, family)) + "\n";
    out += "### KL by the Bregman form {#closed_forms_" + family + "_bregman}\n\n" + block(sym::bregman(family)) + "\n";
    out += "### Entropy {#closed_forms_" + family + "_entropy}\n\n";
    try {
      out += block(sym::derive(sym::quantity::entropy, family)) + "\n";
    } catch (const info::invalid_input& e) {
      out += std::string("No closed form: the layer says \"") + e.what() + "\"\n\n";
    }
  }
  out += "## The Fisher information of the normal {#closed_forms_fisher}\n\n" + block(sym::fisher_normal()) + "\n";
  out += "## The softmax cross-entropy gradient {#closed_forms_softmax}\n\n" + block(sym::softmax_gradient(3)) + "\n";
  return out;
}

void write(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "workbook_derivations: usage: workbook_derivations TEMPLATE LESSON_PAGE REFERENCE_PAGE\n");
    return 2;
  }
  try {
    write(argv[2], lesson_page(argv[1]));
    write(argv[3], reference_page());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "workbook_derivations: %s\n", e.what());
    return 1;
  }
  return 0;
}
