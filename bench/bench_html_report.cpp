// Renders the HTML report of 1,000 documents (the sample articles, copied) with a claim on every
// run of ASCII digits, and prints the time and the page size. Measures the renderer alone.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/html_report.hpp"
#include "sample_articles.hpp"

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

int main() {
  std::vector<SampleArticle> samples;
  std::string error;
  if (!read_sample_articles(std::filesystem::path(CLAIMCHECK_EXAMPLES_DIR) / "articles", &samples, &error)) {
    std::fprintf(stderr, "bench_html_report: %s\n", error.c_str());
    return 1;
  }
  std::vector<std::string> texts;
  for (auto& sample : samples) texts.push_back(std::move(sample.text));
  if (texts.empty()) {
    std::fprintf(stderr, "bench_html_report: no articles in %s/articles\n", CLAIMCHECK_EXAMPLES_DIR);
    return 1;
  }
  constexpr std::size_t kDocuments = 1000;
  std::vector<claimcheck::Document> docs;
  claimcheck::Report report;
  claimcheck::Group group;
  group.key = {"DeepSeek", "training_cost", "currency", ""};
  group.unit = "USD";
  claimcheck::Position low{{}, 1, 10}, high{{}, 100, 1000};
  for (std::size_t d = 0; d < kDocuments; ++d) {
    docs.push_back({"article-" + std::to_string(d) + ".txt", texts[d % texts.size()]});
    const std::string& text = docs.back().text;
    for (std::size_t i = 0; i < text.size();) {
      if (!is_digit(text[i])) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < text.size() && (is_digit(text[end]) || text[end] == '.' || text[end] == ',')) ++end;
      claimcheck::Claim c;
      c.source = docs.back().source;
      c.begin = i;
      c.end = end;
      c.text = text.substr(i, end - i);
      c.value = std::stod(c.text);
      c.low = c.high = c.value;
      c.dimension = "currency";
      c.unit = "USD";
      c.subject = "DeepSeek";
      c.measure = "training_cost";
      c.sentence_begin = text.rfind('\n', i) == std::string::npos ? 0 : text.rfind('\n', i) + 1;
      c.sentence_end = std::min(text.find('\n', end), text.size());
      const std::size_t id = report.claims.size();
      report.claims.push_back(c);
      group.claims.push_back(id);
      (c.value < 50 ? low : high).claims.push_back(id);
      i = end;
    }
  }
  group.positions = {low, high};
  report.groups.push_back(group);
  // A hundred findings, each with both whole positions as its sides: the worst case for cards.
  for (int f = 0; f < 100; ++f)
    report.findings.push_back({claimcheck::Verdict::contradiction, 0, low.claims, high.claims, 10, false,
                               "synthetic finding"});

  const auto start = std::chrono::steady_clock::now();
  const std::string page = claimcheck::report_to_html(report, docs);
  const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
  std::printf("html report: %zu documents, %zu claims, %zu findings: %.1f ms, %.2f MB page\n", docs.size(),
              report.claims.size(), report.findings.size(), took.count(), page.size() / 1e6);
  return 0;
}
