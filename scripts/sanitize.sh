#!/usr/bin/env bash
# sanitize.sh — builds preset native-asan (core + wams-cli + every test, Debug, -fsanitize=address,undefined
# -fno-sanitize-recover=undefined, LeakSanitizer on) in build/native-asan and runs its ctest through the test preset
# native-asan, which leaves out only the tests that cannot run there (CMakePresets.json, listed with the reason in
# docs/privacy.md "Hostile input"). Prints the build and test times. Exit 0 when everything ran clean, 1 on a test
# failure or a sanitizer report, 2 when the build fails. Called by scripts/test.sh (CI); runs on its own too.
set -euo pipefail
WAMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$WAMS_ROOT/scripts/build-lib.sh"
cd "$WAMS_ROOT"

t0=$(date +%s)
wams_build native-asan "$WAMS_ROOT/build/native-asan" || exit 2
t1=$(date +%s)
echo "sanitize: build/native-asan built in $((t1 - t0)) s" >&2

# The options live in the test preset (so `ctest --preset native-asan` by hand behaves the same); a caller's own
# ASAN_OPTIONS/UBSAN_OPTIONS/LSAN_OPTIONS take precedence there.
status=0
ctest --preset native-asan -j"$WAMS_JOBS" || status=1
t2=$(date +%s)
echo "sanitize: ctest (preset native-asan) ran in $((t2 - t1)) s — $([ $status = 0 ] && echo clean || echo FAILED)" >&2
exit $status
