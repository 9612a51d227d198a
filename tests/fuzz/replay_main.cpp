// Replays fuzz inputs through the harness without libFuzzer, so that any compiler can run the corpus.
//
//   fuzz_replay PATH...   each PATH a file, or a directory whose files (not README*) are replayed in name order
//
// A finding is listed and the replay goes on; the exit status is 1 if there was any. A sanitizer report or
// an abort ends the run at once: the last "replaying" line names the input.
#include "harness.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: fuzz_replay FILE_OR_DIRECTORY...\n");
    return 2;
  }
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const fs::path path = argv[i];
    if (fs::is_directory(path)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(path))
        if (entry.is_regular_file() && entry.path().filename().string().rfind("README", 0) != 0)
          files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      inputs.insert(inputs.end(), files.begin(), files.end());
    } else if (fs::is_regular_file(path)) {
      inputs.push_back(path);
    } else {
      std::fprintf(stderr, "fuzz_replay: %s is neither a file nor a directory\n", argv[i]);
      return 2;
    }
  }

  fuzz::throw_findings(true);
  std::vector<std::string> findings;
  for (const fs::path& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::printf("replaying %s ... ", path.string().c_str());
    std::fflush(stdout);
    const auto start = std::chrono::steady_clock::now();
    try {
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      std::printf("ok");
    } catch (const fuzz::finding& f) {
      std::printf("FINDING");
      findings.push_back(path.filename().string() + ": " + f.what());
    }
    std::printf(" (%.2f s)%s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                bytes.size() > fuzz::max_input ? " [longer than the harness reads: ignored]" : "");
  }
  for (const std::string& f : findings) std::printf("FINDING %s\n", f.c_str());
  std::printf("fuzz_replay: %zu passed, %zu failed\n", inputs.size() - findings.size(), findings.size());
  return findings.empty() ? 0 : 1;
}
