// infocalc: the workbook's calculator. Reads the command line, asks the info library, prints one report.
// Exit status: 0 on success; 1 when the chain-rule check or the check of the exact value fails, or on an
// internal error (a bug, or no answer within the time limit); 2 on invalid input (one line on stderr,
// nothing on stdout); 3 when stdout cannot be written.
#include "command_line.hpp"
#include "evaluate.hpp"
#include "json.hpp"
#include "symbolic.hpp"
#include "report.hpp"

#include "guard.hpp"
#include "info/error.hpp"

#include <cstdio>
#include <exception>
#include <string>

namespace {

int refuse(const char* what, int status) {
  std::fprintf(stderr, "infocalc: %s\n", what);
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  // Every computation the calculator asks for takes well under a second; one that has not finished after
  // a minute is a fault in the library, reported as such rather than left hanging.
  if (const std::string bad = guard::time_limit("infocalc"); !bad.empty()) return refuse(bad.c_str(), 2);
  try {
    const auto read = infocalc::read_command_line(argc, argv);
    // Everything is computed before anything is printed, so that invalid input leaves stdout empty.
    std::string out;
    int status = 0;
    if (const auto* help = std::get_if<infocalc::help>(&read)) {
      out = help->text;
    } else if (const auto* d = std::get_if<infocalc::derive_request>(&read)) {
      // Every identity step of a derivation is checked by the layer before it is recorded: a derivation
      // that is printed holds.
      const infocalc::derived result = infocalc::derive(*d);
      out = d->json ? infocalc::to_json(result) : d->latex ? result.latex + "\n" : result.text;
    } else {
      const auto& r = std::get<infocalc::request>(read);
      const infocalc::answer a = infocalc::evaluate(r);
      out = r.json ? infocalc::to_json(a) : infocalc::to_text(a);
      // A chain-rule check that fails means one of the three figures is wrong: the answer is printed (the
      // report says FAILS) but not vouched for. --json computes the same check, so it fails the same way.
      if (a.identity && !a.identity->check.holds()) status = 1;
      // Likewise an exact value that the double does not match within its error bound.
      if (a.exact && !a.exact->check.holds()) status = 1;
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return guard::finish("infocalc", status);
  } catch (const infocalc::usage_error& e) {
    return refuse(e.what(), 2);
  } catch (const info::invalid_input& e) {
    return refuse(e.what(), 2);
  } catch (const std::exception& e) {
    return refuse((std::string{"internal error: "} + e.what()).c_str(), 1);
  } catch (...) {
    return refuse("internal error of an unknown kind; please report the command that caused it", 1);
  }
}
