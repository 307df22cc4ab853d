#!/usr/bin/env bash
# check-web-size.sh — the size budget of issue 7, run in CI (ctest web_size_budget, tests/perf/): the gzip -9
# transfer size of the page (preset web: -Os, -flto, -Oz at link) against the bare Dear ImGui + SDL2 page
# (tests/bench/bare_page/, same toolchain and flags). Builds the bare page when needed.
# History (the goal and ratchets in force are in the session-18 paragraph below): the GOAL was 1.5×. CI failed on
# two ratchets so the page could not grow unnoticed while the goal is worked towards: the ratio CEILING (WAMS_SIZE_CEILING, 2.99× — 2.96×
# measured with the size flags of preset web applied to both pages) and the app's own total (WAMS_SIZE_CEILING_KB,
# 640 KB — 637.4 KB measured). Both were measured at the same commit; lower them whenever the size drops. Raised
# from 2.93× / 630 KB by the legal-fidelity issue (15): the law's real status (stage record, the statement on the
# start screen and in every export, nl + en), draft-article labels and the draft 3.1 texts added 10.8 KB gz. Raised
# from 2.99× / 640 KB to 3.00× / 645 KB by the help-desk issue (19): answer-first texts for yes/no questions, keywords
# and synonyms as data and the question-part ranking (642.4 KB gz, 2.99× measured on branch wt-p19b). Raised from
# 3.00× / 645 KB to 3.02× / 650 KB by the redesign (issue 16, parts 2 and 4): every embedded asset read through the
# path-tracking JsonReader with its errors listed (asset_load_errors) and the typed process outcomes added 4.0 KB gz
# (646.5 KB, 3.00×, in the fresh-clone run of 3d07bc7). Raised from 3.02× / 650 KB to 3.44× / 740 KB by the
# interview in the browser (issue 17: the Vraag screen runs interview.cpp's search in the page, verdicts in words,
# Dutch labels instead of codes on every screen): 738.3 KB gz, 3.43×, measured at the session-9 merge. A relink with
# --profiling-funcs (scripts/wasm-code-sizes.py) puts the code section at 439.9 KB gz (370.4 before) and the data
# section at 251.9 KB (233.6). This moves away from issue 18's goal (≤ 480 KB); issue 18 sets the new size goals.
# Lowered from 3.44× / 740 KB to 3.28× / 705 KB by issue 18 §3 (branch wt-size): libc++ streams + locale out of the
# wasm again (a std::stringstream in the what-if screen had brought them back): 702.0 KB gz, 3.26× at 7fe2c9f.
# Raised from 3.28× / 705 KB to 3.30× / 710 KB in session 12: the interview asking objects by their members, the
# labelled training summary and help-desk round 3 (+2.3 KB gz: 704.3 KB measured after their merge), then the roles
# and spoken names on the remaining screens with the opened cards' words in the layer (issue 18 §1, +4.1 KB gz:
# 708.4 KB, 3.29× measured after the wt-roles merge, 1550fb1).
# Lowered from 3.30× / 710 KB to 3.27× / 703 KB in session 14: the PII name lists embedded front-coded
# (cmake/front_code.py): 700.4 KB gz, 3.25× at eb6e14a.
# Lowered from 3.27× / 703 KB to 3.18× / 683 KB in session 15: core's embedded data stored as one LZMA stream
# (cmake/embed_pack.py, 7-Zip's LzmaDec.c), paying for help-desk round 4 (+9.1 KB gz) as well: 679.3 KB gz, 3.16×.
# Raised to 3.19× / 685 KB in session 16 for issue 18 §1/§2 (drop-down choices, A1 table, map and privacy roles,
# touch-sized chips on a phone: +2.1 KB gz, 682.4 KB, 3.17×), which left 0.6 KB under the old ceiling.
# Raised to 687 KB in session 17 (the ratio ceiling stays 3.19×): documents said line by line, the frame fingerprint,
# app.js compiling the wasm itself (issue 18 §1/§3) brought the page to 685.0 KB gz (701 401 B), 39 B under 685 KB —
# one byte of difference between two builds would have failed CI.
# Session 18: SDL2 for wasm is built lean (scripts/setup.sh: only video, events, timers and GLES; no software
# blitters; -Os -flto), which took 52.9 KB gz off the app (685.0 → 632.1 KB) and 50.2 KB off the bare page, which
# links the same SDL2 (215.2 → 165.0 KB). Both pages losing the same bytes raises the ratio (3.18× → 3.83×), so the
# ratio stopped being a guard: the ratchets are now the app's total (WAMS_SIZE_CEILING_KB, 634 KB — 632.1 KB
# measured) and the app's bytes above the bare page (WAMS_SIZE_CEILING_DIFF_KB, 469 KB — 467.1 KB measured).
# The goal (WAMS_SIZE_GOAL_KB) is issue 18 §3's: the whole transfer ≤ 480 KB gz. The old 1.5× budget was retired.
# Then, in the same session, the page's own scripts minified (cmake/WebPwa.cmake), WebGL-only glue flags on both pages
# and the icons stored as lossless 8-bit PNG: 627.3 KB gz, 462.9 KB above the bare page (164.3 KB); the ratchets
# lowered to 629 KB and 464 KB.
# Raised to 631 KB and 467 KB in session 19: every text field grows with its text (ImGui's resize callback on the
# Vraag form, the help desk, the dossier, what-if and case-file fields) and the help desk reads the concrete question in
# more forms (interview::understand): 629.9 KB gz, 465.6 KB above the bare page (+1.9 KB: ImGui's InputTextEx with the
# resize path ≈ 0.9 KB raw, the help-desk screen 1.7 KB raw, the question reader ≈ 1.3 KB raw).
# Raised to 632 KB and 468 KB later in session 19: every freed block zeroed in the page (platform_web_zeroing.cpp), the
# font atlas built before the main loop and the wipe's memory diagnostics (wams_test_memory_where): 630.7 KB gz, 466.4 KB
# above the bare page (+0.8 KB).
# Lowered to 631 KB and 467 KB in session 22: the help desk's letter-trigram likeness (+1.5 KB) and English stop words
# (+0.4 KB) came in, and four stable sorts and partitions (PII candidates, screens, verdict words, what-if candidates)
# and a std::vector<bool> went out (−5.1 KB): 628.0 KB gz; then every field's question in words for the interview
# (vocabulary "ask", +1.9 KB) and one sort of the training scenarios instead of two (−0.5 KB): 629.4 KB gz, 465.0 KB
# above the bare page.
# Lowered to 543 KB and 379 KB in session 23: the page downloads its wasm as LZMA (wams.wasm.lzma, cmake/wasm_pack.py,
# unpacked by js/unlzma.js with 7-Zip's LzmaDec as unlzma.wasm, +4.6 KB gz for both) instead of gzip'd wams.wasm
# (609.3 → 514.0 KB): 541.0 KB gz, 376.5 KB above the bare page. The app's files are now read from its service
# worker's list (which leaves wams.wasm out) instead of every such file in the folder. Then LZMA2 instead of LZMA
# (wams.wasm.lzma2: its chunks that do not compress, the embedded data, are stored; 7-Zip's Lzma2Dec in unlzma.wasm,
# +0.9 KB): 540.2 KB gz, 375.8 KB above the bare page; ceilings 542 KB and 377 KB.
# Lowered in session 25: the web build compiles imgui_draw.cpp without ImGui's default font (ProggyClean, 12 KB of
# base85 data and its decoder; shell/app/CMakeLists.txt), which the page never draws: 541.4 → 531.5 KB gz, 367.0 KB
# above the bare page (ceilings 533 and 368 KB at first). Then ImGui without its file functions on both pages (app
# −1.0 KB, bare page −1.5 KB) and a returning visit's start from the kept unpacked wasm (js/unlzma.js +0.5 KB):
# 531.0 KB gz, 368.0 KB above the bare page (163.0 KB); then the help desk's status questions (a question about the
# law's own status gets the status answer first, +1.0 KB): 532.0 KB gz, 369.0 KB above; ceilings 533 KB and 370 KB.
# Lowered in session 26: the UI font subset keeps only what stb_truetype reads (no OpenType layout tables, which had
# also pulled unreachable ligature glyphs into the subset; no MATH, no names; scripts/setup.sh): 35.7 → 20.9 KB raw,
# 532.3 → 528.8 KB gz, 365.8 KB above the bare page; ceilings 530 KB and 367 KB.
# Lowered in session 27: the page defines eglGetProcAddress (shell/app/platform_web.cpp), so Emscripten's table of
# every GL function by name, and each function's JavaScript, is no longer linked (docs/perf.md "No GL look-up by
# name"): 530.0 → 521.6 KB gz (after the help desk's stop words, +0.6 KB), 358.6 KB above the bare page; ceilings
# 523 KB and 360 KB. Then no sscanf (ImGui's .ini handlers not registered, the OpenGL3 back end's version numbers read
# by hand; shell/app/CMakeLists.txt): 518.3 KB gz, 355.2 KB above the bare page; ceilings 519 KB and 356 KB. Then
# -fno-rtti and -sINCOMING_MODULE_JS_API (both pages): 516.9 KB gz, 354.3 KB above the bare page (162.7 KB); ceilings
# 518 KB and 355 KB. Then no gamepad code (the SDL2 back end's poll, which never ran, returns before SDL's
# game-controller calls): 509.9 KB gz, 347.3 KB above the bare page; ceilings 511 KB and 348 KB.
# Lowered in session 28: the page's own SDL2 build without gestures, framebuffer or image cursors (scripts/setup.sh;
# the bare page keeps Debian's source) and a strtod without long double (shell/app/decimal.cpp): 496.6 KB gz; then
# stb_truetype for TrueType outlines only (shell/app/CMakeLists.txt patch 5): 494.6 KB gz, 331.9 KB above the bare
# page; then one sort in core instead of nine std::sort instantiations (core/law/include/wams/order.hpp): 492.5 KB
# gz, 329.8 KB above the bare page; ceilings 494 KB and 331 KB. Then no vocabulary help compiled in (491.5 KB), the
# route's label in an error (491.7 KB) and a second wasm-opt -Oz round on both pages' linked wasm: 489.5 KB gz, 327.1
# KB above the bare page (162.4 KB); ceilings 491 KB and 328 KB.
# Lowered in session 29: the screens' own table (shell/app/widgets_grid.cpp) instead of Dear ImGui's tables: 480.4 KB
# gz; then the page's own printf formatting (shell/app/format.cpp) instead of musl's: 478.8 KB gz, 316.4 KB above the
# bare page (162.4 KB). The goal (480 KB) is met, so it is the ceiling now; 317 KB above the bare page. Then the
# screens' answers kept valid (+1.4 KB; docs/app.md) and the interview's native self-check left out of the page
# (−0.7 KB): 479.4 KB gz, 317.1 KB above the bare page; that ceiling 318 KB.
#   bash scripts/check-web-size.sh [app page dir (build/web)] [bare build dir (build/bare-page)]
# Prints both sizes, per file, and the ratio; exit 1 when over budget, 77 when the web build is missing
# (skip) unless WAMS_REQUIRE_WEB=1.
set -euo pipefail
WAMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="${1:-$WAMS_ROOT/build/web}"
BARE_BUILD="${2:-$WAMS_ROOT/build/bare-page}"
GOAL_KB="${WAMS_SIZE_GOAL_KB:-480}"
CEILING_KB="${WAMS_SIZE_CEILING_KB:-480}"
CEILING_DIFF_KB="${WAMS_SIZE_CEILING_DIFF_KB:-318}"
export NODE_PATH=/usr/share/nodejs   # Debian's emcc (TOOLCHAIN.md pitfall 1)

if [ ! -f "$APP/wams.wasm" ]; then
  echo "size check: no web build in $APP (cmake --preset web && cmake --build build/web)"
  [ "${WAMS_REQUIRE_WEB:-0}" = 1 ] && exit 1
  exit 77
fi

# The bare page: configure once, then incremental.
if [ ! -f "$BARE_BUILD/CMakeCache.txt" ]; then
  emcmake cmake -S "$WAMS_ROOT/tests/bench/bare_page" -B "$BARE_BUILD" -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DWAMS_THIRD_PARTY_DIR="$WAMS_ROOT/.cache/third_party" >"$BARE_BUILD.log" 2>&1 || { tail -20 "$BARE_BUILD.log"; exit 1; }
fi
cmake --build "$BARE_BUILD" -j"${WAMS_JOBS:-2}" >>"$BARE_BUILD.log" 2>&1 || { tail -20 "$BARE_BUILD.log"; exit 1; }

# page_files <dir>: every file the browser downloads (page, scripts, styles, wasm, data, manifest, icons, sw). For the
# app that is its service worker's list and sw.js itself (wams.wasm stays in the folder for the tools, but the page
# downloads wams.wasm.lzma instead: docs/perf.md "The wasm sent as LZMA"); for the bare page every such file.
page_files() {
  if [ -f "$1/sw.js" ]; then
    { sed -n 's/^const FILES = \[\(.*\)\];.*/\1/p' "$1/sw.js" | tr ',' '\n' | tr -d ' "'; echo sw.js; } | sort
    return
  fi
  (cd "$1" && find . -maxdepth 2 -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.wasm' \
     -o -name '*.data' -o -name '*.svg' -o -name '*.png' -o -name '*.webmanifest' \) \
     -not -path './CMakeFiles/*' | sed 's|^\./||' | sort)
}
# gz_total <dir> <label>: prints one line per file and sets TOTAL (bytes, gzip -9)
gz_total() {
  local dir="$1" label="$2" f n
  TOTAL=0
  for f in $(page_files "$dir"); do
    n=$(gzip -9 -c "$dir/$f" | wc -c)
    TOTAL=$((TOTAL + n))
    printf '  %-6s %-28s %9d B gz\n' "$label" "$f" "$n"
  done
}
gz_total "$APP" app; APP_GZ=$TOTAL
gz_total "$BARE_BUILD/page" bare; BARE_GZ=$TOTAL
ratio=$(awk -v a="$APP_GZ" -v b="$BARE_GZ" 'BEGIN { printf "%.2f", a / b }')
diff_kb=$(awk -v a="$APP_GZ" -v b="$BARE_GZ" 'BEGIN { printf "%.1f", (a - b) / 1024 }')
printf 'size: app %.1f KB gz, bare ImGui page %.1f KB gz, app above bare %s KB, ratio %s× (goal %s KB; CI ceilings %s KB and %s KB above bare)\n' \
  "$(awk -v n="$APP_GZ" 'BEGIN{print n/1024}')" "$(awk -v n="$BARE_GZ" 'BEGIN{print n/1024}')" "$diff_kb" "$ratio" "$GOAL_KB" \
  "$CEILING_KB" "$CEILING_DIFF_KB"
if awk -v n="$APP_GZ" -v c="$CEILING_KB" 'BEGIN { exit !(n / 1024 > c) }'; then
  echo "size: FAILED — the app is above its CI ceiling of ${CEILING_KB} KB gz: the page grew (docs/perf.md)"
  exit 1
fi
if awk -v d="$diff_kb" -v c="$CEILING_DIFF_KB" 'BEGIN { exit !(d > c) }'; then
  echo "size: FAILED — the app is ${diff_kb} KB above the bare page, over the CI ceiling of ${CEILING_DIFF_KB} KB (docs/perf.md)"
  exit 1
fi
if awk -v n="$APP_GZ" -v g="$GOAL_KB" 'BEGIN { exit !(n / 1024 > g) }'; then
  echo "size: goal NOT met (above ${GOAL_KB} KB gz); below the CI ceilings, so not a failure"
else
  echo "size: ok — within the goal of ${GOAL_KB} KB gz"
fi
