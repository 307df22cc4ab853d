// format.hpp — the printf formatting of the page, in place of the C library's (issue 18 §3, docs/perf.md "Our own
// printf"). musl's printf core with its floating-point part (fmt_fp, written for long double, which WebAssembly
// computes in software) was ≈ 7 KB of the page's code, for Dear ImGui's labels and ids ("%s", "%d", "%08X"), SDL's
// messages and two numbers of our own ("%.0f", "%.1f").
//
// format_v writes what vsnprintf writes for these conversions, byte for byte (tests/app_text/test_format.cpp compares
// it with the C library's): d i u o x X c s p % and f F, with the flags - + space # 0, a width and a precision (also
// given as *), and the length modifiers hh h l ll j z t L. %f is exact, rounded half to even as glibc does, for every
// double and a precision up to 40 (a larger one is taken as 40). Not written, unlike printf: %e %E %g %G %a %A and %n
// (the page's code and the ImGui it links have none: such a directive is copied as it stands), and wide characters.
// At most n − 1 bytes and a terminating zero are stored (none when n is 0); the result is the length the whole text
// would have.
#pragma once
#include <cstdarg>
#include <cstddef>

namespace wams::app {

int format_v(char* out, std::size_t n, const char* fmt, std::va_list ap);

} // namespace wams::app
