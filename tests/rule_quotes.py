#!/usr/bin/env python3
"""rule_quotes.py — each rule chapter (core/law/src/<chapter>_r<a>_r<b>.cpp) carries, beside its code, the rulebook
text it implements: for every rule R<a>…R<b> its Dutch title, its sections of the 2020 consultation document and
its Dutch source quotes, exactly as assets/rules/rules.json holds them (extracted from RULEBOOK.md by
assets/rules/tools/extract_rulebook.py; the build never reads the rulebook).

The block sits between the chapter's includes and its code, between "// [RULEBOOK]" and "// [/RULEBOOK]".
  rule_quotes.py          check: exit 1 naming each chapter whose block is missing or differs from rules.json
  rule_quotes.py --write  (re)write the blocks, e.g. after extract_rulebook.py changed rules.json
"""
import json
import pathlib
import re
import sys
import textwrap

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHAPTERS = ROOT / "core" / "law" / "src"
BEGIN, END = "// [RULEBOOK]", "// [/RULEBOOK]"
WIDTH = 120


def block(rules, first, last):
    lines = [f"{BEGIN} R{first}–R{last} as the rulebook states them: Dutch title, sections of the 2020 consultation",
             "// document and its words, quoted exactly (assets/rules/rules.json; tests/rule_quotes.py keeps this in step)."]
    for n in range(first, last + 1):
        r = rules[f"R{n}"]
        where = ", ".join(r["sections"] + ([r["article"]] if r["article"] else []))
        lines.append(f"// R{n} {r['title_nl']} ({where})")
        for q in r["quotes_nl"]:
            lines += textwrap.wrap(f"«{q}»", WIDTH, initial_indent="//     ", subsequent_indent="//     ",
                                   break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines + [END]) + "\n"


def expected(path, rules):
    first, last = map(int, re.search(r"_r(\d+)_r(\d+)\.cpp$", path.name).groups())
    return block(rules, first, last)


def current(text):
    i, j = text.find(BEGIN), text.find(END)
    return None if i < 0 or j < 0 else text[i:text.index("\n", j) + 1]


def place(text, new):
    """text with its block replaced by new, or new inserted before the first `namespace wams {`."""
    old = current(text)
    if old is not None:
        return text.replace(old, new)
    at = text.index("namespace wams {")
    return text[:at] + new + "\n" + text[at:]


def main(argv):
    rules = {r["id"]: r for r in json.loads((ROOT / "assets/rules/rules.json").read_text(encoding="utf-8"))["rules"]}
    chapters = sorted(CHAPTERS.glob("*_r*_r*.cpp"))
    covered = set()
    bad = []
    for path in chapters:
        text = path.read_text(encoding="utf-8")
        want = expected(path, rules)
        covered |= set(re.findall(r"^// (R\d+) ", want, re.M))
        if "--write" in argv[1:]:
            path.write_text(place(text, want), encoding="utf-8")
        elif current(text) != want:
            bad.append(path.name)
    for name in bad:
        print(f"RULE QUOTES: {name}: the [RULEBOOK] block is missing or differs from assets/rules/rules.json "
              "(run tests/rule_quotes.py --write)")
    uncovered = sorted(set(rules) - covered, key=lambda r: int(r[1:]))
    if uncovered:
        print("RULE QUOTES: rules in no chapter file:", ", ".join(uncovered))
    print(f"{len(chapters)} chapters, {len(covered)} of {len(rules)} rules quoted, {len(bad)} chapters out of step")
    return 1 if bad or uncovered else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
