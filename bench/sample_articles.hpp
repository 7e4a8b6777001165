// The bundled sample articles that the benchmarks repeat: the .txt files of a folder, read whole.
#ifndef CLAIMCHECK_BENCH_SAMPLE_ARTICLES_HPP
#define CLAIMCHECK_BENCH_SAMPLE_ARTICLES_HPP

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

struct SampleArticle {
  std::filesystem::path path;
  std::string text;
};

// Appends the .txt files of `dir` to *out, in the folder's order. False, with a message naming
// the folder or the file in *error, when the folder or a file cannot be read.
inline bool read_sample_articles(const std::filesystem::path& dir, std::vector<SampleArticle>* out,
                                 std::string* error) {
  std::error_code code;
  std::filesystem::directory_iterator it(dir, code);
  for (const std::filesystem::directory_iterator end; !code && it != end; it.increment(code)) {
    if (it->path().extension() != ".txt") continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream text;
    if (!(in && text << in.rdbuf())) {
      *error = it->path().string() + ": cannot be read";
      return false;
    }
    out->push_back({it->path(), text.str()});
  }
  if (code) {
    *error = dir.string() + ": " + code.message();
    return false;
  }
  return true;
}

#endif
