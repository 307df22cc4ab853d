#!/usr/bin/env bash
# serve.sh — set up if needed, build the web app, serve it on http://127.0.0.1:<port>/ (PORT, default 8080).
# Ctrl-C stops. Only loopback: nothing on this machine's other interfaces, nothing leaves the device.
set -euo pipefail
WAMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$WAMS_ROOT/scripts/setup.sh"
source "$WAMS_ROOT/scripts/build-lib.sh"
wams_build web "$WAMS_ROOT/build/web"
exec node "$WAMS_ROOT/web/serve.mjs" "$WAMS_ROOT/build/web" "${PORT:-8080}"
