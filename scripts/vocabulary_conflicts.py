#!/usr/bin/env python3
"""vocabulary_conflicts.py — values of the case vocabulary that still have a second label elsewhere.

  python3 scripts/vocabulary_conflicts.py      (prints a Markdown table; exit 0)

assets/vocabulary.json holds the one label the screens show for each value. assets/rules/walk_questions.json still
words the same values for the dossier record and explain (its `answers`); making those use the vocabulary's label
would change those exports, so it is left to a decision (docs/vocabulary.md, "Open label conflicts").
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
vocabulary = json.loads((ROOT / "assets/vocabulary.json").read_text(encoding="utf-8"))
walk = json.loads((ROOT / "assets/rules/walk_questions.json").read_text(encoding="utf-8"))

by_page = {}
for field in vocabulary["fields"]:
    for value in field.get("values", []):
        by_page.setdefault(field["page"], {})[value["code"]] = (field["path"], value)

print("| Field | Code | Screens (vocabulary), nl | Dossier record / explain (walk_questions.json), nl |")
print("|---|---|---|---|")
for question in walk["questions"]:
    for answer in question.get("answers", []):
        found = by_page.get(question["id"], {}).get(answer["code"])
        if found and (found[1]["nl"], found[1]["en"]) != (answer["nl"], answer["en"]):
            print("| `%s` | `%s` | %s | %s |" % (found[0], answer["code"], found[1]["nl"], answer["nl"]))
