// The cross-check at corpus scale: 1,000,000 claims over 10,000 comparison keys, read from JSON
// Lines and checked on one core. Prints the time to read, the time to check, and the peak memory
// per claim.
//
//   bench_check [CLAIMS] [KEYS]       (defaults 1000000 10000)
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"

using claimcheck::Claim;

namespace {

struct MeasureShape {
  const char* name;
  const char* dimension;
  const char* unit;
  const char* object;   // empty: none
  const char* suffix;   // written after the number in the claim text
  double base;
};

constexpr MeasureShape kMeasures[] = {
    {"training_cost", "currency", "USD", "", "万美元", 558},
    {"market_value_change", "currency", "CNY", "", "亿元", 42000},
    {"investment", "currency", "USD", "", "亿美元", 100},
    {"revenue", "currency", "USD", "", "亿美元", 300},
    {"valuation", "currency", "USD", "", "亿美元", 1000},
    {"share_price_change", "percent", "percent", "", "%", 16.97},
    {"gpu_count", "count", "count", "H800", "块", 2000},
    {"headcount", "count", "count", "person", "人", 150},
    {"training_time", "duration", "month", "", "个月", 2},
    {"market_share", "percent", "percent", "", "%", 30},
};

// Processor time of this process (user + system), in seconds: on a shared machine a fairer
// figure for "one core" than wall time.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peak_rss_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) * 1024.0;
}

// `v` rounded to `digits` significant digits, as news prints it.
double significant(double v, int digits) {
  const double scale = std::pow(10.0, digits - 1 - static_cast<int>(std::floor(std::log10(v))));
  return std::round(v * scale) / scale;
}

// Writes `claims` claim lines over `keys` keys to `path`, a few megabytes at a time.
void write_claims(const std::string& path, std::size_t claims, std::size_t keys) {
  std::ofstream out(path, std::ios::binary);
  std::mt19937_64 random(42);
  std::string buffer;
  const std::size_t measures = sizeof(kMeasures) / sizeof(kMeasures[0]);
  for (std::size_t i = 0; i < claims; ++i) {
    const std::size_t key = random() % keys;
    const MeasureShape& m = kMeasures[key % measures];
    const std::size_t subject = key / measures;
    // Most sources repeat a key's figure, some misquote it slightly, a few contradict it.
    const std::uint64_t pick = random() % 100;
    const double version = pick < 80 ? 1 : pick < 95 ? 1.015 : 3;
    const double written = significant(m.base * (1 + static_cast<double>(subject % 7) / 10) * version, 4);
    const double scale = std::string(m.suffix).find("万") != std::string::npos   ? 1e4
                         : std::string(m.suffix).find("亿") != std::string::npos ? 1e8
                                                                                 : 1;
    const double value = written * scale;
    const std::size_t begin = (random() % 5000) * 3;
    const std::string text = fmt::format("{}{}", written, m.suffix);
    fmt::format_to(std::back_inserter(buffer),
                   R"({{"source":"src-{:05}.txt","begin":{},"end":{},"text":"{}","value":{},"low":{},"high":{},)"
                   R"("qualifier":"exact","dimension":"{}","unit":"{}","object":{},"subject":"Company{:04}",)"
                   R"("measure":"{}","sentence_begin":{},"sentence_end":{}}})"
                   "\n",
                   random() % 10000, begin, begin + text.size(), text, value, value, value, m.dimension, m.unit,
                   *m.object ? fmt::format("\"{}\"", m.object) : std::string("null"), subject, m.name, begin,
                   begin + 60);
    if (buffer.size() > (4u << 20)) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer;
}

// Reads the claims a few megabytes at a time, so the file never sits whole in memory.
std::vector<Claim> read_claims(const std::string& path, std::size_t expected) {
  std::vector<Claim> claims;
  claims.reserve(expected);
  std::ifstream in(path, std::ios::binary);
  std::string chunk, carry;
  std::vector<char> block(4u << 20);
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    chunk.assign(carry);
    chunk.append(block.data(), static_cast<std::size_t>(in.gcount()));
    const std::size_t last = chunk.rfind('\n');
    carry = last == std::string::npos ? chunk : chunk.substr(last + 1);
    if (last == std::string::npos) continue;
    std::string error;
    if (!claimcheck::claims_from_jsonl(std::string_view(chunk).substr(0, last + 1), path, &claims, &error)) {
      fmt::print(stderr, "bench_check: {}\n", error);
      std::exit(1);
    }
  }
  return claims;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  const std::size_t keys = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 10000;
  const std::string path = (std::filesystem::temp_directory_path() / fmt::format("bench_check_{}.jsonl", n)).string();
  write_claims(path, n, keys);
  const claimcheck::Engine engine;
  const double baseline = peak_rss_bytes();

  const double c0 = cpu_seconds();
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<Claim> claims = read_claims(path, n);
  const auto t1 = std::chrono::steady_clock::now();
  const double c1 = cpu_seconds();
  const claimcheck::Report report = engine.check(std::move(claims));
  const auto t2 = std::chrono::steady_clock::now();
  const double c2 = cpu_seconds();
  const double peak = peak_rss_bytes();
  std::remove(path.c_str());

  const double read_s = std::chrono::duration<double>(t1 - t0).count();
  const double check_s = std::chrono::duration<double>(t2 - t1).count();
  fmt::print("claims {}  keys {}  groups {}  findings {}\n", report.claims.size(), keys, report.groups.size(),
             report.findings.size());
  fmt::print("read JSON Lines  {:.2f} s  ({:.2f} s processor time)\n", read_s, c1 - c0);
  fmt::print("check            {:.2f} s  ({:.2f} s processor time)\n", check_s, c2 - c1);
  fmt::print("total            {:.2f} s  ({:.2f} s processor time)  (target ≤ 5 s)\n", read_s + check_s, c2 - c0);
  fmt::print("peak memory      {:.0f} bytes/claim ({:.0f} MB; {:.0f} bytes/claim above the start)  (target ≤ 500)\n",
             peak / static_cast<double>(n), peak / 1e6, (peak - baseline) / static_cast<double>(n));
  return 0;
}
