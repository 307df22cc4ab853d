#!/usr/bin/env python3
"""check_layers.py — core/ is four layers, each may include only itself and the layers below it (docs/core.md):

    law  ←  io  ←  viewmodel  ←  services

Every `#include` in core/<layer>/{src,include}/ is mapped to the layer that holds the file; the check fails on
  - an include of a higher layer (against the direction),
  - <nlohmann/…> in law (the law reads no JSON),
  - a quoted include that no layer holds (so a new header cannot slip past the map),
  - a source or header in core/ outside the four layer folders.

  check_layers.py [CORE_DIR]   check a tree (default: the core/ beside tests/); exit 1 and list every violation
  check_layers.py --self-test  build bad trees in a temporary folder and show that each one fails (and a good one passes)
"""
import pathlib
import re
import sys
import tempfile

LAYERS = ["law", "io", "viewmodel", "services"]
GENERATED = {"wams/vocabulary_enums.hpp": "law"}  # written by cmake/vocabulary_gen.py for wams_law
FORBIDDEN = {"law": [re.compile(r"^nlohmann/")]}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
SOURCE_SUFFIXES = {".cpp", ".hpp", ".h", ".cc"}


def layer_files(core):
    """{layer: [paths]} of every source and header inside the layer folders."""
    return {layer: sorted(p for p in (core / layer).rglob("*") if p.suffix in SOURCE_SUFFIXES)
            for layer in LAYERS}


def owner(core, includer, name):
    """The layer holding a quoted include, or None: <layer>/include/<name>, the generated headers, a private
    header beside the includer, or a private header in some layer's src/."""
    for layer in LAYERS:
        if (core / layer / "include" / name).is_file():
            return layer
    if name in GENERATED:
        return GENERATED[name]
    beside = (includer.parent / name).resolve()
    for layer in LAYERS:
        root = (core / layer).resolve()
        if beside.is_file() and root in beside.parents:
            return layer
        if (core / layer / "src" / name).is_file():
            return layer
    return None


def violations(core):
    core = pathlib.Path(core)
    out = []
    files = layer_files(core)
    inside = {p.resolve() for ps in files.values() for p in ps}
    for p in sorted(core.rglob("*")):
        if p.suffix in SOURCE_SUFFIXES and p.resolve() not in inside:
            out.append(f"{p.relative_to(core)}: not in a layer folder ({', '.join(LAYERS)})")
    for layer, paths in files.items():
        rank = LAYERS.index(layer)
        for p in paths:
            rel = p.relative_to(core)
            for m in INCLUDE.finditer(p.read_text(encoding="utf-8")):
                kind, name = m.group(1), m.group(2)
                if kind == "<":
                    if any(rx.search(name) for rx in FORBIDDEN.get(layer, [])):
                        out.append(f"{rel}: <{name}> is not allowed in {layer}")
                    continue
                target = owner(core, p, name)
                if target is None:
                    out.append(f'{rel}: "{name}" is in no layer')
                elif LAYERS.index(target) > rank:
                    out.append(f'{rel}: "{name}" is {target}, above {layer} (allowed: {" ← ".join(LAYERS[:rank + 1])})')
    return out


def write(root, files):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def self_test():
    good = {
        "law/include/wams/facts.hpp": "#pragma once\n#include <string>\n#include \"wams/vocabulary_enums.hpp\"\n",
        "law/src/facts.cpp": '#include "wams/facts.hpp"\n',
        "io/include/wams/facts_json.hpp": '#pragma once\n#include "wams/facts.hpp"\n#include <nlohmann/json.hpp>\n',
        "io/src/internal.hpp": "#pragma once\n",
        "io/src/facts_json.cpp": '#include "wams/facts_json.hpp"\n#include "internal.hpp"\n',
        "viewmodel/src/screen.cpp": '#include "wams/facts_json.hpp"\n',
        "services/src/guard.cpp": '#include "wams/facts.hpp"\n#include "wams/facts_json.hpp"\n',
    }
    bad = {  # each: (extra files, words the report must contain)
        "upward include": ({"law/src/walk.cpp": '#include "wams/facts_json.hpp"\n'}, "is io, above law"),
        "upward from a header": ({"io/include/wams/x.hpp": '#include "wams/screen.hpp"\n',
                                  "viewmodel/include/wams/screen.hpp": "#pragma once\n"}, "is viewmodel, above io"),
        "nlohmann in law": ({"law/src/parse.cpp": "#include <nlohmann/json.hpp>\n"}, "<nlohmann/json.hpp> is not allowed in law"),
        "private header of a higher layer": ({"law/src/peek.cpp": '#include "internal.hpp"\n'}, "is io, above law"),
        "unknown header": ({"io/src/y.cpp": '#include "wams/nowhere.hpp"\n'}, "is in no layer"),
        "file outside the layers": ({"src/old.cpp": "int x;\n"}, "not in a layer folder"),
    }
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp) / "good"
        write(root, good)
        if violations(root):
            failures.append(f"good tree reported: {violations(root)}")
        for name, (extra, expected) in bad.items():
            root = pathlib.Path(tmp) / name.replace(" ", "_")
            write(root, {**good, **extra})
            found = violations(root)
            if len(found) != 1 or expected not in found[0]:
                failures.append(f"{name}: expected one violation containing {expected!r}, got {found}")
    for f in failures:
        print("SELF-TEST FAILED:", f)
    print(f"self-test: 1 good tree, {len(bad)} bad trees, {len(failures)} failures")
    return 1 if failures else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    core = pathlib.Path(argv[1]) if len(argv) > 1 else pathlib.Path(__file__).resolve().parents[2] / "core"
    found = violations(core)
    counted = {layer: len(ps) for layer, ps in layer_files(core).items()}
    found += [f"layer {k}: no source files under {core} (wrong path?)" for k, n in counted.items() if n == 0]
    for v in found:
        print("LAYER VIOLATION:", v)
    print("files per layer:", ", ".join(f"{k} {v}" for k, v in counted.items()), f"— {len(found)} violations")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
