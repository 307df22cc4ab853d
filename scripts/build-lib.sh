# build-lib.sh — sourced by serve.sh / test.sh / measure-build.sh: configure a preset, then build it incrementally.
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs acorn & co. (TOOLCHAIN.md pitfall 1)
WAMS_ROOT="${WAMS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
WAMS_JOBS="${WAMS_JOBS:-2}"          # the machine has 2 shared cores

# wams_build <preset> <binary dir> [target]: configure with the preset (cheap when cached; re-applies the preset's
# options to a build dir configured by hand), then build incrementally (everything, or only the target).
wams_build() {
  local preset="$1" dir="$2" target="${3:-}" log="$WAMS_ROOT/.cache/logs/build-$1${3:+-$3}.log"
  mkdir -p "$WAMS_ROOT/.cache/logs"
  echo "build: preset $preset → ${dir#"$WAMS_ROOT"/} (log: ${log#"$WAMS_ROOT"/})" >&2
  if ! (cd "$WAMS_ROOT" && cmake --preset "$preset") >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "build: FAILED — cmake --preset $preset (log: $log)" >&2
    return 1
  fi
  if ! cmake --build "$dir" -j"$WAMS_JOBS" ${target:+--target "$target"} >>"$log" 2>&1; then
    grep -E "error|Error" "$log" | head -n 30 >&2 || tail -n 30 "$log" >&2
    echo "build: FAILED — cmake --build $dir (log: $log)" >&2
    return 1
  fi
}
