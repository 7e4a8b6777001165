// `claimcheck check [--config FILE] [--format text|json] [--claims FILE.jsonl]... FILE...`:
// extracts the claims of each FILE (and reads those of each claims file, written by `extract`),
// cross-checks them all together and prints the findings.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "claimcheck/claimcheck.hpp"
#include "commands.hpp"
#include "input_files.hpp"

namespace claimcheck::cli {

namespace {

constexpr const char* kCheckUsage =
    "usage: claimcheck check [--config FILE] [--format text|json] [--claims FILE.jsonl]... [FILE...]\n"
    "Extracts the claims of each FILE ('-' reads standard input), adds the claims of each\n"
    "--claims file (JSON Lines written by `claimcheck extract`), cross-checks them together and\n"
    "prints the groups with findings (text) or the whole report (json).\n"
    "Exit status: 0 success, 1 an input failed (the others are still checked), 2 usage error.\n";

struct CheckOptions {
  std::string config;
  std::string format = "text";
  std::vector<std::string> claim_files;
  std::vector<std::string> documents;
};

bool parse_options(int argc, char** argv, CheckOptions* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--config" && has_value) {
      o->config = argv[++i];
    } else if (arg == "--format" && has_value) {
      o->format = argv[++i];
      if (o->format != "text" && o->format != "json") return false;
    } else if (arg == "--claims" && has_value) {
      o->claim_files.push_back(argv[++i]);
    } else if (arg.size() > 1 && arg[0] == '-') {
      return false;
    } else {
      o->documents.push_back(arg);
    }
  }
  return !o->documents.empty() || !o->claim_files.empty();
}

}  // namespace

int run_check(int argc, char** argv) {
  CheckOptions options;
  if (!parse_options(argc, argv, &options)) {
    std::fputs(kCheckUsage, stderr);
    return 2;
  }
  const Engine engine = options.config.empty() ? Engine() : Engine::from_file(options.config);
  if (!engine.ok()) {
    fmt::print(stderr, "claimcheck: {}\n", engine.error());
    return 1;
  }
  bool failed = false;
  std::vector<Claim> claims;
  std::string content, error;
  for (const std::string& name : options.claim_files) {
    if (!read_input(name, &content, &error) || !claims_from_jsonl(content, name, &claims, &error)) {
      fmt::print(stderr, "claimcheck: {}\n", error.rfind(name, 0) == 0 ? error : name + ": " + error);
      failed = true;
    }
  }
  for (const std::string& name : options.documents) {
    if (!read_input(name, &content, &error)) {
      fmt::print(stderr, "claimcheck: {}: {}\n", name, error);
      failed = true;
      continue;
    }
    Extraction doc = engine.extract(content, name);
    if (!doc.ok()) {
      fmt::print(stderr, "claimcheck: {}\n", doc.error);
      failed = true;
      continue;
    }
    for (Claim& c : doc.claims) claims.push_back(std::move(c));
  }
  const Report report = engine.check(std::move(claims));
  const std::string out = options.format == "json"
                              ? report_to_json(report, 2) + "\n"
                              : report_to_text(report, isatty(fileno(stdout)) && !std::getenv("NO_COLOR"));
  std::fwrite(out.data(), 1, out.size(), stdout);
  return failed ? 1 : 0;
}

}  // namespace claimcheck::cli
