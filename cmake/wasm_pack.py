#!/usr/bin/env python3
"""wasm_pack.py <in.wasm> <out.lzma> — the app's wasm as the page downloads it (issue 18 §3, docs/perf.md "The wasm
sent as LZMA"): the .lzma format of LZMA Utils (5 property bytes, the unpacked size as 8 bytes little-endian, the raw
LZMA1 stream), so `xz -dc wams.wasm.lzma` gives the wasm back. Python's lzma module, preset 9e, lc 3 lp 0 pb 0, a
2 MiB dictionary: 609 → 514 KB against gzip -9 of the same wasm. web/js/unlzma.js unpacks it with 7-Zip's LzmaDec
(web/unlzma/unlzma.c). The stream is checked here by unpacking it again; a wrong stream fails the build, not the page.
"""
import lzma
import os
import sys

FILTER = {"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, "lc": 3, "lp": 0, "pb": 0,
          "dict_size": 1 << 21}


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    data = open(argv[1], "rb").read()
    if data[:4] != b"\0asm":
        sys.exit(f"wasm_pack.py: {argv[1]} is not a wasm module")
    props = bytes([(FILTER["pb"] * 5 + FILTER["lp"]) * 9 + FILTER["lc"]]) + FILTER["dict_size"].to_bytes(4, "little")
    stream = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[FILTER])
    if lzma.decompress(stream, format=lzma.FORMAT_RAW, filters=[FILTER])[:len(data)] != data:
        sys.exit("wasm_pack.py: the LZMA stream does not unpack to the wasm")
    with open(argv[2] + ".tmp", "wb") as f:
        f.write(props + len(data).to_bytes(8, "little") + stream)
    os.replace(argv[2] + ".tmp", argv[2])


if __name__ == "__main__":
    main(sys.argv)
