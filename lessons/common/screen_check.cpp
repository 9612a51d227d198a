// Reads what a lesson showed on a terminal (a transcript, colour and all) and checks that it fits the
// screen and shows no number as zero that is not:
//   workbook_screen_check COLUMNS ROWS < transcript
// - no line is wider than COLUMNS (terminal columns, after removing colour codes);
// - between two keys (each key erases its prompt with "\r\033[K") at most ROWS − 1 lines were printed,
//   so that with the prompt everything since the last key is on the screen;
// - no number is written as 0.000… (the kit writes an exact zero as "0", anything else with its digits).
// Each problem is one line on stdout; exit status 1 if there is any, 0 otherwise, 2 on bad arguments.
#include "kit/format.hpp"

#include <iostream>
#include <iterator>
#include <regex>
#include <string>

namespace {

// The text without ANSI escape sequences (ESC [ parameters letter) and carriage returns.
std::string plain(const std::string& line) {
  static const std::regex escape{"\033\\[[0-9;?]*[A-Za-z]|\r"};
  return std::regex_replace(line, escape, "");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: workbook_screen_check COLUMNS ROWS < transcript\n";
    return 2;
  }
  const std::size_t columns = std::stoul(argv[1]), rows = std::stoul(argv[2]);
  const std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  int problems = 0;
  auto report = [&](const std::string& what) {
    if (++problems <= 20) std::cout << what << "\n";
  };

  static const std::regex false_zero{"(^|[^0-9.])-?0\\.0+([^0-9]|$)"};
  std::size_t number = 0, since_key = 0, start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string raw = text.substr(start, end - start);
    // A key was read on this line: the prompt before it was erased, the count starts again after it.
    if (const auto erased = raw.rfind("\r\033[K"); erased != std::string::npos) {
      since_key = 0;
      raw.erase(0, erased + 4);
    }
    ++number;
    const std::string line = plain(raw);
    if (kit::display_width(line) > columns)
      report("line " + std::to_string(number) + " is " + std::to_string(kit::display_width(line)) + " columns wide (" +
             std::to_string(columns) + " fit): " + line);
    if (std::regex_search(line, false_zero)) report("line " + std::to_string(number) + " shows a number as 0.000…: " + line);
    if (end < text.size() && ++since_key >= rows)
      report("line " + std::to_string(number) + ": " + std::to_string(since_key) + " lines since the last key, on a " +
             std::to_string(rows) + "-row terminal (the first have scrolled away unread)");
    start = end + 1;
  }
  if (problems > 20) std::cout << "… " << problems - 20 << " more\n";
  return problems > 0 ? 1 : 0;
}
