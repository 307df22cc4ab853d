#!/usr/bin/env python3
"""json_minify.py <in.json> <out.json> — drops the whitespace between JSON tokens (cmake/Embed.cmake, issue 7).

Byte-exact outside whitespace: strings (with their escapes), numbers and literals are copied as they are, never
re-serialised, so the data read by core is the same value. Fails on text that is not valid JSON.
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


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
        f.write(minify(text))
