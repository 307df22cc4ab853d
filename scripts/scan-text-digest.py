#!/usr/bin/env python3
"""scan-text-digest.py [WAMS_CLI] — one SHA-256 over `wams-cli scan-text` for every string longer than 8 characters
in tests/data/*.json (cases, labelled questions, …), each scanned as its own file. Compare two commits' digests to
show that a change left the PII guard's findings the same (docs/perf.md "No hash tables")."""
import glob
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile

root = pathlib.Path(__file__).resolve().parents[1]
cli = sys.argv[1] if len(sys.argv) > 1 else str(root / "build/native/wams-cli")
texts = []


def walk(v):
    if isinstance(v, str) and len(v) > 8:
        texts.append(v)
    elif isinstance(v, dict):
        for x in v.values():
            walk(x)
    elif isinstance(v, list):
        for x in v:
            walk(x)


for f in sorted(glob.glob(str(root / "tests/data/*.json"))):
    try:
        walk(json.load(open(f, encoding="utf-8")))
    except ValueError:
        continue
h = hashlib.sha256()
with tempfile.TemporaryDirectory() as tmp:
    for i, t in enumerate(texts):
        path = pathlib.Path(tmp) / f"t{i:06d}.txt"
        path.write_text(t, encoding="utf-8")
        h.update(subprocess.run([cli, "scan-text", str(path)], capture_output=True, check=True).stdout)
print(len(texts), h.hexdigest())
