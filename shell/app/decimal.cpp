// decimal.cpp — see decimal.hpp.
#include "decimal.hpp"

#include <cerrno>
#include <cmath>
#include <cstdint>

namespace wams::app {
namespace {

// 10^0 … 10^22: each exactly a double (5^22 < 2^53).
constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kMaxExact = 22;
// 10^(22·k), k = 0 … 14: the powers of 10^22 up to the largest below DBL_MAX, each rounded once by the compiler.
constexpr double kBig[] = {1e0,   1e22,  1e44,  1e66,  1e88,  1e110, 1e132, 1e154,
                           1e176, 1e198, 1e220, 1e242, 1e264, 1e286, 1e308};
constexpr std::uint64_t kTwo53 = std::uint64_t{1} << 53;

bool digit(char c) { return c >= '0' && c <= '9'; }

} // namespace

double parse_decimal(const char* s, char** end) {
    const char* p = s;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
    const bool negative = *p == '-';
    if (*p == '-' || *p == '+') ++p;

    std::uint64_t mantissa = 0;  // the first 19 significant digits
    int kept = 0;                // how many digits mantissa holds
    long exp10 = 0;              // value = mantissa × 10^exp10 (digits after the 19th only counted)
    bool any = false;
    for (; digit(*p); ++p) {
        any = true;
        if (mantissa == 0 && *p == '0') continue;
        if (kept < 19) {
            mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
            ++kept;
        } else {
            ++exp10;
        }
    }
    if (*p == '.') {
        const char* q = p + 1;
        for (; digit(*q); ++q) {
            any = true;
            if (kept < 19) {
                if (mantissa != 0 || *q != '0') {
                    mantissa = mantissa * 10 + static_cast<unsigned>(*q - '0');
                    ++kept;
                }
                --exp10;
            }
        }
        if (any) p = q;
    }
    if (!any) {
        if (end) *end = const_cast<char*>(s);
        return 0.0;
    }
    if (*p == 'e' || *p == 'E') {
        const char* q = p + 1;
        const bool minus = *q == '-';
        if (*q == '-' || *q == '+') ++q;
        if (digit(*q)) {
            long e = 0;
            for (; digit(*q); ++q)
                if (e < 100000) e = e * 10 + (*q - '0');
            exp10 += minus ? -e : e;
            p = q;
        }
    }
    if (end) *end = const_cast<char*>(p);

    double value = static_cast<double>(mantissa);  // exact when mantissa ≤ 2^53
    if (mantissa == 0) return negative ? -0.0 : 0.0;
    if (mantissa <= kTwo53 && exp10 >= -kMaxExact && exp10 <= kMaxExact) {
        // Clinger's exact case: one correctly rounded operation on two exact doubles.
        value = exp10 < 0 ? value / kExact[-exp10] : value * kExact[exp10];
        return negative ? -value : value;
    }
    // Otherwise 10^exp10 as an exact power times a power of 10^22 (each a correctly rounded literal): at most four
    // roundings, so within 4 units in the last place in the normal range.
    const long n = exp10 < 0 ? -exp10 : exp10;
    if (n / kMaxExact >= static_cast<long>(sizeof kBig / sizeof kBig[0]))
        value = exp10 < 0 ? 0.0 : HUGE_VAL;
    else if (exp10 > 0)
        value = value * kExact[n % kMaxExact] * kBig[n / kMaxExact];
    else
        value = value / kExact[n % kMaxExact] / kBig[n / kMaxExact];
    if (std::isinf(value) || value == 0.0) errno = ERANGE;
    return negative ? -value : value;
}

} // namespace wams::app
