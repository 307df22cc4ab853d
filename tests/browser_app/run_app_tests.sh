#!/usr/bin/env bash
# run_app_tests.sh <source dir> <web build dir> <wams-cli> <test file> — one consultation-app browser suite.
set -euo pipefail
src="$1" web="$2" cli="$3" suite="$4"
missing=""
[ -f "$web/wams.wasm" ] || missing="web build ($web/wams.wasm; cmake --build --preset web)"
[ -d "$src/web/node_modules/playwright-core" ] || missing="web/node_modules (bash scripts/setup.sh)"
[ -x /usr/bin/chromium ] || missing="/usr/bin/chromium (apt package chromium)"
[ -x "$cli" ] || missing="wams-cli ($cli)"
if [ -n "$missing" ]; then
  echo "browser app tests: missing $missing"
  if [ "${WAMS_REQUIRE_WEB:-0}" = 1 ]; then exit 1; fi
  exit 77
fi
cd "$src"
WAMS_WEB_DIR="$web" WAMS_CLI="$cli" exec node --test --test-reporter=spec "$suite"
