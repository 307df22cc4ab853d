#!/usr/bin/env bash
# scripts/prove-walk.sh — the full proof run of the necessity walk (issue 8, docs/invariants.md):
#   1. native: builds wams-prove-walk (Release) and enumerates the whole answer space, every invariant;
#   2. wasm:   builds the same enumerator and core with Debian's em++ and runs it under node;
#   3. compares the two verdict digests (invariant 6: the same verdict natively and in wasm) and prints the figures
#      that docs/invariants.md quotes.
# Usage: scripts/prove-walk.sh [--native-only|--wasm-only] [extra wams-prove-walk arguments]
# Environment: BUILD_DIR (default build/prove-walk), JOBS (default 2), SAMPLE (full walks per spine, default 8),
#              DIRECT_EVERY (walk every k-th combination directly, default 20000).
# Exit status: 0 when every invariant holds in both builds and the digests agree; 1 otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib/wasm-node.sh"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/prove-walk}"
JOBS="${JOBS:-2}"
SAMPLE="${SAMPLE:-8}"
DIRECT_EVERY="${DIRECT_EVERY:-20000}"
MODE=both
if [[ "${1:-}" == "--native-only" ]]; then MODE=native; shift; fi
if [[ "${1:-}" == "--wasm-only" ]]; then MODE=wasm; shift; fi
ARGS=(--full --sample "$SAMPLE" --direct-every "$DIRECT_EVERY" "$@")
mkdir -p "$BUILD_DIR"
status=0

# ---- 1. native -----------------------------------------------------------------------------------------------------
NATIVE="$BUILD_DIR/native"
echo "== native build ($NATIVE)"
cmake -S "$ROOT" -B "$NATIVE" -DCMAKE_BUILD_TYPE=Release -DWAMS_BUILD_APP=OFF -DWAMS_BUILD_BENCH=OFF >/dev/null
cmake --build "$NATIVE" -j"$JOBS" --target wams-prove-walk >/dev/null
if [[ "$MODE" != wasm ]]; then
  mkdir -p "$BUILD_DIR/counterexamples-native"
  echo "== native run: wams-prove-walk ${ARGS[*]}"
  "$NATIVE/wams-prove-walk" "${ARGS[@]}" --emit "$BUILD_DIR/counterexamples-native" | tee "$BUILD_DIR/native.txt" \
    || status=1
fi

# ---- 2. wasm (em++ over core/*/src, the generated sources of the native build and tests/invariants) -------------
if [[ "$MODE" != native ]]; then
  WASM="$BUILD_DIR/wasm"
  wasm_node_build "$WASM/wams-prove-walk.js" "$WASM" "$ROOT/tests/invariants" "$NATIVE" "$JOBS" \
                  "$ROOT/tests/invariants/prove_walk.cpp" "$ROOT/tests/invariants/walk_space.cpp"
  mkdir -p "$BUILD_DIR/counterexamples-wasm"
  echo "== wasm run: node wams-prove-walk.js ${ARGS[*]}"
  node --no-experimental-fetch "$WASM/wams-prove-walk.js" "${ARGS[@]}" --emit "$BUILD_DIR/counterexamples-wasm" \
    | tee "$BUILD_DIR/wasm.txt" || status=1
fi

# ---- 3. digests and figures ----------------------------------------------------------------------------------------
if [[ "$MODE" == both ]]; then
  dn=$(awk '/verdict digest/ {print $3}' "$BUILD_DIR/native.txt")
  dw=$(awk '/verdict digest/ {print $3}' "$BUILD_DIR/wasm.txt")
  echo "== verdict digest native $dn, wasm $dw"
  if [[ -z "$dn" || "$dn" != "$dw" ]]; then echo "FAIL 6_same_verdicts_natively_and_in_wasm"; status=1;
  else echo "ok   6_same_verdicts_natively_and_in_wasm"; fi
  {
    echo "# prove-walk figures, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
    for t in native wasm; do
      echo "## $t"; grep -E "^  (realised|gate|live|spines|combinations|monotonicity|full walks|verdict|time)" "$BUILD_DIR/$t.txt"
    done
  } > "$BUILD_DIR/figures.md"
  cat "$BUILD_DIR/figures.md"
fi
exit $status
