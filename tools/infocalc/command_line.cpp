#include "command_line.hpp"
#include "symbolic.hpp"

#include "info/spec.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace infocalc {
namespace {

constexpr const char* description =
    "infocalc: surprisal, entropy, cross-entropy, KL and Jensen-Shannon divergence of distributions\n"
    "written as specs, P the truth and Q the model; Renyi entropy and divergence, total variation,\n"
    "Hellinger and chi-squared; joint and conditional entropy and mutual information of a joint table;\n"
    "the capacity of a channel.\n"
    "infocalc derive QUANTITY FAMILY [FAMILY]: the closed form of a family's entropy, cross-entropy or KL,\n"
    "derived step by step (infocalc derive --help).\n";

constexpr const char* derive_description =
    "infocalc derive: the closed form of H(P), H(P,Q) or KL(P||Q) for two members P and Q of one family,\n"
    "derived from the log-density step by step; every step marked as an identity is checked exactly.\n";

constexpr const char* derive_footer = R"(QUANTITY
  entropy FAMILY              H(P); none for poisson and binomial (E[log k!] and E[log C(n,k)] are
                              a series and a sum, not closed forms)
  cross-entropy FAMILY        H(P,Q) (also cross_entropy); likewise none for poisson and binomial
  kl FAMILY                   KL(P||Q); --bregman derives it from the log-partition instead
  A second FAMILY, if given, must be the same: P and Q are members of one family.

FAMILY
)";

constexpr const char* derive_footer_rest = R"(
EXAMPLES
  infocalc derive kl normal
  infocalc derive kl gamma --bregman
  infocalc derive entropy exponential --latex
  infocalc derive cross-entropy beta --json

EXIT STATUS
  0  the derivation; 2 invalid input (one message on stderr, nothing on stdout)
)";

// The help's footer, in two parts with the list of families (family_lines) between them.
constexpr const char* footer_head = R"(QUANTITY
  surprisal P        -log p of one probability p in (0, 1]
  entropy P          H(P); for a density, the differential entropy h(P)
  cross-entropy P Q  H(P,Q) = -E_P[log Q]
  kl P Q             KL(P||Q) = E_P[log P/Q]
  js P Q             Jensen-Shannon divergence, at most log 2
  js-distance P Q    its square root, a metric
  renyi P [Q]        with --alpha A > 0: the Renyi entropy H_A(P) of a discrete P, or the Renyi
                     divergence D_A(P||Q) (A = 1 is H or KL, inf the min-entropy or max log-ratio)
  tv P Q             total variation distance (1/2) sum |P - Q|, in [0, 1], no unit
  hellinger P Q      Hellinger distance, H^2 = (1/2) sum (sqrt P - sqrt Q)^2, in [0, 1], no unit
  chi2 P Q           Pearson's chi-squared sum (P - Q)^2 / Q, no unit (densities: two normals)
  joint-entropy J    H(X,Y) of a joint table J: rows (X) separated by ';', entries (Y) by ',',
                     summing to 1 in all: '0.3,0.2;0.1,0.4'
  conditional-entropy J   H(Y|X), what remains uncertain about Y (the column) once X is known
  mutual-information J    I(X;Y)
  capacity W         max over inputs of I(X;Y) through the channel W: row x is W(y|x) and sums to 1,
                     '0.9,0.1;0.1,0.9'; by Blahut-Arimoto until its bounds meet within 1e-12 nats

SPECS (quote them for the shell)
  a comma list       0.2,0.3,0.5        outcomes 0..n-1; must sum to 1 (never rescaled); fractions
                     1/3,1/3,1/3 too, in every list and parameter: 'binomial(10,1/3)'
)";

constexpr const char* footer_rest = R"~(  a mixture          'mixture(0.5*normal(-2,0.6), 0.5*normal(2,0.6))'
  a multivariate     'mvnormal(0,0|1,0.5;0.5,2)': the mean, '|', the covariance's rows separated by
  normal             ';' (symmetric positive definite); for entropy and kl only, by closed form
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
  (and exact, window, terms when asked). value is a number or "inf"; null marks what does not apply
  (base and unit of tv, hellinger and chi2). capacity adds iterations and input (the input
  that achieves it); its method is "blahut-arimoto", its error_estimate the gap between its bounds.

EXACT VALUES (--exact)
  For entropy, cross-entropy, kl and js of rational discrete specs (lists of fractions or decimals,
  bernoulli(p), binomial(n,p) with rational p) also the exact value, a sum of rational multiples of
  logarithms of primes, in nats and in bits: "exact: 1/4·log(2) nats = 1/4 bits", or ∞. It is checked
  against the double (their difference within the double's error bound); --json adds "exact" (ASCII
  in nats, "1/4*log(2)" or "inf"), "exact_latex", "exact_bits" and "exact_agrees". A spec that is not
  rational (poisson, geometric, a density, 0.3333,0.3333,0.3333) is refused.

DERIVATIONS
  infocalc derive QUANTITY FAMILY [FAMILY] [--bregman] [--latex | --json]
  derives the closed form of entropy, cross-entropy or kl within one family (normal, gamma, ...)
  step by step from its log-density; infocalc derive --help lists the families.

EXAMPLES
  infocalc surprisal 0.1 --base 2
  infocalc entropy 0.5,0.25,0.25 --base bits
  infocalc kl 'binomial(10,0.5)' 'poisson(4)'
  infocalc kl 'binomial(10,0.5)' 'poisson(4)' --window 0:9 --terms
  infocalc kl 'cauchy(0,1)' 'normal(0,1)'
  infocalc kl 'normal(0,1)' 'laplace(0,1)' --method quadrature --json
  infocalc js 'uniform(0,1)' 'uniform(2,3)' --base 2
  infocalc kl 1/2,1/4,1/4 1/4,1/2,1/4 --exact
  infocalc renyi 0.42,0.31,0.27 0.25,0.5,0.25 --alpha 2
  infocalc hellinger 0.42,0.31,0.27 0.25,0.5,0.25
  infocalc mutual-information '0.3,0.2;0.1,0.4' --base 2
  infocalc capacity '0.89,0.11;0.11,0.89' --base 2
  infocalc kl 'mvnormal(0,0|1,0.5;0.5,2)' 'mvnormal(1,0|1,0;0,1)'
  infocalc derive kl normal

EXIT STATUS
  0  the answer (and, for kl and cross-entropy, the check holds; with --exact, the exact value agrees)
  1  the check H(P,Q) = H(P) + KL(P||Q) FAILS, or the double and the exact value DISAGREE: the answer
     is printed but not to be trusted (--json makes the same checks); or an internal error: a bug, or
     no answer after 60 seconds of computing (WORKBOOK_TIME_LIMIT=seconds changes the limit)
  2  invalid input: one message on stderr, nothing on stdout
  3  the output could not be written (a full disk): one message on stderr
)~";

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

// Runs CLI11 on the arguments: false for --help, true when parsed. \throws usage_error with one line.
bool parsed(CLI::App& app, int argc, const char* const* argv, const char* extras, const char* usage) {
  try {
    app.parse(argc, argv);
    return true;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return false;
    std::string message = one_line(e.what());
    if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
      const bool option = message.find(": -") != std::string::npos;
      message += option ? " (not an option infocalc knows; a spec that starts with '-' goes after --)"
                        : fmt::format(" ({})", extras);
    }
    throw usage_error(message + "; " + usage);
  }
}

// The quantities a derivation takes, as infocalc spells them; cross_entropy is read as cross-entropy.
quantity derivable(std::string text) {
  std::replace(text.begin(), text.end(), '_', '-');
  const auto advice = "derive takes entropy, cross-entropy (or cross_entropy) or kl, e.g. infocalc derive kl normal";
  quantity q;
  try {
    q = parse_quantity(text);
  } catch (const usage_error&) {
    throw usage_error(fmt::format("unknown quantity '{}' for derive: {}", text, advice));
  }
  if (q != "entropy" && q != "cross-entropy" && q != "kl")
    throw usage_error(fmt::format("no derivation for {}: {}", q, advice));
  return q;
}

std::variant<request, derive_request, help> read_derive(int argc, const char* const* argv) {
  CLI::App app{derive_description, "infocalc derive"};
  // The families as the layer lists them (binomial's KL needs the same n in P and Q).
  std::string families;
  for (const auto& f : derivable_families()) families += (families.empty() ? "  " : ", ") + f;
  if (families.empty()) families = "  none: this build has no symbolic layer (configure with -DWORKBOOK_SYMBOLIC=ON)";
  app.footer(derive_footer + families + "\n" + derive_footer_rest);
  app.get_formatter()->column_width(26);
  std::string what, family;
  std::optional<std::string> second;
  derive_request r;
  app.add_option("QUANTITY", what, "entropy, cross-entropy or kl")->required();
  app.add_option("FAMILY", family, "a family's name: normal, gamma, binomial, ...")->required();
  app.add_option("FAMILY2", second, "Q's family, the same as P's (optional)");
  app.add_flag("--bregman", r.bregman, "kl only: by the Bregman form of the log-partition A(eta)");
  app.add_flag("--latex", r.latex, "print a LaTeX aligned block instead of text");
  app.add_flag("--json", r.json, "print one JSON object instead of text");
  if (!parsed(app, argc, argv, "derive takes a quantity and one family, or the same family twice",
              "usage: infocalc derive QUANTITY FAMILY [FAMILY] [--bregman] [--latex | --json]; see infocalc derive --help"))
    return help{app.help()};

  r.what = derivable(what);
  r.family = family;
  if (second && r.what == "entropy")
    throw usage_error(fmt::format("the entropy is of one distribution, and two families were given: give one, e.g. "
                                  "infocalc derive entropy {}",
                                  family));
  if (second && *second != family)
    throw usage_error(fmt::format("derive compares two members of one family, and '{}' and '{}' differ: give one "
                                  "family (infocalc derive {} {}) or the same one twice; for two families use "
                                  "infocalc {} P Q with parameters",
                                  family, *second, r.what, family, r.what));
  if (r.bregman && r.what != "kl")
    throw usage_error(fmt::format("--bregman derives KL(P||Q) from the log-partition, not {}: use it with kl, e.g. "
                                  "infocalc derive kl {} --bregman",
                                  r.what, family));
  if (r.latex && r.json) throw usage_error("--latex and --json are two different outputs: choose one");
  return r;
}

}  // namespace

std::variant<request, derive_request, help> read_command_line(int argc, const char* const* argv) {
  // "derive" in place of a quantity (the first argument that is not an option) asks for a derivation.
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg{argv[i]};
    if (!arg.empty() && arg[0] == '-') continue;
    if (arg != "derive") break;
    std::vector<const char*> rest(argv, argv + argc);
    rest.erase(rest.begin() + i);
    return read_derive(static_cast<int>(rest.size()), rest.data());
  }
  CLI::App app{description, "infocalc"};
  app.footer(footer_head + family_lines() + footer_rest);
  app.get_formatter()->column_width(26);

  std::string what, p, base_text = "e", method_text = "auto", window_text, alpha_text;
  std::optional<std::string> q;
  bool terms = false, json = false, exact = false;

  app.add_option("QUANTITY", what, "surprisal, entropy, cross-entropy, kl, js, ... (listed below)")
      ->required();
  app.add_option("P", p, "the truth: a spec (or, for surprisal, one probability; a table J or W)")->required();
  app.add_option("Q", q, "the model: a spec, for the measures that compare two");
  auto* base_option =
      app.add_option("--base", base_text, "2, e or 10 (also bits, nats, bans); default e")->type_name("BASE");
  auto* alpha_option = app.add_option("--alpha", alpha_text, "renyi's order, > 0 (or inf)")->type_name("A");

  app.add_option("--method", method_text, "auto, closed-form, quadrature or sum; default auto")->type_name("METHOD");
  auto* window_option =
      app.add_option("--window", window_text, "sum only outcomes A..B, not renormalised (discrete)")->type_name("A:B");
  app.add_flag("--terms", terms, "print each outcome's contribution (discrete)");
  app.add_flag("--json", json, "print one JSON object instead of the report");
  app.add_flag("--exact", exact, "also the exact value, for rational discrete specs (1/3,1/3,1/3)");

  // CLI11 reads "-.5" as an option named ".", so a negative decimal without a leading digit never reaches
  // the parser; every such argument is a negative number, which no argument of infocalc may be.
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg{argv[i]};
    if (arg.size() > 1 && arg[0] == '-' && arg[1] == '.')
      throw usage_error(fmt::format("'{}' starts with a negative number, and probabilities, parameters of a list "
                                    "and window ends cannot be negative: give non-negative values",
                                    arg));
  }
  if (!parsed(app, argc, argv, "infocalc takes a quantity and at most two distributions, P and Q",
              "usage: infocalc QUANTITY P [Q] [--base B] [--method M] [--window A:B] [--terms] [--json] "
              "[--exact], or infocalc derive QUANTITY FAMILY; see infocalc --help"))
    return help{app.help()};

  request r;
  r.what = parse_quantity(what);
  r.p = p;
  r.q = q;
  r.unit = parse_unit(base_text);
  r.unit_given = base_option->count() > 0;
  if (alpha_option->count() > 0) r.alpha = parse_alpha(alpha_text);
  r.how = parse_method(method_text);
  if (window_option->count() > 0) r.window = parse_window(window_text);
  r.terms = terms;
  r.json = json;
  r.exact = exact;
  return r;
}

}  // namespace infocalc
