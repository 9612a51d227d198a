#include "command_line.hpp"

#include "info/spec.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace infocalc {
namespace {

constexpr const char* description =
    "infocalc: surprisal, entropy, cross-entropy, KL and Jensen-Shannon divergence of distributions\n"
    "written as specs. P is the truth, Q the model.\n";

// The help's footer, in two parts with the list of families (family_lines) between them.
constexpr const char* footer_head = R"(QUANTITY
  surprisal P        -log p of one probability p in (0, 1]
  entropy P          H(P); for a density, the differential entropy h(P)
  cross-entropy P Q  H(P,Q) = -E_P[log Q]
  kl P Q             KL(P||Q) = E_P[log P/Q]
  js P Q             Jensen-Shannon divergence, at most log 2
  js-distance P Q    its square root, a metric

SPECS (quote them for the shell)
  a comma list       0.2,0.3,0.5        outcomes 0..n-1; must sum to 1 (never rescaled)
)";

constexpr const char* footer_rest = R"(  a mixture          'mixture(0.5*normal(-2,0.6), 0.5*normal(2,0.6))'
  A list may be compared with a discrete family (the list's outcomes are 0..n-1); two lists must have
  the same length; a density cannot be compared with a discrete distribution.

METHODS
  auto (default)     the closed form where one exists, otherwise quadrature (densities) or the exact
                     sum (discrete). Closed forms: the entropy of one continuous family (not a
                     mixture); KL within one family: normal, exponential, gamma, beta, uniform,
                     laplace, cauchy, poisson, bernoulli, binomial (same n), geometric
  closed-form        refused where no closed form exists
  quadrature         densities only; works for every pair
  sum                discrete only; the exact sum over the support (or over --window A:B)

OUTPUT
  The value with its unit and the method; for quadrature its error estimate and evaluation count;
  for kl and cross-entropy the check H(P,Q) = H(P) + KL(P||Q) with the three computed separately.
  --json prints one object: quantity, P, Q, base, unit, value, method, error_estimate, evaluations
  (and window, terms when asked). value is a number or "inf"; null marks what does not apply.

EXAMPLES
  infocalc surprisal 0.1 --base 2
  infocalc entropy 0.5,0.25,0.25 --base bits
  infocalc kl 'binomial(10,0.5)' 'poisson(4)'
  infocalc kl 'binomial(10,0.5)' 'poisson(4)' --window 0:9 --terms
  infocalc kl 'cauchy(0,1)' 'normal(0,1)'
  infocalc kl 'normal(0,1)' 'laplace(0,1)' --method quadrature --json
  infocalc js 'uniform(0,1)' 'uniform(2,3)' --base 2

EXIT STATUS
  0  the answer (and, for kl and cross-entropy, the check holds)
  1  the check H(P,Q) = H(P) + KL(P||Q) FAILS: the answer is printed but not to be trusted (--json makes
     the same check); or an internal error: a bug, or no answer after 60 seconds of computing
     (WORKBOOK_TIME_LIMIT=seconds changes the limit)
  2  invalid input: one message on stderr, nothing on stdout
  3  the output could not be written (a full disk): one message on stderr
)";

// "  a family           normal(0,1)  exponential(1) ...": every family's example, without spaces (so
// that the shell keeps each one a single word), wrapped below 90 columns.
std::string family_lines() {
  const std::string indent(21, ' ');
  std::string text, line = "  a family" + std::string(11, ' ');
  bool first = true;
  for (std::string example : info::family_examples()) {
    std::erase(example, ' ');
    if (!first && line.size() + 2 + example.size() > 90) {
      text += line + "\n";
      line = indent;
      first = true;
    }
    line += (first ? "" : "  ") + example;
    first = false;
  }
  return text + line + "\n";
}

// CLI11's messages can span lines; the calculator promises exactly one.
std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace

std::variant<request, help> read_command_line(int argc, const char* const* argv) {
  CLI::App app{description, "infocalc"};
  app.footer(footer_head + family_lines() + footer_rest);
  app.get_formatter()->column_width(26);

  std::string what, p, base_text = "e", method_text = "auto", window_text;
  std::optional<std::string> q;
  bool terms = false, json = false;

  app.add_option("QUANTITY", what, "surprisal, entropy, cross-entropy, kl, js or js-distance")->required();
  app.add_option("P", p, "the truth: a spec (or, for surprisal, one probability)")->required();
  app.add_option("Q", q, "the model: a spec (cross-entropy, kl, js, js-distance)");
  app.add_option("--base", base_text, "2, e or 10 (also bits, nats, bans); default e")->type_name("BASE");

  app.add_option("--method", method_text, "auto, closed-form, quadrature or sum; default auto")->type_name("METHOD");
  auto* window_option =
      app.add_option("--window", window_text, "sum only outcomes A..B, not renormalised (discrete)")->type_name("A:B");
  app.add_flag("--terms", terms, "print each outcome's contribution (discrete)");
  app.add_flag("--json", json, "print one JSON object instead of the report");

  // CLI11 reads "-.5" as an option named ".", so a negative decimal without a leading digit never reaches
  // the parser; every such argument is a negative number, which no argument of infocalc may be.
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg{argv[i]};
    if (arg.size() > 1 && arg[0] == '-' && arg[1] == '.')
      throw usage_error(fmt::format("'{}' starts with a negative number, and probabilities, parameters of a list "
                                    "and window ends cannot be negative: give non-negative values",
                                    arg));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return help{app.help()};
    std::string message = one_line(e.what());
    if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
      const bool option = message.find(": -") != std::string::npos;
      message += option ? " (not an option infocalc knows; a spec that starts with '-' goes after --)"
                        : " (infocalc takes a quantity and at most two distributions, P and Q)";
    }
    throw usage_error(fmt::format("{}; usage: infocalc QUANTITY P [Q] [--base B] [--method M] [--window A:B] "
                                  "[--terms] [--json]; see infocalc --help",
                                  message));
  }

  request r;
  r.what = parse_quantity(what);
  r.p = p;
  r.q = q;
  r.unit = parse_unit(base_text);
  r.how = parse_method(method_text);
  if (window_option->count() > 0) r.window = parse_window(window_text);
  r.terms = terms;
  r.json = json;
  return r;
}

}  // namespace infocalc
