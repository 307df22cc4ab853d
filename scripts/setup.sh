#!/usr/bin/env bash
# setup.sh — everything a fresh Debian bookworm machine needs to build and test Wams Wegwijzer.
# Idempotent and quiet when all is present; stops with the package and the failing command otherwise.
# Only Debian's archive (apt) and the npm registry are used. Nothing third-party is committed: all of it lands
# in the ignored cache .cache/third_party/ (and web/node_modules/).
#
# [SECTION] Package list (others add their apt packages here)
# [SECTION] Helpers
# [SECTION] 1. apt packages
# [SECTION] 2. Debian sources: Dear ImGui (trixie) and SDL2 (bookworm) through a private source list
# [SECTION] 3. SDL2 for wasm (static, emcmake) into .cache/third_party/sdl2-wasm and sdl2-wasm-wams
# [SECTION] 4. nlohmann-only include dir for the wasm build
# [SECTION] 5. UI font (Latin-1 + Latin Extended-A subset of DejaVu Sans)
# [SECTION] 6. npm dev dependencies (playwright-core, lockfile, npm ci)
# [SECTION] 7. setup.d/*.sh parts of other engineers
set -euo pipefail

# ---- [SECTION] Package list (others add their apt packages here) -----------------------------------------------
WAMS_APT_PACKAGES="
  build-essential cmake make pkg-config git xz-utils dpkg-dev ca-certificates
  emscripten libsdl2-dev libgl-dev libgl1-mesa-dri nlohmann-json3-dev catch2
  chromium xvfb xauth xdotool imagemagick
  fonts-dejavu-core python3 python3-fonttools
  python3-stdnum clang libclang-rt-14-dev clang-14 libbenchmark-dev
  wdutch hunspell-nl
"
# Debian source packages fetched (suite chosen per package; versions recorded in the cache).
WAMS_IMGUI_SUITE="trixie"     # Dear ImGui 1.90.1 (bookworm's 1.86 lacks the input queue)
WAMS_SDL2_SUITE="bookworm"    # SDL2 2.26.5, the same version libsdl2-dev gives the native build

WAMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WAMS_THIRD_PARTY_DIR="${WAMS_THIRD_PARTY_DIR:-$WAMS_ROOT/.cache/third_party}"
export WAMS_ROOT WAMS_THIRD_PARTY_DIR
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs acorn & co. from here (TOOLCHAIN.md pitfall 1)
TP="$WAMS_THIRD_PARTY_DIR"
LOG_DIR="$WAMS_ROOT/.cache/logs"
mkdir -p "$TP" "$LOG_DIR"

# ---- [SECTION] Helpers -----------------------------------------------------------------------------------------
say() { echo "setup: $*" >&2; }
die() { echo "setup: FAILED — $*" >&2; exit 1; }
# run_logged <what (package/step)> <log name> <command...>: runs quietly; on failure shows the log tail and stops.
run_logged() {
  local what="$1" log="$LOG_DIR/$2.log"; shift 2
  if ! "$@" >"$log" 2>&1; then
    tail -n 25 "$log" >&2 || true
    die "$what: command failed: $* (full log: $log)"
  fi
}
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
APT_OPTS=(-y -q -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)

# ---- [SECTION] 1. apt packages ---------------------------------------------------------------------------------
missing=()
for p in $WAMS_APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js + npm: any install is fine (the machine image may carry its own); Debian's otherwise.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm  >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing apt packages: ${missing[*]}"
  run_logged "apt index" apt-update $SUDO apt-get update -q -o DPkg::Lock::Timeout=600
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install "${APT_OPTS[@]}" --no-install-recommends "${missing[@]}" \
       >"$LOG_DIR/apt-install.log" 2>&1; then
    # Name the culprit: retry one by one.
    for p in "${missing[@]}"; do
      run_logged "package $p" "apt-install-$p" env DEBIAN_FRONTEND=noninteractive $SUDO apt-get install "${APT_OPTS[@]}" --no-install-recommends "$p"
    done
  fi
fi

# ---- [SECTION] 2. Debian sources: Dear ImGui (trixie) and SDL2 (bookworm) through a private source list ---------
# The machine's apt configuration is never touched: a private source list, state and cache under .cache/apt-src.
APT_SRC="$WAMS_ROOT/.cache/apt-src"
mirror_uri() {
  # The first Debian (non-security) mirror URI from the machine's own sources (deb822 or one-line format).
  local f uri
  for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    uri=$(sed -n -e 's/^URIs:[[:space:]]*//p' -e 's/^deb\(-src\)\?[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]\+\)[[:space:]].*/\3/p' "$f" |
          tr ' ' '\n' | grep -E '/debian/?$' | grep -v security | head -n1 || true)
    if [ -n "$uri" ]; then echo "${uri%/}"; return 0; fi
  done
  return 1
}
apt_src() { # apt-get with the private source list
  apt-get -o Dir::Etc::SourceList="$APT_SRC/sources.list" -o Dir::Etc::SourceParts=/dev/null \
          -o Dir::State::Lists="$APT_SRC/lists" -o Dir::Cache="$APT_SRC/cache" \
          -o APT::Sandbox::User=root -o Acquire::Retries=3 "$@"
}
apt_src_ready=0
prepare_apt_src() {
  [ "$apt_src_ready" = 1 ] && return 0
  local uri
  uri=$(mirror_uri) || die "apt sources: no Debian mirror URI found in /etc/apt/sources.list(.d) — cannot fetch sources"
  mkdir -p "$APT_SRC/lists/partial" "$APT_SRC/cache/archives/partial"
  {
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $WAMS_SDL2_SUITE main"
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $WAMS_IMGUI_SUITE main"
  } >"$APT_SRC/sources.list"
  say "reading Debian source index ($uri: $WAMS_SDL2_SUITE, $WAMS_IMGUI_SUITE)"
  run_logged "apt source index" apt-src-update apt_src update
  apt_src_ready=1
}
# fetch_source <package> <suite> <dest dir name>: apt-get source into $TP/src/<dest>, recording the version.
fetch_source() {
  local pkg="$1" suite="$2" dest="$TP/src/$3"
  [ -f "$dest/.wams-fetched" ] && return 0
  prepare_apt_src
  say "fetching Debian source package $pkg/$suite"
  local work="$TP/src/.fetch-$3"
  rm -rf "$work" "$dest"; mkdir -p "$work"
  (cd "$work" && run_logged "source package $pkg ($suite)" "source-$pkg" apt_src source "$pkg/$suite") || exit 1
  local tree
  tree=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n1)
  [ -n "$tree" ] || die "source package $pkg: apt-get source produced no tree"
  mv "$tree" "$dest"
  basename "$tree" >"$dest/.wams-fetched"
  rm -rf "$work"
}
fetch_source imgui  "$WAMS_IMGUI_SUITE" imgui
fetch_source libsdl2 "$WAMS_SDL2_SUITE" sdl2
# 7-Zip's LZMA decoder (C/LzmaDec.c, public domain): the embedded assets are stored LZMA-packed (cmake/embed_pack.py).
fetch_source 7zip "$WAMS_SDL2_SUITE" 7zip
[ -f "$TP/src/imgui/imgui.cpp" ] || die "source package imgui: imgui.cpp missing in $TP/src/imgui"
[ -f "$TP/src/imgui/backends/imgui_impl_sdl2.cpp" ] || die "source package imgui: backends/imgui_impl_sdl2.cpp missing"
[ -f "$TP/src/7zip/C/LzmaDec.c" ] || die "source package 7zip: C/LzmaDec.c missing in $TP/src/7zip"

# ---- [SECTION] 3. SDL2 for wasm (static, emcmake) into .cache/third_party/sdl2-wasm and sdl2-wasm-wams ----------
SDL_PREFIX="$TP/sdl2-wasm"
# Only what the page uses (issue 18 §3, docs/perf.md "SDL2 built lean"): video, events, timers, GLES. Off: audio,
# joystick/haptic/HIDAPI/sensor (ImGui's gamepad calls get SDL's stubs), power, locale, misc, filesystem, RWops, the
# SDL_Renderer, the dummy/offscreen video drivers. SDL_LEAN_AND_MEAN drops the software blitters, RLE and YUV: the
# page draws with WebGL and only asks for system cursors, so no surface is ever blitted. -Os, and -flto so the page's
# link-time optimisation sees SDL too. The bare page of the size check links this build (sdl2-wasm); the page
# links the same with the patches below (sdl2-wasm-wams).
SDL_WASM_OPTS=(-DCMAKE_BUILD_TYPE=MinSizeRel "-DCMAKE_C_FLAGS=-flto -DSDL_LEAN_AND_MEAN=1"
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF
  -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF
  -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF -DSDL_FILE=OFF -DSDL_RENDER=OFF
  -DSDL_DUMMYVIDEO=OFF -DSDL_OFFSCREEN=OFF -DSDL_DISKAUDIO=OFF -DSDL_DUMMYAUDIO=OFF -DSDL_OPENGL=OFF)
# The page's own SDL2 (sdl2-wasm-wams) is the same build of a copy with the lines below replaced (issue 18 §3,
# docs/perf.md "SDL2 without gestures, framebuffer or image cursors"); the bare page keeps Debian's source
# (sdl2-wasm). Each entry: file, the whole line replaced, its replacement. A line not found stops the set-up.
# - gestures: SDL's $1 gesture recogniser ran on every event (and linked double sin, cos and atan2); the page reads
#   touches as ImGui's mouse and never asks for gestures;
# - the software framebuffer (SDL_GetWindowSurface) and image cursors (SDL_CreateColorCursor): the page draws with
#   WebGL and sets only system cursors; with them went SDL's surface, blit and pixel-format code.
SDL_WAMS_PATCHES=(
  "src/events/SDL_events.c"  "    SDL_GestureProcessEvent(event);"  "    /* Wams Wegwijzer: no gestures */"
  "src/events/SDL_touch.c"   "    SDL_GestureAddTouch(touchID);"     "    /* Wams Wegwijzer: no gestures */"
  "src/events/SDL_touch.c"   "    SDL_GestureDelTouch(id);"          "    /* Wams Wegwijzer: no gestures */"
  "src/events/SDL_touch.c"   "    SDL_GestureQuit();"                "    /* Wams Wegwijzer: no gestures */"
  "src/video/emscripten/SDL_emscriptenvideo.c"
  "    device->CreateWindowFramebuffer = Emscripten_CreateWindowFramebuffer;"
  "    /* Wams Wegwijzer: no framebuffer */"
  "src/video/emscripten/SDL_emscriptenvideo.c"
  "    device->UpdateWindowFramebuffer = Emscripten_UpdateWindowFramebuffer;"
  "    /* Wams Wegwijzer: no framebuffer */"
  "src/video/emscripten/SDL_emscriptenvideo.c"
  "    device->DestroyWindowFramebuffer = Emscripten_DestroyWindowFramebuffer;"
  "    /* Wams Wegwijzer: no framebuffer */"
  "src/video/emscripten/SDL_emscriptenmouse.c"
  "    mouse->CreateCursor         = Emscripten_CreateCursor;"  "    /* Wams Wegwijzer: no image cursors */"
)
# build_sdl2_wasm <prefix> <stamp> [patched]: SDL2 for wasm into <prefix>, unless its stamp says it is there.
build_sdl2_wasm() {
  local prefix="$1" stamp="$2" patched="${3:-}" src="$TP/src/sdl2" name
  name="$(basename "$prefix")"
  [ -f "$prefix/.wams-built" ] && [ "$(cat "$prefix/.wams-built")" = "$stamp" ] && return 0
  # SDL2's ≈320 configure checks (one emcc run each, ≈ 3 min serial) are loaded from cmake/sdl2-wasm-checks.cmake
  # when that file was measured with this emcc and this SDL2 source (scripts/sdl2-wasm-seed.sh); else SDL2 runs them.
  local seed=() seed_file="$WAMS_ROOT/cmake/sdl2-wasm-checks.cmake"
  source "$WAMS_ROOT/scripts/lib/sdl2-wasm-key.sh"
  if [ -f "$seed_file" ] && grep -qxF "# key: $(sdl2_wasm_key "$TP/src/sdl2")" "$seed_file"; then
    seed=(-C "$seed_file")
    say "building SDL2 for wasm ($name; configure checks from ${seed_file#"$WAMS_ROOT"/}; ≈1 min once)"
  else
    say "building SDL2 for wasm ($name; ≈4 min once: no configure-check seed for this emcc/SDL2)"
  fi
  rm -rf "$TP/build/$name" "$TP/build/$name-src" "$prefix"
  if [ -n "$patched" ]; then
    mkdir -p "$TP/build"
    cp -a "$src" "$TP/build/$name-src"
    src="$TP/build/$name-src"
    local i
    for ((i = 0; i < ${#SDL_WAMS_PATCHES[@]}; i += 3)); do
      python3 - "$src/${SDL_WAMS_PATCHES[i]}" "${SDL_WAMS_PATCHES[i+1]}" "${SDL_WAMS_PATCHES[i+2]}" <<'PY' ||
import sys
path, line, replacement = sys.argv[1:]
text = open(path, encoding="utf-8").read()
lines = text.split("\n")
if lines.count(line) != 1:
    sys.exit(1)
lines[lines.index(line)] = replacement
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
        die "SDL2 patch: the line '${SDL_WAMS_PATCHES[i+1]}' is not once in ${SDL_WAMS_PATCHES[i]} (a new SDL2?)"
    done
  fi
  run_logged "SDL2 wasm configure ($name)" "$name-configure" emcmake cmake "${seed[@]}" -S "$src" -B "$TP/build/$name" \
    -DCMAKE_INSTALL_PREFIX="$prefix" "${SDL_WASM_OPTS[@]}"
  run_logged "SDL2 wasm build ($name)" "$name-build" cmake --build "$TP/build/$name" -j2
  run_logged "SDL2 wasm install ($name)" "$name-install" cmake --install "$TP/build/$name"
  printf '%s' "$stamp" > "$prefix/.wams-built"
  rm -rf "$TP/build/$name" "$TP/build/$name-src"
}
SDL_WASM_STAMP="$(cat "$TP/src/sdl2/.wams-fetched") ${SDL_WASM_OPTS[*]}"
build_sdl2_wasm "$SDL_PREFIX" "$SDL_WASM_STAMP"
build_sdl2_wasm "$TP/sdl2-wasm-wams" "$SDL_WASM_STAMP patches: ${SDL_WAMS_PATCHES[*]}" patched

# ---- [SECTION] 4. nlohmann-only include dir for the wasm build ---------------------------------------------------
# Never -I/usr/include in a wasm build (host libc headers would shadow Emscripten's): expose nlohmann alone.
[ -d /usr/include/nlohmann ] || die "package nlohmann-json3-dev: /usr/include/nlohmann missing"
mkdir -p "$TP/nlohmann-include"
[ -L "$TP/nlohmann-include/nlohmann" ] || ln -sfn /usr/include/nlohmann "$TP/nlohmann-include/nlohmann"

# ---- [SECTION] 5. UI font (Latin-1 + Latin Extended-A subset of DejaVu Sans) ------------------------------------
# Dutch diacritics (é ë ï ö ü ...) need Latin-1 + Latin Extended-A; the subset keeps the wasm small. The code points
# are those of the app's glyph ranges (shell/app/app.cpp kGlyphRanges); a change of the list makes the subset again.
FONT_SRC=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
FONT_OUT="$TP/fonts/ui_font.ttf"
FONT_UNICODES="U+0020-007E,U+00A0-017F,U+2013-2014,U+2018-201E,U+2022,U+2026,U+20AC,U+2190-2193,U+2248,U+2264-2265,U+2713,U+2717"
# Only what ImGui's stb_truetype reads: outlines, metrics and the character map. No OpenType layout (ImGui 1.90 applies
# neither kerning nor ligatures; the layout tables also pulled ligatures and alternates into the subset that no code
# point reaches), no MATH table, no hinting (stb_truetype ignores it), no names: 35.7 → 20.9 KB (docs/perf.md).
FONT_OPTS="--layout-features= --no-hinting --drop-tables+=MATH,GDEF,GPOS,GSUB --name-IDs="
if [ ! -f "$FONT_OUT" ] || [ "$(cat "$FONT_OUT.unicodes" 2>/dev/null)" != "$FONT_UNICODES $FONT_OPTS" ]; then
  [ -f "$FONT_SRC" ] || die "package fonts-dejavu-core: $FONT_SRC missing"
  mkdir -p "$TP/fonts"
  # shellcheck disable=SC2086 # FONT_OPTS is a list of options
  run_logged "font subset (python3-fonttools)" font-subset /usr/bin/python3 -m fontTools.subset "$FONT_SRC" \
    --unicodes="$FONT_UNICODES" $FONT_OPTS --output-file="$FONT_OUT.tmp"
  mv "$FONT_OUT.tmp" "$FONT_OUT"
  printf '%s' "$FONT_UNICODES $FONT_OPTS" > "$FONT_OUT.unicodes"
  cp /usr/share/doc/fonts-dejavu-core/copyright "$TP/fonts/LICENSE.dejavu" 2>/dev/null || true
fi

# ---- [SECTION] 6. npm dev dependencies (playwright-core, lockfile, npm ci) --------------------------------------
# Never a browser download: tests drive Debian's /usr/bin/chromium.
LOCK="$WAMS_ROOT/web/package-lock.json"
STAMP="$WAMS_ROOT/web/node_modules/.wams-lock.sha256"
if [ ! -f "$STAMP" ] || [ "$(sha256sum <"$LOCK")" != "$(cat "$STAMP")" ]; then
  say "installing npm dev dependencies (npm ci in web/)"
  (cd "$WAMS_ROOT/web" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 run_logged "npm package playwright-core" npm-ci \
     npm ci --no-audit --no-fund --ignore-scripts) || exit 1
  sha256sum <"$LOCK" >"$STAMP"
fi

# ---- [SECTION] 7. setup.d/*.sh parts of other engineers ---------------------------------------------------------
# Each part is idempotent and quiet when done; it sees WAMS_ROOT and WAMS_THIRD_PARTY_DIR.
for part in "$WAMS_ROOT"/scripts/setup.d/*.sh; do
  [ -e "$part" ] || continue
  bash "$part" || die "set-up part $(basename "$part"): command failed: bash $part"
done
