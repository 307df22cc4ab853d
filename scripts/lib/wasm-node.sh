# scripts/lib/wasm-node.sh — sourced by scripts that run a native test tool also as wasm under node (prove-walk.sh,
# generated-cases.sh): em++ (Debian's) over core/src, the embedded assets of a native build and the tool's sources.
#   wasm_node_build OUT_JS WASM_DIR TOOL_DIR NATIVE_DIR JOBS TOOL_SOURCES...
# Objects are cached in WASM_DIR/obj and rebuilt only when their source or a header is newer.
wasm_node_build() {
  local out_js="$1" wasm="$2" tool_dir="$3" native="$4" jobs="$5"; shift 5
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  mkdir -p "$wasm/obj" "$wasm/include"
  ln -sfn /usr/include/nlohmann "$wasm/include/nlohmann"   # never -I/usr/include for wasm (TOOLCHAIN.md)
  export NODE_PATH=/usr/share/nodejs                        # Debian's emcc needs acorn from here (TOOLCHAIN.md)
  local flags=(-std=c++20 -O2 -fexceptions -I"$root/core/include" -I"$tool_dir" -isystem "$wasm/include")
  local sources=("$root"/core/src/*.cpp "$native/core/embedded_assets.cpp" "$@")
  echo "== wasm build ($wasm, em++ $(em++ --version | head -1 | sed 's/.*) //'))"
  compile_one() {  # one translation unit, only when it or a header is newer than its object
    local src="$1" obj
    obj="$WASM/obj/$(echo "$src" | md5sum | cut -c1-8)-$(basename "$src" .cpp).o"
    if [[ ! -f "$obj" || "$src" -nt "$obj" ||
          -n "$(find "$ROOT/core/include" "$TOOL_DIR" -name '*.hpp' -newer "$obj" | head -1)" ]]; then
      em++ $WAMS_EMXX_FLAGS -c "$src" -o "$obj"
    fi
  }
  export -f compile_one
  export WASM="$wasm" ROOT="$root" TOOL_DIR="$tool_dir" WAMS_EMXX_FLAGS="${flags[*]}"   # paths without spaces
  printf '%s\n' "${sources[@]}" | xargs -P "$jobs" -I{} bash -c 'compile_one "$1"' _ {}
  local objs=() src
  for src in "${sources[@]}"; do objs+=("$wasm/obj/$(echo "$src" | md5sum | cut -c1-8)-$(basename "$src" .cpp).o"); done
  em++ -O2 -fexceptions "${objs[@]}" -o "$out_js" -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 -sENVIRONMENT=node
}
