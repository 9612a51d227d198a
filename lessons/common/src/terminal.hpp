// The terminal the lesson talks to: its size, and single keys without Enter. Private to the kit.
#pragma once

#include <cstddef>

namespace kit::terminal {

/// Columns and rows; 0 when unknown (not a terminal, and no COLUMNS or LINES in the environment).
struct size {
  std::size_t columns = 0;
  std::size_t rows = 0;
};

/// COLUMNS and LINES when set (a student's override, and how the tests ask for a width), otherwise
/// what the terminal on stdout reports.
[[nodiscard]] size measure();

/// Whether the lesson talks to a person: stdin and stdout are both terminals.
[[nodiscard]] bool interactive();

/// Waits for one key on stdin, read without Enter and without echo: the key's character, ' ' for the
/// right and down arrows, 'b' for the left and up arrows, '\n' for Enter, or -1 at the end of input.
/// The terminal's settings are restored before it returns (and on Ctrl-C, which still interrupts).
[[nodiscard]] int read_key();

}  // namespace kit::terminal
