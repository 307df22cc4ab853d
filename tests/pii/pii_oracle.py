#!/usr/bin/env python3
"""PII guard oracle test: python3-stdnum (Debian) is the independent judge of BSN and IBAN validity.

Generates >= 10 000 identifiers (valid and invalid BSNs and IBANs of many countries, e-mail addresses, Dutch phone
numbers, postcodes), embeds each in a Dutch sentence with diacritics before it, runs `wams-cli scan-text` once on
the whole text and checks, using code-point offsets:
  * recall >= 99 % for valid BSN, IBAN, e-mail, phone, postcode (a finding of that category covers the identifier);
  * no stdnum-invalid BSN or IBAN is reported as bsn or iban.
Exit 0 when all goals are met, 1 otherwise. Usage: pii_oracle.py --cli build/wams-cli [--seed N] [--json FILE]
"""
import argparse
import bisect
import json
import random
import re
import subprocess
import sys
import tempfile

try:
    from stdnum import iban as std_iban
    from stdnum.nl import bsn as std_bsn
except ImportError:  # pragma: no cover - environment problem, not a test result
    sys.exit("pii_oracle: python3-stdnum is missing (apt-get install python3-stdnum; run with /usr/bin/python3)")

GOAL = 0.99
IBAN_COUNTRIES = ["NL", "NL", "NL", "BE", "DE", "FR", "GB", "ES", "IT", "PL", "AT", "CH", "LU", "PT", "TR", "DK",
                  "SE", "NO", "FI", "IE", "CZ", "HU", "RO", "GR"]

SENTENCES = [
    "Cliënt noemde {x} in het gesprek.",
    "Het coördinatieteam kreeg {x} door van de geïnteresseerde buurvrouw.",
    "Volgens de café-eigenaar is {x} bekend bij de gemeente.",
    "In het dossier van één gezin staat {x} genoteerd.",
    "Zij gaf {x} op, maar überhaupt wilde ze geen hulp.",
    "De regisseur (ook bij de GGZ betrokken) controleerde {x} nogmaals.",
    "Na overleg met de schuldhulpverlener werd {x} doorgegeven aan het Wmo-loket.",
    "Meneer vroeg of {x} uit het systeem kon.",
]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---- BSN ------------------------------------------------------------------------------------------------------------
def bsn_format(rng, b):
    style = rng.random()
    if style < 0.6:
        return b
    if style < 0.8:
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    return f"{b[:3]} {b[3:6]} {b[6:]}"


def gen_bsns(rng, n_valid, n_invalid):
    valid, invalid = [], []
    while len(valid) < n_valid or len(invalid) < n_invalid:
        b = digits(rng, 9)
        if std_bsn.is_valid(b):
            if len(valid) < n_valid:
                valid.append(bsn_format(rng, b))
        elif len(invalid) < n_invalid and int(b) != 0:
            invalid.append(bsn_format(rng, b))
    return valid, invalid


# ---- IBAN -----------------------------------------------------------------------------------------------------------
def bban_for(rng, cc):
    """A random BBAN following the country's structure in stdnum's own IBAN registry."""
    struct = std_iban._ibandb.info(cc + "00")[0][1]["bban"]
    out = []
    for count, kind in re.findall(r"(\d+)!([nac])", struct):
        alphabet = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[kind]
        out.append("".join(rng.choice(alphabet) for _ in range(int(count))))
    return "".join(out)


def iban_format(rng, compact):
    r = rng.random()
    if r < 0.5:
        return compact
    if r < 0.9:
        return std_iban.format(compact)
    return compact.lower() if rng.random() < 0.5 else std_iban.format(compact).lower()


def gen_ibans(rng, n_valid, n_invalid):
    valid, invalid, rejected_national = [], [], []
    while len(valid) < n_valid:
        cc = rng.choice(IBAN_COUNTRIES)
        bban = bban_for(rng, cc)
        compact = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(compact):
            valid.append(compact)
        else:  # mod-97 is right, but stdnum's national check (e.g. a Belgian bank code) rejects it
            rejected_national.append(compact)
    # Invalid: typing errors in valid numbers (one character changed, or two neighbours swapped).
    while len(invalid) < n_invalid:
        good = list(rng.choice(valid))
        k = rng.randrange(4, len(good) - 1)
        if rng.random() < 0.5:
            good[k] = rng.choice("0123456789") if good[k].isdigit() else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        else:
            good[k], good[k + 1] = good[k + 1], good[k]
        bad = "".join(good)
        if not std_iban.is_valid(bad):
            invalid.append(bad)
    return ([iban_format(rng, v) for v in valid], [iban_format(rng, v) for v in invalid],
            [iban_format(rng, v) for v in rejected_national[:200]])


# ---- e-mail, phone, postcode ----------------------------------------------------------------------------------------
FIRST = ["jan", "piet", "fatima", "anne-marie", "kees", "sanne", "mohamed", "eva", "joost", "noor"]
LAST = ["jansen", "devries", "de.vries", "bakker", "el-amrani", "visser", "yilmaz", "smit", "van.dijk"]
DOMAINS = ["gmail.com", "hotmail.nl", "gemeente-utrecht.nl", "ziggo.nl", "student.uva.nl", "kpnmail.nl",
           "outlook.com", "zorg-groep.org", "mail.example.co.uk", "xs4all.nl"]


def gen_emails(rng, n):
    res = []
    for _ in range(n):
        local = rng.choice([
            f"{rng.choice(FIRST)}.{rng.choice(LAST)}",
            f"{rng.choice(FIRST)}{rng.randrange(1, 99)}",
            f"{rng.choice(FIRST)[0]}.{rng.choice(LAST)}",
            f"{rng.choice(FIRST)}_{rng.choice(LAST)}+zorg",
            f"info{rng.randrange(10, 9999)}",
        ])
        res.append(f"{local}@{rng.choice(DOMAINS)}")
    return res


def gen_phones(rng, n):
    res = []
    for _ in range(n):
        mob = "6" + rng.choice("12345") + digits(rng, 7)
        area = rng.choice(["20", "10", "30", "70", "40", "50", "71", "73", "111", "113", "174", "492"])
        land = area + digits(rng, 9 - len(area))
        m, a = "0" + mob, "0" + land
        res.append(rng.choice([
            m, f"{m[:2]}-{m[2:]}", f"{m[:2]} {m[2:]}", f"{m[:2]} {m[2:6]} {m[6:]}",
            f"{m[:2]} {m[2:4]} {m[4:6]} {m[6:8]} {m[8:]}", f"+31 {mob[0]} {mob[1:]}", f"+31{mob}",
            f"+31 (0){mob[0]} {mob[1:5]} {mob[5:]}", f"0031 {mob[0]} {mob[1:]}",
            a, f"{a[:len(area) + 1]}-{a[len(area) + 1:]}", f"{a[:len(area) + 1]} {a[len(area) + 1:]}",
            f"({a[:len(area) + 1]}) {a[len(area) + 1:]}", f"+31 {land[:len(area)]} {land[len(area):]}",
        ]))
    return res


def gen_postcodes(rng, n):
    res = []
    letters = "ABCDEFGHJKLMNPRSTVWXZ"
    while len(res) < n:
        num = rng.randrange(1000, 10000)
        pair = rng.choice(letters) + rng.choice(letters)
        if pair in ("SA", "SD", "SS"):
            continue
        res.append(rng.choice([f"{num} {pair}", f"{num}{pair}", f"{num}{pair.lower()}"]))
    return res


# ---- run and judge --------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="path to wams-cli")
    ap.add_argument("--seed", type=int, default=20240501)
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    bsn_ok, bsn_bad = gen_bsns(rng, 3000, 1000)
    iban_ok, iban_bad, iban_national = gen_ibans(rng, 3000, 1000)
    items = ([("bsn", True, x) for x in bsn_ok] + [("bsn", False, x) for x in bsn_bad] +
             [("iban", True, x) for x in iban_ok] + [("iban", False, x) for x in iban_bad] +
             [("email", True, x) for x in gen_emails(rng, 1000)] +
             [("phone", True, x) for x in gen_phones(rng, 1000)] +
             [("postcode", True, x) for x in gen_postcodes(rng, 1000)])
    rng.shuffle(items)
    national = [("iban_national", None, x) for x in iban_national]
    items += national

    parts, spans, pos = [], [], 0   # pos counts code points (Python str length)
    for cat, valid, ident in items:
        sentence = rng.choice(SENTENCES)
        before, after = sentence.split("{x}")
        start = pos + len(before)
        spans.append((cat, valid, ident, start, start + len(ident)))
        text = before + ident + after + "\n"
        parts.append(text)
        pos += len(text)
    text = "".join(parts)

    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as f:
        f.write(text)
        f.flush()
        proc = subprocess.run([args.cli, "scan-text", f.name], capture_output=True)
    if proc.returncode != 0:
        sys.exit(f"pii_oracle: wams-cli scan-text exited {proc.returncode}: {proc.stderr.decode(errors='replace')}")
    findings = json.loads(proc.stdout)["findings"]
    findings.sort(key=lambda x: x["start"])
    starts = [x["start"] for x in findings]

    def covering(s, e):
        k = bisect.bisect_right(starts, s) - 1
        res = []
        for j in range(max(0, k - 2), min(len(findings), k + 3)):
            x = findings[j]
            if x["start"] < e and s < x["end"]:
                res.append(x)
        return res

    # Offsets must be code points: every finding's text is exactly that slice of the text.
    offset_errors = sum(1 for x in findings if text[x["start"]:x["end"]] != x["text"])

    stats = {}
    for cat, valid, ident, s, e in spans:
        key = f"{cat}_{'valid' if valid else 'invalid'}" if valid is not None else cat
        st = stats.setdefault(key, {"n": 0, "found": 0, "exact": 0})
        st["n"] += 1
        hits = [x for x in covering(s, e) if x["category"] == (cat if cat != "iban_national" else "iban")]
        if valid is False:
            st["found"] += 1 if hits else 0   # reported although stdnum says invalid
            continue
        if any(x["start"] <= s and x["end"] >= e for x in hits):
            st["found"] += 1
            st["exact"] += 1 if any(x["start"] == s and x["end"] == e for x in hits) else 0

    ok = offset_errors == 0
    print(f"pii oracle: {len(items)} identifiers ({len(items) - len(national)} judged), text {len(text)} code points, "
          f"{len(findings)} findings, offset errors {offset_errors}")
    for key in ["bsn_valid", "iban_valid", "email_valid", "phone_valid", "postcode_valid"]:
        st = stats[key]
        recall = st["found"] / st["n"]
        met = recall >= GOAL
        ok = ok and met
        print(f"  {key:15s} recall {100 * recall:6.2f}% ({st['found']}/{st['n']}), exact span {st['exact']}"
              f"  goal >= {100 * GOAL:.0f}%: {'met' if met else 'NOT MET'}")
    for key in ["bsn_invalid", "iban_invalid"]:
        st = stats[key]
        met = st["found"] == 0
        ok = ok and met
        print(f"  {key:15s} reported {st['found']}/{st['n']} (stdnum-invalid, must be 0): {'met' if met else 'NOT MET'}")
    st = stats.get("iban_national", {"n": 0, "found": 0})
    print(f"  info: mod-97-valid IBANs that stdnum rejects on a national check (e.g. unknown Belgian bank code): "
          f"{st['found']}/{st['n']} reported as iban (not judged: the guard checks registry shape + mod-97 only)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"stats": stats, "offset_errors": offset_errors}, f, indent=1)
    judged = 7
    print(f"{judged if ok else 0} passed, {0 if ok else judged} failed" if ok else "pii oracle: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
