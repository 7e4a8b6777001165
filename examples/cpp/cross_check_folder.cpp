// Cross-checks every .txt file of a folder with the C++ API and prints the findings:
//
//   cross_check_folder FOLDER
//
// One engine extracts each article (the file name is the source), then checks all claims at once.
#include <claimcheck/claimcheck.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
    return 2;
  }
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(argv[1], error))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  if (error) {
    std::fprintf(stderr, "%s: %s\n", argv[1], error.message().c_str());
    return 1;
  }
  std::sort(files.begin(), files.end());

  const claimcheck::Engine engine;
  std::vector<claimcheck::Claim> claims;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    claimcheck::Extraction doc = engine.extract(text.str(), file.filename().string());
    if (!doc.ok()) {
      std::fprintf(stderr, "%s: %s\n", file.string().c_str(), doc.error.c_str());
      return 1;
    }
    claims.insert(claims.end(), doc.claims.begin(), doc.claims.end());
  }

  const claimcheck::Report report = engine.check(claims);
  std::printf("%zu articles, %zu claims, %zu groups, %zu findings\n", files.size(),
              report.claims.size(), report.groups.size(), report.findings.size());
  for (const auto& finding : report.findings) {
    const auto& key = report.groups[finding.group].key;
    const auto& a = report.claims[finding.a.front()];
    const auto& b = report.claims[finding.b.front()];
    std::printf("%s  %s/%s  %s (%s)  vs  %s (%s)  gap %.2f\n  %s\n", claimcheck::to_string(finding.verdict),
                key.subject.c_str(), key.measure.c_str(), a.text.c_str(), a.source.c_str(),
                b.text.c_str(), b.source.c_str(), finding.gap_ratio, finding.reason.c_str());
  }
  return 0;
}
