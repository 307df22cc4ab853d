#!/usr/bin/env python3
"""Each rule tested where it lives (issue 15).

Every rule R1–R67 must have at least one Catch2 test tagged [R<n>][decisive] and one tagged [R<n>][not-cited] in
the test executable of its own rulebook chapter. Asks each chapter executable (Catch2 v2) with a test spec and
--list-tags which tags its matching tests carry, and prints every missing pair.

usage: rule_test_coverage.py <chapter>=<executable> ...   (an empty or missing executable counts as no tests)
"""
import os
import subprocess
import sys

CHAPTERS = {  # rulebook chapter → its rules (RULEBOOK §2–§7) and its test file tests/unit/test_<chapter>.cpp
    "scope": range(1, 14),
    "entry": range(14, 28),
    "investigation": range(28, 37),
    "coordination": range(37, 48),
    "case_conference": range(48, 56),
    "data_sharing": range(56, 68),
}
KINDS = ("decisive", "not-cited")


def has_test(executable, rule, kind):
    """Whether some test case of the executable carries both [R<n>] and [<kind>]."""
    out = subprocess.run([executable, f"[R{rule}][{kind}]", "--list-tags"], capture_output=True, text=True,
                         check=False).stdout
    return any(line.split()[-1:] == [f"[R{rule}]"] for line in out.splitlines())


def main(argv):
    executables = dict(arg.split("=", 1) for arg in argv)
    unknown = set(executables) - set(CHAPTERS)
    if unknown:
        sys.exit(f"unknown chapter(s): {', '.join(sorted(unknown))}")
    missing = []
    for chapter, rules in CHAPTERS.items():
        exe = executables.get(chapter, "")
        present = bool(exe) and os.access(exe, os.X_OK)
        for rule in rules:
            for kind in KINDS:
                if not (present and has_test(exe, rule, kind)):
                    missing.append(f"R{rule} [{kind}] in test_{chapter}.cpp" + ("" if present else " (no executable)"))
    total = sum(len(r) for r in CHAPTERS.values()) * len(KINDS)
    print(f"rule tests where they live: {total - len(missing)}/{total} present")
    for m in missing:
        print(f"missing: {m}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
