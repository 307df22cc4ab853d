// embedded_pack.cpp — unpacking the embedded data (embedded_pack.hpp) with 7-Zip's LZMA decoder (C/LzmaDec.c from
// Debian's 7zip source package, public domain; fetched by scripts/setup.sh, built as wams_lzma in core/CMakeLists.txt).
#include "wams/embedded_pack.hpp"

extern "C" {
#include <LzmaDec.h>
}

#include <cstdlib>

namespace wams {
namespace {
void* lzma_alloc(ISzAllocPtr, size_t size) { return std::malloc(size); }
void lzma_free(ISzAllocPtr, void* address) { std::free(address); }
} // namespace

std::string unpack_embedded(std::string_view packed, std::size_t size) {
    if (packed.size() < LZMA_PROPS_SIZE) return {};
    std::string out(size, '\0');
    const ISzAlloc alloc{lzma_alloc, lzma_free};
    SizeT out_size = size;
    SizeT in_size = packed.size() - LZMA_PROPS_SIZE;
    const auto* in = reinterpret_cast<const Byte*>(packed.data());
    ELzmaStatus status = LZMA_STATUS_NOT_SPECIFIED;
    // Decoding stops at `size` bytes (LZMA_FINISH_ANY): the end marker that Python's raw LZMA1 encoder writes after the
    // data is not needed. LZMA carries no checksum; embed_pack.py checks the stream when it writes it.
    const SRes rc = LzmaDecode(reinterpret_cast<Byte*>(out.data()), &out_size, in + LZMA_PROPS_SIZE, &in_size, in,
                               LZMA_PROPS_SIZE, LZMA_FINISH_ANY, &status, &alloc);
    if (rc != SZ_OK || out_size != size) return {};
    return out;
}

} // namespace wams
