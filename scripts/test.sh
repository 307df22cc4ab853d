#!/usr/bin/env bash
# test.sh — set up if needed, build native and web, run every test (Catch2 unit tests, CLI tests, the native
# smoke test under Xvfb, and the browser tests through Playwright + Debian Chromium) with ctest; then the sanitizer
# suite (scripts/sanitize.sh) and a short run of every fuzz target (scripts/fuzz.sh, WAMS_FUZZ_SECONDS, default 30).
# Exits non-zero on any failure. A second run only rebuilds what changed.
set -euo pipefail
WAMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$WAMS_ROOT/scripts/setup.sh"
source "$WAMS_ROOT/scripts/build-lib.sh"
wams_build web "$WAMS_ROOT/build/web"
# The size budget (ctest web_size_budget, issue 7) measures the size-optimised release build.
wams_build web-release "$WAMS_ROOT/build/web-release"
wams_build native "$WAMS_ROOT/build/native"
# Browser tests must run here (never skipped for a missing web build).
export WAMS_REQUIRE_WEB=1
cd "$WAMS_ROOT"
ctest --test-dir build/native --output-on-failure -j"$WAMS_JOBS" \
  || { echo "test.sh: FAILED — ctest build/native" >&2; exit 1; }
# Hostile input (issue 5; docs/privacy.md §5): the Catch2/CLI suite again under ASan+LSan+UBSan, then every libFuzzer
# target for WAMS_FUZZ_SECONDS (default 30) each. Steps run in this order and stop at the first failure.
bash "$WAMS_ROOT/scripts/sanitize.sh" || { echo "test.sh: FAILED — scripts/sanitize.sh (ASan+UBSan suite, build/native-asan)" >&2; exit 1; }
bash "$WAMS_ROOT/scripts/fuzz.sh" "${WAMS_FUZZ_SECONDS:-30}" \
  || { echo "test.sh: FAILED — scripts/fuzz.sh (a fuzz target crashed or did not build; logs in build/fuzz/logs)" >&2; exit 1; }
echo "test.sh: all steps passed" >&2
