#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan, UBSan) and runs each for a
# bounded time from seeds taken from the test tables. Fails on any crash, leak, sanitizer report
# or broken invariant; the input that caused it is left in build/fuzz/findings/.
#
# usage: fuzz/run_smoke.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s, every target)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(fuzz_numbers fuzz_extract fuzz_config fuzz_claims_jsonl fuzz_capi)
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"

status=0
for t in "${targets[@]}"; do
  seeds="build/fuzz/seeds/$t"
  corpus="build/fuzz/corpus/$t"
  findings="build/fuzz/findings/$t"
  rm -rf "$seeds"
  mkdir -p "$corpus" "$findings"
  python3 fuzz/seeds.py "$t" "$seeds"
  echo "== $t for ${seconds}s"
  if ! "build/fuzz/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$seeds" 2>"build/fuzz/$t.log"; then
    echo "$t FAILED; the log's end:" >&2
    tail -n 40 "build/fuzz/$t.log" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units" "build/fuzz/$t.log" || true
  fi
done
exit $status
