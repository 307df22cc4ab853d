# scripts/lib/steps.sh — sourced by test.sh, sanitize.sh and fuzz.sh: time each step of a run and print them as a
# table at the end (issue 16: CI prints where its time goes, also when a step fails).
#   wams_step <name> <command…>   runs the command, prints "step: <name> — N s (ok|FAILED, exit n)" and, when
#                                 WAMS_STEP_LOG is set, appends "<name>\t<seconds>\t<exit>" to that file.
#   wams_step_table <file> <run start, epoch s>   the table of the steps recorded so far, with the run's wall time.
# Steps that run at the same time (test.sh's browser lane) overlap, so their sum exceeds the wall time.
wams_step() {
  local name="$1" t0 rc=0 secs; shift
  t0=$(date +%s)
  "$@" || rc=$?
  secs=$(( $(date +%s) - t0 ))
  echo "step: $name — $secs s ($([ "$rc" = 0 ] && echo ok || echo "FAILED, exit $rc"))" >&2
  [ -z "${WAMS_STEP_LOG:-}" ] || printf '%s\t%s\t%s\n' "$name" "$secs" "$rc" >>"$WAMS_STEP_LOG"
  return "$rc"
}

wams_step_table() {
  local file="$1" start="$2"
  awk -F'\t' -v wall=$(( $(date +%s) - start )) '
    BEGIN { printf "\n%-44s %8s %8s  %s\n", "step", "seconds", "min", "result" }
    { printf "%-44s %8d %8.1f  %s\n", $1, $2, $2 / 60, ($3 == 0 ? "ok" : "FAILED (exit " $3 ")") }
    END { printf "%-44s %8d %8.1f\n", "wall time of the whole run", wall, wall / 60 }' "$file" >&2
}
