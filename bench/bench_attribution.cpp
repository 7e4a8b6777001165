// What attribution adds to extraction: the sample articles repeated to a corpus of about 20 MB,
// timed through sentence splitting + claim extraction, then through attribution alone, on one
// core. Prints both and the ratio (the target: attribution under 20 % of extraction).
//
//   bench_attribution [MEGABYTES]       (default 20)
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "attribution/attributor.hpp"
#include "claimcheck/json.hpp"
#include "claims/claim_extractor.hpp"
#include "numbers/number_grammar.hpp"
#include "text/sentences.hpp"
#include "sample_articles.hpp"

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  const double megabytes = argc > 1 ? std::atof(argv[1]) : 20;
  std::vector<std::string> articles;
  {
    std::vector<SampleArticle> samples;
    std::string error;
    if (!read_sample_articles(CLAIMCHECK_EXAMPLES_DIR "/articles", &samples, &error)) {
      fmt::print(stderr, "bench_attribution: {}\n", error);
      return 1;
    }
    for (auto& sample : samples) articles.push_back(std::move(sample.text));
  }
  if (articles.empty()) {
    fmt::print(stderr, "bench_attribution: no articles in {}/articles\n", CLAIMCHECK_EXAMPLES_DIR);
    return 1;
  }
  const claimcheck::Config& config = claimcheck::default_config();
  const claimcheck::NumberGrammar grammar;
  const claimcheck::ClaimExtractor extractor(grammar, config.objects);
  const claimcheck::Attributor attributor(config);

  double extract_s = 0, attribute_s = 0, bytes = 0;
  std::size_t claims = 0, attributed = 0;
  for (std::size_t i = 0; bytes < megabytes * 1e6; ++i) {
    const std::string& text = articles[i % articles.size()];
    const auto t0 = Clock::now();
    const std::vector<claimcheck::Sentence> sentences = claimcheck::split_sentences(text);
    claimcheck::Extraction doc;
    extractor.extract(text, "article.txt", sentences, &doc);
    const auto t1 = Clock::now();
    attributor.attribute(text, sentences, &doc.claims);
    const auto t2 = Clock::now();
    extract_s += std::chrono::duration<double>(t1 - t0).count();
    attribute_s += std::chrono::duration<double>(t2 - t1).count();
    bytes += static_cast<double>(text.size());
    claims += doc.claims.size();
    for (const auto& c : doc.claims) attributed += c.subject && c.measure;
  }
  fmt::print("corpus           {:.1f} MB, {} claims ({} with subject and measure)\n", bytes / 1e6, claims, attributed);
  fmt::print("extraction       {:.3f} s  ({:.1f} MB/s)\n", extract_s, bytes / 1e6 / extract_s);
  fmt::print("attribution      {:.3f} s  ({:.1f} % of extraction; target < 20 %)\n", attribute_s,
             100 * attribute_s / extract_s);
  return 0;
}
