// embedded_pack.cpp — unpacking the embedded data (embedded_pack.hpp) with 7-Zip's LZMA decoder (C/LzmaDec.c from
// Debian's 7zip source package, public domain; fetched by scripts/setup.sh, built as wams_lzma in core/CMakeLists.txt).
#include "wams/embedded_pack.hpp"

extern "C" {
#include <LzmaDec.h>
}

#include <cstdlib>
#include <mutex>

namespace wams {
namespace {
void* lzma_alloc(ISzAllocPtr, size_t size) { return std::malloc(size); }
void lzma_free(ISzAllocPtr, void* address) { std::free(address); }
const ISzAlloc kAlloc{lzma_alloc, lzma_free};
} // namespace

std::string unpack_embedded(std::string_view packed, std::size_t size) {
    LazyPack pack(packed, size);
    const std::string_view all = pack.bytes(size);
    return all.size() == size ? std::string(all) : std::string();
}

// The decoder writes straight into `out`, which is its whole dictionary (LzmaDecode's own set-up, kept between calls):
// LzmaDec_DecodeToDic(limit) stops once `limit` bytes are out, and the next call goes on from there.
struct LazyPack::State {
    mutable std::mutex lock;
    std::size_t done = 0;      // bytes unpacked so far
    CLzmaDec dec;
    std::string out;
    const Byte* in = nullptr;  // the stream not yet read
    SizeT in_left = 0;
    bool ok = false;
    ~State() {
        if (ok) LzmaDec_FreeProbs(&dec, &kAlloc);
    }
};

LazyPack::LazyPack(std::string_view packed, std::size_t size) : s_(std::make_unique<State>()) {
    if (packed.size() < LZMA_PROPS_SIZE) return;
    const auto* props = reinterpret_cast<const Byte*>(packed.data());
    LzmaDec_CONSTRUCT(&s_->dec)
    if (LzmaDec_AllocateProbs(&s_->dec, props, LZMA_PROPS_SIZE, &kAlloc) != SZ_OK) return;
    s_->out.assign(size, '\0');
    s_->dec.dic = reinterpret_cast<Byte*>(s_->out.data());
    s_->dec.dicBufSize = size;
    LzmaDec_Init(&s_->dec);
    s_->in = props + LZMA_PROPS_SIZE;
    s_->in_left = packed.size() - LZMA_PROPS_SIZE;
    s_->ok = true;
}

LazyPack::~LazyPack() = default;

std::string_view LazyPack::bytes(std::size_t n) {
    State& s = *s_;
    const std::lock_guard<std::mutex> guard(s.lock);
    if (n > s.out.size()) return {};
    while (s.ok && s.done < n) {
        // Decoding stops at the limit (LZMA_FINISH_ANY): the end marker that Python's raw LZMA1 encoder writes after
        // the data is never needed. LZMA carries no checksum; embed_pack.py checks the stream when it writes it.
        SizeT in_size = s.in_left;
        ELzmaStatus status = LZMA_STATUS_NOT_SPECIFIED;
        const SizeT before = s.dec.dicPos;
        const SRes rc = LzmaDec_DecodeToDic(&s.dec, n, s.in, &in_size, LZMA_FINISH_ANY, &status);
        s.in += in_size;
        s.in_left -= in_size;
        s.done = s.dec.dicPos;
        if (rc != SZ_OK || (s.dec.dicPos == before && in_size == 0)) {  // broken, or cut off: no more will come
            LzmaDec_FreeProbs(&s.dec, &kAlloc);
            s.ok = false;
        }
    }
    if (s.done < n) return {};
    return std::string_view(s.out).substr(0, n);
}

std::size_t LazyPack::unpacked() const {
    const std::lock_guard<std::mutex> guard(s_->lock);
    return s_->done;
}
std::size_t LazyPack::size() const { return s_->out.size(); }

} // namespace wams
