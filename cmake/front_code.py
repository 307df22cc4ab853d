#!/usr/bin/env python3
"""front_code.py <in.txt> <out.txt> — a word list (one entry a line, '#' comment lines) front-coded for embedding
(cmake/Embed.cmake FRONT_CODE; issue 18 §3, size).

The entries are sorted (by their UTF-8 bytes) and deduplicated; each is written as one digit, how many leading bytes it
shares with the entry before it (at most 9), followed by the bytes that differ: "aarab", "aarts" → "0aarab", "3ts".
The first line is the marker "#front-coded", so the reader (core/services/src/pii.cpp, add_list_lines) knows; the
other comment lines are dropped. gzip -9 of the three name lists: 39.8 → 32.1 KB (measured on the lists of
scripts/setup.d). The decoded set is the same as the input's (test_asset_loaders checks it against the file).
"""
import sys


def front_code(data):
    entries = set()
    for raw in data.split(b"\n"):
        line = raw.rstrip(b"\r ")
        if line and not line.startswith(b"#"):
            entries.add(line)
    out = [b"#front-coded"]
    prev = b""
    for e in sorted(entries):
        k = 0
        limit = min(len(e), len(prev), 9)
        while k < limit and e[k] == prev[k]:
            k += 1
        out.append(str(k).encode() + e[k:])
        prev = e
    return b"\n".join(out) + b"\n"


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: front_code.py <in.txt> <out.txt>")
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    with open(sys.argv[2], "wb") as f:
        f.write(front_code(data))
