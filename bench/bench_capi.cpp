// Extraction through the C ABI against the C++ API, on the sample articles repeated into a corpus
// of about 8 MB: one call per article, as a pipeline would make them. Prints both throughputs
// and how far apart they are.
//
//   bench_capi [MEGABYTES]
#include <claimcheck/claimcheck.h>

#include <algorithm>
#include <chrono>
#include <claimcheck/claimcheck.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "sample_articles.hpp"

namespace {

struct Document {
  std::string source;
  std::string text;
};

std::vector<Document> repeated_articles(std::size_t target_bytes, std::size_t* total) {
  std::vector<Document> articles;
  std::vector<SampleArticle> samples;
  std::string error;
  if (!read_sample_articles(CLAIMCHECK_EXAMPLES_DIR "/articles", &samples, &error)) {
    std::fprintf(stderr, "bench_capi: %s\n", error.c_str());
    std::exit(1);
  }
  for (auto& sample : samples) articles.push_back({sample.path.filename().string(), std::move(sample.text)});
  std::vector<Document> corpus;
  *total = 0;
  while (!articles.empty() && *total < target_bytes) {
    for (const auto& a : articles) {
      corpus.push_back(a);
      *total += a.text.size();
    }
  }
  return corpus;
}

template <typename Run>
double best_seconds(Run run, int rounds) {
  double best = 1e300;
  for (int r = 0; r < rounds; ++r) {
    const auto start = std::chrono::steady_clock::now();
    run();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const double megabytes = argc > 1 ? std::atof(argv[1]) : 8.0;
  std::size_t bytes = 0;
  const auto corpus = repeated_articles(static_cast<std::size_t>(megabytes * 1e6), &bytes);
  if (corpus.empty()) {
    std::fprintf(stderr, "no articles under %s/articles\n", CLAIMCHECK_EXAMPLES_DIR);
    return 1;
  }
  const claimcheck::Engine engine;
  claimcheck_engine* c_engine = nullptr;
  if (claimcheck_engine_new(&c_engine, nullptr) != CLAIMCHECK_OK) {
    std::fprintf(stderr, "claimcheck_engine_new: %s\n", claimcheck_last_error());
    return 1;
  }

  std::size_t cpp_claims = 0, c_claims = 0;
  auto through_cpp = [&] {
    cpp_claims = 0;
    for (const auto& doc : corpus) cpp_claims += engine.extract(doc.text, doc.source).claims.size();
  };
  auto through_c = [&] {
    c_claims = 0;
    for (const auto& doc : corpus) {
      claimcheck_claims* claims = nullptr;
      claimcheck_extract(c_engine, doc.source.c_str(), doc.text.data(), doc.text.size(), &claims);
      c_claims += claimcheck_claims_count(claims);
      claimcheck_claims_free(claims);
    }
  };
  // Interleaved, best of each: both sides see the same machine state.
  double cpp_best = 1e300, c_best = 1e300;
  for (int round = 0; round < 5; ++round) {
    cpp_best = std::min(cpp_best, best_seconds(through_cpp, 1));
    c_best = std::min(c_best, best_seconds(through_c, 1));
  }
  claimcheck_engine_free(c_engine);

  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("corpus: %zu documents, %.2f MB, %zu claims (C ABI: %zu)\n", corpus.size(), mb, cpp_claims,
              c_claims);
  std::printf("C++ API  extract: %8.2f MB/s\n", mb / cpp_best);
  std::printf("C ABI    extract: %8.2f MB/s\n", mb / c_best);
  std::printf("C ABI vs C++: %+.2f %% time\n", (c_best / cpp_best - 1) * 100);
  return cpp_claims == c_claims ? 0 : 1;
}
