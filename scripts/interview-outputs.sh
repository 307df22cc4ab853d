#!/usr/bin/env bash
# interview-outputs.sh — one digest per `wams-cli interview` output on 26 partial cases, to show that a change to the
# engine or the interview leaves what it asks and answers the same (docs/interview.md "Speed of one run (session 20)").
# The inputs are made here, deterministically: the first 12 public cases (scenarios/public, sorted) each with 30 % and
# with 60 % of their fields left out (random, seed 7; a data item's fields with probability ½), and two cases as the
# Vraag screen starts them. Run it at two commits and compare the lines (diff); prints "input digest" per line.
#   bash scripts/interview-outputs.sh [WAMS_CLI [INPUT_DIR]]   (default build/native/wams-cli; INPUT_DIR keeps the inputs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI="${1:-$ROOT/build/native/wams-cli}"
if [ -n "${2:-}" ]; then TMP="$2"; mkdir -p "$TMP"; else TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT; fi
python3 - "$ROOT" "$TMP" <<'PY'
import copy, glob, json, random, sys
root, out = sys.argv[1], sys.argv[2]
random.seed(7)
def leaves(o, p=''):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from leaves(v, p + '/' + k)
        if p:
            yield p
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from leaves(v, p + '/' + str(i))
    else:
        yield p
def remove(o, path):
    parts = path.strip('/').split('/')
    for q in parts[:-1]:
        o = o[int(q)] if isinstance(o, list) else o[q]
    if isinstance(o, dict) and parts[-1] in o:
        del o[parts[-1]]
n = 0
for f in sorted(glob.glob(root + '/scenarios/public/PUB-*.json'))[:12]:
    case = json.load(open(f))
    for frac in (0.3, 0.6):
        d = copy.deepcopy(case)
        facts = d['facts']
        ls = [l for l in leaves(facts) if '/data_items/' not in l or random.random() < 0.5]
        ls = [l for l in ls if not l.split('/')[-1].isdigit()]
        random.shuffle(ls)
        for l in ls[:int(len(ls) * frac)]:
            try:
                remove(facts, l)
            except (KeyError, IndexError, TypeError):
                pass
        json.dump(d, open(f'{out}/c{n:02d}.json', 'w'))
        n += 1
item = {"item_id": "D1", "what": "betalingsachterstanden", "purpose": "investigation", "recipient": "wijkcoach",
        "source": {"party": "schuldhulpverlener"}}
json.dump({"id": "X", "facts": {"data_items": [item]}}, open(f'{out}/iv.json', 'w'))
item2 = copy.deepcopy(item)
item2["source"]["type"] = "party_current_or_past_service"
json.dump({"id": "X", "facts": {"entry": {"route": "client_request"}, "data_items": [item2]}}, open(f'{out}/iv2.json', 'w'))
PY
CLI="$(cd "$(dirname "$CLI")" && pwd)/$(basename "$CLI")"
cd "$TMP"  # the file names, not their folder, appear in error messages
for f in *.json; do
  printf '%s %s\n' "${f%.json}" "$("$CLI" interview "$f" 2>&1 | sha256sum | cut -c1-16)"
done
