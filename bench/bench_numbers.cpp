// Throughput of the number grammar (NumberGrammar::scan) in MB/s on a corpus of at least 50 MB:
// the bundled sample articles repeated, or, when there are none, a built-in set of mixed
// Chinese and English news paragraphs.
//
//   bench_numbers [DIR]   (default: the bundled examples/articles)
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "numbers/number_grammar.hpp"

namespace {

constexpr std::size_t kCorpusBytes = 50u << 20;

const char* const kParagraphs[] = {
    "DeepSeek称其V3模型仅使用2048块H800 GPU训练，训练成本约为558万美元，远低于业界估计的数亿美元。"
    "消息传出后，英伟达股价暴跌16.97%，市值一天蒸发近6000亿美元，创下美股单日最大跌幅纪录。\n",
    "據報導，DeepSeek-V3 共有6710億參數，預訓練耗時約兩個月，使用了兩千多塊輝達H800晶片，"
    "成本不到600萬美元。分析師認為，這一數字只是最後一次訓練的費用。\n",
    "Nvidia shares fell nearly 17% on Monday, wiping out about $593 billion in market value, the "
    "largest one-day loss in U.S. history. DeepSeek said it spent $5.6M on 2,048 H800 chips over two months.\n",
    "有业内人士估算，DeepSeek实际拥有的GPU数量可能在1万至5万颗之间，其中包括约1万颗A100和数千颗H100，"
    "总投入或超过5亿美元，相当于其公布训练成本的近百倍。2025年1月28日，该应用登顶苹果应用商店下载榜第一。\n",
    "根据公告，公司2024年营收同比增长三成，达到4.2万亿元，净利润为5926.58亿元，研发投入占比12.5%，"
    "较上年提高1.3个百分点。员工人数由六十多人增至三百余人，平均年龄二十八岁。\n",
    "Analysts estimate the cluster cost between 500 million and 1.3 billion dollars; Llama 3.1 405B used "
    "about 30.8 million GPU hours, roughly eleven times more than the 2.788 million reported for V3.\n",
};

std::string load_articles(const std::string& dir) {
  std::string all;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return all;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    all += '\n';
  }
  return all;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : std::string(CLAIMCHECK_EXAMPLES_DIR) + "/articles";
  std::string unit = load_articles(dir);
  const char* source = "sample articles";
  if (unit.empty()) {
    for (const char* p : kParagraphs) unit += p;
    source = "built-in paragraphs";
  }
  std::string corpus;
  corpus.reserve(kCorpusBytes + unit.size());
  while (corpus.size() < kCorpusBytes) corpus += unit;

  const claimcheck::NumberGrammar grammar;
  std::vector<claimcheck::NumberExpr> out;
  std::vector<claimcheck::Note> notes;
  out.reserve(corpus.size() / 64);
  grammar.scan(corpus.substr(0, 1 << 20), &out, &notes);  // warm-up
  const double megabytes = static_cast<double>(corpus.size()) / (1024.0 * 1024.0);
  double best_wall = 0;
  double best_cpu = 0;
  std::size_t found = 0;
  for (int round = 0; round < 3; ++round) {
    out.clear();
    notes.clear();
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    grammar.scan(corpus, &out, &notes);
    const std::clock_t c1 = std::clock();
    const auto t1 = std::chrono::steady_clock::now();
    best_wall = std::max(best_wall, megabytes / std::chrono::duration<double>(t1 - t0).count());
    best_cpu = std::max(best_cpu, megabytes / (static_cast<double>(c1 - c0) / CLOCKS_PER_SEC));
    found = out.size();
  }
  // CPU time is what one core spends; wall time also counts waiting for a busy machine.
  std::printf("numbers: %.1f MB/s (CPU time), %.1f MB/s (wall) on %.1f MB (%s), %zu expressions, %zu notes, best of 3\n",
              best_cpu, best_wall, megabytes, source, found, notes.size());
  return 0;
}
