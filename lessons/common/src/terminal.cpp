// Terminal size and single-key input (POSIX termios).
#include "terminal.hpp"

#include <csignal>
#include <cstdlib>
#include <string>

#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace kit::terminal {

namespace {

std::size_t from_environment(const char* name) {
  const char* text = std::getenv(name);
  if (text == nullptr || *text == '\0') return 0;
  char* end = nullptr;
  const long n = std::strtol(text, &end, 10);
  return *end == '\0' && n > 0 && n < 100000 ? static_cast<std::size_t>(n) : 0;
}

// The settings to put back if Ctrl-C arrives while a key is awaited with echo off.
termios saved{};
void restore_and_reraise(int signal) {
  ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

}  // namespace

size measure() {
  size s{from_environment("COLUMNS"), from_environment("LINES")};
  winsize w{};
  if ((s.columns == 0 || s.rows == 0) && ::isatty(STDOUT_FILENO) != 0 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0) {
    if (s.columns == 0) s.columns = w.ws_col;
    if (s.rows == 0) s.rows = w.ws_row;
  }
  return s;
}

bool interactive() { return ::isatty(STDIN_FILENO) != 0 && ::isatty(STDOUT_FILENO) != 0; }

int read_key() {
  if (::tcgetattr(STDIN_FILENO, &saved) != 0) {  // not a terminal: a line, as before
    char c = 0;
    return ::read(STDIN_FILENO, &c, 1) == 1 ? c : -1;
  }
  termios raw = saved;
  raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  auto* const previous = std::signal(SIGINT, restore_and_reraise);
  ::tcsetattr(STDIN_FILENO, TCSANOW, &raw);
  unsigned char c = 0;
  int key = ::read(STDIN_FILENO, &c, 1) == 1 ? c : -1;
  if (key == 033) {  // an arrow key arrives as ESC [ A..D; a lone Escape is taken as q
    raw.c_cc[VMIN] = 0;
    raw.c_cc[VTIME] = 1;  // a tenth of a second for the rest of the sequence
    ::tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    unsigned char rest[2] = {0, 0};
    const auto n = ::read(STDIN_FILENO, rest, 2);
    key = n == 2 && rest[0] == '[' ? (rest[1] == 'C' || rest[1] == 'B' ? ' ' : rest[1] == 'D' || rest[1] == 'A' ? 'b' : 0)
                                   : 'q';
  }
  if (key == '\r') key = '\n';
  ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
  std::signal(SIGINT, previous);
  return key;
}

}  // namespace kit::terminal
