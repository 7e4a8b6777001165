// `claimcheck numbers [--format jsonl|text] FILE...`: every number expression of each file,
// claims or not, with dates, times and ordinals marked by their kind.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "claimcheck/claimcheck.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "text/utf8.hpp"

namespace claimcheck::cli {

namespace {

constexpr const char* kUsage =
    "usage: claimcheck numbers [--format jsonl|text] FILE...\n"
    "Lists every number expression of each FILE ('-' reads standard input): byte span, text,\n"
    "value, bounds, qualifier, dimension, unit and kind (number, date, time, ordinal).\n"
    "Exit status: 0 success, 1 an input failed, 2 usage error.\n";

nlohmann::json optional_number(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

void print_jsonl(const std::string& text, const std::vector<NumberExpr>& items) {
  std::string out;
  for (const auto& x : items) {
    nlohmann::json j = {{"begin", x.begin},
                        {"end", x.end},
                        {"text", text.substr(x.begin, x.end - x.begin)},
                        {"value", x.value},
                        {"low", optional_number(x.low)},
                        {"high", optional_number(x.high)},
                        {"qualifier", to_string(x.qualifier)},
                        {"dimension", x.dimension},
                        {"unit", x.unit},
                        {"kind", to_string(x.kind)}};
    out += j.dump();
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

std::string bound(const std::optional<double>& v) { return v ? fmt::format("{}", *v) : std::string("open"); }

void print_text(const std::string& name, const std::string& text, const std::vector<NumberExpr>& items) {
  std::string out;
  for (const auto& x : items) {
    out += fmt::format("{}:{}-{}\t{}\t{} [{}, {}] {} {} {} {}\n", name, x.begin, x.end,
                       text.substr(x.begin, x.end - x.begin), x.value, bound(x.low), bound(x.high),
                       to_string(x.qualifier), x.dimension, x.unit, to_string(x.kind));
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

int run_numbers(int argc, char** argv) {
  std::string format = "jsonl";
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (arg == "--format" || arg.rfind("--format=", 0) == 0) {
      if (arg == "--format") {
        if (i + 1 >= argc) {
          std::fprintf(stderr, "claimcheck numbers: --format needs a value (jsonl or text)\n%s", kUsage);
          return 2;
        }
        format = argv[++i];
      } else {
        format = arg.substr(9);
      }
      if (format != "jsonl" && format != "text") {
        std::fprintf(stderr, "claimcheck numbers: unknown format '%s' (jsonl or text)\n%s", format.c_str(), kUsage);
        return 2;
      }
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "claimcheck numbers: unknown option '%s'\n%s", arg.c_str(), kUsage);
      return 2;
    }
    files.push_back(arg);
  }
  if (files.empty()) {
    std::fprintf(stderr, "claimcheck numbers: no input file (use '-' for standard input)\n%s", kUsage);
    return 2;
  }
  const Engine engine;
  int status = 0;
  for (const auto& name : files) {
    const std::string shown = name == "-" ? "<stdin>" : name;
    std::string text;
    std::string error;
    if (!read_input(name, &text, &error)) {
      std::fprintf(stderr, "claimcheck numbers: %s: %s\n", shown.c_str(), error.c_str());
      status = 1;
      continue;
    }
    const std::size_t bad = text::first_invalid_utf8(text);
    if (bad != text.size()) {
      std::fprintf(stderr, "claimcheck numbers: %s: invalid UTF-8 at byte %zu\n", shown.c_str(), bad);
      status = 1;
      continue;
    }
    std::vector<Note> notes;
    const auto items = engine.numbers(text, &notes);
    if (format == "jsonl")
      print_jsonl(text, items);
    else
      print_text(shown, text, items);
    for (const auto& note : notes)
      std::fprintf(stderr, "claimcheck numbers: %s: bytes %zu-%zu: %s\n", shown.c_str(), note.begin, note.end,
                   note.message.c_str());
  }
  std::fflush(stdout);
  return status;
}

}  // namespace claimcheck::cli
