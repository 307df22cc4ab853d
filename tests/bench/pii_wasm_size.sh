#!/usr/bin/env bash
# pii_wasm_size.sh — what the PII guard adds to a wasm build, gzip -9 (budget: ≤ 80 KB, docs/pii.md).
# Builds two tiny wasm programs with Debian's em++ -Os: one calls wams::scan_pii (PII sources + the PII assets:
# assets/pii/*.json and .cache/third_party/pii/*.txt), the other does not; both use nlohmann::json and std::string
# as the real app's core does. Prints both sizes and the difference. Usage: bash tests/bench/pii_wasm_size.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TP="${WAMS_THIRD_PARTY_DIR:-$ROOT/.cache/third_party}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs acorn & co. from here
command -v em++ >/dev/null || { echo "pii_wasm_size: em++ missing (apt-get install emscripten)" >&2; exit 1; }
ls "$TP"/pii/*.txt >/dev/null 2>&1 || { echo "pii_wasm_size: run scripts/setup.d/pii-lists.sh first" >&2; exit 1; }
ln -sfn /usr/include/nlohmann "$WORK/nlohmann"

python3 - "$WORK/assets.cpp" "$ROOT"/assets/pii/*.json "$TP"/pii/*.txt <<'PY'
import os, sys
out, files = sys.argv[1], sys.argv[2:]
src = ["#include <string_view>", "#include <utility>", "#include <vector>", "namespace wams::embedded {"]
table = []
for i, path in enumerate(files):
    data = open(path, "rb").read()
    src.append(f"static const char d{i}[] = {{{','.join(str(b if b < 128 else b - 256) for b in data)},0}};")
    table.append(f'{{"{os.path.basename(path)}", std::string_view(d{i}, {len(data)})}}')
src.append("std::vector<std::pair<std::string_view, std::string_view>> asset_all() { return {" + ",".join(table) + "}; }")
src.append("}")
open(out, "w").write("\n".join(src))
PY
cat >"$WORK/with.cpp" <<'CPP'
#include "wams/pii.hpp"
#include <nlohmann/json.hpp>
#include <cstdio>
extern "C" int run(const char* s) { return int(wams::scan_pii(s).size()) + int(nlohmann::json::parse(s, nullptr, false).size()); }
int main(int argc, char** argv) { std::printf("%d\n", run(argc > 1 ? argv[1] : "Jan de Vries 123456782")); }
CPP
cat >"$WORK/without.cpp" <<'CPP'
#include <nlohmann/json.hpp>
#include <cstdio>
#include <string>
#include <vector>
extern "C" int run(const char* s) { std::vector<std::string> v{s}; return int(v.size()) + int(nlohmann::json::parse(s, nullptr, false).size()); }
int main(int argc, char** argv) { std::printf("%d\n", run(argc > 1 ? argv[1] : "Jan de Vries 123456782")); }
CPP
flags=(-std=c++20 -Os -sFILESYSTEM=0 -I"$ROOT/core/law/include" -I"$ROOT/core/services/include" -I"$WORK")
em++ "${flags[@]}" "$ROOT"/core/services/src/pii*.cpp "$WORK/assets.cpp" "$WORK/with.cpp" -o "$WORK/with.js"
em++ "${flags[@]}" "$WORK/without.cpp" -o "$WORK/without.js"
with=$(gzip -9c "$WORK/with.wasm" | wc -c)
without=$(gzip -9c "$WORK/without.wasm" | wc -c)
lists=$(cat "$ROOT"/assets/pii/*.json "$TP"/pii/*.txt | gzip -9c | wc -c)
echo "wasm gzip -9: with PII guard $with B, without $without B, PII adds $((with - without)) B" \
     "(of which word lists ≈ $lists B gzip); budget 81920 B"
