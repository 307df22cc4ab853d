#!/usr/bin/env bash
# fuzz.sh [SECONDS [TARGET…]] — builds every libFuzzer target (tests/fuzz/fuzz_*.cpp) with clang + ASan + UBSan and
# runs each for SECONDS (default: $WAMS_FUZZ_SECONDS, else 30 — the CI setting of scripts/test.sh; issue 5 asks
# ≤ 60 s per target in CI) on a working copy of its seed corpus. TARGETs (e.g. scenario) limit the run.
# Where: build/fuzz (its own -O2 build, for long runs by hand), or the build dir named by WAMS_FUZZ_BUILD — test.sh
# passes build/native-asan, whose preset builds the same targets at -O1 next to the sanitizer suite, so CI compiles
# core with clang + ASan once instead of twice (issue 16, CI time).
# Prints one line per target: runs, seconds, clean|crash (a crash leaves its input in <build>/artifacts/).
# Exit 0 when every target ran clean, 1 otherwise. Builds with -j2; runs WAMS_FUZZ_JOBS (default 2, one per core)
# fuzzing processes at a time. Prints the build and run times (scripts/lib/steps.sh).
set -euo pipefail
SECONDS_PER_TARGET="${1:-${WAMS_FUZZ_SECONDS:-30}}"
ONLY=("${@:2}")
case "$SECONDS_PER_TARGET" in ""|*[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, got '$SECONDS_PER_TARGET'" >&2; exit 2;; esac
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${WAMS_FUZZ_BUILD:-$ROOT/build/fuzz}"
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD";; esac
FUZZ_JOBS="${WAMS_FUZZ_JOBS:-2}"

source "$ROOT/scripts/lib/steps.sh"

build_fuzz() {
  if [ -n "${WAMS_FUZZ_BUILD:-}" ]; then
    # A build dir configured elsewhere (preset native-asan): only make sure the targets are built there.
    grep -q '^WAMS_BUILD_FUZZ:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null \
      || { echo "fuzz.sh: $BUILD is not configured with WAMS_BUILD_FUZZ=ON" >&2; return 2; }
  else
    configure_fuzz || return 2
  fi
  cmake --build "$BUILD" -j2 --target fuzz_all > "$BUILD.build.log" 2>&1 || { tail -40 "$BUILD.build.log"; return 2; }
}
configure_fuzz() {
  # Line tables only (-gline-tables-only): crash reports keep file:line, the build skips full debug info (issue 16,
  # CI time: full -g was ≈ 30 % of a core file's compile time).
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only -DNDEBUG" \
    -DWAMS_BUILD_FUZZ=ON -DWAMS_BUILD_TESTS=ON -DWAMS_BUILD_APP=OFF -DWAMS_BUILD_CLI=OFF > "$BUILD.configure.log" 2>&1 \
    || { cat "$BUILD.configure.log"; return 2; }
}
wams_step "fuzz build (${BUILD#"$ROOT"/})" build_fuzz || exit 2

mkdir -p "$BUILD/artifacts" "$BUILD/logs"
# fuzz_one <name>: one target for SECONDS_PER_TARGET on a working copy of its seeds; prints its line; 1 on a crash.
fuzz_one() {
  local name="$1" short="${1#fuzz_}" seeds work args dirs start result=clean secs runs
  seeds="$ROOT/tests/fuzz/corpus/$short"; work="$BUILD/corpus/$short"
  mkdir -p "$work"                               # the grown corpus stays out of git; seeds stay small
  args=(-max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1
        -artifact_prefix="$BUILD/artifacts/$name-")
  [ -f "$ROOT/tests/fuzz/$short.dict" ] && args+=(-dict="$ROOT/tests/fuzz/$short.dict")
  [ "$short" = cases_file ] && [ -f "$ROOT/tests/fuzz/case.dict" ] && args+=(-dict="$ROOT/tests/fuzz/case.dict")
  dirs=("$work"); [ -d "$seeds" ] && dirs+=("$seeds")
  start=$(date +%s.%N)
  "$BUILD/tests/fuzz/$name" "${args[@]}" "${dirs[@]}" > "$BUILD/logs/$name.log" 2>&1 || result=crash
  secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$BUILD/logs/$name.log" | grep -o '[0-9]*$' || echo '?')
  printf '%-22s %12s %8s %s\n' "$name" "$runs" "$secs" "$result"
  [ "$result" = clean ] && return 0
  grep -m3 -E 'ERROR|SUMMARY|==[0-9]+==' "$BUILD/logs/$name.log" | sed 's/^/    /' || true
  echo "    log: ${BUILD#"$ROOT"/}/logs/$name.log; reproduce: ${BUILD#"$ROOT"/}/tests/fuzz/$name ${BUILD#"$ROOT"/}/artifacts/$name-<file>"
  return 1
}

# fuzz_all_targets: FUZZ_JOBS targets at a time (each target is one libFuzzer process, one core).
fuzz_all_targets() {
  local src name running=0 status=0 ran=0
  printf '%-22s %12s %8s %s\n' target runs seconds result
  for src in "$ROOT"/tests/fuzz/fuzz_*.cpp; do
    name="$(basename "$src" .cpp)"
    if [ ${#ONLY[@]} -gt 0 ] && [[ " ${ONLY[*]} " != *" ${name#fuzz_} "* ]]; then continue; fi
    ran=$((ran + 1))
    if [ "$running" -ge "$FUZZ_JOBS" ]; then wait -n || status=1; running=$((running - 1)); fi
    fuzz_one "$name" & running=$((running + 1))
  done
  while [ "$running" -gt 0 ]; do wait -n || status=1; running=$((running - 1)); done
  [ "$ran" -gt 0 ] || { echo "fuzz.sh: no target matched '${ONLY[*]}' (tests/fuzz/fuzz_<name>.cpp)" >&2; return 2; }
  return $status
}
wams_step "fuzz run ($SECONDS_PER_TARGET s per target, $FUZZ_JOBS at a time)" fuzz_all_targets
