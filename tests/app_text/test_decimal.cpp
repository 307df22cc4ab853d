// test_decimal.cpp — the page's strtod (shell/app/decimal.hpp) against the C library's, here glibc's, which is
// correctly rounded: the same double, the same end and the same errno where decimal.hpp promises it, and within
// 4 units in the last place elsewhere in the normal range.
#include "decimal.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

using wams::app::parse_decimal;

namespace {

struct Read {
    double value;
    std::ptrdiff_t used;
    int error;
};

Read ours(const std::string& s) {
    char* end = nullptr;
    errno = 0;
    const double v = parse_decimal(s.c_str(), &end);
    return {v, end - s.c_str(), errno};
}
Read libc(const std::string& s) {
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(s.c_str(), &end);
    return {v, end - s.c_str(), errno};
}
std::uint64_t bits(double d) {
    std::uint64_t u = 0;
    std::memcpy(&u, &d, sizeof u);
    return u;
}
// Distance in units in the last place between two finite doubles of the same sign.
std::uint64_t ulps(double a, double b) {
    const std::uint64_t x = bits(std::fabs(a)), y = bits(std::fabs(b));
    return x > y ? x - y : y - x;
}

} // namespace

TEST_CASE("the page's strtod reads what the help desk's weights and JSON numbers hold, exactly", "[decimal]") {
    for (const char* s : {"0", "-0", "1", "-1", "0.5", "1.25", "0.35", "2.5e-1", "1e22", "1e-22", "123456789012345",
                          "9007199254740992", "0.1", "0.2", "0.3", "3.14159", "-17.75e+3", "4E2", "  12", "+8",
                          "1.", ".5", "007", "0.000001", "1e0", "5e-324"}) {
        INFO(s);
        const Read a = ours(s), b = libc(s);
        CHECK(bits(a.value) == bits(b.value));
        CHECK(a.used == b.used);
    }
}

TEST_CASE("the page's strtod stops where strtod stops, and reads no number where there is none", "[decimal]") {
    for (const char* s : {"", "-", "+", ".", "-.", "e5", "1e", "1e+", "1e-x", "2.5.1", "3,5", "12abc", "0x", " \t7 ",
                          "- 1"}) {
        INFO("'" << s << "'");
        const Read a = ours(s), b = libc(s);
        CHECK(a.used == b.used);
        CHECK(bits(a.value) == bits(b.value));
    }
}

TEST_CASE("out of range: HUGE_VAL or zero with ERANGE, as strtod", "[decimal]") {
    for (const char* s : {"1e400", "-1e400", "1e-400", "99999999999999999999e999999999"}) {
        INFO(s);
        const Read a = ours(s), b = libc(s);
        CHECK(bits(a.value) == bits(b.value));
        CHECK(a.error == ERANGE);
        CHECK(a.used == b.used);
    }
}

TEST_CASE("random decimals: exact in Clinger's case, within 4 ulp elsewhere in the normal range", "[decimal]") {
    std::mt19937_64 rng(20261206);
    int exact_cases = 0, other_cases = 0;
    for (int i = 0; i < 200000; ++i) {
        const bool exact_case = i % 2 == 0;
        const int digits = exact_case ? 1 + static_cast<int>(rng() % 15) : 1 + static_cast<int>(rng() % 25);
        std::string m;
        for (int d = 0; d < digits; ++d) m += static_cast<char>('0' + (d == 0 ? 1 + rng() % 9 : rng() % 10));
        const int point = static_cast<int>(rng() % (digits + 1));  // digits after the point
        std::string s = m.substr(0, digits - point) + (point ? "." + m.substr(digits - point) : "");
        if (s[0] == '.') s = "0" + s;
        // value = digits × 10^(written − point); in Clinger's case that scale lies within −22…22.
        const int scale = exact_case ? static_cast<int>(rng() % 45) - 22 : static_cast<int>(rng() % 620) - 310;
        const int written = scale + point;
        s += "e" + std::to_string(written);
        if (rng() % 2) s = "-" + s;
        const Read a = ours(s), b = libc(s);
        INFO(s);
        REQUIRE(a.used == static_cast<std::ptrdiff_t>(s.size()));
        if (exact_case) {
            ++exact_cases;
            REQUIRE(bits(a.value) == bits(b.value));
        } else if (std::isnormal(b.value)) {
            ++other_cases;
            REQUIRE(std::signbit(a.value) == std::signbit(b.value));
            REQUIRE(ulps(a.value, b.value) <= 4);
        }
    }
    CHECK(exact_cases > 50000);
    CHECK(other_cases > 50000);
}
