#!/usr/bin/env bash
# test.sh — set up if needed, build native and web, run every test (Catch2 unit tests, CLI tests, the native
# smoke test under Xvfb, and the browser tests through Playwright + Debian Chromium) with ctest.
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
exec ctest --test-dir build/native --output-on-failure -j"$WAMS_JOBS"
