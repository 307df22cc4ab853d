#!/usr/bin/env bash
# bench-web.sh — issue 7's figures in one run (a benchmark: prints, never part of the timed test run):
#   1. transfer size (gzip -9 of everything the page downloads) of the page (preset web, size-optimised) and of
#      the bare Dear ImGui + SDL2 page (tests/bench/bare_page, same toolchain and flags) and the ratio (goal ≤ 1.5×)
#   2. navigation → first drawn frame in headless Chromium, median of 5, both pages, ratio (goal ≤ 1.2×)
#      and, for context, each page's first frame with a draw call (the bare page's first frame is an empty clear)
#   3. frames drawn during 5 s without input (goal 0)
#   4. key press → next drawn frame, median of 10 presses (goal ≤ 50 ms)
#   5. assessment time per case from the core benchmark (bench_engine, docs/core.md)
# Usage: bash scripts/bench-web.sh        (RUNS=5 by default; SKIP_CORE=1 skips step 5)
set -uo pipefail
WAMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$WAMS_ROOT/scripts/build-lib.sh"
RUNS="${RUNS:-5}"
cd "$WAMS_ROOT"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other work inflates timings)"
wams_build web "$WAMS_ROOT/build/web" || exit 1

echo "== 1. transfer size (gzip -9)"
bash scripts/check-web-size.sh build/web build/bare-page | grep -E '^size:'

echo "== 2–4. browser (headless Chromium, $RUNS runs)"
node web/bench/bench-web.mjs build/web build/bare-page/page "$RUNS" 2>/dev/null

if [ "${SKIP_CORE:-0}" != 1 ]; then
  echo "== 5. core: assessment per case (bench_engine, Release, native)"
  if [ ! -f build/bench/CMakeCache.txt ]; then
    cmake -S . -B build/bench -DWAMS_BUILD_APP=OFF -DWAMS_BUILD_BENCH=ON -DCMAKE_BUILD_TYPE=Release >/dev/null || exit 1
  fi
  cmake --build build/bench -j"$WAMS_JOBS" --target bench_engine >/dev/null || exit 1
  build/bench/tests/bench/bench_engine --benchmark_filter='.' 2>/dev/null | grep -E '^(BM_|batch:)' || true
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
