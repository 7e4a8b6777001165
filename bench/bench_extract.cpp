// Extraction throughput: builds a corpus of at least 50 MB by repeating the bundled sample
// articles (or the files given on the command line) and extracts it on one thread, each
// repetition of an article as one document (as a corpus is processed: the claims of a document
// are handed on, then released), or with --one-document the whole corpus as a single document
// whose claims are all kept. Prints MB/s (wall clock and CPU time) and the peak resident set.
//
//   bench_extract [--mb N] [--one-document] [FILE...]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/engine.hpp"
#include "sample_articles.hpp"

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

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec) + static_cast<double>(usage.ru_utime.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t target_mb = 50;
  bool one_document = false;
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) target_mb = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--one-document") one_document = true;
    else if (arg.rfind("--", 0) == 0) {
      std::fprintf(stderr, "usage: bench_extract [--mb N] [--one-document] [FILE...]\n");
      return 2;
    } else files.emplace_back(arg);
  }
  if (files.empty()) {
    std::vector<SampleArticle> samples;
    std::string error;
    if (!read_sample_articles(CLAIMCHECK_EXAMPLES_DIR "/articles", &samples, &error)) {
      std::fprintf(stderr, "bench_extract: %s\n", error.c_str());
      return 1;
    }
    for (const auto& sample : samples) files.push_back(sample.path);
  }
  std::vector<std::string> articles;
  std::size_t sample_bytes = 0;
  for (const auto& f : files) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(f, error)) {
      std::fprintf(stderr, "bench_extract: %s: not a readable file\n", f.string().c_str());
      return 1;
    }
    articles.push_back(read_file(f) + "\n\n");
    sample_bytes += articles.back().size();
  }
  if (sample_bytes < 3) {
    std::fprintf(stderr, "bench_extract: no sample text found\n");
    return 1;
  }
  const claimcheck::Engine engine;
  const double rss_before_corpus = peak_rss_mb();

  // One buffer holds the corpus; each document is a view into it.
  const std::size_t target = target_mb * 1024 * 1024;
  std::string corpus;
  corpus.reserve(target + sample_bytes);
  std::vector<std::string_view> documents;
  std::vector<std::size_t> starts;
  while (corpus.size() < target) {
    for (const auto& a : articles) {
      starts.push_back(corpus.size());
      corpus += a;
    }
  }
  starts.push_back(corpus.size());
  for (std::size_t i = 0; i + 1 < starts.size(); ++i)
    documents.emplace_back(corpus.data() + starts[i], starts[i + 1] - starts[i]);

  std::size_t claims = 0;
  const double cpu_start = cpu_seconds();
  const auto start = std::chrono::steady_clock::now();
  if (one_document) {
    const claimcheck::Extraction result = engine.extract(corpus, "corpus");
    claims = result.claims.size();
  } else {
    for (const auto& doc : documents) claims += engine.extract(doc, "document").claims.size();
  }
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = cpu_seconds() - cpu_start;
  const double mb = static_cast<double>(corpus.size()) / (1024.0 * 1024.0);
  const double peak = peak_rss_mb();
  std::printf("extract: %.1f MB (%zu %s), one thread: %.1f MB/s wall (%.2f s), %.1f MB/s CPU (%.2f s), "
              "%zu claims\n",
              mb, one_document ? std::size_t{1} : documents.size(), one_document ? "document" : "documents",
              mb / wall, wall, mb / cpu, cpu, claims);
  std::printf("peak RSS: %.1f MB = input %.1f MB + %.1f MB (engine and program before the corpus: %.1f MB)\n",
              peak, mb, peak - mb, rss_before_corpus);
  return 0;
}
