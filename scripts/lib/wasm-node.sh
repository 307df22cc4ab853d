# scripts/lib/wasm-node.sh — sourced by scripts that run a native test tool also as wasm under node (prove-walk.sh,
# generated-cases.sh): em++ (Debian's) over core/*/src (the four layers), the native build's generated sources (embedded assets,
# vocabulary table) and the tool's sources.
#   wasm_node_build OUT_JS WASM_DIR TOOL_DIR NATIVE_DIR JOBS TOOL_SOURCES...
# Objects are cached in WASM_DIR/obj and rebuilt only when their source or a header is newer.
wasm_node_build() {
  local out_js="$1" wasm="$2" tool_dir="$3" native="$4" jobs="$5"; shift 5
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  mkdir -p "$wasm/obj" "$wasm/include"
  ln -sfn /usr/include/nlohmann "$wasm/include/nlohmann"   # never -I/usr/include for wasm (TOOLCHAIN.md)
  export NODE_PATH=/usr/share/nodejs                        # Debian's emcc needs acorn from here (TOOLCHAIN.md)
  local layer flags=(-std=c++20 -O2 -fexceptions -I"$tool_dir" -I"$native/core/generated" -isystem "$wasm/include")
  for layer in law io viewmodel services; do flags+=(-I"$root/core/$layer/include"); done
  flags+=(-I"$root/core/io/src")   # viewmodel's ui_model.cpp includes io's private validate_internal.hpp
  local sources=("$root"/core/{law,io,viewmodel,services}/src/*.cpp "$native"/core/embedded_*_assets.cpp
                 "$native/core/generated/vocabulary_data.cpp" "$@")
  echo "== wasm build ($wasm, em++ $(em++ --version | head -1 | sed 's/.*) //'))"
  compile_one() {  # one translation unit, only when it or a header is newer than its object
    local src="$1" obj
    obj="$WASM/obj/$(echo "$src" | md5sum | cut -c1-8)-$(basename "$src" .cpp).o"
    if [[ ! -f "$obj" || "$src" -nt "$obj" ||
          -n "$(find "$ROOT/core" "$TOOL_DIR" -name '*.hpp' -newer "$obj" | head -1)" ]]; then
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
