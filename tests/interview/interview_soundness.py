#!/usr/bin/env python3
"""interview_soundness.py — fuzzes `wams-cli interview` for false decisions (issue 17).

"Decided" must mean that EVERY completion of the unasked fields gives that value or verdict; the interview's search
is sampled, so it can be wrong. For every case of the given case files this script builds seeded-random partial
cases from the full case, runs `wams-cli interview` on each and checks every value and verdict reported as decided
against `wams-cli assess` on the full case (the full case is one completion of every partial case, so a decided
value different from assess is a proven false decision). Three kinds of partial case, in turn:
- subset: every field of the vocabulary present in the full case (assets/vocabulary.json; a list or an object
  inside a case asked as a whole counts as one field, its own fields too) is removed with a probability drawn per
  partial case; removing a container removes what it holds.
- order: the fields the interview asks one by one (a list or an object asked as a whole is one field) in a random
  order, answered up to a random prefix — partial cases an interview asking in another order passes through.
- walk: the questions the interview itself asks when walked as interview_eval.py walks it (from each item's item_id
  and what, every `next` answered from the full case; or read from interview_eval.py's --json output, --walks),
  shuffled and answered up to a random prefix; every field it never asks stays absent.
Each data item keeps its item_id and what. Partial cases the interview refuses (no valid completion) are counted
as refused. Prints every contradiction (case id, the removed pointers, the decided vs the true value) and the
figures; exit 1 when any decided value is contradicted.

Usage: interview_soundness.py WAMS_CLI CASES.json [CASES.json …] [--per-case N] [--seed S] [--json OUT]
       [--mode subset|order|walk|all] [--case ID] [--walks EVAL.json]
--json OUT writes the figures and every contradiction with its partial case (to replay with `wams-cli interview`).
"""
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interview_eval import get, outcomes, put, run  # noqa: E402  (one definition of what an outcome is)

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
KEEP = {"/data_items/*/item_id", "/data_items/*/what", "/family_members/*/id", "/data_items"}


def vocabulary():
    v = json.load(open(os.path.join(ROOT, "assets", "vocabulary.json")))
    return {f["path"]: f for f in v["fields"]}


def pattern_of(pointer):  # "/facts/data_items/3/source/type" → "/data_items/*/source/type"
    toks = pointer.split("/")[2:]
    return "/" + "/".join("*" if t.isdigit() else t for t in toks)


def units(facts, vocab):
    """The removable fields of the full case: [(pointer, container pointer or None)], in document order."""
    out = []

    def walk(node, pointer, container):
        if isinstance(node, dict):
            items = node.items()
        elif isinstance(node, list):
            items = ((str(i), x) for i, x in enumerate(node))
        else:
            return
        for k, v in items:
            p = pointer + "/" + k.replace("~", "~0").replace("/", "~1")
            pat = pattern_of(p)
            inner = container
            if pat in vocab and pat not in KEEP:
                out.append((p, container))
                if vocab[pat]["kind"] in ("object", "array"):
                    inner = p
            walk(v, p, inner)

    walk(facts, "/facts", None)
    return out


def remove(doc, pointer):
    toks = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    cur = doc
    for t in toks[:-1]:
        cur = cur[int(t)] if isinstance(cur, list) else cur.get(t)
        if cur is None:
            return
    if isinstance(cur, dict):
        cur.pop(toks[-1], None)


def partial_case(case_id, facts, removed):
    doc = {"id": case_id, "facts": json.loads(json.dumps(facts))}
    for p in sorted(removed, key=lambda x: -len(x)):
        remove(doc, p)
    return doc


def minimal(removed, all_units):
    """Only the outermost removed pointers (a removed container's fields are gone with it)."""
    rs = set(removed)
    return [p for p, _ in all_units if p in rs and not any(p.startswith(q + "/") for q in rs)]


def start(case):  # what interview_eval.py starts from: each item's item_id and what
    return {"id": case["id"], "facts": {"data_items": [
        {"item_id": d["item_id"], "what": d["what"]} for d in case["facts"]["data_items"]]}}


def walk(cli, case):
    """The pointers the interview asks, in its order, each `next` answered from the full case (absent: null)."""
    partial, asked = start(case), []
    full = {"facts": case["facts"]}
    while len(asked) < 200:
        nxt = run(cli, ["interview", "-"], partial)["results"][0]["next"]
        if nxt is None or nxt["pointer"] in asked:
            break
        asked.append(nxt["pointer"])
        ok, value = get(full, nxt["pointer"])
        put(partial, nxt["pointer"], value if ok else None)
    return asked


def main():
    argv = sys.argv[1:]

    def opt(name, default, conv=str):
        if name in argv:
            i = argv.index(name)
            v = conv(argv[i + 1])
            del argv[i:i + 2]
            return v
        return default

    per_case = opt("--per-case", 10, int)
    seed = opt("--seed", 17, int)
    out_json = opt("--json", None)
    mode = opt("--mode", "all")
    walks_file = opt("--walks", None)
    walks = {}
    if walks_file:
        walks = {r["id"]: r["asked"] for r in json.load(open(walks_file))["cases"]}
    only = opt("--case", None)
    cli, files = argv[0], argv[1:]
    vocab = vocabulary()
    t0 = time.time()
    checked = refused = decided_checked = 0
    contradictions = []
    per_case_rows = []
    for f in files:
        doc = json.load(open(f))
        for case in (doc["cases"] if "cases" in doc else [doc]):
            if only and case["id"] != only:
                continue
            full = {"id": case["id"], "facts": case["facts"]}
            expected = outcomes(run(cli, ["assess", "-"], full)["results"][0]["assessment"])
            all_units = units(case["facts"], vocab)
            top = [p for p, c in all_units if c is None]  # what the interview asks one by one
            asked = None  # the interview's own questions, walked when first needed
            rng = random.Random(f"{seed}:{case['id']}")
            found_here = 0
            tc = time.time()
            for n in range(per_case):
                kind = mode if mode != "all" else ("subset", "order", "walk")[n % 3]
                if kind == "walk":
                    if asked is None:
                        asked = walks.get(case["id"]) or walk(cli, case)
                    order = asked[:]
                    rng.shuffle(order)
                    answered = order[:rng.randrange(len(order) + 1)]
                    partial = start(case)
                    for p in answered:
                        ok, value = get({"facts": case["facts"]}, p)
                        put(partial, p, value if ok else None)
                    removed = [p for p, _ in all_units if not any(p == q or p.startswith(q + "/") for q in answered)]
                elif kind == "subset":
                    p_remove = rng.uniform(0.05, 0.95)
                    removed = [p for p, _ in all_units if rng.random() < p_remove]
                else:
                    order = top[:]
                    rng.shuffle(order)
                    removed = order[rng.randrange(len(order) + 1):]
                removed = minimal(removed, all_units)
                if kind != "walk":
                    partial = partial_case(case["id"], case["facts"], removed)
                try:
                    res = run(cli, ["interview", "-"], partial)["results"][0]
                except RuntimeError as e:
                    refused += 1
                    print(f"{case['id']} #{n} ({kind}): refused: {str(e).strip()[:200]}", flush=True)
                    continue
                if res.get("errors"):
                    refused += 1
                    continue
                checked += 1
                got = outcomes(res["assessment"])
                conf = res["assessment"].get("case_conference")
                if isinstance(conf, dict) and conf.get("may_be_organised") == "open":
                    got.pop("/case_conference#present", None)
                for p, v in got.items():
                    if v == "open" or p not in expected:
                        continue
                    decided_checked += 1
                    if expected[p] != v:
                        found_here += 1
                        contradictions.append({"case": case["id"], "n": n, "kind": kind, "path": p, "decided": v,
                                               "true": expected[p], "removed": removed, "partial": partial})
                        print(f"CONTRADICTION {case['id']} #{n} ({kind}) {p}: decided {v}, assess {expected[p]}; "
                              f"removed {len(removed)}: {json.dumps(removed)}", flush=True)
            per_case_rows.append((case["id"], found_here))
            print(f"{case['id']:<12} partial cases {per_case:>3}  fields {len(all_units):>3} "
                  f"(asked one by one {len(top):>3})  contradicted {found_here}  {time.time() - tc:.1f} s", flush=True)
    print(f"cases {len(per_case_rows)}; partial cases checked {checked}, refused {refused}; decided values checked "
          f"{decided_checked}; contradicted {len(contradictions)} (in {len(set(c['case'] for c in contradictions))} "
          f"cases); seed {seed}; {time.time() - t0:.1f} s")
    if out_json:
        json.dump({"checked": checked, "refused": refused, "decided_checked": decided_checked,
                   "contradictions": contradictions}, open(out_json, "w"), indent=1)
    sys.exit(1 if contradictions else 0)


if __name__ == "__main__":
    main()
