#!/usr/bin/env bash
# digests.sh — what users see, as digests (issue 16 "proof that nothing changed"): `wams-cli assess` on the public,
# draft-3 and 1 000 generated cases; every export of the public cases (explain nl/en, dossier record md/html in both
# languages, the training model answers); `wams-cli stage`. One "name digest" line each, on stdout.
#   bash scripts/digests.sh [BUILD_DIR]        (default build/native; needs wams-cli and wams-generated-cases)
# tests/digests/baseline.txt holds the digests recorded before the redesign; CTest `redesign_digests` compares.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build/native}"
CLI="$BUILD/wams-cli"
GEN="$BUILD/wams-generated-cases"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
digest() { sha256sum | cut -c1-16; }
say() { printf '%s %s\n' "$1" "$2"; }

say assess/public "$("$CLI" assess "$ROOT"/scenarios/public/PUB-*.json | digest)"
say assess/draft3 "$("$CLI" assess "$ROOT"/scenarios/draft3/D3-*.json | digest)"
"$GEN" --write 1000 "$TMP/generated.json" --seed 1 >/dev/null
say assess/generated-1000 "$("$CLI" assess "$TMP/generated.json" | digest)"
say scenario-answers/builtin/json "$("$CLI" scenario answers builtin --json | digest)"
for lang in nl en; do
  say "explain/public/$lang" "$("$CLI" explain --lang "$lang" "$ROOT"/scenarios/public/PUB-*.json | digest)"
  for fmt in md html; do
    say "report/public/$fmt/$lang" \
      "$("$CLI" report --format "$fmt" --lang "$lang" --date 2026-12-03 --role "consulent" "$ROOT"/scenarios/public/PUB-*.json | digest)"
  done
  say "scenario-answers/builtin/$lang" "$("$CLI" scenario answers builtin --lang "$lang" | digest)"
  say "stage/$lang" "$("$CLI" stage --lang "$lang" | digest)"
done
