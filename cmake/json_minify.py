#!/usr/bin/env python3
"""json_minify.py <in.json> <out.json> [--drop KEY]... — drops the whitespace between JSON tokens
(cmake/Embed.cmake, issue 7).

Byte-exact outside whitespace: strings (with their escapes), numbers and literals are copied as they are, never
re-serialised, so the data read by core is the same value. Fails on text that is not valid JSON.
--drop KEY removes every object member named KEY, at any depth: data kept in the asset file for readers and tools
but never read by the app (e.g. the rulebook's English IF/THEN text). The result is then re-serialised compactly
(same values; the files this is used on hold no fractional numbers).
"""
import json
import sys


def minify(text):
    json.loads(text)  # refuse invalid input rather than embedding something the loader would reject differently
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif c in " \t\r\n":
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def drop_keys(value, keys):
    if isinstance(value, dict):
        return {k: drop_keys(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [drop_keys(v, keys) for v in value]
    if isinstance(value, float):
        raise SystemExit("json_minify.py: --drop on a file with fractional numbers would re-format them")
    return value


if __name__ == "__main__":
    src, dst, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    drop = {rest[i + 1] for i in range(0, len(rest) - 1, 2) if rest[i] == "--drop"}
    with open(src, encoding="utf-8") as f:
        text = f.read()
    out = minify(text)
    if drop:
        out = json.dumps(drop_keys(json.loads(text), drop), ensure_ascii=False, separators=(",", ":"))
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write(out)
