// platform_web_zeroing.cpp — in the page, every block C++ frees is zeroed first (web build only).
//
// "Wis alles" overwrites the text the app state owns (app_state.cpp, wams/wipe.hpp), but copies of a typed text also
// pass through strings that are freed long before: the accessible layer's snapshot and the test state are JSON texts
// built afresh for every update (a11y_mirror.cpp, test_hooks.cpp), and a growing std::string leaves its old block
// behind. emmalloc does not clear a freed block, so after a wipe 0–2 copies of a typed marker were still found in wasm
// memory (browser_privacy, sessions 14–19). Zeroing each block as it is freed removes them at the source, whatever
// code made the copy. ImGui's own blocks (its text-input state) go through the same zeroing free (platform_web.cpp sets
// ImGui's allocator functions).
//
// From the main loop on (run_platform calls start_zeroing_freed_blocks before the first frame): the start-up's own
// frees (the embedded data parsed, the font atlas built — platform_web.cpp builds it before the loop) hold no user
// text. Zeroing those too (≈ 31 MB in ≈ 10 700 blocks, most of them the atlas's) cost ≈ 140 ms of Lighthouse's simulated
// blocking time (TBT 146–263 → 292–378 ms, five runs each); now ≈ 0.5 MB is zeroed until the page is ready.
//
// Not in the native build: ASan and UBSan replace operator delete themselves (the sanitizer preset), and the promise is
// about the page.
//
// Small blocks from pages of their own (web build only). The interview allocates and frees millions of small blocks
// per answer (strings, tree nodes, JSON values); through emmalloc that was ≈ a fifth of an answer's time in the page
// (a browser profile: emmalloc_memalign, free and operator delete; docs/interview.md "Speed of one run (session 33)").
// A C++ request of up to 64 bytes now comes from a 64 KiB page that holds blocks of one size class only (16, 32, 48
// or 64 bytes): taken from the class's list of freed blocks, else cut from its newest page. A table with one byte per
// 64 KiB of the address space says which pages are the pool's and of which class, so a freed block needs no header.
// Freed pool blocks are zeroed like any other (above) and kept on their class's list; pages are never given back.
// Pages come from emmalloc 16 at a time (an aligned block costs it up to its alignment). Larger classes were tried: up
// to 256 bytes the wasm memory after eight answers grew from 23.1 to 33.3 MB (each class keeps its own peak), up to
// 64 bytes it stays at 23.1 MB.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <new>

namespace wams::app {
namespace {
// Called through a volatile pointer: a plain memset right before free is a dead store the optimiser removes.
void* (*const volatile zero_bytes)(void*, int, std::size_t) = std::memset;

bool g_zeroing = false;  // off while the page starts: no user text can be in memory before the main loop runs

constexpr std::size_t kStep = 16;         // class c holds blocks of (c + 1) * kStep bytes, 16-byte aligned
constexpr std::size_t kClasses = 4;       // up to 64 bytes (strings, tree nodes, JSON values)
constexpr std::size_t kPageBits = 16;     // 64 KiB pages, aligned to their size
constexpr std::size_t kPage = std::size_t{1} << kPageBits;
static_assert(sizeof(void*) == 4, "the page table covers a 32-bit address space (wasm32)");

unsigned char g_page_class[std::size_t{1} << (32 - kPageBits)];  // 0: not a pool page; else class + 1
struct FreeBlock { FreeBlock* next; };
FreeBlock* g_free[kClasses];
char* g_cut[kClasses];      // the next block to cut from the class's newest page
char* g_cut_end[kClasses];
constexpr std::size_t kPages = 16;
char* g_pages;              // the pages not yet given to a class
char* g_pages_end;

void* pool_take(std::size_t size) noexcept {
    std::size_t c = size == 0 ? 0 : (size - 1) / kStep;
    if (FreeBlock* b = g_free[c]) {
        g_free[c] = b->next;
        return b;
    }
    std::size_t block = (c + 1) * kStep;
    if (g_cut_end[c] - g_cut[c] < static_cast<std::ptrdiff_t>(block)) {
        if (g_pages == g_pages_end) {  // pages come 16 at a time: an aligned block costs emmalloc up to its alignment
            g_pages = static_cast<char*>(std::aligned_alloc(kPage, kPages * kPage));
            if (!g_pages) return nullptr;
            g_pages_end = g_pages + kPages * kPage;
        }
        char* page = g_pages;
        g_pages += kPage;
        g_page_class[reinterpret_cast<std::uintptr_t>(page) >> kPageBits] = static_cast<unsigned char>(c + 1);
        g_cut[c] = page;
        g_cut_end[c] = page + kPage;
    }
    void* p = g_cut[c];
    g_cut[c] += block;
    return p;
}

void* take(std::size_t size) {
    void* p = size <= kStep * kClasses ? pool_take(size) : std::malloc(size);
    if (!p) std::abort();  // out of memory: the page stops with the reason (app.js onAbort), as libc++'s new did
    return p;
}
} // namespace

void start_zeroing_freed_blocks() noexcept { g_zeroing = true; }

void zeroing_free(void* p) noexcept {
    if (!p) return;
    unsigned cls = g_page_class[reinterpret_cast<std::uintptr_t>(p) >> kPageBits];
    if (cls != 0) {  // a pool block: zeroed like any other, then kept on its class's list
        // A plain memset is no dead store here: the block stays reachable through g_free, it is never freed.
        if (g_zeroing) std::memset(p, 0, cls * kStep);
        auto* b = static_cast<FreeBlock*>(p);
        b->next = g_free[cls - 1];
        g_free[cls - 1] = b;
        return;
    }
    if (g_zeroing) zero_bytes(p, 0, malloc_usable_size(p));
    std::free(p);
}
} // namespace wams::app

void* operator new(std::size_t size) { return wams::app::take(size); }
void* operator new[](std::size_t size) { return wams::app::take(size); }
void operator delete(void* p) noexcept { wams::app::zeroing_free(p); }
void operator delete[](void* p) noexcept { wams::app::zeroing_free(p); }
void operator delete(void* p, std::size_t) noexcept { wams::app::zeroing_free(p); }
void operator delete[](void* p, std::size_t) noexcept { wams::app::zeroing_free(p); }
void operator delete(void* p, std::align_val_t) noexcept { wams::app::zeroing_free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { wams::app::zeroing_free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { wams::app::zeroing_free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { wams::app::zeroing_free(p); }
