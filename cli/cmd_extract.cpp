// `claimcheck extract [--format jsonl|text] [--source NAME] FILE...`: the claims of each file,
// as JSON Lines (one object per claim) or as an aligned table.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"
#include "commands.hpp"
#include "engine_options.hpp"
#include "input_files.hpp"

namespace claimcheck::cli {

namespace {

constexpr const char* kExtractUsage =
    "usage: claimcheck extract [--format jsonl|text] [--source NAME] [--config FILE] [--strict-utf8] FILE...\n"
    "  --format jsonl  one JSON object per claim (the default)\n"
    "  --format text   an aligned table\n"
    "  --source NAME   the document id written in each claim (default: the file name)\n"
    "  --config FILE   a configuration (see `claimcheck config --dump`) instead of the built-in one\n"
    "  --strict-utf8   refuse a document holding invalid UTF-8, naming the byte offset\n"
    "FILE '-' reads standard input. Exit status: 0 success, 1 an input failed (the others are\n"
    "still extracted), 2 usage error or bad configuration.\n";

struct ExtractOptions {
  EngineOptions engine;
  bool text = false;
  std::string source;
  bool has_source = false;
  std::vector<std::string> files;
};

// False on a usage error (already reported).
bool parse_options(int argc, char** argv, ExtractOptions* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    std::string value;
    const bool is_format = arg == "--format" || arg.rfind("--format=", 0) == 0;
    const bool is_source = arg == "--source" || arg.rfind("--source=", 0) == 0;
    if (take_engine_option(argc, argv, &i, &o->engine)) continue;
    if (is_format || is_source) {
      const std::size_t eq = arg.find('=');
      if (eq != std::string::npos) {
        value = arg.substr(eq + 1);
      } else if (i + 1 < argc) {
        value = argv[++i];
      } else {
        fmt::print(stderr, "claimcheck extract: {} needs a value\n{}", arg, kExtractUsage);
        return false;
      }
      if (is_source) {
        o->source = value;
        o->has_source = true;
      } else if (value == "text" || value == "jsonl") {
        o->text = value == "text";
      } else {
        fmt::print(stderr, "claimcheck extract: unknown format '{}'\n{}", value, kExtractUsage);
        return false;
      }
    } else if (arg == "-h" || arg == "--help") {
      std::fputs(kExtractUsage, stdout);
      std::exit(0);
    } else if (arg.size() > 1 && arg[0] == '-') {
      fmt::print(stderr, "claimcheck extract: unknown option '{}'\n{}", arg, kExtractUsage);
      return false;
    } else {
      o->files.push_back(arg);
    }
  }
  if (o->files.empty()) {
    fmt::print(stderr, "claimcheck extract: no input file\n{}", kExtractUsage);
    return false;
  }
  return true;
}

std::string format_number(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
    return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{}", v);
}

std::string format_bounds(const Claim& c) {
  if (c.qualifier == Qualifier::exact || c.qualifier == Qualifier::approx) return "";
  return fmt::format("[{}, {}]", c.low ? format_number(*c.low) : "-inf",
                     c.high ? format_number(*c.high) : "inf");
}

// The claims as a table; the claim's own text comes last, so wide characters never break the
// alignment of the columns before it.
void print_table(const std::vector<Claim>& claims) {
  std::size_t w[6] = {6, 4, 5, 6, 4, 9};
  std::vector<std::array<std::string, 6>> rows;
  rows.reserve(claims.size());
  for (const Claim& c : claims) {
    rows.push_back(std::array<std::string, 6>{c.source, fmt::format("{}-{}", c.begin, c.end), format_number(c.value),
                    format_bounds(c), c.unit + (c.object ? " " + *c.object : ""), to_string(c.qualifier)});
    for (std::size_t i = 0; i < 6; ++i) w[i] = std::max(w[i], rows.back()[i].size());
  }
  fmt::print("{:<{}}  {:<{}}  {:>{}}  {:<{}}  {:<{}}  {:<{}}  {}\n", "SOURCE", w[0], "SPAN", w[1],
             "VALUE", w[2], "BOUNDS", w[3], "UNIT", w[4], "QUALIFIER", w[5], "TEXT");
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows[r];
    fmt::print("{:<{}}  {:<{}}  {:>{}}  {:<{}}  {:<{}}  {:<{}}  {}\n", row[0], w[0], row[1], w[1],
               row[2], w[2], row[3], w[3], row[4], w[4], row[5], w[5], claims[r].text);
  }
}

}  // namespace

int run_extract(int argc, char** argv) {
  ExtractOptions options;
  if (!parse_options(argc, argv, &options)) return 2;
  const std::optional<Engine> built = make_engine(options.engine, "extract");
  if (!built) return 2;  // a bad configuration is a usage error: nothing was extracted
  const Engine& engine = *built;
  int status = 0;
  std::vector<Claim> table;
  std::string text;
  for (const std::string& file : options.files) {
    std::string error;
    if (!read_input(file, &text, &error)) {
      fmt::print(stderr, "claimcheck extract: {}: cannot read: {}\n", file, error);
      status = 1;
      continue;
    }
    const std::string source = options.has_source ? options.source : file;
    Extraction doc = engine.extract(text, source);
    if (!doc.ok()) {
      fmt::print(stderr, "claimcheck extract: {}\n", doc.error);  // the error names the source
      status = 1;
      continue;
    }
    for (const Note& note : doc.notes)
      fmt::print(stderr, "claimcheck extract: {}: bytes {}-{}: {}\n", file, note.begin, note.end, note.message);
    if (options.text) {
      for (Claim& c : doc.claims) table.push_back(std::move(c));
    } else {
      // One line at a time: no second copy of a large document's claims.
      for (const Claim& c : doc.claims) {
        const std::string line = claim_to_json(c);
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fputc('\n', stdout);
      }
    }
  }
  if (options.text) print_table(table);
  return status;
}

}  // namespace claimcheck::cli
