#!/usr/bin/env bash
# run_browser_tests.sh <source dir> <web build dir> [test file] [wams-cli] — runs one browser suite (or all of
# web/tests/ when no file is given) with node's test runner.
set -euo pipefail
src="$1" web="$2" suite="${3:-web/tests/}" cli="${4:-}"
missing=""
[ -f "$web/wams.wasm" ] || missing="web build ($web/wams.wasm; cmake --build --preset web)"
[ -d "$src/web/node_modules/playwright-core" ] || missing="web/node_modules (bash scripts/setup.sh)"
[ -x /usr/bin/chromium ] || missing="/usr/bin/chromium (apt package chromium)"
[ -z "$cli" ] || [ -x "$cli" ] || missing="wams-cli ($cli)"
if [ -n "$missing" ]; then
  echo "browser tests: missing $missing"
  if [ "${WAMS_REQUIRE_WEB:-0}" = 1 ]; then exit 1; fi
  exit 77
fi
cd "$src"
[ -n "$cli" ] && export WAMS_CLI="$cli"
WAMS_WEB_DIR="$web" exec node --test --test-reporter=spec "$suite"
