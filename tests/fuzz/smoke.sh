#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang + ASan + UBSan) and runs each on its
# seed corpus for a few seconds. Exits non-zero when a build fails or a target finds a crash,
# leak, sanitizer report or timeout. Nothing is written into the corpora: new inputs go to a
# scratch folder under build/fuzz/. Usage: tests/fuzz/smoke.sh [seconds per target, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-5}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j 2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in org template markdown form; do
  scratch="build/fuzz/smoke/$target"
  rm -rf "$scratch" && mkdir -p "$scratch"
  dict=() && [ -f "tests/fuzz/$target.dict" ] && dict=(-dict="tests/fuzz/$target.dict")
  echo "fuzz_$target: ${seconds}s on tests/fuzz/corpus/$target" >&2
  build/fuzz/tests/fuzz/fuzz_$target "${dict[@]}" -max_total_time="$seconds" -max_len=16384 -timeout=20 \
    -rss_limit_mb=2048 -artifact_prefix="$scratch/" -print_final_stats=1 \
    "$scratch" "tests/fuzz/corpus/$target" 2>"$scratch.log" || { tail -n 60 "$scratch.log" >&2; exit 1; }
  grep -E "^stat::number_of_executed_units" "$scratch.log" >&2 || true
done
echo "fuzz smoke: all targets ran clean" >&2
