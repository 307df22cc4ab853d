// decimal.hpp — a decimal number reader for the page, in place of the C library's strtod (issue 18 §3, docs/perf.md
// "No long double"). Emscripten's strtod (musl) computes in 128-bit long double, which WebAssembly does in software:
// strtod and its soft-float helpers were ≈ 15 KB of the page's code, for nlohmann's reading of JSON numbers with a
// fraction or exponent (the page's own data has none: only a file the user opens can hold one) and SDL's reading of
// two mouse-speed hints the page never sets.
//
// parse_decimal reads what strtod reads for a decimal number: leading white space, a sign, digits with an optional
// point, an optional exponent; *end (when end is not null) points past the number, or at `s` when there is none.
// Correctly rounded (the same double as strtod) when the significant digits fit 2^53 and the decimal exponent lies in
// −22…22 (Clinger's exact case: any number a case file plausibly holds); otherwise within 4 units in the last place.
// Not read, unlike strtod: "inf", "nan" and hexadecimal numbers (JSON has none), and the C locale's point only.
// Out of range: ±HUGE_VAL or 0 with errno = ERANGE, as strtod.
#pragma once

namespace wams::app {

double parse_decimal(const char* s, char** end);

} // namespace wams::app
