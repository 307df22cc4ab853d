// unlzma.c — 7-Zip's LZMA2 decoder (C/Lzma2Dec.c + C/LzmaDec.c from Debian's 7zip source package, public domain)
// as a standalone wasm of ≈ 4 KB gz, no imports: the page (web/js/unlzma.js) unpacks wams.wasm.lzma2 with it while the
// bytes arrive, in short tasks (issue 18 §3, docs/perf.md "The wasm sent as LZMA"). LZMA2 rather than LZMA: its
// chunks that do not compress (the embedded data, LZMA already) are stored and copied, not decoded bit by bit.
// Built by shell/app/CMakeLists.txt with emcc -sSTANDALONE_WASM; memory is taken from a bump allocator and never
// given back (one unpack per page load).
#include "Lzma2Dec.h"

extern unsigned char __heap_base;
static unsigned long top = (unsigned long)&__heap_base;

// `size` bytes of the module's memory, 16-aligned, growing it as needed; 0 when the memory cannot grow.
__attribute__((export_name("take"))) void* take(unsigned long size) {
  const unsigned long at = (top + 15) & ~15ul, end = at + size;
  const unsigned long have = __builtin_wasm_memory_size(0) * 65536ul;
  if (end < at) return 0;
  if (end > have && __builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) == (unsigned long)-1) return 0;
  top = end;
  return (void*)at;
}

static void* take_for_lzma(ISzAllocPtr alloc, size_t size) { (void)alloc; return take(size); }
static void give_back(ISzAllocPtr alloc, void* address) { (void)alloc; (void)address; }
static const ISzAlloc kAlloc = {take_for_lzma, give_back};
static CLzma2Dec dec;
static SizeT out_size;

// Starts an unpack of `size` bytes into `out` (taken by the caller) with the stream's dictionary property byte.
__attribute__((export_name("begin"))) int begin(unsigned prop, Byte* out, unsigned long size) {
  Lzma2Dec_Construct(&dec);
  if (prop > 40 || Lzma2Dec_AllocateProbs(&dec, (Byte)prop, &kAlloc) != SZ_OK) return -1;
  dec.decoder.dic = out;  // the output is the dictionary, as Lzma2Decode() does it: no copy
  dec.decoder.dicBufSize = size;
  out_size = size;
  Lzma2Dec_Init(&dec);
  return 0;
}

// The next `len` bytes of the stream. 1: all `size` bytes are out (what follows, the end mark, is not needed);
// 0: more input wanted; < 0: the stream is broken.
__attribute__((export_name("feed"))) int feed(const Byte* in, unsigned long len) {
  while (len > 0 && dec.decoder.dicPos < out_size) {
    SizeT used = len;
    ELzmaStatus status;
    if (Lzma2Dec_DecodeToDic(&dec, out_size, in, &used, LZMA_FINISH_ANY, &status) != SZ_OK) return -2;
    if (used == 0) return -3;
    in += used;
    len -= used;
  }
  return dec.decoder.dicPos == out_size ? 1 : 0;
}
