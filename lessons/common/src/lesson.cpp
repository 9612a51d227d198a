// The lesson runner: options, steps, pauses, checks and the exit status. Presentation only.
#include "kit/lesson.hpp"

#include "guard.hpp"
#include "terminal.hpp"

#include "kit/articles.hpp"

#include <info/continuous_measures.hpp>
#include <info/error.hpp>
#include <info/spec.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <span>
#include <sstream>

namespace kit {

namespace {

// ANSI styles, used only when stdout is a terminal.
struct palette {
  bool on = false;
  [[nodiscard]] std::string wrap(std::string_view code, std::string_view text) const {
    if (!on) return std::string(text);
    return fmt::format("\033[{}m{}\033[0m", code, text);
  }
  [[nodiscard]] std::string bold(std::string_view t) const { return wrap("1", t); }
  [[nodiscard]] std::string green(std::string_view t) const { return wrap("32", t); }
  [[nodiscard]] std::string red(std::string_view t) const { return wrap("1;31", t); }
  [[nodiscard]] std::string yellow(std::string_view t) const { return wrap("33", t); }
  [[nodiscard]] std::string cyan(std::string_view t) const { return wrap("36", t); }
  [[nodiscard]] std::string dim(std::string_view t) const { return wrap("2", t); }
};

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// A formula line cut to fit `width` columns, where a reader would cut it: at a gap between two formulas
// (three spaces or more), else before a relation (=, ≤, ≥, ≈, ⇒, <, >), else at a space. Continuation
// lines are indented four columns.
std::vector<std::string> formula_lines(std::string line, std::size_t width) {
  std::vector<std::string> lines;
  while (display_width(line) > width) {
    std::size_t cut = std::string::npos;
    // A cut leaves something before it: never inside the leading indent.
    const std::size_t text_start = line.find_first_not_of(' ');
    auto fits = [&](std::size_t at) { return at > text_start && display_width(line.substr(0, at)) <= width; };
    for (std::size_t at = line.find("   "); at != std::string::npos; at = line.find("   ", at + 1))
      if (fits(at)) cut = at;
    if (cut == std::string::npos)
      for (const char* relation : {" = ", " ≤ ", " ≥ ", " ≈ ", " ⇒ ", " < ", " > "})
        for (std::size_t at = line.find(relation); at != std::string::npos; at = line.find(relation, at + 1))
          if (fits(at) && (cut == std::string::npos || at > cut)) cut = at;
    if (cut == std::string::npos)
      for (std::size_t at = line.find(' '); at != std::string::npos; at = line.find(' ', at + 1))
        if (fits(at)) cut = at;
    if (cut == std::string::npos) break;  // one long word: left whole
    lines.push_back(line.substr(0, cut));
    const auto next = line.find_first_not_of(' ', cut);
    line = "    " + line.substr(next == std::string::npos ? line.size() : next);
  }
  lines.push_back(line);
  return lines;
}

// "  head  text..." with the text's continuation lines aligned under its first word.
std::string hanging(const std::string& head, std::string_view text) {
  const std::size_t at = 2 + display_width(head) + 2;
  const std::string body = wrap(text, at);
  return "  " + head + "  " + body.substr(body.find_first_not_of(' '));
}

// Lines of `first` + the segments, each segment kept whole: a segment that does not fit on the current
// line starts the next one at `indent` columns. A check line becomes "  ✓ name:  lhs = rhs  (difference …)"
// when it fits, and otherwise breaks between its parts, never inside a number.
std::string segments(const std::string& first, const std::vector<std::string>& parts, std::size_t indent) {
  std::string out;
  std::string line = first;
  for (const std::string& part : parts) {
    if (display_width(line) + 2 + display_width(part) > page_width() && display_width(line) > indent) {
      out += line + "\n";
      line = std::string(indent, ' ') + part;
    } else {
      line += "  " + part;
    }
  }
  return out + line + "\n";
}

// The two-digit lesson number from a name such as "04_kl_divergence".
std::string lesson_number(const std::string& name) { return name.substr(0, std::min<std::size_t>(2, name.size())); }

// The last step: the lesson's homework, numbered as ./workbook homework numbers it.
void exercises_step(kit::step& s, const std::string& name, std::span<const kit::exercise> tasks) {
  const std::string first{tasks.front().id};
  s.say("Your homework: write each of these as a function in lessons/" + name + "/exercises.cpp. ./workbook homework " +
        first + " checks one and shows what fails; ./workbook homework hint " + first +
        " gives a hint, a little more each time you ask; ./workbook homework watch checks again each time you save.");
  std::string list;
  for (const kit::exercise& e : tasks) list += hanging(std::string(e.id), std::string(e.title) + ". " + std::string(e.task)) + "\n";
  s.show(list.substr(0, list.size() - 1));
}

enum class spec_kind { none, pmfs, densities };

// Output that did not arrive: stdout (a full disk) or a --data file. Not derived from std::exception, so
// that the steps' handlers for bad input and internal errors let it through to run(), which reports it.
struct write_failure {
  std::string what;  // "the output" or the file's path
  int error = 0;     // errno of the failed write
};

}  // namespace

// Where the student asked to go from a pause: back a step, or out of the lesson. Thrown from a pause
// (which may come in the middle of a step's printing) to lesson::present.
enum class go { back, quit };

// The running lesson: options as parsed, the student's numbers, and the tally of checks.
struct session {
  std::string name;
  info::base unit_base = info::base::nats;
  spec_kind kind = spec_kind::none;
  std::string p_text, q_text;
  bool p_given = false, q_given = false;
  std::optional<info::pmf> p, q;
  std::optional<info::density> pd, qd;
  // The lesson's own options (lesson::takes_option), in the order declared: as declared, the text, given.
  struct own_value {
    kit::own_option option;
    std::string text;
    bool given = false;
  };
  std::vector<own_value> own;
  std::string data_dir;
  palette colour;
  int checks = 0;
  int failed = 0;
  int exact_checks = 0;  // step::exact(): counted apart, printed only by builds with the symbolic layer
  int exact_failed = 0;
  bool after_blank = true;  // the last line printed was blank (or nothing was printed yet)
  bool last_newline = true;
  // Pausing: on a terminal with a person at it, the lesson waits for keys; `rows` is the terminal's
  // height (0: unknown, no screenfuls), `shown` the lines printed since the last key.
  bool interactive = false;
  std::size_t rows = 0;
  std::size_t shown = 0;

  void print(std::string_view text) {
    // Line by line, so that a step taller than the terminal stops at each screenful: the lines since
    // the last key plus the prompt never exceed the rows, and nothing scrolls away unread.
    for (std::size_t at = 0; at < text.size();) {
      if (interactive && rows > 2 && last_newline && shown + 1 >= rows) {
        const int k = key("── more: Enter or space · b back a step · q quit ──");
        if (k == 'q') throw go::quit;
        if (k == 'b') throw go::back;
      }
      const auto nl = text.find('\n', at);
      const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
      write(text.substr(at, end - at));
      at = end;
    }
  }

  // Shows `prompt` and waits for a key: Enter, space, b or q (any other key is ignored). The prompt is
  // erased afterwards, so the screen holds only the lesson. At the end of input it stops pausing.
  int key(std::string_view prompt) {
    std::fputs(colour.dim("  " + std::string(prompt) + " ").c_str(), stdout);
    std::fflush(stdout);
    int k = 0;
    do k = terminal::read_key();
    while (k != -1 && k != '\n' && k != ' ' && k != 'b' && k != 'q' && k != 'Q' && k != 'B');
    std::fputs("\r\033[K", stdout);
    shown = 0;
    if (k == -1) interactive = false;
    return k == 'Q' ? 'q' : k == 'B' ? 'b' : k;
  }

  // Starts a block (paragraph, formula, table, plot, box) with a blank line unless there is one already.
  void blank_line() {
    if (!after_blank) print("\n");
  }

 private:
  void write(std::string_view line) {
    if (line.empty()) return;
    // Stop at the first failed write: the rest of the lesson would only be computed for nobody.
    errno = 0;
    if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) throw write_failure{"the output", errno};
    after_blank = line == "\n" ? last_newline : line.size() >= 2 && line.substr(line.size() - 2) == "\n\n";
    last_newline = line.back() == '\n';
    if (last_newline) ++shown;
  }
};

// ---------------------------------------------------------------- step

void step::say(std::string_view text) {
  run_.blank_line();
  run_.print(wrap(text, 2) + "\n");
}

void step::formula(std::string_view text) {
  std::string out, line;
  std::istringstream in{std::string(text)};
  while (std::getline(in, line))
    for (const std::string& piece : formula_lines(line, page_width() - 6)) out += "      " + run_.colour.cyan(piece) + "\n";
  run_.blank_line();
  run_.print(out + "\n");
}

void step::show(std::string_view block) {
  run_.blank_line();
  std::string text(block);
  if (text.empty() || text.back() != '\n') text += '\n';
  run_.print(text + "\n");
}

void step::show(const table& t) { show(t.render(2)); }

void step::result(std::string_view label, double value, std::string_view unit, number_format f) {
  run_.print(fmt::format("  {} = {}\n", label, run_.colour.bold(quantity(value, unit, f))));
}

namespace {
std::string box(const palette& c, std::string_view heading, const std::vector<std::pair<std::string, std::string>>& items) {
  const std::size_t inner = page_width() - 4;
  std::string out = "  " + c.yellow("┌─ " + std::string(heading) + " " +
                                    repeat("─", inner > display_width(heading) + 3 ? inner - display_width(heading) - 3 : 1)) +
                    "\n";
  for (const auto& [label, text] : items) {
    // Each item: a label, then its text wrapped with a hanging indent, the label in the first line's indent.
    const std::string head = label.empty() ? "" : label + " ";
    const std::size_t at = display_width(head);
    std::istringstream in{wrap(text, at, inner - 2)};
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
      if (line.empty()) {
        out += "  " + c.yellow("│") + "\n";
        continue;
      }
      out += "  " + c.yellow("│") + " " + (first ? head + line.substr(std::min(at, line.size())) : line) + "\n";
      first = false;
    }
  }
  out += "  " + c.yellow("└" + repeat("─", inner + 1)) + "\n\n";
  return out;
}
}  // namespace

void step::predict(std::string_view question, std::string_view answer) {
  run_.blank_line();
  run_.print(run_.colour.bold("  Predict:") + " " + wrap(question, 11).substr(11));
  if (run_.interactive) {
    const int k = run_.key("(think it over, then press Enter to see)");
    if (k == 'q') throw go::quit;
    if (k == 'b') throw go::back;
  }
  run_.print(run_.colour.bold("  Answer:") + "  " + wrap(answer, 11).substr(11) + "\n");
}

void step::note(std::string_view title, std::string_view text) {
  run_.blank_line();
  run_.print(box(run_.colour, "Note · " + std::string(title), {{"", std::string(text)}}));
}

void step::erratum(const kit::erratum& e) {
  run_.blank_line();
  run_.print(box(run_.colour, "Erratum",
                 {{"The article:", cite(e.source) + " " + e.claim}, {"It gets:", e.article}, {"Right:", e.right},
                  {"Why:", e.why}}));
}

namespace {
// A tolerance as people write it: 1e-12, 5e-7, 0.01, 0.
std::string tolerance_text(double t) {
  std::string s = fmt::format("{:g}", t);
  const auto e = s.find("e-0");
  if (e != std::string::npos) s.erase(e + 2, 1);
  return s;
}
}  // namespace

bool step::check(const info::check& c, number_format f) {
  const bool ok = c.holds();
  ++run_.checks;
  if (!ok) ++run_.failed;
  const std::string sym = c.how == info::relation::equal        ? "="
                          : c.how == info::relation::less_equal ? "≤"
                                                                : "≥";
  // "  ✓ name:  lhs = rhs  (difference d, tolerance t)", broken between its parts when it does not fit,
  // continuation lines indented under the name.
  const std::string named = wrap(c.name + ":", 4);
  const auto cut = named.rfind('\n', named.size() - 2);
  const std::string before = cut == std::string::npos ? "" : named.substr(0, cut + 1);
  const std::string last = named.substr(cut == std::string::npos ? 0 : cut + 1, named.npos);
  const std::string text =
      before + segments(last.substr(0, last.size() - 1),
                        {number(c.lhs, f) + " " + sym + " " + number(c.rhs, f),
                         "(difference " + small(c.difference()) + ", tolerance " + tolerance_text(c.tolerance) + ")"},
                        4);
  run_.print("  " + (ok ? run_.colour.green("✓") : run_.colour.red("✗")) + " " + text.substr(4));
  return ok;
}

bool step::exact(std::string_view text, bool holds) {
  ++run_.exact_checks;
  if (!holds) ++run_.exact_failed;
  const std::string mark = holds ? run_.colour.green("✓") : run_.colour.red("✗");
  // The line belongs to the block before it: the spacing state is left as it was, so that dropping the
  // line leaves the rest of the output byte for byte as a build without the symbolic layer prints it.
  // A long one continues on lines indented 11 columns, under its text (run_lesson.cmake drops those too).
  const bool after_blank = run_.after_blank, last_newline = run_.last_newline;
  const std::string body = wrap(text, 11);
  run_.print("  " + mark + " exact: " + body.substr(11));
  run_.after_blank = after_blank;
  run_.last_newline = last_newline;
  return holds;
}

info::base step::base() const { return run_.unit_base; }
std::string step::unit() const { return std::string(info::unit_name(run_.unit_base)); }

const info::pmf& step::p() const {
  if (!run_.p) throw std::logic_error("step::p(): this lesson did not declare takes_pmfs()");
  return *run_.p;
}
const info::pmf& step::q() const {
  if (!run_.q) throw std::logic_error("step::q(): this lesson did not declare a default Q in takes_pmfs()");
  return *run_.q;
}
const info::density& step::p_density() const {
  if (!run_.pd) throw std::logic_error("step::p_density(): this lesson did not declare takes_densities()");
  return *run_.pd;
}
const info::density& step::q_density() const {
  if (!run_.qd) throw std::logic_error("step::q_density(): this lesson did not declare a default Q");
  return *run_.qd;
}
const std::string& step::p_spec() const { return run_.p_text; }
const std::string& step::q_spec() const { return run_.q_text; }
bool step::own_numbers() const {
  return run_.p_given || run_.q_given ||
         std::any_of(run_.own.begin(), run_.own.end(), [](const session::own_value& v) { return v.given; });
}
bool step::p_given() const { return run_.p_given; }
bool step::q_given() const { return run_.q_given; }
const std::string& step::option(std::string_view name) const {
  for (const session::own_value& v : run_.own)
    if (v.option.name == name) return v.text;
  throw std::logic_error("step::option(): this lesson did not declare " + std::string(name) + " with takes_option()");
}
bool step::option_given(std::string_view name) const {
  for (const session::own_value& v : run_.own)
    if (v.option.name == name) return v.given;
  throw std::logic_error("step::option_given(): this lesson did not declare " + std::string(name) + " with takes_option()");
}
bool step::writing_data() const { return !run_.data_dir.empty(); }

void step::data_file(std::string_view name, const std::vector<std::string>& header,
                     const std::vector<std::vector<double>>& rows) const {
  if (run_.data_dir.empty()) return;
  const std::filesystem::path path = std::filesystem::path(run_.data_dir) / std::string(name);
  // Written beside it and renamed into place: a figure never reads half a file, and an existing file
  // that is read-only is replaced like any other (run() checked that the directory takes new files).
  const std::filesystem::path partial = path.string() + ".partial";
  std::string text;
  for (std::size_t j = 0; j < header.size(); ++j) text += (j ? "," : "") + header[j];
  text += "\n";
  for (const auto& r : rows) {
    if (r.size() != header.size()) throw std::logic_error("data_file: a row's length differs from the header's");
    for (std::size_t j = 0; j < r.size(); ++j) text += fmt::format("{}{}", j ? "," : "", r[j]);
    text += "\n";
  }
  errno = 0;
  std::FILE* out = std::fopen(partial.c_str(), "w");
  if (out == nullptr) throw write_failure{partial.string(), errno};
  const bool written = std::fwrite(text.data(), 1, text.size(), out) == text.size();
  const int error = errno;
  if (std::fclose(out) != 0 || !written) {
    const int reason = written ? errno : error;
    std::filesystem::remove(partial);
    throw write_failure{partial.string(), reason};
  }
  std::error_code ec;
  std::filesystem::rename(partial, path, ec);
  if (ec) throw write_failure{path.string(), ec.value()};
}

// ---------------------------------------------------------------- lesson

struct lesson::impl {
  std::string name, title, summary;
  info::base default_base = info::base::nats;
  spec_kind kind = spec_kind::none;
  std::string default_p, default_q;
  bool paired = true;
  struct entry {
    std::string title;
    step_function body;
    bool walkthrough = false;
  };
  std::vector<entry> steps;
  std::function<void(const kit::step&)> validate;
  std::vector<own_option> own;  // the lesson's own options (takes_option)
};

lesson::lesson(std::string name, std::string title, std::string summary) : d_(std::make_unique<impl>()) {
  d_->name = std::move(name);
  d_->title = std::move(title);
  d_->summary = std::move(summary);
}
lesson::~lesson() = default;

void lesson::default_base(info::base b) { d_->default_base = b; }

void lesson::takes_pmfs(std::string default_p, std::string default_q, bool paired) {
  d_->kind = spec_kind::pmfs;
  d_->default_p = std::move(default_p);
  d_->default_q = std::move(default_q);
  d_->paired = paired && !d_->default_q.empty();
}

void lesson::takes_densities(std::string default_p, std::string default_q) {
  d_->kind = spec_kind::densities;
  d_->default_p = std::move(default_p);
  d_->default_q = std::move(default_q);
  d_->paired = false;
}

void lesson::takes_option(own_option option) { d_->own.push_back(std::move(option)); }

void lesson::step(std::string title, step_function body) { d_->steps.push_back({std::move(title), std::move(body), false}); }

void lesson::walkthrough(std::string title, step_function body) {
  d_->steps.push_back({std::move(title), std::move(body), true});
}

void lesson::validate(std::function<void(const kit::step&)> accept) { d_->validate = std::move(accept); }

namespace {

// Reads the student's (or the default) P and Q; throws info::invalid_input naming the option.
void read_numbers(session& run, bool paired) {
  auto with_option = [](const char* option, auto&& parse) {
    try {
      return parse();
    } catch (const info::invalid_input& e) {
      throw info::invalid_input(std::string(option) + ": " + e.what());
    }
  };
  if (paired && run.p_given != run.q_given)
    throw info::invalid_input(std::string("this lesson compares P and Q outcome by outcome: give both --p and --q "
                                          "(you gave only ") +
                              (run.p_given ? "--p" : "--q") + ")");
  if (run.kind == spec_kind::pmfs) {
    run.p = with_option("--p", [&] { return info::parse_pmf(run.p_text, "P"); });
    if (!run.q_text.empty()) run.q = with_option("--q", [&] { return info::parse_pmf(run.q_text, "Q"); });
    // Two lists of different lengths are most likely a typing slip; a family (binomial(10,0.5),
    // poisson(4)) has the length of its support and is compared on the longer outcome set.
    const bool lists = run.p_text.find('(') == std::string::npos && run.q_text.find('(') == std::string::npos;
    if (paired && lists && run.q && run.p->size() != run.q->size())
      throw info::invalid_input(fmt::format(
          "P has {} outcomes but Q has {}: give both on the same outcomes, writing 0 for an outcome without mass",
          run.p->size(), run.q->size()));
  } else if (run.kind == spec_kind::densities) {
    run.pd = with_option("--p", [&] { return info::parse_density(run.p_text, "P"); });
    if (!run.q_text.empty()) run.qd = with_option("--q", [&] { return info::parse_density(run.q_text, "Q"); });
    // A student's density that quadrature cannot resolve (beta(1e100, 1e100)) is refused here, before the
    // lesson prints a line, rather than in the middle of the walkthrough: the walkthrough integrates h, H
    // and KL both ways, so those are tried now (a few milliseconds), and the library's reason is passed on.
    if (run.p_given || run.q_given) {
      try {
        (void)info::entropy(*run.pd);
        if (run.qd) {
          (void)info::entropy(*run.qd);
          (void)info::kl_divergence(*run.pd, *run.qd);
          (void)info::kl_divergence(*run.qd, *run.pd);
          (void)info::cross_entropy(*run.pd, *run.qd);
          (void)info::cross_entropy(*run.qd, *run.pd);
        }
      } catch (const info::unresolved& e) {
        throw info::invalid_input(std::string(e.what()));
      }
    }
  }
}

// CLI11's messages can span lines; a lesson promises one.
std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

// An option given with an empty value (--p '', often an unset shell variable) would otherwise mean
// "not given" and run on the defaults (or, for --step, step 0); it is refused instead, saying what to give.
void refuse_empty(const CLI::Option* option, std::string_view what) {
  if (option == nullptr) return;
  for (const std::string& value : option->results())
    if (value.empty())
      throw info::invalid_input(fmt::format("{} is empty: give {}, or leave {} out", option->get_name(), what,
                                            option->get_name()));
}

// --data DIR: made if missing, then checked to take new files, so that a directory the lesson cannot
// write to is refused before the lesson prints anything rather than in the middle of a step.
void check_data_dir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (!std::filesystem::is_directory(dir))
    throw info::invalid_input("--data " + dir + ": not a directory" + (ec ? " (" + ec.message() + ")" : std::string()) +
                              "; give a directory, or a path where one can be made");
  std::string probe = (std::filesystem::path(dir) / ".write_test.XXXXXX").string();
  errno = 0;
  const int fd = ::mkstemp(probe.data());
  if (fd < 0)
    throw info::invalid_input("--data " + dir + ": cannot write files there (" + std::strerror(errno) +
                              "); give a directory you can write to");
  ::close(fd);
  std::filesystem::remove(probe, ec);
}

// The options that rerun the walkthrough on the student's numbers, as the lesson names them: "--p/--q",
// and the lesson's own ("--joint").
std::string own_flags(spec_kind kind, const std::vector<own_option>& own) {
  std::string flags = kind == spec_kind::none && !own.empty() ? "" : "--p/--q";
  for (const own_option& o : own) flags += (flags.empty() ? "" : "/") + o.name;
  return flags;
}

// The help's paragraph on the lesson's own options: what each takes, and what giving one does.
std::string own_help(const std::vector<own_option>& own) {
  std::string text;
  for (const own_option& o : own) text += fmt::format("Your own {} is {}. ", o.name, o.what);
  return text + fmt::format("With {} only the walkthrough steps run, on your numbers.", own_flags(spec_kind::none, own));
}

}  // namespace

int lesson::run(int argc, char** argv) {
  const std::string& name = d_->name;
  // The calculator's promise: a computation that runs away is stopped and reported, never left hanging.
  if (const std::string bad = guard::time_limit(name); !bad.empty()) {
    std::fprintf(stderr, "%s: %s\n", name.c_str(), bad.c_str());
    return 2;
  }

  session run;
  run.name = name;
  run.kind = d_->kind;
  run.unit_base = d_->default_base;
  run.colour.on = ::isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
  const terminal::size screen = terminal::measure();
  set_page_width(screen.columns > 0 ? screen.columns : captured_page_width);

  if (const std::span<const exercise> tasks = homework(); !tasks.empty())
    d_->steps.push_back({"Exercises", [tasks, name](kit::step& s) { exercises_step(s, name, tasks); }, false});

  const std::string nn = lesson_number(name);
  // The help fits the page too: its description and footer wrapped, the options' column narrow.
  CLI::App app{wrap(fmt::format("Lesson {}: {}. {}", nn, d_->title, d_->summary), 0), name};
  app.get_formatter()->column_width(20);
  bool no_pause = false, list = false;
  int start = 1;
  std::string base_text;
  app.add_flag("--no-pause", no_pause, "Run straight through, without pausing");
  app.add_flag("--list", list, "List the steps and exit");
  const CLI::Option* step_option = app.add_option("--step", start, "Start at step N (see --list)")->type_name("N");
  const CLI::Option* base_option =
      app.add_option("--base", base_text,
                     fmt::format("Units: 2 or bits, e or nats, 10 or bans (default {})", info::unit_name(d_->default_base)))
          ->type_name("BASE");
  const CLI::Option* data_option =
      app.add_option("--data", run.data_dir, "Write the figures' data as CSV files into DIR")->type_name("DIR");
  const CLI::Option* p_option = nullptr;
  const CLI::Option* q_option = nullptr;
  const char* what = d_->kind == spec_kind::pmfs ? "probabilities such as 0.1,0.4,0.5 or a family such as binomial(10,0.5)"
                                                 : "a density such as normal(0,1) or mixture(0.5*normal(-2,0.6),0.5*normal(2,0.6))";
  if (d_->kind != spec_kind::none) {
    p_option = app.add_option("--p", run.p_text, fmt::format("Your own P (default {})", d_->default_p))
                   ->type_name("SPEC");
    if (!d_->default_q.empty())
      q_option = app.add_option("--q", run.q_text, fmt::format("Your own Q (default {})", d_->default_q))->type_name("SPEC");
  }
  run.own.reserve(d_->own.size());  // (the options below hold the texts' addresses)
  std::vector<const CLI::Option*> own_options;
  for (const own_option& o : d_->own) {
    run.own.push_back({o, {}, false});
    own_options.push_back(app.add_option(o.name, run.own.back().text, o.help)->type_name(o.value_name));
  }
  app.footer(
      wrap("On a terminal the lesson pauses after each step and at each screenful: Enter or space goes on, b "
           "goes back a step, q quits. Text fits the terminal's width (COLUMNS=N sets it, 60 to 110).",
           0) +
      (d_->kind == spec_kind::none ? ""
                                   : "\n" + wrap(fmt::format("Your own P and Q are {}. With --p/--q only the "
                                                      "walkthrough steps run, on your numbers (quote families "
                                                      "for the shell: --p 'binomial(10,0.5)').",
                                                      what),
                                          0)) +
      (d_->own.empty() ? "" : "\n" + wrap(own_help(d_->own), 0)) +
      fmt::format("\nExit status:\n"
                  "  0  every check holds (or you quit with q)\n"
                  "  1  a check fails; or an internal error: a bug, or no answer after\n"
                  "     {:g} seconds of computing (WORKBOOK_TIME_LIMIT=seconds changes the limit)\n"
                  "  2  bad input: one line on stderr saying what to fix\n"
                  "  3  the output (or a --data file) could not be written, e.g. on a full disk",
                  guard::default_seconds));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {  // --help
      const std::string help = app.help();
      std::fwrite(help.data(), 1, help.size(), stdout);
      return guard::finish(name, 0);
    }
    std::fprintf(stderr, "%s: %s; see %s --help\n", name.c_str(), one_line(e.what()).c_str(), name.c_str());
    return 2;
  }

  try {
    refuse_empty(p_option, what);
    refuse_empty(q_option, what);
    refuse_empty(base_option, "2, e or 10 (or bits, nats, bans)");
    refuse_empty(data_option, "a directory for the CSV files");
    refuse_empty(step_option, "a step number (--list shows them)");
    for (std::size_t i = 0; i < own_options.size(); ++i) refuse_empty(own_options[i], d_->own[i].what);
    for (session::own_value& v : run.own) {
      v.given = !v.text.empty();
      if (!v.given) v.text = v.option.default_value;
    }
    if (!base_text.empty()) run.unit_base = info::parse_base(base_text);
    run.p_given = !run.p_text.empty();
    run.q_given = !run.q_text.empty();
    if (!run.p_given) run.p_text = d_->default_p;
    if (!run.q_given) run.q_text = d_->default_q;
    read_numbers(run, d_->paired);
    if (d_->validate) d_->validate(kit::step{run});
    if (!run.data_dir.empty()) check_data_dir(run.data_dir);
    const int count = static_cast<int>(d_->steps.size());
    if (start < 1 || start > count)
      throw info::invalid_input(fmt::format("--step {}: this lesson has steps 1 to {} (--list shows them)", start, count));
  } catch (const info::invalid_input& e) {
    std::fprintf(stderr, "%s: %s\n", name.c_str(), e.what());
    return 2;
  }

  try {
    return guard::finish(name, present(run, no_pause, list, start));
  } catch (const write_failure& e) {
    return guard::cannot_write(name, e.what, e.error);
  }
}

int lesson::present(session& run, bool no_pause, bool list, int start) const {
  const std::string nn = lesson_number(d_->name);
  const bool own = kit::step{run}.own_numbers();
  const std::string flags = own_flags(run.kind, d_->own);
  bool any_walkthrough = false;
  for (const auto& s : d_->steps) any_walkthrough = any_walkthrough || s.walkthrough;

  if (list) {
    run.print(fmt::format("Lesson {}: {}\n", nn, d_->title));
    for (std::size_t i = 0; i < d_->steps.size(); ++i)
      run.print(fmt::format("  {:2}  {}{}\n", i + 1, d_->steps[i].title,
                            d_->steps[i].walkthrough ? "  (reruns on " + flags + ")" : std::string()));
    return 0;
  }

  const palette& c = run.colour;
  const std::size_t width = page_width();
  run.print(c.bold(repeat("═", width)) + "\n");
  run.print(c.bold(fmt::format(" Lesson {} · {}", nn, d_->title)) + "\n");
  run.print(c.bold(repeat("═", width)) + "\n");
  run.print(wrap(d_->summary, 2));
  run.print(wrap(fmt::format("Units: {} (--base 2|e|10 changes them where the lesson is not quoting an article).",
                             info::unit_name(run.unit_base)),
                 2));
  if (own) {
    // A family is shown with its parameters named (exponential(rate = 3): the rate, not the scale).
    auto shown = [](const std::string& text) {
      const info::distribution d = info::parse_spec(text);
      return std::holds_alternative<info::pmf>(d) ? text : info::describe_named(d);
    };
    std::string yours = "Your numbers: ";
    if (run.p_given || run.q_given) {
      yours += "P = " + shown(run.p_text);
      if (!run.q_text.empty()) yours += ",  Q = " + shown(run.q_text);
    }
    for (const session::own_value& v : run.own)
      if (v.given) yours += (yours.back() == ' ' ? "" : ",  ") + v.option.shown_as + " = " + v.text;
    run.print(c.bold(wrap(yours, 2)));
    if (any_walkthrough)
      run.print(wrap("Only the walkthrough steps run on them; run without " + flags + " for the whole lesson.", 2));
  }
  run.print("\n");

  run.interactive = terminal::interactive() && !no_pause;
  run.rows = run.interactive ? terminal::measure().rows : 0;
  // The steps to show, and each one's checks, so that going back and running a step again counts its
  // checks once.
  std::vector<int> shown;
  for (int i = start - 1; i < static_cast<int>(d_->steps.size()); ++i)
    if (!(own && any_walkthrough && !d_->steps[static_cast<std::size_t>(i)].walkthrough)) shown.push_back(i);
  struct tally {
    int checks = 0, failed = 0, exact_checks = 0, exact_failed = 0;
  };
  std::vector<tally> tallies(shown.size());
  kit::step page{run};
  try {
    const int count = static_cast<int>(d_->steps.size());
    for (std::size_t k = 0; k < shown.size();) {
      const int i = shown[k];
      const auto& s = d_->steps[static_cast<std::size_t>(i)];
      tally& t = tallies[k];
      run.checks -= t.checks, run.failed -= t.failed, run.exact_checks -= t.exact_checks, run.exact_failed -= t.exact_failed;
      t = {run.checks, run.failed, run.exact_checks, run.exact_failed};
      bool back = false;
      try {
        // "━━ Step 3/10 · Title ━━━━…" across the page; a long title wraps under itself.
        const std::string number = fmt::format("━━ Step {}/{} · ", i + 1, count);
        std::string head = wrap(s.title, display_width(number), width - 3);
        head = number + head.substr(display_width(number), head.size() - display_width(number) - 1);
        const std::size_t w = display_width(head.substr(head.rfind('\n') == std::string::npos ? 0 : head.rfind('\n') + 1)) + 1;
        run.print("\n" + c.bold(head + " " + repeat("━", w + 2 < width ? width - w : 2)) + "\n\n");
        s.body(page);
        // Each step reaches the screen whole before the pause; a failed flush is a failed write.
        errno = 0;
        if (std::fflush(stdout) != 0) throw write_failure{"the output", errno};
        if (run.interactive && k + 1 < shown.size()) {
          const int key = run.key("⏎ Enter or space: next step · b: back a step · q: quit");
          if (key == 'q') throw go::quit;
          back = key == 'b';
        }
      } catch (go g) {
        if (g == go::quit) throw;
        back = true;
      }
      t = {run.checks - t.checks, run.failed - t.failed, run.exact_checks - t.exact_checks, run.exact_failed - t.exact_failed};
      if (back && k > 0) --k;
      else if (!back) ++k;
    }
  } catch (go) {  // q: the student leaves; nothing failed
    run.print("\n");
    return 0;
  } catch (const info::invalid_input& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "%s: %s\n", d_->name.c_str(), e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "%s: internal error (a bug in the lesson, please report it): %s\n", d_->name.c_str(), e.what());
    return 1;
  }

  run.print("\n" + repeat("─", width) + "\n");
  if (run.failed == 0)
    run.print(c.green(run.checks == 1 ? std::string("1 check, it holds") : fmt::format("{} checks, all hold", run.checks)) + "\n");
  else
    run.print(c.red(fmt::format("{} of {} checks FAILED", run.failed, run.checks)) + "\n");
  // The symbolic layer's checks (step::exact), on a line of their own that starts with "exact:".
  if (run.exact_checks > 0 && run.exact_failed == 0)
    run.print(c.green(run.exact_checks == 1   ? std::string("exact: 1 check, it holds")
                      : run.exact_checks == 2 ? std::string("exact: 2 checks, both hold")
                                              : fmt::format("exact: {} checks, all hold", run.exact_checks)) +
              "\n");
  else if (run.exact_checks > 0)
    run.print(c.red(fmt::format("exact: {} of {} checks FAILED", run.exact_failed, run.exact_checks)) + "\n");
  return run.failed == 0 && run.exact_failed == 0 ? 0 : 1;
}

}  // namespace kit
