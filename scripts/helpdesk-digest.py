#!/usr/bin/env python3
"""helpdesk-digest.py [WAMS_CLI] — one SHA-256 over `wams-cli ask --max 100 --lang nl|en` for every labelled
help-desk question in tests/data/helpdesk_*.json (sealed sets included: only the digest is printed, never a question
or its rank). Compare two commits' digests to show that a change left every answer list the same (docs/perf.md
"The help desk's bags without stop words", "No hash tables")."""
import glob
import hashlib
import json
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parents[1]
cli = sys.argv[1] if len(sys.argv) > 1 else str(root / "build/native/wams-cli")
h, n = hashlib.sha256(), 0
for f in sorted(glob.glob(str(root / "tests/data/helpdesk_*.json"))):
    for q in json.load(open(f, encoding="utf-8")).get("questions", []):
        if "question" not in q:
            continue
        for lang in ("nl", "en"):
            h.update(subprocess.run([cli, "ask", q["question"], "--max", "100", "--lang", lang],
                                    capture_output=True, check=True).stdout)
            n += 1
print(n, h.hexdigest())
