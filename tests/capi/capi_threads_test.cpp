// First, four threads build the process's first engines at the same time (engines with the
// built-in vocabulary share tables built on first use) and use them. Then four threads share one
// engine through the C ABI. Each extracts and cross-checks every sample article several times;
// every result must equal the one computed on the main thread. Each thread also provokes its own
// error, to show that claimcheck_last_error() is per thread.
#include <claimcheck/claimcheck.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Article {
  std::string name;
  std::string text;
};

std::vector<Article> read_articles() {
  std::vector<Article> articles;
  for (const auto& entry : std::filesystem::directory_iterator(CLAIMCHECK_EXAMPLES_DIR "/articles")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    articles.push_back({entry.path().filename().string(), text.str()});
  }
  return articles;
}

std::string take(char* s) {
  std::string copy = s == nullptr ? "" : s;
  claimcheck_string_free(s);
  return copy;
}

// The claims of each article as JSON Lines, then the report of all of them as JSON.
std::vector<std::string> results(const claimcheck_engine* engine, const std::vector<Article>& articles) {
  std::vector<std::string> out;
  std::vector<claimcheck_claims*> sets;
  for (const auto& a : articles) {
    claimcheck_claims* claims = nullptr;
    if (claimcheck_extract(engine, a.name.c_str(), a.text.data(), a.text.size(), &claims) != CLAIMCHECK_OK)
      return {"extract failed: " + std::string(claimcheck_last_error())};
    char* json = nullptr;
    claimcheck_claims_to_json(claims, &json);
    out.push_back(take(json));
    sets.push_back(claims);
  }
  claimcheck_report* report = nullptr;
  if (claimcheck_check(engine, sets.data(), sets.size(), &report) == CLAIMCHECK_OK) {
    char* json = nullptr;
    claimcheck_report_to_json(report, &json);
    out.push_back(take(json));
  } else {
    out.push_back("check failed: " + std::string(claimcheck_last_error()));
  }
  claimcheck_report_free(report);
  for (auto* s : sets) claimcheck_claims_free(s);
  return out;
}

}  // namespace

int main() {
  constexpr int kThreads = 4;
  constexpr int kRounds = 5;
  const std::vector<Article> articles = read_articles();
  // The first engines, built at once; one thread in two passes an empty configuration instead.
  std::vector<std::vector<std::string>> first(kThreads);
  {
    std::vector<std::thread> builders;
    for (int t = 0; t < kThreads; ++t) {
      builders.emplace_back([&, t] {
        claimcheck_engine* own = nullptr;
        if (claimcheck_engine_new(&own, t % 2 == 0 ? nullptr : "{}") != CLAIMCHECK_OK) {
          first[static_cast<std::size_t>(t)] = {"engine failed: " + std::string(claimcheck_last_error())};
          return;
        }
        first[static_cast<std::size_t>(t)] = results(own, articles);
        claimcheck_engine_free(own);
      });
    }
    for (auto& builder : builders) builder.join();
  }
  claimcheck_engine* engine = nullptr;
  if (articles.size() < 2 || claimcheck_engine_new(&engine, nullptr) != CLAIMCHECK_OK) {
    std::fprintf(stderr, "setup failed: %zu articles; %s\n", articles.size(), claimcheck_last_error());
    return 1;
  }
  const std::vector<std::string> expected = results(engine, articles);
  std::size_t claims = 0;
  for (std::size_t i = 0; i + 1 < expected.size(); ++i)
    for (char ch : expected[i]) claims += ch == '\n';

  std::atomic<int> mismatches{0};
  for (const auto& result : first) mismatches += result != expected;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        if (results(engine, articles) != expected) ++mismatches;
        // An error of this thread's own: line t+1 of the JSON Lines is bad.
        const std::string bad = std::string(static_cast<std::size_t>(t), '\n') + "{\"source\": 1}\n";
        claimcheck_claims* none = nullptr;
        if (claimcheck_claims_from_jsonl(&none, bad.data(), bad.size()) != CLAIMCHECK_EINPUT) ++mismatches;
        std::this_thread::yield();
        const std::string message = claimcheck_last_error();
        if (message.find("jsonl:" + std::to_string(t + 1) + ":") == std::string::npos) ++mismatches;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  claimcheck_engine_free(engine);

  std::printf("%d threads x %d rounds over %zu articles (%zu claims): %d mismatches\n", kThreads, kRounds,
              articles.size(), claims, mismatches.load());
  return mismatches == 0 && claims > 0 ? 0 : 1;
}
