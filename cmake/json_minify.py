#!/usr/bin/env python3
"""json_minify.py <in.json> <out.json> [--drop KEY]... [--bag KEY]... — drops the whitespace between JSON tokens
(cmake/Embed.cmake, issue 7).

Byte-exact outside whitespace: strings (with their escapes), numbers and literals are copied as they are, never
re-serialised, so the data read by core is the same value. Fails on text that is not valid JSON.
--drop KEY removes every object member named KEY, at any depth: data kept in the asset file for readers and tools
but never read by the app (e.g. the rulebook's English IF/THEN text). The result is then re-serialised compactly
(same values; the files this is used on hold no fractional numbers).
--bag KEY[+KEY2...] replaces, in every object holding KEY, the lists of strings KEY, KEY2, … by one list under KEY
holding one string: their words, lower-cased, each once, in the order first met (KEY2, … are left out). For lists only
searched as a bag of words: the help desk's keywords and colleague wordings (core/services/src/helpdesk.cpp reads
asked_nl/en into the keyword field anyway), 8.4 → 4.4 KB gz for 370 wordings (docs/helpdesk.md).
"""
import json
import re
import sys

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def bag(phrases):
    seen = {}
    for p in phrases:
        for w in WORD.findall(p.lower()):
            seen.setdefault(w, None)
    return [" ".join(seen)]


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


def drop_keys(value, keys, bags=()):
    if isinstance(value, dict):
        out = {k: drop_keys(v, keys, bags) for k, v in value.items() if k not in keys}
        for group in bags:  # ("keywords_nl", "asked_nl"): merged under the first
            if group[0] in out:
                phrases = []
                for k in group:
                    v = out.pop(k, [])
                    if not (isinstance(v, list) and all(isinstance(p, str) for p in v)):
                        raise SystemExit(f"json_minify.py: --bag {k}: not a list of strings")
                    phrases += v
                out[group[0]] = bag(phrases)
        return out
    if isinstance(value, list):
        return [drop_keys(v, keys, bags) for v in value]
    if isinstance(value, float):
        raise SystemExit("json_minify.py: --drop on a file with fractional numbers would re-format them")
    return value


if __name__ == "__main__":
    src, dst, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    drop = {rest[i + 1] for i in range(0, len(rest) - 1, 2) if rest[i] == "--drop"}
    bags = [tuple(rest[i + 1].split("+")) for i in range(0, len(rest) - 1, 2) if rest[i] == "--bag"]
    with open(src, encoding="utf-8") as f:
        text = f.read()
    out = minify(text)
    if drop or bags:
        out = json.dumps(drop_keys(json.loads(text), drop, bags), ensure_ascii=False, separators=(",", ":"))
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write(out)
