#!/usr/bin/env python3
"""helpdesk-examples.py SET.json... [--cli build/native/wams-cli] [--write] — adds the question parts of labelled
help-desk questions to the entries that answer them, as `examples_nl` / `examples_en` in
assets/helpdesk/questions.json (issue 19; docs/helpdesk.md "Examples"). Round 4 did this by hand for the labelled,
fresh and fresh2 sets; session 19 for the English development sets.

The question part is the question's last sentence (split at . ? !). It goes to the entry that answers the question:
the highest-ranked entry among `wams-cli ask`'s first 10 whose rules include one of the question's `relevant` ids
(or whose id is listed), else the entry the first relevant id names (HD-58), else the first entry whose first rule is
the question's first relevant id. A question part
already in the entry is not added twice. Without --write the additions are only counted and printed.
Never use a sealed set (fresh3, 4, 7, 8, 9, 11, 12, 13, 16, 17): their questions are never read one by one.
"""
import json
import re
import subprocess
import sys

SEALED = ("helpdesk_fresh3", "helpdesk_fresh4", "helpdesk_fresh7", "helpdesk_fresh8", "helpdesk_fresh9",
          "helpdesk_fresh11", "helpdesk_fresh12", "helpdesk_fresh13",
          "helpdesk_fresh16", "helpdesk_fresh17")
QUESTIONS = "assets/helpdesk/questions.json"


def question_part(text):
    parts = [p.strip() for p in re.split(r"(?<=[.?!])\s+", text.strip()) if p.strip()]
    return parts[-1] if parts else text.strip()


def main(argv):
    cli = "build/native/wams-cli"
    write = "--write" in argv
    sets = []
    i = 1
    while i < len(argv):
        if argv[i] == "--cli":
            cli = argv[i + 1]
            i += 2
            continue
        if argv[i] != "--write":
            sets.append(argv[i])
        i += 1
    if any(s in path for path in sets for s in SEALED):
        sys.exit("helpdesk-examples.py: a sealed set is never read one by one")
    raw = open(QUESTIONS, encoding="utf-8").read()
    doc = json.loads(raw)
    entries = {e["id"]: e for e in doc["questions"]}
    added = 0
    for path in sets:
        for q in json.load(open(path, encoding="utf-8"))["questions"]:
            relevant = set(q["relevant"])
            out = json.loads(subprocess.run([cli, "ask", "--max", "10", q["question"]], capture_output=True,
                                            text=True, check=True).stdout)
            target = next((a["id"] for a in out["answers"] if a["id"] in relevant or relevant & set(a["rules"])), None)
            if target is None and q["relevant"][0] in entries:  # labelled with an entry id (HD-58: the status)
                target = q["relevant"][0]
            if target is None:
                target = next((e["id"] for e in doc["questions"] if e["rules"] and e["rules"][0] == q["relevant"][0]),
                              None)
            if target is None:
                print(f"{q['id']}: no entry for {q['relevant']}", file=sys.stderr)
                continue
            key = "examples_en" if q["lang"] == "en" else "examples_nl"
            part = question_part(q["question"])
            lst = entries[target].setdefault(key, [])
            if part not in lst:
                lst.append(part)
                added += 1
                print(f"{q['id']} → {target} ({key}): {part}")
    print(f"{added} question parts added", file=sys.stderr)
    if write:
        with open(QUESTIONS, "w", encoding="utf-8") as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv)
