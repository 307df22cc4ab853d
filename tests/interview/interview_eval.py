#!/usr/bin/env python3
"""interview_eval.py — measures `wams-cli interview` the way issue 17 states its goal.

For every case of the given case files: start from only each data item's item_id and what, run
`wams-cli interview`, check every decided value and verdict against `wams-cli assess` on the full case, answer the
question `next` names from the full case (an absent field is answered null), and repeat until `next` is null.
Counts answers as issue 17 does: an answer counts as many answers as the values it holds (the leaves of a list or
an object; an empty list or null counts one). Prints one line per case and the totals; exit 1 when a case ends with
a value or verdict different from assess, a decided value is ever contradicted, a pointer is asked twice, or the
median share of answers exceeds --max-median (default 0.40).

With --goal PATH (repeatable) the interview asks only for those values (`wams-cli interview --goal`), and only they
must end equal to assess; --keep a,b/c starts each data item with these fields of the full case as well (what the
user said in the first question, e.g. source/party,recipient); --max-questions N fails a case that needs more.

Usage: interview_eval.py WAMS_CLI CASES.json [CASES.json …] [--max-median F] [--json OUT] [--goal PATH]…
       [--keep FIELDS] [--max-questions N]
"""
import json
import statistics
import subprocess
import sys
import time

OUTCOME_KEYS = {"value", "verdict", "included_as_client", "may_be_organised", "may_attend"}


def leaves(v):
    if isinstance(v, dict):
        return sum(leaves(x) for x in v.values()) if v else 1
    if isinstance(v, list):
        return sum(leaves(x) for x in v) if v else 1
    return 1


def outcomes(a, path="", out=None):
    out = {} if out is None else out
    if isinstance(a, dict):
        for k, v in a.items():
            p = path + "/" + k
            if k in OUTCOME_KEYS and isinstance(v, str):
                out[p] = v
            elif k == "case_conference" and path == "":
                out[p + "#present"] = "null" if v is None else "object"
                outcomes(v, p, out)
            elif isinstance(v, (dict, list)):
                outcomes(v, p, out)
    elif isinstance(a, list):
        for i, v in enumerate(a):
            outcomes(v, path + "/" + str(i), out)
    return out


def get(doc, pointer):
    cur = doc
    for t in pointer.split("/")[1:]:
        t = t.replace("~1", "/").replace("~0", "~")
        if isinstance(cur, list):
            i = int(t)
            if i >= len(cur):
                return False, None
            cur = cur[i]
        elif isinstance(cur, dict):
            if t not in cur:
                return False, None
            cur = cur[t]
        else:
            return False, None
    return True, cur


def put(doc, pointer, value):
    toks = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    cur = doc
    for t in toks[:-1]:
        if isinstance(cur, list):
            cur = cur[int(t)]
        else:
            if cur.get(t) is None:
                cur[t] = {}
            cur = cur[t]
    if isinstance(cur, list):
        cur[int(toks[-1])] = value
    else:
        cur[toks[-1]] = value


def run(cli, args, stdin):
    p = subprocess.run([cli] + args, input=json.dumps(stdin), capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(p.stderr)
    return json.loads(p.stdout)


def main():
    argv = sys.argv[1:]
    max_median = 0.40
    out_json = None
    if "--max-median" in argv:
        i = argv.index("--max-median")
        max_median = float(argv[i + 1])
        del argv[i:i + 2]
    if "--json" in argv:
        i = argv.index("--json")
        out_json = argv[i + 1]
        del argv[i:i + 2]
    goals, keep, max_questions = [], [], None
    while "--goal" in argv:
        i = argv.index("--goal")
        goals.append(argv[i + 1])
        del argv[i:i + 2]
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = [f for f in argv[i + 1].split(",") if f]
        del argv[i:i + 2]
    if "--max-questions" in argv:
        i = argv.index("--max-questions")
        max_questions = int(argv[i + 1])
        del argv[i:i + 2]
    goal_args = [a for g in goals for a in ("--goal", g)]
    cli, files = argv[0], argv[1:]
    failures, shares, rows = [], [], []
    t0 = time.time()
    for f in files:
        doc = json.load(open(f))
        for case in (doc["cases"] if "cases" in doc else [doc]):
            full = {"id": case["id"], "facts": case["facts"]}
            expected = outcomes(run(cli, ["assess", "-"], full)["results"][0]["assessment"])
            total = leaves(case["facts"])
            partial = {"id": case["id"], "facts": {"data_items": [
                {"item_id": d["item_id"], "what": d["what"]} for d in case["facts"]["data_items"]]}}
            given = sum(leaves(d["item_id"]) + leaves(d["what"]) for d in case["facts"]["data_items"])
            for i, d in enumerate(case["facts"]["data_items"]):
                for field in keep:
                    ok, value = get(d, "/" + field)
                    if ok:
                        put(partial["facts"]["data_items"][i], "/" + field, value)
                        given += leaves(value)
            if goals:
                expected = {p: v for p, v in expected.items() if any(p.startswith(g) for g in goals)}
            answers, asked, steps, contradicted, order = 0, set(), 0, [], []
            while True:
                res = run(cli, ["interview", "-"] + goal_args, partial)["results"][0]
                steps += 1
                got = outcomes(res["assessment"])
                conf = res["assessment"].get("case_conference")
                if isinstance(conf, dict) and conf.get("may_be_organised") == "open":
                    got.pop("/case_conference#present", None)  # whether there is a conference is open too
                for p, v in got.items():
                    if v != "open" and p in expected and expected[p] != v:
                        contradicted.append((steps, p, v, expected[p]))
                nxt = res["next"]
                if nxt is None:
                    break
                ptr = nxt["pointer"]
                if ptr in asked:
                    failures.append(f"{case['id']}: asked {ptr} twice")
                    break
                asked.add(ptr)
                order.append(ptr)
                ok, value = get(full, ptr)
                if not ok:
                    value = None
                put(partial, ptr, value)
                answers += leaves(value)
                if steps > 200:
                    failures.append(f"{case['id']}: more than 200 questions")
                    break
            final = outcomes(res["assessment"])
            if goals:
                final = {p: v for p, v in final.items() if any(p.startswith(g) for g in goals)}
            if max_questions is not None and len(asked) > max_questions:
                failures.append(f"{case['id']}: {len(asked)} questions > {max_questions}")
            diff = sorted(p for p in set(expected) | set(final) if expected.get(p) != final.get(p))
            share = answers / max(1, total - given)
            shares.append(share)
            rows.append({"id": case["id"], "questions": len(asked), "answers": answers,
                         "full_answers": total - given, "share": round(share, 3),
                         "final_differs": diff, "contradicted": contradicted, "asked": order})
            if diff:
                failures.append(f"{case['id']}: final differs from assess at {diff[:5]}")
            if contradicted:
                failures.append(f"{case['id']}: decided value contradicted: {contradicted[:3]}")
            print(f"{case['id']:<12} questions {len(asked):>3}  answers {answers:>3} of {total - given:>3} "
                  f"({100 * share:5.1f} %)  final {'=' if not diff else '≠'} assess"
                  f"{'' if not contradicted else '  CONTRADICTED ' + str(sorted(set((c[1], c[2], c[3]) for c in contradicted))[:6])}",
                  flush=True)
    med = statistics.median(shares) if shares else 0
    print(f"cases {len(shares)}; median share of answers {100 * med:.1f} % (goal ≤ {100 * max_median:.0f} %); "
          f"max {100 * max(shares):.1f} %; final equal to assess {sum(1 for r in rows if not r['final_differs'])}/"
          f"{len(rows)}; contradicted {sum(1 for r in rows if r['contradicted'])}; {time.time() - t0:.1f} s")
    if out_json:
        json.dump({"median_share": med, "cases": rows}, open(out_json, "w"), indent=1)
    if med > max_median:
        failures.append(f"median share {med:.3f} > {max_median}")
    for f in failures:
        print("FAIL", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
