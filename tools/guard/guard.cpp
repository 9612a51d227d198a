// The time limit and the check on written output (see guard.hpp).
#include "guard.hpp"

#include <fmt/format.h>

#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace guard {
namespace {

// The handler may only call async-signal-safe functions, so its message is composed when the limit is armed.
char message[512];
std::size_t message_size = 0;

extern "C" void give_up(int /*signal*/) {
  static_cast<void>(!write(STDERR_FILENO, message, message_size));
  _exit(internal_error);
}

}  // namespace

std::string time_limit(std::string_view program) {
  double seconds = default_seconds;
  if (const char* text = std::getenv("WORKBOOK_TIME_LIMIT"); text != nullptr) {
    char* end = nullptr;
    errno = 0;
    seconds = std::strtod(text, &end);
    // More than a year is surely a slip, and would not fit the timer on every system.
    if (*text == '\0' || *end != '\0' || errno != 0 || !(seconds > 0 && seconds <= 3.2e7))
      return fmt::format("WORKBOOK_TIME_LIMIT={}: the time limit is a number of seconds above 0, such as 60; "
                         "set one or unset the variable",
                         text);
  }
  const std::string text = fmt::format(
      "{}: internal error: no answer after {:g} seconds of computing, so the computation was stopped; this is a "
      "bug, please report the command (on a slow machine, WORKBOOK_TIME_LIMIT=seconds raises the limit)\n",
      program, seconds);
  message_size = std::min(text.size(), sizeof message);
  std::memcpy(message, text.data(), message_size);

  // CPU time, not the clock: a lesson waiting for Enter, or output waiting for a reader who scrolls
  // slowly through `less`, is not computing and must not be stopped.
  struct sigaction action {};
  action.sa_handler = give_up;
  sigemptyset(&action.sa_mask);
  sigaction(SIGPROF, &action, nullptr);
  itimerval timer{};
  const double whole = std::floor(seconds);
  timer.it_value.tv_sec = static_cast<time_t>(whole);
  timer.it_value.tv_usec = static_cast<suseconds_t>((seconds - whole) * 1e6);
  if (timer.it_value.tv_sec == 0 && timer.it_value.tv_usec == 0) timer.it_value.tv_usec = 1;  // 0 would disarm it
  setitimer(ITIMER_PROF, &timer, nullptr);
  return {};
}

int cannot_write(std::string_view program, std::string_view what, int error) {
  std::fprintf(stderr, "%.*s: cannot write %.*s: %s; make room on the disk or send the output elsewhere\n",
               static_cast<int>(program.size()), program.data(), static_cast<int>(what.size()), what.data(),
               error != 0 ? std::strerror(error) : "a write failed");
  return unwritten;
}

int finish(std::string_view program, int status) {
  errno = 0;
  if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0) return status;
  return cannot_write(program, "the output", errno);
}

}  // namespace guard
