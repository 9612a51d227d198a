// The fuzz harness's interface beside LLVMFuzzerTestOneInput: how a finding is reported.
//
// Under libFuzzer a finding prints one "FINDING:" line and aborts, so that libFuzzer saves the input
// as a crash. The replay driver (replay_main.cpp) asks for an exception instead, so that it can go on
// with the other files and list every finding at the end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fuzz {

/// A violated property, a non-library exception or a call that took too long.
class finding : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// False (the default, for libFuzzer): a finding prints and aborts. True: it throws fuzz::finding.
void throw_findings(bool on) noexcept;

/// Inputs longer than this are ignored: every spec worth testing fits, and short inputs keep each run fast.
inline constexpr std::size_t max_input = 200;

}  // namespace fuzz
