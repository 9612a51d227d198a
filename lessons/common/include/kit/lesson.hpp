/// \file lesson.hpp
/// \brief A lesson: numbered steps, each printing an explanation, a formula, a table and checks.
///
/// How to write a lesson (lessons/NN_topic/NN_topic.cpp, built by add_lesson() in lessons/CMakeLists.txt):
/// \code
///   #include "kit/lesson.hpp"
///   #include <info/info.hpp>
///
///   // One function per step, top-down, reading like the mathematics.
///   void biased_coin(kit::step& s) {
///     s.say("A coin that lands heads 9 times in 10 ...");            // a paragraph, wrapped
///     s.formula("H(P) = −Σ P(x) log P(x)");                          // the formula in Unicode
///     const info::pmf coin{0.9, 0.1};
///     const double h = info::entropy(coin, info::base::bits);
///     kit::table t{{"x"}, {"P(x)"}, {"−P(x) log₂ P(x)", "bits"}};
///     ...; s.show(t);                                                // a table, or a plot (a string)
///     s.result("H(P)", h, "bits");                                   // "  H(P) = 0.468996 bits"
///     s.check(info::identity("H(0.9, 0.1) [curriculum]", h, 0.468996, 5e-7));  // ✓/✗ line, counted
///     s.predict("Which costs more bits, heads or tails?",             // the student guesses first
///               "Tails: S = 3.32 bits against 0.15, the rarer outcome surprises more.");
///     s.erratum({.source = kit::article::course, .claim = "...", .article = "...",
///                .right = "...", .why = "..."});                     // where an article is wrong
///   }
///
///   // Steps that read s.p() / s.q() are the walkthrough: with --p/--q they rerun on the student's numbers.
///   void walkthrough(kit::step& s) { const info::pmf& p = s.p(); ... s.unit() ... }
///
///   int main(int argc, char** argv) {
///     kit::lesson lesson{"02_entropy", "Entropy", "One sentence on what this lesson teaches."};
///     lesson.takes_pmfs("0.5, 0.25, 0.25", "0.9, 0.1");  // --p/--q accepted; these are the defaults
///     lesson.default_base(info::base::bits);              // --base overrides it
///     lesson.step("A biased coin", biased_coin);
///     lesson.walkthrough("Your own P, step by step", walkthrough);
///     return lesson.run(argc, argv);  // parses options, runs, ends with the homework; returns the exit status
///   }
/// \endcode
///
/// Options every lesson has: --no-pause, --list, --step N, --base 2|e|10|bits|nats|bans, --data DIR, --help;
/// --p SPEC and --q SPEC when the lesson declares takes_pmfs() or takes_densities(); an option of its own when it
/// declares takes_option() (lesson 13's --joint TABLE). With --p, --q or its own option only the walkthrough steps
/// run, on the student's numbers.
///
/// Exit status: 0 when every check holds (or the student quits with q), 1 when a check fails or on an
/// internal error (a bug, or no answer after 60 seconds of computing: the calculator's time limit, from
/// tools/guard), 2 on bad input (an info::invalid_input from a spec, a base, or a step; an unknown option;
/// an empty --p/--q/--base/--data; a --data directory that cannot take files), 3 when stdout or a --data
/// file cannot be written. Every refusal is one line on stderr that starts with the lesson's name.
/// On a terminal (stdin and stdout terminals, no --no-pause) the lesson pauses after each step and reads
/// single keys: Enter or space goes on, b goes back a step, q quits. A step taller than the terminal
/// pauses at each screenful. Colour is used only when stdout is a terminal and NO_COLOR is unset.
///
/// Layout: text, tables and plots fit kit::page_width(): the terminal's width (or COLUMNS) between 60 and
/// 110 columns, and 88 when the output is captured without COLUMNS, so that captured output is stable.
#pragma once

#include "kit/articles.hpp"
#include "kit/format.hpp"
#include "kit/plot.hpp"
#include "kit/table.hpp"

#include <info/check.hpp>
#include <info/density.hpp>
#include <info/pmf.hpp>
#include <info/units.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kit {

/// Where an article is wrong: what it says, the right figure, and why.
struct erratum {
  kit::article source;  ///< the article, cited by title and author
  std::string claim;    ///< what the article says or does
  std::string article;  ///< the article's figure (or statement)
  std::string right;    ///< the right figure (or statement)
  std::string why;      ///< why they differ
};

struct session;  // the running lesson's options and tallies (defined in lesson.cpp)

/// What a step function writes to, and what it may ask about the run (unit, the student's numbers).
class step {
 public:
  explicit step(session& run) : run_(run) {}

  // ---- text ----
  /// A paragraph of explanation, wrapped to the terminal's reading width. Blank lines separate paragraphs.
  void say(std::string_view text);
  /// A formula on its own indented line, e.g. "KL(P‖Q) = Σ P(x) log(P(x)/Q(x))".
  void formula(std::string_view text);
  /// A preformatted block (a rendered table or plot), indented as given.
  void show(std::string_view block);
  /// A table.
  void show(const table& t);
  /// "  label = value unit", e.g. result("KL(P‖Q)", 1.926979, "bits") prints "  KL(P‖Q) = 1.926979 bits".
  void result(std::string_view label, double value, std::string_view unit, number_format f = fixed());
  /// A question for the student to answer in their head before the lesson shows its answer: on a terminal
  /// the lesson waits for a key between the two; with --no-pause (or captured) both print in sequence.
  /// Both are computed where they depend on the numbers: the answer must be right for the student's P and Q.
  void predict(std::string_view question, std::string_view answer);
  /// A boxed note: a remark worth remembering, or a caution.
  void note(std::string_view title, std::string_view text);
  /// A boxed erratum: where an article is wrong, its figure, the right one, and why.
  void erratum(const kit::erratum& e);

  // ---- checks ----
  /// Prints the check as one line (✓ or ✗, the two sides, their difference, the tolerance) and counts it.
  /// Sides are printed with `f` (6 decimals unless given). Returns whether it holds.
  bool check(const info::check& c, number_format f = fixed());
  /// An exact value from the symbolic layer beside a double the step printed, as one line that starts with
  /// "exact:": "  ✓ exact: H(P) = 3/2·log(2) nats = 3/2 bits", ✓ when `holds` (the exact value agrees with
  /// the double), ✗ otherwise. kit/exact.hpp computes these; lessons call it, not this.
  ///
  /// Such lines exist only in builds with the symbolic layer, so they are kept out of everything else:
  /// the line joins the block before it (it never adds or removes a blank line), and it is counted apart
  /// from check() ("exact: 2 checks, both hold" under the summary, also starting with "exact:"). Removing
  /// every line whose first word is "exact:" (after spaces and a ✓ or ✗) from a run with the layer gives
  /// exactly the run without it: that is how one expected file serves both builds
  /// (lessons/common/run_lesson.cmake). A failed exact check fails the lesson (exit status 1).
  bool exact(std::string_view text, bool holds);

  // ---- the run ----
  /// The unit the student asked for with --base (or the lesson's default).
  [[nodiscard]] info::base base() const;
  /// Its name: "bits", "nats" or "bans".
  [[nodiscard]] std::string unit() const;
  /// P and Q: the student's --p/--q, or the lesson's defaults (lessons that declare takes_pmfs()).
  [[nodiscard]] const info::pmf& p() const;
  [[nodiscard]] const info::pmf& q() const;
  /// P and Q as densities (lessons that declare takes_densities()).
  [[nodiscard]] const info::density& p_density() const;
  [[nodiscard]] const info::density& q_density() const;
  /// The spec text of P and Q as given (or the defaults).
  [[nodiscard]] const std::string& p_spec() const;
  [[nodiscard]] const std::string& q_spec() const;
  /// True when the student gave --p or --q, or an option of the lesson's own (the walkthrough runs on their
  /// numbers).
  [[nodiscard]] bool own_numbers() const;
  /// True when the student gave --p (resp. --q) themselves.
  [[nodiscard]] bool p_given() const;
  [[nodiscard]] bool q_given() const;
  /// The value of the lesson's own option `name` ("--joint", declared with lesson::takes_option), as the
  /// student typed it, or its default.
  [[nodiscard]] const std::string& option(std::string_view name) const;
  /// True when the student gave the lesson's own option `name`.
  [[nodiscard]] bool option_given(std::string_view name) const;

  // ---- data for the documentation's figures ----
  /// With --data DIR, writes DIR/name (CSV: a header line, then one line per row, full precision);
  /// without --data, does nothing. `rows` must each have header.size() values.
  void data_file(std::string_view name, const std::vector<std::string>& header,
                 const std::vector<std::vector<double>>& rows) const;
  /// True when --data was given (to skip computing data nobody will write).
  [[nodiscard]] bool writing_data() const;

 private:
  session& run_;
};

/// One exercise of the lesson's homework, as lessons/NN_topic/homework.json states it.
struct exercise {
  std::string_view id;     ///< "02.1"
  std::string_view title;  ///< "Entropy"
  std::string_view task;   ///< what to compute, in a sentence or two
};

/// The lesson's homework: add_lesson compiles it from the lesson's homework.json into each lesson program
/// (empty for a lesson without one). The lesson ends with it, as the step "Exercises".
std::span<const exercise> homework();

/// An option of one lesson's own, beyond --p/--q (lesson 13: --joint TABLE, a joint pmf). The kit reads it
/// as text; the lesson parses it (in lesson::validate, refusing bad text with info::invalid_input) and reads
/// it with step::option(). Given, it counts as the student's own numbers: only the walkthrough steps run.
struct own_option {
  std::string name;           ///< "--joint"
  std::string value_name;     ///< "TABLE", as --help shows it
  std::string help;           ///< its line in --help's list of options, short
  std::string what;           ///< what it takes, for the help's footer and the refusal of an empty value:
                              ///< "a table such as '0.3,0.2;0.1,0.4' (...)"
  std::string default_value;  ///< what step::option() returns when the student did not give it
  std::string shown_as;       ///< how the header names the student's value: "P(X,Y)" prints "Your numbers: P(X,Y) = ..."
};

/// A step's body.
using step_function = std::function<void(step&)>;

/// A lesson: a title, its steps in order, its options; run() does the rest.
class lesson {
 public:
  /// `name` is the executable's name ("04_kl_divergence"), `title` the lesson's title, `summary` one or two
  /// sentences printed under the title.
  lesson(std::string name, std::string title, std::string summary);
  ~lesson();
  lesson(const lesson&) = delete;
  lesson& operator=(const lesson&) = delete;

  /// The unit used when --base is not given (nats unless set).
  void default_base(info::base b);
  /// Declares --p SPEC and --q SPEC (discrete: lists like 0.1,0.4,0.5 or families like binomial(10,0.5)),
  /// with the defaults the walkthrough uses. Empty `default_q`: the lesson takes --p only.
  /// When `paired` (the default), P and Q are compared outcome by outcome: the student must give both or
  /// neither, with the same number of outcomes.
  void takes_pmfs(std::string default_p, std::string default_q = {}, bool paired = true);
  /// Declares --p SPEC and --q SPEC as densities (normal(0,1), mixture(...)), with defaults.
  void takes_densities(std::string default_p, std::string default_q = {});

  /// Declares an option of the lesson's own (see own_option); it may be called more than once.
  void takes_option(own_option option);

  /// Adds a step.
  void step(std::string title, step_function body);
  /// Adds a walkthrough step: it reads s.p()/s.q() and is what reruns on the student's --p/--q.
  void walkthrough(std::string title, step_function body);
  /// A condition the lesson puts on P and Q beyond being valid specs (lesson 11: one family it can
  /// derive), checked after the options are read and before anything is printed: `accept` throws
  /// info::invalid_input to refuse (exit status 2, its message as the one line on stderr). It gets a
  /// const step, so it can read p(), p_density(), p_spec() ... but not print.
  void validate(std::function<void(const kit::step&)> accept);
  /// Parses the options, runs the steps (pausing on a terminal), prints the checks' summary and returns
  /// the exit status: 0 all checks hold, 1 a check failed, 2 bad input, 3 the output was not written.
  int run(int argc, char** argv);

 private:
  // Prints the lesson (or its list of steps) once the options are read; returns the exit status.
  int present(session& run, bool no_pause, bool list, int start) const;
  struct impl;
  std::unique_ptr<impl> d_;
};

}  // namespace kit
