// `claimcheck check [--config FILE] [--format text|json|html] [-o FILE] [--claims FILE.jsonl]... FILE...`:
// extracts the claims of each FILE (and reads those of each claims file, written by `extract`),
// cross-checks them all together and prints the findings.
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "claimcheck/claimcheck.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "output_file.hpp"
#include "terminal.hpp"

namespace claimcheck::cli {

namespace {

constexpr const char* kCheckUsage =
    "usage: claimcheck check [--config FILE] [--format text|json|html] [-o FILE] [--claims FILE.jsonl]...\n"
    "                        [FILE...]\n"
    "Extracts the claims of each FILE ('-' reads standard input), adds the claims of each\n"
    "--claims file (JSON Lines written by `claimcheck extract`), cross-checks them together and\n"
    "prints the groups with findings (text, the default; coloured on a terminal unless NO_COLOR is\n"
    "set), the whole report (json), or one self-contained page with every finding side by side and\n"
    "every document with its claims highlighted (html). -o writes to FILE instead of standard output.\n"
    "Exit status: 0 success, 1 an input failed (the others are still checked), 2 usage error.\n";

struct CheckOptions {
  std::string config;
  std::string format = "text";
  std::string output;  // empty: standard output
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
      if (o->format != "text" && o->format != "json" && o->format != "html") return false;
    } else if ((arg == "-o" || arg == "--output") && has_value) {
      o->output = argv[++i];
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
  const bool html = options.format == "html";
  std::vector<Document> docs;  // kept for the HTML page, which quotes the claims in their sentences
  auto progress = ProgressLine::for_files(options.documents.size());
  std::size_t files_read = 0;
  for (const std::string& name : options.documents) {
    progress.update(++files_read);
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
    if (html) docs.push_back({name, std::move(content)});
  }
  progress.finish();
  const Report report = engine.check(std::move(claims));
  const bool to_stdout = options.output.empty() || options.output == "-";
  const std::string out = options.format == "json" ? report_to_json(report, 2) + "\n"
                          : html                   ? report_to_html(report, docs)
                                                   : report_to_text(report, to_stdout && colour_wanted(stdout));
  if (!write_output(options.output, out, &error)) {
    fmt::print(stderr, "claimcheck: {}\n", error);
    return 1;
  }
  return failed ? 1 : 0;
}

}  // namespace claimcheck::cli
