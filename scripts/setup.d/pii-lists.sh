#!/usr/bin/env bash
# pii-lists.sh — derive the PII guard's name lists from packages (never committed) into .cache/third_party/pii/.
# Idempotent, runnable on its own (bash scripts/setup.d/pii-lists.sh) and called by scripts/setup.sh.
# Sources (docs/pii.md says more):
#   npm  @zxcvbn-ts/language-nl-be (MIT)   → first names (boys + girls) and surnames
#   apt  wdutch /usr/share/dict/dutch (OpenTaal, BSD or CC BY 3.0) and wamerican /usr/share/dict/american-english
#        (SCOWL, permissive) → which of those names are also common (Dutch or English) words
# Outputs (embedded by core/CMakeLists.txt as wams::embedded::asset_<stem>(); re-run cmake after a change):
#   pii_first_names.txt  pii_surnames.txt  pii_name_words.txt   (one lower-case entry a line, '#' = comment)
set -euo pipefail

ROOT="${WAMS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
TP="${WAMS_THIRD_PARTY_DIR:-$ROOT/.cache/third_party}"
OUT="$TP/pii"
NPM_DIR="$ROOT/.cache/npm-pii"
PKG="@zxcvbn-ts/language-nl-be"
PKG_VERSION="3.0.2"
DICT=/usr/share/dict/dutch
DICT_EN=/usr/share/dict/american-english
# Size budget (docs/pii.md): at most this many surnames, taken in the package's frequency order.
MAX_SURNAMES=9000
STAMP_TEXT="$PKG@$PKG_VERSION max_surnames=$MAX_SURNAMES $(sha256sum <"${BASH_SOURCE[0]}" | cut -c1-16)"

say() { echo "setup (pii-lists): $*" >&2; }
die() { echo "setup (pii-lists): FAILED — $*" >&2; exit 1; }

if [ -f "$OUT/.stamp" ] && [ "$(cat "$OUT/.stamp")" = "$STAMP_TEXT" ] &&
   [ -s "$OUT/pii_first_names.txt" ] && [ -s "$OUT/pii_surnames.txt" ] && [ -s "$OUT/pii_name_words.txt" ]; then
  exit 0
fi

install_dict() { # <file> <package>
  [ -r "$1" ] && return 0
  say "installing $2 (word list $1)"
  local SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q -o DPkg::Lock::Timeout=600 "$2" >/dev/null ||
    die "package $2: apt-get install $2 failed"
}
install_dict "$DICT" wdutch
install_dict "$DICT_EN" wamerican
command -v npm >/dev/null 2>&1 || die "npm not found (scripts/setup.sh installs it)"
command -v python3 >/dev/null 2>&1 || die "python3 not found"

SRC="$NPM_DIR/node_modules/$PKG/src"
if [ ! -f "$SRC/lastnames.json" ] || ! grep -q "\"version\": \"$PKG_VERSION\"" "$NPM_DIR/node_modules/$PKG/package.json"; then
  say "installing npm package $PKG@$PKG_VERSION into .cache/npm-pii"
  mkdir -p "$NPM_DIR"
  [ -f "$NPM_DIR/package.json" ] || echo '{"name":"wams-pii-lists","private":true}' >"$NPM_DIR/package.json"
  npm install --prefix "$NPM_DIR" --no-audit --no-fund --ignore-scripts --no-save "$PKG@$PKG_VERSION" \
      >"$NPM_DIR/npm-install.log" 2>&1 || { tail -n 20 "$NPM_DIR/npm-install.log" >&2; die "npm package $PKG@$PKG_VERSION: npm install failed"; }
fi
[ -f "$SRC/lastnames.json" ] || die "npm package $PKG: $SRC/lastnames.json missing"

mkdir -p "$OUT"
python3 - "$SRC" "$DICT" "$OUT" "$MAX_SURNAMES" "$PKG@$PKG_VERSION" "$DICT_EN" <<'PY'
import json, os, sys
src, dict_path, out, max_surnames, pkg, dict_en = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]
def load(name):
    with open(os.path.join(src, name + ".json"), encoding="utf-8") as f:
        return [s.strip().lower() for s in json.load(f) if s.strip()]
def unique(seq):
    seen, res = set(), []
    for s in seq:
        if s not in seen:
            seen.add(s); res.append(s)
    return res
first = unique(load("boysFirstnames") + load("girlsFirstnames"))
surnames = unique(load("lastnames"))[:max_surnames]
# Lower-case entries of the Dutch word list are ordinary words; capitalised ones are proper nouns.
words = set()
for path in (dict_path, dict_en):
    with open(path, encoding="utf-8") as f:
        words |= {w.strip() for w in f if w.strip() and not w[0].isupper() and "'" not in w}
def tail(name):  # "van den berg" -> "berg": the capitalised part a reader sees
    return name.split(" ")[-1]
collide = sorted({tail(n) for n in first + surnames if tail(n) in words})
def write(fname, header, items):
    tmp = os.path.join(out, fname + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        for s in sorted(items):
            f.write(s + "\n")
    os.replace(tmp, os.path.join(out, fname))
write("pii_first_names.txt", f"first names from npm {pkg} (MIT), boys+girls", first)
write("pii_surnames.txt", f"surnames from npm {pkg} (MIT), {len(surnames)} most frequent", surnames)
write("pii_name_words.txt", "names that are also lower-case words in wdutch (OpenTaal, BSD/CC BY 3.0) or wamerican (SCOWL)", collide)
print(f"setup (pii-lists): {len(first)} first names, {len(surnames)} surnames, {len(collide)} name-words", file=sys.stderr)
PY
echo "$STAMP_TEXT" >"$OUT/.stamp"
