// The homework's test runner: doctest's own main, plus one guard.
//
// CTest runs one exercise at a time with --test-suite="NN.K name". doctest treats a filter that matches
// nothing as success, so a misspelt or missing suite would "pass" by running no test at all. The listener
// below counts the test cases that passed the filters, and the runner fails when a filtered run ran none.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <iostream>

namespace {

unsigned selected = 0;  // test cases that passed the filters in the last run
bool finished = false;  // whether a test run took place (queries such as --list-test-cases do not run)

struct selection_counter : doctest::IReporter {
  explicit selection_counter(const doctest::ContextOptions& /*options*/) {}
  void report_query(const doctest::QueryData& /*data*/) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats& stats) override {
    selected = stats.numTestCasesPassingFilters;
    finished = true;
  }
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

REGISTER_LISTENER("selection_counter", 1, selection_counter);

}  // namespace

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  const int status = context.run();
  if (context.shouldExit()) return status;  // --help, --list-test-cases and other queries
  if (finished && selected == 0) {
    std::cerr << "\nhomework: no test case matches the filters given (" << argc - 1
              << " arguments); check the suite name: it must be exactly \"NN.K name\" as in exercises_test.cpp\n";
    return 3;
  }
  return status;
}
