#!/usr/bin/env bash
# interview-outputs.sh — one digest per `wams-cli interview` output on 26 partial cases, to show that a change to the
# engine or the interview leaves what it asks and answers the same (docs/interview.md "Speed of one run (session 20)").
# The inputs are made here, deterministically, by the soundness proof's own pieces (tests/interview/
# interview_soundness.py: the vocabulary's removable fields, an outer field removed with what it holds): the first 12
# public cases (scenarios/public, sorted) each with 30 % and with 60 % of their fields left out (seed 7), and two
# cases as the Vraag screen starts them. Run it at two commits and compare the lines (diff).
# Prints "input digest" per line; with WAMS_CALLGRIND=1 also the instructions of each run (valgrind's callgrind).
#   bash scripts/interview-outputs.sh [WAMS_CLI [INPUT_DIR]]   (default build/native/wams-cli; INPUT_DIR keeps the inputs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI="${1:-$ROOT/build/native/wams-cli}"
if [ -n "${2:-}" ]; then TMP="$2"; mkdir -p "$TMP"; else TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT; fi
python3 - "$ROOT" "$TMP" <<'PY'
import glob, json, random, sys
root, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, root + '/tests/interview')
from interview_soundness import minimal, partial_case, units, vocabulary  # one definition of a partial case
vocab = vocabulary()
rng = random.Random(7)
n = 0
for f in sorted(glob.glob(root + '/scenarios/public/PUB-*.json'))[:12]:
    case = json.load(open(f))
    all_units = units(case['facts'], vocab)
    for share in (0.3, 0.6):
        removed = minimal([p for p, _ in all_units if rng.random() < share], all_units)
        json.dump(partial_case(case['id'], case['facts'], removed), open(f'{out}/c{n:02d}.json', 'w'))
        n += 1
item = {"item_id": "D1", "what": "betalingsachterstanden", "purpose": "investigation", "recipient": "wijkcoach",
        "source": {"party": "schuldhulpverlener"}}
json.dump({"id": "X", "facts": {"data_items": [item]}}, open(f'{out}/iv.json', 'w'))
item["source"]["type"] = "party_current_or_past_service"
json.dump({"id": "X", "facts": {"entry": {"route": "client_request"}, "data_items": [item]}}, open(f'{out}/iv2.json', 'w'))
PY
CLI="$(cd "$(dirname "$CLI")" && pwd)/$(basename "$CLI")"
cd "$TMP"  # the file names, not their folder, appear in error messages
for f in *.json; do
  line="${f%.json} $("$CLI" interview "$f" 2>&1 | sha256sum | cut -c1-16)"
  if [ "${WAMS_CALLGRIND:-0}" = 1 ]; then
    ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$CLI" interview "$f" 2>&1 >/dev/null |
         sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    line="$line $ir"
  fi
  printf '%s\n' "$line"
done
