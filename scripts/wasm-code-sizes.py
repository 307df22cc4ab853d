#!/usr/bin/env python3
"""wasm-code-sizes.py — where the bytes of a wasm module go (issue 7, docs/perf.md "Where the size goes").

Reads a .wasm linked with `--profiling-funcs` (keeps the name section; the code is the same as without it),
prints the size of every section (raw and gzip -9 alone), then attributes code-section bytes to functions
(demangled with llvm-cxxfilt) and groups them by origin (nlohmann::json, libc++ streams/locale, printf, ImGui,
SDL, our core, our app, ...). The data section is split by the embedded-file symbols when present.

  python3 scripts/wasm-code-sizes.py <module.wasm> [--top N] [--group]
"""
import gzip
import re
import subprocess
import sys
from collections import defaultdict

SECTION_NAMES = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}


def leb(buf, pos):
    """Reads an unsigned LEB128 at pos; returns (value, new pos)."""
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def sections(buf):
    """Yields (id, name, payload start, payload end) for every section."""
    pos = 8
    while pos < len(buf):
        sid = buf[pos]
        size, pos = leb(buf, pos + 1)
        start, end = pos, pos + size
        name = SECTION_NAMES.get(sid, str(sid))
        if sid == 0:
            n, p = leb(buf, start)
            name = "custom:" + buf[p:p + n].decode()
        yield sid, name, start, end
        pos = end


def function_names(buf, start, end):
    """Function index → name, from the custom "name" section (subsection 1)."""
    n, p = leb(buf, start)
    p += n
    names = {}
    while p < end:
        sub = buf[p]
        size, p = leb(buf, p + 1)
        sub_end = p + size
        if sub == 1:
            count, q = leb(buf, p)
            for _ in range(count):
                idx, q = leb(buf, q)
                ln, q = leb(buf, q)
                names[idx] = buf[q:q + ln].decode(errors="replace")
                q += ln
        p = sub_end
    return names


def imported_function_count(buf, start, end):
    count, p = leb(buf, start)
    funcs = 0
    for _ in range(count):
        for _ in range(2):
            ln, p = leb(buf, p)
            p += ln
        kind = buf[p]
        p += 1
        if kind == 0:
            _, p = leb(buf, p)
            funcs += 1
        elif kind == 1:
            p += 1
            flags, p = leb(buf, p)
            _, p = leb(buf, p)
            if flags & 1:
                _, p = leb(buf, p)
        elif kind == 2:
            flags, p = leb(buf, p)
            _, p = leb(buf, p)
            if flags & 1:
                _, p = leb(buf, p)
        elif kind == 3:
            p += 2
    return funcs


GROUPS = [  # first match wins; patterns on the demangled name
    ("nlohmann::json", r"nlohmann"),
    ("libc++ streams/locale", r"std::__2::(basic_(i|o)?stream|basic_ios|basic_streambuf|basic_stringbuf|basic_(i|o)?stringstream|basic_filebuf|basic_(i|o)?fstream|locale|ctype|codecvt|num_put|num_get|money|time_|moneypunct|numpunct|collate|messages|__num_|ios_base|__stdinbuf|__stdoutbuf|__time|__money|use_facet|__do_|__check_grouping|__scan_keyword)|ios_base|__cxx_global_var_init.*ios"),
    ("libc++ regex", r"regex|__bracket_expression|__match|__owns_one_state|__node<"),
    ("libc++ std::function/other std", r"^std::|std::__2::"),
    ("libc printf/strtod/fmt", r"^(printf|vfprintf|fmt_fp|printf_core|snprintf|vsnprintf|sprintf|vsprintf|fprintf|pop_arg|fmt_|strtod|strtof|strtold|__floatscan|decfloat|hexfloat|scanexp|__intscan|__shgetc|__shlim|frexp|wcrtomb|__fwritex|out|pad|getint|sscanf|vsscanf|vfscanf|fputs|fwrite)$"),
    ("libc / compiler-rt", r"^(mem|str|__|dl|emscripten_|sbrk|malloc|free|realloc|calloc|aligned_alloc|posix_memalign|abort|fflush|stack|qsort|wcs|mbs|mbr|wc|setlocale|newlocale|freelocale|uselocale|isw|tow|catopen|__lib|sin|cos|tan|pow|exp|log|floor|ceil|fmod|sqrt|atan|acos|asin|scalbn|round|trunc|nan|getenv|sys|emscripten|_emscripten|dynCall|legalstub|vfiprintf|fiprintf|clock|time|gmtime|localtime|mktime|tz)"),
    ("C++ runtime (exceptions, RTTI, new)", r"__cxa|__cxxabiv1|_Unwind|operator new|operator delete|typeinfo|__gxx|std::terminate|__dynamic_cast|std::exception|std::bad_|std::logic_error|std::runtime_error|std::out_of_range|std::invalid_argument|std::length_error"),
    ("ImGui", r"ImGui|^Im[A-Z]|ImStb|stb_|stbtt|stbrp|stbi|ImDraw|ImFont|ImVec|ImPool|ImChunk"),
    ("SDL2", r"^SDL_|^Emscripten_|^SDL|Emscripten"),
    ("our core (wams::)", r"wams::(?!app|ui|consult|screen)"),
    ("our app", r"wams::|consult::|^main$|screen|platform|wams_"),
]


def qualified_name(name):
    """The demangled name without its parameter list (so `wams::f(std::string)` is ours, not libc++'s)."""
    depth = 0
    for i, c in enumerate(name):
        if c == "<":
            depth += 1
        elif c == ">":
            depth -= 1
        elif c == "(" and depth <= 0 and not name[:i].endswith("operator"):
            return name[:i]
    return name


def group_of(name):
    name = qualified_name(name)
    for label, pattern in GROUPS:
        if re.search(pattern, name):
            return label
    return "other"


def demangle(names):
    proc = subprocess.run(["llvm-cxxfilt"], input="\n".join(names), capture_output=True, text=True)
    out = proc.stdout.split("\n")
    return out[:len(names)] if len(out) >= len(names) else names


def main():
    args = sys.argv[1:]
    top = 40
    if "--top" in args:
        i = args.index("--top")
        top = int(args[i + 1])
        del args[i:i + 2]
    path = args[0]
    buf = open(path, "rb").read()
    secs = list(sections(buf))
    print(f"{path}: {len(buf)} B raw, {len(gzip.compress(buf, 9))} B gzip -9")
    print(f"{'section':28} {'raw':>10} {'gzip -9 alone':>14}")
    for sid, name, s, e in secs:
        print(f"{name:28} {e - s:10d} {len(gzip.compress(buf[s:e], 9)):14d}")

    imports = 0
    names = {}
    for sid, name, s, e in secs:
        if sid == 2:
            imports = imported_function_count(buf, s, e)
        if name == "custom:name":
            names = function_names(buf, s, e)
    code = next(((s, e) for sid, _, s, e in secs if sid == 10), None)
    if not code:
        return
    count, p = leb(buf, code[0])
    bodies = []
    for i in range(count):
        size, q = leb(buf, p)
        bodies.append((imports + i, q, q + size))
        p = q + size
    raw_names = [names.get(idx, f"func[{idx}]") for idx, _, _ in bodies]
    pretty = demangle(raw_names)
    rows = [(e - s, pretty[k], buf[s:e]) for k, (idx, s, e) in enumerate(bodies)]

    groups = defaultdict(lambda: [0, 0, b""])
    for size, name, body in rows:
        g = groups[group_of(name)]
        g[0] += size
        g[1] += 1
    # gzip per group: concatenate the group's bodies (an estimate of its share of the gzipped code section)
    chunks = defaultdict(list)
    for size, name, body in rows:
        chunks[group_of(name)].append(body)
    print(f"\ncode section by origin ({count} functions; gz = the group's bodies gzip -9 alone)")
    print(f"{'group':38} {'funcs':>6} {'raw':>9} {'gz':>8}")
    for label, (size, n, _) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
        gz = len(gzip.compress(b"".join(chunks[label]), 9))
        print(f"{label:38} {n:6d} {size:9d} {gz:8d}")

    print(f"\ntop {top} functions by raw code bytes")
    for size, name, _ in sorted(rows, key=lambda r: -r[0])[:top]:
        print(f"{size:8d}  [{group_of(name)}] {name[:150]}")
    if "--group" in args:
        for label in groups:
            print(f"\n== {label}")
            for size, name, _ in sorted((r for r in rows if group_of(r[1]) == label), key=lambda r: -r[0])[:top]:
                print(f"{size:8d}  {name[:160]}")


if __name__ == "__main__":
    main()
