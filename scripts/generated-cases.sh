#!/usr/bin/env bash
# scripts/generated-cases.sh — the long stratum of the generated-case test (issue 15, docs/generated-cases.md):
#   1. native: builds wams-generated-cases and checks N seeded cases (every property, coverage, validate);
#   2. wasm:   builds the same tool and core with Debian's em++ and checks the same cases under node;
#   3. compares the two answer digests (wasm and native give the same answers) and prints the figures.
# Usage: scripts/generated-cases.sh [N] [SEED]     (default 20000 cases, seed 1)
# Environment: NATIVE_DIR (a configured native build; default build/native, configured Release if absent),
#              BUILD_DIR (wasm objects and outputs; default build/generated-cases), JOBS (default 2),
#              WAMS_THIRD_PARTY_DIR (passed to cmake when it configures NATIVE_DIR), MODE (both|native|wasm).
# Exit status: 0 when both runs pass and the digests agree; 1 otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib/wasm-node.sh"
N="${1:-20000}"
SEED="${2:-1}"
NATIVE="${NATIVE_DIR:-$ROOT/build/native}"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/generated-cases}"
JOBS="${JOBS:-2}"
MODE="${MODE:-both}"
ARGS=(--cases "$N" --seed "$SEED" --coverage)
mkdir -p "$BUILD_DIR"
status=0

# ---- 1. native -----------------------------------------------------------------------------------------------------
if [[ ! -f "$NATIVE/CMakeCache.txt" ]]; then
  cmake -S "$ROOT" -B "$NATIVE" -DCMAKE_BUILD_TYPE=Release -DWAMS_BUILD_APP=OFF -DWAMS_BUILD_BENCH=OFF \
        ${WAMS_THIRD_PARTY_DIR:+-DWAMS_THIRD_PARTY_DIR="$WAMS_THIRD_PARTY_DIR"} >/dev/null
fi
echo "== native build ($NATIVE)"
cmake --build "$NATIVE" -j"$JOBS" --target wams-generated-cases >/dev/null   # also writes core/embedded_*_assets.cpp and core/generated/
if [[ "$MODE" != wasm ]]; then
  mkdir -p "$BUILD_DIR/counterexamples-native"
  echo "== native run: wams-generated-cases ${ARGS[*]}"
  "$NATIVE/wams-generated-cases" "${ARGS[@]}" --emit "$BUILD_DIR/counterexamples-native" | tee "$BUILD_DIR/native.txt" \
    || status=1
fi

# ---- 2. wasm -------------------------------------------------------------------------------------------------------
if [[ "$MODE" != native ]]; then
  WASM="$BUILD_DIR/wasm"
  GEN="$ROOT/tests/generated"
  wasm_node_build "$WASM/wams-generated-cases.js" "$WASM" "$GEN" "$NATIVE" "$JOBS" \
                  "$GEN/generated_cases.cpp" "$GEN/case_generator.cpp" "$GEN/properties.cpp"
  mkdir -p "$BUILD_DIR/counterexamples-wasm"
  echo "== wasm run: node wams-generated-cases.js ${ARGS[*]}"
  node --no-experimental-fetch "$WASM/wams-generated-cases.js" "${ARGS[@]}" --emit "$BUILD_DIR/counterexamples-wasm" \
    | tee "$BUILD_DIR/wasm.txt" || status=1
fi

# ---- 3. digests ----------------------------------------------------------------------------------------------------
if [[ "$MODE" == both ]]; then
  dn=$(awk '/answer digest/ {print $3}' "$BUILD_DIR/native.txt")
  dw=$(awk '/answer digest/ {print $3}' "$BUILD_DIR/wasm.txt")
  echo "== answer digest native $dn, wasm $dw"
  if [[ -z "$dn" || "$dn" != "$dw" ]]; then echo "FAIL same_answers_natively_and_in_wasm"; status=1;
  else echo "ok   same_answers_natively_and_in_wasm"; fi
  for t in native wasm; do echo "$t: $(grep -E '^  time:' "$BUILD_DIR/$t.txt")"; done
fi
exit $status
