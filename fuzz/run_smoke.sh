#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan, UBSan) and runs each for a
# bounded time from seeds taken from the test tables. Fails on any crash, leak, sanitizer report
# or broken invariant; the input that caused it is left in build/fuzz/findings/.
#
# usage: fuzz/run_smoke.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s, every target)
#        fuzz/run_smoke.sh --runs EXECUTIONS [TARGET...]         (a long run: stops after that
#                                                                  many executions per target)
# The corpus in build/fuzz/corpus/TARGET grows from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."

limit=(-max_total_time=60)
what="60s"
if [[ "${1:-}" == "--runs" ]]; then
  [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "usage: fuzz/run_smoke.sh --runs EXECUTIONS [TARGET...]" >&2; exit 2; }
  limit=(-runs="$2")
  what="$2 executions"
  shift 2
elif [[ $# -gt 0 ]]; then
  [[ "$1" =~ ^[0-9]+$ ]] || { echo "usage: fuzz/run_smoke.sh [SECONDS_PER_TARGET | --runs EXECUTIONS] [TARGET...]" >&2; exit 2; }
  limit=(-max_total_time="$1")
  what="$1s"
  shift
fi
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
  echo "== $t for $what"
  if ! "build/fuzz/fuzz/$t" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$seeds" 2>"build/fuzz/$t.log"; then
    echo "$t FAILED; the log's end:" >&2
    tail -n 40 "build/fuzz/$t.log" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units" "build/fuzz/$t.log" || true
  fi
done
exit $status
