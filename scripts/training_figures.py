#!/usr/bin/env python3
"""training_figures.py — the figures in docs/training.md, measured through wams-cli (never typed by hand).

Usage: scripts/training_figures.py [path/to/wams-cli]   (default: build/native/wams-cli)
Prints: scenarios per theme and difficulty, questions per kind, model-answer distribution, rule and ambiguity coverage.
"""
import collections
import json
import subprocess
import sys

cli = sys.argv[1] if len(sys.argv) > 1 else "build/native/wams-cli"


def run(*args):
    return json.loads(subprocess.run([cli, "scenario", *args, "--json"], check=True, capture_output=True).stdout)


listing = run("list")["scenarios"]
answers = run("answers", "builtin")["scenarios"]

themes = collections.Counter(s["theme"] for s in listing)
levels = collections.Counter(s["difficulty"] for s in listing)
kinds = collections.Counter(q["kind"] for s in answers for q in s["questions"])
verdicts = collections.Counter(q["answer"] for s in answers for q in s["questions"] if q["kind"] == "data_item")
fired = set().union(*(s["fired_rules"] for s in answers))
flagged = set().union(*(s["flagged_ambiguities"] for s in answers))
touched = set().union(*(s["touched_ambiguities"] for s in answers))
claims_ok = all(set(s["covers"]["rules"]) <= set(s["fired_rules"]) and
                set(s["covers"]["ambiguities"]) <= set(s["touched_ambiguities"]) for s in answers)

print(f"scenarios: {len(listing)}")
print("per theme: " + ", ".join(f"{t} {n}" for t, n in sorted(themes.items())))
print("per difficulty: " + ", ".join(f"{d}: {n}" for d, n in sorted(levels.items())))
print(f"questions: {sum(kinds.values())} (" + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")")
print("data-item model answers: " + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items())))
rules = [f"R{i}" for i in range(1, 68)]
ambs = [f"A{i}" for i in range(1, 26)]
print(f"rules fired by assess(): {sum(r in fired for r in rules)}/67"
      + ("" if all(r in fired for r in rules) else " missing " + " ".join(r for r in rules if r not in fired)))
print(f"ambiguities flagged by the engine: {sum(a in flagged for a in ambs)}/25 ({' '.join(a for a in ambs if a in flagged)})")
print(f"ambiguities in play (flags + §10 rule links): {sum(a in touched for a in ambs)}/25"
      + ("" if all(a in touched for a in ambs) else " missing " + " ".join(a for a in ambs if a not in touched)))
print(f"every covers claim holds: {claims_ok}")
