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

/// How to run it, beyond the arguments.
struct settings {
  double seconds = 120.0;                ///< killed after this long
  std::string stdout_path;               ///< when set, stdout goes to this file (/dev/full: a full disk)
  std::vector<std::string> environment;  ///< extra VAR=value entries
};

/// Runs infocalc with `args` (no shell involved), killing it after `seconds`.
[[nodiscard]] outcome run(const std::vector<std::string>& args, double seconds = 120.0);
/// The same, run as `how` says.
[[nodiscard]] outcome run(const std::vector<std::string>& args, const settings& how);

/// Splits a command line on spaces (the test tables write specs without spaces).
[[nodiscard]] std::vector<std::string> words(const std::string& line);

/// True when `text` contains `part`, ignoring ASCII case.
[[nodiscard]] bool contains(const std::string& text, const std::string& part);

}  // namespace cli
