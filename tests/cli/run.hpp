/// \file run.hpp
/// \brief Running build/bin/infocalc as a user would, capturing its exit status, stdout and stderr.
#pragma once

#include <string>
#include <vector>

namespace cli {

/// What one run of the calculator produced.
struct outcome {
  int status = -1;       ///< exit status; 128 + signal when killed by a signal (a crash)
  std::string out;       ///< stdout
  std::string err;       ///< stderr
  bool timed_out = false;  ///< killed after the time limit (a hang)
  std::string command;   ///< the command, for messages
};

/// Runs infocalc with `args` (no shell involved), killing it after `seconds`.
[[nodiscard]] outcome run(const std::vector<std::string>& args, double seconds = 120.0);

/// Splits a command line on spaces (the test tables write specs without spaces).
[[nodiscard]] std::vector<std::string> words(const std::string& line);

/// True when `text` contains `part`, ignoring ASCII case.
[[nodiscard]] bool contains(const std::string& text, const std::string& part);

}  // namespace cli
