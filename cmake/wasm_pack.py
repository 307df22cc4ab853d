#!/usr/bin/env python3
"""wasm_pack.py <in.wasm> <out.lzma2> — the app's wasm as the page downloads it (issue 18 §3, docs/perf.md "The wasm
sent as LZMA"): one byte of LZMA2 dictionary property, the unpacked size as 8 bytes little-endian, then the raw LZMA2
stream (Python's lzma module, preset 9e, lc 3 lp 0 pb 0, a 2 MiB dictionary): 609 → 512 KB against gzip -9 of the
same wasm. LZMA2 rather than LZMA1 because it stores the chunks that do not compress (the embedded data inside the
wasm is LZMA already): the same size, and the page copies those bytes instead of decoding them. `tail -c +10 FILE |
xz --format=raw --lzma2=dict=2MiB -dc` gives the wasm back. web/js/unlzma.js unpacks it with 7-Zip's Lzma2Dec
(web/unlzma/unlzma.c). The stream is checked here by unpacking it again; a wrong stream fails the build, not the page.
"""
import lzma
import os
import sys

FILTER = {"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "lc": 3, "lp": 0, "pb": 0,
          "dict_size": 1 << 21}
DICT_PROP = 18  # LZMA2's dictionary byte: (2 | (p & 1)) << (p // 2 + 11) = 2 MiB


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    data = open(argv[1], "rb").read()
    if data[:4] != b"\0asm":
        sys.exit(f"wasm_pack.py: {argv[1]} is not a wasm module")
    assert (2 | (DICT_PROP & 1)) << (DICT_PROP // 2 + 11) == FILTER["dict_size"]
    stream = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[FILTER])
    if lzma.decompress(stream, format=lzma.FORMAT_RAW, filters=[FILTER]) != data:
        sys.exit("wasm_pack.py: the LZMA2 stream does not unpack to the wasm")
    with open(argv[2] + ".tmp", "wb") as f:
        f.write(bytes([DICT_PROP]) + len(data).to_bytes(8, "little") + stream)
    os.replace(argv[2] + ".tmp", argv[2])


if __name__ == "__main__":
    main(sys.argv)
