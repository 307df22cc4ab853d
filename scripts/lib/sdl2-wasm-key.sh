# sdl2-wasm-key.sh — sourced: sdl2_wasm_key SDL_SRC prints what SDL2's wasm configure-check results depend on
# (the emcc version and the fetched SDL2 source version), the key of cmake/sdl2-wasm-checks.cmake.
sdl2_wasm_key() {
  local emcc_version
  emcc_version="$(emcc --version 2>/dev/null | head -n 1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1)"
  echo "emcc ${emcc_version:-unknown}; $(cat "$1/.wams-fetched" 2>/dev/null || echo 'sdl2 unknown')"
}
