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
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <new>

namespace wams::app {
namespace {
// Called through a volatile pointer: a plain memset right before free is a dead store the optimiser removes.
void* (*const volatile zero_bytes)(void*, int, std::size_t) = std::memset;

bool g_zeroing = false;  // off while the page starts: no user text can be in memory before the main loop runs
} // namespace

void start_zeroing_freed_blocks() noexcept { g_zeroing = true; }

void zeroing_free(void* p) noexcept {
    if (!p) return;
    if (g_zeroing) zero_bytes(p, 0, malloc_usable_size(p));
    std::free(p);
}
} // namespace wams::app

void operator delete(void* p) noexcept { wams::app::zeroing_free(p); }
void operator delete[](void* p) noexcept { wams::app::zeroing_free(p); }
void operator delete(void* p, std::size_t) noexcept { wams::app::zeroing_free(p); }
void operator delete[](void* p, std::size_t) noexcept { wams::app::zeroing_free(p); }
void operator delete(void* p, std::align_val_t) noexcept { wams::app::zeroing_free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { wams::app::zeroing_free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { wams::app::zeroing_free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { wams::app::zeroing_free(p); }
