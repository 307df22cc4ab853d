#!/usr/bin/env bash
# scripts/interview-figures.sh — the interview's figures for README (issue 17): every public and draft-3 case walked
# by `wams-cli interview` from only its items' ids and descriptions, each next question answered from the full case
# (tests/interview/interview_eval.py). Prints one line per case and the totals: questions, answers (values), the
# share of the full case's answers, final = assess, contradictions.
# Usage: scripts/interview-figures.sh [WAMS_CLI]   (default build/native/wams-cli)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI="${1:-$ROOT/build/native/wams-cli}"
status=0
echo "== public cases (scenarios/public), commit $(git -C "$ROOT" rev-parse --short HEAD); goal: median share ≤ 40 %"
python3 "$ROOT/tests/interview/interview_eval.py" "$CLI" "$ROOT"/scenarios/public/*.json || status=1
echo "== draft-3 regression cases (scenarios/draft3)"
python3 "$ROOT/tests/interview/interview_eval.py" "$CLI" "$ROOT"/scenarios/draft3/*.json --max-median 1.0 || status=1
exit $status
