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
--bag-stop FILE leaves out of every bag the words the search never indexes: the stop words of FILE (the C++ source
whose string constants named k…StopWords hold them, space-separated: core/services/src/helpdesk_query.cpp, so the
list has one home; its kContractions table is read from there too) and single characters. A word with an accent, apostrophe or hyphen is left out only when the search
drops every token the search makes of it ("één", "we're", "zo'n": never_indexed).
"""
import json
import re
import unicodedata
import sys

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


STOP = set()


def stop_words(cpp_path):
    """The words of the string constants named k…StopWords in a C++ source (adjacent literals joined)."""
    with open(cpp_path, encoding="utf-8") as f:
        src = f.read()
    words = set()
    for m in re.finditer(r"k\w*StopWords\s*=\s*((?:\s*\"[^\"]*\")+)\s*;", src):
        words.update("".join(re.findall(r'"([^"]*)"', m.group(1))).split())
    if not words:
        raise SystemExit(f"json_minify.py: --bag-stop {cpp_path}: no k...StopWords constants found")
    return words


# (form, words, whole word): the search's English contractions, read from the same C++ source as the stop words
# (kContractions in core/services/src/helpdesk_query.cpp), so the table has one home.
CONTRACTIONS = []


def contractions(cpp_path):
    """The entries {"form", "words", true|false} of the constant kContractions in a C++ source, in its order."""
    with open(cpp_path, encoding="utf-8") as f:
        m = re.search(r"kContractions\[\]\s*=\s*\{(.*?)\};", f.read(), re.S)
    found = re.findall(r'\{"([^"]*)",\s*"([^"]*)",\s*(true|false)\}', m.group(1)) if m else []
    if not found:
        raise SystemExit(f"json_minify.py: --bag-stop {cpp_path}: no kContractions constant found")
    return [(form, words, whole == "true") for form, words, whole in found]


def spelled_out(plain):
    """English contractions spelled out, as the search does before it splits a text into words
    (core/services/src/helpdesk_query.cpp spelled_out): "we're" → "we are", "don't" → "do not"."""
    letter = lambda c: "a" <= c <= "z"
    out, i = [], 0
    while i < len(plain):
        after_letter = i > 0 and letter(plain[i - 1])
        for form, words, whole_word in CONTRACTIONS:
            end = i + len(form)
            if plain.startswith(form, i) and (end >= len(plain) or not letter(plain[end])) and \
                    (not after_letter if whole_word else after_letter):
                out.append(words)
                i = end
                break
        else:
            out.append(plain[i])
            i += 1
    return "".join(out)


def never_indexed(word):
    """True when the search drops every token it makes of `word` (core/viewmodel/src/text_fold.cpp fold_tokens: accents off,
    English contractions spelled out — "we're" → "we are" —, an apostrophe inside a word left out — "zo'n" → "zon" —,
    any other sign a break) as a stop word or a single character. A word with a letter the search folds otherwise than
    plain decomposition (ø, ß, …) is kept."""
    if not STOP:
        return False
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()
    plain = plain.replace("\u2018", "'").replace("\u2019", "'").replace("\u02bc", "'")
    if re.search(r"[^a-z0-9'-]", plain):
        return False
    plain = spelled_out(plain)
    tokens, cur = [], ""
    for i, c in enumerate(plain):
        if c.isalnum():
            cur += c
        elif c == "'" and cur and i + 1 < len(plain) and plain[i + 1].isalnum():
            continue
        elif cur:
            tokens.append(cur)
            cur = ""
    if cur:
        tokens.append(cur)
    return all(len(t) < 2 or t in STOP for t in tokens)


def bag(phrases):
    seen = {}
    for p in phrases:
        for w in WORD.findall(p.lower()):
            if never_indexed(w):
                continue
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
    for i in range(0, len(rest) - 1, 2):
        if rest[i] == "--bag-stop":
            STOP.update(stop_words(rest[i + 1]))
            CONTRACTIONS[:] = contractions(rest[i + 1])
    with open(src, encoding="utf-8") as f:
        text = f.read()
    out = minify(text)
    if drop or bags:
        out = json.dumps(drop_keys(json.loads(text), drop, bags), ensure_ascii=False, separators=(",", ":"))
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write(out)
