/// \file guard.hpp
/// \brief What every workbook program promises at its limits: it never hangs, and it never reports
/// success for output that did not arrive. Shared by infocalc and the lessons' kit.
///
/// Usage:
/// \code
///   int main(int argc, char** argv) {
///     if (const std::string bad = guard::time_limit("infocalc"); !bad.empty()) { /* one line, exit 2 */ }
///     ...                                   // compute and print
///     return guard::finish("infocalc", 0);  // 0, or guard::unwritten if stdout could not be written
///   }
/// \endcode
#pragma once

#include <string>
#include <string_view>

namespace guard {

/// Exit status of a program stopped by its time limit: an internal error, as a crash would be.
inline constexpr int internal_error = 1;
/// Exit status when the output could not be written (a full disk): neither bad input (2) nor a failed
/// check (1), but the output is incomplete all the same.
inline constexpr int unwritten = 3;
/// The time limit when WORKBOOK_TIME_LIMIT is not set.
inline constexpr double default_seconds = 60;

/// Stops the program after 60 seconds of computing (CPU time; WORKBOOK_TIME_LIMIT=seconds changes it):
/// one line on stderr, "<program>: internal error: no answer after 60 seconds of computing ...", and exit
/// status internal_error. Returns an empty string, or the problem with WORKBOOK_TIME_LIMIT (nothing armed).
[[nodiscard]] std::string time_limit(std::string_view program);

/// Says in one line on stderr that `what` ("the output", a file) could not be written, with the reason
/// (`error` is the errno of the failed write) and the fix; returns unwritten.
int cannot_write(std::string_view program, std::string_view what, int error);

/// Flushes stdout. Returns `status` when everything written to stdout arrived; otherwise reports it with
/// cannot_write() and returns unwritten.
[[nodiscard]] int finish(std::string_view program, int status);

}  // namespace guard
