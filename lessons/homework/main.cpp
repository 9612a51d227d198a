// The homework's test runner: doctest's own main, one guard, and the reporter a student reads.
//
// The guard: an exercise is run with --test-suite=NAME. doctest treats a filter that matches nothing as
// success, so a misspelt or missing suite would "pass" by running no test at all. The listener below
// counts the test cases that passed the filters, and the runner fails when a filtered run ran none.
//
// The reporter (--reporters=homework, what ./workbook homework uses): one line per test case, ✓ or ✗ and its
// name, and under a ✗ each failing check in plain words: what was checked, the values it saw, and where
// the check is written. Nothing else: no banner, no file paths in front of every line.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <iostream>
#include <string>
#include <vector>

namespace {

unsigned selected = 0;  // test cases that passed the filters in the last run
bool finished = false;  // whether a test run took place (queries such as --list-test-cases do not run)

// doctest calls every reporter for every event; these do nothing unless a reporter overrides them.
struct quiet_reporter : doctest::IReporter {
  void report_query(const doctest::QueryData& /*data*/) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats& /*stats*/) override {}
  void test_case_start(const doctest::TestCaseData& /*data*/) override {}
  void test_case_reenter(const doctest::TestCaseData& /*data*/) override {}
  void test_case_end(const doctest::CurrentTestCaseStats& /*stats*/) override {}
  void test_case_exception(const doctest::TestCaseException& /*exception*/) override {}
  void subcase_start(const doctest::SubcaseSignature& /*signature*/) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData& /*data*/) override {}
  void log_message(const doctest::MessageData& /*data*/) override {}
  void test_case_skipped(const doctest::TestCaseData& /*data*/) override {}
};

struct selection_counter : quiet_reporter {
  explicit selection_counter(const doctest::ContextOptions& /*options*/) {}
  void test_run_end(const doctest::TestRunStats& stats) override {
    selected = stats.numTestCasesPassingFilters;
    finished = true;
  }
};

REGISTER_LISTENER("selection_counter", 1, selection_counter);

std::string file_name(const char* path) {
  const std::string p = path;
  return p.substr(p.find_last_of('/') + 1);
}

// What a student reads: the checks of one exercise, case by case. Under the first failing cases, their first
// failing checks as written in the test and the values they saw; the rest are counted, so that the first
// failure (the one to fix) is on screen.
struct homework_reporter : quiet_reporter {
  std::ostream& out;
  const doctest::TestCaseData* current = nullptr;
  std::vector<std::string> failures;  // the current test case's failing checks, worded
  unsigned cases = 0, passed = 0, failed = 0;
  static constexpr std::size_t shown = 2;           // failing checks shown under a failing case
  static constexpr unsigned detailed = 3;           // failing cases shown with their checks; the rest by name

  explicit homework_reporter(const doctest::ContextOptions& options) : out(*options.cout) {}

  void test_case_start(const doctest::TestCaseData& data) override {
    current = &data;
    failures.clear();
  }

  void log_assert(const doctest::AssertData& a) override {
    if (!a.m_failed) return;
    const std::string checked = std::string(a.m_expr);
    std::string got;
    if (a.m_at & doctest::assertType::is_throws_as)
      got = a.m_threw ? std::string("it threw another kind of exception: ") + a.m_exception.c_str()
                      : std::string("nothing was thrown; expected ") + a.m_exception_type;
    else if (a.m_at & doctest::assertType::is_throws)
      got = "nothing was thrown; the input should be refused";
    else if (a.m_threw)
      got = std::string("your code threw: ") + a.m_exception.c_str();
    else
      got = a.m_decomp.c_str();
    failures.push_back(checked + "\n      got: " + got);
  }

  void test_case_exception(const doctest::TestCaseException& e) override {
    failures.push_back(std::string(e.is_crash ? "your code crashed: " : "your code threw: ") +
                       e.error_string.c_str());
  }

  void test_case_end(const doctest::CurrentTestCaseStats& stats) override {
    ++cases;
    if (stats.testCaseSuccess && failures.empty()) {
      ++passed;
      out << "  ✓ " << current->m_name << "\n";
      return;
    }
    out << "  ✗ " << current->m_name << "   (" << file_name(current->m_file.c_str()) << ":" << current->m_line
        << ")\n";
    if (++failed > detailed) return;
    for (std::size_t i = 0; i < failures.size() && i < shown; ++i) out << "      " << failures[i] << "\n";
    if (const std::size_t more = failures.size() > shown ? failures.size() - shown : 0; more > 0)
      out << "      … and " << more << (more == 1 ? " more failing check\n" : " more failing checks\n");
  }

  void test_run_end(const doctest::TestRunStats& /*stats*/) override {
    if (cases > 0) out << "  " << passed << " of " << cases << " test cases pass\n";
  }
};

REGISTER_REPORTER("homework", 1, homework_reporter);

}  // namespace

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  const int status = context.run();
  if (context.shouldExit()) return status;  // --help, --list-test-cases and other queries
  if (finished && selected == 0) {
    std::cerr << "\nhomework: no test case matches the filters given (" << argc - 1
              << " arguments); check the suite name: it must be exactly the exercise's name in homework.json\n";
    return 3;
  }
  return status;
}
