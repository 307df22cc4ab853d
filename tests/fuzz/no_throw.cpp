// no_throw.cpp — linked into every fuzz target and corpus replay: any C++ throw, even one core would catch, is a
// finding. The web build links without exception catching (Emscripten's default; JSON_NOEXCEPTION turns nlohmann's
// throws into abort(), shell/app/CMakeLists.txt), so in the browser a throw ends the page and the open case with it
// (issue 5: "the current case is never lost by a failed open"). Every exception starts by allocating its object
// here, so this replaces libstdc++'s allocator with one that reports and aborts.
#include <cstddef>
#include <cstdio>
#include <cstdlib>

extern "C" void* __cxa_allocate_exception(std::size_t /*size*/) noexcept {
    std::fputs("no_throw: a C++ exception was thrown — in the browser build this aborts the page "
               "(no exception catching in wasm)\n", stderr);
    std::abort();
}
