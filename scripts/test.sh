#!/usr/bin/env bash
# test.sh — set up if needed, build native and web, run every test (Catch2 unit tests, CLI tests, the native
# smoke test under Xvfb, and the browser tests through Playwright + Debian Chromium) with ctest; then the sanitizer
# suite (scripts/sanitize.sh) and a short run of every fuzz target (scripts/fuzz.sh, WAMS_FUZZ_SECONDS, default 30).
# Exits non-zero on any failure. A second run only rebuilds what changed. Prints the time of every step at the end.
#
# Two lanes (issue 16, CI time): the browser tests (label "browser", one at a time: they mostly wait for frames)
# start as soon as build/web and wams-cli exist and run in the background at normal priority; everything else
# (the rest of native, the other tests, sanitizer build + ctest, fuzzing) runs meanwhile at nice 10,
# so it takes only the CPU the browser lane leaves idle. On by default; WAMS_LANES=0 runs every step one after the
# other (the browser tests wait for the app to settle and read the DOM mirror synchronously, so load does not change
# what they see — the mirror-digest race that made them machine-dependent was fixed in 53538a3).
set -euo pipefail
WAMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$WAMS_ROOT/scripts/build-lib.sh"
source "$WAMS_ROOT/scripts/lib/steps.sh"
cd "$WAMS_ROOT"
mkdir -p .cache/logs
export WAMS_STEP_LOG="$WAMS_ROOT/.cache/logs/test-steps.tsv"
BROWSER_LOG="$WAMS_ROOT/.cache/logs/test-browser.log"
: >"$WAMS_STEP_LOG"
RUN_START=$(date +%s)
browser_pid=""

finish() {
  local rc=$?
  if [ -n "$browser_pid" ] && kill -0 "$browser_pid" 2>/dev/null; then
    echo "test.sh: stopping the browser lane (pid $browser_pid)" >&2
    kill -- -"$browser_pid" 2>/dev/null || true
  fi
  wams_step_table "$WAMS_STEP_LOG" "$RUN_START"
  [ "$rc" = 0 ] && echo "test.sh: all steps passed" >&2
  exit "$rc"
}
trap finish EXIT
fail() { echo "test.sh: FAILED — $*" >&2; exit 1; }

# Browser tests must run here (never skipped for a missing web build).
export WAMS_REQUIRE_WEB=1
ctest_browser() { ctest --test-dir build/native --output-on-failure -L '^browser$'; }

wams_step "set-up (scripts/setup.sh)" bash scripts/setup.sh || fail "scripts/setup.sh"
wams_step "build web" wams_build web "$WAMS_ROOT/build/web" || fail "build web"
wams_step "build native: wams-cli" wams_build native "$WAMS_ROOT/build/native" wams-cli || fail "build native wams-cli"

if [ "${WAMS_LANES:-1}" != 1 ]; then
  wams_step "ctest browser (label browser, one at a time)" ctest_browser || fail "ctest browser tests"
else
  # Own process group (set -m), so a failure elsewhere can stop the whole lane; its output goes to a log.
  echo "test.sh: browser tests run in the background (log: ${BROWSER_LOG#"$WAMS_ROOT"/})" >&2
  set -m
  ( wams_step "ctest browser (label browser, background lane)" ctest_browser ) >"$BROWSER_LOG" 2>&1 &
  browser_pid=$!
  set +m
  renice -n 10 -p $$ >/dev/null   # this shell and all it starts from here on
fi

wams_step "build native: the rest" wams_build native "$WAMS_ROOT/build/native" || fail "build native"
wams_step "ctest native (all but browser)" \
  ctest --test-dir build/native --output-on-failure -j"$WAMS_JOBS" -LE '^browser$' || fail "ctest build/native"
# Hostile input (issue 5; docs/privacy.md §5): the Catch2/CLI suite again under ASan+LSan+UBSan (clang, -O1), then
# every libFuzzer target of that same build for WAMS_FUZZ_SECONDS (default 30) each. Both record their own steps.
bash scripts/sanitize.sh || fail "scripts/sanitize.sh (ASan+UBSan suite, build/native-asan)"
# The fuzz targets are built in build/native-asan with the sanitizer suite (preset native-asan, WAMS_BUILD_FUZZ=ON).
WAMS_FUZZ_BUILD="$WAMS_ROOT/build/native-asan" bash scripts/fuzz.sh "${WAMS_FUZZ_SECONDS:-30}" \
  || fail "scripts/fuzz.sh (a fuzz target crashed or did not build; logs in build/native-asan/logs)"

if [ -n "$browser_pid" ]; then
  echo "test.sh: waiting for the browser lane" >&2
  lane_rc=0; wait "$browser_pid" || lane_rc=$?
  browser_pid=""
  cat "$BROWSER_LOG"
  [ "$lane_rc" = 0 ] || fail "ctest browser tests (log: ${BROWSER_LOG#"$WAMS_ROOT"/})"
fi
