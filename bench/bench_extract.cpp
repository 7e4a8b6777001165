// Extraction throughput: builds a corpus of at least 50 MB by repeating the bundled sample
// articles (or the files given on the command line), extracts it as one document on one
// thread, and prints MB/s and the peak resident set size.
//
//   bench_extract [--mb N] [FILE...]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/engine.hpp"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t target_mb = 50;
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) target_mb = std::strtoul(argv[++i], nullptr, 10);
    else files.emplace_back(arg);
  }
  if (files.empty()) {
    for (const auto& entry : std::filesystem::directory_iterator(CLAIMCHECK_EXAMPLES_DIR "/articles"))
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::string sample;
  for (const auto& f : files) sample += read_file(f) + "\n\n";
  if (sample.size() < 3) {
    std::fprintf(stderr, "bench_extract: no sample text found\n");
    return 1;
  }
  const claimcheck::Engine engine;
  const double rss_before_corpus = peak_rss_mb();
  std::string corpus;
  corpus.reserve(target_mb * 1024 * 1024 + sample.size());
  while (corpus.size() < target_mb * 1024 * 1024) corpus += sample;

  const auto start = std::chrono::steady_clock::now();
  const claimcheck::Extraction result = engine.extract(corpus, "corpus");
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!result.ok()) {
    std::fprintf(stderr, "bench_extract: %s\n", result.error.c_str());
    return 1;
  }
  const double mb = static_cast<double>(corpus.size()) / (1024.0 * 1024.0);
  const double peak = peak_rss_mb();
  std::printf("extract: %.1f MB in %.3f s = %.1f MB/s, %zu claims, one thread\n", mb, seconds,
              mb / seconds, result.claims.size());
  std::printf("peak RSS: %.1f MB (input %.1f MB, before the corpus %.1f MB, over input %.1f MB)\n",
              peak, mb, rss_before_corpus, peak - mb);
  return 0;
}
