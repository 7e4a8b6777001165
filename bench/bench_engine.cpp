// Building an engine: the first one in a process (which reads the built-in tables), later ones
// with the built-in vocabulary (which share those tables), and ones whose configuration adds a
// counted object and an entity (which build their own). Prints the time per engine of each.
//
//   bench_engine [ROUNDS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "claimcheck/engine.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Builds `rounds` engines with `make` and returns the milliseconds per engine; fails the program
// if one is not ok.
template <typename Make>
double per_engine(int rounds, Make make) {
  const auto start = Clock::now();
  for (int i = 0; i < rounds; ++i) {
    const claimcheck::Engine engine = make();
    if (!engine.ok()) {
      std::fprintf(stderr, "engine not built: %s\n", engine.error().c_str());
      std::exit(1);
    }
  }
  return milliseconds_since(start) / rounds;
}

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::atoi(argv[1]) : 500;
  if (rounds <= 0) {
    std::fprintf(stderr, "usage: bench_engine [ROUNDS]   (ROUNDS > 0, default 500)\n");
    return 2;
  }
  constexpr std::string_view custom =
      R"({"entities": {"Acme": {"aliases": ["艾克米"]}},
          "objects": {"Gaudi3": {"aliases": ["Gaudi 3"], "class": "GPU"}}})";
  const double first = per_engine(1, [] { return claimcheck::Engine(); });
  const double built_in = per_engine(rounds, [] { return claimcheck::Engine(); });
  const double from_json = per_engine(rounds, [&] { return claimcheck::Engine::from_json("{}"); });
  const double configured = per_engine(rounds, [&] { return claimcheck::Engine::from_json(custom); });
  std::printf("first engine in the process:         %8.3f ms\n", first);
  std::printf("built-in configuration (%d rounds): %8.3f ms per engine\n", rounds, built_in);
  std::printf("from JSON \"{}\":                      %8.3f ms per engine\n", from_json);
  std::printf("own objects and entities:            %8.3f ms per engine\n", configured);
  return 0;
}
