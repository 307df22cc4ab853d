#!/usr/bin/env bash
# lighthouse.sh — Lighthouse (npm lighthouse, pinned in web/package.json) against the local page with Debian's
# Chromium: accessibility, best-practices, performance. Reports: artifacts/perf/lighthouse.{json,html}; prints the
# scores (goal: accessibility and best-practices ≥ 95). Not part of the timed test run.
#   bash scripts/lighthouse.sh [web build dir (build/web)]
# Installability (manifest + service worker) is checked by Chromium itself in web/tests/offline.test.mjs
# (Page.getInstallabilityErrors): Lighthouse 12 no longer has a PWA category.
set -euo pipefail
WAMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$WAMS_ROOT/build/web}"
OUT="$WAMS_ROOT/artifacts/perf"
LH="$WAMS_ROOT/web/node_modules/lighthouse/cli/index.js"
[ -f "$LH" ] || { echo "lighthouse: run bash scripts/setup.sh (npm ci in web/)" >&2; exit 1; }
[ -f "$DIR/wams.wasm" ] || { echo "lighthouse: no web build in $DIR" >&2; exit 1; }
mkdir -p "$OUT"
PORT=$((20000 + RANDOM % 20000))
node "$WAMS_ROOT/web/serve.mjs" "$DIR" "$PORT" >"$OUT/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q http "$OUT/serve.log" && break; sleep 0.1; done
URL=$(grep -o 'http://[^ ]*' "$OUT/serve.log" | head -1)
CHROME_PATH=/usr/bin/chromium node "$LH" "$URL" --quiet \
  --only-categories=accessibility,best-practices,performance \
  --chrome-flags="--headless --no-sandbox --disable-gpu --enable-unsafe-swiftshader --no-first-run --disable-background-networking" \
  --output=json --output=html --output-path="$OUT/lighthouse" >/dev/null
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const [k, c] of Object.entries(r.categories)) console.log(`lighthouse ${k}: ${Math.round(c.score * 100)}`);
  for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary") console.log(`  failed audit: ${a.id} — ${a.title}`);
' "$OUT/lighthouse.report.json"
